import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface RenameTableParams {
  catalogName?: string;
  schemaName?: string;
  oldTableName: string;
  newTableName: string;
}

/** renameTable; its inverse renames back. */
export const renameTable = defineChange<RenameTableParams>({
  name: 'renameTable',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'oldTableName', kind: 'string', required: true },
    { name: 'newTableName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .renameTable(names.ref(params.schemaName, params.oldTableName), params.newTableName, names.quoting)
      .map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange(
      'renameTable',
      { catalogName: params.catalogName, schemaName: params.schemaName, oldTableName: params.newTableName, newTableName: params.oldTableName },
      change,
    ),
  ],
});

import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface RenameColumnParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  oldColumnName: string;
  newColumnName: string;
  columnDataType?: string;
  remarks?: string;
}

/** renameColumn; its inverse renames back. `remarks` is not applied on PostgreSQL (as in Liquibase). */
export const renameColumn = defineChange<RenameColumnParams>({
  name: 'renameColumn',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'oldColumnName', kind: 'string', required: true },
    { name: 'newColumnName', kind: 'string', required: true },
    { name: 'columnDataType', kind: 'string' },
    { name: 'remarks', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .renameColumn(names.ref(params.schemaName, params.tableName), params.oldColumnName, params.newColumnName, params.columnDataType, names.quoting)
      .map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange(
      'renameColumn',
      {
        catalogName: params.catalogName,
        schemaName: params.schemaName,
        tableName: params.tableName,
        oldColumnName: params.newColumnName,
        newColumnName: params.oldColumnName,
        columnDataType: params.columnDataType,
      },
      change,
    ),
  ],
});

import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface RenameViewParams {
  catalogName?: string;
  schemaName?: string;
  oldViewName: string;
  newViewName: string;
}

/**
 * renameView; its inverse renames back. Liquibase's inverse forgets the schema (so it fails
 * outside the default schema); this one keeps it.
 */
export const renameView = defineChange<RenameViewParams>({
  name: 'renameView',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'oldViewName', kind: 'string', required: true },
    { name: 'newViewName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.renameView(names.ref(params.schemaName, params.oldViewName), params.newViewName, names.quoting).map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange('renameView', { catalogName: params.catalogName, schemaName: params.schemaName, oldViewName: params.newViewName, newViewName: params.oldViewName }, change),
  ],
});

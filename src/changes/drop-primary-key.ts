import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropPrimaryKeyParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  constraintName?: string;
  dropIndex?: boolean;
}

/** dropPrimaryKey; without a name PostgreSQL looks it up in the catalog first. No automatic rollback. */
export const dropPrimaryKey = defineChange<DropPrimaryKeyParams>({
  name: 'dropPrimaryKey',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string' },
    { name: 'dropIndex', kind: 'boolean' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.dropPrimaryKey(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((sql) => ({ sql }));
  },
});

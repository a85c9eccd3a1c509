import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropIndexParams {
  catalogName?: string;
  schemaName?: string;
  tableName?: string;
  indexName: string;
  associatedWith?: string;
}

/** dropIndex (PostgreSQL qualifies the index with the table's schema). No automatic rollback. */
export const dropIndex = defineChange<DropIndexParams>({
  name: 'dropIndex',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string' },
    { name: 'indexName', kind: 'string', required: true },
    { name: 'associatedWith', kind: 'string', notHashed: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = params.tableName !== undefined ? names.ref(params.schemaName, params.tableName) : undefined;
    return context.dialect.statements
      .dropIndex(names.ref(params.schemaName, params.indexName), table, names.quoting)
      .map((sql) => ({ sql, nonTransactional: context.dialect.requiresAutocommit(sql) }));
  },
});

import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropTableParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  cascadeConstraints?: boolean;
}

/** dropTable: `DROP TABLE t [CASCADE]`. No automatic rollback (the table's definition is gone). */
export const dropTable = defineChange<DropTableParams>({
  name: 'dropTable',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'cascadeConstraints', kind: 'boolean' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return [{ sql: `DROP TABLE ${names.table(params.schemaName, params.tableName)}${params.cascadeConstraints ? ' CASCADE' : ''}` }];
  },
});

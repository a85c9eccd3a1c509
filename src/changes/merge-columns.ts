import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface MergeColumnsParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  column1Name: string;
  column2Name: string;
  joinString?: string;
  finalColumnName: string;
  finalColumnType: string;
}

/** mergeColumns: a new column filled with `column1 || join || column2`, then both old columns dropped. No automatic rollback. */
export const mergeColumns = defineChange<MergeColumnsParams>({
  name: 'mergeColumns',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'column1Name', kind: 'string', required: true },
    { name: 'column2Name', kind: 'string', required: true },
    { name: 'joinString', kind: 'string' },
    { name: 'finalColumnName', kind: 'string', required: true },
    { name: 'finalColumnType', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const join = `'${(params.joinString ?? '').replaceAll("'", "''")}'`;
    return [
      { sql: `ALTER TABLE ${table} ADD ${names.name(params.finalColumnName)} ${context.dialect.dataType(params.finalColumnType)}` },
      { sql: `UPDATE ${table} SET ${names.name(params.finalColumnName)} = ${names.name(params.column1Name)} || ${join} || ${names.name(params.column2Name)}` },
      { sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(params.column1Name)}` },
      { sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(params.column2Name)}` },
    ];
  },
});

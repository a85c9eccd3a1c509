import type { ParamObject } from '../changelog/model.js';
import type { SqlValue } from '../dialect/dialect.js';
import { decodeText, readChangeFile } from './change-resources.js';
import type { GenerateContext } from './change-type.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { columnValue } from './column-values.js';
import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface InsertParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  dbms?: string;
  columns: ColumnParams[];
}

/** insert: one row; a column without a value is written NULL. No automatic rollback. */
export const insert = defineChange<InsertParams>({
  name: 'insert',
  dbmsTargeted: true,
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'dbms', kind: 'string' },
  ],
  load(reader, params) {
    params.columns = loadColumns(reader, 'column') as unknown as ParamObject[];
  },
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'column')));
  },
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const values: string[] = [];
    for (const column of params.columns) values.push(await columnValueSql(column, params.schemaName, context, names));
    const columns = params.columns.map((column) => names.name(column.name ?? '')).join(', ');
    return [{ sql: `INSERT INTO ${names.table(params.schemaName, params.tableName)} (${columns}) VALUES (${values.join(', ')})` }];
  },
});

/** A column's value as SQL, reading `valueBlobFile` / `valueClobFile` when given. */
export async function columnValueSql(column: ColumnParams, schema: string | undefined, context: GenerateContext, names: SqlNames): Promise<string> {
  let value: SqlValue | undefined = columnValue(column, schema);
  if (!value && column.valueClobFile !== undefined) {
    const bytes = await readChangeFile(column.valueClobFile, false, context.changeSet, context.resources).catch(() =>
      readChangeFile(column.valueClobFile!, true, context.changeSet, context.resources),
    );
    value = { kind: 'string', value: decodeText(bytes, column.encoding) };
  }
  if (!value && column.valueBlobFile !== undefined) {
    const bytes = await readChangeFile(column.valueBlobFile, false, context.changeSet, context.resources).catch(() =>
      readChangeFile(column.valueBlobFile!, true, context.changeSet, context.resources),
    );
    return `'\\x${Buffer.from(bytes).toString('hex')}'`;
  }
  return value ? context.dialect.valueSql(value, undefined, names.quoting) : 'NULL';
}

import type { ParamObject } from '../changelog/model.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropColumnParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName?: string;
  columns?: ColumnParams[];
}

/** dropColumn: one column (`columnName`) or several (`<column name=…>`), one statement each. No automatic rollback. */
export const dropColumn = defineChange<DropColumnParams>({
  name: 'dropColumn',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string' },
  ],
  load(reader, params) {
    const columns = loadColumns(reader, 'column');
    params.columns = columns as unknown as ParamObject[];
    if (params.columnName === undefined && columns.length === 0) throw reader.error("dropColumn needs 'columnName' or at least one column");
  },
  // Liquibase leaves an empty column list out of dropColumn's checksum.
  serialize: (params) => [['columns', params.columns?.length ? params.columns.map(serializeColumn) : undefined]],
  toNode(params, node) {
    node.children.push(...(params.columns ?? []).map((column) => columnToNode(column, 'column')));
  },
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const columns = params.columnName !== undefined ? [params.columnName] : (params.columns ?? []).map((column) => column.name ?? '');
    return columns.map((column) => ({ sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(column)}` }));
  },
});

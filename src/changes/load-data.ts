import type { ParamObject } from '../changelog/model.js';
import { csvChecksum } from '../checksum/csv-checksum.js';
import type { SqlStatement } from './change-type.js';
import { readChangeFile } from './change-resources.js';
import { columnToNode, loadColumns, serializeColumn } from './column-config.js';
import { defineChange } from './define-change.js';
import type { FieldSpec } from './field-schema.js';
import { loadedValueSql, readLoadDataRows, type LoadDataParams } from './load-data-rows.js';
import type { NodeReader } from './node-reader.js';
import { SqlNames } from './sql-names.js';

export const loadDataFields: readonly FieldSpec[] = [
  { name: 'catalogName', kind: 'string' },
  { name: 'schemaName', kind: 'string' },
  { name: 'tableName', kind: 'string', required: true },
  { name: 'file', kind: 'string', required: true },
  { name: 'relativeToChangelogFile', kind: 'boolean' },
  { name: 'encoding', kind: 'string' },
  { name: 'separator', kind: 'string', default: ',' },
  { name: 'quotchar', kind: 'string', default: '"' },
  { name: 'commentLineStartsWith', kind: 'string', default: '#' },
  { name: 'usePreparedStatements', kind: 'boolean' },
];

export function loadDataColumns(reader: NodeReader, params: ParamObject): void {
  params.columns = loadColumns(reader, 'loadData') as unknown as ParamObject[];
  // Liquibase turns a literal `\t` separator into a tab.
  if (params.separator === '\\t') params.separator = '\t';
}

/** Rows per INSERT statement. */
const BATCH_SIZE = 50;

/**
 * loadData: inserts the CSV rows, several rows per INSERT. Checksummed on the table name and the
 * CSV bytes (note §2.6), so how the file is read does not count. No automatic rollback.
 */
export const loadData = defineChange<LoadDataParams>({
  name: 'loadData',
  fields: loadDataFields,
  load: loadDataColumns,
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'loadData')));
  },
  async checksum(params, context) {
    const bytes = await readChangeFile(params.file, params.relativeToChangelogFile, context.changeSet, context.resources, { gunzip: true });
    return csvChecksum(params.tableName, bytes, params.commentLineStartsWith, context.version);
  },
  async generateSql(params, context) {
    const rows = await readLoadDataRows(params, context);
    if (rows.length === 0) return [];
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const statements: SqlStatement[] = [];
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      const batch = rows.slice(start, start + BATCH_SIZE);
      const columns = batch[0]!.map((value) => names.name(value.column)).join(', ');
      const values = batch.map((row) => `(${row.map((value) => loadedValueSql(value.value, context.dialect, params.schemaName)).join(', ')})`);
      statements.push({ sql: `INSERT INTO ${table} (${columns}) VALUES ${values.join(',')}` });
    }
    return statements;
  },
});

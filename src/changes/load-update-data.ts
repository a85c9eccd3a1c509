import type { Change } from '../changelog/model.js';
import { csvChecksum } from '../checksum/csv-checksum.js';
import { readChangeFile } from './change-resources.js';
import { columnToNode, serializeColumn } from './column-config.js';
import { defineChange, derivedChange } from './define-change.js';
import { loadDataColumns, loadDataFields } from './load-data.js';
import { loadedValueSql, readLoadDataRows, type LoadDataParams, type LoadedValue } from './load-data-rows.js';
import { SqlNames, splitNames } from './sql-names.js';
import type { Dialect } from '../dialect/dialect.js';

export interface LoadUpdateDataParams extends LoadDataParams {
  primaryKey: string;
  onlyUpdate: boolean;
}

/**
 * loadUpdateData: each CSV row updates the row with the same primary key, or is inserted when
 * there is none (only updated with `onlyUpdate`). Its automatic rollback deletes the rows by
 * primary key. Liquibase splits `primaryKey` on commas without trimming (so `a, b` looks for a
 * column named " b"); this engine trims.
 */
export const loadUpdateData = defineChange<LoadUpdateDataParams>({
  name: 'loadUpdateData',
  fields: [...loadDataFields, { name: 'primaryKey', kind: 'string', required: true }, { name: 'onlyUpdate', kind: 'boolean', default: false }],
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
    const names = new SqlNames(context.dialect, context.changeSet);
    const keys = splitNames(params.primaryKey);
    return rows.map((row) => {
      const ref = names.ref(params.schemaName, params.tableName);
      const values = row.map((value) => ({ column: value.column, valueSql: loadedValueSql(value.value, context.dialect, params.schemaName), allowUpdate: value.allowUpdate }));
      return context.dialect.statements.upsert(ref, values, keys, params.onlyUpdate, names.quoting).map((sql) => ({ sql }));
    }).flat();
  },
  async inverse(params, change, context) {
    const rows = await readLoadDataRows(params, context);
    const keys = splitNames(params.primaryKey);
    return rows.map((row): Change => derivedChange('delete', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, where: keyCondition(row, keys, context.dialect, params.schemaName) }, change));
  },
});

function keyCondition(row: LoadedValue[], keys: string[], dialect: Dialect, schema: string | undefined): string {
  return keys
    .map((key) => {
      const value = row.find((candidate) => candidate.column.toLowerCase() === key.toLowerCase());
      const column = dialect.escapeObjectName(key);
      if (!value || value.value.kind === 'null') return `${column} is NULL`;
      return `${column} = ${loadedValueSql(value.value, dialect, schema)}`;
    })
    .join(' AND ');
}

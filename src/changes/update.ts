import type { ParamObject } from '../changelog/model.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { defineChange } from './define-change.js';
import { columnValueSql } from './insert.js';
import { SqlNames } from './sql-names.js';
import { compareCodeUnits } from '../checksum/serialized-text.js';
import { loadWhereParams, whereParamsToNode, whereSql } from './where-clause.js';

export interface UpdateParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  where?: string;
  columns: ColumnParams[];
  whereParams?: ColumnParams[];
}

/**
 * update: SET columns are written sorted by name, as Liquibase keeps them in a sorted map; a
 * column without a value sets NULL. No automatic rollback.
 */
export const update = defineChange<UpdateParams>({
  name: 'update',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'where', kind: 'string' },
  ],
  load(reader, params) {
    params.columns = loadColumns(reader, 'column') as unknown as ParamObject[];
    loadWhereParams(reader, params);
  },
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'column')), ...whereParamsToNode(params.whereParams));
  },
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const assignments: Array<[string, string]> = [];
    for (const column of params.columns) {
      assignments.push([column.name ?? '', `${names.name(column.name ?? '')} = ${await columnValueSql(column, params.schemaName, context, names)}`]);
    }
    assignments.sort((a, b) => compareCodeUnits(a[0], b[0]));
    let sql = `UPDATE ${names.table(params.schemaName, params.tableName)} SET ${assignments.map(([, text]) => text).join(', ')}`;
    if (params.where !== undefined) sql += ` WHERE ${whereSql(params.where, params.whereParams, context.dialect, names.quoting, params.schemaName)}`;
    return [{ sql }];
  },
});

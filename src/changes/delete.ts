import type { ColumnParams } from './column-config.js';
import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';
import { loadWhereParams, whereParamsToNode, whereSql } from './where-clause.js';

export interface DeleteParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  where?: string;
  whereParams?: ColumnParams[];
}

/** delete: rows matching `where` (all rows without one). No automatic rollback. */
export const deleteChange = defineChange<DeleteParams>({
  name: 'delete',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'where', kind: 'string' },
  ],
  load: (reader, params) => loadWhereParams(reader, params),
  toNode(params, node) {
    node.children.push(...whereParamsToNode(params.whereParams));
  },
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    let sql = `DELETE FROM ${names.table(params.schemaName, params.tableName)}`;
    if (params.where !== undefined) sql += ` WHERE ${whereSql(params.where, params.whereParams, context.dialect, names.quoting, params.schemaName)}`;
    return [{ sql }];
  },
});

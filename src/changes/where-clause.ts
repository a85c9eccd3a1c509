import type { ParamObject, ParsedNode } from '../changelog/model.js';
import type { Dialect, QuotingStrategy } from '../dialect/dialect.js';
import { columnToNode, loadColumn, type ColumnParams } from './column-config.js';
import { changeNode } from './field-schema.js';
import { columnValue } from './column-values.js';
import type { NodeReader } from './node-reader.js';

/**
 * A data change's `<where>` with its `<whereParams>`: each `:name` takes the next parameter's
 * column name and each `:value` the next parameter's value, in order, as Liquibase substitutes them.
 */
export function loadWhereParams(reader: NodeReader, params: ParamObject): void {
  const node = reader.child('whereParams');
  if (!node) return;
  const whereParams = node.children
    .filter((child) => child.name === 'param')
    .map((child) => loadColumn(reader.nested(child, 'where param'), 'column'));
  params.whereParams = whereParams as unknown as ParamObject[];
}

/** `<whereParams><param …/></whereParams>` for writers, when there are parameters. */
export function whereParamsToNode(whereParams: ColumnParams[] | undefined): ParsedNode[] {
  if (!whereParams?.length) return [];
  return [changeNode('whereParams', {}, whereParams.map((param) => ({ ...columnToNode(param, 'column'), name: 'param' })))];
}

export function whereSql(
  where: string,
  whereParams: ColumnParams[] | undefined,
  dialect: Dialect,
  quoting: QuotingStrategy,
  schema: string | undefined,
): string {
  if (!whereParams?.length) return where;
  const names = whereParams.filter((param) => param.name !== undefined).map((param) => dialect.escapeObjectName(param.name!, quoting));
  const values = whereParams.map((param) => {
    const value = columnValue(param, schema);
    return value ? dialect.valueSql(value, undefined, quoting) : 'NULL';
  });
  return where.replace(/:name|:value/g, (placeholder) => {
    const replacement = placeholder === ':name' ? names.shift() : values.shift();
    return replacement ?? placeholder;
  });
}

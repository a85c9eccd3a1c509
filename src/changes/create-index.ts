import type { ParamObject } from '../changelog/model.js';
import type { SqlStatement } from './change-type.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface CreateIndexParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  indexName?: string;
  unique?: boolean;
  tablespace?: string;
  clustered?: boolean;
  associatedWith?: string;
  columns: ColumnParams[];
}

/**
 * createIndex. An index marked `associatedWith` a primary key, unique constraint or foreign key
 * is not created on PostgreSQL (the constraint brings its own), as in Liquibase. Inverse: dropIndex.
 */
export const createIndex = defineChange<CreateIndexParams>({
  name: 'createIndex',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'indexName', kind: 'string' },
    { name: 'unique', kind: 'boolean' },
    { name: 'tablespace', kind: 'string' },
    { name: 'clustered', kind: 'boolean' },
    { name: 'associatedWith', kind: 'string', notHashedIn: [8, 9] },
  ],
  load(reader, params) {
    const columns = loadColumns(reader, 'addColumn');
    if (columns.length === 0) throw reader.error('createIndex needs at least one column');
    params.columns = columns as unknown as ParamObject[];
  },
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'addColumn')));
  },
  generateSql(params, context) {
    const associations = (params.associatedWith ?? '').split(',').map((entry) => entry.trim());
    if (associations.some((entry) => ['primaryKey', 'foreignKey', 'uniqueConstraint'].includes(entry))) return [];
    const names = new SqlNames(context.dialect, context.changeSet);
    const columns = params.columns.map((column) => {
      const name = column.computed ? (column.name ?? '') : names.name(column.name ?? '');
      return column.descending ? `${name} DESC` : name;
    });
    const indexName = params.indexName !== undefined ? `${names.name(params.indexName)} ` : '';
    let sql = `CREATE ${params.unique ? 'UNIQUE ' : ''}INDEX ${indexName}ON ${names.table(params.schemaName, params.tableName)}(${columns.join(', ')})`;
    if (params.tablespace) sql += ` TABLESPACE ${params.tablespace}`;
    const statements: SqlStatement[] = [{ sql, nonTransactional: context.dialect.requiresAutocommit(sql) }];
    if (params.clustered && params.indexName !== undefined) {
      statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.indexName, names.quoting).map((s) => ({ sql: s })));
    }
    return statements;
  },
  inverse: (params, change) => [
    derivedChange('dropIndex', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, indexName: params.indexName }, change),
  ],
});

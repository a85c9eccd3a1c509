import type { ParamObject } from '../changelog/model.js';
import type { SqlStatement } from './change-type.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { columnDefinitionSql, referencedTarget } from './column-definition-sql.js';
import { defineChange, derivedChange } from './define-change.js';
import type { FieldSpec } from './field-schema.js';
import { SqlNames } from './sql-names.js';

export interface CreateTableParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  tablespace?: string;
  remarks?: string;
  tableType?: string;
  ifNotExists?: boolean;
  columns: ColumnParams[];
}

export const createTableFields: readonly FieldSpec[] = [
  { name: 'catalogName', kind: 'string' },
  { name: 'schemaName', kind: 'string' },
  { name: 'tableName', kind: 'string', required: true },
  { name: 'tablespace', kind: 'string' },
  { name: 'remarks', kind: 'string' },
  { name: 'tableType', kind: 'string' },
  { name: 'ifNotExists', kind: 'boolean', notHashedIn: [8, 9] },
];

/** createTable: the table with its column, primary-key, foreign-key and unique constraints in one statement. */
export const createTable = defineChange<CreateTableParams>({
  name: 'createTable',
  fields: createTableFields,
  load(reader, params) {
    const columns = loadColumns(reader, 'column');
    for (const column of columns) {
      if (column.type === undefined) throw reader.error(`column 'type' is required for all columns of createTable (column '${column.name ?? '?'}')`);
    }
    params.columns = columns as unknown as ParamObject[];
  },
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'column')));
  },
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const definitions = params.columns.map((column) =>
      columnDefinitionSql(column, names, { schema: params.schemaName, serialMeansAutoIncrement: true, deferNotNull: false, inlinePrimaryKey: false }),
    );

    const primaryKeyColumns = params.columns.filter((column) => column.constraints?.primaryKey === true);
    if (primaryKeyColumns.length) {
      const constraints = primaryKeyColumns.map((column) => column.constraints!);
      const name = constraints.find((c) => c.primaryKeyName)?.primaryKeyName ?? `${params.tableName}_pkey`;
      let sql = `CONSTRAINT ${names.name(name)} PRIMARY KEY (${primaryKeyColumns.map((column) => names.name(column.name ?? '')).join(', ')})`;
      const tablespace = constraints.find((c) => c.primaryKeyTablespace)?.primaryKeyTablespace;
      if (tablespace) sql += ` USING INDEX TABLESPACE ${tablespace}`;
      if (constraints.some((c) => c.initiallyDeferred)) sql += ' INITIALLY DEFERRED';
      if (constraints.some((c) => c.deferrable)) sql += ' DEFERRABLE';
      definitions.push(sql);
    }

    for (const column of params.columns) {
      const target = referencedTarget(column);
      if (!target) continue;
      const constraints = column.constraints!;
      let sql = constraints.foreignKeyName ? `CONSTRAINT ${names.name(constraints.foreignKeyName)} ` : '';
      sql += `FOREIGN KEY (${names.name(column.name ?? '')}) REFERENCES ${names.table(target.schema, target.table)}(${names.columnList(target.columns)})`;
      if (constraints.deleteCascade) sql += ' ON DELETE CASCADE';
      if (constraints.initiallyDeferred) sql += ' INITIALLY DEFERRED';
      if (constraints.deferrable) sql += ' DEFERRABLE';
      definitions.push(sql);
    }

    // Unique constraints sharing a name span their columns together; unnamed ones stand alone.
    const unique = new Map<string | undefined, string[]>();
    const unnamed: string[] = [];
    for (const column of params.columns) {
      if (column.constraints?.unique !== true) continue;
      const name = column.constraints.uniqueConstraintName;
      if (name === undefined) unnamed.push(`UNIQUE (${names.name(column.name ?? '')})`);
      else unique.set(name, [...(unique.get(name) ?? []), names.name(column.name ?? '')]);
    }
    definitions.push(...unnamed);
    for (const [name, columns] of unique) definitions.push(`CONSTRAINT ${names.name(name!)} UNIQUE (${columns.join(', ')})`);

    const kind = params.tableType ? `${params.tableType} TABLE` : 'TABLE';
    let create = `CREATE ${kind} ${params.ifNotExists ? 'IF NOT EXISTS ' : ''}${table} (${definitions.join(', ')})`;
    if (params.tablespace) create += ` TABLESPACE ${params.tablespace}`;
    const statements: SqlStatement[] = [{ sql: create }];

    const ref = names.ref(params.schemaName, params.tableName);
    if (params.remarks !== undefined) statements.push(...context.dialect.statements.tableRemarks(ref, params.remarks, names.quoting).map((sql) => ({ sql })));
    for (const column of params.columns) {
      if (column.remarks === undefined) continue;
      statements.push(...context.dialect.statements.columnRemarks(ref, column.name ?? '', column.remarks, {}, names.quoting).map((sql) => ({ sql })));
    }
    return statements;
  },
  inverse: (params, change) => [
    derivedChange('dropTable', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName }, change),
  ],
});

import type { ParamObject } from '../changelog/model.js';
import type { Change } from '../changelog/model.js';
import type { SqlStatement } from './change-type.js';
import { columnToNode, loadColumns, serializeColumn, type ColumnParams } from './column-config.js';
import { columnDefinitionSql, referencedTarget } from './column-definition-sql.js';
import { hasDefault } from './column-values.js';
import { defineChange, derivedChange } from './define-change.js';
import { columnValueSql } from './insert.js';
import { SqlNames } from './sql-names.js';

export interface AddColumnParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columns: ColumnParams[];
}

/**
 * addColumn, in Liquibase's order: each column with its foreign-key and unique constraints, then
 * the `value` updates, then NOT NULL for columns that were filled, then remarks. PostgreSQL has no
 * column position, so afterColumn / beforeColumn / position are ignored. Inverse: dropDefaultValue
 * for columns with a default, then dropColumn of all the columns.
 */
export const addColumn = defineChange<AddColumnParams>({
  name: 'addColumn',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
  ],
  load(reader, params) {
    const columns = loadColumns(reader, 'addColumn');
    if (columns.length === 0) throw reader.error('addColumn needs at least one column');
    for (const column of columns) {
      if (column.type === undefined) throw reader.error(`column 'type' is required for all columns of addColumn (column '${column.name ?? '?'}')`);
    }
    params.columns = columns as unknown as ParamObject[];
  },
  serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
  toNode(params, node) {
    node.children.push(...params.columns.map((column) => columnToNode(column, 'addColumn')));
  },
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const ref = names.ref(params.schemaName, params.tableName);
    const statements: SqlStatement[] = [];
    for (const column of params.columns) {
      const definition = columnDefinitionSql(column, names, { schema: params.schemaName, serialMeansAutoIncrement: false, deferNotNull: true, inlinePrimaryKey: true });
      statements.push({ sql: `ALTER TABLE ${table} ADD ${definition}` });
      const target = referencedTarget(column);
      if (target) {
        const constraints = column.constraints!;
        let sql = `ALTER TABLE ${table} ADD CONSTRAINT ${names.name(constraints.foreignKeyName ?? '')} FOREIGN KEY (${names.name(column.name ?? '')}) REFERENCES ${names.table(target.schema, target.table)} (${names.columnList(target.columns)})`;
        if (constraints.deleteCascade) sql += ' ON DELETE CASCADE';
        if (constraints.deferrable) sql += ' DEFERRABLE';
        if (constraints.initiallyDeferred) sql += ' INITIALLY DEFERRED';
        statements.push({ sql });
      }
      if (column.constraints?.unique) {
        const name = column.constraints.uniqueConstraintName;
        statements.push({ sql: `ALTER TABLE ${table} ADD ${name !== undefined ? `CONSTRAINT ${names.name(name)} ` : ''}UNIQUE (${names.name(column.name ?? '')})` });
      }
    }
    for (const column of params.columns) {
      if (column.value === undefined && column.valueNumeric === undefined && column.valueBoolean === undefined && column.valueDate === undefined && column.valueComputed === undefined && column.valueSequenceNext === undefined) continue;
      statements.push({ sql: `UPDATE ${table} SET ${names.name(column.name ?? '')} = ${await columnValueSql(column, params.schemaName, context, names)}` });
    }
    for (const column of params.columns) {
      if (column.value !== undefined && column.constraints?.nullable === false && column.constraints.primaryKey !== true) {
        statements.push(...context.dialect.statements.setNotNull(ref, column.name ?? '', { columnType: column.type }, names.quoting).map((sql) => ({ sql })));
      }
    }
    for (const column of params.columns) {
      if (column.remarks === undefined) continue;
      statements.push(...context.dialect.statements.columnRemarks(ref, column.name ?? '', column.remarks, {}, names.quoting).map((sql) => ({ sql })));
    }
    return statements;
  },
  inverse(params, change) {
    const inverses: Change[] = [];
    for (const column of params.columns) {
      if (!hasDefault(column)) continue;
      inverses.push(
        derivedChange(
          'dropDefaultValue',
          { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columnName: column.name, columnDataType: column.type },
          change,
        ),
      );
    }
    const columns = params.columns.map((column) => ({ name: column.name ?? '' }));
    inverses.push(derivedChange('dropColumn', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columns }, change));
    return inverses;
  },
});

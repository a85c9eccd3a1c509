import type { ColumnParams } from './column-config.js';
import { columnDefault } from './column-values.js';
import type { SqlNames } from './sql-names.js';

export interface ColumnDefinitionOptions {
  /** Schema of the table, for sequence defaults. */
  schema: string | undefined;
  /** createTable: `serial` types become identity columns; addColumn leaves them plain (as Liquibase does). */
  serialMeansAutoIncrement: boolean;
  /** addColumn: NOT NULL waits until the column's `value` has been written. */
  deferNotNull: boolean;
  /** addColumn writes PRIMARY KEY on the column itself; createTable writes a table constraint. */
  inlinePrimaryKey: boolean;
}

/** `name TYPE [identity] [DEFAULT …] [NOT NULL] [PRIMARY KEY]`, in Liquibase's order. */
export function columnDefinitionSql(column: ColumnParams, names: SqlNames, options: ColumnDefinitionOptions): string {
  const dialect = names.dialect;
  const type = column.type ?? '';
  const parts = [names.name(column.name ?? ''), dialect.dataType(type)];
  const autoIncrement = column.autoIncrement === true || (options.serialMeansAutoIncrement && dialect.isAutoIncrementType(type));
  if (autoIncrement) {
    parts.push(
      dialect.autoIncrementClause({
        startWith: column.startWith,
        incrementBy: column.incrementBy,
        generationType: column.generationType,
        defaultOnNull: column.defaultOnNull,
      }),
    );
  }
  const defaultValue = columnDefault(column, options.schema);
  if (defaultValue) parts.push(`DEFAULT ${dialect.valueSql(defaultValue, type, names.quoting)}`);
  const primaryKey = column.constraints?.primaryKey === true;
  const notNull = column.constraints?.nullable === false || primaryKey;
  if (notNull && !(options.deferNotNull && column.value !== undefined && !primaryKey)) parts.push('NOT NULL');
  if (primaryKey && options.inlinePrimaryKey) parts.push('PRIMARY KEY');
  return parts.join(' ');
}

/** A column's `references="table(col)"` or referencedTableName/referencedColumnNames. */
export function referencedTarget(column: ColumnParams): { schema?: string; table: string; columns: string } | undefined {
  const constraints = column.constraints;
  if (!constraints) return undefined;
  if (constraints.references) {
    const match = /^\s*(.+?)\s*\((.*)\)\s*$/.exec(constraints.references);
    if (!match) return { table: constraints.references.trim(), columns: '' };
    return { table: match[1]!, columns: match[2]! };
  }
  if (constraints.referencedTableName) {
    return { schema: constraints.referencedTableSchemaName, table: constraints.referencedTableName, columns: constraints.referencedColumnNames ?? '' };
  }
  return undefined;
}

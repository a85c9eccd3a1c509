import type { ParsedNode, Scalar } from '../changelog/model.js';
import type {
  ColumnObject,
  ForeignKeyObject,
  IndexObject,
  PrimaryKeyObject,
  SequenceObject,
  TableObject,
  UniqueConstraintObject,
  ViewObject,
} from '../snapshot/model.js';
import { defaultValueAttribute } from './default-value.js';
import { sequenceDefaults } from './postgres-ddl.js';
import { quoteIdentifier } from './postgres-quoting.js';

/**
 * Liquibase change elements as ParsedNode trees, with Liquibase's element and attribute names
 * exactly as its XML schema spells them (dbchangelog-4.x), in the XML shape: `column` elements are
 * direct children of createTable / addColumn / createIndex, SQL text is the node's text. The
 * change-type modules load this shape, and the writers turn it into YAML/JSON's.
 */

const GENERATED = { file: '(generated)' };

export function change(name: string, attributes: Record<string, Scalar | undefined>, children: ParsedNode[] = [], text?: string): ParsedNode {
  const clean: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) clean[key] = value;
  const node: ParsedNode = { name, attributes: clean, children, location: GENERATED };
  if (text !== undefined) node.text = text;
  return node;
}

/** A raw SQL change. Statements are joined with `;` and never split by Liquibase (function bodies hold `;`). */
export function sqlChange(statements: string[], comment?: string): ParsedNode {
  const children = comment ? [change('comment', {}, [], comment)] : [];
  const splittable = statements.every((s) => !s.includes(';') && !s.includes('$'));
  return change('sql', { splitStatements: splittable ? undefined : false }, children, statements.map((s) => `${s.trimEnd()};`).join('\n'));
}

/** How a column is written inside createTable / addColumn. */
export interface ColumnNodeOptions {
  /** Put the primary key on the column (createTable with the key in column order). */
  primaryKeyName?: string;
}

export function columnNode(column: ColumnObject, options: ColumnNodeOptions = {}): ParsedNode {
  const attributes: Record<string, Scalar | undefined> = { name: column.name, type: column.type };
  if (column.identity) {
    attributes.autoIncrement = true;
    attributes.generationType = column.identity.generation;
    if (column.identity.start !== undefined && column.identity.start !== '1') attributes.startWith = column.identity.start;
    if (column.identity.increment !== undefined && column.identity.increment !== '1') attributes.incrementBy = column.identity.increment;
  } else if (column.default !== undefined) {
    const value = defaultValueAttribute(column.default, column.type);
    attributes[value.name] = value.value;
  }
  attributes.remarks = column.comment;
  const constraints: Record<string, Scalar | undefined> = {};
  if (options.primaryKeyName) {
    constraints.nullable = false;
    constraints.primaryKey = true;
    constraints.primaryKeyName = options.primaryKeyName;
  } else if (!column.nullable) constraints.nullable = false;
  return change('column', attributes, Object.keys(constraints).length ? [change('constraints', constraints)] : []);
}

export function createTableNode(table: TableObject, inlinePrimaryKey: boolean): ParsedNode {
  const pkColumns = new Set(inlinePrimaryKey ? table.primaryKey?.columns : []);
  return change(
    'createTable',
    { schemaName: table.schema, tableName: table.name, remarks: table.comment },
    table.columns.map((c) =>
      columnNode(c, { primaryKeyName: pkColumns.has(c.name) ? table.primaryKey!.name : undefined }),
    ),
  );
}

export function dropTableNode(schema: string, table: string): ParsedNode {
  return change('dropTable', { schemaName: schema, tableName: table });
}

export function addColumnNode(schema: string, table: string, column: ColumnObject): ParsedNode {
  return change('addColumn', { schemaName: schema, tableName: table }, [columnNode(column)]);
}

export function dropColumnNode(schema: string, table: string, column: string): ParsedNode {
  return change('dropColumn', { schemaName: schema, tableName: table, columnName: column });
}

export function renameTableNode(schema: string, from: string, to: string): ParsedNode {
  return change('renameTable', { schemaName: schema, oldTableName: from, newTableName: to });
}

export function renameColumnNode(schema: string, table: string, from: string, to: string, dataType?: string): ParsedNode {
  return change('renameColumn', { schemaName: schema, tableName: table, oldColumnName: from, newColumnName: to, columnDataType: dataType });
}

export function modifyDataTypeNode(schema: string, table: string, column: string, type: string): ParsedNode {
  return change('modifyDataType', { schemaName: schema, tableName: table, columnName: column, newDataType: type });
}

export function notNullNode(add: boolean, schema: string, table: string, column: string, type: string): ParsedNode {
  return change(add ? 'addNotNullConstraint' : 'dropNotNullConstraint', {
    schemaName: schema,
    tableName: table,
    columnName: column,
    columnDataType: type,
  });
}

export function addDefaultValueNode(schema: string, table: string, column: ColumnObject & { default: string }): ParsedNode {
  const value = defaultValueAttribute(column.default, column.type);
  return change('addDefaultValue', {
    schemaName: schema,
    tableName: table,
    columnName: column.name,
    columnDataType: column.type,
    [value.name]: value.value,
  });
}

export function dropDefaultValueNode(schema: string, table: string, column: ColumnObject): ParsedNode {
  return change('dropDefaultValue', { schemaName: schema, tableName: table, columnName: column.name, columnDataType: column.type });
}

export function setTableRemarksNode(schema: string, table: string, remarks: string | undefined): ParsedNode {
  return change('setTableRemarks', { schemaName: schema, tableName: table, remarks: remarks ?? '' });
}

export function setColumnRemarksNode(schema: string, table: string, column: ColumnObject, remarks: string | undefined): ParsedNode {
  return change('setColumnRemarks', {
    schemaName: schema,
    tableName: table,
    columnName: column.name,
    columnDataType: column.type,
    remarks: remarks ?? '',
  });
}

/** Whether addPrimaryKey says all of it (no INCLUDE, no DEFERRABLE, no storage options). */
export function isPlainPrimaryKey(key: PrimaryKeyObject): boolean {
  return key.definition === `PRIMARY KEY (${key.columns.map(quoteIdentifier).join(', ')})` && key.validated !== false;
}

export function addPrimaryKeyNode(schema: string, table: string, key: PrimaryKeyObject): ParsedNode {
  return change('addPrimaryKey', { schemaName: schema, tableName: table, columnNames: key.columns.join(', '), constraintName: key.name });
}

export function dropPrimaryKeyNode(schema: string, table: string, name: string): ParsedNode {
  return change('dropPrimaryKey', { schemaName: schema, tableName: table, constraintName: name });
}

/** Whether addUniqueConstraint says all of it. */
export function isPlainUniqueConstraint(unique: UniqueConstraintObject): boolean {
  const deferral = unique.deferrable ? (unique.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
  return unique.definition === `UNIQUE (${unique.columns.map(quoteIdentifier).join(', ')})${deferral}` && unique.validated !== false;
}

export function addUniqueConstraintNode(schema: string, table: string, unique: UniqueConstraintObject): ParsedNode {
  return change('addUniqueConstraint', {
    schemaName: schema,
    tableName: table,
    columnNames: unique.columns.join(', '),
    constraintName: unique.name,
    deferrable: unique.deferrable || undefined,
    initiallyDeferred: unique.initiallyDeferred || undefined,
  });
}

export function dropUniqueConstraintNode(schema: string, table: string, name: string): ParsedNode {
  return change('dropUniqueConstraint', { schemaName: schema, tableName: table, constraintName: name });
}

/** Whether addForeignKeyConstraint says all of it (MATCH FULL/PARTIAL and column lists in ON DELETE SET NULL (...) do not fit). */
export function isPlainForeignKey(key: ForeignKeyObject): boolean {
  return key.match === 'SIMPLE' && !/\bSET (NULL|DEFAULT) \(/.test(key.definition);
}

export function addForeignKeyNode(schema: string, table: string, key: ForeignKeyObject): ParsedNode {
  return change('addForeignKeyConstraint', {
    baseTableSchemaName: schema,
    baseTableName: table,
    baseColumnNames: key.columns.join(', '),
    constraintName: key.name,
    referencedTableSchemaName: key.referencedSchema,
    referencedTableName: key.referencedTable,
    referencedColumnNames: key.referencedColumns.join(', '),
    onDelete: key.onDelete === 'NO ACTION' ? undefined : key.onDelete,
    onUpdate: key.onUpdate === 'NO ACTION' ? undefined : key.onUpdate,
    deferrable: key.deferrable || undefined,
    initiallyDeferred: key.initiallyDeferred || undefined,
    validate: key.validated === false ? false : undefined,
  });
}

export function dropForeignKeyNode(schema: string, table: string, name: string): ParsedNode {
  return change('dropForeignKeyConstraint', { baseTableSchemaName: schema, baseTableName: table, constraintName: name });
}

/**
 * Whether createIndex says all of it: a btree on plain columns, ascending or descending with the
 * default NULLS order, default operator classes and collations, no INCLUDE, no predicate, no
 * storage parameters or tablespace. Anything else is written as SQL.
 */
export function isPlainIndex(index: IndexObject): boolean {
  return (
    index.method === 'btree' &&
    index.include.length === 0 &&
    index.predicate === undefined &&
    index.storageParameters === undefined &&
    index.columns.every((c) => c.name !== undefined && c.nullsFirst === undefined && !c.opclass && !c.collation) &&
    index.definition.endsWith(')') &&
    !index.definition.includes(' TABLESPACE ')
  );
}

export function createIndexNode(schema: string, table: string, index: IndexObject): ParsedNode {
  return change(
    'createIndex',
    { schemaName: schema, tableName: table, indexName: index.name, unique: index.unique || undefined },
    index.columns.map((c) => change('column', { name: c.name, descending: c.descending || undefined })),
  );
}

export function dropIndexNode(schema: string, table: string, name: string): ParsedNode {
  return change('dropIndex', { schemaName: schema, tableName: table, indexName: name });
}

export function createSequenceNode(sequence: SequenceObject): ParsedNode {
  const defaults = sequenceDefaults(sequence.dataType, sequence.increment);
  const ascending = BigInt(sequence.increment) > 0n;
  return change('createSequence', {
    schemaName: sequence.schema,
    sequenceName: sequence.name,
    dataType: sequence.dataType === 'bigint' ? undefined : sequence.dataType,
    startValue: sequence.start === (ascending ? sequence.min : sequence.max) ? undefined : sequence.start,
    incrementBy: sequence.increment === '1' ? undefined : sequence.increment,
    minValue: sequence.min === defaults.min ? undefined : sequence.min,
    maxValue: sequence.max === defaults.max ? undefined : sequence.max,
    cacheSize: sequence.cache === '1' ? undefined : sequence.cache,
    cycle: sequence.cycle || undefined,
  });
}

export function alterSequenceNode(sequence: SequenceObject): ParsedNode {
  return change('alterSequence', {
    schemaName: sequence.schema,
    sequenceName: sequence.name,
    dataType: sequence.dataType,
    incrementBy: sequence.increment,
    minValue: sequence.min,
    maxValue: sequence.max,
    cacheSize: sequence.cache,
    cycle: sequence.cycle,
  });
}

export function dropSequenceNode(schema: string, name: string): ParsedNode {
  return change('dropSequence', { schemaName: schema, sequenceName: name });
}

export function createViewNode(view: ViewObject, replace: boolean): ParsedNode {
  return change('createView', { schemaName: view.schema, viewName: view.name, replaceIfExists: replace || undefined }, [], view.definition);
}

export function dropViewNode(schema: string, name: string): ParsedNode {
  return change('dropView', { schemaName: schema, viewName: name });
}

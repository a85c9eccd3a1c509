import type {
  CheckConstraintObject,
  ColumnObject,
  ExclusionConstraintObject,
  ForeignKeyObject,
  IdentityObject,
  IndexObject,
  PrimaryKeyObject,
  TableObject,
  UniqueConstraintObject,
} from '../snapshot/model.js';
import { compareAttributes, type AttributeRule } from './attribute-comparison.js';
import type { ChangedEntry, DiffEntry, RelationRef } from './model.js';
import { matchObjects } from './object-matching.js';
import type { RenameMap } from './rename-map.js';

export interface DiffCollector {
  missing: DiffEntry[];
  unexpected: DiffEntry[];
  changed: ChangedEntry[];
}

/**
 * Compares one table of the reference with its counterpart in the target (same name, or renamed):
 * the table's own attributes, then its columns, constraints and indexes. Objects a partition
 * inherits from its parent are left out: they follow the parent.
 */
export function diffTables(reference: TableObject, target: TableObject, renames: RenameMap, out: DiffCollector): void {
  const { schema } = reference;
  const scope = [{ schema, table: reference.name }];
  const relation: RelationRef = { schema, name: reference.name };
  const id = `${schema}.${reference.name}`;
  const seeTable = (s: string, t: string) => ({ schema: s, table: renames.table(s, t) });
  const tableDifferences = compareAttributes<TableObject>(reference, target, [
    { attribute: 'unlogged', reference: (t) => t.unlogged ?? false },
    {
      attribute: 'partitioning',
      reference: (t) => t.partitioning,
      target: (t) => t.partitioning && { ...t.partitioning, key: renames.rewrite(t.partitioning.key, scope) },
    },
    {
      attribute: 'partitionOf',
      reference: (t) => t.partitionOf,
      target: (t) => t.partitionOf && { ...t.partitionOf, table: renames.table(t.partitionOf.schema, t.partitionOf.table) },
    },
    { attribute: 'inherits', reference: (t) => t.inherits, target: (t) => t.inherits?.map((p) => ({ ...seeTable(p.schema, p.table) })) },
    { attribute: 'comment', reference: (t) => t.comment },
  ]);
  if (tableDifferences.length > 0) out.changed.push({ kind: 'table', id, reference, target, differences: tableDifferences });

  diffColumns(reference, target, renames, out);
  diffPrimaryKeys(relation, reference.primaryKey, target.primaryKey, renames, out);
  diffNamed<UniqueConstraintObject>('uniqueConstraint', relation, own(reference.uniqueConstraints), own(target.uniqueConstraints), out, {
    signature: (u, side) => columnsOf(u.columns, side, relation, renames).join(','),
    rules: [
      ...nameRule<UniqueConstraintObject>(),
      columnsRule(relation, renames),
      { attribute: 'deferrable', reference: (u) => u.deferrable },
      { attribute: 'initiallyDeferred', reference: (u) => u.initiallyDeferred },
      { attribute: 'validated', reference: (u) => u.validated ?? true },
      { attribute: 'clustered', reference: (u) => u.clustered ?? false },
      { attribute: 'comment', reference: (u) => u.comment },
      { attribute: 'definition', reference: (u) => u.definition, target: (u) => renames.rewrite(u.definition, scope), fallback: true },
    ],
  });
  diffNamed<CheckConstraintObject>('checkConstraint', relation, own(reference.checkConstraints), own(target.checkConstraints), out, {
    signature: (c, side) => (side === 'target' ? renames.rewrite(c.expression, scope) : c.expression),
    rules: [
      ...nameRule<CheckConstraintObject>(),
      { attribute: 'expression', reference: (c) => c.expression, target: (c) => renames.rewrite(c.expression, scope) },
      { attribute: 'noInherit', reference: (c) => c.noInherit ?? false },
      { attribute: 'validated', reference: (c) => c.validated ?? true },
      { attribute: 'comment', reference: (c) => c.comment },
    ],
  });
  diffNamed<ExclusionConstraintObject>('exclusionConstraint', relation, own(reference.exclusionConstraints), own(target.exclusionConstraints), out, {
    signature: (x, side) => (side === 'target' ? renames.rewrite(x.definition, scope) : x.definition),
    rules: [
      ...nameRule<ExclusionConstraintObject>(),
      { attribute: 'definition', reference: (x) => x.definition, target: (x) => renames.rewrite(x.definition, scope) },
      { attribute: 'comment', reference: (x) => x.comment },
    ],
  });
  const referencedTable = (f: ForeignKeyObject, side: 'reference' | 'target') =>
    side === 'target' ? renames.table(f.referencedSchema, f.referencedTable) : f.referencedTable;
  const referencedColumns = (f: ForeignKeyObject, side: 'reference' | 'target') =>
    side === 'target' ? renames.columnList(f.referencedSchema, referencedTable(f, side), f.referencedColumns) : f.referencedColumns;
  diffNamed<ForeignKeyObject>('foreignKey', relation, own(reference.foreignKeys), own(target.foreignKeys), out, {
    signature: (f, side) =>
      `${columnsOf(f.columns, side, relation, renames).join(',')}>${f.referencedSchema}.${referencedTable(f, side)}(${referencedColumns(f, side).join(',')})`,
    rules: [
      ...nameRule<ForeignKeyObject>(),
      columnsRule(relation, renames),
      { attribute: 'referencedTable', reference: (f) => `${f.referencedSchema}.${f.referencedTable}`, target: (f) => `${f.referencedSchema}.${referencedTable(f, 'target')}` },
      { attribute: 'referencedColumns', reference: (f) => f.referencedColumns, target: (f) => referencedColumns(f, 'target') },
      { attribute: 'onUpdate', reference: (f) => f.onUpdate },
      { attribute: 'onDelete', reference: (f) => f.onDelete },
      { attribute: 'match', reference: (f) => f.match },
      { attribute: 'deferrable', reference: (f) => f.deferrable },
      { attribute: 'initiallyDeferred', reference: (f) => f.initiallyDeferred },
      { attribute: 'validated', reference: (f) => f.validated ?? true },
      { attribute: 'comment', reference: (f) => f.comment },
    ],
  });
  diffIndexes(relation, own(reference.indexes), own(target.indexes), renames, out);
}

/** Indexes of a table or a materialized view. */
export function diffIndexes(relation: RelationRef, references: IndexObject[], targets: IndexObject[], renames: RenameMap, out: DiffCollector): void {
  const scope = [{ schema: relation.schema, table: relation.name }];
  const shape = (i: IndexObject, side: 'reference' | 'target') =>
    side === 'target' ? renames.rewrite(normalizeIndexDefinition(i.definition), scope) : normalizeIndexDefinition(i.definition);
  const columns = (i: IndexObject, side: 'reference' | 'target') =>
    i.columns.map((c) =>
      side === 'reference'
        ? c
        : {
            ...c,
            name: c.name === undefined ? undefined : renames.column(relation.schema, relation.name, c.name),
            expression: c.expression === undefined ? undefined : renames.rewrite(c.expression, scope),
          },
    );
  diffNamed<IndexObject>('index', relation, references, targets, out, {
    signature: shape,
    rules: [
      ...nameRule<IndexObject>(),
      { attribute: 'unique', reference: (i) => i.unique },
      { attribute: 'method', reference: (i) => i.method },
      { attribute: 'columns', reference: (i) => columns(i, 'reference'), target: (i) => columns(i, 'target'), show: (i) => i.columns },
      { attribute: 'include', reference: (i) => i.include, target: (i) => renames.columnList(relation.schema, relation.name, i.include) },
      { attribute: 'predicate', reference: (i) => i.predicate, target: (i) => i.predicate && renames.rewrite(i.predicate, scope) },
      { attribute: 'storageParameters', reference: (i) => i.storageParameters },
      { attribute: 'clustered', reference: (i) => i.clustered ?? false },
      { attribute: 'definition', reference: (i) => shape(i, 'reference'), target: (i) => shape(i, 'target'), show: (i) => i.definition, fallback: true },
      { attribute: 'comment', reference: (i) => i.comment },
    ],
  });
}

/**
 * CREATE INDEX text without the index and table names (`UNIQUE USING btree (a, b) WHERE ...`),
 * so that two indexes doing the same thing compare equal whatever they are called.
 */
export function normalizeIndexDefinition(definition: string): string {
  const at = definition.indexOf(' USING ');
  const unique = /^CREATE UNIQUE /i.test(definition) ? 'UNIQUE' : '';
  return at < 0 ? definition : `${unique}${definition.slice(at)}`;
}

function diffColumns(reference: TableObject, target: TableObject, renames: RenameMap, out: DiffCollector): void {
  const { schema } = reference;
  const scope = [{ schema, table: reference.name }];
  const relation: RelationRef = { schema, name: reference.name };
  const matching = matchObjects(own(reference.columns), own(target.columns), (c, side) =>
    side === 'target' ? renames.column(schema, reference.name, c.name) : c.name,
  );
  const idOf = (c: ColumnObject) => `${schema}.${reference.name}.${c.name}`;
  for (const object of matching.missing) out.missing.push({ kind: 'column', id: idOf(object), relation, object });
  for (const object of matching.unexpected) out.unexpected.push({ kind: 'column', id: idOf(object), relation, object });
  for (const pair of matching.pairs) {
    const differences = compareAttributes<ColumnObject>(pair.reference, pair.target, [
      { attribute: 'type', reference: (c) => c.type },
      { attribute: 'nullable', reference: (c) => c.nullable },
      { attribute: 'default', reference: (c) => c.default, target: (c) => c.default, show: (c) => c.default, compareAs: comparableDefault },
      { attribute: 'identity', reference: (c) => c.identity && withoutSequenceName(c.identity) },
      // The name the sequence has, compared apart: renaming a table leaves its identity sequence's
      // name as it was, so the recorded name alone does not say whether the names differ.
      {
        attribute: 'identitySequence',
        reference: (c) => c.identity && identitySequenceName(reference.name, c),
        target: (c) => c.identity && identitySequenceName(target.name, c),
      },
      {
        attribute: 'generated',
        reference: (c) => c.generated,
        target: (c) => c.generated && { ...c.generated, expression: renames.rewrite(c.generated.expression, scope) },
      },
      { attribute: 'collation', reference: (c) => c.collation },
      { attribute: 'comment', reference: (c) => c.comment },
    ]);
    if (differences.length > 0) {
      out.changed.push({ kind: 'column', id: idOf(pair.reference), relation, reference: pair.reference, target: pair.target, differences });
    }
  }
}

function diffPrimaryKeys(
  relation: RelationRef,
  reference: PrimaryKeyObject | undefined,
  target: PrimaryKeyObject | undefined,
  renames: RenameMap,
  out: DiffCollector,
): void {
  const scope = [{ schema: relation.schema, table: relation.name }];
  const ownReference = reference?.inherited ? undefined : reference;
  const ownTarget = target?.inherited ? undefined : target;
  const idOf = (k: PrimaryKeyObject) => `${relation.schema}.${relation.name}.${k.name}`;
  if (ownReference && !ownTarget) out.missing.push({ kind: 'primaryKey', id: idOf(ownReference), relation, object: ownReference });
  else if (!ownReference && ownTarget) out.unexpected.push({ kind: 'primaryKey', id: idOf(ownTarget), relation, object: ownTarget });
  else if (ownReference && ownTarget) {
    const differences = compareAttributes<PrimaryKeyObject>(ownReference, ownTarget, [
      ...nameRule<PrimaryKeyObject>(),
      columnsRule(relation, renames),
      { attribute: 'validated', reference: (k) => k.validated ?? true },
      { attribute: 'clustered', reference: (k) => k.clustered ?? false },
      { attribute: 'comment', reference: (k) => k.comment },
      { attribute: 'definition', reference: (k) => k.definition, target: (k) => renames.rewrite(k.definition, scope), fallback: true },
    ]);
    if (differences.length > 0) {
      out.changed.push({ kind: 'primaryKey', id: idOf(ownReference), relation, reference: ownReference, target: ownTarget, differences });
    }
  }
}

type NamedKind = 'uniqueConstraint' | 'checkConstraint' | 'exclusionConstraint' | 'foreignKey' | 'index';

function diffNamed<T extends { name: string }>(
  kind: NamedKind,
  relation: RelationRef,
  references: T[],
  targets: T[],
  out: DiffCollector,
  how: { signature: (object: T, side: 'reference' | 'target') => string; rules: Array<AttributeRule<T>> },
): void {
  const matching = matchObjects(references, targets, (o) => o.name, how.signature);
  const idOf = (o: T) => `${relation.schema}.${relation.name}.${o.name}`;
  // The casts: `kind` and T always agree (each caller passes its kind with its object type).
  for (const object of matching.missing) out.missing.push({ kind, id: idOf(object), relation, object } as unknown as DiffEntry);
  for (const object of matching.unexpected) out.unexpected.push({ kind, id: idOf(object), relation, object } as unknown as DiffEntry);
  for (const { reference, target } of matching.pairs) {
    const differences = compareAttributes(reference, target, how.rules);
    if (differences.length > 0) {
      out.changed.push({ kind, id: idOf(reference), relation, reference, target, differences } as unknown as ChangedEntry);
    }
  }
}

function nameRule<T extends { name: string }>(): Array<AttributeRule<T>> {
  return [{ attribute: 'name', reference: (o) => o.name }];
}

function columnsRule<T extends { columns: string[] }>(relation: RelationRef, renames: RenameMap): AttributeRule<T> {
  return { attribute: 'columns', reference: (o) => o.columns, target: (o) => renames.columnList(relation.schema, relation.name, o.columns) };
}

function columnsOf(columns: string[], side: 'reference' | 'target', relation: RelationRef, renames: RenameMap): string[] {
  return side === 'target' ? renames.columnList(relation.schema, relation.name, columns) : columns;
}

function withoutSequenceName(identity: IdentityObject): IdentityObject {
  const { sequenceName: _name, ...options } = identity;
  return options;
}

/** The identity sequence's name: recorded when not PostgreSQL's own choice, which is `<table>_<column>_seq`. */
export function identitySequenceName(table: string, column: ColumnObject): string {
  return column.identity?.sequenceName ?? `${table}_${column.name}_seq`;
}

/**
 * Defaults PostgreSQL evaluates identically but prints differently: CURRENT_TIMESTAMP is now()
 * (and Liquibase writes NOW() for it on PostgreSQL, so a round trip changes the spelling).
 */
function comparableDefault(expression: unknown): unknown {
  return typeof expression === 'string' ? expression.replace(/^(CURRENT_TIMESTAMP|transaction_timestamp\(\))$/i, 'now()') : expression;
}

function own<T extends { inherited?: boolean }>(objects: T[]): T[] {
  return objects.filter((o) => !o.inherited);
}

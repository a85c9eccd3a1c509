/**
 * The difference between two snapshots, as data: what the reference has and the target lacks
 * (`missing`), what the target has and the reference lacks (`unexpected`), what both have but
 * differently (`changed`, attribute by attribute), and probable renames. Each entry carries the
 * whole object(s), so the changeset generator and the renderers need nothing else. The JSON
 * rendering of a diff is this object itself.
 *
 * Names in table-level entries (`table`) are the reference's: renames come first when the target
 * is brought to the reference, so every later change sees the reference names.
 */
import type {
  CheckConstraintObject,
  ColumnObject,
  ExclusionConstraintObject,
  ExtensionObject,
  ForeignKeyObject,
  IndexObject,
  PrimaryKeyObject,
  RoutineObject,
  SchemaObject,
  SequenceObject,
  SnapshotSource,
  TableObject,
  TriggerObject,
  TypeObject,
  UniqueConstraintObject,
  ViewObject,
} from '../snapshot/model.js';

export interface DiffKindMap {
  schema: SchemaObject;
  extension: ExtensionObject;
  type: TypeObject;
  sequence: SequenceObject;
  table: TableObject;
  view: ViewObject;
  function: RoutineObject;
  trigger: TriggerObject;
  column: ColumnObject;
  primaryKey: PrimaryKeyObject;
  uniqueConstraint: UniqueConstraintObject;
  checkConstraint: CheckConstraintObject;
  exclusionConstraint: ExclusionConstraintObject;
  foreignKey: ForeignKeyObject;
  index: IndexObject;
}

export type DiffKind = keyof DiffKindMap;

/** Kinds that live inside a table (or, for indexes, a materialized view). */
export type RelationLevelKind = 'column' | 'primaryKey' | 'uniqueConstraint' | 'checkConstraint' | 'exclusionConstraint' | 'foreignKey' | 'index';

export const RELATION_LEVEL_KINDS: readonly RelationLevelKind[] = [
  'column', 'primaryKey', 'uniqueConstraint', 'checkConstraint', 'exclusionConstraint', 'foreignKey', 'index',
];

/** The table (or materialized view) a column, constraint or index belongs to. */
export interface RelationRef {
  schema: string;
  name: string;
  /** Present for indexes of materialized views. */
  materializedView?: true;
}

type WithRelation<K extends DiffKind> = K extends RelationLevelKind ? { relation: RelationRef } : unknown;

/** An object present on one side only. `id` is its qualified name (`app.orders.note`). */
export type DiffEntry = {
  [K in DiffKind]: { kind: K; id: string; object: DiffKindMap[K] } & WithRelation<K>;
}[DiffKind];

/** One attribute that differs; values as in the snapshot (absent when one side has none). */
export interface AttributeDifference {
  attribute: string;
  reference?: unknown;
  target?: unknown;
}

export type ChangedEntry = {
  [K in DiffKind]: {
    kind: K;
    id: string;
    reference: DiffKindMap[K];
    target: DiffKindMap[K];
    differences: AttributeDifference[];
    /**
     * Views and columns only: the views present on both sides that read this view (or this
     * column's table), directly or through other views, in dependency order. PostgreSQL refuses to
     * drop a view, or change a column's type, while views depend on it; the generator drops and
     * recreates these around the change.
     */
    dependentViews?: Array<{ reference: ViewObject; target: ViewObject }>;
  } & WithRelation<K>;
}[DiffKind];

/**
 * A table or column that exists under one name in the target and another in the reference, with
 * the same shape: probably renamed rather than dropped and recreated (which would lose data).
 */
export interface ProbableRename {
  kind: 'table' | 'column';
  schema: string;
  /** For a column: its table, by the reference's name. */
  table?: string;
  /** The name in the target (the current name). */
  from: string;
  /** The name in the reference (the wanted name). */
  to: string;
  /** 0..1: how sure the detection is. */
  confidence: number;
  /** Why it looks like a rename, in one sentence. */
  reason: string;
}

export interface SchemaDiff {
  reference: DiffSide;
  target: DiffSide;
  /** In the reference, not in the target. */
  missing: DiffEntry[];
  /** In the target, not in the reference. */
  unexpected: DiffEntry[];
  changed: ChangedEntry[];
  renamed: ProbableRename[];
}

export interface DiffSide extends SnapshotSource {
  generatedAt?: string;
}

/** True when the two schemas are the same. */
export function isEmptyDiff(diff: SchemaDiff): boolean {
  return diff.missing.length + diff.unexpected.length + diff.changed.length + diff.renamed.length === 0;
}

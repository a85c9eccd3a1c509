/**
 * A snapshot: the schema objects of a database at one moment, in a format of our own (documented in
 * docs/snapshot.md). It is plain JSON data with a stable key order and sorted collections, so that
 * two snapshots of the same schema are identical byte for byte and a snapshot diffs cleanly in Git.
 *
 * Names are stored exactly as the catalog spells them (unquoted); SQL fragments (types, defaults,
 * definitions) are stored as PostgreSQL prints them with an empty search_path, so every reference to
 * a user object is schema-qualified and the text does not depend on the session that took it.
 */

export const SNAPSHOT_FORMAT = 'dbops-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  /** When the snapshot was taken (ISO 8601). The only timestamp in a snapshot. */
  generatedAt?: string;
  source: SnapshotSource;
  schemas: SchemaObject[];
  extensions: ExtensionObject[];
  types: TypeObject[];
  sequences: SequenceObject[];
  tables: TableObject[];
  views: ViewObject[];
  functions: RoutineObject[];
  triggers: TriggerObject[];
}

export interface SnapshotSource {
  dialect: string;
  /** current_database(), or a file name for a snapshot read back. */
  database?: string;
  /** server_version as the server reports it, e.g. `15.4` or `18.6`. */
  serverVersion?: string;
  /** The filters the snapshot was taken with (absent: everything). */
  filters?: { schemas?: string[]; include?: string[]; exclude?: string[] };
  /** Object kinds the server could not describe (an old or wire-compatible engine), with the reason. */
  incomplete?: string[];
}

export interface SchemaObject {
  name: string;
  comment?: string;
}

export interface ExtensionObject {
  name: string;
  schema: string;
  version: string;
  comment?: string;
}

export type TypeObject = EnumType | CompositeType | DomainType;

export interface EnumType {
  kind: 'enum';
  schema: string;
  name: string;
  /** In sort order. */
  labels: string[];
  comment?: string;
}

export interface CompositeType {
  kind: 'composite';
  schema: string;
  name: string;
  attributes: Array<{ name: string; type: string; collation?: string; comment?: string }>;
  /** Other objects this one needs (opaque keys, see `objectKey`). */
  dependsOn: string[];
  comment?: string;
}

export interface DomainType {
  kind: 'domain';
  schema: string;
  name: string;
  baseType: string;
  nullable: boolean;
  default?: string;
  collation?: string;
  constraints: Array<{ name: string; definition: string; comment?: string }>;
  dependsOn: string[];
  comment?: string;
}

export interface SequenceObject {
  schema: string;
  name: string;
  dataType: string;
  /** Numbers are strings: a bigint does not fit a JSON number. */
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /** `OWNED BY` (a serial column's sequence). */
  ownedBy?: { schema: string; table: string; column: string };
  comment?: string;
}

export interface TableObject {
  schema: string;
  name: string;
  /** Present only for UNLOGGED tables. */
  unlogged?: boolean;
  /** A partitioned table: `PARTITION BY <strategy> (<key>)`. */
  partitioning?: { strategy: 'range' | 'list' | 'hash'; key: string };
  /** A partition: its parent and `FOR VALUES ...` bound. */
  partitionOf?: { schema: string; table: string; bound: string };
  /** Classic inheritance parents (not partitioning), in order. */
  inherits?: Array<{ schema: string; table: string }>;
  columns: ColumnObject[];
  primaryKey?: PrimaryKeyObject;
  uniqueConstraints: UniqueConstraintObject[];
  checkConstraints: CheckConstraintObject[];
  exclusionConstraints: ExclusionConstraintObject[];
  foreignKeys: ForeignKeyObject[];
  /** Indexes that do not back a constraint (those are implied by the constraint). */
  indexes: IndexObject[];
  dependsOn: string[];
  comment?: string;
}

export interface ColumnObject {
  name: string;
  /** format_type(): `integer`, `character varying(40)`, `public.mood[]`. */
  type: string;
  nullable: boolean;
  /** The default expression as PostgreSQL prints it, e.g. `nextval('public.t_id_seq'::regclass)`. */
  default?: string;
  identity?: IdentityObject;
  /** `GENERATED ALWAYS AS (<expression>) STORED|VIRTUAL`. */
  generated?: { expression: string; kind: 'stored' | 'virtual' };
  /** Only when it differs from the type's default collation; SQL-ready (`"C"`, `public.x`). */
  collation?: string;
  /** Inherited from a parent table (a partition's columns): created by the parent, not on its own. */
  inherited?: boolean;
  comment?: string;
}

export interface IdentityObject {
  generation: 'ALWAYS' | 'BY DEFAULT';
  /** The identity sequence's options (absent when the server does not expose the sequence). */
  start?: string;
  increment?: string;
  min?: string;
  max?: string;
  cache?: string;
  cycle?: boolean;
  /**
   * The identity sequence's name, only when it is not the one PostgreSQL gives it
   * (`<table>_<column>_seq`), e.g. after a renameSequence. Always in the table's schema.
   */
  sequenceName?: string;
}

export interface ConstraintBase {
  name: string;
  /** pg_get_constraintdef(), e.g. `UNIQUE (a, b)`, `CHECK ((qty > 0))`. */
  definition: string;
  /** False for a constraint added NOT VALID and not validated yet. */
  validated?: false;
  /** Cloned from a parent table (partitions): created by the parent. */
  inherited?: boolean;
  comment?: string;
}

export interface PrimaryKeyObject extends ConstraintBase {
  columns: string[];
  /** The table is marked CLUSTER ON its index (pg_index.indisclustered). */
  clustered?: true;
}

export interface UniqueConstraintObject extends ConstraintBase {
  columns: string[];
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** The table is marked CLUSTER ON its index. */
  clustered?: true;
}

export interface CheckConstraintObject extends ConstraintBase {
  /** The boolean expression alone. */
  expression: string;
  noInherit?: boolean;
}

export type ExclusionConstraintObject = ConstraintBase;

export type ReferentialAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ForeignKeyObject extends ConstraintBase {
  columns: string[];
  referencedSchema: string;
  referencedTable: string;
  referencedColumns: string[];
  onUpdate: ReferentialAction;
  onDelete: ReferentialAction;
  match: 'SIMPLE' | 'FULL' | 'PARTIAL';
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export interface IndexColumn {
  /** A plain column, or... */
  name?: string;
  /** ...an expression, as pg_get_indexdef prints it. */
  expression?: string;
  descending?: boolean;
  /** Only when it is not the default for the direction (ASC NULLS FIRST, DESC NULLS LAST). */
  nullsFirst?: boolean;
  /** Only when not the default operator class. */
  opclass?: string;
  /** Only when not the column's collation. */
  collation?: string;
}

export interface IndexObject {
  name: string;
  unique: boolean;
  /** Access method: btree, hash, gin, gist, brin, ... */
  method: string;
  columns: IndexColumn[];
  /** INCLUDE columns. */
  include: string[];
  /** The partial index predicate (`WHERE`). */
  predicate?: string;
  /** Storage parameters (`WITH (fillfactor=70)`), as `name=value`. */
  storageParameters?: string[];
  /** The full CREATE INDEX statement (pg_get_indexdef). */
  definition: string;
  /** The table is marked CLUSTER ON this index (pg_index.indisclustered). */
  clustered?: true;
  /** Attached to an index of the parent table (partitions): created by the parent. */
  inherited?: boolean;
  comment?: string;
}

export interface ViewObject {
  schema: string;
  name: string;
  materialized: boolean;
  /** The SELECT as pg_get_viewdef prints it (pretty), without the trailing semicolon. */
  definition: string;
  /** View options (`security_barrier=true`, `check_option=local`), as `name=value`. */
  options?: string[];
  columns: Array<{ name: string; type: string; comment?: string }>;
  /** Indexes (materialized views only). */
  indexes: IndexObject[];
  /** Tables, views, functions and types it reads (from pg_depend), as object keys. */
  dependsOn: string[];
  comment?: string;
}

export interface RoutineObject {
  schema: string;
  name: string;
  kind: 'function' | 'procedure';
  /** pg_get_function_identity_arguments(): `a integer, b text`. */
  arguments: string;
  /** pg_get_function_result(); absent for procedures. */
  returns?: string;
  language: string;
  /** pg_get_functiondef(): the whole `CREATE OR REPLACE FUNCTION ...` statement. */
  definition: string;
  dependsOn: string[];
  comment?: string;
}

export interface TriggerObject {
  schema: string;
  table: string;
  name: string;
  /** pg_get_triggerdef(): the whole `CREATE TRIGGER ...` statement. */
  definition: string;
  function: { schema: string; name: string };
  /** `O` enabled, `D` disabled, `R` replica only, `A` always (pg_trigger.tgenabled). */
  enabled: 'O' | 'D' | 'R' | 'A';
  /** Cloned from a trigger of the parent table (partitions). */
  inherited?: boolean;
  comment?: string;
}

/**
 * The key other objects use to name a relation or type (`schema.name`) or a routine
 * (`schema.name(arguments)`) in `dependsOn`. Relations and types share one namespace in PostgreSQL,
 * so the key is unambiguous. Keys are compared, never parsed.
 */
export function objectKey(schema: string, name: string, routineArguments?: string): string {
  return routineArguments === undefined ? `${schema}.${name}` : `${schema}.${name}(${routineArguments})`;
}

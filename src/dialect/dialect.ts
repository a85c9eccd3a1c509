import type { Queryable } from '../database/connection.js';

/**
 * A database dialect: the parts of SQL generation and behaviour that differ between databases.
 * PostgreSQL is src/dialect/postgres/; MySQL/MariaDB, SQLite and others plug in as new folders.
 *
 * Change modules (src/changes/) build statements from these parts, so that what they write is
 * standard SQL and everything database-specific (quoting, types, literals, the statements that
 * have no common syntax) lives here.
 */
export interface Dialect {
  /** Liquibase short name used by `dbms` filters: `postgresql`, `mysql`, `mariadb`, `sqlite`... */
  readonly name: string;
  /** Schema used when a change names none. */
  readonly defaultSchema: string;
  /** Whether DDL is transactional (a failed changeset leaves nothing behind). */
  readonly transactionalDdl: boolean;

  /** Quotes an identifier when Liquibase would (LEGACY strategy unless told otherwise). */
  escapeObjectName(name: string, quoting?: QuotingStrategy): string;
  /** `schema.table` as Liquibase writes it for this dialect. */
  escapeTableName(schema: string | undefined, table: string, quoting?: QuotingStrategy): string;
  /** Translates a Liquibase type (`int`, `varchar(50)`, `datetime`, `BOOLEAN`...) to this database's type. */
  dataType(type: string, options?: { autoIncrement?: boolean }): string;
  /** Whether the type name itself asks for an auto-increment column (`serial`, `bigserial`). */
  isAutoIncrementType(type: string): boolean;
  /** True when the statement cannot run inside a transaction block. */
  requiresAutocommit(sql: string): boolean;

  /** A value as SQL text, typed by the column when known (`'a'`, `1`, `TRUE`, `NOW()`). */
  valueSql(value: SqlValue, columnType?: string, quoting?: QuotingStrategy): string;
  /** The clause that makes a column an identity / auto-increment column (follows the type). */
  autoIncrementClause(options: AutoIncrementOptions): string;
  /** Database-specific statements, one builder per operation that has no portable syntax. */
  readonly statements: DialectStatements;
  /** What a few changes read from the database while generating SQL (as Liquibase reads a snapshot). */
  readonly catalog: DialectCatalog;
}

/**
 * Catalog reads for changes whose SQL depends on the database (dropAllForeignKeyConstraints,
 * loadData columns without a type). Names are given as the changelog writes them.
 */
export interface DialectCatalog {
  /** Names of the foreign keys defined on a table. */
  foreignKeyNames(db: Queryable, table: ObjectRef): Promise<string[]>;
  /** Column name (lower-cased) → the column's type, for the columns of a table; empty when it does not exist. */
  columnTypes(db: Queryable, table: ObjectRef): Promise<Map<string, string>>;
}

export type QuotingStrategy = 'LEGACY' | 'QUOTE_ALL_OBJECTS' | 'QUOTE_ONLY_RESERVED_WORDS';

/** A value to write into SQL, as the change read it (see ColumnParams in src/changes/). */
export type SqlValue =
  | { kind: 'string'; value: string }
  /** Numeric text exactly as written in the changelog. */
  | { kind: 'numeric'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** ISO text: `yyyy-MM-dd`, `HH:mm:ss` or `yyyy-MM-ddTHH:mm:ss[.fraction]`. */
  | { kind: 'date'; value: string }
  /** An SQL expression or function, with Liquibase's portable names (`current_datetime`) translated. */
  | { kind: 'computed'; value: string }
  | { kind: 'sequenceNext'; sequence: string; schema?: string }
  | { kind: 'sequenceCurrent'; sequence: string; schema?: string }
  | { kind: 'null' };

export interface AutoIncrementOptions {
  startWith?: string;
  incrementBy?: string;
  /** `ALWAYS` or `BY DEFAULT` (PostgreSQL identity columns). */
  generationType?: string;
  defaultOnNull?: boolean;
}

/** A table (or view, sequence, index) reference: schema optional. */
export interface ObjectRef {
  schema?: string;
  name: string;
}

export interface SequenceOptions {
  startValue?: string;
  incrementBy?: string;
  minValue?: string;
  maxValue?: string;
  cacheSize?: string;
  cycle?: boolean;
  ordered?: boolean;
  dataType?: string;
}

/**
 * The statements whose syntax differs between databases. Each returns complete SQL statements
 * (without a trailing `;`), in execution order.
 */
export interface DialectStatements {
  renameTable(table: ObjectRef, newName: string, quoting?: QuotingStrategy): string[];
  renameView(view: ObjectRef, newName: string, quoting?: QuotingStrategy): string[];
  renameColumn(table: ObjectRef, oldName: string, newName: string, columnType: string | undefined, quoting?: QuotingStrategy): string[];
  renameSequence(sequence: ObjectRef, newName: string, quoting?: QuotingStrategy): string[];
  modifyDataType(table: ObjectRef, column: string, newType: string, quoting?: QuotingStrategy): string[];
  setNotNull(table: ObjectRef, column: string, options: { columnType?: string; constraintName?: string; validate?: boolean }, quoting?: QuotingStrategy): string[];
  dropNotNull(table: ObjectRef, column: string, options: { columnType?: string; constraintName?: string }, quoting?: QuotingStrategy): string[];
  addDefaultValue(table: ObjectRef, column: string, valueSql: string, options: { constraintName?: string; sequence?: ObjectRef }, quoting?: QuotingStrategy): string[];
  dropDefaultValue(table: ObjectRef, column: string, quoting?: QuotingStrategy): string[];
  createSequence(sequence: ObjectRef, options: SequenceOptions, quoting?: QuotingStrategy): string[];
  alterSequence(sequence: ObjectRef, options: SequenceOptions, quoting?: QuotingStrategy): string[];
  dropSequence(sequence: ObjectRef, quoting?: QuotingStrategy): string[];
  dropIndex(index: ObjectRef, table: ObjectRef | undefined, quoting?: QuotingStrategy): string[];
  /**
   * Drops, when it runs, every foreign key the table has then (PostgreSQL: a DO block): how a
   * script (update-sql) writes dropAllForeignKeyConstraints, before the keys it drops exist.
   */
  dropAllForeignKeys(table: ObjectRef, quoting?: QuotingStrategy): string[];
  /** Drops the primary key; without a name the dialect finds it (PostgreSQL: a DO block). */
  dropPrimaryKey(table: ObjectRef, constraintName: string | undefined, quoting?: QuotingStrategy): string[];
  tableRemarks(table: ObjectRef, remarks: string, quoting?: QuotingStrategy): string[];
  viewRemarks(view: ObjectRef, remarks: string, quoting?: QuotingStrategy): string[];
  dropProcedure(procedure: ObjectRef, options: { ifExists: boolean; qualified: boolean }, quoting?: QuotingStrategy): string[];
  columnRemarks(table: ObjectRef, column: string, remarks: string, options: { columnParentType?: string }, quoting?: QuotingStrategy): string[];
  /** Makes an existing column auto-increment (PostgreSQL: a sequence owned by the column). */
  addAutoIncrement(table: ObjectRef, column: string, columnType: string | undefined, options: AutoIncrementOptions, quoting?: QuotingStrategy): string[];
  /** Insert-or-update one row by its key columns (loadUpdateData). */
  upsert(table: ObjectRef, row: Array<{ column: string; valueSql: string; allowUpdate?: boolean }>, keyColumns: string[], onlyUpdate: boolean, quoting?: QuotingStrategy): string[];
  /** Clusters the table on an index or constraint, where the database supports it (addPrimaryKey clustered). */
  cluster(table: ObjectRef, indexName: string, quoting?: QuotingStrategy): string[];
}

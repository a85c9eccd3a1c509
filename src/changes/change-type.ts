import type { Change, ChangeSet, ParsedNode } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import type { Queryable } from '../database/connection.js';
import type { Dialect } from '../dialect/dialect.js';

/**
 * One Liquibase change type (createTable, addColumn, sql, loadData, ...), in one module under
 * src/changes/: how it is read, what SQL it runs on a dialect, how it is undone, and how it is
 * checksummed and described exactly as Liquibase 4.28.1 does.
 */
export interface ChangeType {
  /** The Liquibase name, e.g. `createTable`. */
  readonly name: string;
  /**
   * v9 checksums skip this change when its `dbms` attribute does not match the target database
   * (true for sql, sqlFile, createProcedure, insert).
   */
  readonly dbmsTargeted?: boolean;

  /** Reads and validates a change from its parsed node; throws ChangelogError with the location. */
  load(node: ParsedNode, context: LoadContext): Change;
  /** The inverse of load, for changelog writers (diff-changelog, generate-changelog, ai-author). */
  toNode(change: Change): ParsedNode;

  /** The statements this change runs, in order. */
  generateSql(change: Change, context: GenerateContext): Promise<SqlStatement[]>;
  /**
   * The changes that undo this one (automatic rollback), or undefined when Liquibase cannot invert
   * it (then the changeset needs an explicit rollback block).
   */
  inverse?(change: Change, context: GenerateContext): Promise<Change[] | undefined>;

  /**
   * What the target database does not allow in this change (Liquibase's Change.validate(Database),
   * e.g. createProcedure's replaceIfExists outside SQL Server), one message each. Checked for
   * every changeset of a run before anything runs.
   */
  validate?(change: Change, context: { dialect: Dialect }): string[];

  /** The change's checksum, `<version>:<md5 hex>`, as Liquibase computes it (see src/checksum/). */
  checksum(change: Change, context: ChecksumContext): Promise<string>;
  /** Liquibase's per-change description, e.g. `createTable tableName=person`. */
  description(change: Change): string;
}

export interface LoadContext {
  /** The changeset being read, for error messages. */
  changeSet: { id: string; author: string };
}

export interface SqlStatement {
  sql: string;
  /**
   * Where the statement starts: change modules that split written SQL (sql, formatted SQL) give the
   * 1-based line within the change's text; the engine turns it into the line in the changelog file.
   */
  line?: number;
  /** PostgreSQL refuses it inside a transaction block (e.g. CREATE INDEX CONCURRENTLY). */
  nonTransactional?: boolean;
  /**
   * Not SQL: a program to run (executeCommand). `sql` then holds a comment describing it, which
   * is what update-sql prints.
   */
  command?: { executable: string; args: string[]; timeoutMs?: number };
  /**
   * Statements that can only be generated when this point of the changeset runs, because they
   * read the database as the earlier changes of the same changeset left it (dropAllForeignKeyConstraints
   * after a createTable). `sql` then holds a comment describing them.
   */
  deferred?: (database: Queryable) => Promise<SqlStatement[]>;
}

export interface GenerateContext {
  dialect: Dialect;
  changeSet: ChangeSet;
  /** Files referenced by the change (sqlFile, loadData CSV, createView/createProcedure `path`). */
  resources: ResourceAccessor;
  /** Expands `${…}` (sqlFile content is expanded for execution, not for the checksum). */
  expand(text: string): string;
  /**
   * Read access to the target database, for changes whose SQL depends on it
   * (dropAllForeignKeyConstraints, loadUpdateData, addAutoIncrement). Absent offline.
   */
  database?: Queryable;
}

export interface ChecksumContext {
  version: 8 | 9;
  /** The target database's short name (`postgresql`), for the v9 dbms skip. */
  dbms: string;
  resources: ResourceAccessor;
  changeSet: ChangeSet;
  expand(text: string): string;
}

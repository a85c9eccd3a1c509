/**
 * The narrow contract every database driver implements (pg for PostgreSQL and wire-compatible
 * engines, PGlite for the embedded default, later mysql2, sqlite...).
 */
export interface QueryResult<R> {
  rows: R[];
  /** Rows affected by INSERT/UPDATE/DELETE, or returned by SELECT. */
  rowCount: number;
}

export interface Queryable {
  /** One statement, optionally with `$1`-style parameters. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** One or more statements without parameters (simple-query protocol). */
  exec(sql: string): Promise<void>;
}

export interface DatabaseConnection extends Queryable {
  /** The dialect name, e.g. `postgresql`. */
  readonly dialectName: string;
  /** A description safe to log: never contains the password. */
  readonly displayName: string;
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConnection, QueryResult, Queryable } from './connection.js';

/**
 * The embedded default: PostgreSQL compiled to WebAssembly (PGlite), in memory or persisted in a
 * folder. No server, no credentials.
 */
export class PgliteConnection implements DatabaseConnection {
  readonly dialectName = 'postgresql';

  private constructor(
    private readonly db: PGlite,
    readonly displayName: string,
  ) {}

  /** `dataDir` undefined means in memory. */
  static async open(dataDir?: string): Promise<PgliteConnection> {
    // Loaded on demand: the WebAssembly module is large and most commands never need it.
    // webpackIgnore: the bundle keeps this a run-time import of the package copied beside it
    // (dist/node_modules), loaded only when the embedded database is used.
    const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite');
    const db = await PGlite.create(dataDir);
    return new PgliteConnection(db, dataDir ? `embedded PostgreSQL (${dataDir})` : 'embedded PostgreSQL (in memory)');
  }

  async query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    const result = await this.db.query<R>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    // Explicit BEGIN/COMMIT rather than PGlite's transaction() so that statements run through
    // query()/exec() on this object take part, exactly as with the pg driver.
    await this.db.exec('BEGIN');
    try {
      const value = await fn(this);
      await this.db.exec('COMMIT');
      return value;
    } catch (error) {
      await this.db.exec('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

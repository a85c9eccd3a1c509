// Must stay right before `pg`: see pg-runtime-probe.ts.
import { endRuntimeProbe } from './pg-runtime-probe.js';
import pg from 'pg';
import type { DatabaseConnection, QueryResult, Queryable } from './connection.js';

endRuntimeProbe();

/**
 * PostgreSQL (and wire-compatible engines: CockroachDB, AlloyDB, ...) through `pg`.
 * One client, one session: DDL, the lock and the tracking rows share it.
 */
export class PgConnection implements DatabaseConnection {
  readonly dialectName = 'postgresql';

  private constructor(
    private readonly client: pg.Client,
    readonly displayName: string,
  ) {}

  static async connect(config: pg.ClientConfig & { displayName: string }): Promise<PgConnection> {
    const { displayName, ...clientConfig } = config;
    const client = new pg.Client(clientConfig);
    // An error on an idle client (server restart) must not crash the process; the next query fails instead.
    client.on('error', () => {});
    await client.connect();
    return new PgConnection(client, displayName);
  }

  async query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    const result = await this.client.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    await this.client.query('BEGIN');
    try {
      const value = await fn(this);
      await this.client.query('COMMIT');
      return value;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

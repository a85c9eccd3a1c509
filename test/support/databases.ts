/**
 * Real databases for tests. Each test creates its own uniquely named PostgreSQL database and drops
 * it afterwards. When CI=true, an unreachable PostgreSQL is a failure, never a silent skip.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PgConnection } from '../../src/database/pg-connection.js';

export const PG_ADMIN_URL = process.env.DBOPS_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

let reachable: boolean | undefined;

/** Whether the local PostgreSQL answers. Under CI=true an unreachable server throws instead. */
export async function postgresAvailable(): Promise<boolean> {
  if (reachable === undefined) {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      reachable = true;
    } catch (error) {
      reachable = false;
      if (process.env.CI === 'true') {
        throw new Error(`PostgreSQL is required under CI=true but ${PG_ADMIN_URL} is unreachable: ${(error as Error).message}`);
      }
    }
  }
  return reachable;
}

export interface TestDatabase {
  name: string;
  /** postgresql://postgres@127.0.0.1:5432/<name> */
  url: string;
  connect(): Promise<PgConnection>;
  drop(): Promise<void>;
}

/** Creates an empty database with a unique name. */
export async function createTestDatabase(prefix = 'dbops_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    name,
    url,
    connect: () => PgConnection.connect({ connectionString: url, displayName: name }),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The two databases rollback-verify runs on, behind one shape: the embedded PostgreSQL (one per
 * test file, emptied between tests: it takes seconds to start) and the real PostgreSQL (a new
 * database per test).
 */
import path from 'node:path';
import type { DatabaseConnection } from '../../../src/database/connection.js';
import { PgliteConnection } from '../../../src/database/pglite-connection.js';
import { openEngine } from '../../../src/engine/open-engine.js';
import { memoryLogger } from '../../../src/logger.js';
import type { RollbackVerifyResult } from '../../../src/report/model.js';
import { verifyRollbacks, type VerifyRollbacksOptions } from '../../../src/verify/rollback-verify.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../support/databases.js';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

export interface VerifyDatabase {
  name: string;
  available: boolean;
  /** An empty database for the next test. */
  fresh(): Promise<DatabaseConnection>;
  /** After each test. */
  release(): Promise<void>;
  /** After the file. */
  close(): Promise<void>;
}

export async function verifyDatabases(): Promise<VerifyDatabase[]> {
  return [embeddedDatabase(), postgresDatabase(await postgresAvailable())];
}

function embeddedDatabase(): VerifyDatabase {
  let db: PgliteConnection | undefined;
  return {
    name: 'embedded PostgreSQL',
    available: true,
    async fresh() {
      db ??= await PgliteConnection.open();
      // Dropping the schema empties the database (tracking tables, types, policies go with it)
      // in milliseconds, where a new instance takes seconds.
      await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      return db;
    },
    async release() {},
    async close() {
      await db?.close();
    },
  };
}

function postgresDatabase(available: boolean): VerifyDatabase {
  let test: TestDatabase | undefined;
  let connection: DatabaseConnection | undefined;
  return {
    name: 'PostgreSQL',
    available,
    async fresh() {
      test = await createTestDatabase('dbops_verify');
      connection = await test.connect();
      return connection;
    },
    async release() {
      await connection?.close();
      await test?.drop();
      connection = undefined;
      test = undefined;
    },
    async close() {},
  };
}

/** Opens `changelog` (a fixture, or any file under `searchPath`) on `connection` and verifies its rollbacks. */
export async function verifyOn(
  connection: DatabaseConnection,
  changelog: string,
  options: Partial<VerifyRollbacksOptions> & { searchPath?: string } = {},
): Promise<RollbackVerifyResult & { log: string[] }> {
  const logger = memoryLogger();
  const opened = await openEngine({ changelogFile: changelog, searchPath: [options.searchPath ?? FIXTURES], connection, logger });
  try {
    const result = await verifyRollbacks(opened.context, { ...options, logger });
    return { ...result, log: logger.lines.map((l) => `${l.level}: ${l.message}`) };
  } finally {
    await opened.close();
  }
}

/** `id → status`, to assert a whole run at a glance. */
export function statuses(result: RollbackVerifyResult): Record<string, string> {
  return Object.fromEntries(result.verifications.map((v) => [v.id, v.status]));
}

/**
 * The tracking tables against the real PostgreSQL: the lock is taken in one round trip when its
 * table was seen moments before, and repaired on the way when its row or table has gone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { openEngine } from '../../src/engine/open-engine.js';
import { update } from '../../src/engine/update.js';
import { silentLogger } from '../../src/logger.js';
import { LockService } from '../../src/tracking/lock-service.js';
import { TrackingSql } from '../../src/tracking/tracking-tables.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';

const available = await postgresAvailable();

function writeChangelog(dir: string, count: number): void {
  const changeSets = Array.from({ length: count }, (_, i) => `  <changeSet id="${i + 1}" author="a">\n    <createTable tableName="t_${i + 1}"><column name="id" type="int"/></createTable>\n  </changeSet>`);
  writeFileSync(
    path.join(dir, 'changelog.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n${changeSets.join('\n')}\n</databaseChangeLog>\n`,
  );
}

describe.skipIf(!available)('tracking session', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase('dbops_tracking');
    conn = await db.connect();
    dir = mkdtempSync(path.join(tmpdir(), 'dbops-tracking-'));
  });
  afterEach(async () => {
    await conn?.close();
    await db?.drop();
  });

  async function run() {
    const opened = await openEngine({ changelogFile: 'changelog.xml', searchPath: [dir], url: db.url, logger: silentLogger });
    try {
      return { result: await update(opened.context) };
    } finally {
      await opened.close();
    }
  }

  const trackedIds = async () => (await conn.query<{ id: string }>('SELECT id FROM databasechangelog ORDER BY orderexecuted')).rows.map((row) => row.id);

  it('takes the lock when its row was deleted, or its table dropped, since the last run', async () => {
    writeChangelog(dir, 3);
    expect((await run()).result.ok).toBe(true);
    await conn.exec('DELETE FROM databasechangeloglock');
    writeChangelog(dir, 4);
    const second = await run();
    expect(second.result.ok, second.result.error?.message).toBe(true);
    expect((await conn.query('SELECT id, locked FROM databasechangeloglock')).rows).toEqual([{ id: 1, locked: false }]);
    await conn.exec('DROP TABLE databasechangeloglock');
    writeChangelog(dir, 5);
    const third = await run();
    expect(third.result.ok, third.result.error?.message).toBe(true);
    expect((await conn.query('SELECT id, locked FROM databasechangeloglock')).rows).toEqual([{ id: 1, locked: false }]);
    expect(await trackedIds()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('a lock taken without looking first creates the table it finds missing', async () => {
    const sql = new TrackingSql({ changelogTable: 'databasechangelog', lockTable: 'databasechangeloglock' }, 'public');
    const lock = new LockService(conn, sql, { waitMs: 1000, pollMs: 50, logger: silentLogger });
    await lock.acquire({ ensured: false });
    expect((await conn.query('SELECT id, locked FROM databasechangeloglock')).rows).toEqual([{ id: 1, locked: true }]);
    await lock.release();
    expect((await conn.query('SELECT locked FROM databasechangeloglock')).rows).toEqual([{ locked: false }]);
  });
});

/**
 * update against the real PostgreSQL with enough plain changesets for several batches: the next
 * batch is prepared while the database applies one, and a failure found late gives the results a
 * run that had waited would give.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { openEngine } from '../../src/engine/open-engine.js';
import { update } from '../../src/engine/update.js';
import { silentLogger } from '../../src/logger.js';
import type { RunResult } from '../../src/report/model.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';

const available = await postgresAvailable();

/** Changeset n: a table t_n; `special` replaces the content of some. */
function writeChangelog(dir: string, count: number, special: Record<number, string> = {}): void {
  const changeSets = [];
  for (let n = 1; n <= count; n++) {
    changeSets.push(special[n] ?? `  <changeSet id="${n}" author="a">\n    <createTable tableName="t_${n}"><column name="id" type="int"/></createTable>\n  </changeSet>`);
  }
  writeFileSync(
    path.join(dir, 'changelog.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n${changeSets.join('\n')}\n</databaseChangeLog>\n`,
  );
}

describe.skipIf(!available)('update in batches', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase('dbops_batches');
    conn = await db.connect();
    dir = mkdtempSync(path.join(tmpdir(), 'dbops-batches-'));
  });
  afterEach(async () => {
    await conn?.close();
    await db?.drop();
  });

  async function run(): Promise<{ result: RunResult; synchronousCommit: string }> {
    const opened = await openEngine({ changelogFile: 'changelog.xml', searchPath: [dir], url: db.url, logger: silentLogger });
    try {
      const result = await update(opened.context);
      const setting = await opened.context.db.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
      return { result, synchronousCommit: setting.rows[0]!.synchronous_commit };
    } finally {
      await opened.close();
    }
  }

  const trackedIds = async () => (await conn.query<{ id: string }>('SELECT id FROM databasechangelog ORDER BY orderexecuted')).rows.map((row) => row.id);

  it('applies several batches and a changeset that runs on its own between them, in order, each with its row', async () => {
    writeChangelog(dir, 250, {
      120: `  <changeSet id="120" author="a">\n    <preConditions onFail="MARK_RAN"><tableExists tableName="t_1"/></preConditions>\n    <createTable tableName="t_120"><column name="id" type="int"/></createTable>\n  </changeSet>`,
    });
    const { result, synchronousCommit } = await run();
    expect(result.ok, result.error?.message).toBe(true);
    expect(result.changeSets.every((c) => c.state === 'executed')).toBe(true);
    expect(result.changeSets.map((c) => c.id)).toEqual(Array.from({ length: 250 }, (_, i) => String(i + 1)));
    expect(await trackedIds()).toEqual(Array.from({ length: 250 }, (_, i) => String(i + 1)));
    const order = await conn.query<{ o: number }>('SELECT orderexecuted AS o FROM databasechangelog ORDER BY id::int');
    expect(order.rows.map((row) => row.o)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    // The deferred flush is per transaction: the session keeps its setting.
    expect(synchronousCommit).toBe('on');
    const lock = await conn.query<{ locked: boolean }>('SELECT locked FROM databasechangeloglock');
    expect(lock.rows).toEqual([{ locked: false }]);
  });

  // Found when the next batch is full, or before a changeset that runs on its own. A syntax error
  // makes PostgreSQL refuse the whole message (it parses all of it first); an error when it runs
  // stops it there.
  it.each([
    { count: 350, found: 'the next batch was full', failing: 'CREATE TABLE t_150 (id int, broken)', code: '42601' },
    { count: 250, found: 'a changeset that runs on its own came', failing: 'INSERT INTO missing_table VALUES (1)', code: '42P01' },
  ])('a failure found once $count changesets were prepared ($found): the results of a run that had waited, nothing after it applied', async ({ count, failing, code }) => {
    const special: Record<number, string> = {
      150: `  <changeSet id="150" author="a">\n    <sql>${failing}</sql>\n  </changeSet>`,
      230: `  <changeSet id="230" author="a" ignore="true">\n    <createTable tableName="t_230"><column name="id" type="int"/></createTable>\n  </changeSet>`,
    };
    if (count === 250) {
      special[240] = `  <changeSet id="240" author="a">\n    <preConditions onFail="MARK_RAN"><tableExists tableName="t_1"/></preConditions>\n    <createTable tableName="t_240"><column name="id" type="int"/></createTable>\n  </changeSet>`;
    }
    writeChangelog(dir, count, special);
    const { result } = await run();
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^Changeset changelog\.xml::150::a failed: /);
    const states = result.changeSets.map((c) => c.state);
    expect(states.slice(0, 149).every((s) => s === 'executed')).toBe(true);
    expect(result.changeSets[149]).toMatchObject({ id: '150', state: 'failed', error: { statement: failing, code } });
    expect(states.slice(150, 200).every((s) => s === 'notExecuted')).toBe(true);
    // Entries after the failed batch, as a stopped run lists them (the filtered one skipped, without its reason).
    expect(result.changeSets.slice(200).filter((c) => c.state !== 'notExecuted').map((c) => [c.id, c.state, c.reason])).toEqual([['230', 'skipped', undefined]]);
    expect(result.changeSets.slice(200).every((c) => c.sql.length === 0 && c.durationMs === undefined)).toBe(true);
    expect(result.changeSets).toHaveLength(count);
    expect(await trackedIds()).toEqual(Array.from({ length: 149 }, (_, i) => String(i + 1)));
    const tables = await conn.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't\\_%'");
    expect(Number(tables.rows[0]!.n)).toBe(149);
    const lock = await conn.query<{ locked: boolean }>('SELECT locked FROM databasechangeloglock');
    expect(lock.rows).toEqual([{ locked: false }]);
  });
});

/**
 * Faults, against the real PostgreSQL, with dbops running as a separate process (the committed
 * bundle, bin/dbops.js): killed mid-update, a failing statement, two updates at once, a stale lock.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';

const available = await postgresAvailable();
const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'dbops.js');

/** A changelog whose every changeset records itself in `applied`, so double application shows. */
function writeChangelog(dir: string, count: number, sleepSeconds: number): string {
  const changeSets = [
    `--changeset bench:setup\nCREATE TABLE applied (changeset text NOT NULL, at timestamptz NOT NULL DEFAULT now());\n--rollback DROP TABLE applied;`,
  ];
  for (let i = 1; i <= count; i++) {
    changeSets.push(
      `--changeset bench:${i}\nCREATE TABLE t_${i} (id bigint PRIMARY KEY);\nSELECT pg_sleep(${sleepSeconds});\nINSERT INTO applied (changeset) VALUES ('${i}');\n--rollback DROP TABLE t_${i};`,
    );
  }
  const file = path.join(dir, 'changelog.sql');
  writeFileSync(file, `--liquibase formatted sql\n\n${changeSets.join('\n\n')}\n`);
  return file;
}

function runDbops(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}

describe.skipIf(!available)('faults', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase('dbops_fault');
    conn = await db.connect();
    dir = mkdtempSync(path.join(tmpdir(), 'dbops-fault-'));
  });
  afterEach(async () => {
    await conn?.close();
    await db?.drop();
  });

  async function appliedCounts() {
    const applied = await conn.query<{ changeset: string; n: string }>('SELECT changeset, count(*) AS n FROM applied GROUP BY changeset');
    const rows = await conn.query<{ id: string }>("SELECT id FROM databasechangelog WHERE id <> 'setup'");
    return { applied: applied.rows, trackingRows: rows.rows.map((r) => r.id) };
  }

  it('killed with SIGKILL mid-update, then release-locks and update again: every changeset applied exactly once, with its row', async () => {
    writeChangelog(dir, 40, 0.05);
    const args = ['--changelog-file=changelog.sql', `--url=${db.url}`];
    const first = runDbops(['update', ...args], dir);
    // Kill once some changesets have committed, in the middle of another.
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const n = await conn.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'databasechangelog'");
      if (Number(n.rows[0]!.n) === 0) continue;
      const rows = await conn.query<{ n: string }>('SELECT count(*) AS n FROM databasechangelog');
      if (Number(rows.rows[0]!.n) >= 11) break; // setup + 10
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');

    // The killed client's server session notices within client_connection_check_interval (100 ms)
    // and ends; wait for it, so that what is counted below is final.
    for (let waited = 0; waited < 5000; waited += 50) {
      const sessions = await conn.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'dbops' AND pid <> pg_backend_pid()",
      );
      if (Number(sessions.rows[0]!.n) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const partial = await appliedCounts();
    expect(partial.trackingRows.length).toBeGreaterThanOrEqual(10);
    expect(partial.trackingRows.length).toBeLessThan(40);
    // Each committed changeset has exactly its row: no change without row, no row without change.
    expect(partial.applied.map((r) => r.changeset).sort()).toEqual([...partial.trackingRows].sort());

    // The killed run left the lock: it is reported with its holder and cleared by release-locks.
    const locks = runDbops(['list-locks', ...args], dir);
    const listed = await locks.done;
    expect(listed.code).toBe(0);
    const blocked = await runDbops(['update', ...args, '--lock-wait-timeout=1'], dir).done;
    expect(blocked.code).not.toBe(0);
    expect(blocked.err).toMatch(/locked by .*#dbops-\d+/);
    expect(blocked.err).toMatch(/no longer running|release-locks/);
    expect((await runDbops(['release-locks', ...args], dir).done).code).toBe(0);

    const second = await runDbops(['update', ...args], dir).done;
    expect(second.code, second.err).toBe(0);
    const final = await appliedCounts();
    expect(final.trackingRows).toHaveLength(40);
    expect(final.applied).toHaveLength(40);
    expect(final.applied.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it('a failing statement leaves no row and nothing of its changeset', async () => {
    writeFileSync(
      path.join(dir, 'changelog.sql'),
      `--liquibase formatted sql\n\n--changeset a:1\nCREATE TABLE ok1 (id int);\n\n--changeset a:2\nCREATE TABLE half (id int);\nINSERT INTO half VALUES (1);\nINSERT INTO missing_table VALUES (1);\n\n--changeset a:3\nCREATE TABLE never (id int);\n`,
    );
    const run = await runDbops(['update', '--changelog-file=changelog.sql', `--url=${db.url}`], dir).done;
    expect(run.code).toBe(1);
    expect(run.err).toContain('changelog.sql::2::a');
    expect(run.err).toMatch(/missing_table/);
    expect(run.err).toContain('INSERT INTO missing_table VALUES (1)');
    const tables = await conn.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((r) => r.tablename)).toEqual(['databasechangelog', 'databasechangeloglock', 'ok1']);
    const rows = await conn.query<{ id: string }>('SELECT id FROM databasechangelog');
    expect(rows.rows.map((r) => r.id)).toEqual(['1']);
    const lock = await conn.query<{ locked: boolean }>('SELECT locked FROM databasechangeloglock');
    expect(lock.rows[0]!.locked).toBe(false);
  });

  it('two updates started at once serialise on the lock: both succeed, nothing applied twice', async () => {
    writeChangelog(dir, 20, 0.02);
    const args = ['update', '--changelog-file=changelog.sql', `--url=${db.url}`];
    const [a, b] = await Promise.all([runDbops(args, dir).done, runDbops(args, dir).done]);
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    const final = await appliedCounts();
    expect(final.trackingRows).toHaveLength(20);
    expect(final.applied.every((r) => Number(r.n) === 1)).toBe(true);
    expect(a.err + b.err).toMatch(/Waiting for the change log lock/);
  });
});

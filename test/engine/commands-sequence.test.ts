/**
 * The command sequence recorded from Liquibase 4.28 (test/golden/liquibase/commands, steps.json)
 * replayed with dbops on the same changelog (test/fixtures/changelogs/commands/changelog.xml),
 * step by step, on four databases as the recording used them (A, B, C, D). After every step that
 * changes DATABASECHANGELOG, the rows must equal the recording's: every column but DATEEXECUTED,
 * with deployment ids compared as labels (D1, D2, … in order of first appearance, as recorded),
 * so that which rows one run wrote is compared too.
 *
 * The human outputs (status, history, list-locks) are dbops's own text; only what they list is
 * compared. The *-sql outputs are compared statement by statement (test/support/golden-case.ts).
 *
 * tag-exists, unexpected-changesets, mark-next-changeset-ran and update-testing-rollback have no
 * dbops command: their steps call the engine (tagExists, unexpectedChangeSets, update with
 * syncOnly and count 1, update + rollback + update).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { openEngine, type OpenedEngine } from '../../src/engine/open-engine.js';
import { rollback } from '../../src/engine/rollback.js';
import { unexpectedChangeSets } from '../../src/engine/status.js';
import { tagExists } from '../../src/engine/tracking-maintenance.js';
import { update } from '../../src/engine/update.js';
import { silentLogger } from '../../src/logger.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { dumpTrackingTables, loginUrl, scriptStatements } from '../support/golden-case.js';
import { memoryIo } from '../support/memory-io.js';
import { dumpSchema, readGolden } from '../support/schema-dump.js';

const available = await postgresAvailable();
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const CHANGELOG = 'changelogs/commands/changelog.xml';
const golden = <T>(file: string) => readGolden<T>('commands', file);

type Row = Record<string, unknown>;

/** The four databases of the recording, each with its own deployment-id labels. */
class Database {
  db!: TestDatabase;
  conn!: PgConnection;
  private readonly deployments = new Map<string, string>();

  async create(): Promise<void> {
    this.db = await createTestDatabase('dbops_cmds');
    this.conn = await this.db.connect();
  }

  async drop(): Promise<void> {
    await this.conn?.close();
    await this.db?.drop();
  }

  get url(): string {
    return loginUrl(this.db, 'root');
  }

  /** dbops on this database, with the recording's --contexts where Liquibase took it. */
  async dbops(args: string[], options: { contexts?: boolean } = {}) {
    const io = memoryIo();
    const code = await runCli([...args, `--changelog-file=${CHANGELOG}`, `--search-path=${FIXTURES}`, `--url=${this.url}`, ...(options.contexts === false ? [] : ['--contexts=test'])], io);
    return { code, out: io.out, err: io.err };
  }

  async engine<T>(fn: (opened: OpenedEngine) => Promise<T>): Promise<T> {
    const opened = await openEngine({ changelogFile: CHANGELOG, searchPath: [FIXTURES], url: this.url, contexts: 'test', logger: silentLogger });
    try {
      return await fn(opened);
    } finally {
      await opened.close();
    }
  }

  /** DATABASECHANGELOG as the recorder reads it (scripts/lib/tracking-rows.mjs). */
  async rows(): Promise<Row[]> {
    const { rows } = await this.conn.query<Row>(
      `SELECT id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id
         FROM public.databasechangelog ORDER BY orderexecuted, dateexecuted, id`,
    );
    return rows.map(({ dateexecuted: _date, ...row }) => {
      const deployment = row.deployment_id as string;
      if (!this.deployments.has(deployment)) this.deployments.set(deployment, `D${this.deployments.size + 1}`);
      return { ...row, id: row.filename === 'liquibase-internal' ? '<epoch-millis>' : row.id, deployment_id: this.deployments.get(deployment) };
    });
  }

  async expectRows(step: string): Promise<void> {
    const expected = golden<Row[]>(`${step}.rows.json`).map(({ dateexecuted: _date, ...row }) => row);
    expect(await this.rows(), step).toEqual(expected);
  }

  async lockRows(): Promise<Row[]> {
    const { rows } = await this.conn.query<Row>('SELECT id, locked, lockgranted, lockedby FROM public.databasechangeloglock ORDER BY id');
    return rows.map((row) => ({ ...row, lockgranted: row.lockgranted === null ? null : '<lockgranted>', lockedby: row.lockedby === null ? null : '<lockedby>' }));
  }
}

/** The changesets a Liquibase status / history output lists, in order. */
function listedChangeSets(text: string): string[] {
  return [...text.matchAll(/(changelogs\/\S+?)::(\S+?)::(\S+)/g)].map((m) => `${m[1]}::${m[2]}::${m[3]}`);
}

/** The SQL part of a recorded *-sql output (after Liquibase's banner lines). */
function recordedScript(step: string): string {
  const text = golden<string>(`${step}.txt`);
  return text.slice(text.indexOf('SET SEARCH_PATH'));
}

/** A wall-clock time as `--date` takes it (local time, as DATEEXECUTED is stored). */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface JsonResult {
  ok: boolean;
  changeSets: Array<{ id: string; author: string; filePath: string; state: string; checksum?: string; tag?: string; reason?: string }>;
  lock?: { locked: boolean; lockedBy: string | null };
}
const ids = (result: JsonResult, state?: string) =>
  result.changeSets.filter((c) => state === undefined || c.state === state).map((c) => `${c.filePath}::${c.id}::${c.author}`);

describe.skipIf(!available)('the recorded command sequence, replayed with dbops', () => {
  const a = new Database();
  const b = new Database();
  const c = new Database();
  const d = new Database();

  beforeAll(async () => {
    await Promise.all([a.create(), b.create(), c.create(), d.create()]);
  });
  afterAll(async () => {
    await Promise.all([a.drop(), b.drop(), c.drop(), d.drop()]);
  });

  describe('database A', () => {
    let between = '';

    it('01-03 status lists the pending changesets; update-to-tag v1 runs up to and including the tag', async () => {
      const before = await a.dbops(['status', '--verbose', '--format=json']);
      expect(before.code, before.err).toBe(0);
      expect(ids(JSON.parse(before.out), 'pending')).toEqual(listedChangeSets(golden('01-status-empty.txt')));
      // status creates nothing.
      expect((await a.conn.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0]).toEqual({ n: 0 });

      const run = await a.dbops(['update-to-tag', '--tag=v1']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('02-update-to-tag-v1');

      const after = await a.dbops(['status', '--verbose', '--format=json']);
      expect(ids(JSON.parse(after.out), 'pending')).toEqual(listedChangeSets(golden('03-status-pending.txt')));
    });

    it('04-05 tag-exists', async () => {
      expect(golden<string>('04-tag-exists-v1.txt')).toContain("The tag 'v1' already exists");
      expect(golden<string>('05-tag-exists-v2.txt')).toContain("The tag 'v2' does NOT exist");
      expect(await a.engine(({ context }) => tagExists(context, 'v1'))).toBe(true);
      expect(await a.engine(({ context }) => tagExists(context, 'v2'))).toBe(false);
    });

    it('06-09 update, status, history, calculate-checksum', async () => {
      // A moment between the two deployments, for rollback-to-date.
      await sleep(1100);
      between = localDateTime(new Date());
      await sleep(1100);
      const run = await a.dbops(['update']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('06-update');

      const status = await a.dbops(['status', '--verbose', '--format=json']);
      expect(ids(JSON.parse(status.out), 'pending')).toEqual([]);
      expect(golden<string>('07-status-up-to-date.txt')).toContain('is up to date');

      const history = await a.dbops(['history', '--format=json'], { contexts: false });
      expect(history.code, history.err).toBe(0);
      const recorded = [...golden<string>('08-history.txt').matchAll(/\| <deployment_id> \| <timestamp> \| (\S+) \| (\S+) \| (\S+) \|/g)].map((m) => `${m[1]}::${m[3]}::${m[2]}`);
      expect(ids(JSON.parse(history.out))).toEqual(recorded);

      const checksum = await a.dbops(['calculate-checksum', `--changeset-identifier=${CHANGELOG}::create-person::dbops`], { contexts: false });
      expect(checksum.code, checksum.err).toBe(0);
      expect(checksum.out.trim()).toBe(golden<string>('09-calculate-checksum.txt').match(/^9:[0-9a-f]{32}$/m)![0]);
    });

    it('10 tag: tags the newest row, even one a changeset already tagged', async () => {
      const run = await a.dbops(['tag', '--tag=manual'], { contexts: false });
      expect(run.code, run.err).toBe(0);
      await a.expectRows('10-tag-manual');
    });

    it('11-12 rollback-to-date-sql prints what rollback-to-date then does', async () => {
      const sql = await a.dbops(['rollback-to-date-sql', `--date=${between}`]);
      expect(sql.code, sql.err).toBe(0);
      expect(scriptStatements(sql.out)).toEqual(scriptStatements(recordedScript('11-rollback-to-date-sql')));
      await a.expectRows('10-tag-manual');

      const run = await a.dbops(['rollback-to-date', `--date=${between}`]);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('12-rollback-to-date');
    });

    it('13-15 update again; rollback --tag=v1 also undoes the tagDatabase changeset that carries v1', async () => {
      const run = await a.dbops(['update']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('13-update-again');

      const sql = await a.dbops(['rollback-sql', '--tag=v1']);
      expect(sql.code, sql.err).toBe(0);
      expect(scriptStatements(sql.out)).toEqual(scriptStatements(recordedScript('14-rollback-tag-v1-sql')));

      const rolled = await a.dbops(['rollback', '--tag=v1']);
      expect(rolled.code, rolled.err).toBe(0);
      await a.expectRows('15-rollback-tag-v1');
    });

    it('16-18 update-count; clear-checksums; update refills the NULL checksums', async () => {
      const run = await a.dbops(['update-count', '--count=1']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('16-update-count-1');

      const clear = await a.dbops(['clear-checksums'], { contexts: false });
      expect(clear.code, clear.err).toBe(0);
      await a.expectRows('17-clear-checksums');

      const refill = await a.dbops(['update']);
      expect(refill.code, refill.err).toBe(0);
      await a.expectRows('18-update-after-clear');
    });

    it('19-21 no unexpected changesets; validate passes; no lock held', async () => {
      expect(golden<string>('19-unexpected-changesets.txt')).toContain('contains no unexpected changes');
      expect(await a.engine(({ context }) => unexpectedChangeSets(context))).toEqual([]);
      const validate = await a.dbops(['validate']);
      expect(validate.code, validate.err).toBe(0);
      const locks = await a.dbops(['list-locks', '--format=json'], { contexts: false });
      expect((JSON.parse(locks.out) as JsonResult).lock?.locked).toBe(false);
      expect(golden<string>('21-list-locks.txt')).toContain('No locks');
    });

    it('22-26 rollback-count; a lock held elsewhere blocks update; release-locks clears it; update runs', async () => {
      const run = await a.dbops(['rollback-count', '--count=1']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('22-rollback-count-1');

      await a.conn.exec(`UPDATE databasechangeloglock SET locked = TRUE, lockgranted = '2024-01-02 03:04:05', lockedby = 'other-host (10.0.0.5)' WHERE id = 1`);
      expect(await a.lockRows()).toEqual(golden('lock-held.json'));
      const locks = await a.dbops(['list-locks', '--format=json'], { contexts: false });
      expect((JSON.parse(locks.out) as JsonResult).lock).toMatchObject({ locked: true, lockedBy: 'other-host (10.0.0.5)' });
      expect(golden<string>('23-list-locks-held.txt')).toContain('other-host (10.0.0.5)');

      const blocked = await a.dbops(['update', '--lock-wait-timeout=0']);
      expect(blocked.code).toBe(1);
      expect(golden<string>('24-update-while-locked.txt')).toContain('Could not acquire change log lock.  Currently locked by other-host (10.0.0.5)');
      expect(blocked.err).toMatch(/Could not acquire change log lock.*Currently locked by other-host \(10\.0\.0\.5\)/);
      await a.expectRows('22-rollback-count-1');

      const release = await a.dbops(['release-locks'], { contexts: false });
      expect(release.code, release.err).toBe(0);
      expect(await a.lockRows()).toEqual(golden('lock-released.json'));

      const after = await a.dbops(['update']);
      expect(after.code, after.err).toBe(0);
      await a.expectRows('26-update-after-release');
      expect(await a.lockRows()).toEqual(golden('lock-released.json'));
      expect(dumpSchema(a.db.url)).toEqual(golden('schema.sql'));
      expect(dumpTrackingTables(a.db.url)).toEqual(golden('tracking-tables.sql'));
    });

    it('an update with nothing to do does not take the lock (as Liquibase), so it passes while another process holds it', async () => {
      await a.conn.exec(`UPDATE databasechangeloglock SET locked = TRUE, lockgranted = '2024-01-02 03:04:05', lockedby = 'other-host (10.0.0.5)' WHERE id = 1`);
      const run = await a.dbops(['update', '--lock-wait-timeout=0']);
      expect(run.code, run.err).toBe(0);
      await a.expectRows('26-update-after-release');
      await a.conn.exec('UPDATE databasechangeloglock SET locked = FALSE, lockgranted = NULL, lockedby = NULL WHERE id = 1');
    });
  });

  describe('database B', () => {
    it('27-29 changelog-sync-sql prints what changelog-sync then records; nothing runs', async () => {
      const sql = await b.dbops(['changelog-sync-sql']);
      expect(sql.code, sql.err).toBe(0);
      expect(scriptStatements(sql.out)).toEqual(scriptStatements(recordedScript('27-changelog-sync-sql')));

      const run = await b.dbops(['changelog-sync']);
      expect(run.code, run.err).toBe(0);
      await b.expectRows('28-changelog-sync');

      const status = await b.dbops(['status', '--format=json']);
      expect(ids(JSON.parse(status.out), 'pending')).toEqual([]);
      expect(golden<string>('29-status-after-sync.txt')).toContain('is up to date');
      expect(dumpSchema(b.db.url)).toEqual(golden('after-changelog-sync/schema.sql'));
      expect(dumpTrackingTables(b.db.url)).toEqual(golden('after-changelog-sync/tracking-tables.sql'));
    });
  });

  describe('database C', () => {
    it('30 tag on an empty table inserts the placeholder row', async () => {
      const run = await c.dbops(['tag', '--tag=empty'], { contexts: false });
      expect(run.code, run.err).toBe(0);
      await c.expectRows('30-tag-empty');
      const { rows } = await c.conn.query<{ id: string }>('SELECT id FROM databasechangelog');
      expect(Math.abs(Number(rows[0]!.id) - Date.now())).toBeLessThan(60_000);
    });

    it('31-32 changelog-sync-to-tag v1, then mark-next-changeset-ran', async () => {
      const run = await c.dbops(['changelog-sync-to-tag', '--tag=v1']);
      expect(run.code, run.err).toBe(0);
      await c.expectRows('31-changelog-sync-to-tag-v1');

      const marked = await c.engine(({ context }) => update(context, { command: 'changelog-sync', syncOnly: true, count: 1 }));
      expect(marked.ok, marked.error?.message).toBe(true);
      await c.expectRows('32-mark-next-changeset-ran');
    });
  });

  describe('database D', () => {
    it('33 update, roll the same changesets back, update again (update-testing-rollback)', async () => {
      await d.engine(async ({ context }) => {
        const first = await update(context);
        expect(first.ok, first.error?.message).toBe(true);
        const applied = first.changeSets.filter((cs) => cs.state === 'executed');
        const undone = await rollback(context, { changeSets: applied });
        expect(undone.ok, undone.error?.message).toBe(true);
        expect(await d.rows()).toEqual([]);
        const again = await update(context);
        expect(again.ok, again.error?.message).toBe(true);
      });
      await d.expectRows('33-update-testing-rollback');
    });
  });
});

/**
 * A database Liquibase 4.4 left (v8 checksums), taken over by dbops. The recording
 * (test/golden/liquibase/checksum-upgrade) applied test/fixtures/changelogs/checksum-upgrade with
 * Liquibase 4.4.0, then ran 4.28's update-sql, status and update. Here the same schema is built,
 * the rows 4.4 wrote are put in DATABASECHANGELOG, and dbops must do what 4.28 did: validate each
 * v8 value with the v8 algorithm, rewrite MD5SUM as v9 and nothing else (LIQUIBASE stays 4.4.0,
 * DESCRIPTION stays 4.4's), run nothing. Then what validation must catch (§2.8 of the notes): a
 * changeset edited since 4.4 applied it is refused, unless validCheckSum accepts it or
 * runOnChange re-runs it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { sqlString } from '../../src/tracking/sql-literal.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { dumpData, dumpTrackingTables, scriptStatements } from '../support/golden-case.js';
import { memoryIo } from '../support/memory-io.js';
import { comparableRows, dumpSchema, readGolden, readTrackingRows, type GoldenRow } from '../support/schema-dump.js';

const available = await postgresAvailable();
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const CHANGELOG = 'changelogs/checksum-upgrade/changelog.xml';
const golden = <T>(file: string) => readGolden<T>('checksum-upgrade', file);
const v8Rows = golden<GoldenRow[]>('v8-databasechangelog.json');
const upgradedRows = golden<GoldenRow[]>('databasechangelog.json');

describe.skipIf(!available)('taking over a database Liquibase 4.4 left (v8 checksums)', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  let searchPath = FIXTURES;
  let copies: string[] = [];
  let schemaBuilt = '';
  let dataBuilt = '';

  const dbops = async (command: string[]) => {
    const io = memoryIo();
    const code = await runCli([...command, `--changelog-file=${CHANGELOG}`, `--search-path=${searchPath}`, `--url=${db.url}`], io);
    return { code, out: io.out, err: io.err };
  };
  const rows = async () => (await readTrackingRows(conn)) as unknown as Array<Record<string, unknown>>;

  /** DATABASECHANGELOG as Liquibase 4.4 left it: its 13 rows, one deployment, v8 checksums. */
  async function loadV8Rows(edit: (row: GoldenRow) => GoldenRow = (row) => row): Promise<void> {
    const values = v8Rows.map(edit).map(
      (row) =>
        `(${[row.id, row.author, row.filename].map(sqlString).join(', ')}, NOW(), ${row.orderexecuted}, ${[row.exectype, row.md5sum, row.description, row.comments, row.tag, row.liquibase, row.contexts, row.labels].map(sqlString).join(', ')}, '0123456789')`,
    );
    await conn.exec(`DELETE FROM databasechangelog; INSERT INTO databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM, DESCRIPTION, COMMENTS, TAG, LIQUIBASE, CONTEXTS, LABELS, DEPLOYMENT_ID) VALUES ${values.join(', ')}`);
  }

  /** A copy of the fixture with changelog.xml edited, as a changelog changed after 4.4 applied it. */
  function editedChangelog(edit: (xml: string) => string): string {
    const root = mkdtempSync(path.join(tmpdir(), 'dbops-upgrade-'));
    copies.push(root);
    cpSync(path.join(FIXTURES, 'changelogs', 'checksum-upgrade'), path.join(root, 'changelogs', 'checksum-upgrade'), { recursive: true });
    const file = path.join(root, CHANGELOG);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return root;
  }

  beforeAll(async () => {
    db = await createTestDatabase('dbops_upgrade');
    conn = await db.connect();
    // The schema the changesets build (what 4.4 built), then 4.4's rows instead of dbops's.
    const run = await dbops(['update']);
    expect(run.code, run.err).toBe(0);
    schemaBuilt = dumpSchema(db.url);
    dataBuilt = dumpData(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });
  beforeEach(async () => {
    searchPath = FIXTURES;
    await loadV8Rows();
  });

  it('the schema is the one Liquibase built', () => {
    expect(schemaBuilt).toEqual(golden('schema.sql'));
  });

  it('status and update-sql change nothing; update-sql prints the MD5SUM rewrites 4.28 printed', async () => {
    const status = await dbops(['status', '--format=json']);
    expect(status.code, status.err).toBe(0);
    expect((JSON.parse(status.out) as { changeSets: Array<{ state: string }> }).changeSets.every((c) => c.state === 'applied')).toBe(true);

    const sql = await dbops(['update-sql']);
    expect(sql.code, sql.err).toBe(0);
    expect(scriptStatements(sql.out)).toEqual(scriptStatements(golden('upgrade-update-sql.sql')));
    expect(comparableRows(await rows())).toEqual(comparableRows(v8Rows as unknown as Array<Record<string, unknown>>));
  });

  it('update rewrites every MD5SUM as v9 and changes nothing else, as 4.28 did', async () => {
    const run = await dbops(['update', '--format=json']);
    expect(run.code, run.err).toBe(0);
    const result = JSON.parse(run.out) as { changeSets: Array<{ state: string }> };
    expect(result.changeSets.map((c) => c.state)).toEqual(v8Rows.map(() => 'applied'));
    // Every column: LIQUIBASE keeps 4.4.0, DESCRIPTION keeps 4.4's (`sqlFile`), the deployment stays.
    expect(await rows()).toEqual((upgradedRows as unknown as Array<Record<string, unknown>>).map(({ dateexecuted: _date, ...row }) => row));
    const logged = [...golden<string>('upgrade-update.log').matchAll(/Upgrading checksum for Changeset (\S+) from (\S+) to (\S+)\./g)].map((m) => m.slice(1).join(' '));
    expect([...run.err.matchAll(/Upgrading checksum for Changeset (\S+) from (\S+) to (\S+)\./g)].map((m) => m.slice(1).join(' '))).toEqual(logged);
    // Nothing ran again.
    expect(dumpSchema(db.url)).toEqual(schemaBuilt);
    expect(dumpData(db.url)).toEqual(dataBuilt);
    expect(dumpTrackingTables(db.url)).toEqual(golden('tracking-tables.sql'));
  });

  it('a v8 checksum that no longer matches the changelog is refused, and nothing is rewritten', async () => {
    searchPath = editedChangelog((xml) => xml.replace("INSERT INTO upgraded (id, name) VALUES (2, 'two')", "INSERT INTO upgraded (id, name) VALUES (2, 'deux')"));
    const run = await dbops(['update']);
    expect(run.code).not.toBe(0);
    const stored = v8Rows.find((row) => row.id === 'sql')!.md5sum!;
    expect(run.err).toMatch(new RegExp(`changelogs/checksum-upgrade/changelog\\.xml::sql::dbops .*was: ${stored} but is now: 9:[0-9a-f]{32}`));
    expect(comparableRows(await rows())).toEqual(comparableRows(v8Rows as unknown as Array<Record<string, unknown>>));
    expect(dumpData(db.url)).toEqual(dataBuilt);
  });

  it('a stored value in neither algorithm is refused too (a tampered v8 row)', async () => {
    await loadV8Rows((row) => (row.id === 'typed' ? { ...row, md5sum: '8:00000000000000000000000000000000' } : row));
    const run = await dbops(['update']);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/::typed::dbops .*was: 8:0{32} but is now: 9:/);
  });

  it('validCheckSum accepts an edited changeset: its row is rewritten with the current v9 value, nothing runs', async () => {
    for (const accepted of ['stored', 'current', 'ANY'] as const) {
      await loadV8Rows();
      const stored = v8Rows.find((row) => row.id === 'sql')!.md5sum!;
      // The v9 value of the edited changeset, as dbops computes it, for the `current` variant.
      searchPath = editedChangelog((xml) => xml.replace("VALUES (2, 'two')", "VALUES (2, 'deux')"));
      const current = (await dbops(['calculate-checksum', `--changeset-identifier=${CHANGELOG}::sql::dbops`])).out.trim();
      expect(current).toMatch(/^9:[0-9a-f]{32}$/);
      const value = accepted === 'stored' ? stored : accepted === 'current' ? current : 'ANY';
      searchPath = editedChangelog((xml) =>
        xml.replace("VALUES (2, 'two')", "VALUES (2, 'deux')").replace('<changeSet id="sql" author="dbops">', `<changeSet id="sql" author="dbops">\n        <validCheckSum>${value}</validCheckSum>`),
      );
      const run = await dbops(['update']);
      expect(run.code, `${accepted}: ${run.err}`).toBe(0);
      const row = (await rows()).find((r) => r.id === 'sql')!;
      expect(row, accepted).toMatchObject({ md5sum: current, exectype: 'EXECUTED', liquibase: '4.4.0' });
      expect(dumpData(db.url), accepted).toEqual(dataBuilt);
    }
  });

  it('runOnChange: an unchanged changeset is only upgraded; an edited one runs again (RERAN, v9)', async () => {
    searchPath = editedChangelog((xml) =>
      xml
        .replace('<changeSet id="typed" author="dbops">', '<changeSet id="typed" author="dbops" runOnChange="true">')
        .replace('<changeSet id="view" author="dbops">', '<changeSet id="view" author="dbops" runOnChange="true">')
        .replace('<createView viewName="upgraded_names">SELECT name FROM upgraded</createView>', '<createView viewName="upgraded_names" replaceIfExists="true">SELECT name, id FROM upgraded</createView>'),
    );
    const run = await dbops(['update', '--format=json']);
    expect(run.code, run.err).toBe(0);
    const states = Object.fromEntries((JSON.parse(run.out) as { changeSets: Array<{ id: string; state: string }> }).changeSets.map((c) => [c.id, c.state]));
    expect(states).toMatchObject({ typed: 'applied', view: 'reran' });
    const after = await rows();
    const expected = upgradedRows.find((r) => r.id === 'typed')!;
    expect(after.find((r) => r.id === 'typed')).toMatchObject({ exectype: 'EXECUTED', md5sum: expected.md5sum, orderexecuted: 1 });
    const view = after.find((r) => r.id === 'view')!;
    expect(view).toMatchObject({ exectype: 'RERAN', liquibase: '4.28.0', orderexecuted: 14 });
    expect(view.md5sum).toMatch(/^9:/);
    expect(view.md5sum).not.toBe(upgradedRows.find((r) => r.id === 'view')!.md5sum);
    const columns = await conn.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'upgraded_names' ORDER BY ordinal_position");
    expect(columns.rows.map((r) => r.column_name)).toEqual(['name', 'id']);
    // Back to the view 4.4 built, for the other tests.
    await conn.exec('DROP VIEW upgraded_names; CREATE VIEW upgraded_names AS SELECT name FROM upgraded');
  });
});

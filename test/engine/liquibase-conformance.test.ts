/**
 * Conformance with the real Liquibase 4.28 on its own integration-test changelogs: dbops applies
 * them to a twin database and must leave the same DATABASECHANGELOG rows (every column but the
 * dates, the deployment id and the LIQUIBASE version) and the same schema as the recording in
 * test/golden/liquibase (made by scripts/record-liquibase-golden.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';
import { comparableRows, CORPUS_DIR, dumpSchema, readGolden, readTrackingRows } from '../support/schema-dump.js';

const available = await postgresAvailable();

describe.skipIf(!available)('pgsql/complete/root.changelog.xml (191 rows)', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  const args = () => [
    '--changelog-file=changelogs/pgsql/complete/root.changelog.xml',
    `--search-path=${CORPUS_DIR}`,
    `--url=${db.url}`,
    '--contexts=test, context-b',
    '-DloginUser=postgres',
  ];

  beforeAll(async () => {
    db = await createTestDatabase('dbops_conf');
    conn = await db.connect();
    await conn.exec(readFileSync(path.join(CORPUS_DIR, 'setup-postgresql.sql'), 'utf8'));
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it('update writes the rows Liquibase writes and builds the same schema', async () => {
    const io = memoryIo();
    const code = await runCli(['update', ...args()], io);
    expect(io.err).not.toContain('FAILED');
    expect(code, io.err).toBe(0);

    const rows = await readTrackingRows(conn);
    const golden = readGolden<Array<Record<string, unknown>>>('pgsql-complete', 'databasechangelog.json');
    expect(rows).toHaveLength(191);
    expect(comparableRows(rows as unknown as Array<Record<string, unknown>>)).toEqual(comparableRows(golden));
    expect(dumpSchema(db.url)).toEqual(readGolden('pgsql-complete', 'schema.sql'));
  });

  it('a second update re-runs only runAlways changesets; status lists those and the ones that wrote no row', async () => {
    const io = memoryIo();
    expect(await runCli(['update', '--format=json', ...args()], io)).toBe(0);
    const result = JSON.parse(io.out) as { changeSets: Array<{ id: string; author: string; state: string; reason?: string }> };
    const key = (c: { id: string; author: string }) => `${c.id}::${c.author}`;
    const reran = result.changeSets.filter((c) => c.state === 'reran');
    expect(result.changeSets.filter((c) => c.state === 'executed')).toEqual([]);
    expect(reran.length).toBeGreaterThan(0);
    expect(reran.every((c) => c.reason === 'runAlways')).toBe(true);
    // CONTINUE preconditions and failOnError=false write no row: they are tried again on every run.
    const noRow = result.changeSets.filter((c) => c.state === 'skipped' && /CONTINUE|failOnError/.test(c.reason ?? ''));
    expect(noRow.length).toBeGreaterThan(0);

    const status = memoryIo();
    expect(await runCli(['status', '--format=json', ...args()], status)).toBe(0);
    const pending = (JSON.parse(status.out).changeSets as Array<{ id: string; author: string; state: string }>).filter((c) => c.state === 'pending');
    expect(pending.map(key).sort()).toEqual([...reran, ...noRow].map(key).sort());
  });
});

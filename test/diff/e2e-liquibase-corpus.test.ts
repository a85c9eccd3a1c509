/**
 * The round trip on a schema nobody here designed: Liquibase's own integration-test changelog
 * (pgsql/complete, 191 changesets; test/engine/liquibase-conformance.test.ts proves dbops builds
 * exactly the schema Liquibase builds from it). Built once with `dbops update`, then:
 *
 * - `dbops diff-changelog` from an empty database to it, applied with `dbops update` to another
 *   empty database, gives the same schema (pg_dump, tracking tables left out). Liquibase 4.28.1's
 *   own diff-changelog fails this: its changelog creates a table before the enum type the table
 *   uses (and turns serial columns into identity columns, see docs/diff.md).
 * - `dbops generate-changelog` of it, applied to an empty database, gives the same schema, in
 *   XML and in formatted SQL.
 * - `dbops drift` replays its applied changesets (includes, MARK_RAN, runAlways, modifySql by
 *   context) on the embedded PostgreSQL: what the setup script made outside them is the drift.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { DriftReport } from '../../src/diff/drift.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';
import { CORPUS_DIR, dumpSchema } from '../support/schema-dump.js';

const available = await postgresAvailable();
const SETUP = path.join(CORPUS_DIR, 'setup-postgresql.sql');

describe.skipIf(!available)('round trip of the Liquibase integration-test schema (pgsql/complete)', () => {
  const databases: TestDatabase[] = [];
  let reference: TestDatabase;
  let referenceSchema: string;
  const work = mkdtempSync(path.join(tmpdir(), 'dbops-corpus-'));

  /** An empty database; `setup`: with the schemas the corpus expects to exist (lbschem2, lbcat2). */
  async function database(setup: boolean): Promise<TestDatabase> {
    const db = await createTestDatabase('dbops_e2e');
    databases.push(db);
    if (setup) {
      const connection = await db.connect();
      await connection.exec(readFileSync(SETUP, 'utf8'));
      await connection.close();
    }
    return db;
  }

  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const io = memoryIo({ cwd: work });
    const code = await runCli(args, io);
    return { code, out: io.out, err: io.err };
  }

  async function apply(db: TestDatabase, changelog: string): Promise<void> {
    const run = await cli(['update', `--changelog-file=${changelog}`, `--url=${db.url}`]);
    expect(run.code, run.err).toBe(0);
  }

  beforeAll(async () => {
    reference = await database(true);
    const run = await cli([
      'update',
      '--changelog-file=changelogs/pgsql/complete/root.changelog.xml',
      `--search-path=${CORPUS_DIR}`,
      `--url=${reference.url}`,
      '--contexts=test, context-b',
      '-DloginUser=postgres',
    ]);
    expect(run.code, run.err).toBe(0);
    referenceSchema = dumpSchema(reference.url);
  });
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });

  it('diff-changelog from an empty database, applied with update, builds the same schema', async () => {
    const [empty, rebuilt] = [await database(true), await database(true)];
    const run = await cli(['diff-changelog', `--url=${empty.url}`, `--reference-url=${reference.url}`, '--changelog-file=corpus.yaml', '--author=e2e', '--changeset-id-prefix=RT']);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toBe('');
    const written = readFileSync(path.join(work, 'corpus.yaml'), 'utf8');
    const ids = [...written.matchAll(/^ {6}id: (RT-\d+)$/gm)].map((m) => m[1]);
    expect(run.out.split('\n')[0]).toBe(`Wrote ${ids.length} changesets to corpus.yaml`);
    expect(ids.length).toBeGreaterThan(100);

    // The order Liquibase gets wrong: the enum type before the table that uses it.
    expect(written.indexOf('CREATE TYPE public.sample_enum')).toBeLessThan(written.indexOf('tableName: sample_enum_table'));

    await apply(rebuilt, 'corpus.yaml');
    expect(dumpSchema(rebuilt.url)).toEqual(referenceSchema);

    // Nothing left to generate.
    const again = await cli(['diff', `--url=${rebuilt.url}`, `--reference-url=${reference.url}`]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('No differences.');
  });

  it('drift replays its 191 applied changesets on the embedded PostgreSQL: only the schemas of the setup script are drift', async () => {
    const run = await cli([
      'drift',
      '--changelog-file=changelogs/pgsql/complete/root.changelog.xml',
      `--search-path=${CORPUS_DIR}`,
      `--url=${reference.url}`,
      // As it was updated: they decide which modifySql apply.
      '--contexts=test, context-b',
      '-DloginUser=postgres',
      '--format=json',
    ]);
    expect(run.code, run.err).toBe(1);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as DriftReport;
    expect(report).toMatchObject({ replayed: 191, notInChangelog: [], changedSinceApplied: [] });
    // Made by setup-postgresql.sql, outside the changelog.
    expect(report.diff.unexpected.map((e) => `${e.kind} ${e.id}`)).toEqual(['schema lbcat2', 'schema lbschem2']);
    expect([report.diff.missing, report.diff.changed, report.diff.renamed]).toEqual([[], [], []]);
  });

  it('generate-changelog of it, applied to an empty database, builds the same schema (XML and formatted SQL)', async () => {
    const snapshot = await cli(['snapshot', `--url=${reference.url}`]);
    const objects = JSON.parse(snapshot.out) as Record<string, unknown[]>;
    const counts = Object.fromEntries(['schemas', 'types', 'sequences', 'tables', 'views', 'functions', 'triggers'].map((k) => [k, objects[k]!.length]));
    expect(counts).toEqual({ schemas: 3, types: 1, sequences: 10, tables: 96, views: 1, functions: 0, triggers: 0 });

    for (const file of ['generated.xml', 'generated.sql']) {
      const empty = await database(false);
      const run = await cli(['generate-changelog', `--url=${reference.url}`, `--changelog-file=${file}`]);
      expect(run.code, run.err).toBe(0);
      expect(readFileSync(path.join(work, file), 'utf8')).toContain(file.endsWith('.xml') ? 'author="' : '-- changeset ');
      await apply(empty, file);
      expect(dumpSchema(empty.url), file).toEqual(referenceSchema);
    }
  });
});

/**
 * What real Liquibase 4.28.1 makes of our output (opt-in: DBOPS_LIQUIBASE_TESTS=1, needs Java and
 * `npm install --prefix tools/reference`; about 90 s):
 * - the changelogs we write in XML, YAML, JSON and formatted SQL are accepted by Liquibase's own
 *   parsers, and `liquibase update` builds exactly the reference schema; `rollback-count` undoes it;
 * - the schema Liquibase builds from its own integration-test changelog (pgsql/complete) round
 *   trips through snapshot → diff → generated changesets → our change types, both ways.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeChangelog } from '../../src/changelog/writers/changelog-format.js';
import type { WritableChangeSet } from '../../src/changelog/writers/writable-changeset.js';
import { generateChangeSets } from '../../src/diff/changeset-generator.js';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { renderDiffText } from '../../src/diff/render-diff-text.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { takeSnapshot } from '../../src/snapshot/take-snapshot.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { applyChangeSets, rollbackChangeSets, sqlForNode } from './support/apply-changesets.js';
import { LIQUIBASE_IT } from '../support/corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIQUIBASE = path.join(ROOT, 'tools/reference/node_modules/liquibase/dist/liquibase/liquibase');
const CORPUS = process.env.DBOPS_LIQUIBASE_CORPUS ?? LIQUIBASE_IT;
const EVERY_KIND = readFileSync(new URL('../snapshot/fixtures/every-kind.sql', import.meta.url), 'utf8');
const COLUMN_TYPES = readFileSync(new URL('./fixtures/column-types.sql', import.meta.url), 'utf8');
const enabled = process.env.DBOPS_LIQUIBASE_TESTS === '1' && existsSync(LIQUIBASE);

function liquibase(cwd: string, database: TestDatabase, changelog: string, command: string[]): string {
  const result = spawnSync(
    LIQUIBASE,
    ['--show-banner=false', `--url=jdbc:postgresql://127.0.0.1:5432/${database.name}`, '--username=postgres', `--changelog-file=${changelog}`, ...command],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, JAVA_HOME: process.env.JAVA_HOME, TZ: 'UTC' } },
  );
  if (result.status !== 0) throw new Error(`liquibase ${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function differences(reference: Snapshot, target: Snapshot): string {
  const diff = diffSnapshots(reference, target, { detectRenames: false });
  return diff.missing.length + diff.unexpected.length + diff.changed.length === 0 ? '' : renderDiffText(diff);
}

describe.runIf(enabled)('compatibility with Liquibase 4.28.1', () => {
  const databases: TestDatabase[] = [];
  const database = async () => {
    const created = await createTestDatabase('dbops_lbcompat');
    databases.push(created);
    return created;
  };
  const work = mkdtempSync(path.join(tmpdir(), 'dbops-lbcompat-'));
  afterAll(async () => {
    for (const d of databases) await d.drop();
    rmSync(work, { recursive: true, force: true });
  });

  test.each(['xml', 'yaml', 'json', 'sql'] as const)('Liquibase applies and rolls back our %s changelog', async (format) => {
    const source = await database();
    const connection = await source.connect();
    await connection.exec(EVERY_KIND);
    await connection.exec(COLUMN_TYPES);
    const reference = await takeSnapshot(connection, { clock: null });
    await connection.close();
    const empty: Snapshot = { ...reference, schemas: reference.schemas.filter((s) => s.name === 'public'), extensions: [], types: [], sequences: [], tables: [], views: [], functions: [], triggers: [] };
    const { changeSets } = generateChangeSets(diffSnapshots(reference, empty), { author: 'dbops (generated)', idPrefix: 'T', labels: 'generated', contexts: 'test' });
    const file = `changelog.${format}`;
    writeFileSync(path.join(work, file), await writeChangelog(format, changeSets, { sqlFor: (node, changeSet) => sqlForNode(node, changeSet) }));

    const target = await database();
    liquibase(work, target, file, ['update', '--contexts=test']);
    const applied = await target.connect();
    try {
      expect(differences(reference, await takeSnapshot(applied, { clock: null }))).toBe('');
      liquibase(work, target, file, ['rollback-count', `--count=${changeSets.length}`, '--contexts=test']);
      const left = await takeSnapshot(applied, { clock: null });
      expect(left.schemas.map((s) => s.name)).toEqual(['public']);
      expect(left.tables).toEqual([]);
    } finally {
      await applied.close();
    }
  });

  test.runIf(existsSync(CORPUS))('the schema of the pgsql/complete corpus round trips through our generated changesets', async () => {
    const built = await database();
    const setup = await built.connect();
    await setup.exec(readFileSync(path.join(CORPUS, 'setup-postgresql.sql'), 'utf8'));
    liquibase(CORPUS, built, 'changelogs/pgsql/complete/root.changelog.xml', ['update', '--contexts=test, context-b', '-DloginUser=postgres']);
    const reference = await takeSnapshot(setup, { clock: null });
    await setup.close();
    expect(reference.tables.length).toBeGreaterThan(50);

    const target = await database();
    const connection = await target.connect();
    try {
      const before = await takeSnapshot(connection, { clock: null });
      const { changeSets }: { changeSets: WritableChangeSet[] } = generateChangeSets(diffSnapshots(reference, before), { author: 'test', idPrefix: 'C' });
      await applyChangeSets(connection, changeSets);
      expect(differences(reference, await takeSnapshot(connection, { clock: null }))).toBe('');
      await rollbackChangeSets(connection, changeSets);
      expect(differences(before, await takeSnapshot(connection, { clock: null }))).toBe('');
    } finally {
      await connection.close();
    }
  });
});

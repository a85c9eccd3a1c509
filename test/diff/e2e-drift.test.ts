/**
 * `dbops drift` against a real PostgreSQL 15: the changesets DATABASECHANGELOG records are replayed
 * on the embedded PostgreSQL (18) and the two schemas compared, so the check also proves that view
 * text printed differently by the two versions is not mistaken for drift.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { DriftReport } from '../../src/diff/drift.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';

const available = await postgresAvailable();

const changeSet = (id: string, body: string) => `  - changeSet:\n      id: ${id}\n      author: ops\n${body}`;
const CHANGESETS = [
  changeSet('1-customer', `      changes:
        - createTable:
            tableName: customer
            columns:
              - column: { name: id, type: bigint, constraints: { primaryKey: true } }
              - column: { name: email, type: text }
`),
  changeSet('2-email-index', `      changes:
        - createIndex: { tableName: customer, indexName: customer_email_idx, columns: [ { column: { name: email } } ] }
`),
  changeSet('3-view', `      changes:
        - createView: { viewName: customer_emails, selectQuery: "SELECT id, email FROM customer WHERE email IS NOT NULL" }
`),
  // Not applied (update runs with --contexts prod): not replayed either.
  changeSet('4-test-data', `      context: test
      changes:
        - createTable: { tableName: test_data, columns: [ { column: { name: id, type: int } } ] }
`),
  // Recorded MARK_RAN: the table it drops never existed.
  changeSet('5-legacy', `      preConditions:
        - onFail: MARK_RAN
        - tableExists: { tableName: legacy_thing }
      changes:
        - dropTable: { tableName: legacy_thing }
`),
  changeSet('6-comment', `      runAlways: true
      changes:
        - setTableRemarks: { tableName: customer, remarks: People }
`),
];

describe.skipIf(!available)('drift on PostgreSQL', () => {
  let db: TestDatabase;
  const work = mkdtempSync(path.join(tmpdir(), 'dbops-drift-'));
  const writeChangelog = (changeSets: string[]) => writeFileSync(path.join(work, 'changelog.yaml'), `databaseChangeLog:\n${changeSets.join('')}`);

  async function drift(format: 'text' | 'json'): Promise<{ code: number; out: string; err: string }> {
    const io = memoryIo({ cwd: work });
    const code = await runCli(['drift', `--url=${db.url}`, '--changelog-file=changelog.yaml', `--format=${format}`], io);
    return { code, out: io.out, err: io.err };
  }

  beforeAll(async () => {
    db = await createTestDatabase('dbops_drift');
    writeChangelog(CHANGESETS);
    const io = memoryIo({ cwd: work });
    expect(await runCli(['update', `--url=${db.url}`, '--changelog-file=changelog.yaml', '--contexts=prod'], io), io.err).toBe(0);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('an untouched database has no drift (exit 0)', async () => {
    const run = await drift('text');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(
      `No drift: postgresql://postgres@127.0.0.1:5432/${db.name} matches what changelog.yaml builds.\n` +
        '5 applied changesets replayed on the embedded PostgreSQL.\n',
    );
  });

  it('after an out-of-band ADD COLUMN and DROP INDEX, drift reports exactly those (exit 1)', async () => {
    const connection = await db.connect();
    await connection.exec('ALTER TABLE customer ADD COLUMN note text; DROP INDEX customer_email_idx');
    await connection.close();

    const json = await drift('json');
    expect(json.code, json.err).toBe(1);
    const report = JSON.parse(json.out) as DriftReport;
    expect(report).toMatchObject({ drifted: true, replayed: 5, differences: 2, notInChangelog: [], changedSinceApplied: [] });
    expect(report.diff.unexpected.map((e) => `${e.kind} ${e.id}`)).toEqual(['column public.customer.note']);
    expect(report.diff.missing.map((e) => `${e.kind} ${e.id}`)).toEqual(['index public.customer.customer_email_idx']);
    expect([report.diff.changed, report.diff.renamed]).toEqual([[], []]);

    const text = await drift('text');
    expect(text.code).toBe(1);
    expect(text.out).toContain(`Drift: 2 objects in postgresql://postgres@127.0.0.1:5432/${db.name} differ from what changelog.yaml builds.`);
    expect(text.out).toContain('  index public.customer.customer_email_idx (email)');
    expect(text.out).toContain('  column public.customer.note text');
  });

  it('an applied changeset the changelog no longer has is listed, and what it did shows as drift', async () => {
    writeChangelog(CHANGESETS.slice(0, 5));
    const run = await drift('json');
    expect(run.code).toBe(1);
    expect(run.err).toContain('changelog.yaml::6-comment::ops is applied but no longer in the changelog: not replayed');
    const report = JSON.parse(run.out) as DriftReport;
    expect(report.notInChangelog).toEqual([{ id: '6-comment', author: 'ops', filePath: 'changelog.yaml' }]);
    expect(report.diff.changed.map((c) => `${c.kind} ${c.id}: ${c.differences.map((d) => d.attribute).join(', ')}`)).toEqual(['table public.customer: comment']);
  });
});

/**
 * The schema commands as a user runs them: `dbops snapshot`, `diff`, `diff-changelog`,
 * `generate-changelog` and `drift`'s argument checks, on two small PostgreSQL databases (a
 * reference the team designed, a target behind it) and files in a scratch directory.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { SchemaDiff } from '../../src/diff/model.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';

const available = await postgresAvailable();

const REFERENCE = `
  CREATE SCHEMA app;
  CREATE TABLE app.customer (id bigint PRIMARY KEY, email varchar(100) NOT NULL);
  CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES app.customer (id), total numeric(10,2));
  CREATE INDEX orders_customer_idx ON app.orders (customer_id);
  CREATE TABLE public.settings (name text PRIMARY KEY);`;
const TARGET = `
  CREATE SCHEMA app;
  CREATE TABLE app.customer (id bigint PRIMARY KEY, email varchar(50), name text);
  CREATE TABLE public.settings (name text PRIMARY KEY);`;

/** The diff text after its two header lines (they hold the snapshot times). */
const DIFF_BODY = `Missing from the target (in the reference only) (1):
  table app.orders (3 columns, 1 index, 1 foreign key)

Unexpected in the target (not in the reference) (1):
  column app.customer.name text

Changed (1):
  column app.customer.email
    type: character varying(50) → character varying(100)
    nullable: true → false
`;

const ids = (entries: Array<{ kind: string; id: string }>) => entries.map((e) => `${e.kind} ${e.id}`);

describe.skipIf(!available)('schema commands', () => {
  const databases: TestDatabase[] = [];
  let reference: TestDatabase;
  let target: TestDatabase;
  const work = mkdtempSync(path.join(tmpdir(), 'dbops-cli-'));

  async function cli(args: string[], expected = 0): Promise<{ out: string; err: string }> {
    const io = memoryIo({ cwd: work, env: { USER: 'jane' } });
    const code = await runCli(args, io);
    expect(code, `${args.join(' ')}\n${io.err}`).toBe(expected);
    return { out: io.out, err: io.err };
  }

  async function database(sql: string): Promise<TestDatabase> {
    const db = await createTestDatabase('dbops_cli');
    databases.push(db);
    const connection = await db.connect();
    await connection.exec(sql);
    await connection.close();
    return db;
  }

  beforeAll(async () => {
    [reference, target] = await Promise.all([database(REFERENCE), database(TARGET)]);
  });
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });

  describe('snapshot', () => {
    it('writes the JSON snapshot to --output-file, the schemas asked for', async () => {
      const run = await cli(['snapshot', `--url=${reference.url}`, '--output-file=snapshots/app.json', '--schemas=app']);
      expect(run.out).toBe('');
      expect(run.err).toBe(`Snapshot of postgresql://postgres@127.0.0.1:5432/${reference.name}: 2 tables, 0 views, 0 functions, written to snapshots/app.json\n`);
      const snapshot = JSON.parse(readFileSync(path.join(work, 'snapshots', 'app.json'), 'utf8')) as Snapshot;
      expect(snapshot.format).toBe('dbops-snapshot');
      expect(snapshot.source.filters).toEqual({ schemas: ['app'], include: [], exclude: [] });
      expect(snapshot.tables.map((t) => `${t.schema}.${t.name}`)).toEqual(['app.customer', 'app.orders']);
    });

    it('prints it without --output-file; --include and --exclude pick objects by name', async () => {
      const only = JSON.parse((await cli(['snapshot', `--url=${reference.url}`, '--include=app.*,settings', '--exclude=orders'])).out) as Snapshot;
      expect(only.tables.map((t) => `${t.schema}.${t.name}`)).toEqual(['app.customer', 'public.settings']);
    });

    it('of a changelog: the schema it builds on the embedded PostgreSQL', async () => {
      writeFileSync(path.join(work, 'one.yaml'), 'databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: jane\n      changes:\n        - createTable: { tableName: note, columns: [ { column: { name: body, type: text } } ] }\n');
      const snapshot = JSON.parse((await cli(['snapshot', '--url=changelog:one.yaml'])).out) as Snapshot;
      expect(snapshot.tables.map((t) => t.name)).toEqual(['note']);
      expect(snapshot.source.serverVersion).toMatch(/^18\./);
    });

    it('writes JSON only', async () => {
      expect((await cli(['snapshot', `--url=${reference.url}`, '--snapshot-format=yaml'], 2)).err).toBe("dbops: --snapshot-format: dbops writes JSON snapshots only, got 'yaml'\n");
    });
  });

  describe('diff', () => {
    it('lists missing, unexpected and changed objects, attribute by attribute (exit 0: a report)', async () => {
      const { out } = await cli(['diff', `--url=${target.url}`, `--reference-url=${reference.url}`]);
      const [referenceLine, targetLine, blank, ...body] = out.split('\n');
      expect(referenceLine).toMatch(new RegExp(`^Reference: ${reference.name} \\(PostgreSQL 15\\.\\d+\\) snapshot of \\d{4}-`));
      expect(targetLine).toMatch(new RegExp(`^Target:    ${target.name} \\(PostgreSQL 15\\.\\d+\\)`));
      expect(blank).toBe('');
      expect(body.join('\n')).toBe(DIFF_BODY);
    });

    it('as JSON: the diff object', async () => {
      const diff = JSON.parse((await cli(['diff', `--url=${target.url}`, `--reference-url=${reference.url}`, '--format=json'])).out) as SchemaDiff;
      expect(ids(diff.missing)).toEqual(['table app.orders']);
      expect(ids(diff.unexpected)).toEqual(['column app.customer.name']);
      expect(diff.changed.map((c) => [c.id, c.differences])).toEqual([
        ['app.customer.email', [{ attribute: 'type', reference: 'character varying(100)', target: 'character varying(50)' }, { attribute: 'nullable', reference: false, target: true }]],
      ]);
      expect(diff.renamed).toEqual([]);
    });

    it('compares a snapshot file written before, under each name Liquibase users know', async () => {
      await cli(['snapshot', `--url=${reference.url}`, '--output-file=reference.json']);
      for (const spec of ['snapshot:reference.json', 'reference.json', 'offline:postgresql?snapshot=reference.json']) {
        const diff = JSON.parse((await cli(['diff', `--url=${target.url}`, `--reference-url=${spec}`, '--format=json'])).out) as SchemaDiff;
        expect([ids(diff.missing), ids(diff.unexpected), ids(diff.changed)], spec).toEqual([['table app.orders'], ['column app.customer.name'], ['column app.customer.email']]);
      }
    });

    it('filters both sides alike (--schemas, --exclude)', async () => {
      const { out } = await cli(['diff', `--url=${target.url}`, `--reference-url=reference.json`, '--schemas=app', '--exclude=orders']);
      expect(out.split('\n').slice(3).join('\n')).toBe(DIFF_BODY.slice(DIFF_BODY.indexOf('Unexpected')));
    });

    it('needs --reference-url', async () => {
      expect((await cli(['diff', `--url=${target.url}`], 2)).err).toBe('dbops: diff needs --reference-url: the schema to reach (a database URL, a snapshot file or changelog:path)\n');
    });

    it('never prints a password it was given', async () => {
      const url = target.url.replace('postgres@', 'postgres:Sw0rdfish@');
      const run = await cli(['diff', `--url=${url}`, '--reference-url=postgresql://nobody:Sw0rdfish@127.0.0.1:1/none'], 2);
      expect(run.err).toMatch(/^dbops: Cannot connect to postgresql:\/\/nobody@127\.0\.0\.1:1\/none: /);
      expect(run.err).not.toContain('Sw0rdfish');
    });
  });

  describe('diff-changelog', () => {
    const MASTER = `# Master changelog of the shop: do not reorder.
databaseChangeLog:
  # The first table, from the 2019 import.
  - changeSet:
      id: JIRA-7-1
      author: jane
      changes:
        - createTable:
            schemaName: public
            tableName: legacy
            columns:
              - column: { name: id, type: int }   # kept as it was
`;

    it('appends to an existing YAML master changelog, keeping its comments and layout', async () => {
      writeFileSync(path.join(work, 'master.yaml'), MASTER);
      const run = await cli(['diff-changelog', `--url=${target.url}`, `--reference-url=${reference.url}`, '--changelog-file=master.yaml', '--changeset-id-prefix=JIRA-8', '--labels=jira-8']);
      expect(run.out).toBe(
        'Appended 4 changesets to master.yaml\n' +
          '  JIRA-8-1::jane (generated)  Create table app.orders\n' +
          '  JIRA-8-2::jane (generated)  Change column app.customer.email (type, nullable)\n' +
          '  JIRA-8-3::jane (generated)  Create index orders_customer_idx on app.orders\n' +
          '  JIRA-8-4::jane (generated)  Add foreign key orders_customer_id_fkey on app.orders\n',
      );
      // Drops are left out unless asked for, and said so.
      expect(run.err).toContain('warning: not dropped (only in the target; drops are generated with --include-drops): column app.customer.name');
      const text = readFileSync(path.join(work, 'master.yaml'), 'utf8');
      expect(text.startsWith(MASTER)).toBe(true);
      expect(text.match(/labels: jira-8/g)).toHaveLength(4);
    });

    it('refuses an id the changelog already has, and leaves the file as it was', async () => {
      const before = readFileSync(path.join(work, 'master.yaml'), 'utf8');
      const run = await cli(['diff-changelog', `--url=${target.url}`, `--reference-url=${reference.url}`, '--changelog-file=master.yaml', '--changeset-id-prefix=JIRA-7', '--author=jane'], 2);
      expect(run.err).toBe(
        'dbops: cannot append to master.yaml: changeset JIRA-7-1::jane already exists in master.yaml (line 5). Choose another id prefix (or first number) so that every id::author is unique\n',
      );
      expect(readFileSync(path.join(work, 'master.yaml'), 'utf8')).toBe(before);
    });

    it('the appended changelog brings the target to the reference (but for the drop left out)', async () => {
      const scratch = await database(TARGET);
      const io = memoryIo({ cwd: work });
      expect(await runCli(['update', '--changelog-file=master.yaml', `--url=${scratch.url}`], io), io.err).toBe(0);
      const diff = JSON.parse((await cli(['diff', `--url=${scratch.url}`, `--reference-url=${reference.url}`, '--format=json'])).out) as SchemaDiff;
      expect([ids(diff.missing), ids(diff.unexpected), ids(diff.changed)]).toEqual([[], ['table public.legacy', 'column app.customer.name'], []]);
    });

    it('writes formatted SQL with the SQL of each change and its rollback; --include-drops drops', async () => {
      await cli(['diff-changelog', `--url=${target.url}`, `--reference-url=${reference.url}`, '--changelog-file=changes.sql', '--author=jane', '--changeset-id-prefix=T', '--include-drops', '--schemas=app']);
      const sql = readFileSync(path.join(work, 'changes.sql'), 'utf8');
      expect(sql.startsWith('-- liquibase formatted sql\n')).toBe(true);
      expect(sql).toContain('-- changeset jane:T-1\n-- comment: Create table app.orders\nCREATE TABLE app.orders');
      expect(sql).toContain('-- rollback DROP TABLE app.orders;');
      expect(sql).toContain('ALTER TABLE app.customer DROP COLUMN name;');
    });

    it('writes nothing when nothing differs', async () => {
      const run = await cli(['diff-changelog', `--url=${reference.url}`, `--reference-url=${reference.url}`, '--changelog-file=none.yaml']);
      expect(run.out).toBe('No differences: none.yaml not written.\n');
      expect(existsSync(path.join(work, 'none.yaml'))).toBe(false);
    });
  });

  describe('generate-changelog', () => {
    it('describes the whole database, by <user> (generated), and will not overwrite a file unless told', async () => {
      const run = await cli(['generate-changelog', `--url=${reference.url}`, '--changelog-file=all.xml', '--format=json']);
      const result = JSON.parse(run.out) as { written: string; changeSets: Array<{ id: string; author: string; comment: string }> };
      expect(result.written).toBe('created');
      expect(result.changeSets.map((c) => c.comment)).toEqual([
        'Create schema app',
        'Create table app.customer',
        'Create table app.orders',
        'Create table public.settings',
        'Create index orders_customer_idx on app.orders',
        'Add foreign key orders_customer_id_fkey on app.orders',
      ]);
      expect(new Set(result.changeSets.map((c) => c.author))).toEqual(new Set(['jane (generated)']));
      expect(result.changeSets[0]!.id).toMatch(/^\d{13}-1$/);

      expect((await cli(['generate-changelog', `--url=${reference.url}`, '--changelog-file=all.xml'], 2)).err).toContain('all.xml already exists (use --overwrite-output-file');
      expect((await cli(['generate-changelog', `--url=${target.url}`, '--changelog-file=all.xml', '--overwrite-output-file'])).out).toMatch(/^Wrote 3 changesets to all.xml\n/);
    });
  });

  describe('drift', () => {
    it('needs the database and its changelog', async () => {
      expect((await cli(['drift', '--changelog-file=master.yaml'], 2)).err).toBe('dbops: drift needs --url: the database to check\n');
      expect((await cli(['drift', `--url=${target.url}`], 2)).err).toBe('dbops: drift needs --changelog-file: the changelog the database was updated from\n');
    });
  });

  it('each command documents its options', async () => {
    expect((await cli(['diff-changelog', '--help'])).out).toContain('--include-drops');
    expect((await cli(['help', 'drift'])).out).toContain('Exit 1 on drift, 0 without.');
    expect((await cli(['--help'], 0)).out).toMatch(/generate-changelog +Write everything in the database as a new changelog/);
  });
});

/**
 * `dbops policy-check` end to end: a changelog read from disk, the SQL generated for PostgreSQL,
 * the built-in rules, Rego policies (the reference example verbatim), text / json / SARIF output
 * and the exit code; and, against a real database, only what it has not applied yet.
 */
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLE_POLICY = path.join(root, 'policies', 'examples', 'index-naming.rego');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dbops-policy-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  mkdirSync(path.join(dir, 'policies'), { recursive: true });
  cpSync(EXAMPLE_POLICY, path.join(dir, 'policies', 'index-naming.rego'));
  return dir;
}

async function check(dir: string, ...args: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(['policy-check', '--changelog-file=changelog.sql', ...args], io);
  return { code, io };
}

const formatted = (index: string) => `--liquibase formatted sql

--changeset alice:1
--comment: people
CREATE TABLE person (id bigint PRIMARY KEY, job_title text);
--rollback DROP TABLE person;

--changeset alice:2
${index}
--rollback DROP INDEX ${index.split(' ')[2]};
`;

describe('policy-check', () => {
  it('the reference Rego policy, verbatim, blocks a badly named index with the expected name', async () => {
    const dir = project({ 'changelog.sql': formatted('CREATE INDEX person_job_title_idx ON person (job_title);') });
    const { code, io } = await check(dir, '--policy-dir=policies', '--format=json');
    expect(code).toBe(1);
    const result = JSON.parse(io.out);
    const rego = result.findings.filter((f: { source: string }) => f.source === 'rego');
    expect(rego).toHaveLength(1);
    expect(rego[0]).toMatchObject({ rule: 'rego:db_sql', severity: 'error', changeSet: { id: '2', author: 'alice' }, line: 9 });
    expect(rego[0].message).toContain("expected index name: 'idx_person_job_title'");
  });

  it('passes the same changelog with the conventional index name', async () => {
    const dir = project({ 'changelog.sql': formatted('CREATE INDEX idx_person_job_title ON person (job_title);') });
    const { code, io } = await check(dir, '--policy-dir=policies');
    expect(io.out).not.toContain('rego:db_sql');
    expect(code, io.out).toBe(0);
  });

  it('fails a plain dropTable out of the box and prints SARIF for code scanning', async () => {
    const dir = project({
      'changelog.sql': '--liquibase formatted sql\n\n--changeset bob:drop\nDROP TABLE legacy;\n--rollback CREATE TABLE legacy (id int);\n',
    });
    const text = await check(dir);
    expect(text.code).toBe(1);
    expect(text.io.out).toMatch(/DB101/);
    const sarif = await check(dir, '--format=sarif');
    const log = JSON.parse(sarif.io.out);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'DB101');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'changelog.sql' }, region: { startLine: 4 } });
    expect(log.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'DB101')).toBe(true);
  });

  it('checks the SQL dbops generates for change types (YAML), and the demo changelog passes', async () => {
    const dir = project({
      'changelog.yaml': `databaseChangeLog:
  - changeSet:
      id: 1
      author: carol
      changes:
        - dropColumn: { tableName: person, columnName: nickname }
`,
    });
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['policy-check', '--changelog-file=changelog.yaml', '--format=json'], io)).toBe(1);
    const result = JSON.parse(io.out);
    expect(result.findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['DB102', 'DB701']));

    const demo = memoryIo({ cwd: path.join(root, 'examples', 'demo') });
    expect(await runCli(['policy-check', '--changelog-file=changelog.yaml'], demo), demo.out).toBe(0);
  });

  it('rejects an unknown option value with a configuration error', async () => {
    const dir = project({ 'changelog.sql': formatted('CREATE INDEX idx_person_job_title ON person (job_title);') });
    const { code, io } = await check(dir, '--fail-on=sometimes');
    expect(code).toBe(2);
    expect(io.err).toContain('--fail-on');
  });
});

const available = await postgresAvailable();

describe.skipIf(!available)('policy-check against a database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('dbops_policy');
  });
  afterAll(async () => db?.drop());

  it('checks only the changesets the database has not applied', async () => {
    const dir = project({
      'changelog.sql': `--liquibase formatted sql\n\n--changeset a:1\nCREATE TABLE t (id bigint PRIMARY KEY);\n--rollback DROP TABLE t;\n\n--changeset a:2\nCREATE INDEX idx_t_id ON t (id);\n--rollback DROP INDEX idx_t_id;\n`,
    });
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['update-count', '--count=1', '--changelog-file=changelog.sql', `--url=${db.url}`], io), io.err).toBe(0);
    const { code, io: out } = await check(dir, `--url=${db.url}`, '--format=json');
    const result = JSON.parse(out.out);
    expect(result.checked.map((c: { id: string }) => c.id)).toEqual(['2']);
    // t now exists: an index without CONCURRENTLY on an existing table is a warning.
    expect(result.findings.map((f: { rule: string }) => f.rule)).toContain('DB401');
    expect(code).toBe(0);
  });
});

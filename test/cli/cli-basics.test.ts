/**
 * The CLI's contract: Liquibase-style options and settings sources, exit codes, one-line errors,
 * a malformed changelog rejected before anything touches the database, and secrets never printed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/arguments.js';
import { runCli } from '../../src/cli/main.js';
import { parseDatabaseUrl } from '../../src/database/database-url.js';
import { DBOPS_VERSION } from '../../src/version.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';
import packageJson from '../../package.json' with { type: 'json' };

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dbops-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('arguments and settings', () => {
  it('reads --name=value, --name value, camelCase spellings and -D properties', () => {
    const args = parseArguments(['update', '--changeLogFile', 'db.xml', '--url=jdbc:postgresql://h/db', '-DloginUser=app', '--verbose', '--count', '3']);
    expect(args).toMatchObject({
      command: 'update',
      options: { 'changelog-file': 'db.xml', url: 'jdbc:postgresql://h/db', verbose: 'true', count: '3' },
      properties: { loginUser: 'app' },
    });
  });

  it('understands the URL forms Liquibase users write', () => {
    expect(parseDatabaseUrl('jdbc:postgresql://db.internal:6543/app?user=u&password=p&sslmode=require')).toEqual({
      kind: 'postgresql', host: 'db.internal', port: 6543, database: 'app', user: 'u', password: 'p', params: { sslmode: 'require' },
    });
    expect(parseDatabaseUrl('postgresql://a:b@h/db', { username: 'x' })).toMatchObject({ user: 'x', password: 'b' });
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'embedded' });
    expect(parseDatabaseUrl('pglite:./data')).toEqual({ kind: 'embedded', dataDir: './data' });
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/unsupported database 'mysql'/);
  });

  it('--version matches package.json; --help lists the commands; an unknown command exits 2', async () => {
    expect(DBOPS_VERSION).toBe(packageJson.version);
    const version = memoryIo();
    expect(await runCli(['--version'], version)).toBe(0);
    expect(version.out).toBe(`dbops ${DBOPS_VERSION}\n`);
    const help = memoryIo();
    expect(await runCli(['--help'], help)).toBe(0);
    for (const command of ['update', 'update-sql', 'rollback-count', 'policy-check', 'release-locks']) expect(help.out).toContain(command);
    const unknown = memoryIo();
    expect(await runCli(['upgrade'], unknown)).toBe(2);
    expect(unknown.err).toContain("unknown command 'upgrade'");
  });
});

const available = await postgresAvailable();

describe.skipIf(!available)('against PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('dbops_cli');
  });
  afterAll(async () => db?.drop());

  it('rejects a malformed changelog with file and line before touching the database', async () => {
    const dir = folder({
      'changelog.xml': `<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n  <changeSet id="1" author="a">\n    <createTable tableName="t"><column name="id" type="int"/></createTable>\n  </changeSet>\n  <changeSet id="1" author="a">\n    <createTable tableName="u"/>\n  </changeSet>\n</databaseChangeLog>\n`,
    });
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['update', '--changelog-file=changelog.xml', `--url=${db.url}`], io)).toBe(2);
    expect(io.err).toMatch(/changelog\.xml:6/);
    expect(io.err).toMatch(/[Dd]uplicate/);
    const conn = await db.connect();
    try {
      const tables = await conn.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows).toEqual([]);
    } finally {
      await conn.close();
    }
  });

  it('update-sql prints the script and no progress lines (nothing is executed)', async () => {
    const dir = folder({ 'changelog.sql': '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE sql_only (id int);\n' });
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['update-sql', '--changelog-file=changelog.sql', `--url=${db.url}`], io), io.err).toBe(0);
    expect(io.out).toContain('CREATE TABLE sql_only (id int);');
    expect(io.err).not.toMatch(/executed/);
  });

  it('reads liquibase.properties, and never prints the password', async () => {
    const password = 'S3cr3t-pa55';
    const dir = folder({
      'changelog.sql': '--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n',
      'liquibase.properties': `changeLogFile=changelog.sql\nurl=${db.url.replace('postgresql://postgres@', 'jdbc:postgresql://')}\nusername=postgres\npassword=${password}\n`,
    });
    const io = memoryIo({ cwd: dir });
    expect(await runCli(['update', '--format=json'], io), io.err).toBe(0);
    expect(JSON.parse(io.out).changeSets[0].state).toBe('executed');
    const failing = memoryIo({ cwd: dir });
    expect(await runCli(['update', `--url=postgresql://nobody:${password}@127.0.0.1:1/none`], failing)).toBe(2);
    expect(failing.err).toMatch(/Cannot connect/);
    expect(failing.out + failing.err).not.toContain(password);
  });
});

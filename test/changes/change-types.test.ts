/**
 * Every change type on a real PostgreSQL: the generated SQL runs, the catalog shows the effect,
 * and where Liquibase has an automatic rollback, running the inverse leaves the schema (and rows)
 * exactly as before. Each case runs in its own schema of one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeTypes } from '../../src/changes/registry.js';
import { StopChangeError } from '../../src/changes/stop.js';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { ChangelogError } from '../../src/errors.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { catalogSnapshot } from './support/catalog-snapshot.js';
import { ChangeRunner } from './support/change-harness.js';
import { cases, files } from './support/change-cases.js';
import { node } from './support/nodes.js';

const available = await postgresAvailable();

describe.skipIf(!available)('change types on PostgreSQL', () => {
  let db: TestDatabase;
  let conn: PgConnection;
  beforeAll(async () => {
    db = await createTestDatabase('dbops_changes');
    conn = await db.connect();
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it('covers every change type the registry knows', () => {
    const covered = new Set(cases.map((c) => c.change.name));
    const rejected = ['stop', 'executeCommand', 'customChange'];
    expect([...changeTypes.keys()].filter((name) => !covered.has(name) && !rejected.includes(name))).toEqual([]);
  });

  it.each(cases.map((c, index) => [c.title, c, index] as const))('%s', async (_title, testCase, index) => {
    const schema = `c_${index}`;
    await conn.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    const runner = new ChangeRunner(conn, schema, files);
    if (testCase.setup) await conn.exec(testCase.setup);
    const before = await catalogSnapshot(conn, schema);
    const change = runner.load(testCase.change);
    await runner.apply(change);
    if (testCase.check) expect((await conn.query(testCase.check)).rows).toEqual(testCase.expected);
    const type = changeTypes.get(change.type)!;
    expect(type.inverse !== undefined).toBe(testCase.undo);
    if (testCase.undo) {
      expect(await runner.undo(change)).toBeDefined();
      if (testCase.restores !== false) expect(await catalogSnapshot(conn, schema)).toEqual(before);
    }
  });

  it('loadUpdateData rolls back by deleting the loaded rows', async () => {
    await conn.exec('CREATE SCHEMA lud; SET search_path TO lud; CREATE TABLE t (id int primary key, name text)');
    const runner = new ChangeRunner(conn, 'lud', files);
    const change = runner.load(node('loadUpdateData', { tableName: 't', file: 'db/upsert.csv', primaryKey: 'id' }));
    await runner.apply(change);
    expect((await conn.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 2 }]);
    await runner.undo(change);
    expect((await conn.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
  });
});

describe('changes that are refused', () => {
  const runner = new ChangeRunner({ query: async () => ({ rows: [], rowCount: 0 }), exec: async () => {} }, 'public');

  it('stop halts with its message', async () => {
    await expect(runner.sql(runner.load(node('stop', { message: 'halt here' })))).rejects.toThrow(StopChangeError);
  });

  it('executeCommand becomes a command for the engine to run, and is skipped on other systems', async () => {
    const change = runner.load(node('executeCommand', { executable: '/bin/ls', timeout: '2m' }, [node('arg', { value: '-l' })]));
    const statements = await changeTypes.get('executeCommand')!.generateSql(change, runner.context);
    expect(statements).toEqual([{ sql: '-- executeCommand: /bin/ls -l', command: { executable: '/bin/ls', args: ['-l'], timeoutMs: 120_000 } }]);
    expect(await runner.sql(runner.load(node('executeCommand', { executable: 'ping.exe', os: 'Windows 95' })))).toEqual([]);
    expect(changeTypes.get('executeCommand')!.description(change)).toBe('executeCommand');
  });

  it('customChange is rejected when read, naming the class', () => {
    expect(() => runner.load(node('customChange', { class: 'com.example.Fix' }))).toThrow(/customChange is not supported.*com\.example\.Fix/);
  });

  it('an unknown change type is a located ChangelogError', () => {
    const error = (() => {
      try {
        runner.load(node('createTabel', { tableName: 'x' }));
      } catch (caught) {
        return caught as ChangelogError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ChangelogError);
    expect(error!.reason).toBe("Unknown change type 'createTabel'");
    expect(error!.message).toBe("test.xml:1, changeset test::dbops: Unknown change type 'createTabel'");
  });

  it('a missing required attribute names the change and the attribute', () => {
    expect(() => runner.load(node('dropTable', {}))).toThrow("'tableName' is required for dropTable");
    expect(() => runner.load(node('createTable', { tableName: 't' }, [node('column', { name: 'a' })]))).toThrow(/column 'type' is required/);
  });
});

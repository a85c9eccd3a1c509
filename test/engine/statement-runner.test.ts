import { describe, expect, it } from 'vitest';
import type { DatabaseConnection, Queryable } from '../../src/database/connection.js';
import { DatabaseStatementRunner, StatementFailure } from '../../src/engine/statement-runner.js';

/** Records what is sent; fails a message containing `fail` with the offset of `fail` in it, as PostgreSQL reports a position. */
function recordingConnection(): DatabaseConnection & { sent: string[] } {
  const sent: string[] = [];
  const exec = async (sql: string) => {
    sent.push(sql);
    const at = sql.indexOf('fail');
    if (at >= 0) throw Object.assign(new Error('syntax error at or near "fail"'), { code: '42601', position: String(at + 1) });
  };
  const connection: DatabaseConnection & { sent: string[] } = {
    dialectName: 'postgresql',
    displayName: 'test',
    sent,
    exec,
    query: async (sql: string) => {
      await exec(sql);
      return { rows: [], rowCount: 0 };
    },
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) => {
      await exec('BEGIN');
      try {
        const value = await fn(connection);
        await exec('COMMIT');
        return value;
      } catch (error) {
        await exec('ROLLBACK');
        throw error;
      }
    },
    close: async () => {},
  };
  return connection;
}

describe('DatabaseStatementRunner', () => {
  it('sends a changeset in one message: BEGIN, its statements, its tracking row, COMMIT', async () => {
    const db = recordingConnection();
    await new DatabaseStatementRunner(db).runChangeSet([{ sql: 'CREATE TABLE a (id int)' }, { sql: 'CREATE TABLE b (id int) -- two' }], ['INSERT INTO databasechangelog VALUES (1)'], true);
    expect(db.sent).toEqual(['BEGIN;\nCREATE TABLE a (id int);\nCREATE TABLE b (id int) -- two\n;\nINSERT INTO databasechangelog VALUES (1);\nCOMMIT;']);
  });

  it('on failure rolls back, then names the failed statement by replaying them one by one in a transaction it rolls back', async () => {
    const db = recordingConnection();
    const runner = new DatabaseStatementRunner(db);
    const error = await runner.runChangeSet([{ sql: 'CREATE TABLE ok (id int)' }, { sql: 'CREATE fail' }], ['INSERT INTO databasechangelog VALUES (1)'], true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatementFailure);
    expect((error as StatementFailure).statement).toBe('CREATE fail');
    expect((error as StatementFailure).databaseError).toMatchObject({ code: '42601', position: '8' });
    expect(db.sent).toEqual([
      'BEGIN;\nCREATE TABLE ok (id int);\nCREATE fail;\nINSERT INTO databasechangelog VALUES (1);\nCOMMIT;',
      'ROLLBACK',
      'BEGIN',
      'CREATE TABLE ok (id int)',
      'CREATE fail',
      'ROLLBACK',
    ]);
  });

  it('runs a changeset with a program (executeCommand) statement by statement in a transaction', async () => {
    const db = recordingConnection();
    await new DatabaseStatementRunner(db).runChangeSet(
      [{ sql: 'CREATE TABLE a (id int)' }, { sql: '-- executeCommand: true', command: { executable: 'true', args: [] } }],
      ['INSERT INTO databasechangelog VALUES (1)'],
      true,
    );
    expect(db.sent).toEqual(['BEGIN', 'CREATE TABLE a (id int)', 'INSERT INTO databasechangelog VALUES (1)', 'COMMIT']);
  });
});

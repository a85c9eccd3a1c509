import { describe, expect, it } from 'vitest';
import type { DatabaseConnection, Queryable } from '../../src/database/connection.js';
import { ChangeSetBatch, type BatchItem } from '../../src/engine/changeset-batch.js';
import { TrackingSql } from '../../src/tracking/tracking-tables.js';

const tracking = new TrackingSql({ changelogTable: 'databasechangelog', lockTable: 'databasechangeloglock' }, 'public');

/**
 * Records every message; a message is answered when `release()` is called (or at once when
 * `immediate`). A message containing `fail` fails as PostgreSQL does, after the changesets before
 * it committed: their ids are what the DEPLOYMENT_ID query then returns.
 */
function scriptedConnection(options: { immediate?: boolean; refuse?: RegExp } = {}) {
  const sent: string[] = [];
  const committed: string[] = [];
  const waiting: Array<() => void> = [];
  const exec = async (sql: string) => {
    sent.push(sql);
    if (options.refuse?.test(sql)) throw Object.assign(new Error('unrecognized configuration parameter'), { code: '42704' });
    if (!options.immediate && sql.includes('CREATE')) await new Promise<void>((resolve) => waiting.push(resolve));
    for (const block of sql.split('COMMIT;').slice(0, -1)) {
      if (block.includes('fail')) throw Object.assign(new Error('syntax error at or near "fail"'), { code: '42601' });
      const id = /VALUES \('([^']+)'/.exec(block)?.[1];
      if (id) committed.push(id);
    }
    if (sql.includes('fail')) throw Object.assign(new Error('syntax error at or near "fail"'), { code: '42601' });
  };
  const connection: DatabaseConnection = {
    dialectName: 'postgresql',
    displayName: 'test',
    exec,
    query: async <R>(sql: string) => {
      sent.push(sql);
      const rows = sql.includes('DEPLOYMENT_ID = $1') ? committed.map((id) => ({ id, author: 'a', filename: 'c.xml' })) : [];
      return { rows: rows as R[], rowCount: rows.length };
    },
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) => fn(connection),
    close: async () => {},
  };
  return { connection, sent, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

function item(id: string, sql = `CREATE TABLE t_${id} (id int)`): BatchItem {
  return {
    result: { id, author: 'a', filePath: 'c.xml', description: '', state: 'executed', sql: [sql] },
    statements: [sql],
    tracking: [`INSERT INTO databasechangelog (ID) VALUES ('${id}')`],
    index: Number(id),
  };
}

describe('ChangeSetBatch', () => {
  it('sends without waiting: the next batch is gathered while the database applies one, and sent once it has committed', async () => {
    const db = scriptedConnection();
    const batch = new ChangeSetBatch(db.connection, tracking, '1234567890');
    batch.add(item('1'));
    batch.add(item('2'));
    batch.send();
    batch.add(item('3'));
    expect(batch.size).toBe(1);
    expect(() => batch.send()).toThrow(/not been settled/);
    await new Promise((resolve) => setTimeout(resolve, 10));
    db.release();
    const outcome = await batch.settle();
    expect(outcome?.committed.map((i) => i.result.id)).toEqual(['1', '2']);
    expect(outcome?.failed).toBeUndefined();
    expect(await batch.settle()).toBeUndefined();
    batch.send();
    db.release();
    expect((await batch.settle())?.committed.map((i) => i.result.id)).toEqual(['3']);
  });

  it('defers the disk flush of every changeset of a batch but the last, asking the server once whether it may', async () => {
    const db = scriptedConnection({ immediate: true });
    const batch = new ChangeSetBatch(db.connection, tracking, '1234567890');
    for (const id of ['1', '2', '3']) batch.add(item(id));
    batch.send();
    await batch.settle();
    batch.add(item('4'));
    batch.add(item('5'));
    batch.send();
    await batch.settle();
    batch.add(item('6'));
    batch.send();
    await batch.settle();
    const flush = 'SET LOCAL synchronous_commit TO OFF;';
    expect(db.sent).toEqual([
      `BEGIN;\n${flush}\nROLLBACK;`,
      [
        `BEGIN;\n${flush}\nCREATE TABLE t_1 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('1');\nCOMMIT;`,
        `BEGIN;\n${flush}\nCREATE TABLE t_2 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('2');\nCOMMIT;`,
        `BEGIN;\nCREATE TABLE t_3 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('3');\nCOMMIT;`,
      ].join('\n'),
      `BEGIN;\n${flush}\nCREATE TABLE t_4 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('4');\nCOMMIT;\nBEGIN;\nCREATE TABLE t_5 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('5');\nCOMMIT;`,
      `BEGIN;\nCREATE TABLE t_6 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('6');\nCOMMIT;`,
    ]);
  });

  it('commits each changeset with the server default when the server refuses synchronous_commit', async () => {
    const db = scriptedConnection({ immediate: true, refuse: /synchronous_commit/ });
    const batch = new ChangeSetBatch(db.connection, tracking, '1234567890');
    batch.add(item('1'));
    batch.add(item('2'));
    batch.send();
    expect((await batch.settle())?.committed).toHaveLength(2);
    expect(db.sent.slice(1)).toEqual([
      'ROLLBACK',
      `BEGIN;\nCREATE TABLE t_1 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('1');\nCOMMIT;\nBEGIN;\nCREATE TABLE t_2 (id int);\nINSERT INTO databasechangelog (ID) VALUES ('2');\nCOMMIT;`,
    ]);
  });

  it('on a failure: makes the committed ones durable, then says which committed, which failed (and why) and which never ran', async () => {
    const db = scriptedConnection({ immediate: true });
    const batch = new ChangeSetBatch(db.connection, tracking, '1234567890');
    batch.add(item('1'));
    batch.add(item('2', 'CREATE fail'));
    batch.add(item('3'));
    batch.send();
    const outcome = (await batch.settle())!;
    expect(outcome.committed.map((i) => i.result.id)).toEqual(['1']);
    expect(outcome.failed?.result).toMatchObject({ id: '2', state: 'failed', error: { statement: 'CREATE fail', code: '42601' } });
    expect(outcome.notRun.map((i) => [i.result.id, i.result.state])).toEqual([['3', 'notExecuted']]);
    const afterBatch = db.sent.slice(2);
    expect(afterBatch.slice(0, 3)).toEqual(['ROLLBACK', 'SELECT txid_current()', expect.stringContaining('WHERE DEPLOYMENT_ID = $1')]);
  });

  it('a connection that fails while the next batch is prepared is thrown by settle, not left unhandled', async () => {
    const db = scriptedConnection({ immediate: true });
    db.connection.exec = async () => {
      throw new Error('Connection terminated unexpectedly');
    };
    db.connection.query = async () => {
      throw new Error('Connection terminated unexpectedly');
    };
    const batch = new ChangeSetBatch(db.connection, tracking, '1234567890');
    batch.add(item('1'));
    batch.send();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(batch.settle()).rejects.toThrow(/Connection terminated/);
  });
});

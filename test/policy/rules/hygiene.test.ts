import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('DB701 irreversible-without-rollback', () => {
  test('reported at the changeset, naming its change types', async () => {
    const [finding] = of('DB701')(await check(changeSet('DROP TABLE x;', { id: 'drop-x', hasRollback: false, changeTypes: ['dropTable'], line: 12 })));
    expect(finding).toMatchObject({
      severity: 'error',
      message: 'Changeset drop-x (dropTable) cannot be rolled back automatically and has no rollback block.',
      line: 12,
      file: 'db/changelog.sql',
    });
    expect(finding?.statement).toBeUndefined();
  });
  test('a changeset with a rollback (explicit or automatic) passes', async () => {
    expect(of('DB701')(await check(changeSet('DROP TABLE x;', { hasRollback: true })))).toEqual([]);
  });
});

describe('DB702 missing-author and DB703 missing-comment', () => {
  test('empty and placeholder authors', async () => {
    expect(of('DB702')(await check(changeSet('SELECT 1;', { author: '' })))[0]?.message).toBe('Changeset has no author.');
    expect(of('DB702')(await check(changeSet('SELECT 1;', { author: 'Unknown' })))[0]?.message).toBe('Changeset author "Unknown" is a placeholder.');
    const config = 'rules:\n  DB702:\n    options:\n      placeholders: [bot]\n';
    expect(of('DB702')(await check(changeSet('SELECT 1;', { author: 'unknown' }), config))).toEqual([]);
  });
  test('DB703 is opt-in', async () => {
    expect(of('DB703')(await check(changeSet('SELECT 1;')))).toEqual([]);
    expect(of('DB703')(await check(changeSet('SELECT 1;'), 'rules:\n  DB703: on\n'))).toHaveLength(1);
    expect(of('DB703')(await check(changeSet('SELECT 1;', { comment: 'why' }), 'rules:\n  DB703: on\n'))).toEqual([]);
  });
});

describe('DB704 unrelated-changes', () => {
  test('tables joined by a foreign key, a rename or DML are related', async () => {
    const sql =
      'CREATE TABLE invoice (id bigint PRIMARY KEY, person_id bigint REFERENCES person (id));\n' +
      'ALTER TABLE person ADD COLUMN invoice_count bigint;\n' +
      'UPDATE person SET invoice_count = 0;\n' +
      'ALTER TABLE invoice RENAME TO bill;\nCREATE INDEX idx_bill_person_id ON bill (person_id);';
    expect(of('DB704')(await check(changeSet(sql)))).toEqual([]);
  });
  test('separate groups are listed', async () => {
    const sql = 'CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY);\nCREATE INDEX idx_b_id ON b (id);\nCREATE SEQUENCE s;';
    expect(of('DB704')(await check(changeSet(sql)))[0]?.message).toBe('Changeset changes 2 unrelated groups of tables: a; b.');
  });
});

describe('DB705 table-without-primary-key', () => {
  test('a key added later in the set counts; temporary tables and partitions are not checked', async () => {
    const findings = await check([
      changeSet('CREATE TABLE a (x text);\nCREATE TABLE b (x text);\nCREATE TEMP TABLE c (x text);\nCREATE TABLE m_2020 PARTITION OF m FOR VALUES FROM (1) TO (2);'),
      changeSet('ALTER TABLE a ADD CONSTRAINT pk_a PRIMARY KEY (x);'),
    ]);
    expect(of('DB705')(findings).map((f) => [f.message, f.line, f.changeSet?.id])).toEqual([['Table b has no primary key.', 3, findings[0]?.changeSet?.id]]);
  });
  test('a table dropped again needs none', async () => {
    expect(of('DB705')(await check(changeSet('CREATE TABLE tmp (x text);\nDROP TABLE tmp;')))).toEqual([]);
  });
});

describe('DB706 transaction-control', () => {
  test('any BEGIN/COMMIT in a changeset dbops wraps in a transaction', async () => {
    expect(of('DB706')(await check(changeSet('BEGIN;\nSELECT 1;\nCOMMIT;')))).toHaveLength(2);
  });
  test('without the wrapper: nesting, stray COMMIT and an open block are flagged; savepoints are fine', async () => {
    const findings = await check(
      changeSet('BEGIN;\nSAVEPOINT s;\nROLLBACK TO s;\nCOMMIT;\nCOMMIT;\nBEGIN;\nBEGIN;\nSELECT 1;', { runInTransaction: false }),
    );
    expect(of('DB706')(findings).map((f) => [f.message, f.line])).toEqual([
      ['COMMIT without a transaction block to end.', 6],
      ['The changeset leaves a transaction block open (BEGIN without COMMIT).', 7],
      ['BEGIN while a transaction block is already open.', 8],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('DB501 prefer-bigint', () => {
  const sql =
    'CREATE TABLE m (id int PRIMARY KEY, team_id integer, parent int REFERENCES m (id), seq serial, small smallint, count integer, code int2, ' +
    'CONSTRAINT fk_m_owner FOREIGN KEY (owner) REFERENCES person (id), owner int4);';
  test('by default: ids only (primary key, *_id, foreign keys, serial)', async () => {
    expect(of('DB501')(await check(changeSet(sql))).map((f) => f.message)).toEqual([
      'm.id is integer: 32-bit ids run out.',
      'm.team_id is integer: 32-bit ids run out.',
      'm.parent is integer: 32-bit ids run out.',
      'm.seq is serial: 32-bit ids run out.',
      'm.owner is integer: 32-bit ids run out.',
    ]);
  });
  test('columns: all flags every small integer, as Squawk does', async () => {
    const findings = await check(changeSet(sql), 'rules:\n  DB501:\n    options:\n      columns: all\n');
    expect(of('DB501')(findings)).toHaveLength(8);
    expect(of('DB501')(findings).find((f) => f.message.startsWith('m.small'))?.message).toBe('m.small is smallint: 16-bit ids run out.');
  });
  test('ADD COLUMN and ALTER COLUMN TYPE are checked too', async () => {
    const findings = await check(changeSet('ALTER TABLE a ADD COLUMN b_id integer;\nALTER TABLE a ALTER COLUMN c_id TYPE int;'));
    expect(of('DB501')(findings)).toHaveLength(2);
  });
});

describe('DB502–DB505', () => {
  test('timestamp, varchar(n), char(n), serial', async () => {
    const findings = await check(
      changeSet('CREATE TABLE t (id bigserial PRIMARY KEY, a timestamp(3), b timestamp with time zone, c varchar(10), d varchar, e character(2), f "char", g text[]);'),
    );
    expect(of('DB502')(findings).map((f) => f.message)).toEqual(['t.a is timestamp without time zone.']);
    expect(of('DB503')(findings).map((f) => f.message)).toEqual(['t.c is varchar(10): the limit is part of the type.']);
    expect(of('DB504')(findings).map((f) => f.message)).toEqual(['t.e is char(2): blank-padded fixed-length text.']);
    expect(of('DB505')(findings).map((f) => f.message)).toEqual(['t.id is bigserial, not an identity column.']);
  });
});

describe('DB506 identifier-too-long', () => {
  const long = `t_${'x'.repeat(62)}`;
  test('reads the source: the parser has already truncated the name', async () => {
    const findings = await check(changeSet(`CREATE TABLE ${long} (id bigint PRIMARY KEY);`));
    expect(of('DB506')(findings)[0]?.message).toBe(`${long} is 64 bytes; PostgreSQL truncates it to 63.`);
  });
  test('quoted names and multi-byte characters count in bytes', async () => {
    const findings = await check(changeSet(`ALTER TABLE a ADD COLUMN "${'é'.repeat(32)}" text;`));
    expect(of('DB506')(findings)[0]?.message).toContain('is 64 bytes');
  });
  test('63 bytes is fine, and so are long strings and comments', async () => {
    const sql = `-- ${'c'.repeat(80)}\nCREATE TABLE ${'t'.repeat(63)} (id bigint PRIMARY KEY, note text DEFAULT '${'s'.repeat(80)}');`;
    expect(of('DB506')(await check(changeSet(sql)))).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { changeSet, check, codes } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Awaited<ReturnType<typeof check>>) => findings.filter((f) => f.rule === code);

describe('DB101 drop-table', () => {
  test('flags each existing table of a DROP TABLE, with CASCADE spelled out', async () => {
    const [finding] = of('DB101')(await check(changeSet('DROP TABLE audit_log, public.session CASCADE;')));
    expect(finding?.message).toBe(
      'DROP TABLE audit_log, public.session deletes the tables and their data; CASCADE also drops the views and foreign keys that depend on it.',
    );
    expect(finding?.severity).toBe('error');
  });
  test('a table created in an earlier changeset of the same set is not existing', async () => {
    const findings = await check([changeSet('CREATE TABLE scratch (id bigint PRIMARY KEY);'), changeSet('DROP TABLE scratch;')]);
    expect(of('DB101')(findings)).toEqual([]);
  });
  test('a table dropped and created again is existing before the create', async () => {
    const findings = await check([changeSet('DROP TABLE person;'), changeSet('CREATE TABLE person (id bigint PRIMARY KEY);')]);
    expect(of('DB101')(findings)).toHaveLength(1);
  });
  test('a schema-qualified table matches an unqualified create', async () => {
    const findings = await check(changeSet('CREATE TABLE scratch (id bigint PRIMARY KEY);\nDROP TABLE public.scratch;'));
    expect(of('DB101')(findings)).toEqual([]);
  });
  test('DROP VIEW is not a table drop', async () => {
    expect(of('DB101')(await check(changeSet('DROP VIEW active_person;')))).toEqual([]);
  });
});

describe('DB102 drop-column', () => {
  test('flags dropping a column of an existing table', async () => {
    expect(of('DB102')(await check(changeSet('ALTER TABLE person DROP COLUMN middle_name, DROP COLUMN title;')))[0]?.message).toBe(
      'Dropping columns middle_name, title of person deletes their data and breaks code that still uses them.',
    );
  });
  test('not on a table renamed from one created in the set', async () => {
    const sql = 'CREATE TABLE tmp_person (id bigint PRIMARY KEY, x text);\nALTER TABLE tmp_person RENAME TO person2;\nALTER TABLE person2 DROP COLUMN x;';
    expect(of('DB102')(await check(changeSet(sql)))).toEqual([]);
  });
});

describe('DB103 drop-schema and DB104 drop-database', () => {
  test('flag existing schemas and any database', async () => {
    const findings = await check(changeSet('DROP SCHEMA reporting CASCADE;\nDROP DATABASE legacy;'));
    expect(codes(findings).filter((c) => c === 'DB103' || c === 'DB104')).toEqual(['DB103', 'DB104']);
  });
  test('a schema created in the set may be dropped', async () => {
    expect(of('DB103')(await check(changeSet('CREATE SCHEMA staging;\nDROP SCHEMA staging;')))).toEqual([]);
  });
});

describe('DB105 truncate-table, DB106 truncate-cascade, DB107 delete-all-rows', () => {
  test('TRUNCATE … CASCADE is both a truncate and a cascade', async () => {
    const findings = await check(changeSet('TRUNCATE session_store CASCADE;'));
    expect(of('DB105')(findings)).toHaveLength(1);
    expect(of('DB106')(findings)).toHaveLength(1);
  });
  test('TRUNCATE of a new table is fine, CASCADE still is not', async () => {
    const findings = await check(changeSet('CREATE TABLE t (id bigint PRIMARY KEY);\nTRUNCATE t CASCADE;'));
    expect(of('DB105')(findings)).toEqual([]);
    expect(of('DB106')(findings)).toHaveLength(1);
  });
  test('DELETE without WHERE, not with one', async () => {
    expect(of('DB107')(await check(changeSet('DELETE FROM feature_flag;')))).toHaveLength(1);
    expect(of('DB107')(await check(changeSet('DELETE FROM feature_flag WHERE id = 1;')))).toEqual([]);
  });
});

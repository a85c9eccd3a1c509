import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('DB603 index-name', () => {
  test('the ready option idx_<table>_<columns> (the default)', async () => {
    const findings = await check(changeSet('CREATE INDEX person_job_title_idx ON person (job_title);'));
    expect(of('DB603')(findings)[0]?.message).toBe('Index name person_job_title_idx does not follow the naming convention: expected idx_person_job_title.');
  });
  test('several columns are joined with _', async () => {
    expect(of('DB603')(await check(changeSet('CREATE INDEX idx_person_last_name_first_name ON person (last_name, first_name);')))).toEqual([]);
  });
  test('unique indexes have their own pattern', async () => {
    const findings = await check(changeSet('CREATE UNIQUE INDEX idx_person_email ON person (email);'));
    expect(of('DB603')(findings)[0]?.message).toContain('expected uk_person_email');
  });
  test('an unnamed index is told the name to use', async () => {
    expect(of('DB603')(await check(changeSet('CREATE INDEX ON person (email);')))[0]?.message).toBe(
      'Unnamed index on person gets a generated name: name it idx_person_email.',
    );
  });
  test('a configured regex', async () => {
    const config = "rules:\n  index-name:\n    options:\n      pattern: '^ix_[a-z0-9_]+$'\n";
    expect(of('DB603')(await check(changeSet('CREATE INDEX ix_person_email ON person (email);'), config))).toEqual([]);
    expect(of('DB603')(await check(changeSet('CREATE INDEX person_email ON person (email);'), config))[0]?.message).toContain(
      'expected a name matching ^ix_[a-z0-9_]+$',
    );
  });
  test('expression indexes cannot be checked against a template', async () => {
    expect(of('DB603')(await check(changeSet('CREATE INDEX whatever ON person (lower(email));')))).toEqual([]);
  });
});

describe('DB601 table-name, DB602 column-name', () => {
  test('lower_snake_case by default, renames included', async () => {
    const findings = await check(changeSet('CREATE TABLE "Person" (id bigint PRIMARY KEY, "firstName" text);\nALTER TABLE person RENAME COLUMN a TO "B";'));
    expect(of('DB601')(findings).map((f) => f.message)).toEqual([
      'Table name Person does not follow the naming convention: expected a name matching ^[a-z][a-z0-9_]*$.',
    ]);
    expect(of('DB602')(findings)).toHaveLength(2);
  });
  test('a configured prefix', async () => {
    const config = "rules:\n  DB601:\n    options:\n      pattern: '^tbl_[a-z_]+$'\n";
    expect(of('DB601')(await check(changeSet('CREATE TABLE tbl_person (id bigint PRIMARY KEY);'), config))).toEqual([]);
    expect(of('DB601')(await check(changeSet('CREATE TABLE person (id bigint PRIMARY KEY);'), config))).toHaveLength(1);
  });
});

describe('DB604 constraint-name and DB605 foreign-key-name', () => {
  const sql =
    'CREATE TABLE person (id bigint, email text, team_id bigint, ' +
    'CONSTRAINT person_pkey PRIMARY KEY (id), CONSTRAINT uk_person_email UNIQUE (email), CONSTRAINT "Positive" CHECK (id > 0), ' +
    'CONSTRAINT person_team_fk FOREIGN KEY (team_id) REFERENCES team (id), UNIQUE (team_id));';
  test('by default names are lower snake case (Liquibase names primary keys <table>_pkey itself)', async () => {
    const findings = await check(changeSet(sql));
    expect(of('DB604')(findings).map((f) => f.message)).toEqual([
      'Check constraint name Positive does not follow the naming convention: expected a name matching ^[a-z][a-z0-9_]*$.',
    ]);
    expect(of('DB605')(findings)).toEqual([]);
  });
  test('a configured convention; unnamed constraints are not checked', async () => {
    const config =
      "rules:\n  DB604:\n    options:\n      primaryKey: 'pk_<table>'\n      unique: 'uk_<table>_<columns>'\n      check: '^ck_[a-z0-9_]+$'\n" +
      "  DB605:\n    options:\n      pattern: 'fk_<table>_<referenced_table>'\n";
    const findings = await check(changeSet(sql), config);
    expect(of('DB604')(findings).map((f) => f.message)).toEqual([
      'Primary key name person_pkey does not follow the naming convention: expected pk_person.',
      'Check constraint name Positive does not follow the naming convention: expected a name matching ^ck_[a-z0-9_]+$.',
    ]);
    expect(of('DB605')(findings).map((f) => f.message)).toEqual([
      'Foreign key name person_team_fk does not follow the naming convention: expected fk_person_team.',
    ]);
  });
  test('an empty pattern turns one kind off', async () => {
    const config = "rules:\n  DB604:\n    options:\n      check: ''\n";
    expect(of('DB604')(await check(changeSet('ALTER TABLE t ADD CONSTRAINT "Positive" CHECK (a > 0) NOT VALID;'), config))).toEqual([]);
  });
  test('foreign key templates know the referenced columns', async () => {
    const config = "rules:\n  DB605:\n    options:\n      pattern: 'fk_<table>_<columns>__<referenced_table>_<referenced_columns>'\n";
    const sql = 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id__customer_id FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;';
    expect(of('DB605')(await check(changeSet(sql), config))).toEqual([]);
    expect(of('DB605')(await check(changeSet(sql.replace('fk_orders_customer_id__customer_id', 'fk_x')), config))).toHaveLength(1);
  });
});

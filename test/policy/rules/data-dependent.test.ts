import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('DB301 unique-on-existing-table', () => {
  test('unique index, unique constraint and primary key on existing tables', async () => {
    const findings = await check(
      changeSet(
        'CREATE UNIQUE INDEX CONCURRENTLY uk_person_email ON person (email);\n' +
          'ALTER TABLE person ADD CONSTRAINT uk_person_login UNIQUE (login);\n' +
          'ALTER TABLE legacy_item ADD PRIMARY KEY (id);',
        { runInTransaction: false },
      ),
    );
    expect(of('DB301')(findings).map((f) => f.message)).toEqual([
      'Unique index uk_person_email on existing table person fails if its rows hold duplicates.',
      'Unique constraint (login) on existing table person fails if its rows hold duplicates.',
      'Primary key (id) on existing table legacy_item fails if its rows hold duplicates or NULLs.',
    ]);
  });
  test('USING INDEX takes over an index that already enforces uniqueness', async () => {
    expect(of('DB301')(await check(changeSet('ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE USING INDEX uk_person_email;')))).toEqual([]);
  });
  test('a plain index is not unique', async () => {
    expect(of('DB301')(await check(changeSet('CREATE INDEX CONCURRENTLY idx_person_email ON person (email);', { runInTransaction: false })))).toEqual([]);
  });
});

describe('DB302 not-null-on-existing-column', () => {
  test('SET NOT NULL and ADD CONSTRAINT … NOT NULL (PostgreSQL 18)', async () => {
    const findings = await check(changeSet('ALTER TABLE person ALTER COLUMN email SET NOT NULL;\nALTER TABLE person ADD CONSTRAINT nn_login NOT NULL login;'));
    expect(of('DB302')(findings)).toHaveLength(2);
  });
  test('a validated check from an earlier changeset proves there are no NULLs', async () => {
    const findings = await check([
      changeSet('ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;'),
      changeSet('ALTER TABLE person VALIDATE CONSTRAINT ck_person_email_nn;'),
      changeSet('ALTER TABLE person ALTER COLUMN email SET NOT NULL;'),
    ]);
    expect(of('DB302')(findings)).toEqual([]);
    expect(of('DB405')(findings)).toEqual([]);
  });
  test('a NOT VALID check that was never validated proves nothing', async () => {
    const findings = await check([
      changeSet('ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;'),
      changeSet('ALTER TABLE person ALTER COLUMN email SET NOT NULL;'),
    ]);
    expect(of('DB302')(findings)).toHaveLength(1);
  });
  test('a check on another column proves nothing for this one', async () => {
    const findings = await check(changeSet('ALTER TABLE person ADD CONSTRAINT ck_login CHECK (login IS NOT NULL);\nALTER TABLE person ALTER COLUMN email SET NOT NULL;'));
    expect(of('DB302')(findings)).toHaveLength(1);
  });
});

describe('DB303 required-column-on-existing-table', () => {
  test.each([
    ['ALTER TABLE person ADD COLUMN status text NOT NULL;', 1],
    ["ALTER TABLE person ADD COLUMN status text NOT NULL DEFAULT 'new';", 0],
    ['ALTER TABLE person ADD COLUMN seq bigserial NOT NULL;', 0],
    ['ALTER TABLE person ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY NOT NULL;', 0],
    ['ALTER TABLE person ADD COLUMN total numeric NOT NULL GENERATED ALWAYS AS (a + b) STORED;', 0],
    ['ALTER TABLE person ADD COLUMN status text;', 0],
  ])('%s', async (sql, expected) => {
    expect(of('DB303')(await check(changeSet(sql)))).toHaveLength(expected);
  });
});

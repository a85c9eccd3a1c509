import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('DB201 rename-table', () => {
  test('flags renaming an existing table', async () => {
    expect(of('DB201')(await check(changeSet('ALTER TABLE customer RENAME TO client;')))[0]?.message).toBe(
      'Renaming table customer to client breaks clients that still use the old name.',
    );
  });
  test('a view with the old name, later in the changeset, keeps clients working', async () => {
    const sql = 'ALTER TABLE customer RENAME TO client;\nCREATE VIEW customer AS SELECT * FROM client;';
    expect(of('DB201')(await check(changeSet(sql)))).toEqual([]);
  });
  test('a view in another changeset does not count', async () => {
    const findings = await check([changeSet('ALTER TABLE customer RENAME TO client;'), changeSet('CREATE VIEW customer AS SELECT * FROM client;')]);
    expect(of('DB201')(findings)).toHaveLength(1);
  });
  test('renaming an index is not a table rename', async () => {
    expect(of('DB201')(await check(changeSet('ALTER INDEX idx_a RENAME TO idx_b;')))).toEqual([]);
  });
});

describe('DB202 rename-column', () => {
  test('flags an existing table, not a new one', async () => {
    expect(of('DB202')(await check(changeSet('ALTER TABLE person RENAME COLUMN surname TO last_name;')))).toHaveLength(1);
    const sql = 'CREATE TABLE person (id bigint PRIMARY KEY, surname text);\nALTER TABLE person RENAME COLUMN surname TO last_name;';
    expect(of('DB202')(await check(changeSet(sql)))).toEqual([]);
  });
});

describe('DB203 drop-not-null', () => {
  test('flags each column', async () => {
    const findings = await check(changeSet('ALTER TABLE invoice ALTER COLUMN a DROP NOT NULL, ALTER COLUMN b DROP NOT NULL;'));
    expect(of('DB203')(findings)[0]?.message).toBe('Dropping NOT NULL on invoice.a, invoice.b lets NULLs reach readers that do not expect them.');
  });
});

describe('DB204 change-column-type', () => {
  test('flags type changes on existing tables with the new type', async () => {
    expect(of('DB204')(await check(changeSet('ALTER TABLE product ALTER COLUMN price TYPE numeric(12,2);')))[0]?.message).toBe(
      'Changing the type of product.price to numeric(12,2) may break clients that map the old type.',
    );
  });
  test('SET DEFAULT is not a type change', async () => {
    expect(of('DB204')(await check(changeSet('ALTER TABLE product ALTER COLUMN price SET DEFAULT 0;')))).toEqual([]);
  });
});

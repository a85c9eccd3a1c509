import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);
const outside = { runInTransaction: false };

describe('DB401 create-index-not-concurrently', () => {
  test('on an existing table, not on one created earlier in the set', async () => {
    const findings = await check([
      changeSet('CREATE TABLE person (id bigint PRIMARY KEY, job_title text);'),
      changeSet('CREATE INDEX idx_person_job_title ON person (job_title);\nCREATE INDEX idx_team_name ON team (name);'),
    ]);
    expect(of('DB401')(findings).map((f) => f.message)).toEqual(['CREATE INDEX idx_team_name on existing table team blocks writes to it until the index is built.']);
  });
});

describe('DB402 drop-index-not-concurrently', () => {
  test('an index created on a new table may be dropped plainly', async () => {
    const sql = 'CREATE TABLE t (id bigint PRIMARY KEY, a text);\nCREATE INDEX idx_t_a ON t (a);\nDROP INDEX idx_t_a;\nDROP INDEX idx_other;';
    expect(of('DB402')(await check(changeSet(sql))).map((f) => f.statement)).toEqual(['DROP INDEX idx_other']);
  });
});

describe('DB403 foreign-key-without-not-valid', () => {
  test('validated foreign key, REFERENCES on a new column, validation in the same transaction', async () => {
    const findings = await check(
      changeSet(
        'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id);\n' +
          'ALTER TABLE orders ADD COLUMN product_id bigint REFERENCES product (id);\n' +
          'ALTER TABLE orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shop (id) NOT VALID;\n' +
          'ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_shop;',
      ),
    );
    expect(of('DB403')(findings).map((f) => f.message)).toEqual([
      'Foreign key fk_orders_customer on existing table orders checks every row while blocking writes to both tables.',
      'Column product_id added with REFERENCES to existing table orders locks both tables against writes while the key is set up.',
      'Foreign key fk_orders_shop is validated in the same transaction that added it NOT VALID, so the lock is held for the whole scan anyway.',
    ]);
  });
  test('NOT VALID then VALIDATE in separate changesets is the safe pattern', async () => {
    const findings = await check([
      changeSet('ALTER TABLE orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shop (id) NOT VALID;'),
      changeSet('ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_shop;'),
    ]);
    expect(of('DB403')(findings)).toEqual([]);
  });
  test('NOT ENFORCED keys are never checked', async () => {
    expect(of('DB403')(await check(changeSet('ALTER TABLE orders ADD CONSTRAINT fk_x FOREIGN KEY (x) REFERENCES y (id) NOT ENFORCED;')))).toEqual([]);
  });
});

describe('DB404 check-without-not-valid', () => {
  test('validated check on an existing table; validation in an explicit transaction block', async () => {
    const findings = await check(
      changeSet(
        'ALTER TABLE product ADD CONSTRAINT ck_price CHECK (price >= 0);\n' +
          'BEGIN;\nALTER TABLE product ADD CONSTRAINT ck_qty CHECK (qty >= 0) NOT VALID;\nALTER TABLE product VALIDATE CONSTRAINT ck_qty;\nCOMMIT;',
        outside,
      ),
    );
    expect(of('DB404')(findings)).toHaveLength(2);
  });
});

describe('DB405 set-not-null-scan', () => {
  test('flags SET NOT NULL on an existing table', async () => {
    expect(of('DB405')(await check(changeSet('ALTER TABLE person ALTER COLUMN email SET NOT NULL;')))).toHaveLength(1);
  });
});

describe('DB406 column-type-rewrite', () => {
  test('unknown old type: may rewrite', async () => {
    expect(of('DB406')(await check(changeSet('ALTER TABLE event ALTER COLUMN id TYPE bigint;')))).toHaveLength(1);
  });
  test.each([
    ['varchar(50)', 'varchar(100)', 0],
    ['varchar(50)', 'text', 0],
    ['varchar(100)', 'varchar(50)', 1],
    ['numeric(10,2)', 'numeric(12,2)', 0],
    ['numeric(10,2)', 'numeric(12,3)', 1],
    ['integer', 'bigint', 1],
    ['cidr', 'inet', 0],
  ])('%s → %s', async (from, to, expected) => {
    const sql = `ALTER TABLE event ADD COLUMN c ${from};\nALTER TABLE event ALTER COLUMN c TYPE ${to};`;
    expect(of('DB406')(await check(changeSet(sql)))).toHaveLength(expected);
  });
  test('a USING clause always rewrites', async () => {
    const sql = 'ALTER TABLE event ADD COLUMN c varchar(5);\nALTER TABLE event ALTER COLUMN c TYPE text USING upper(c);';
    expect(of('DB406')(await check(changeSet(sql)))).toHaveLength(1);
  });
});

describe('DB407 volatile-default', () => {
  test.each([
    ['uuid DEFAULT gen_random_uuid()', 1],
    ['timestamptz DEFAULT clock_timestamp()', 1],
    ['bigint DEFAULT nextval(\'s\')', 1],
    ['numeric DEFAULT random() * 10', 1],
    ['text DEFAULT my_schema.make_code()', 1],
    ['int DEFAULT (SELECT max(id) FROM other)', 1],
    ['bigserial', 1],
    ['bigint GENERATED ALWAYS AS IDENTITY', 1],
    ['numeric GENERATED ALWAYS AS (a * b) STORED', 1],
    ['numeric GENERATED ALWAYS AS (a * b) VIRTUAL', 0],
    ['timestamptz DEFAULT now()', 0],
    ['int DEFAULT -1', 0],
    ["jsonb DEFAULT '{}'::jsonb", 0],
    ["text DEFAULT repeat('x', 10)", 0],
    ["timestamptz DEFAULT now() + interval '1 day'", 0],
    ['date DEFAULT CURRENT_DATE', 0],
  ])('ADD COLUMN c %s', async (definition, expected) => {
    expect(of('DB407')(await check(changeSet(`ALTER TABLE account ADD COLUMN c ${definition};`)))).toHaveLength(expected);
  });
});

describe('DB408 add-primary-key and DB409 add-unique-constraint', () => {
  test('plain constraints lock, USING INDEX does not', async () => {
    const findings = await check(
      changeSet(
        'ALTER TABLE a ADD PRIMARY KEY (id);\nALTER TABLE b ADD CONSTRAINT pk_b PRIMARY KEY USING INDEX uk_b_id;\n' +
          'ALTER TABLE c ADD CONSTRAINT uk_c_x UNIQUE (x);\nALTER TABLE d ADD CONSTRAINT uk_d_x UNIQUE USING INDEX uk_d_x;\n' +
          'ALTER TABLE e ADD CONSTRAINT ex_e EXCLUDE USING gist (r WITH &&);\nALTER TABLE f ADD COLUMN code text UNIQUE;',
      ),
    );
    expect(of('DB408')(findings).map((f) => f.statement)).toEqual(['ALTER TABLE a ADD PRIMARY KEY (id)']);
    expect(of('DB409')(findings).map((f) => f.statement)).toEqual([
      'ALTER TABLE c ADD CONSTRAINT uk_c_x UNIQUE (x)',
      'ALTER TABLE e ADD CONSTRAINT ex_e EXCLUDE USING gist (r WITH &&)',
      'ALTER TABLE f ADD COLUMN code text UNIQUE',
    ]);
  });
});

describe('DB410 concurrently-in-transaction', () => {
  test.each([
    'CREATE INDEX CONCURRENTLY idx_a_b ON a (b);',
    'DROP INDEX CONCURRENTLY idx_a_b;',
    'REINDEX INDEX CONCURRENTLY idx_a_b;',
    'ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY;',
    'VACUUM a;',
    'CREATE DATABASE x;',
  ])('%s in a changeset with runInTransaction', async (sql) => {
    expect(of('DB410')(await check(changeSet(sql)))).toHaveLength(1);
    expect(of('DB410')(await check(changeSet(sql, outside)))).toEqual([]);
  });
  test('an explicit BEGIN opens a block even with runInTransaction false', async () => {
    const findings = await check(changeSet('BEGIN;\nCREATE INDEX CONCURRENTLY idx_a_b ON a (b);\nCOMMIT;', outside));
    expect(of('DB410')(findings)[0]?.message).toContain('explicit BEGIN');
  });
});

describe('DB411 missing-lock-timeout', () => {
  test('reported once per changeset, at the first statement that locks something existing', async () => {
    const findings = await check(changeSet('CREATE TABLE t (id bigint PRIMARY KEY);\nALTER TABLE person ADD COLUMN a text;\nALTER TABLE person ADD COLUMN b text;'));
    expect(of('DB411')(findings).map((f) => f.statement)).toEqual(['ALTER TABLE person ADD COLUMN a text']);
  });
  test('SET LOCAL lasts for the changeset, SET for the rest of the run, RESET ends both', async () => {
    const findings = await check([
      changeSet("SET LOCAL lock_timeout = '2s';\nALTER TABLE a ADD COLUMN x text;", { id: 'local' }),
      changeSet('ALTER TABLE b ADD COLUMN x text;', { id: 'after-local' }),
      changeSet("SET lock_timeout = '2s';\nALTER TABLE c ADD COLUMN x text;", { id: 'session' }),
      changeSet('ALTER TABLE d ADD COLUMN x text;', { id: 'after-session' }),
      changeSet('RESET lock_timeout;\nALTER TABLE e ADD COLUMN x text;', { id: 'reset' }),
      changeSet("SET lock_timeout = 0;\nALTER TABLE f ADD COLUMN x text;", { id: 'zero' }),
    ]);
    expect(of('DB411')(findings).map((f) => f.changeSet?.id)).toEqual(['after-local', 'reset', 'zero']);
  });
  test('a new table referencing an existing one locks the existing one', async () => {
    const findings = await check(changeSet('CREATE TABLE invoice (id bigint PRIMARY KEY, person_id bigint REFERENCES person (id));'));
    expect(of('DB411')(findings)[0]?.message).toContain('person (referenced by a new foreign key)');
  });
  test('only new objects: nothing to protect', async () => {
    const sql = 'CREATE TABLE t (id bigint PRIMARY KEY, a text);\nCREATE INDEX idx_t_a ON t (a);\nALTER TABLE t ADD COLUMN b text;';
    expect(of('DB411')(await check(changeSet(sql)))).toEqual([]);
  });
});

describe('DB412, DB413, DB414', () => {
  test('REINDEX, DETACH PARTITION, VACUUM FULL and CLUSTER on existing tables', async () => {
    const findings = await check(
      changeSet('REINDEX TABLE a;\nALTER TABLE m DETACH PARTITION m_2020;\nVACUUM FULL b;\nCLUSTER c USING idx_c;\nCLUSTER;', outside),
    );
    expect(of('DB412')(findings)).toHaveLength(1);
    expect(of('DB413')(findings)).toHaveLength(1);
    expect(of('DB414')(findings).map((f) => f.message)).toEqual([
      'VACUUM FULL b rewrites the table while blocking reads and writes.',
      'CLUSTER c rewrites the table while blocking reads and writes.',
      'CLUSTER without a table rewrites every table in the database under ACCESS EXCLUSIVE locks.',
    ]);
  });
  test('the CONCURRENTLY forms and plain VACUUM pass', async () => {
    const findings = await check(
      changeSet('REINDEX TABLE CONCURRENTLY a;\nALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY;\nVACUUM (ANALYZE) b;\nVACUUM (FULL false) b;', outside),
    );
    expect(findings.filter((f) => ['DB412', 'DB413', 'DB414'].includes(f.rule))).toEqual([]);
  });
});

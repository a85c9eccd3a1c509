import { describe, expect, test } from 'vitest';
import type { ParsedNode } from '../../src/changelog/model.js';
import type { WritableChangeSet } from '../../src/changelog/writers/writable-changeset.js';
import { generateChangeSets } from '../../src/diff/changeset-generator.js';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import type { ForeignKeyObject, RoutineObject, Snapshot, TriggerObject } from '../../src/snapshot/model.js';
import { column, keyed, snapshotOf, table, view } from './support/snapshot-builders.js';

const empty = snapshotOf();
const generate = (reference: Snapshot, target: Snapshot = empty, options: Partial<Parameters<typeof generateChangeSets>[1]> = {}) =>
  generateChangeSets(diffSnapshots(reference, target), { author: 'jane', idPrefix: 'T', ...options });

/** `change-name object` per change, in order. */
function outline(changeSets: WritableChangeSet[]): string[] {
  return changeSets.flatMap((c) => c.changes.map(describe_));
}

function describe_(node: ParsedNode): string {
  const a = node.attributes;
  const name = a.tableName ?? a.baseTableName ?? a.viewName ?? a.sequenceName ?? a.oldTableName ?? '';
  if (node.name === 'sql') return `sql ${node.text!.split('\n')[0]}`;
  return `${node.name} ${name}`;
}

const fk = (name: string, columns: string[], referencedTable: string): ForeignKeyObject => ({
  name,
  definition: `FOREIGN KEY (${columns.join(', ')}) REFERENCES public.${referencedTable}(id)`,
  columns,
  referencedSchema: 'public',
  referencedTable,
  referencedColumns: ['id'],
  onUpdate: 'NO ACTION',
  onDelete: 'CASCADE',
  match: 'SIMPLE',
  deferrable: true,
  initiallyDeferred: true,
});

const routine = (name: string, returns: string, dependsOn: string[] = []): RoutineObject => ({
  schema: 'public', name, kind: 'function', arguments: '', returns, language: 'plpgsql',
  definition: `CREATE OR REPLACE FUNCTION public.${name}()\n RETURNS ${returns}\n LANGUAGE plpgsql\nAS $function$ BEGIN RETURN NULL; END; $function$`,
  dependsOn,
});

const trigger = (name: string, tableName: string, fn: string): TriggerObject => ({
  schema: 'public', table: tableName, name,
  definition: `CREATE TRIGGER ${name} BEFORE INSERT ON public.${tableName} FOR EACH ROW EXECUTE FUNCTION public.${fn}()`,
  function: { schema: 'public', name: fn }, enabled: 'O',
});

describe('generateChangeSets: order', () => {
  test('a type before the table using it, even where Liquibase 4.28 creates the table first', () => {
    const reference = snapshotOf({
      types: [
        { kind: 'enum', schema: 'public', name: 'z_status', labels: ['new', 'done'] },
        { kind: 'domain', schema: 'public', name: 'a_positive', baseType: 'integer', nullable: true, constraints: [], dependsOn: [] },
      ],
      tables: [keyed('a_orders', [column('status', 'public.z_status'), column('qty', 'public.a_positive')], { dependsOn: ['public.a_positive', 'public.z_status'] })],
    });
    const { changeSets } = generate(reference);
    expect(outline(changeSets)).toEqual([
      "sql CREATE TYPE public.z_status AS ENUM ('new', 'done');",
      'sql CREATE DOMAIN public.a_positive AS integer;',
      'createTable a_orders',
    ]);
  });

  test('a domain over an enum comes after the enum (pg_depend order)', () => {
    const reference = snapshotOf({
      types: [
        { kind: 'domain', schema: 'public', name: 'a_status', baseType: 'public.z_status', nullable: false, constraints: [], dependsOn: ['public.z_status'] },
        { kind: 'enum', schema: 'public', name: 'z_status', labels: ['new'] },
      ],
    });
    expect(outline(generate(reference).changeSets).map((s) => s.split(' ').slice(0, 4).join(' '))).toEqual([
      'sql CREATE TYPE public.z_status',
      'sql CREATE DOMAIN public.a_status',
    ]);
  });

  test('foreign keys after both tables; indexes and constraints after their table', () => {
    const reference = snapshotOf({
      tables: [
        keyed('a_orders', [column('customer_id', 'integer', { nullable: false })], {
          foreignKeys: [fk('a_orders_customer_fk', ['customer_id'], 'z_customer')],
          indexes: [{ name: 'a_orders_customer_idx', unique: false, method: 'btree', columns: [{ name: 'customer_id' }], include: [], definition: 'CREATE INDEX a_orders_customer_idx ON public.a_orders USING btree (customer_id)' }],
        }),
        keyed('z_customer', [column('email', 'text')], {
          uniqueConstraints: [{ name: 'z_customer_email_key', definition: 'UNIQUE (email)', columns: ['email'], deferrable: false, initiallyDeferred: false }],
          foreignKeys: [fk('z_customer_self_fk', ['id'], 'z_customer')],
        }),
      ],
    });
    const order = outline(generate(reference).changeSets);
    expect(order).toEqual([
      'createTable a_orders',
      'createTable z_customer',
      'addUniqueConstraint z_customer',
      'createIndex a_orders',
      'addForeignKeyConstraint a_orders',
      'addForeignKeyConstraint z_customer',
    ]);
  });

  test('views after their tables and after the views they read; functions before triggers', () => {
    const reference = snapshotOf({
      tables: [keyed('z_orders')],
      views: [
        view('a_top', 'SELECT id FROM public.m_counts', ['public.m_counts']),
        view('m_counts', 'SELECT id FROM public.z_orders', ['public.z_orders']),
      ],
      functions: [routine('touch', 'trigger')],
      triggers: [trigger('a_touch', 'z_orders', 'touch')],
    });
    expect(outline(generate(reference).changeSets).map((s) => s.split(/ BEFORE| RETURNS/)[0])).toEqual([
      'createTable z_orders',
      'sql CREATE OR REPLACE FUNCTION public.touch()',
      'createView m_counts',
      'createView a_top',
      'sql CREATE TRIGGER a_touch',
    ]);
  });

  test('a function a table default needs comes before the table', () => {
    const reference = snapshotOf({
      tables: [keyed('a_codes', [column('code', 'text', { default: 'public.new_code()' })], { dependsOn: ['public.new_code()'] })],
      functions: [routine('new_code', 'text')],
    });
    expect(outline(generate(reference).changeSets)).toEqual([
      'sql CREATE OR REPLACE FUNCTION public.new_code()',
      'createTable a_codes',
    ]);
  });

  test('drops in reverse: triggers, views, foreign keys, then tables (referencing first), functions and types last', () => {
    const target = snapshotOf({
      types: [{ kind: 'enum', schema: 'public', name: 'status', labels: ['a'] }],
      tables: [
        keyed('customer'),
        keyed('orders', [column('customer_id'), column('status', 'public.status')], { foreignKeys: [fk('orders_customer_fk', ['customer_id'], 'customer')] }),
      ],
      views: [view('v2', 'SELECT * FROM public.v1', ['public.v1']), view('v1', 'SELECT * FROM public.orders', ['public.orders'])],
      functions: [routine('touch', 'trigger')],
      triggers: [trigger('orders_touch', 'orders', 'touch')],
    });
    const { changeSets, warnings } = generate(empty, target);
    expect(outline(changeSets)).toEqual([
      'sql DROP TRIGGER orders_touch ON public.orders;',
      'dropView v2',
      'dropView v1',
      'dropTable orders',
      'dropTable customer',
      'sql DROP FUNCTION public.touch();',
      'sql DROP TYPE public.status;',
    ]);
    // The referenced table goes after the one referencing it, with CASCADE CONSTRAINTS in case of a cycle.
    expect(changeSets.find((c) => c.changes[0]!.attributes.tableName === 'customer')!.changes[0]!.attributes.cascadeConstraints).toBe(true);
    expect(warnings).toContain('table public.orders is dropped with its data');
  });

  test('includeDrops: false leaves unexpected objects alone', () => {
    expect(generate(empty, snapshotOf({ tables: [keyed('old')] }), { includeDrops: false }).changeSets).toEqual([]);
  });
});

describe('generateChangeSets: changesets', () => {
  test('ids from a prefix, author, labels, contexts and comment on every changeset', () => {
    const { changeSets } = generate(snapshotOf({ tables: [keyed('a'), keyed('b')] }), empty, {
      idPrefix: 'JIRA-7', firstNumber: 3, labels: 'jira-7', contexts: 'prod', comment: 'JIRA-7',
    });
    expect(changeSets.map((c) => [c.id, c.author, c.attributes, c.comment])).toEqual([
      ['JIRA-7-3', 'jane', { context: 'prod', labels: 'jira-7' }, 'JIRA-7: Create table public.a'],
      ['JIRA-7-4', 'jane', { context: 'prod', labels: 'jira-7' }, 'JIRA-7: Create table public.b'],
    ]);
  });

  test('without a prefix, ids are <epoch ms>-<n> as Liquibase generates them', () => {
    const { changeSets } = generateChangeSets(diffSnapshots(snapshotOf({ tables: [keyed('a')] }), empty), {
      author: 'jane', clock: () => new Date(1700000000000),
    });
    expect(changeSets.map((c) => c.id)).toEqual(['1700000000000-1']);
  });

  test('createTable with Liquibase attribute names, the primary key inline, and an automatic rollback', () => {
    const reference = snapshotOf({
      tables: [
        keyed('customer', [
          column('email', 'character varying(200)', { nullable: false, comment: 'login' }),
          column('active', 'boolean', { nullable: false, default: 'true' }),
          column('score', 'numeric(10,2)', { default: '0' }),
          column('note', 'character varying(20)', { default: "'none'::character varying" }),
          column('created_at', 'timestamp with time zone', { default: 'now()' }),
        ], { comment: 'people' }),
      ],
    });
    const [changeSet] = generate(reference).changeSets;
    expect(changeSet!.rollback).toBeUndefined();
    expect(changeSet!.inverse).toEqual([expect.objectContaining({ name: 'dropTable', attributes: { schemaName: 'public', tableName: 'customer' } })]);
    const createTable = changeSet!.changes[0]!;
    expect(createTable.attributes).toEqual({ schemaName: 'public', tableName: 'customer', remarks: 'people' });
    expect(createTable.children.map((c) => [c.attributes, c.children.map((k) => [k.name, k.attributes])])).toEqual([
      [{ name: 'id', type: 'integer' }, [['constraints', { nullable: false, primaryKey: true, primaryKeyName: 'customer_pkey' }]]],
      [{ name: 'email', type: 'character varying(200)', remarks: 'login' }, [['constraints', { nullable: false }]]],
      [{ name: 'active', type: 'boolean', defaultValueBoolean: true }, [['constraints', { nullable: false }]]],
      [{ name: 'score', type: 'numeric(10,2)', defaultValueNumeric: '0' }, []],
      [{ name: 'note', type: 'character varying(20)', defaultValue: 'none' }, []],
      [{ name: 'created_at', type: 'timestamp with time zone', defaultValueComputed: 'now()' }, []],
    ]);
  });

  test('a serial column: its sequence, the nextval() default and OWNED BY, as they are (Liquibase makes `serial` an identity)', () => {
    const reference = snapshotOf({
      sequences: [{ schema: 'public', name: 't_id_seq', dataType: 'integer', start: '1', increment: '1', min: '1', max: '2147483647', cache: '1', cycle: false, ownedBy: { schema: 'public', table: 't', column: 'id' } }],
      tables: [table('t', [column('id', 'integer', { nullable: false, default: "nextval('public.t_id_seq'::regclass)" })], { dependsOn: ['public.t_id_seq'] })],
    });
    const { changeSets } = generate(reference);
    expect(outline(changeSets)).toEqual(['createSequence t_id_seq', 'createTable t', 'sql ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;']);
    expect(changeSets[1]!.changes[0]!.children[0]!.attributes).toEqual({
      name: 'id', type: 'integer', defaultValueComputed: "nextval('public.t_id_seq'::regclass)",
    });
  });

  test('columns of types Liquibase would rewrite (money, "char", interval fields, quoted names) are written as SQL', () => {
    const { changeSets } = generate(snapshotOf({ tables: [table('t', [column('a', 'integer'), column('m', 'money')])] }));
    expect(outline(changeSets)).toEqual(['sql CREATE TABLE public.t (']);
  });

  test('foreign keys with onDelete/onUpdate/deferrable as Liquibase names them', () => {
    const reference = snapshotOf({ tables: [keyed('a', [column('b_id')], { foreignKeys: [fk('a_b_fk', ['b_id'], 'b')] })] });
    const target = snapshotOf({ tables: [keyed('a', [column('b_id')])] });
    const [changeSet] = generate(reference, target).changeSets;
    expect(changeSet!.changes[0]).toMatchObject({
      name: 'addForeignKeyConstraint',
      attributes: {
        baseTableSchemaName: 'public', baseTableName: 'a', baseColumnNames: 'b_id', constraintName: 'a_b_fk',
        referencedTableSchemaName: 'public', referencedTableName: 'b', referencedColumnNames: 'id',
        onDelete: 'CASCADE', deferrable: true, initiallyDeferred: true,
      },
    });
    expect(changeSet!.changes[0]!.attributes).not.toHaveProperty('onUpdate');
  });

  test('column changes with rollbacks that restore the target exactly', () => {
    const reference = snapshotOf({ tables: [keyed('t', [column('c', 'character varying(50)', { nullable: false, default: "'a'::character varying" })])] });
    const target = snapshotOf({ tables: [keyed('t', [column('c', 'character varying(20)', { nullable: true, default: "'b'::character varying" })])] });
    const { changeSets, warnings } = generate(reference, target);
    expect(changeSets).toHaveLength(1);
    expect(changeSets[0]!.changes.map((c) => [c.name, c.attributes])).toEqual([
      ['dropDefaultValue', { schemaName: 'public', tableName: 't', columnName: 'c', columnDataType: 'character varying(20)' }],
      ['modifyDataType', { schemaName: 'public', tableName: 't', columnName: 'c', newDataType: 'character varying(50)' }],
      ['addDefaultValue', { schemaName: 'public', tableName: 't', columnName: 'c', columnDataType: 'character varying(50)', defaultValue: 'a' }],
      ['addNotNullConstraint', { schemaName: 'public', tableName: 't', columnName: 'c', columnDataType: 'character varying(50)' }],
    ]);
    expect(changeSets[0]!.rollback!.map((c) => [c.name, c.attributes.newDataType ?? c.attributes.defaultValue ?? ''])).toEqual([
      ['dropNotNullConstraint', ''],
      ['dropDefaultValue', ''],
      ['modifyDataType', 'character varying(20)'],
      ['addDefaultValue', 'b'],
    ]);
    expect(warnings).toEqual([
      'column public.t.c changes type from character varying(20) to character varying(50): existing values are converted (review for data loss)',
    ]);
  });

  test('detected renames come first, with a comment saying so', () => {
    const reference = snapshotOf({ tables: [keyed('customer', [column('email', 'text'), column('first_name', 'text')])] });
    const target = snapshotOf({ tables: [keyed('client', [column('email', 'text'), column('fname', 'text')])] });
    const { changeSets } = generate(reference, target);
    expect(changeSets.map((c) => c.changes[0]!.name)).toEqual(['renameTable', 'renameColumn', 'sql']);
    // The primary key kept its old name through the table rename.
    expect(changeSets[2]!.changes[0]!.text).toBe('ALTER TABLE public.customer RENAME CONSTRAINT client_pkey TO customer_pkey;');
    expect(changeSets[0]!.changes[0]!.attributes).toEqual({ schemaName: 'public', oldTableName: 'client', newTableName: 'customer' });
    expect(changeSets[1]!.changes[0]!.attributes).toEqual({ schemaName: 'public', tableName: 'customer', oldColumnName: 'fname', newColumnName: 'first_name' });
    expect(changeSets[1]!.comment).toMatch(/^Rename column public\.customer\.fname to first_name\. Detected as a probable rename \(confidence 0\.\d+: /);
    expect(changeSets[1]!.inverse![0]!.attributes).toMatchObject({ oldColumnName: 'first_name', newColumnName: 'fname' });
  });

  test('sql changes always carry a rollback; function bodies are not split', () => {
    const { changeSets } = generate(snapshotOf({ functions: [routine('f', 'integer')] }));
    expect(changeSets[0]!.changes[0]).toMatchObject({ name: 'sql', attributes: { splitStatements: false } });
    expect(changeSets[0]!.rollback).toEqual([expect.objectContaining({ name: 'sql', text: 'DROP FUNCTION public.f();' })]);
  });

  test('new enum values are added in place, outside a transaction', () => {
    const reference = snapshotOf({ types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'ok', 'happy', 'ecstatic'] }] });
    const target = snapshotOf({ types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'happy'] }] });
    const [changeSet] = generate(reference, target).changeSets;
    expect(changeSet!.attributes).toEqual({ runInTransaction: false });
    expect(changeSet!.changes[0]!.text).toBe(
      "ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';\nALTER TYPE public.mood ADD VALUE 'ecstatic' AFTER 'happy';",
    );
  });

  test('a constraint or index whose name alone differs is renamed, not recreated', () => {
    const index = (name: string) => ({ name, unique: false, method: 'btree', columns: [{ name: 'a' }], include: [], definition: `CREATE INDEX ${name} ON public.t USING btree (a)` });
    const { changeSets } = generate(snapshotOf({ tables: [keyed('t', [column('a')], { indexes: [index('t_a_idx')] })] }), snapshotOf({ tables: [keyed('t', [column('a')], { indexes: [index('idx_1')] })] }));
    expect(changeSets.map((c) => [c.changes[0]!.text, c.rollback![0]!.text])).toEqual([
      ['ALTER INDEX public.idx_1 RENAME TO t_a_idx;', 'ALTER INDEX public.t_a_idx RENAME TO idx_1;'],
    ]);
  });

  test('upper-case names are quoted exactly (LEGACY quoting would fold them)', () => {
    const { changeSets } = generate(snapshotOf({ tables: [keyed('ORDERS'), keyed('Mixed'), keyed('plain')] }));
    expect(changeSets.map((c) => [c.changes[0]!.attributes.tableName, c.attributes?.objectQuotingStrategy])).toEqual([
      ['ORDERS', 'QUOTE_ALL_OBJECTS'],
      ['Mixed', undefined],
      ['plain', undefined],
    ]);
  });

  test('warns about a NOT NULL column added without a default', () => {
    const { warnings } = generate(snapshotOf({ tables: [keyed('t', [column('c', 'text', { nullable: false })])] }), snapshotOf({ tables: [keyed('t')] }));
    expect(warnings).toEqual(['column public.t.c is added NOT NULL without a default: this fails if the table has rows']);
  });
});

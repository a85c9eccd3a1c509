import { describe, expect, test } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { isEmptyDiff } from '../../src/diff/model.js';
import type { ForeignKeyObject, IndexObject } from '../../src/snapshot/model.js';
import { column, keyed, snapshotOf, table, view } from './support/snapshot-builders.js';

const fk = (name: string, referencedTable: string, extra: Partial<ForeignKeyObject> = {}): ForeignKeyObject => ({
  name,
  definition: `FOREIGN KEY (customer_id) REFERENCES public.${referencedTable}(id)`,
  columns: ['customer_id'],
  referencedSchema: 'public',
  referencedTable,
  referencedColumns: ['id'],
  onUpdate: 'NO ACTION',
  onDelete: 'NO ACTION',
  match: 'SIMPLE',
  deferrable: false,
  initiallyDeferred: false,
  ...extra,
});

const index = (name: string, tableName: string, columns: string[], extra: Partial<IndexObject> = {}): IndexObject => ({
  name,
  unique: false,
  method: 'btree',
  columns: columns.map((c) => ({ name: c })),
  include: [],
  definition: `CREATE INDEX ${name} ON public.${tableName} USING btree (${columns.join(', ')})`,
  ...extra,
});

describe('diffSnapshots', () => {
  test('identical snapshots have no differences', () => {
    const s = snapshotOf({ tables: [keyed('customer', [column('email', 'text')])] });
    const diff = diffSnapshots(s, structuredClone(s));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.reference.database).toBe('test');
  });

  test('missing and unexpected objects of every top-level kind', () => {
    const reference = snapshotOf({
      schemas: [{ name: 'public' }, { name: 'audit' }],
      extensions: [{ name: 'pgcrypto', schema: 'public', version: '1.3' }],
      types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'happy'] }],
      sequences: [{ schema: 'public', name: 's', dataType: 'bigint', start: '1', increment: '1', min: '1', max: '9223372036854775807', cache: '1', cycle: false }],
      tables: [keyed('customer')],
      views: [view('v', 'SELECT 1', [])],
      functions: [{ schema: 'public', name: 'f', kind: 'function', arguments: '', returns: 'integer', language: 'sql', definition: 'CREATE FUNCTION f()', dependsOn: [] }],
      triggers: [{ schema: 'public', table: 'customer', name: 'tg', definition: 'CREATE TRIGGER tg ...', function: { schema: 'public', name: 'f' }, enabled: 'O' }],
    });
    const target = snapshotOf({ tables: [keyed('legacy', [column('x', 'text'), column('y', 'date')])] });
    const diff = diffSnapshots(reference, target, { detectRenames: false });
    expect(diff.missing.map((e) => `${e.kind} ${e.id}`)).toEqual([
      'schema audit', 'extension pgcrypto', 'type public.mood', 'sequence public.s', 'table public.customer',
      'view public.v', 'function public.f()', 'trigger public.customer.tg',
    ]);
    expect(diff.unexpected.map((e) => `${e.kind} ${e.id}`)).toEqual(['table public.legacy']);
    expect(diff.changed).toEqual([]);
  });

  test('a column compared attribute by attribute', () => {
    const reference = snapshotOf({
      tables: [keyed('t', [column('c', 'character varying(100)', { nullable: false, default: "'x'::character varying", comment: 'new' })])],
    });
    const target = snapshotOf({ tables: [keyed('t', [column('c', 'text', { nullable: true })])] });
    const diff = diffSnapshots(reference, target);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ kind: 'column', id: 'public.t.c', relation: { schema: 'public', name: 't' } });
    expect(diff.changed[0]!.differences).toEqual([
      { attribute: 'type', reference: 'character varying(100)', target: 'text' },
      { attribute: 'nullable', reference: false, target: true },
      { attribute: 'default', reference: "'x'::character varying" },
      { attribute: 'comment', reference: 'new' },
    ]);
  });

  test('CURRENT_TIMESTAMP and now() are the same default', () => {
    const reference = snapshotOf({ tables: [table('t', [column('at', 'timestamp without time zone', { default: 'CURRENT_TIMESTAMP' })])] });
    const target = snapshotOf({ tables: [table('t', [column('at', 'timestamp without time zone', { default: 'now()' })])] });
    expect(isEmptyDiff(diffSnapshots(reference, target))).toBe(true);
  });

  test('foreign keys: changed actions; a different name alone is reported as the name', () => {
    const customer = keyed('customer');
    const reference = snapshotOf({
      tables: [customer, keyed('orders', [column('customer_id')], { foreignKeys: [fk('orders_customer_fk', 'customer', { onDelete: 'CASCADE' })] })],
    });
    const target = snapshotOf({ tables: [customer, keyed('orders', [column('customer_id')], { foreignKeys: [fk('fk_1', 'customer')] })] });
    const diff = diffSnapshots(reference, target);
    expect(diff.missing).toEqual([]);
    expect(diff.unexpected).toEqual([]);
    expect(diff.changed.map((c) => [c.kind, c.id, c.differences.map((d) => d.attribute)])).toEqual([
      ['foreignKey', 'public.orders.orders_customer_fk', ['name', 'onDelete']],
    ]);
  });

  test('indexes: missing, unexpected, changed columns; a renamed index is matched by what it does', () => {
    const reference = snapshotOf({
      tables: [keyed('t', [column('a'), column('b')], { indexes: [index('t_a_idx', 't', ['a']), index('t_b_idx', 't', ['b', 'a']), index('t_ab', 't', ['a', 'b'])] })],
    });
    const target = snapshotOf({
      tables: [keyed('t', [column('a'), column('b')], { indexes: [index('old_a', 't', ['a']), index('t_b_idx', 't', ['b']), index('t_zz', 't', ['b', 'b'])] })],
    });
    const diff = diffSnapshots(reference, target);
    expect(diff.missing.map((e) => e.id)).toEqual(['public.t.t_ab']);
    expect(diff.unexpected.map((e) => e.id)).toEqual(['public.t.t_zz']);
    expect(diff.changed.map((c) => [c.id, c.differences.map((d) => d.attribute)])).toEqual([
      ['public.t.t_a_idx', ['name']],
      ['public.t.t_b_idx', ['columns']],
    ]);
  });

  test('primary key, unique and check constraints', () => {
    const reference = snapshotOf({
      tables: [
        keyed('t', [column('a')], {
          uniqueConstraints: [{ name: 't_a_key', definition: 'UNIQUE (a)', columns: ['a'], deferrable: true, initiallyDeferred: false }],
          checkConstraints: [{ name: 't_a_check', definition: 'CHECK (a > 0)', expression: '(a > 0)' }],
        }),
      ],
    });
    const target = snapshotOf({
      tables: [
        table('t', [column('id', 'integer', { nullable: false }), column('a')], {
          uniqueConstraints: [{ name: 't_a_key', definition: 'UNIQUE (a)', columns: ['a'], deferrable: false, initiallyDeferred: false }],
          checkConstraints: [{ name: 't_a_check', definition: 'CHECK (a > 1)', expression: '(a > 1)' }],
        }),
      ],
    });
    const diff = diffSnapshots(reference, target);
    expect(diff.missing.map((e) => `${e.kind} ${e.id}`)).toEqual(['primaryKey public.t.t_pkey']);
    expect(diff.changed.map((c) => [c.kind, c.differences.map((d) => d.attribute)])).toEqual([
      ['uniqueConstraint', ['deferrable']],
      ['checkConstraint', ['expression']],
    ]);
  });

  test('views: definition, options, comment; types: enum labels; functions: definition', () => {
    const reference = snapshotOf({
      types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'ok', 'happy'] }],
      views: [view('v', 'SELECT 2', [], { options: ['security_barrier=true'], comment: 'c' })],
      functions: [{ schema: 'public', name: 'f', kind: 'function', arguments: '', returns: 'integer', language: 'sql', definition: 'CREATE FUNCTION f() ... 2', dependsOn: [] }],
    });
    const target = snapshotOf({
      types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'happy'] }],
      views: [view('v', 'SELECT 1', [])],
      functions: [{ schema: 'public', name: 'f', kind: 'function', arguments: '', returns: 'integer', language: 'sql', definition: 'CREATE FUNCTION f() ... 1', dependsOn: [] }],
    });
    const diff = diffSnapshots(reference, target);
    expect(diff.changed.map((c) => [c.kind, c.differences.map((d) => d.attribute)])).toEqual([
      ['type', ['labels']],
      ['view', ['definition', 'options', 'comment']],
      ['function', ['definition']],
    ]);
  });

  test('a type that changes kind differs by its kind only', () => {
    const reference = snapshotOf({ types: [{ kind: 'enum', schema: 'public', name: 'x', labels: ['a'] }] });
    const target = snapshotOf({ types: [{ kind: 'domain', schema: 'public', name: 'x', baseType: 'text', nullable: true, constraints: [], dependsOn: [] }] });
    expect(diffSnapshots(reference, target).changed[0]!.differences).toEqual([{ attribute: 'kind', reference: 'enum', target: 'domain' }]);
  });

  test('what a partition inherits from its parent is left to the parent', () => {
    const partition = (pk: string) =>
      table('m_2024', [column('d', 'date', { nullable: false, inherited: true })], {
        partitionOf: { schema: 'public', table: 'm', bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" },
        primaryKey: { name: pk, definition: 'PRIMARY KEY (d)', columns: ['d'], inherited: true },
      });
    const diff = diffSnapshots(snapshotOf({ tables: [partition('m_2024_pkey')] }), snapshotOf({ tables: [partition('other_name')] }));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  describe('probable renames', () => {
    const customer = keyed('customer', [column('email', 'text', { nullable: false }), column('name', 'text')]);

    test('a table that disappears while a look-alike appears', () => {
      const diff = diffSnapshots(snapshotOf({ tables: [customer] }), snapshotOf({ tables: [{ ...customer, name: 'client' }] }));
      expect(diff.missing).toEqual([]);
      expect(diff.unexpected).toEqual([]);
      expect(diff.renamed).toEqual([
        { kind: 'table', schema: 'public', from: 'client', to: 'customer', confidence: expect.any(Number), reason: 'same 3 columns with the same names and types' },
      ]);
      expect(diff.renamed[0]!.confidence).toBeGreaterThan(0.9);
    });

    test('a column renamed in place, other changes to it still reported', () => {
      const reference = snapshotOf({ tables: [keyed('t', [column('first_name', 'text', { comment: 'given name' }), column('age')])] });
      const target = snapshotOf({ tables: [keyed('t', [column('fname', 'text'), column('age')])] });
      const diff = diffSnapshots(reference, target);
      expect(diff.renamed).toEqual([
        {
          kind: 'column', schema: 'public', table: 't', from: 'fname', to: 'first_name', confidence: expect.any(Number),
          reason: 'same type text, same nullability, no default on either, same position, similar name',
        },
      ]);
      expect(diff.missing).toEqual([]);
      expect(diff.unexpected).toEqual([]);
      expect(diff.changed.map((c) => [c.id, c.differences])).toEqual([['public.t.first_name', [{ attribute: 'comment', reference: 'given name' }]]]);
    });

    test('renames are followed everywhere: keys, indexes, foreign keys and view text', () => {
      const reference = snapshotOf({
        tables: [
          keyed('customer', [column('email', 'text')], { indexes: [index('customer_email_idx', 'customer', ['email'])] }),
          keyed('orders', [column('customer_id')], { foreignKeys: [fk('orders_customer_fk', 'customer')] }),
        ],
        views: [view('emails', 'SELECT c.email\n   FROM public.customer c', ['public.customer'])],
      });
      const target = snapshotOf({
        tables: [
          keyed('client', [column('mail', 'text')], {
            primaryKey: { name: 'customer_pkey', definition: 'PRIMARY KEY (id)', columns: ['id'] },
            indexes: [{ ...index('customer_email_idx', 'client', ['mail']) }],
          }),
          keyed('orders', [column('customer_id')], { foreignKeys: [fk('orders_customer_fk', 'client')] }),
        ],
        views: [view('emails', 'SELECT c.mail AS email\n   FROM public.client c', ['public.client'])],
      });
      const diff = diffSnapshots(reference, target);
      expect(diff.renamed.map((r) => `${r.kind} ${r.from} → ${r.to}`)).toEqual(['table client → customer', 'column mail → email']);
      expect(diff.missing).toEqual([]);
      expect(diff.unexpected).toEqual([]);
      expect(diff.changed).toEqual([]);
    });

    test('look-alikes told apart by position are paired; ambiguous ones are not', () => {
      const reference = snapshotOf({ tables: [keyed('t', [column('a1', 'text'), column('a2', 'text')])] });
      const target = snapshotOf({ tables: [keyed('t', [column('b1', 'text'), column('b2', 'text')])] });
      expect(diffSnapshots(reference, target).renamed.map((r) => `${r.from} → ${r.to}`)).toEqual(['b1 → a1', 'b2 → a2']);

      // One text column gone, two appeared, nothing to choose between them: no guess.
      const ambiguous = diffSnapshots(
        snapshotOf({ tables: [keyed('t', [column('n'), column('a', 'text'), column('b', 'text')])] }),
        snapshotOf({ tables: [keyed('t', [column('c', 'text')])] }),
      );
      expect(ambiguous.renamed).toEqual([]);
      expect(ambiguous.missing.map((e) => e.id)).toEqual(['public.t.n', 'public.t.a', 'public.t.b']);
      expect(ambiguous.unexpected.map((e) => e.id)).toEqual(['public.t.c']);
    });

    test('a column of another type is not a rename', () => {
      const diff = diffSnapshots(snapshotOf({ tables: [keyed('t', [column('a', 'text')])] }), snapshotOf({ tables: [keyed('t', [column('b', 'integer')])] }));
      expect(diff.renamed).toEqual([]);
      expect(diff.missing.map((e) => e.id)).toEqual(['public.t.a']);
      expect(diff.unexpected.map((e) => e.id)).toEqual(['public.t.b']);
    });

    test('detection can be turned off', () => {
      const diff = diffSnapshots(snapshotOf({ tables: [customer] }), snapshotOf({ tables: [{ ...customer, name: 'client' }] }), { detectRenames: false });
      expect(diff.renamed).toEqual([]);
      expect(diff.missing.map((e) => e.id)).toEqual(['public.customer']);
      expect(diff.unexpected.map((e) => e.id)).toEqual(['public.client']);
    });
  });
});

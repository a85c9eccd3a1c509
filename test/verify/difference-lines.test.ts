import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import type { Snapshot, TableObject } from '../../src/snapshot/model.js';
import { dataDifferenceLines, tablesNamedIn } from '../../src/verify/data-fingerprint.js';
import { differenceLines, REAPPLY_WORDING, ROLLBACK_WORDING } from '../../src/verify/difference-lines.js';

function snapshot(parts: Partial<Snapshot>): Snapshot {
  return {
    format: 'dbops-snapshot',
    formatVersion: 1,
    source: { dialect: 'postgresql' },
    schemas: [{ name: 'public' }, { name: 'app' }],
    extensions: [],
    types: [],
    sequences: [],
    tables: [],
    views: [],
    functions: [],
    triggers: [],
    ...parts,
  };
}

function table(schema: string, name: string, extra: Partial<TableObject> = {}): TableObject {
  return {
    schema,
    name,
    columns: [{ name: 'id', type: 'integer', nullable: false }],
    uniqueConstraints: [],
    checkConstraints: [],
    exclusionConstraints: [],
    foreignKeys: [],
    indexes: [],
    dependsOn: [],
    ...extra,
  };
}

describe('differenceLines', () => {
  const before = snapshot({ tables: [table('public', 'person'), table('app', 'orders')] });

  it('one line per leftover, missing or changed attribute, without the default schema', () => {
    const after = snapshot({
      types: [{ kind: 'enum', schema: 'public', name: 'mood', labels: ['happy'] }],
      sequences: [{ schema: 'app', name: 'order_seq', dataType: 'bigint', start: '1', increment: '1', min: '1', max: '9223372036854775807', cache: '1', cycle: false }],
      tables: [
        table('public', 'person', { columns: [{ name: 'id', type: 'bigint', nullable: false }, { name: 'nickname', type: 'text', nullable: true }] }),
        table('app', 'orders', {
          indexes: [{ name: 'orders_id_idx', unique: false, method: 'btree', columns: [{ name: 'id' }], include: [], definition: 'CREATE INDEX orders_id_idx ON app.orders USING btree (id)' }],
        }),
        table('public', 'a'),
      ],
    });
    expect(differenceLines(diffSnapshots(before, after, { detectRenames: false }), ROLLBACK_WORDING, 'public')).toEqual([
      'type mood still present',
      'sequence app.order_seq still present',
      'table a still present',
      'table person: column nickname still present',
      'table app.orders: index orders_id_idx still present',
      'table person: column id type: integer before, bigint after rollback',
    ]);
  });

  it('says what is missing, and words a re-apply comparison as such', () => {
    const after = snapshot({ tables: [table('public', 'person')] });
    const diff = diffSnapshots(before, after, { detectRenames: false });
    expect(differenceLines(diff, ROLLBACK_WORDING, 'public')).toEqual(['table app.orders missing after rollback']);
    expect(differenceLines(diff, REAPPLY_WORDING, 'app')).toEqual(['table orders missing after re-applying it']);
  });

  it('shortens long values to one line', () => {
    const view = (definition: string) => ({ schema: 'public', name: 'v', materialized: false, definition, columns: [], indexes: [], dependsOn: [] });
    const lines = differenceLines(
      diffSnapshots(snapshot({ views: [view(`SELECT 1\n  ${'x'.repeat(200)}`)] }), snapshot({ views: [view('SELECT 2')] }), { detectRenames: false }),
      ROLLBACK_WORDING,
      'public',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^view v definition: SELECT 1 x{70}… before, SELECT 2 after rollback$/);
  });
});

describe('data fingerprints', () => {
  it('finds the tables a statement names, as whole words, quoted or not', () => {
    const tables = [
      { schema: 'public', name: 'price' },
      { schema: 'public', name: 'price_history' },
      { schema: 'app', name: 'Order' },
    ];
    expect(tablesNamedIn(['UPDATE price SET amount = 1'], tables)).toEqual([tables[0]]);
    expect(tablesNamedIn(['INSERT INTO "app"."Order" VALUES (1)', 'DELETE FROM price_history'], tables)).toEqual([tables[1], tables[2]]);
    expect(tablesNamedIn(['SELECT prices FROM x'], tables)).toEqual([]);
  });

  it('reports a different count, or the same count with different rows', () => {
    const tables = [
      { schema: 'public', name: 'a' },
      { schema: 'app', name: 'b' },
      { schema: 'public', name: 'c' },
    ];
    const before = new Map([
      ['public.a', { rows: 2, digest: 'x' }],
      ['app.b', { rows: 1, digest: 'y' }],
      ['public.c', { rows: 20000 }],
    ]);
    const after = new Map([
      ['public.a', { rows: 3, digest: 'z' }],
      ['app.b', { rows: 1, digest: 'w' }],
      ['public.c', { rows: 20000 }],
    ]);
    const display = (t: { schema: string; name: string }) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
    expect(dataDifferenceLines(before, after, display, tables)).toEqual([
      'table a: rows differ (2 before, 3 after rollback)',
      'table app.b: row contents differ (1 row before and after rollback)',
    ]);
  });
});

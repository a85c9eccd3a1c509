import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { schemaChangeOf } from '../../src/diff/schema-change.js';
import { renderSchemaChangeSection } from '../../src/report/schema-change-section.js';
import type { ForeignKeyObject } from '../../src/snapshot/model.js';
import { column, keyed, snapshotOf, table } from './support/snapshot-builders.js';

const fk = (name: string, columns: string[], referencedTable: string): ForeignKeyObject => ({
  name,
  definition: `FOREIGN KEY (${columns.join(', ')}) REFERENCES ${referencedTable}(id)`,
  columns,
  referencedSchema: 'public',
  referencedTable,
  referencedColumns: ['id'],
  onUpdate: 'NO ACTION',
  onDelete: 'NO ACTION',
  match: 'SIMPLE',
  deferrable: false,
  initiallyDeferred: false,
});

const target = snapshotOf({
  tables: [
    keyed('customer', [column('email', 'character varying(50)'), column('legacy', 'text')]),
    table('audit', [column('at', 'timestamp with time zone')], { schema: 'ops' }),
  ],
});
const reference = snapshotOf({
  tables: [
    keyed('customer', [column('email', 'character varying(100)', { nullable: false })], {
      indexes: [{ name: 'customer_email_idx', unique: false, method: 'btree', columns: [{ name: 'email' }], include: [], definition: 'CREATE INDEX customer_email_idx ON public.customer USING btree (email)' }],
    }),
    keyed('orders', [column('customer_id', 'integer', { nullable: false })], { foreignKeys: [fk('orders_customer_fk', ['customer_id'], 'customer')] }),
  ],
});

describe('schemaChangeOf', () => {
  it('the change diff-changelog makes: what the reference has is new, what only the target has is dropped', () => {
    const change = schemaChangeOf(diffSnapshots(reference, target, { detectRenames: false }));
    expect(change).toEqual({
      tables: [
        { name: 'orders', change: 'new', columns: [{ name: 'id', type: 'integer', pk: true, nullable: false, change: 'new' }, { name: 'customer_id', type: 'integer', nullable: false, change: 'new' }] },
        {
          name: 'customer',
          change: 'changed',
          columns: [
            { name: 'legacy', type: 'text', nullable: true, change: 'dropped' },
            { name: 'email', type: 'character varying(100)', nullable: false, change: 'changed', previousType: 'character varying(50)' },
          ],
        },
        { name: 'audit', schema: 'ops', change: 'dropped', columns: [{ name: 'at', type: 'timestamp with time zone', nullable: true, change: 'dropped' }] },
      ],
      foreignKeys: [{ name: 'orders_customer_fk', fromTable: 'orders', fromColumns: ['customer_id'], toTable: 'customer', toColumns: ['id'], change: 'new' }],
    });
  });

  it('drift: how the database departs from what the changelog builds', () => {
    // Reference: what the changelog builds; target: the database, which gained a column.
    const built = snapshotOf({ tables: [keyed('customer')] });
    const database = snapshotOf({ tables: [keyed('customer', [column('note', 'text')])] });
    const change = schemaChangeOf(diffSnapshots(built, database), { perspective: 'target' });
    expect(change.tables).toEqual([{ name: 'customer', change: 'changed', columns: [{ name: 'note', type: 'text', nullable: true, change: 'new' }] }]);
    const section = renderSchemaChangeSection(change, { kind: 'drift' });
    expect(section.status).toBe('warn');
    expect(section.body).toContain('+ `note` text');
  });

  it('a table whose index alone changed is marked changed; a column rename says so', () => {
    const before = snapshotOf({ tables: [keyed('customer', [column('mail', 'text', { nullable: false })])] });
    const after = snapshotOf({ tables: [keyed('customer', [column('email', 'text', { nullable: false })], { indexes: reference.tables[0]!.indexes })] });
    const change = schemaChangeOf(diffSnapshots(after, before));
    expect(change.tables).toEqual([{ name: 'customer', change: 'changed', columns: [{ name: 'email', type: 'renamed from mail', change: 'changed' }] }]);
  });
});

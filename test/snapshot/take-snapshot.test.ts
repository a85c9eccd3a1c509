import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { parseSnapshot, serializeSnapshot } from '../../src/snapshot/snapshot-file.js';
import type { Snapshot, TableObject } from '../../src/snapshot/model.js';
import { takeSnapshot } from '../../src/snapshot/take-snapshot.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';

const EVERY_KIND = readFileSync(new URL('./fixtures/every-kind.sql', import.meta.url), 'utf8');
const fixed = () => new Date('2024-05-01T12:00:00Z');

describe.runIf(await postgresAvailable())('takeSnapshot on PostgreSQL', () => {
  let database: TestDatabase;
  let connection: PgConnection;
  let snapshot: Snapshot;

  beforeAll(async () => {
    database = await createTestDatabase();
    connection = await database.connect();
    await connection.exec(EVERY_KIND);
    await connection.exec('CREATE EXTENSION citext SCHEMA app');
    snapshot = await takeSnapshot(connection, { clock: fixed });
  });
  afterAll(async () => {
    await connection?.close();
    await database?.drop();
  });

  const table = (name: string): TableObject => snapshot.tables.find((t) => `${t.schema}.${t.name}` === name)!;

  test('header: format, version, source; the timestamp only at the top', () => {
    expect(snapshot.format).toBe('dbops-snapshot');
    expect(snapshot.formatVersion).toBe(1);
    expect(snapshot.generatedAt).toBe('2024-05-01T12:00:00.000Z');
    expect(snapshot.source).toMatchObject({ dialect: 'postgresql', database: database.name });
    expect(snapshot.source.serverVersion).toMatch(/^\d+/);
    expect(snapshot.source.incomplete).toBeUndefined();
  });

  test('schemas and extensions, without the extension members', () => {
    expect(snapshot.schemas).toEqual([
      { name: 'app', comment: 'application objects' },
      { name: 'public', comment: 'standard public schema' },
    ]);
    expect(snapshot.extensions).toEqual([
      { name: 'citext', schema: 'app', version: expect.any(String), comment: expect.any(String) },
    ]);
    // citext brings its own type and functions: they are the extension's, not the schema's.
    expect(snapshot.types.map((t) => t.name)).not.toContain('citext');
    expect(snapshot.functions.map((f) => f.name)).not.toContain('citextin');
  });

  test('enum, composite and domain types with their constraints', () => {
    expect(snapshot.types).toEqual([
      {
        kind: 'composite', schema: 'app', name: 'address', dependsOn: [],
        attributes: [{ name: 'street', type: 'text' }, { name: 'city', type: 'character varying(40)' }, { name: 'zip', type: 'character(5)' }],
      },
      {
        kind: 'domain', schema: 'app', name: 'code', baseType: 'text', nullable: true, collation: '"C"', dependsOn: [],
        constraints: [{ name: 'code_check', definition: 'CHECK (length(VALUE) <= 8)' }],
      },
      { kind: 'enum', schema: 'app', name: 'mood', labels: ['sad', 'ok', 'happy'], comment: 'how it feels' },
      {
        kind: 'domain', schema: 'app', name: 'positive_int', baseType: 'integer', nullable: false, default: '1', dependsOn: [],
        constraints: [{ name: 'positive_int_check', definition: 'CHECK (VALUE > 0)' }],
      },
    ]);
  });

  test('sequences with options and ownership; identity sequences belong to their column', () => {
    expect(snapshot.sequences).toEqual([
      {
        schema: 'app', name: 'customer_id_seq', dataType: 'integer', start: '1', increment: '1', min: '1', max: '2147483647',
        cache: '1', cycle: false, ownedBy: { schema: 'app', table: 'customer', column: 'id' },
      },
      {
        schema: 'app', name: 'invoice_number', dataType: 'bigint', start: '1000', increment: '10', min: '1000', max: '99999999',
        cache: '5', cycle: true, comment: 'invoice numbers',
      },
    ]);
    expect(table('app.orders').columns[0]).toEqual({
      name: 'id', type: 'bigint', nullable: false,
      identity: { generation: 'ALWAYS', start: '100', increment: '2', min: '1', max: '9223372036854775807', cache: '1', cycle: false },
    });
  });

  test('columns: type, nullability, default, generated expression, collation, comment', () => {
    const customer = table('app.customer');
    expect(customer.columns.map((c) => c.name)).toEqual(['id', 'email', 'name', 'mood', 'home', 'score', 'active', 'created_at', 'tags']);
    expect(customer.columns).toContainEqual({ name: 'id', type: 'integer', nullable: false, default: "nextval('app.customer_id_seq'::regclass)" });
    expect(customer.columns).toContainEqual({ name: 'email', type: 'character varying(200)', nullable: false, comment: 'login' });
    expect(customer.columns).toContainEqual({ name: 'name', type: 'text', nullable: true, collation: '"C"' });
    expect(customer.columns).toContainEqual({ name: 'mood', type: 'app.mood', nullable: true, default: "'ok'::app.mood" });
    expect(customer.columns).toContainEqual({ name: 'tags', type: 'text[]', nullable: true });
    expect(table('app.product').columns).toContainEqual({
      name: 'price_with_tax', type: 'numeric', nullable: true, generated: { expression: '(price * 1.2)', kind: 'stored' },
    });
    expect(customer.comment).toBe('people who buy');
    expect(customer.dependsOn).toEqual(['app.address', 'app.customer_id_seq', 'app.mood']);
  });

  test('primary keys, unique, check, exclusion constraints and foreign keys', () => {
    expect(table('app.product').primaryKey).toEqual({ name: 'product_pkey', definition: 'PRIMARY KEY (variant, sku)', columns: ['variant', 'sku'] });
    expect(table('app.customer').uniqueConstraints).toEqual([
      { name: 'customer_email_key', definition: 'UNIQUE (email)', columns: ['email'], deferrable: false, initiallyDeferred: false },
    ]);
    expect(table('app.customer').checkConstraints).toEqual([
      { name: 'customer_score_check', definition: 'CHECK (score >= 0::numeric)', expression: '(score >= (0)::numeric)', comment: 'never negative' },
    ]);
    expect(table('app.product').exclusionConstraints).toEqual([
      { name: 'product_price_range', definition: 'EXCLUDE USING btree (sku WITH =) DEFERRABLE INITIALLY DEFERRED' },
    ]);
    expect(table('app.orders').foreignKeys).toEqual([
      {
        name: 'orders_customer_fk',
        definition: 'FOREIGN KEY (customer_id) REFERENCES app.customer(id) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',
        columns: ['customer_id'], referencedSchema: 'app', referencedTable: 'customer', referencedColumns: ['id'],
        onUpdate: 'SET NULL', onDelete: 'CASCADE', match: 'SIMPLE', deferrable: true, initiallyDeferred: true,
      },
      {
        name: 'orders_product_fk',
        definition: 'FOREIGN KEY (variant, sku) REFERENCES app.product(variant, sku) MATCH FULL',
        columns: ['variant', 'sku'], referencedSchema: 'app', referencedTable: 'product', referencedColumns: ['variant', 'sku'],
        onUpdate: 'NO ACTION', onDelete: 'NO ACTION', match: 'FULL', deferrable: false, initiallyDeferred: false,
      },
    ]);
  });

  test('indexes: method, order, expressions, predicates, INCLUDE; constraint indexes are left to their constraint', () => {
    const orders = table('app.orders');
    expect(orders.indexes.map((i) => i.name)).toEqual(['orders_customer_sku_idx', 'orders_lower_note_idx', 'orders_placed_idx']);
    expect(orders.indexes[0]).toMatchObject({
      unique: true, method: 'btree', columns: [{ name: 'customer_id' }, { name: 'sku', nullsFirst: true }], include: ['variant'],
    });
    expect(orders.indexes[1]).toMatchObject({ columns: [{ expression: 'lower(note::text)' }], predicate: '(note IS NOT NULL)' });
    expect(orders.indexes[2]).toEqual({
      name: 'orders_placed_idx', unique: false, method: 'btree', columns: [{ name: 'placed_at', descending: true }], include: [],
      definition: 'CREATE INDEX orders_placed_idx ON app.orders USING btree (placed_at DESC)', comment: 'recent first',
    });
    expect(table('app.customer').indexes.map((i) => [i.name, i.method])).toEqual([['customer_tags_idx', 'gin']]);
  });

  test('partitioning: the parent strategy and key, the partitions and their bounds', () => {
    expect(table('app.measurement').partitioning).toEqual({ strategy: 'range', key: 'logdate' });
    expect(table('app.measurement_2024').partitionOf).toEqual({
      schema: 'app', table: 'measurement', bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
    });
    // What a partition inherits is marked, so that a diff or a changelog leaves it to the parent.
    expect(table('app.measurement_2024').columns.every((c) => c.inherited)).toBe(true);
    expect(table('app.measurement_2024').primaryKey?.inherited).toBe(true);
    expect(table('app.measurement_2024').indexes.every((i) => i.inherited)).toBe(true);
    expect(table('app.scratch').unlogged).toBe(true);
  });

  test('views and materialized views with their definitions and dependencies', () => {
    const names = snapshot.views.map((v) => [v.name, v.materialized]);
    expect(names).toEqual([['big_customers', false], ['customer_orders', false], ['order_totals', true]]);
    const customerOrders = snapshot.views.find((v) => v.name === 'customer_orders')!;
    expect(customerOrders.definition).toMatch(/^SELECT c\.id,\n\s+c\.email,\n\s+count\(o\.id\) AS order_count\n\s+FROM app\.customer c/);
    expect(customerOrders.dependsOn).toEqual(['app.customer', 'app.orders']);
    expect(customerOrders.comment).toBe('orders per customer');
    const big = snapshot.views.find((v) => v.name === 'big_customers')!;
    expect(big.options).toEqual(['security_barrier=true']);
    expect(big.dependsOn).toEqual(['app.customer_orders']);
    expect(snapshot.views.find((v) => v.name === 'order_totals')!.indexes.map((i) => i.name)).toEqual(['order_totals_customer_idx']);
  });

  test('functions, procedures and triggers', () => {
    expect(snapshot.functions.map((f) => [f.kind, f.name, f.arguments, f.returns, f.language])).toEqual([
      ['function', 'add', 'a integer, b integer', 'integer', 'sql'],
      ['procedure', 'reset_scratch', '', undefined, 'sql'],
      ['function', 'touch', '', 'trigger', 'plpgsql'],
    ]);
    const add = snapshot.functions[0]!;
    expect(add.definition).toMatch(/^CREATE OR REPLACE FUNCTION app\.add\(a integer, b integer DEFAULT 1\)/);
    expect(snapshot.functions[2]!.comment).toBe('sets placed_at');
    expect(snapshot.triggers).toEqual([
      {
        schema: 'app', table: 'orders', name: 'orders_touch',
        definition: 'CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON app.orders FOR EACH ROW EXECUTE FUNCTION app.touch()',
        function: { schema: 'app', name: 'touch' }, enabled: 'O', comment: 'keeps placed_at fresh',
      },
    ]);
  });

  test('names kept exactly as the catalog spells them', () => {
    const legacy = table('public.LEGACY_ITEMS');
    expect(legacy.columns.map((c) => c.name)).toEqual(['ID', 'Label', 'user', 'order']);
    expect(legacy.primaryKey).toEqual({ name: 'LEGACY_ITEMS_pkey', definition: 'PRIMARY KEY ("ID")', columns: ['ID'] });
    expect(legacy.indexes[0]).toMatchObject({ name: 'LEGACY_ITEMS_Label_idx', columns: [{ name: 'Label' }] });
  });

  test('the tracking tables are never part of a snapshot', () => {
    expect(snapshot.tables.map((t) => t.name)).not.toContain('databasechangelog');
    expect(snapshot.tables.map((t) => t.name)).not.toContain('databasechangeloglock');
    expect(table('public.note')).toBeDefined();
  });

  test('deterministic: two snapshots are identical byte for byte, and a file reads back equal', async () => {
    const again = await takeSnapshot(connection, { clock: fixed });
    expect(serializeSnapshot(again)).toBe(serializeSnapshot(snapshot));
    const text = serializeSnapshot(snapshot);
    const read = parseSnapshot(text);
    expect(serializeSnapshot(read)).toBe(text);
    expect(read).toEqual(JSON.parse(text));
  });

  test('the session is left as it was (search_path)', async () => {
    await connection.exec('SET search_path = app, public');
    await takeSnapshot(connection);
    const { rows } = await connection.query<{ search_path: string }>('SHOW search_path');
    expect(rows[0]!.search_path).toBe('app, public');
  });

  test('filters: schemas, include and exclude globs', async () => {
    const onlyPublic = await takeSnapshot(connection, { schemas: ['public'], clock: null });
    expect(onlyPublic.schemas.map((s) => s.name)).toEqual(['public']);
    // Upper case sorts before lower case: code-unit order, whatever the database's collation.
    expect(onlyPublic.tables.map((t) => t.name)).toEqual(['LEGACY_ITEMS', 'note']);
    expect(onlyPublic.source.filters).toEqual({ schemas: ['public'] });

    const orders = await takeSnapshot(connection, { include: ['app.order*'], clock: null });
    expect(orders.tables.map((t) => t.name)).toEqual(['orders']);
    expect(orders.views.map((v) => v.name)).toEqual(['order_totals']);
    expect(orders.triggers.map((t) => t.name)).toEqual(['orders_touch']);
    expect(orders.types).toEqual([]);

    const noPartitions = await takeSnapshot(connection, { exclude: ['measurement_*', 'customer'], clock: null });
    expect(noPartitions.tables.map((t) => t.name)).toEqual(['measurement', 'orders', 'product', 'scratch', 'LEGACY_ITEMS', 'note']);
    // A serial's sequence follows its table.
    expect(noPartitions.sequences.map((s) => s.name)).toEqual(['invoice_number']);
  });
});

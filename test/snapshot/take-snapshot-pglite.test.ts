import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PgliteConnection } from '../../src/database/pglite-connection.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { serializeSnapshot } from '../../src/snapshot/snapshot-file.js';
import { takeSnapshot } from '../../src/snapshot/take-snapshot.js';
import { createTestDatabase, postgresAvailable } from '../support/databases.js';

const EVERY_KIND = readFileSync(new URL('./fixtures/every-kind.sql', import.meta.url), 'utf8');
const withPostgres = await postgresAvailable();

/** The embedded PostgreSQL (PGlite, PostgreSQL 18): one instance for the file. */
describe('takeSnapshot on PGlite', () => {
  let connection: PgliteConnection;
  let snapshot: Snapshot;

  beforeAll(async () => {
    connection = await PgliteConnection.open();
    await connection.exec(EVERY_KIND);
    snapshot = await takeSnapshot(connection, { clock: null });
  });
  afterAll(async () => {
    await connection?.close();
  });

  test('every object kind is described', () => {
    expect(Number.parseInt(snapshot.source.serverVersion!, 10)).toBeGreaterThanOrEqual(15);
    expect(snapshot.source.incomplete).toBeUndefined();
    expect(snapshot.schemas.map((s) => s.name)).toEqual(['app', 'public']);
    expect(snapshot.types.map((t) => `${t.kind} ${t.name}`)).toEqual(['composite address', 'domain code', 'enum mood', 'domain positive_int']);
    expect(snapshot.sequences.map((s) => s.name)).toEqual(['customer_id_seq', 'invoice_number']);
    expect(snapshot.tables.map((t) => t.name)).toEqual([
      'customer', 'measurement', 'measurement_2024', 'measurement_2025', 'orders', 'product', 'scratch', 'LEGACY_ITEMS', 'note',
    ]);
    expect(snapshot.views.map((v) => v.name)).toEqual(['big_customers', 'customer_orders', 'order_totals']);
    expect(snapshot.functions.map((f) => f.name)).toEqual(['add', 'reset_scratch', 'touch']);
    expect(snapshot.triggers.map((t) => t.name)).toEqual(['orders_touch']);
    const orders = snapshot.tables.find((t) => t.name === 'orders')!;
    expect(orders.columns[0]!.identity).toMatchObject({ generation: 'ALWAYS', start: '100', increment: '2' });
    expect(orders.foreignKeys.map((f) => [f.name, f.onDelete, f.match])).toEqual([
      ['orders_customer_fk', 'CASCADE', 'SIMPLE'],
      ['orders_product_fk', 'NO ACTION', 'FULL'],
    ]);
    // PostgreSQL 18 catalogs NOT NULL as constraints: they stay column nullability here.
    expect(orders.checkConstraints).toEqual([]);
  });

  test('deterministic on the embedded engine too', async () => {
    expect(serializeSnapshot(await takeSnapshot(connection, { clock: null }))).toBe(serializeSnapshot(snapshot));
  });

  test.runIf(withPostgres)('PostgreSQL 15 and PGlite describe the same schema the same way', async () => {
    const database = await createTestDatabase();
    const server = await database.connect();
    try {
      await server.exec(EVERY_KIND);
      const other = await takeSnapshot(server, { clock: null });
      // View text is pretty-printed by the server and changed between major versions (16 stopped
      // qualifying columns of single-table queries); everything else must match exactly.
      for (const section of ['schemas', 'extensions', 'types', 'sequences', 'tables', 'functions', 'triggers'] as const) {
        expect(snapshot[section], section).toEqual(other[section]);
      }
      expect(snapshot.views.map(({ definition: _, ...rest }) => rest)).toEqual(other.views.map(({ definition: _, ...rest }) => rest));
    } finally {
      await server.close();
      await database.drop();
    }
  });
});

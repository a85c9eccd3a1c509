/**
 * End to end on a real database: the changesets generated from a diff, run through the real change
 * types, turn the target into the reference (a new diff is empty), and their rollbacks turn it back
 * (a diff against the original target is empty). On PostgreSQL and on the embedded PGlite.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseConnection } from '../../src/database/connection.js';
import { PgliteConnection } from '../../src/database/pglite-connection.js';
import { generateChangeSets } from '../../src/diff/changeset-generator.js';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { renderDiffText } from '../../src/diff/render-diff-text.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { takeSnapshot } from '../../src/snapshot/take-snapshot.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { applyChangeSets, rollbackChangeSets } from './support/apply-changesets.js';

const EVERY_KIND = readFileSync(new URL('../snapshot/fixtures/every-kind.sql', import.meta.url), 'utf8');
const CHANGED = readFileSync(new URL('./fixtures/every-kind-changed.sql', import.meta.url), 'utf8');
const COLUMN_TYPES = readFileSync(new URL('./fixtures/column-types.sql', import.meta.url), 'utf8');
const RESET = `DROP SCHEMA IF EXISTS app CASCADE; DROP TABLE IF EXISTS public.note, public."LEGACY_ITEMS", public.databasechangelog, public.databasechangeloglock;`;

const snapshot = (db: DatabaseConnection) => takeSnapshot(db, { clock: null });

/** The differences as text, so that a failure shows them; '' when there are none. */
function differences(reference: Snapshot, target: Snapshot): string {
  const diff = diffSnapshots(reference, target, { detectRenames: false });
  return diff.missing.length + diff.unexpected.length + diff.changed.length === 0 ? '' : renderDiffText(diff);
}

function roundTrips(open: () => Promise<{ db: DatabaseConnection; extensions: boolean; close(): Promise<void> }>) {
  let handle: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  test('from nothing to every object kind, and back', async () => {
    const { db } = handle;
    await db.exec(RESET);
    const before = await snapshot(db);
    await db.exec(EVERY_KIND);
    if (handle.extensions) await db.exec('CREATE EXTENSION citext SCHEMA app');
    const reference = await snapshot(db);
    await db.exec(RESET);
    if (handle.extensions) await db.exec('DROP EXTENSION IF EXISTS citext');

    const { changeSets, warnings } = generateChangeSets(diffSnapshots(reference, before), { author: 'test', idPrefix: 'T' });
    expect(warnings).toEqual([]);
    await applyChangeSets(db, changeSets);
    expect(differences(reference, await snapshot(db))).toBe('');
    await rollbackChangeSets(db, changeSets);
    expect(differences(before, await snapshot(db))).toBe('');
  });

  test('a changed schema (renames, alterations, drops and additions of every kind) brought back, and rolled back', async () => {
    const { db } = handle;
    await db.exec(RESET);
    await db.exec(EVERY_KIND);
    const reference = await snapshot(db);
    await db.exec(CHANGED);
    const target = await snapshot(db);

    const diff = diffSnapshots(reference, target);
    expect(diff.renamed.map((r) => `${r.kind} ${r.from} → ${r.to}`)).toEqual(['table scratch_old → scratch', 'column email_address → email']);
    const { changeSets } = generateChangeSets(diff, { author: 'test', idPrefix: 'T' });
    await applyChangeSets(db, changeSets);
    expect(differences(reference, await snapshot(db))).toBe('');
    await rollbackChangeSets(db, changeSets);
    expect(differences(target, await snapshot(db))).toBe('');
  });

  test('every column type, serials and quoted type names come back exactly (types Liquibase would rewrite go as SQL)', async () => {
    const { db } = handle;
    await db.exec(RESET);
    const before = await snapshot(db);
    await db.exec(COLUMN_TYPES);
    const reference = await snapshot(db);
    await db.exec(RESET);
    const { changeSets } = generateChangeSets(diffSnapshots(reference, before), { author: 'test', idPrefix: 'T' });
    await applyChangeSets(db, changeSets);
    expect(differences(reference, await snapshot(db))).toBe('');
    await rollbackChangeSets(db, changeSets);
    expect(differences(before, await snapshot(db))).toBe('');
  });

  test('views are dropped and rebuilt around changes PostgreSQL refuses under them', async () => {
    const { db } = handle;
    const views = (amount: string, extra: string) => `
      CREATE SCHEMA app;
      CREATE TABLE app.t (id integer, amount ${amount}, label text);
      CREATE VIEW app.v1 AS SELECT id, amount FROM app.t;
      CREATE VIEW app.v2 AS SELECT id, amount * 2 AS twice FROM app.v1;
      CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.v2;
      CREATE INDEX mv_id_idx ON app.mv (id);
      CREATE VIEW app.w1 AS SELECT id, label${extra} FROM app.t;
      CREATE VIEW app.w2 AS SELECT label FROM app.w1;
      COMMENT ON VIEW app.w2 IS 'reads w1';`;
    await db.exec(RESET);
    await db.exec(views('numeric(10,2)', ''));
    const reference = await snapshot(db);
    await db.exec(RESET);
    await db.exec(views('numeric(8,2)', ', 1 AS extra'));
    const target = await snapshot(db);

    const diff = diffSnapshots(reference, target);
    const column = diff.changed.find((c) => c.id === 'app.t.amount')!;
    // Every view reading the table, directly or not (w1 and w2 read another column of it).
    expect(column.dependentViews?.map((v) => v.reference.name)).toEqual(['v1', 'v2', 'mv', 'w1', 'w2']);
    const { changeSets } = generateChangeSets(diff, { author: 'test', idPrefix: 'T' });
    await applyChangeSets(db, changeSets);
    expect(differences(reference, await snapshot(db))).toBe('');
    await rollbackChangeSets(db, changeSets);
    expect(differences(target, await snapshot(db))).toBe('');
  });

  test('new enum values are added in place (no rollback: PostgreSQL cannot remove them)', async () => {
    const { db } = handle;
    await db.exec(RESET);
    await db.exec(`CREATE SCHEMA app; CREATE TYPE app.mood AS ENUM ('sad', 'happy'); CREATE TABLE app.t (m app.mood DEFAULT 'sad')`);
    const target = await snapshot(db);
    await db.exec(`ALTER TYPE app.mood ADD VALUE 'ok' AFTER 'sad'; ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'sad'`);
    const reference = await snapshot(db);
    await db.exec(`DROP TABLE app.t; DROP TYPE app.mood; CREATE TYPE app.mood AS ENUM ('sad', 'happy'); CREATE TABLE app.t (m app.mood DEFAULT 'sad')`);
    expect(differences(target, await snapshot(db))).toBe('');

    const { changeSets } = generateChangeSets(diffSnapshots(reference, target), { author: 'test', idPrefix: 'T' });
    expect(changeSets.map((c) => c.rollback)).toEqual([undefined]);
    await applyChangeSets(db, changeSets);
    expect(differences(reference, await snapshot(db))).toBe('');
  });
}

describe.runIf(await postgresAvailable())('round trip on PostgreSQL', () => {
  let database: TestDatabase;
  roundTrips(async () => {
    database = await createTestDatabase();
    const db = await database.connect();
    return {
      db,
      extensions: true,
      close: async () => {
        await db.close();
        await database.drop();
      },
    };
  });
});

describe('round trip on PGlite', () => {
  roundTrips(async () => {
    const db = await PgliteConnection.open();
    return { db, extensions: false, close: () => db.close() };
  });
});

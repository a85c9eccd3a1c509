/**
 * The same change cases on the embedded PostgreSQL (PGlite), which is the default target when no
 * server is given: the SQL must run there too and the inverses must undo it. One PGlite instance
 * serves the whole file, each case in its own schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeTypes } from '../../src/changes/registry.js';
import { PgliteConnection } from '../../src/database/pglite-connection.js';
import { catalogSnapshot } from './support/catalog-snapshot.js';
import { cases, files } from './support/change-cases.js';
import { ChangeRunner } from './support/change-harness.js';

describe('change types on PGlite', () => {
  let db: PgliteConnection;
  beforeAll(async () => {
    db = await PgliteConnection.open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(cases.map((c, index) => [c.title, c, index] as const))('%s', async (_title, testCase, index) => {
    const schema = `p_${index}`;
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    const runner = new ChangeRunner(db, schema, files);
    if (testCase.setup) await db.exec(testCase.setup);
    const before = await catalogSnapshot(db, schema);
    const change = runner.load(testCase.change);
    await runner.apply(change);
    if (testCase.check) expect((await db.query(testCase.check)).rows).toEqual(testCase.expected);
    if (testCase.undo && changeTypes.get(change.type)!.inverse) {
      await runner.undo(change);
      if (testCase.restores !== false) expect(await catalogSnapshot(db, schema)).toEqual(before);
    }
  });
});

/**
 * verifyRollbacks on the embedded and the real PostgreSQL: each fixture changelog is applied,
 * rolled back and re-applied changeset by changeset, and the verdict names the changeset and what
 * its rollback left behind.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../src/database/connection.js';
import { statuses, verifyDatabases, verifyOn } from './support/verify-databases.js';

const databases = await verifyDatabases();

describe.each(databases)('verifyRollbacks on $name', (database) => {
  afterEach(() => database.release());
  afterAll(() => database.close());
  const fresh = (): Promise<DatabaseConnection> => database.fresh();

  it.skipIf(!database.available)('verifies a changelog whose rollbacks are all right (automatic inverses and explicit blocks)', async () => {
    const db = await fresh();
    const result = await verifyOn(db, 'all-right.changelog.xml');
    expect(result.ok).toBe(true);
    expect(statuses(result)).toEqual({
      'create-person': 'verified',
      'add-nickname': 'verified',
      'index-name': 'verified',
      'rename-nickname': 'verified',
      'create-address': 'verified',
      'address-person-fk': 'verified',
      'rename-address': 'verified',
      'unique-alias': 'verified',
      'default-city': 'verified',
      'name-not-null': 'verified',
      'invoice-seq': 'verified',
      'person-view': 'verified',
      mood: 'verified',
      'widen-city': 'verified',
    });
    expect(result.verifications.every((v) => v.differences === undefined && v.error === undefined)).toBe(true);
    // Verification leaves every changeset applied, as update would.
    const rows = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM databasechangelog');
    expect(rows.rows[0]!.n).toBe('14');
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'person' ORDER BY ordinal_position",
    );
    expect(columns.rows.map((r) => r.column_name)).toEqual(['id', 'name', 'alias', 'mood']);
  });

  it.skipIf(!database.available)('names the changeset whose rollback forgets an index on another table, and the index', async () => {
    const result = await verifyOn(await fresh(), 'forgotten.changelog.sql');
    expect(result.ok).toBe(false);
    const forgotten = result.verifications[1]!;
    expect(forgotten).toMatchObject({ id: 'create-a-and-index-b', author: 'dev', filePath: 'forgotten.changelog.sql', status: 'mismatch', line: 7 });
    expect(forgotten.differences![0]).toBe('table b: index b_name_idx still present');
    // The rollback's leftover also makes the next apply fail, which is where verification of this
    // database ends: what follows depends on this changeset.
    expect(forgotten.differences![1]).toMatch(/^re-applying it after the rollback failed: relation "b_name_idx" already exists/);
    expect(forgotten.error).toMatchObject({ statement: expect.stringContaining('CREATE INDEX b_name_idx') });
    expect(statuses(result)).toEqual({ 'create-b': 'verified', 'create-a-and-index-b': 'mismatch', 'two-columns': 'skipped', 'create-c': 'skipped' });
    expect(result.log).toContain(
      'warn: forgotten.changelog.sql::create-a-and-index-b::dev: after its rollback it cannot be applied again on this database, so the 2 changesets after it cannot be verified here',
    );
  });

  it.skipIf(!database.available)('names the column a rollback leaves when the changeset added two', async () => {
    const result = await verifyOn(await fresh(), 'forgotten.changelog.sql', {
      changeSets: [{ id: 'two-columns', author: 'dev', filePath: 'forgotten.changelog.sql' }],
    });
    // Only the changeset asked for is verified; those before it are applied unverified.
    expect(result.verifications).toHaveLength(1);
    expect(result.verifications[0]).toMatchObject({ id: 'two-columns', status: 'mismatch' });
    expect(result.verifications[0]!.differences![0]).toBe('table b: column nickname still present');
    expect(result.verifications[0]!.differences![1]).toMatch(/column "nickname" of relation "b" already exists/);
  });

  it.skipIf(!database.available)('reports changes with no inverse and no rollback as no-rollback, with the reason, and goes on', async () => {
    const db = await fresh();
    const result = await verifyOn(db, 'no-rollback.changelog.xml');
    expect(statuses(result)).toEqual({ 'create-person': 'verified', 'drop-legacy': 'no-rollback', 'raw-sql': 'no-rollback', 'add-email': 'verified' });
    // no-rollback alone does not fail the run (the CLI's --require-rollback does).
    expect(result.ok).toBe(true);
    expect(result.verifications[1]!.error!.message).toMatch(/changeset drop-legacy::dev: No inverse to dropColumn can be generated automatically/);
    expect(result.verifications[2]!.error!.message).toMatch(/No inverse to sql/);
    // They stay applied: the next changeset was verified on top of them.
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'person' ORDER BY ordinal_position",
    );
    expect(columns.rows.map((r) => r.column_name)).toEqual(['id', 'name', 'email']);
  });

  it.skipIf(!database.available)('reports a rollback whose SQL fails as an error with the statement, and verifies the next changeset', async () => {
    const result = await verifyOn(await fresh(), 'failing-rollback.changelog.sql');
    expect(statuses(result)).toEqual({ 'create-t': 'error', 'create-u': 'verified' });
    expect(result.ok).toBe(false);
    expect(result.verifications[0]!.error).toMatchObject({
      message: 'rollback failed: table "does_not_exist" does not exist',
      statement: 'DROP TABLE does_not_exist',
      code: '42P01',
    });
  });

  it.skipIf(!database.available)('stops after a rollback that failed half-way outside a transaction', async () => {
    const result = await verifyOn(await fresh(), 'partial-rollback.changelog.sql');
    expect(statuses(result)).toEqual({ 'two-tables': 'error', r: 'skipped' });
    expect(result.verifications[0]!.error).toMatchObject({
      message: 'rollback failed: table "does_not_exist" does not exist (part of the rollback ran: the database is left neither before nor after this changeset)',
      statement: 'DROP TABLE does_not_exist',
    });
  });

  it.skipIf(!database.available)('reports a changeset that does not apply as an error with the statement, and stops: what follows depends on it', async () => {
    const result = await verifyOn(await fresh(), 'failing-apply.changelog.sql');
    expect(statuses(result)).toEqual({ a: 'verified', broken: 'error', c: 'skipped' });
    expect(result.verifications[1]!.error).toMatchObject({
      message: 'apply failed: relation "missing_table" does not exist',
      statement: 'INSERT INTO missing_table VALUES (1)',
      code: '42P01',
    });
    expect(result.log).toContain('warn: failing-apply.changelog.sql::broken::dev did not apply: the changeset after it depends on it and is not verified');
  });

  it.skipIf(!database.available)('reports a type the rollback leaves behind, and that applying the changeset again fails', async () => {
    const result = await verifyOn(await fresh(), 'leftover-type.changelog.sql');
    expect(result.verifications).toHaveLength(1);
    const diary = result.verifications[0]!;
    expect(diary.status).toBe('mismatch');
    expect(diary.differences).toEqual(['type mood still present', expect.stringMatching(/^re-applying it after the rollback failed: type "mood" already exists$/)]);
    expect(diary.error).toMatchObject({ message: 're-apply after rollback failed: type "mood" already exists', statement: expect.stringContaining('CREATE TYPE mood'), code: '42710' });
  });

  it.skipIf(!database.available)('catches a leftover no snapshot describes (a policy) by applying the changeset again', async () => {
    const result = await verifyOn(await fresh(), 'invisible-leftover.changelog.sql');
    expect(statuses(result)).toEqual({ doc: 'verified', 'doc-policy': 'mismatch' });
    expect(result.verifications[1]!.differences).toEqual([
      're-applying it after the rollback failed: policy "doc_owner" for table "doc" already exists (the rollback left behind something the schema comparison does not show)',
    ]);
  });

  it.skipIf(!database.available)('with compareData, compares the rows of the tables a changeset names', async () => {
    const result = await verifyOn(await fresh(), 'data.changelog.sql', { compareData: true });
    expect(statuses(result)).toEqual({ price: 'verified', double: 'verified', bump: 'mismatch', 'more-prices': 'mismatch' });
    expect(result.verifications[2]!.differences).toEqual(['table price: row contents differ (2 rows before and after rollback)']);
    expect(result.verifications[3]!.differences![0]).toBe('table price: rows differ (2 before, 3 after rollback)');
    // The row left behind also makes the re-apply fail.
    expect(result.verifications[3]!.differences![1]).toMatch(/duplicate key value violates unique constraint "price_pkey"/);
  });

  it.skipIf(!database.available)('without compareData, only the schema counts', async () => {
    const result = await verifyOn(await fresh(), 'data.changelog.sql', { changeSets: [{ id: 'bump', author: 'dev', filePath: 'data.changelog.sql' }] });
    expect(statuses(result)).toEqual({ bump: 'verified' });
  });

  it.skipIf(!database.available)('verifies only what is pending: changesets already applied are left alone', async () => {
    const db = await fresh();
    const first = await verifyOn(db, 'failing-rollback.changelog.sql', { changeSets: [{ id: 'create-t', author: 'dev', filePath: 'failing-rollback.changelog.sql' }] });
    expect(statuses(first)).toEqual({ 'create-t': 'error' });
    const second = await verifyOn(db, 'failing-rollback.changelog.sql');
    expect(statuses(second)).toEqual({ 'create-u': 'verified' });
    const third = await verifyOn(db, 'failing-rollback.changelog.sql');
    expect(third.verifications).toEqual([]);
    expect(third.ok).toBe(true);
  });

  it.skipIf(!database.available)('runAlways changesets and preconditions that say CONTINUE do not get in the way of the changesets after them', async () => {
    const db = await fresh();
    const result = await verifyOn(db, 'run-always.changelog.sql');
    expect(statuses(result)).toEqual({ t: 'verified', 'names-view': 'verified', 'only-if-empty': 'skipped', u: 'verified' });
    expect(result.ok).toBe(true);
    // Once applied, a runAlways changeset is not verified again; the CONTINUE one still is pending.
    const again = await verifyOn(db, 'run-always.changelog.sql');
    expect(statuses(again)).toEqual({ 'only-if-empty': 'skipped' });
  });

  it.skipIf(!database.available)('refuses to verify a changeset that is not pending', async () => {
    await expect(
      verifyOn(await fresh(), 'failing-rollback.changelog.sql', { changeSets: [{ id: 'nope', author: 'dev', filePath: 'failing-rollback.changelog.sql' }] }),
    ).rejects.toThrow(/Cannot verify the rollback of failing-rollback.changelog.sql::nope::dev: not a pending changeset/);
  });
});

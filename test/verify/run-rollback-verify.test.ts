/**
 * rollbackVerify, the entry the CLI and the actions call: it opens the database itself (the
 * embedded PostgreSQL when there is no URL), and on the embedded one goes on past a rollback that
 * leaves the database unusable, on a fresh instance.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandOptions, DbopsCommands } from '../../src/actions/commands.js';
import { ConfigurationError } from '../../src/errors.js';
import { memoryLogger } from '../../src/logger.js';
import { rollbackVerify } from '../../src/verify/run-rollback-verify.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { FIXTURES, statuses } from './support/verify-databases.js';

const available = await postgresAvailable();

describe('rollbackVerify', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  it('on the embedded PostgreSQL, verifies every changeset, starting afresh after each rollback that leaves the database unusable', async () => {
    const logger = memoryLogger();
    const result = await rollbackVerify({ changelogFile: 'forgotten.changelog.sql', searchPath: [FIXTURES], logger });
    expect(statuses(result)).toEqual({ 'create-b': 'verified', 'create-a-and-index-b': 'mismatch', 'two-columns': 'mismatch', 'create-c': 'verified' });
    expect(result.verifications[1]!.differences![0]).toBe('table b: index b_name_idx still present');
    expect(result.verifications[2]!.differences![0]).toBe('table b: column nickname still present');
    expect(result.ok).toBe(false);
    expect(result.changelog).toBe('forgotten.changelog.sql');
    const messages = logger.lines.map((l) => l.message);
    expect(messages.filter((m) => m.startsWith('Continuing with the'))).toEqual([
      'Continuing with the 2 changesets after create-a-and-index-b::dev on a fresh embedded PostgreSQL',
      'Continuing with the 1 changeset after two-columns::dev on a fresh embedded PostgreSQL',
    ]);
  });

  it.skipIf(!available)('on a URL, verifies the pending changesets and stops where the database became unusable', async () => {
    db = await createTestDatabase('dbops_verify_url');
    const logger = memoryLogger();
    const result = await rollbackVerify({ changelogFile: 'forgotten.changelog.sql', searchPath: [FIXTURES], url: db.url, logger });
    expect(statuses(result)).toEqual({ 'create-b': 'verified', 'create-a-and-index-b': 'mismatch', 'two-columns': 'skipped', 'create-c': 'skipped' });
    expect(logger.lines.some((l) => l.message.startsWith('Continuing'))).toBe(false);
  });

  it.skipIf(!available)('is the rollbackVerify command of the actions (CommandOptions in, RollbackVerifyResult out)', async () => {
    db = await createTestDatabase('dbops_verify_action');
    const command: DbopsCommands['rollbackVerify'] = rollbackVerify;
    const options: CommandOptions = {
      changelogFile: 'no-rollback.changelog.xml',
      searchPath: [FIXTURES],
      url: db.url,
      environment: 'dev',
      env: {},
      logger: memoryLogger(),
    };
    const result = await command(options);
    expect(statuses(result)).toEqual({ 'create-person': 'verified', 'drop-legacy': 'no-rollback', 'raw-sql': 'no-rollback', 'add-email': 'verified' });
    expect(result.verifications[0]).toMatchObject({ sourceFile: 'no-rollback.changelog.xml', line: 7, description: expect.stringContaining('createTable') });
  });

  it('throws a ConfigurationError without the password when the database cannot be reached', async () => {
    const attempt = rollbackVerify({
      changelogFile: 'forgotten.changelog.sql',
      searchPath: [FIXTURES],
      url: 'postgresql://app:s3cr3t-pw@127.0.0.1:1/app',
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.not.toThrow(/s3cr3t-pw/);
  });
});

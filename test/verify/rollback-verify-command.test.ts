/**
 * `dbops rollback-verify`: the handler as main.ts runs it (settings resolved from the command
 * line), its output and its exit code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/arguments.js';
import { rollbackVerifyCommand } from '../../src/cli/rollback-verify-command.js';
import { resolveSettings } from '../../src/cli/settings.js';
import type { RollbackVerifyResult } from '../../src/report/model.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';
import { FIXTURES } from './support/verify-databases.js';

const available = await postgresAvailable();

async function run(args: string[]) {
  const io = memoryIo({ cwd: FIXTURES });
  const settings = await resolveSettings(parseArguments(['rollback-verify', ...args]), io.env, io.cwd);
  const code = await rollbackVerifyCommand(settings, io);
  return { code, out: io.out, err: io.err };
}

describe('dbops rollback-verify', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  it('on the embedded PostgreSQL by default: text report, exit 1 when a rollback fails', async () => {
    const { code, out, err } = await run(['--changelog-file=failing-rollback.changelog.sql']);
    expect(code).toBe(1);
    expect(out).toMatch(/^dbops rollback-verify failing-rollback.changelog.sql\n/);
    expect(out).toMatch(/ {2}error +create-t::dev .*\n.*rollback failed: table "does_not_exist" does not exist \(SQLSTATE 42P01\)\n.*statement: DROP TABLE does_not_exist/);
    expect(out).toMatch(/ {2}verified +create-u::dev/);
    expect(out).toMatch(/1 verified, 1 error .* — failed\n$/);
    // One progress line per changeset on stderr, none of the engine's per-step lines.
    expect(err.trim().split('\n').filter((l) => /^\[\d+\/2\]/.test(l))).toHaveLength(2);
    expect(err).not.toMatch(/executed|rolledBack/);
  });

  it.skipIf(!available)('--url: only no-rollback changesets exit 0, and 1 with --require-rollback', async () => {
    db = await createTestDatabase('dbops_verify_cli');
    const plain = await run(['--changelog-file=no-rollback.changelog.xml', `--url=${db.url}`]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/no-rollback +drop-legacy::dev/);
    expect(plain.out).toMatch(/No inverse to dropColumn/);

    await db.drop();
    db = await createTestDatabase('dbops_verify_cli');
    const strict = await run(['--changelog-file=no-rollback.changelog.xml', `--url=${db.url}`, '--require-rollback']);
    expect(strict.code).toBe(1);
  });

  it.skipIf(!available)('--format json prints the RollbackVerifyResult; --compare-data compares rows', async () => {
    db = await createTestDatabase('dbops_verify_cli');
    const { code, out } = await run(['--changelog-file=data.changelog.sql', `--url=${db.url}`, '--compare-data', '--format=json']);
    expect(code).toBe(1);
    const result = JSON.parse(out) as RollbackVerifyResult;
    expect(result.changelog).toBe('data.changelog.sql');
    expect(result.ok).toBe(false);
    expect(result.verifications.map((v) => [v.id, v.status])).toEqual([
      ['price', 'verified'],
      ['double', 'verified'],
      ['bump', 'mismatch'],
      ['more-prices', 'mismatch'],
    ]);
    expect(result.verifications[2]!.differences).toEqual(['table price: row contents differ (2 rows before and after rollback)']);
  });

  it('exits 2 on a configuration error, with one line that says what is wrong', async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringMatching(/^dbops: --changelog-file is required/) });
    expect(await run(['--changelog-file=no-such.xml', '--compare-data=maybe'])).toMatchObject({ code: 2, err: "dbops: --compare-data takes no value (or true/false), got 'maybe'\n" });
  });
});

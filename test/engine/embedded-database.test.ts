/**
 * The embedded default: with no --url, dbops runs on PGlite in memory; with `pglite:<folder>` the
 * database persists in the folder, so a later command sees what an earlier one applied.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('embedded PostgreSQL', () => {
  it('persists in a folder across commands (pglite:<folder>)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dbops-pglite-'));
    writeFileSync(
      path.join(dir, 'changelog.sql'),
      `--liquibase formatted sql\n\n--changeset a:1\nCREATE TABLE note (id bigint PRIMARY KEY, body text);\n--rollback DROP TABLE note;\n\n--changeset a:2\nINSERT INTO note VALUES (1, $$it's; fine$$);\n--rollback DELETE FROM note WHERE id = 1;\n`,
    );
    const args = ['--changelog-file=changelog.sql', `--url=pglite:${path.join(dir, 'db')}`, '--format=json'];
    const update = memoryIo({ cwd: dir });
    expect(await runCli(['update', ...args], update), update.err).toBe(0);
    expect(JSON.parse(update.out).changeSets.map((c: { state: string }) => c.state)).toEqual(['executed', 'executed']);

    const status = memoryIo({ cwd: dir });
    expect(await runCli(['status', ...args], status), status.err).toBe(0);
    expect(JSON.parse(status.out).changeSets.map((c: { state: string }) => c.state)).toEqual(['applied', 'applied']);

    const history = memoryIo({ cwd: dir });
    expect(await runCli(['history', ...args], history)).toBe(0);
    const rows = JSON.parse(history.out).rows as Array<{ id: string; md5sum: string; execType: string }>;
    expect(rows.map((r) => [r.id, r.execType])).toEqual([
      ['1', 'EXECUTED'],
      ['2', 'EXECUTED'],
    ]);
    expect(rows.every((r) => /^9:[0-9a-f]{32}$/.test(r.md5sum))).toBe(true);
  }, 120_000);
});

/** `dbops status-matrix` against real databases (the CLI command, called as main.ts calls it). */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusMatrixCommand } from '../../src/cli/status-matrix-command.js';
import { resolveSettings } from '../../src/cli/settings.js';
import { parseArguments } from '../../src/cli/arguments.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { openEngine } from '../../src/engine/open-engine.js';
import { update } from '../../src/engine/update.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDatabase, createTestDatabase, postgresAvailable } from '../support/databases.js';
import { makeWorkspace, writeChangelog } from '../actions/support/workspace.js';

const available = await postgresAvailable();
const databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

async function applied(workspace: string): Promise<TestDatabase> {
  const db = await createTestDatabase('dbops_matrix');
  databases.push(db);
  const opened = await openEngine({ changelogFile: 'db/changelog.yaml', searchPath: [workspace], url: db.url, logger: silentLogger });
  try {
    expect((await update(opened.context)).ok).toBe(true);
  } finally {
    await opened.close();
  }
  return db;
}

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false, env, cwd };
  const args = parseArguments(argv);
  const code = await statusMatrixCommand(await resolveSettings(args, env, cwd), io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe.skipIf(!available)('dbops status-matrix', () => {
  it('prints what each environment applied, as text and as JSON', async () => {
    const workspace = makeWorkspace(['customer']);
    const staging = await applied(workspace);
    writeChangelog(workspace, ['customer', 'orders']);
    const dev = await applied(workspace);

    const text = await run(['status-matrix', '--changelog-file=db/changelog.yaml', `--environments=dev=${dev.url},staging=${staging.url}`], workspace);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^CHANGESET\s+dev\s+staging$/);
    expect(lines[1]).toMatch(/^db\/changelog\.yaml::001-customer::alice\s+applied \d{4}-\d\d-\d\d\s+applied \d{4}-\d\d-\d\d$/);
    expect(lines[2]).toMatch(/^db\/changelog\.yaml::002-orders::bob\s+applied \d{4}-\d\d-\d\d\s+pending$/);
    expect(text.stdout).toContain('staging: 1 applied, 1 pending');

    const json = await run(['status-matrix', '--changelog-file=db/changelog.yaml', '--format=json'], workspace, { DBOPS_ENVIRONMENTS: `dev=${dev.url}\nstaging=${staging.url}` });
    const matrix = JSON.parse(json.stdout);
    expect(matrix.ok).toBe(true);
    expect(matrix.rows.map((r: { id: string; states: Record<string, { state: string }> }) => `${r.id}:${r.states.dev!.state}/${r.states.staging!.state}`)).toEqual([
      '001-customer:applied/applied',
      '002-orders:applied/pending',
    ]);
  });

  it('shows a changeset an environment applied that the changelog no longer has', async () => {
    const workspace = makeWorkspace(['customer', 'orders']);
    const prod = await applied(workspace);
    writeChangelog(workspace, ['customer']);
    const result = await run(['status-matrix', `--changelog-file=${path.join('db', 'changelog.yaml')}`, `--environments=prod=${prod.url}`, '--format=json'], workspace);
    const matrix = JSON.parse(result.stdout);
    expect(matrix.rows.map((r: { id: string; inChangelog: boolean }) => [r.id, r.inChangelog])).toEqual([
      ['001-customer', true],
      ['002-orders', false],
    ]);
  });

  it('exits 2 with a usage message without environments, 1 when one cannot be read (its password hidden)', async () => {
    const workspace = makeWorkspace(['customer']);
    const usage = await run(['status-matrix', '--changelog-file=db/changelog.yaml'], workspace);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('status-matrix needs --environments');
    const unreachable = await run(['status-matrix', '--changelog-file=db/changelog.yaml', '--environments=prod=postgresql://u:Hidden99@127.0.0.1:1/prod'], workspace);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toContain('prod: could not be read');
    expect(unreachable.stdout + unreachable.stderr).not.toContain('Hidden99');
  });
});

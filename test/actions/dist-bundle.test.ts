/**
 * The committed bundle, run exactly as the runner runs it: `node dist/actions/<name>.js` in a
 * separate process, from a COPY of the repository that holds only dist/, actions/, action.yml and
 * a changelog (no node_modules, no sources), with INPUT_* variables, an event file, runner files
 * and GITHUB_API_URL pointing at the LOCAL fake GitHub server (github.com is out of reach).
 *
 * It tests dist/ as committed: rebuild it (npm run build) after changing src/. DBOPS_DIST_DIR
 * points the test at another build.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FAKE_ACTIONS_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';
import { type TestDatabase, createTestDatabase, postgresAvailable } from '../support/databases.js';
import { REPO, runBundle } from './support/runner.js';
import { changelogText } from './support/workspace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = process.env.DBOPS_DIST_DIR ? path.resolve(process.env.DBOPS_DIST_DIR) : path.join(root, 'dist');
const available = await postgresAvailable();
const PASSWORD = 'Bundl3d:secret';

let github: FakeGitHubServer;
let copy: string;
let db: TestDatabase | undefined;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'actions', 'apply.js'))) {
    throw new Error(`${dist}/actions/apply.js is missing: build the bundle with npm run build before this test`);
  }
  github = await startFakeGitHubServer();
  copy = mkdtempSync(path.join(tmpdir(), 'dbops-dist-copy-'));
  cpSync(dist, path.join(copy, 'dist'), { recursive: true });
  cpSync(path.join(root, 'actions'), path.join(copy, 'actions'), { recursive: true });
  cpSync(path.join(root, 'action.yml'), path.join(copy, 'action.yml'));
  mkdirSync(path.join(copy, 'db'));
  writeFileSync(path.join(copy, 'db', 'changelog.yaml'), changelogText(['customer', 'orders']));
  if (available) db = await createTestDatabase('dbops_bundle');
}, 120_000);
afterAll(async () => {
  await github?.close();
  await db?.drop();
});


describe('the committed bundle, as the runner runs it', () => {
  it('the copy has no node_modules of its own beyond the vendored WebAssembly packages, and every action.yml points at a stub in it', () => {
    expect(existsSync(path.join(copy, 'node_modules'))).toBe(false);
    for (const folder of readdirSync(path.join(copy, 'actions'))) {
      const yml = parseYaml(readFileSync(path.join(copy, 'actions', folder, 'action.yml'), 'utf8'));
      expect(existsSync(path.resolve(copy, 'actions', folder, yml.runs.main)), folder).toBe(true);
    }
    expect(existsSync(path.resolve(copy, parseYaml(readFileSync(path.join(copy, 'action.yml'), 'utf8')).runs.main))).toBe(true);
  });

  it.skipIf(!available)('node dist/actions/apply.js applies, writes outputs and summary, comments on the PR, then updates the comment', async () => {
    const url = db!.url.replace('postgres@', `postgres:${encodeURIComponent(PASSWORD)}@`);
    const setup = {
      workspace: copy,
      apiUrl: github.url,
      graphqlUrl: github.graphqlUrl,
      inputs: { 'changelog-file': 'db/changelog.yaml', url, 'github-token': FAKE_ACTIONS_TOKEN, environment: 'ci', comment: 'auto', 'rollback-on-failure': 'true', 'dry-run': 'false' },
    };
    const first = await runBundle(path.join('dist', 'actions', 'apply.js'), setup, { cwd: copy });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.applied).toBe('2');
    expect(JSON.parse(first.outputs.changesets!)).toHaveLength(2);
    expect(first.summary).toContain('002-orders::bob');
    const comments = github.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(comments[0]!.html_url);

    const second = await runBundle(path.join('dist', 'actions', 'apply.js'), setup, { cwd: copy });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs.applied).toBe('0');
    expect(github.comments(REPO, 7).map((c) => c.id)).toEqual([comments[0]!.id]);

    for (const step of [first, second]) {
      const log = step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      for (const text of [log, step.stderr, step.summary, ...Object.values(step.outputs)]) {
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(encodeURIComponent(PASSWORD));
      }
    }
    for (const request of github.requests) expect(request.rawBody).not.toContain(PASSWORD);
  });

  it('node dist/actions/main.js dispatches on the command input and reports a configuration error as one', async () => {
    const step = await runBundle(
      path.join('dist', 'actions', 'main.js'),
      { workspace: copy, inputs: { command: 'drift', 'changelog-file': 'db/changelog.yaml', comment: 'false' } },
      { cwd: copy },
    );
    expect(step.exitCode).toBe(1);
    expect(step.stdout.split('\n')[0]).toBe('dbops 0.1.0: dbops');
    expect(step.errors.at(-1)).toContain('drift checks a live database: set the url input');
    expect(step.errors.at(-1)).toContain('configuration problem');
    expect(step.stderr).toBe('');
  });
});

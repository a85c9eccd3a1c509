/**
 * The actions other than apply, run as the runner runs them (see support/runner.ts) against a
 * real PostgreSQL and a LOCAL fake GitHub API server (github.com is out of reach in tests).
 * Commands whose implementation is not in this build must fail clearly, never report made-up
 * results (ai-author below); where a test injects a command it says so.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyCheckResult } from '../../src/report/model.js';
import { FAKE_ACTIONS_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';
import { type TestDatabase, createTestDatabase, postgresAvailable } from '../support/databases.js';
import { type RunnerSetup, REPO, runInProcess } from './support/runner.js';
import { makeWorkspace, writeChangelog } from './support/workspace.js';

const available = await postgresAvailable();
let github: FakeGitHubServer;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  github = await startFakeGitHubServer();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => github.reset());
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase('dbops_actions');
  databases.push(db);
  return db;
}

function setup(workspace: string, inputs: Record<string, string>, extra: Partial<RunnerSetup> = {}): RunnerSetup {
  return { workspace, apiUrl: github.url, graphqlUrl: github.graphqlUrl, inputs: { 'changelog-file': 'db/changelog.yaml', 'github-token': FAKE_ACTIONS_TOKEN, ...inputs }, ...extra };
}

describe.skipIf(!available)('diff-to-changelog action (the real command)', () => {
  it('writes what the changelog lacks to reach the database designed in, and shows the change in the PR comment', async () => {
    const dev = await database();
    const workspace = makeWorkspace(['customer', 'orders']);
    expect((await runInProcess('apply', setup(workspace, { url: dev.url, comment: 'false' }))).exitCode).toBe(0);
    // Designed in dev, outside the changelog: a column and a table with a foreign key.
    const connection = await dev.connect();
    await connection.exec(`ALTER TABLE customer ADD COLUMN name text; CREATE TABLE review (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id))`);
    await connection.close();

    const step = await runInProcess('diff-to-changelog', setup(workspace, { 'reference-url': dev.url, author: 'jane' }));
    expect(step.exitCode, step.stdout).toBe(0);
    const file = path.join(workspace, 'dbops-diff.changelog.yaml');
    expect(step.outputs).toMatchObject({ changesets: '3', 'output-file': file });
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^ {6}author: jane$/gm)).toHaveLength(3);
    expect(text).toContain('addColumn:');
    expect(text).toContain('tableName: review');
    expect(text).toContain('addForeignKeyConstraint:');
    const body = github.comments(REPO, 7)[0]!.body;
    expect(body).toContain('`review`');
    expect(body).toContain('`name`');
    expect(body).toContain('```mermaid');

    // The generated file added to the changelog: nothing differs any more, nothing is written.
    writeFileSync(path.join(workspace, 'db', 'master.yaml'), 'databaseChangeLog:\n  - include:\n      file: db/changelog.yaml\n  - include:\n      file: dbops-diff.changelog.yaml\n');
    const again = await runInProcess('diff-to-changelog', setup(workspace, { 'changelog-file': 'db/master.yaml', 'reference-url': dev.url, 'output-file': 'again.yaml' }));
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.changesets).toBe('0');
    expect(existsSync(path.join(workspace, 'again.yaml'))).toBe(false);
  });

  it('needs a database to compare the changelog with', async () => {
    const step = await runInProcess('diff-to-changelog', setup(makeWorkspace(['customer']), {}));
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toContain('set reference-url (the database you designed in) or url');
  });
});

describe.skipIf(!available)('drift action (the real command)', () => {
  it('passes on an untouched database; an out-of-band column fails the step and shows in the PR comment', async () => {
    const production = await database();
    const workspace = makeWorkspace(['customer', 'orders']);
    expect((await runInProcess('apply', setup(workspace, { url: production.url, comment: 'false' }))).exitCode).toBe(0);

    const clean = await runInProcess('drift', setup(workspace, { url: production.url, comment: 'false' }));
    expect(clean.exitCode, clean.stdout).toBe(0);
    expect(clean.outputs.drifted).toBe('false');

    const connection = await production.connect();
    await connection.exec('ALTER TABLE customer ADD COLUMN note text');
    await connection.close();
    const drifted = await runInProcess('drift', setup(workspace, { url: production.url }));
    expect(drifted.exitCode).toBe(1);
    expect(drifted.outputs.drifted).toBe('true');
    expect(drifted.errors.at(-1)).toContain('differs from what its changelog builds');
    expect(drifted.stdout).toContain('column public.customer.note text');
    const body = github.comments(REPO, 7)[0]!.body;
    expect(body).toContain('`customer`');
    expect(body).toContain('`note`');
  });

  it('needs the database to check', async () => {
    const step = await runInProcess('drift', setup(makeWorkspace(['customer']), {}));
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toContain('drift checks a live database: set the url input');
  });
});

it('an unexpected error is reported as a dbops bug, with the stack trace in the log (and no secret)', async () => {
  const workspace = makeWorkspace(['customer']);
  const step = await runInProcess('policy-check', setup(workspace, { url: 'postgresql://u:Wh1sper@db/app' }), {
    commands: {
      policyCheck: async (options) => {
        throw new TypeError(`cannot read properties of undefined while checking ${options.url}`);
      },
    },
  });
  expect(step.exitCode).toBe(1);
  expect(step.errors.at(-1)).toBe('dbops policy-check failed unexpectedly: cannot read properties of undefined while checking ***\nThis is a bug in dbops; please report it with this log (the stack trace is in the group just above).');
  expect(step.stdout).toContain('::group::Stack trace (for the bug report)');
  expect(step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('Wh1sper');
});

describe('policy-check action (the real command)', () => {
  it('checks the SQL of the changelog, annotates the finding at its line, writes SARIF and the comment section', async () => {
    // invoice has no primary key (DB705, a warning); fail-on warning makes it fail the step.
    const workspace = makeWorkspace(['customer', 'invoice']);
    const step = await runInProcess('policy-check', setup(workspace, { 'fail-on': 'warning', 'sarif-file': 'dbops.sarif' }));
    expect(step.exitCode, step.stdout).toBe(1);
    expect(step.annotations.some((a) => /^::warning file=db\/changelog.yaml,line=\d+,title=dbops DB705::/.test(a))).toBe(true);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'dbops.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('DB705');
    expect(github.comments(REPO, 7)[0]!.body).toContain('DB705');

    const clean = await runInProcess('policy-check', setup(makeWorkspace(['customer']), { comment: 'false' }));
    expect(clean.exitCode, clean.stdout).toBe(0);
  });
});

describe('rollback-verify action (the real command, on the embedded PostgreSQL)', () => {
  it('applies, rolls back and re-applies each changeset and reports them verified', async () => {
    const step = await runInProcess('rollback-verify', setup(makeWorkspace(['customer', 'orders']), {}));
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.outputs).toMatchObject({ verified: '2', failed: '0' });
    expect(github.comments(REPO, 7)[0]!.body).toContain('001-customer');
  }, 120_000);
});

describe('policy-check action (with an injected policyCheck command)', () => {
  const findings: PolicyCheckResult = {
    changelog: 'db/changelog.yaml',
    environment: 'production',
    ok: false,
    durationMs: 5,
    checked: [{ id: '001-customer', author: 'alice', filePath: 'db/changelog.yaml', sourceFile: 'db/changelog.yaml', line: 2 }],
    findings: [
      { rule: 'DB001', severity: 'error', message: 'Table created without a primary key', source: 'builtin', file: 'db/changelog.yaml', line: 5, changeSet: { id: '001-customer', author: 'alice', filePath: 'db/changelog.yaml' } },
      { rule: 'DB017', severity: 'warning', message: 'Column without comment', source: 'builtin', file: 'db/changelog.yaml', line: 9 },
      { rule: 'DB018', severity: 'warning', message: 'Suppressed one', source: 'builtin', suppressed: { reason: 'legacy' } },
    ],
  };

  it('passes the inputs to the command, annotates, writes SARIF, the comment section and fails on errors', async () => {
    const workspace = makeWorkspace(['customer']);
    let received: unknown;
    const step = await runInProcess(
      'policy-check',
      setup(workspace, { 'working-directory': '.', environment: 'production', 'fail-on': 'warning', 'sarif-file': 'out/dbops.sarif', policies: 'policies' }),
      { commands: { policyCheck: async (options) => ((received = options), findings) } },
    );
    expect(received).toMatchObject({
      changelogFile: 'db/changelog.yaml',
      searchPath: [workspace],
      environment: 'production',
      failOn: 'warning',
      configFile: path.join(workspace, 'dbops-policy.yaml'),
      policiesDirectory: path.join(workspace, 'policies'),
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toBe('policy-check failed: 1 errors, 1 warnings (see the annotations and the job summary).');
    expect(step.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1', 'sarif-file': path.join(workspace, 'out', 'dbops.sarif') });
    expect(step.annotations).toEqual([
      expect.stringMatching(/^::error file=db\/changelog.yaml,line=5,title=dbops DB001::Table created without a primary key/),
      expect.stringMatching(/^::warning file=db\/changelog.yaml,line=9,title=dbops DB017::Column without comment/),
    ]);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out', 'dbops.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['DB001', 'DB017']);
    const body = github.comments(REPO, 7)[0]!.body;
    expect(body).toContain('env=production');
    expect(body).toContain('DB001');
  });
});

describe.skipIf(!available)('snapshot action', () => {
  it('writes the snapshot of the database and reports the file', async () => {
    const db = await database();
    const workspace = makeWorkspace(['customer', 'orders']);
    const applied = await runInProcess('apply', setup(workspace, { url: db.url, comment: 'false' }));
    expect(applied.exitCode, applied.stdout).toBe(0);
    const step = await runInProcess('snapshot', setup(workspace, { url: db.url, 'output-file': 'schema/snapshot.json' }));
    expect(step.exitCode, step.stdout).toBe(0);
    const file = path.join(workspace, 'schema', 'snapshot.json');
    expect(step.outputs).toEqual({ 'snapshot-file': file, tables: '2' });
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    expect(snapshot.tables.map((t: { name: string }) => t.name).sort()).toEqual(['customer', 'orders']);
    expect(step.summary).toContain('2 tables, written to `schema/snapshot.json`');
  });
});

describe.skipIf(!available)('status action', () => {
  it('shows which changesets each environment applied, as a summary matrix and JSON', async () => {
    const [dev, staging] = [await database(), await database()];
    const workspace = makeWorkspace(['customer']);
    expect((await runInProcess('apply', setup(workspace, { url: staging.url, comment: 'false' }))).exitCode).toBe(0);
    writeChangelog(workspace, ['customer', 'orders', 'invoice']);
    expect((await runInProcess('apply', setup(workspace, { url: dev.url, comment: 'false' }))).exitCode).toBe(0);

    const step = await runInProcess('status', setup(workspace, { environments: `dev=${dev.url}\nstaging=${staging.url}` }));
    expect(step.exitCode, step.stdout).toBe(0);
    const matrix = JSON.parse(step.outputs.matrix!);
    expect(matrix.environments.map((e: { name: string; applied: number; pending: number }) => [e.name, e.applied, e.pending])).toEqual([
      ['dev', 3, 0],
      ['staging', 1, 2],
    ]);
    expect(matrix.rows.map((r: { id: string; states: Record<string, { state: string }> }) => [r.id, r.states.dev!.state, r.states.staging!.state])).toEqual([
      ['001-customer', 'applied', 'applied'],
      ['002-orders', 'applied', 'pending'],
      ['004-invoice', 'applied', 'pending'],
    ]);
    expect(JSON.parse(step.outputs.pending!)).toEqual({ dev: 0, staging: 2 });
    expect(step.summary).toContain('| Changeset | File | dev | staging |');
    expect(step.summary).toMatch(/\| `002-orders::bob` \| `db\/changelog.yaml` \| ✅ \d{4}-\d\d-\d\d \| 🕓 pending \|/);
  });

  it('reports the environments it can read and fails for the one it cannot, without leaking its URL', async () => {
    const dev = await database();
    const workspace = makeWorkspace(['customer']);
    const unreachable = 'postgresql://postgres:T0pSecret@127.0.0.1:1/prod';
    const step = await runInProcess('status', setup(workspace, { environments: `dev=${dev.url}\nprod=${unreachable}` }));
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toMatch(/^Could not read prod: /);
    const matrix = JSON.parse(step.outputs.matrix!);
    expect(matrix.environments[0]).toMatchObject({ name: 'dev', applied: 0, pending: 1 });
    expect(matrix.rows[0].states.prod).toEqual({ state: 'unknown' });
    for (const text of [step.summary, step.outputs.matrix!, step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')]) {
      expect(text).not.toContain('T0pSecret');
    }
  });
});

describe('ai-author action: the /author gate', () => {
  function authorEvent(commentId: number, body: string, login = 'alice', type = 'User') {
    return { action: 'created', issue: { number: 7, pull_request: { url: 'x' } }, comment: { id: commentId, body, user: { login, type } }, repository: { full_name: REPO } };
  }
  const run = (event: Record<string, unknown>, inputs: Record<string, string> = {}) =>
    runInProcess('ai-author', setup(makeWorkspace(['customer']), inputs, { eventName: 'issue_comment', event }));

  it('ignores comments that are not /author commands, and bots', async () => {
    const comment = github.addComment(REPO, 7, 'looks good', 'alice');
    expect((await run(authorEvent(comment.id, 'looks good'))).outputs.status).toBe('ignored');
    expect((await run(authorEvent(comment.id, '/author add a column', 'dependabot[bot]', 'Bot'))).outputs.status).toBe('ignored');
    expect(github.requests).toEqual([]);
  });

  it('refuses a commenter without write permission: 👀, 😕 and a reply, no failure', async () => {
    github.addPullRequest(REPO, { head: 'feature', base: 'main', number: 7 });
    github.setPermission(REPO, 'mallory', 'read');
    const comment = github.addComment(REPO, 7, '/author drop every table', 'mallory');
    const step = await run(authorEvent(comment.id, '/author drop every table', 'mallory'));
    expect(step.exitCode).toBe(0);
    expect(step.outputs.status).toBe('denied');
    expect(github.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(github.comments(REPO, 7).at(-1)!.body).toBe('`/author` was not run: mallory has read permission; /author needs write.');
  });

  it('refuses pull requests from forks unless allowed, and a head that moved from the pinned sha', async () => {
    const pull = github.addPullRequest(REPO, { head: 'feature', base: 'main', number: 7 });
    github.setPermission(REPO, 'alice', 'write');
    pull.head.repo = { full_name: 'mallory/shop' };
    const comment = github.addComment(REPO, 7, '/author x', 'alice');
    const fork = await run(authorEvent(comment.id, '/author add an index'));
    expect(fork.outputs.status).toBe('denied');
    expect(github.comments(REPO, 7).at(-1)!.body).toContain('comes from the fork mallory/shop');

    pull.head.repo = { full_name: REPO };
    const moved = await run(authorEvent(comment.id, '/author sha=0123456789abcdef add an index'));
    expect(moved.outputs.status).toBe('denied');
    expect(github.comments(REPO, 7).at(-1)!.body).toContain('not the sha=0123456789abcdef');
  });

  it('an authorised writer passes the gate; the command, not in this build, then fails clearly', async () => {
    const pull = github.addPullRequest(REPO, { head: 'feature', base: 'main', number: 7 });
    github.setPermission(REPO, 'alice', 'maintain');
    const comment = github.addComment(REPO, 7, 'x', 'alice');
    const step = await run(authorEvent(comment.id, `/author sha=${pull.head.sha.slice(0, 12)} add an index on orders`));
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toContain('The ai-author action is not available in this build of dbops');
    expect(github.reactions.map((r) => r.content)).toEqual(['eyes']);

    let request: unknown;
    github.reset();
    github.addPullRequest(REPO, { head: 'feature', base: 'main', number: 7 });
    github.setPermission(REPO, 'alice', 'write');
    const again = github.addComment(REPO, 7, 'x', 'alice');
    const injected = await runInProcess('ai-author', setup(makeWorkspace(['customer']), {}, { eventName: 'issue_comment', event: authorEvent(again.id, '/author add an index\non orders(customer_id)') }), {
      commands: {
        aiAuthor: async (options) => {
          request = { request: options.request, pullRequest: options.pullRequest, mayPush: options.mayPush };
          return { ok: true, changeSets: [], section: { id: 'ai-author', title: 'AI author', status: 'info', summary: 'drafted 1 changeset', body: 'Drafted.' } };
        },
      },
    });
    expect(injected.exitCode, injected.stdout).toBe(0);
    expect(request).toEqual({ request: 'add an index\non orders(customer_id)', pullRequest: { number: 7, headSha: expect.stringMatching(/^[0-9a-f]{40}$/), headRef: 'feature', baseRef: 'main', fromFork: false }, mayPush: true });
    expect(github.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    expect(github.comments(REPO, 7).some((c) => c.body.includes('drafted 1 changeset'))).toBe(true);
  });
});

it('the embedded database is the default when url is empty (no PostgreSQL needed)', async () => {
  const workspace = makeWorkspace(['customer']);
  const step = await runInProcess('apply', setup(workspace, { comment: 'false', 'dry-run': 'true' }));
  expect(step.exitCode, step.stdout).toBe(0);
  expect(step.stdout).toContain('on the embedded PostgreSQL (no url input)');
  expect(existsSync(path.join(workspace, 'db', 'changelog.yaml'))).toBe(true);
});

/**
 * The apply action end to end, run as the runner runs it (INPUT_* variables, event file,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the real @actions/core runtime) against a real
 * PostgreSQL and a LOCAL fake GitHub API server (github.com is out of reach in tests).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyCheckResult } from '../../src/report/model.js';
import { parseCommentBody } from '../../src/report/comment-sections.js';
import { FAKE_ACTIONS_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';
import { type TestDatabase, createTestDatabase, postgresAvailable } from '../support/databases.js';
import { type RunnerSetup, REPO, runInProcess } from './support/runner.js';
import { changeSetLine, makeWorkspace, writeChangelog } from './support/workspace.js';

const PASSWORD = 'S3cr3t@pw!';
const ENCODED = encodeURIComponent(PASSWORD);
const available = await postgresAvailable();

let github: FakeGitHubServer;
let db: TestDatabase;

beforeAll(async () => {
  github = await startFakeGitHubServer();
});
afterAll(async () => {
  await github.close();
});
beforeEach(async () => {
  github.reset();
  if (available) db = await createTestDatabase('dbops_action');
});
afterEach(async () => {
  await db?.drop();
});

/** The test database's URL with a password in it (trust authentication ignores it; it must never leak). */
const secretUrl = () => db.url.replace('postgres@', `postgres:${ENCODED}@`);

function setup(workspace: string, inputs: Record<string, string> = {}, extra: Partial<RunnerSetup> = {}): RunnerSetup {
  return {
    workspace,
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    inputs: {
      'changelog-file': 'db/changelog.yaml',
      url: secretUrl(),
      'github-token': FAKE_ACTIONS_TOKEN,
      environment: 'staging',
      comment: 'auto',
      'rollback-on-failure': 'true',
      'dry-run': 'false',
      ...inputs,
    },
    ...extra,
  };
}

async function tables(): Promise<string[]> {
  const connection = await db.connect();
  try {
    const result = await connection.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    return result.rows.map((r) => r.name);
  } finally {
    await connection.close();
  }
}

function expectNoSecret(texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(ENCODED);
  }
}

describe.skipIf(!available)('apply action', () => {
  it('applies, writes outputs, summary and ONE PR comment, then updates that comment and merges another section', async () => {
    const workspace = makeWorkspace(['customer', 'orders']);
    const first = await runInProcess('apply', setup(workspace));

    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.applied).toBe('2');
    expect(JSON.parse(first.outputs.changesets!)).toEqual([
      { id: '001-customer', author: 'alice', filePath: 'db/changelog.yaml', state: 'executed' },
      { id: '002-orders', author: 'bob', filePath: 'db/changelog.yaml', state: 'executed' },
    ]);
    expect(await tables()).toEqual(expect.arrayContaining(['customer', 'orders', 'databasechangelog']));
    const comments = github.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- dbops:comment changelog=db/changelog.yaml env=staging -->');
    expect(comments[0]!.body).toContain('001-customer::alice');
    // The tables this apply created, as a Mermaid ER diagram.
    expect(comments[0]!.body).toContain('```mermaid');
    expect(comments[0]!.body).toMatch(/erDiagram[\s\S]*customer[\s\S]*orders/);
    expect(first.outputs['comment-url']).toBe(comments[0]!.html_url);
    expect(first.summary).toContain('001-customer::alice');
    expect(first.summary).toContain(comments[0]!.html_url);
    expect(first.stdout).toContain('[1/2] executed db/changelog.yaml::001-customer::alice');

    // Second run: one more changeset, and a policy-check step writing its own section.
    writeChangelog(workspace, ['customer', 'orders', 'invoice']);
    const second = await runInProcess('apply', setup(workspace));
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs.applied).toBe('1');
    const policy = await runInProcess('policy-check', setup(workspace), { commands: { policyCheck: async () => cleanPolicyResult } });
    expect(policy.exitCode, policy.stdout).toBe(0);

    const after = github.comments(REPO, 7);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comments[0]!.id);
    expect(parseCommentBody(after[0]!.body).sections.map((s) => s.id)).toEqual(['policy-check', 'apply', 'schema']);
    expect(after[0]!.body).toContain('004-invoice::carol');
    const writes = github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${comments[0]!.id}`,
      `PATCH /repos/acme/shop/issues/comments/${comments[0]!.id}`,
    ]);

    // The password never leaves: not in a request, an output, a summary, or a log line (other than ::add-mask::).
    expect(first.stdout).toContain(`::add-mask::${PASSWORD}`);
    for (const step of [first, second, policy]) {
      expectNoSecret([...Object.values(step.outputs), step.summary, step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')]);
    }
    expectNoSecret(github.requests.map((r) => r.rawBody + r.path + r.query.toString()));
  });

  it('rolls back the changesets this run applied when one fails, and fails the step with the changeset, statement and database message', async () => {
    const names = ['customer', 'orders', 'broken', 'invoice'] as const;
    const workspace = makeWorkspace([...names]);
    const step = await runInProcess('apply', setup(workspace));

    expect(step.exitCode).toBe(1);
    expect(await tables()).not.toContain('customer');
    expect(await tables()).not.toContain('orders');
    const rows = await (async () => {
      const c = await db.connect();
      try {
        return (await c.query('SELECT id FROM databasechangelog')).rows;
      } finally {
        await c.close();
      }
    })();
    expect(rows).toEqual([]);

    const failure = step.errors.at(-1)!;
    expect(failure).toContain('db/changelog.yaml::003-broken::bob');
    expect(failure).toContain('relation "no_such_table" does not exist');
    expect(failure).toContain('Statement: INSERT INTO no_such_table (id) VALUES (1)');
    expect(failure).toContain('SQLSTATE 42P01');
    expect(failure).toContain('rolled back');
    expect(failure).not.toContain('bug');
    expect(step.outputs.applied).toBe('0');
    expect(JSON.parse(step.outputs.changesets!).map((c: { state: string }) => c.state)).toEqual(['rolledBack', 'rolledBack', 'failed', 'notExecuted']);
    expect(step.annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=db/changelog.yaml,line=${changeSetLine([...names], 'broken')},title=dbops%3A changeset 003-broken%3A%3Abob failed::`)));
    expect(step.summary).toContain('rolled back');
    expect(github.comments(REPO, 7)[0]!.body).toContain('The changesets applied by this run were rolled back.');
  });

  it('leaves what it applied when rollback-on-failure is false', async () => {
    const workspace = makeWorkspace(['customer', 'broken']);
    const step = await runInProcess('apply', setup(workspace, { 'rollback-on-failure': 'false' }));
    expect(step.exitCode).toBe(1);
    expect(await tables()).toContain('customer');
    expect(step.outputs.applied).toBe('1');
    expect(step.stdout).toContain('rollback-on-failure is false');
  });

  it('dry-run shows the SQL and changes nothing', async () => {
    const workspace = makeWorkspace(['customer', 'orders']);
    const step = await runInProcess('apply', setup(workspace, { 'dry-run': 'true' }));
    expect(step.exitCode, step.stdout).toBe(0);
    expect(await tables()).toEqual([]);
    expect(step.outputs.applied).toBe('0');
    expect(JSON.parse(step.outputs.changesets!).map((c: { state: string }) => c.state)).toEqual(['pending', 'pending']);
    expect(step.stdout).toMatch(/::group::SQL that update would run \(2 changesets\)/);
    expect(step.stdout).toMatch(/CREATE TABLE (public\.)?customer/);
    expect(step.summary).toContain('Pending changes');
    expect(step.summary).toMatch(/CREATE TABLE (public\.)?customer/);
  });

  it('works without a token and outside a pull request, and says why there is no comment', async () => {
    const workspace = makeWorkspace(['customer']);
    const push = await runInProcess(
      'apply',
      setup(workspace, { 'github-token': '' }, { eventName: 'push', event: { ref: 'refs/heads/main', repository: { full_name: REPO } }, env: { GITHUB_REF: 'refs/heads/main' } }),
    );
    expect(push.exitCode, push.stdout).toBe(0);
    expect(push.stdout).toContain('No PR comment: this run is not for a pull request (event push).');
    expect(push.summary).toContain('_No PR comment: this run is not for a pull request (event push)._');

    const noToken = await runInProcess('apply', setup(workspace, { 'github-token': '' }));
    expect(noToken.stdout).toContain('No PR comment: no github-token was given.');
    expect(noToken.summary).toContain('no github-token was given');
    expect(github.requests).toHaveLength(0);
  });

  it('reports a configuration error naming the input, not a bug', async () => {
    const workspace = makeWorkspace(['customer']);
    const missing = await runInProcess('apply', setup(workspace, { 'changelog-file': '' }));
    expect(missing.exitCode).toBe(1);
    expect(missing.errors.at(-1)).toMatch(/^dbops apply: Input 'changelog-file' is required/);
    expect(missing.errors.at(-1)).toContain('configuration problem');

    const badBoolean = await runInProcess('apply', setup(workspace, { 'dry-run': 'yes' }));
    expect(badBoolean.errors.at(-1)).toContain(`Input 'dry-run' must be true or false, got "yes"`);
    expect(await tables()).toEqual([]);
  });

  it('annotates an invalid changelog at its file and line', async () => {
    const workspace = makeWorkspace(['customer']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${workspace}/db/changelog.yaml`, 'databaseChangeLog:\n  - changeSet:\n      id: 001\n      changes:\n        - createTable:\n            tableName: t\n');
    const step = await runInProcess('apply', setup(workspace));
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toContain('configuration problem');
    expect(step.annotations.some((a) => a.startsWith('::error file=db/changelog.yaml,line='))).toBe(true);
  });

  it('is the root action with command: apply', async () => {
    const workspace = makeWorkspace(['customer']);
    const step = await runInProcess('main', setup(workspace, { command: 'apply' }));
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.outputs.applied).toBe('1');
    const unknown = await runInProcess('main', setup(workspace, { command: 'deploy' }));
    expect(unknown.errors.at(-1)).toContain(`Input 'command' must be one of apply, policy-check`);
  });
});

const cleanPolicyResult: PolicyCheckResult = {
  changelog: 'db/changelog.yaml',
  environment: 'staging',
  findings: [],
  checked: [{ id: '004-invoice', author: 'carol', filePath: 'db/changelog.yaml' }],
  ok: true,
  durationMs: 12,
};

/**
 * Promotion through environment branches, with real git repositories (a bare remote, dev /
 * staging / main branches, commits), a real PostgreSQL database per environment, and the LOCAL
 * fake GitHub API server (github.com is out of reach in tests). The promote action runs as the
 * runner runs it (INPUT_* variables, event file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_ACTIONS_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';
import { type TestDatabase, createTestDatabase, postgresAvailable } from '../support/databases.js';
import { REPO, type RunnerSetup, runInProcess } from '../actions/support/runner.js';
import { commitChangelog, git, remoteWithEnvironmentBranches } from './support/git-repository.js';

const available = await postgresAvailable();
const PASSWORD = 'st4ging/Pa55';
let github: FakeGitHubServer;
let staging: TestDatabase;
let raceArmed = false;

beforeAll(async () => {
  github = await startFakeGitHubServer({
    autoMergeRepos: [REPO],
    // Another run opening the same promotion PR between our lookup and our create.
    onRequest: (request, server) => {
      if (raceArmed && request.method === 'POST' && request.path === `/repos/${REPO}/pulls`) {
        raceArmed = false;
        server.addPullRequest(REPO, { head: 'dev', base: 'staging', title: 'opened by another run' });
      }
    },
  });
});
afterAll(async () => {
  await github.close();
});
beforeEach(async () => {
  github.reset();
  if (available) staging = await createTestDatabase('dbops_staging');
});
afterEach(async () => {
  await staging?.drop();
});

const stagingUrl = () => staging.url.replace('postgres@', `postgres:${encodeURIComponent(PASSWORD)}@`);

function pushEvent(branch: string, sha: string): Partial<RunnerSetup> {
  return {
    eventName: 'push',
    event: { ref: `refs/heads/${branch}`, after: sha, repository: { full_name: REPO } },
    env: { GITHUB_REF: `refs/heads/${branch}`, GITHUB_SHA: sha },
  };
}

function promoteSetup(clone: string, branch: string, sha: string, inputs: Record<string, string> = {}): RunnerSetup {
  return {
    workspace: clone,
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    inputs: { 'changelog-file': 'db/changelog.yaml', 'github-token': FAKE_ACTIONS_TOKEN, 'next-url': stagingUrl(), ...inputs },
    ...pushEvent(branch, sha),
  };
}

/** Deploys `clone`'s changelog to staging, as staging's own apply job does. */
async function deployToStaging(clone: string): Promise<void> {
  const step = await runInProcess('apply', { workspace: clone, inputs: { 'changelog-file': 'db/changelog.yaml', url: staging.url, comment: 'false' }, ...pushEvent('staging', git(clone, 'rev-parse', 'HEAD')) });
  expect(step.exitCode, step.stdout).toBe(0);
}

const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`);

describe.skipIf(!available)('promote action', () => {
  it('opens the PR dev → staging listing exactly what staging lacks, then updates it (never a second PR)', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    await deployToStaging(remote.clone('staging'));
    const dev = remote.clone('dev');
    commitChangelog(dev, ['customer', 'orders'], 'Add orders');
    const head1 = commitChangelog(dev, ['customer', 'orders', 'invoice'], 'Add invoices');

    const first = await runInProcess('promote', promoteSetup(dev, 'dev', head1));
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ result: 'created', 'pull-request-number': '1', pending: '2' });
    expect(github.pulls).toHaveLength(1);
    const pull = github.pulls[0]!;
    expect([pull.head.ref, pull.base.ref]).toEqual(['dev', 'staging']);
    expect(pull.title).toBe('Promote dev to staging: 2 database changesets');
    expect(pull.body).toContain('`002-orders::bob`');
    expect(pull.body).toContain('`004-invoice::carol`');
    expect(pull.body).not.toContain('001-customer');
    expect(pull.body).toMatch(/CREATE TABLE public\.orders/);
    expect(pull.body).toMatch(/CREATE TABLE public\.invoice/);
    expect(pull.body).toContain('Add orders');
    expect(pull.body).toContain('Add invoices');
    expect(pull.body).toContain('2 commits');
    expect(pull.body).toContain(head1.slice(0, 12));
    expect(pull.body).toContain('<!-- dbops:promote from=dev to=staging -->');
    expect(first.summary).toContain('Pull request [#1]');

    // dev moves on: the same PR is updated with the new list.
    const head2 = commitChangelog(dev, ['customer', 'orders', 'invoice', 'refund'], 'Add refunds');
    const second = await runInProcess('promote', promoteSetup(dev, 'dev', head2));
    expect(second.outputs).toMatchObject({ result: 'updated', 'pull-request-number': '1', pending: '3' });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.title).toBe('Promote dev to staging: 3 database changesets');
    expect(github.pulls[0]!.body).toContain('`005-refund::dave`');

    // Nothing new: nothing written.
    const third = await runInProcess('promote', promoteSetup(dev, 'dev', head2));
    expect(third.outputs.result).toBe('unchanged');
    expect(writes()).toEqual([`POST /repos/${REPO}/pulls`, `PATCH /repos/${REPO}/pulls/1`]);

    for (const request of github.requests) {
      expect(request.rawBody).not.toContain(PASSWORD);
      expect(request.rawBody).not.toContain(encodeURIComponent(PASSWORD));
    }
    for (const step of [first, second, third]) {
      expect(step.summary).not.toContain(PASSWORD);
      expect(step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(PASSWORD);
    }

    // Merged and deployed: staging has everything; nothing left to promote.
    git(dev, 'push', '--quiet', 'origin', 'dev:staging');
    git(dev, 'fetch', '--quiet', 'origin');
    await deployToStaging(dev);
    const done = await runInProcess('promote', promoteSetup(dev, 'dev', head2));
    expect(done.outputs).toMatchObject({ result: 'nothing-to-promote', pending: '0' });
    expect(done.summary).toContain('Nothing to promote from dev to staging.');
  });

  it('the list comes from the next database, not from the branches: a changeset staging already has is not listed', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    const dev = remote.clone('dev');
    const head = commitChangelog(dev, ['customer', 'orders', 'invoice'], 'Add orders and invoices');
    // staging's database got 002-orders already (a hotfix deployed from dev's changelog).
    const hotfix = await runInProcess('apply', { workspace: dev, inputs: { 'changelog-file': 'db/changelog.yaml', url: staging.url, comment: 'false' }, ...pushEvent('staging', head) });
    expect(hotfix.exitCode).toBe(0);
    const connection = await staging.connect();
    await connection.query("DELETE FROM databasechangelog WHERE id = '004-invoice'");
    await connection.exec('DROP TABLE invoice');
    await connection.close();

    const step = await runInProcess('promote', promoteSetup(dev, 'dev', head));
    expect(step.outputs).toMatchObject({ result: 'created', pending: '1' });
    expect(github.pulls[0]!.body).toContain('004-invoice::carol');
    expect(github.pulls[0]!.body).not.toContain('002-orders::bob');
  });

  it('updates the PR another run opened first (422 "already exists") instead of failing or duplicating', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    const dev = remote.clone('dev');
    const head = commitChangelog(dev, ['customer', 'orders'], 'Add orders');
    raceArmed = true;
    const step = await runInProcess('promote', promoteSetup(dev, 'dev', head));
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.outputs.result).toBe('updated');
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.title).toBe('Promote dev to staging: 2 database changesets'); // staging's database is empty here
    expect(github.requests.find((r) => r.method === 'POST' && r.path.endsWith('/pulls'))!.status).toBe(422);
  });

  it('enables auto-merge pinned to the deployed commit, and not when the branch has moved on', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    const dev = remote.clone('dev');
    const head = commitChangelog(dev, ['customer', 'orders'], 'Add orders');
    const pull = github.addPullRequest(REPO, { head: 'dev', base: 'staging', headSha: head });

    const step = await runInProcess('promote', promoteSetup(dev, 'dev', head, { 'auto-merge': 'true', 'merge-method': 'squash' }));
    expect(step.exitCode, step.stdout).toBe(0);
    expect(pull.auto_merge).toMatchObject({ merge_method: 'squash' });
    const mutation = github.requests.find((r) => r.path === '/graphql' && r.rawBody.includes('enablePullRequestAutoMerge'))!;
    expect((mutation.body as { variables: Record<string, unknown> }).variables).toMatchObject({ pullRequestId: pull.node_id, mergeMethod: 'SQUASH', expectedHeadOid: head });
    expect(step.summary).toContain('Auto-merge: enabled.');

    pull.auto_merge = null;
    pull.head.sha = 'f'.repeat(40);
    const moved = await runInProcess('promote', promoteSetup(dev, 'dev', head, { 'auto-merge': 'true' }));
    expect(moved.exitCode).toBe(0);
    expect(pull.auto_merge).toBeNull();
    expect(moved.summary).toContain('the branch moved on to ffffffffffff');
  });

  it('in a separate workflow (workflow_run), promotes the deploy run’s branch and commit, and only after a successful deploy', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    const dev = remote.clone('dev');
    const head = commitChangelog(dev, ['customer', 'orders'], 'Add orders');
    const workflowRun = (conclusion: string, fullName = REPO): Partial<RunnerSetup> => ({
      eventName: 'workflow_run',
      event: { action: 'completed', workflow_run: { name: 'Deploy', conclusion, head_branch: 'dev', head_sha: head, head_repository: { full_name: fullName } }, repository: { full_name: REPO } },
      // On workflow_run the ref and sha are the default branch's, not the deployed ones.
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'd'.repeat(40) },
    });
    const base = promoteSetup(dev, 'dev', head);

    const failed = await runInProcess('promote', { ...base, ...workflowRun('failure') });
    expect(failed.outputs.result).toBe('not-deployed');
    expect(github.pulls).toHaveLength(0);

    const fork = await runInProcess('promote', { ...base, ...workflowRun('success', 'mallory/shop') });
    expect(fork.exitCode).toBe(1);
    expect(fork.errors.at(-1)).toContain("never promotes a fork's commits");

    const ok = await runInProcess('promote', { ...base, ...workflowRun('success') });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.outputs.result).toBe('created');
    expect([github.pulls[0]!.head.ref, github.pulls[0]!.base.ref]).toEqual(['dev', 'staging']);
    expect(github.pulls[0]!.body).toContain(head.slice(0, 12));
  });

  it('does nothing on the last environment branch, and refuses a branch that is not an environment', async () => {
    const remote = remoteWithEnvironmentBranches(['dev', 'staging', 'main'], ['customer']);
    const main = remote.clone('main');
    const sha = git(main, 'rev-parse', 'HEAD');
    const last = await runInProcess('promote', promoteSetup(main, 'main', sha));
    expect(last.exitCode).toBe(0);
    expect(last.outputs.result).toBe('last-environment');

    const feature = await runInProcess('promote', promoteSetup(main, 'feature/x', sha));
    expect(feature.exitCode).toBe(1);
    expect(feature.errors.at(-1)).toContain("This run is on branch 'feature/x', which is not one of the environment branches (dev -> staging -> main)");
    expect(github.requests).toEqual([]);
  });
});

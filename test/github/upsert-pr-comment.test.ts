/**
 * upsertPrComment end to end: the real Octokit client against a LOCAL HTTP server that
 * implements the GitHub REST endpoints (test/support/fake-github-server.ts); github.com is never
 * contacted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import { OctokitGitHubClient } from '../../src/github/octokit-github-client.js';
import { upsertPrComment, type UpsertPrCommentParams } from '../../src/github/upsert-pr-comment.js';
import { expandSecrets } from '../../src/github/masking.js';
import { commentMarker, parseCommentBody, GITHUB_COMMENT_LIMIT } from '../../src/report/comment-sections.js';
import { renderApplySection } from '../../src/report/apply-section.js';
import { renderPolicySection } from '../../src/report/policy-section.js';
import { FAKE_ACTIONS_TOKEN, FAKE_USER_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';
import { failedUpdate, policyResult, successfulUpdate } from '../report/fixtures.js';

const repo = { owner: 'acme', repo: 'shop' };
const key = { changelog: 'db/changelog/db.changelog-master.yaml', environment: 'staging' };
const runUrl = 'https://github.com/acme/shop/actions/runs/99';

let github: FakeGitHubServer;
let client: OctokitGitHubClient;

beforeAll(async () => {
  github = await startFakeGitHubServer();
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  github.reset();
  client = new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, env: { GITHUB_API_URL: github.url } });
});

function params(overrides: Partial<UpsertPrCommentParams> = {}): UpsertPrCommentParams {
  return { repo, issueNumber: 7, key, section: renderApplySection(successfulUpdate, { runUrl }), ...overrides };
}

const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');

describe('upsertPrComment against the fake GitHub server', () => {
  it('creates the comment on the first run and updates it in place on the second', async () => {
    const first = await upsertPrComment(client, params());
    expect(first).toMatchObject({ action: 'created', shortened: false });
    expect(github.comments('acme/shop', 7)).toHaveLength(1);
    expect(github.comments('acme/shop', 7)[0]!.user.login).toBe('github-actions[bot]');

    const second = await upsertPrComment(client, params({ section: renderApplySection(failedUpdate, { runUrl }) }));
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    const comments = github.comments('acme/shop', 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('003-add-order-line::bob');
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${first.commentId}`,
    ]);
  });

  it('does not write when nothing changed', async () => {
    await upsertPrComment(client, params());
    const again = await upsertPrComment(client, params());
    expect(again.action).toBe('unchanged');
    expect(writes()).toHaveLength(1);
  });

  it('merges the sections of two runs into one comment', async () => {
    const policy = await upsertPrComment(client, params({ section: renderPolicySection(policyResult, { runUrl }) }));
    const apply = await upsertPrComment(client, params());
    expect(apply.commentId).toBe(policy.commentId);
    const body = github.comments('acme/shop', 7)[0]!.body;
    expect(parseCommentBody(body).sections.map((s) => s.id)).toEqual(['policy-check', 'apply']);
    expect(body).toContain('**❌ 1 failed · ✅ 1 passed**');
  });

  it('keeps one comment per changelog and environment', async () => {
    await upsertPrComment(client, params());
    await upsertPrComment(client, params({ key: { ...key, environment: 'production' } }));
    await upsertPrComment(client, params({ key: { changelog: 'other/changelog.yaml' } }));
    await upsertPrComment(client, params());
    expect(github.comments('acme/shop', 7).map((c) => parseCommentBody(c.body).key)).toEqual([
      key,
      { ...key, environment: 'production' },
      { changelog: 'other/changelog.yaml' },
    ]);
  });

  it("never touches another user's comment that carries the same marker", async () => {
    const planted = github.addComment('acme/shop', 7, `${commentMarker(key)}\nI copied your marker`, 'mallory');
    const result = await upsertPrComment(client, params());
    expect(result.action).toBe('created');
    expect(result.commentId).not.toBe(planted.id);
    expect(github.comments('acme/shop', 7).find((c) => c.id === planted.id)!.body).toBe(`${commentMarker(key)}\nI copied your marker`);
    expect(github.requests.some((r) => r.path.endsWith(`/comments/${planted.id}`))).toBe(false);
  });

  it('finds our comment beyond the first pages of a long discussion', async () => {
    for (let i = 0; i < 120; i++) github.addComment('acme/shop', 7, `comment ${i}`, i % 2 ? 'alice' : 'github-actions[bot]');
    const first = await upsertPrComment(client, params());
    for (let i = 0; i < 130; i++) github.addComment('acme/shop', 7, `later ${i}`, 'bob');
    const second = await upsertPrComment(client, params({ section: renderApplySection(failedUpdate) }));
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    const pages = github.requests.filter((r) => r.method === 'GET' && r.path === '/repos/acme/shop/issues/7/comments');
    expect(pages.map((r) => r.query.get('page') ?? '1').slice(-3)).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.query.get('per_page') === '100')).toBe(true);
  });

  it('uses GET /user for a personal token and the GraphQL viewer for an installation token', async () => {
    const user = new OctokitGitHubClient({ token: FAKE_USER_TOKEN, apiUrl: github.url });
    await upsertPrComment(user, params());
    expect(github.comments('acme/shop', 7)[0]!.user.login).toBe('octocat');
    // The installation token: GET /user is refused, the viewer login gets its [bot] suffix back.
    expect(await client.getAuthenticatedLogin()).toBe('github-actions[bot]');
    const calls = github.requests.filter((r) => r.login === 'github-actions[bot]').map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls).toEqual(['GET /user 403', 'POST /graphql 200']);
  });

  it('sends the token on every request', async () => {
    await upsertPrComment(client, params());
    expect(github.requests.length).toBeGreaterThan(0);
    for (const r of github.requests) expect(r.headers.authorization).toMatch(/^(token|bearer) ghs_/i);
  });

  it('never sends a secret, in any spelling, in any request body', async () => {
    const password = 'p@ss:w/rd';
    const url = `postgresql://app:${encodeURIComponent(password)}@db.internal:5432/shop`;
    const leaky = {
      ...failedUpdate,
      database: url,
      error: { ...failedUpdate.error!, message: `could not connect to ${url} with password ${password}` },
    };
    const result = await upsertPrComment(client, params({ section: renderApplySection(leaky), secrets: expandSecrets([url, password]) }));
    expect(result.action).toBe('created');
    for (const spelling of [url, password, encodeURIComponent(password), 'p%40ss%3Aw%2Frd'.toLowerCase()]) {
      expect(github.requestsContaining(spelling), spelling).toEqual([]);
    }
    const body = github.comments('acme/shop', 7)[0]!.body;
    expect(body).toContain('could not connect to *** with password ***');
    // Rendering inserts zero-width spaces after `@` (no mentions): the secret must not survive that either.
    expect(body.replace(/\u200b/g, '')).not.toContain(password);
  });

  it('shrinks the comment to stay under GitHub\'s limit and says so', async () => {
    const huge = {
      ...successfulUpdate,
      changeSets: Array.from({ length: 40 }, (_, i) => ({
        ...successfulUpdate.changeSets[0]!,
        id: `bulk-${i}`,
        sql: [`INSERT INTO t VALUES ${'(1),'.repeat(4000)}(1)`],
      })),
    };
    await upsertPrComment(client, params({ section: renderPolicySection(policyResult, { runUrl }) }));
    const result = await upsertPrComment(client, params({ section: renderApplySection(huge, { runUrl }) }));
    expect(result).toMatchObject({ action: 'updated', shortened: true });
    const body = github.comments('acme/shop', 7)[0]!.body;
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body).toContain("This comment is shortened to stay under GitHub's 65,536-character limit");
    expect(body).toContain(`[job summary](${runUrl})`);
    expect(body).toContain('DB001'); // the policy section is small and stays whole
  });

  it('folds its section into the older comment when another job created one meanwhile', async () => {
    // The race: between our search (GET) and our create (POST), another job posts its comment.
    const raced = await startFakeGitHubServer({
      onRequest: (request, server) => {
        if (request.method === 'POST' && request.path.endsWith('/issues/7/comments') && server.comments('acme/shop', 7).length === 0) {
          server.addComment('acme/shop', 7, `${commentMarker(key)}\n<!-- dbops:section policy-check status=fail title=Policy%20check summary=1%20error -->\n\nfrom the other job\n\n<!-- dbops:end policy-check -->\n`);
        }
      },
    });
    try {
      const racing = new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, apiUrl: raced.url });
      const result = await upsertPrComment(racing, params());
      const comments = raced.comments('acme/shop', 7);
      expect(comments).toHaveLength(1);
      expect(result).toMatchObject({ action: 'updated', commentId: comments[0]!.id });
      expect(parseCommentBody(comments[0]!.body).sections.map((s) => s.id)).toEqual(['policy-check', 'apply']);
      expect(comments[0]!.body).toContain('from the other job');
    } finally {
      await raced.close();
    }
  });

  it('reports a refused write (a fork PR) as failed, without throwing', async () => {
    github.failNext({ method: 'POST', path: '/repos/acme/shop/issues/7/comments' }, 403, 'Resource not accessible by integration');
    const logger = memoryLogger();
    const result = await upsertPrComment(client, params({ logger }));
    expect(result.action).toBe('failed');
    expect(result.error?.message).toContain('Resource not accessible by integration');
    expect(logger.lines.at(-1)).toMatchObject({ level: 'warn' });
    expect(logger.lines.at(-1)!.message).toContain('read-only token');
  });
});

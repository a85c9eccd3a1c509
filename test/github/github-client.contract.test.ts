/**
 * One contract, two implementations: the real Octokit client against the LOCAL fake GitHub
 * server (test/support/fake-github-server.ts; github.com is never contacted), and the in-memory
 * fake that unit tests use. Both must behave the same, or the fake would lie to those tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubClient, GitHubApiError, hasPermission } from '../../src/github/github-client.js';
import { MemoryGitHubClient } from '../../src/github/memory-github-client.js';
import { OctokitGitHubClient } from '../../src/github/octokit-github-client.js';
import { FAKE_ACTIONS_TOKEN, type FakeGitHubServer, startFakeGitHubServer } from '../support/fake-github-server.js';

const repo = { owner: 'acme', repo: 'shop' };
const marker = '<!-- dbops:comment changelog=db/changelog.yaml -->';

interface Harness {
  client: GitHubClient;
  seedComment(body: string, login: string): Promise<number>;
  seedPull(head: string, base: string): Promise<void>;
  setPermission(user: string, permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read'): void;
  setFiles(pull: number, files: string[]): void;
  allowAutoMerge: boolean;
}

let server: FakeGitHubServer;
beforeAll(async () => {
  server = await startFakeGitHubServer({ autoMergeRepos: ['acme/shop'] });
});
afterAll(async () => {
  await server.close();
});

const implementations: Array<[string, () => Harness]> = [
  [
    'OctokitGitHubClient + fake server',
    () => {
      server.reset();
      return {
        client: new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, apiUrl: server.url }),
        seedComment: async (body, login) => server.addComment('acme/shop', 7, body, login).id,
        seedPull: async (head, base) => void server.addPullRequest('acme/shop', { head, base }),
        setPermission: (user, p) => server.setPermission('acme/shop', user, p),
        setFiles: (pull, files) =>
          server.setPullRequestFiles('acme/shop', pull, files.map((filename) => ({ filename, status: 'modified', additions: 1, deletions: 0, changes: 1 }))),
        allowAutoMerge: true,
      };
    },
  ],
  [
    'MemoryGitHubClient',
    () => {
      const memory = new MemoryGitHubClient();
      return {
        client: memory,
        seedComment: async (body, login) => memory.seedComment(repo, 7, body, login).id,
        seedPull: async (head, base) => void (await memory.createPullRequest(repo, { title: 't', head, base })),
        setPermission: (user, p) => memory.setPermission(repo, user, p),
        setFiles: (pull, files) => memory.files.set(`acme/shop#${pull}`, files.map((filename) => ({ filename, status: 'modified', additions: 1, deletions: 0 }))),
        allowAutoMerge: true,
      };
    },
  ],
];

describe.each(implementations)('GitHubClient contract: %s', (_name, setup) => {
  it('knows its login', async () => {
    expect(await setup().client.getAuthenticatedLogin()).toBe('github-actions[bot]');
  });

  it('finds only our comments carrying the marker on a line of its own, oldest first', async () => {
    const h = setup();
    const ours = await h.seedComment(`${marker}\nbody`, 'github-actions[bot]');
    await h.seedComment(`${marker}\nplanted`, 'mallory');
    await h.seedComment(`quoted: ${marker}`, 'github-actions[bot]');
    const second = await h.seedComment(`x\n${marker}`, 'GitHub-Actions[bot]');
    const found = await h.client.findIssueComments(repo, 7, { marker, authorLogin: 'github-actions[bot]' });
    expect(found.map((c) => c.id)).toEqual([ours, second]);
    expect(found[0]).toMatchObject({ body: `${marker}\nbody`, user: { login: 'github-actions[bot]' } });
  });

  it('creates, updates and deletes comments', async () => {
    const { client } = setup();
    const created = await client.createIssueComment(repo, 7, `${marker}\none`);
    const updated = await client.updateIssueComment(repo, created.id, `${marker}\ntwo`);
    expect(updated).toMatchObject({ id: created.id, body: `${marker}\ntwo` });
    expect(updated.htmlUrl).toContain(`#issuecomment-${created.id}`);
    await client.deleteIssueComment(repo, created.id);
    expect(await client.findIssueComments(repo, 7, { marker, authorLogin: 'github-actions[bot]' })).toEqual([]);
  });

  it('refuses a body over 65,536 characters with a 422', async () => {
    const error = await setup().client.createIssueComment(repo, 7, 'x'.repeat(65_537)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(422);
  });

  it('adds reactions, idempotently', async () => {
    const h = setup();
    const id = await h.seedComment('/author add an index', 'alice');
    await h.client.addReaction(repo, id, 'eyes');
    await h.client.addReaction(repo, id, 'eyes');
    await h.client.addReaction(repo, id, 'rocket');
    const missing = await h.client.addReaction(repo, 999_999, 'eyes').catch((e: unknown) => e);
    expect((missing as GitHubApiError).status).toBe(404);
  });

  it('reads permissions with the real roles, none for strangers', async () => {
    const h = setup();
    h.setPermission('alice', 'maintain');
    h.setPermission('bob', 'triage');
    expect(await h.client.getCollaboratorPermission(repo, 'alice')).toBe('maintain');
    expect(await h.client.getCollaboratorPermission(repo, 'bob')).toBe('triage');
    expect(await h.client.getCollaboratorPermission(repo, 'mallory')).toBe('none');
    expect(hasPermission('maintain', 'write')).toBe(true);
    expect(hasPermission('triage', 'write')).toBe(false);
  });

  it('creates, finds and updates pull requests; a second one for the same branches is refused', async () => {
    const { client } = setup();
    const pull = await client.createPullRequest(repo, { title: 'Promote dev to staging', head: 'dev', base: 'staging', body: 'changes' });
    expect(pull).toMatchObject({ state: 'open', title: 'Promote dev to staging', body: 'changes', head: { ref: 'dev' }, base: { ref: 'staging' }, autoMergeEnabled: false });
    const again = await client.createPullRequest(repo, { title: 'again', head: 'dev', base: 'staging' }).catch((e: unknown) => e);
    expect((again as GitHubApiError).status).toBe(422);
    expect((await client.findPullRequests(repo, { head: 'acme:dev', base: 'staging' })).map((p) => p.number)).toEqual([pull.number]);
    expect(await client.findPullRequests(repo, { head: 'acme:other' })).toEqual([]);
    const updated = await client.updatePullRequest(repo, pull.number, { body: 'refreshed' });
    expect(updated.body).toBe('refreshed');
    expect((await client.getPullRequest(repo, pull.number)).body).toBe('refreshed');
  });

  it('lists pull request files', async () => {
    const h = setup();
    await h.seedPull('feature', 'main');
    const [pull] = await h.client.findPullRequests(repo, { head: 'acme:feature' });
    h.setFiles(pull!.number, ['db/changelog/001.yaml', 'README.md']);
    expect((await h.client.listPullRequestFiles(repo, pull!.number)).map((f) => f.filename)).toEqual(['db/changelog/001.yaml', 'README.md']);
  });

  it('enables auto-merge pinned to the reviewed head', async () => {
    const h = setup();
    const pull = await h.client.createPullRequest(repo, { title: 't', head: 'staging', base: 'main' });
    const stale = await h.client.enableAutoMerge(pull.nodeId, { mergeMethod: 'MERGE', expectedHeadOid: '0'.repeat(40) }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(GitHubApiError);
    expect((stale as Error).message).toContain('Head sha did not match');
    await h.client.enableAutoMerge(pull.nodeId, { mergeMethod: 'SQUASH', expectedHeadOid: pull.head.sha });
    expect((await h.client.getPullRequest(repo, pull.number)).autoMergeEnabled).toBe(true);
  });
});

describe('OctokitGitHubClient specifics', () => {
  it('reports auto-merge refused by the repository setting', async () => {
    const strict = await startFakeGitHubServer();
    try {
      const client = new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, apiUrl: strict.url });
      const pull = await client.createPullRequest(repo, { title: 't', head: 'dev', base: 'main' });
      await expect(client.enableAutoMerge(pull.nodeId, { mergeMethod: 'MERGE' })).rejects.toThrow('Auto merge is not allowed for this repository');
    } finally {
      await strict.close();
    }
  });

  it('honours GITHUB_API_URL and wraps failures without leaking the token', async () => {
    server.reset();
    const client = new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, env: { GITHUB_API_URL: `${server.url}/` } });
    server.failNext({ path: '/repos/acme/shop/issues/7/comments' }, 500, 'Server Error');
    const error = (await client.createIssueComment(repo, 7, 'x').catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/^POST \/repos\/acme\/shop\/issues\/7\/comments failed: Server Error/);
    expect(JSON.stringify(error)).not.toContain(FAKE_ACTIONS_TOKEN);
    expect(String(error.stack)).not.toContain(FAKE_ACTIONS_TOKEN);
    expect(server.requests.at(-1)!.path).toBe('/repos/acme/shop/issues/7/comments');
  });

  it('is refused without a known token', async () => {
    const client = new OctokitGitHubClient({ token: 'ghp_unknown', apiUrl: server.url });
    const error = (await client.getAuthenticatedLogin().catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(401);
    expect(error.message).toContain('Bad credentials');
  });
});

/**
 * A local HTTP server that implements the GitHub REST (and two GraphQL) endpoints dbops uses, so
 * tests run the REAL Octokit client end to end without reaching github.com. It keeps state
 * (comments, pull requests, reactions, permissions), checks the token on every request, answers
 * with GitHub's shapes, status codes and pagination `Link` headers, and records every request.
 *
 * Endpoints:
 * - `GET /user` (403 "Resource not accessible by integration" for installation tokens)
 * - `GET|POST /repos/{o}/{r}/issues/{n}/comments` (`per_page` ≤ 100, `page`, `Link` header)
 * - `GET|PATCH|DELETE /repos/{o}/{r}/issues/comments/{id}`
 * - `POST /repos/{o}/{r}/issues/comments/{id}/reactions` (201 created, 200 already there)
 * - `GET /repos/{o}/{r}/collaborators/{user}/permission` (404 for non-collaborators)
 * - `GET|POST /repos/{o}/{r}/pulls`, `GET|PATCH /repos/{o}/{r}/pulls/{n}`, `GET …/pulls/{n}/files`
 * - `POST /graphql` (and `/api/graphql`): `viewer { login }`, `enablePullRequestAutoMerge`
 *
 * @example
 * ```ts
 * const github = await startFakeGitHubServer();
 * const client = new OctokitGitHubClient({ token: FAKE_ACTIONS_TOKEN, apiUrl: github.url });
 * // ... run the code under test ...
 * expect(github.comments('acme/shop', 7)).toHaveLength(1);
 * expect(github.requests.map((r) => `${r.method} ${r.path}`)).toContain('POST /repos/acme/shop/issues/7/comments');
 * await github.close();
 * ```
 * For action tests, set `GITHUB_API_URL=github.url` and `GITHUB_GRAPHQL_URL=github.graphqlUrl`.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Token of the default `github-actions[bot]` identity (an installation token, as GITHUB_TOKEN is). */
export const FAKE_ACTIONS_TOKEN = 'ghs_fakeActionsToken0000000000000000000';
/** Token of the default user `octocat` (a personal access token). */
export const FAKE_USER_TOKEN = 'ghp_fakeUserToken00000000000000000000000';

/** Who a token authenticates as. */
export interface FakeIdentity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /**
   * An app installation token (GITHUB_TOKEN or a GitHub App): `GET /user` answers 403 and the
   * GraphQL viewer is the app's bot, whose login has no `[bot]` suffix there.
   */
  installation?: boolean;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  html_url: string;
  issue_url: string;
  created_at: string;
  updated_at: string;
  /** Internal: which repository and issue the comment belongs to. */
  repo: string;
  issueNumber: number;
}

export interface FakePullRequest {
  number: number;
  node_id: string;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  draft: boolean;
  merged: boolean;
  html_url: string;
  head: { ref: string; sha: string; label: string; repo: { full_name: string } | null };
  base: { ref: string; sha: string; label: string; repo: { full_name: string } };
  auto_merge: null | { merge_method: string; enabled_by: { login: string }; commit_title: string | null; commit_message: string | null };
  user: { login: string };
  /** Internal: which repository the PR belongs to. */
  repo: string;
}

export interface FakePullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  previous_filename?: string;
}

/** The permission endpoint's answer for one user. */
export type FakePermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string: `/repos/acme/shop/issues/7/comments`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The raw request body ('' when none): what tests search for leaked secrets. */
  rawBody: string;
  /** The parsed JSON body, if it was JSON. */
  body: unknown;
  /** The status the server answered. */
  status: number;
  /** Login of the token's identity; undefined when authentication failed. */
  login?: string;
}

export interface FakeGitHubServerOptions {
  /** Tokens and who they are; default: `FAKE_ACTIONS_TOKEN` → github-actions[bot], `FAKE_USER_TOKEN` → octocat. */
  identities?: Record<string, FakeIdentity>;
  /** Repositories (`owner/name`) that allow auto-merge; default none, as on GitHub. */
  autoMergeRepos?: string[];
  /**
   * Called before each request is handled, after authentication: lets a test change state
   * mid-flight (another job creating a comment between our search and our create).
   */
  onRequest?: (request: Omit<RecordedRequest, 'status'>, server: FakeGitHubServer) => void;
}

export interface FakeGitHubServer {
  /** Base URL of the REST API: use as `GITHUB_API_URL` / Octokit `baseUrl`. */
  readonly url: string;
  /** GraphQL endpoint: use as `GITHUB_GRAPHQL_URL`. */
  readonly graphqlUrl: string;
  /** Every request, in order. */
  readonly requests: RecordedRequest[];
  /** Every comment, all repositories, in creation order (mutable: tests may edit). */
  readonly allComments: FakeComment[];
  /** Every pull request, all repositories. */
  readonly pulls: FakePullRequest[];
  /** Reactions recorded on issue comments. */
  readonly reactions: Array<{ repo: string; commentId: number; content: string; login: string }>;
  /** Adds a comment as `login` (default `github-actions[bot]`) without a request. */
  addComment(repo: string, issueNumber: number, body: string, login?: string): FakeComment;
  /** Comments on one issue or PR, oldest first. */
  comments(repo: string, issueNumber: number): FakeComment[];
  /** Adds a pull request without a request; `head`/`base` are branch names. */
  addPullRequest(repo: string, pull: { head: string; base: string; title?: string; body?: string; number?: number; headSha?: string }): FakePullRequest;
  /** Sets the files `GET …/pulls/{n}/files` lists. */
  setPullRequestFiles(repo: string, pullNumber: number, files: FakePullRequestFile[]): void;
  /** Makes `user` a collaborator with `permission`. */
  setPermission(repo: string, user: string, permission: FakePermission): void;
  /** Answers the next request matching `method` and `path` with an error. */
  failNext(match: { method?: string; path: string | RegExp }, status: number, message: string): void;
  /** Requests whose body contains `text` (say, a secret). */
  requestsContaining(text: string): RecordedRequest[];
  /** Forgets state and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_IDENTITIES: Record<string, FakeIdentity> = {
  [FAKE_ACTIONS_TOKEN]: { login: 'github-actions[bot]', id: 41898282, type: 'Bot', installation: true },
  [FAKE_USER_TOKEN]: { login: 'octocat', id: 583231, type: 'User' },
};

const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);
const BODY_LIMIT = 65_536;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Starts the server on a free port of 127.0.0.1. Close it with `close()`. */
export async function startFakeGitHubServer(options: FakeGitHubServerOptions = {}): Promise<FakeGitHubServer> {
  const identities = options.identities ?? DEFAULT_IDENTITIES;
  const autoMergeRepos = new Set(options.autoMergeRepos ?? []);
  const requests: RecordedRequest[] = [];
  const allComments: FakeComment[] = [];
  const pulls: FakePullRequest[] = [];
  const reactions: FakeGitHubServer['reactions'] = [];
  const files = new Map<string, FakePullRequestFile[]>();
  const permissions = new Map<string, FakePermission>();
  const failures: Array<{ method?: string; path: string | RegExp; status: number; message: string }> = [];
  let nextId = 1000;
  let clock = Date.UTC(2026, 0, 1);
  let base = '';

  const now = () => new Date((clock += 1000)).toISOString();
  const userOf = (login: string) => {
    const known = Object.values(identities).find((i) => i.login === login);
    return { login, id: known?.id ?? 1, type: known?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') } as FakeComment['user'];
  };

  const server: FakeGitHubServer = {
    url: '',
    graphqlUrl: '',
    requests,
    allComments,
    pulls,
    reactions,
    addComment(repo, issueNumber, body, login = 'github-actions[bot]') {
      const id = nextId++;
      const at = now();
      const comment: FakeComment = {
        id,
        node_id: `IC_fake${id}`,
        body,
        user: userOf(login),
        html_url: `https://github.test/${repo}/pull/${issueNumber}#issuecomment-${id}`,
        issue_url: `${base}/repos/${repo}/issues/${issueNumber}`,
        created_at: at,
        updated_at: at,
        repo,
        issueNumber,
      };
      allComments.push(comment);
      return comment;
    },
    comments(repo, issueNumber) {
      return allComments.filter((c) => c.repo === repo && c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
    },
    addPullRequest(repo, pull) {
      const number = pull.number ?? nextPullNumber(repo);
      const owner = repo.split('/')[0]!;
      const created: FakePullRequest = {
        number,
        node_id: `PR_fake${repo.replace('/', '_')}_${number}`,
        state: 'open',
        title: pull.title ?? `Promote ${pull.head} to ${pull.base}`,
        body: pull.body ?? null,
        draft: false,
        merged: false,
        html_url: `https://github.test/${repo}/pull/${number}`,
        head: { ref: pull.head, sha: pull.headSha ?? sha(`${repo}:${pull.head}`), label: `${owner}:${pull.head}`, repo: { full_name: repo } },
        base: { ref: pull.base, sha: sha(`${repo}:${pull.base}`), label: `${owner}:${pull.base}`, repo: { full_name: repo } },
        auto_merge: null,
        user: { login: 'octocat' },
        repo,
      };
      pulls.push(created);
      return created;
    },
    setPullRequestFiles(repo, pullNumber, list) {
      files.set(`${repo}#${pullNumber}`, list);
    },
    setPermission(repo, user, permission) {
      permissions.set(`${repo}:${user.toLowerCase()}`, permission);
    },
    failNext(match, status, message) {
      failures.push({ ...match, status, message });
    },
    requestsContaining(text) {
      return requests.filter((r) => r.rawBody.includes(text));
    },
    reset() {
      requests.length = 0;
      allComments.length = 0;
      pulls.length = 0;
      reactions.length = 0;
      files.clear();
      permissions.clear();
      failures.length = 0;
    },
    close() {
      return new Promise((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())));
    },
  };

  function nextPullNumber(repo: string): number {
    return Math.max(0, ...pulls.filter((p) => p.repo === repo).map((p) => p.number)) + 1;
  }

  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const record = handle(req, rawBody);
      send(res, record.status, record.payload, record.headers);
    });
  });

  function handle(req: IncomingMessage, rawBody: string): { status: number; payload: unknown; headers: Record<string, string> } {
    const url = new URL(req.url ?? '/', base);
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      body,
      status: 0,
    };
    requests.push(recorded);
    const headers: Record<string, string> = {};
    try {
      const identity = authenticate(req.headers.authorization);
      recorded.login = identity.login;
      options.onRequest?.(recorded, server);
      const failure = failures.findIndex(
        (f) => (!f.method || f.method === recorded.method) && (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname)),
      );
      if (failure >= 0) {
        const [f] = failures.splice(failure, 1);
        throw new HttpError(f!.status, f!.message);
      }
      const { status, payload } = route(recorded, identity, url, headers);
      recorded.status = status;
      return { status, payload, headers };
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      recorded.status = status;
      return { status, payload: { message, documentation_url: 'https://docs.github.com/rest', ...(error instanceof HttpError ? error.extra : {}) }, headers };
    }
  }

  function authenticate(header: string | undefined): FakeIdentity {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw new HttpError(401, 'Requires authentication');
    const identity = identities[match[1]!];
    if (!identity) throw new HttpError(401, 'Bad credentials');
    return identity;
  }

  function route(request: RecordedRequest, identity: FakeIdentity, url: URL, headers: Record<string, string>): { status: number; payload: unknown } {
    const { method, path } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    if (method === 'POST' && (path === '/graphql' || path === '/api/graphql')) return graphql(body, identity);

    if (path === '/user' && method === 'GET') {
      if (identity.installation) throw new HttpError(403, 'Resource not accessible by integration');
      return { status: 200, payload: { login: identity.login, id: identity.id, type: identity.type } };
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const [, repo, n] = m;
      if (method === 'GET') return page(server.comments(repo!, Number(n)).map(publicComment), url, headers);
      if (method === 'POST') {
        const text = validBody(body.body, 'IssueComment');
        return { status: 201, payload: publicComment(server.addComment(repo!, Number(n), text, identity.login)) };
      }
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)\/reactions$/.exec(path)) && method === 'POST') {
      const [, repo, id] = m;
      findComment(repo!, Number(id));
      const content = String(body.content ?? '');
      if (!REACTIONS.has(content)) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Reaction', field: 'content', code: 'invalid' }] });
      const existing = reactions.find((r) => r.repo === repo && r.commentId === Number(id) && r.content === content && r.login === identity.login);
      if (!existing) reactions.push({ repo: repo!, commentId: Number(id), content, login: identity.login });
      return { status: existing ? 200 : 201, payload: { id: reactions.length, content, user: { login: identity.login } } };
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const [, repo, id] = m;
      const comment = findComment(repo!, Number(id));
      if (method === 'GET') return { status: 200, payload: publicComment(comment) };
      if (method === 'PATCH') {
        comment.body = validBody(body.body, 'IssueComment');
        comment.updated_at = now();
        return { status: 200, payload: publicComment(comment) };
      }
      if (method === 'DELETE') {
        allComments.splice(allComments.indexOf(comment), 1);
        return { status: 204, payload: undefined };
      }
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/collaborators\/([^/]+)\/permission$/.exec(path)) && method === 'GET') {
      const [, repo, user] = m;
      const permission = permissions.get(`${repo}:${decodeURIComponent(user!).toLowerCase()}`);
      if (!permission) throw new HttpError(404, `${decodeURIComponent(user!)} is not a user`);
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(permission);
      return {
        status: 200,
        payload: {
          permission: legacy,
          role_name: permission,
          user: {
            login: decodeURIComponent(user!),
            permissions: { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 },
          },
        },
      };
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls$/.exec(path))) {
      const [, repo] = m;
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const baseRef = url.searchParams.get('base');
        const list = pulls
          .filter((p) => p.repo === repo)
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => !head || p.head.label === head)
          .filter((p) => !baseRef || p.base.ref === baseRef)
          .map(publicPull);
        return page(list, url, headers);
      }
      if (method === 'POST') {
        const headRef = String(body.head ?? '').replace(/^[^:]+:/, '');
        const baseRef = String(body.base ?? '');
        if (!headRef || !baseRef || !body.title) throw new HttpError(422, 'Validation Failed');
        if (body.body !== undefined) validBody(body.body, 'PullRequest');
        if (pulls.some((p) => p.repo === repo && p.state === 'open' && p.head.ref === headRef && p.base.ref === baseRef)) {
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo!.split('/')[0]}:${headRef}.` }],
          });
        }
        const created = server.addPullRequest(repo!, { head: headRef, base: baseRef, title: String(body.title), ...(typeof body.body === 'string' ? { body: body.body } : {}) });
        created.draft = body.draft === true;
        created.user = { login: identity.login };
        return { status: 201, payload: publicPull(created) };
      }
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(path)) && method === 'GET') {
      const [, repo, n] = m;
      findPull(repo!, Number(n));
      return page(files.get(`${repo}#${n}`) ?? [], url, headers);
    }

    if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(path))) {
      const [, repo, n] = m;
      const pull = findPull(repo!, Number(n));
      if (method === 'GET') return { status: 200, payload: publicPull(pull) };
      if (method === 'PATCH') {
        if (typeof body.title === 'string') pull.title = body.title;
        if (typeof body.body === 'string') pull.body = validBody(body.body, 'PullRequest');
        if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
        if (typeof body.base === 'string') pull.base = { ...pull.base, ref: body.base, label: `${repo!.split('/')[0]}:${body.base}` };
        return { status: 200, payload: publicPull(pull) };
      }
    }

    throw new HttpError(404, 'Not Found');
  }

  function graphql(body: Record<string, unknown>, identity: FakeIdentity): { status: number; payload: unknown } {
    const query = String(body.query ?? '');
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    if (/enablePullRequestAutoMerge/.test(query)) {
      const pull = pulls.find((p) => p.node_id === variables.pullRequestId);
      if (!pull) return gqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(variables.pullRequestId)}'`);
      if (!autoMergeRepos.has(pull.repo)) return gqlError('UNPROCESSABLE', 'Auto merge is not allowed for this repository');
      if (variables.expectedHeadOid && variables.expectedHeadOid !== pull.head.sha) {
        return gqlError('UNPROCESSABLE', 'Head sha did not match expected head oid');
      }
      pull.auto_merge = {
        merge_method: String(variables.mergeMethod ?? 'MERGE').toLowerCase(),
        enabled_by: { login: identity.login },
        commit_title: (variables.commitHeadline as string | null) ?? null,
        commit_message: (variables.commitBody as string | null) ?? null,
      };
      return { status: 200, payload: { data: { enablePullRequestAutoMerge: { pullRequest: { number: pull.number } } } } };
    }
    if (/\bviewer\b/.test(query)) {
      return { status: 200, payload: { data: { viewer: { login: identity.login.replace(/\[bot\]$/, '') } } } };
    }
    return gqlError('UNSUPPORTED', 'The fake GitHub server does not implement this query');
  }

  function gqlError(type: string, message: string) {
    return { status: 200, payload: { data: null, errors: [{ type, message }] } };
  }

  function findComment(repo: string, id: number): FakeComment {
    const comment = allComments.find((c) => c.repo === repo && c.id === id);
    if (!comment) throw new HttpError(404, 'Not Found');
    return comment;
  }

  function findPull(repo: string, number: number): FakePullRequest {
    const pull = pulls.find((p) => p.repo === repo && p.number === number);
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }

  /** One page of `items` as GitHub pages lists: `per_page` (default 30, at most 100), `page`, `Link`. */
  function page<T>(items: T[], url: URL, headers: Record<string, string>): { status: number; payload: T[] } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const current = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.toString());
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (current > 1) links.push(link(current - 1, 'prev'), link(1, 'first'));
    if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
    if (links.length) headers.link = links.join(', ');
    return { status: 200, payload: items.slice((current - 1) * perPage, current * perPage) };
  }

  function validBody(value: unknown, resource: string): string {
    if (typeof value !== 'string' || value === '') throw new HttpError(422, 'Validation Failed', { errors: [{ resource, code: 'missing_field', field: 'body' }] });
    if (value.length > BODY_LIMIT) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }],
      });
    }
    return value;
  }

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  Object.assign(server, { url: base, graphqlUrl: `${base}/graphql` });
  return server;
}

function publicComment({ repo: _repo, issueNumber: _n, ...comment }: FakeComment) {
  return comment;
}

function publicPull({ repo: _repo, ...pull }: FakePullRequest) {
  return { ...pull, merged_at: pull.merged ? '2026-01-01T00:00:00Z' : null };
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  const text = payload === undefined ? '' : JSON.stringify(payload);
  res.writeHead(status, {
    ...headers,
    ...(text ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) } : {}),
  });
  res.end(text);
}

/** A stable fake 40-hex SHA. */
function sha(seed: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 40; round++) {
    for (const c of `${seed}:${round}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}

import { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import {
  type AutoMergeOptions,
  type CommentQuery,
  GITHUB_ACTIONS_BOT_LOGIN,
  type GitHubClient,
  GitHubApiError,
  type IssueComment,
  type NewPullRequest,
  type PullRequest,
  type PullRequestFile,
  type PullRequestQuery,
  type PullRequestUpdate,
  type ReactionContent,
  type RepoPermission,
  type RepoRef,
  commentMatches,
} from './github-client.js';

export interface OctokitGitHubClientOptions {
  /** `GITHUB_TOKEN`, an app installation token or a personal token. Never logged. */
  token: string;
  /**
   * REST base URL. Default: `GITHUB_API_URL` from `env` (set on every runner, GHES included),
   * else `https://api.github.com`. GraphQL goes to the matching `/graphql` endpoint.
   */
  apiUrl?: string;
  /** Where `apiUrl` defaults come from (default `process.env`). */
  env?: Record<string, string | undefined>;
  logger?: Logger;
  userAgent?: string;
}

/**
 * `GitHubClient` over @octokit/rest: pagination through Link headers, errors wrapped in
 * `GitHubApiError` (message and status only: Octokit's error carries the request headers).
 *
 * @example
 * ```ts
 * const client = new OctokitGitHubClient({ token: inputs.token });
 * const login = await client.getAuthenticatedLogin();
 * ```
 */
export class OctokitGitHubClient implements GitHubClient {
  private readonly octokit: Octokit;
  private readonly logger: Logger;
  private login?: Promise<string>;

  constructor(options: OctokitGitHubClientOptions) {
    const env = options.env ?? process.env;
    this.logger = options.logger ?? silentLogger;
    this.octokit = new Octokit({
      auth: options.token,
      baseUrl: (options.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'dbops',
      // Octokit's own logger would print request URLs at debug level only; keep it that way.
      log: { debug: (m) => this.logger.debug(m), info: (m) => this.logger.debug(m), warn: (m) => this.logger.warn(m), error: (m) => this.logger.error(m) },
    });
  }

  getAuthenticatedLogin(): Promise<string> {
    this.login ??= this.resolveLogin();
    return this.login;
  }

  private async resolveLogin(): Promise<string> {
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated();
      return data.login;
    } catch (error) {
      if (!isStatus(error, 403)) throw wrap(error, 'GET /user');
    }
    // An installation token (GITHUB_TOKEN, a GitHub App) has no user: GET /user answers 403. The
    // GraphQL viewer is the app's bot; REST spells its login with a `[bot]` suffix.
    try {
      const result = await this.octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
      const login = result.viewer.login;
      return login.endsWith('[bot]') ? login : `${login}[bot]`;
    } catch (error) {
      this.logger.debug(`Could not read the token's login (${describe(error)}); assuming ${GITHUB_ACTIONS_BOT_LOGIN}`);
      return GITHUB_ACTIONS_BOT_LOGIN;
    }
  }

  async findIssueComments(repo: RepoRef, issueNumber: number, query: CommentQuery): Promise<IssueComment[]> {
    const found: IssueComment[] = [];
    const request = `GET /repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`;
    try {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
        owner: repo.owner,
        repo: repo.repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const raw of page.data) {
          const comment = toComment(raw);
          if (commentMatches(comment, query)) found.push(comment);
        }
      }
    } catch (error) {
      throw wrap(error, request);
    }
    return found.sort((a, b) => a.id - b.id);
  }

  async createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
    return this.call(`POST /repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`, async () =>
      toComment((await this.octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body })).data),
    );
  }

  async updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
    return this.call(`PATCH /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}`, async () =>
      toComment((await this.octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, body })).data),
    );
  }

  async deleteIssueComment(repo: RepoRef, commentId: number): Promise<void> {
    await this.call(`DELETE /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}`, () =>
      this.octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId }),
    );
  }

  async addReaction(repo: RepoRef, commentId: number, content: ReactionContent): Promise<void> {
    await this.call(`POST /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}/reactions`, () =>
      this.octokit.rest.reactions.createForIssueComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, content }),
    );
  }

  async getCollaboratorPermission(repo: RepoRef, username: string): Promise<RepoPermission> {
    const request = `GET /repos/${repo.owner}/${repo.repo}/collaborators/${username}/permission`;
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
      return toPermission(data);
    } catch (error) {
      if (isStatus(error, 404)) return 'none';
      throw wrap(error, request);
    }
  }

  async getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequest> {
    return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}`, async () =>
      toPullRequest((await this.octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber })).data),
    );
  }

  async listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]> {
    return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}/files`, async () => {
      const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: pullNumber,
        per_page: 100,
      });
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
      }));
    });
  }

  async findPullRequests(repo: RepoRef, query: PullRequestQuery): Promise<PullRequest[]> {
    return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls`, async () => {
      const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
        owner: repo.owner,
        repo: repo.repo,
        state: query.state ?? 'open',
        ...(query.head ? { head: query.head } : {}),
        ...(query.base ? { base: query.base } : {}),
        per_page: 100,
      });
      return pulls.map(toPullRequest);
    });
  }

  async createPullRequest(repo: RepoRef, pull: NewPullRequest): Promise<PullRequest> {
    return this.call(`POST /repos/${repo.owner}/${repo.repo}/pulls`, async () => {
      const { data } = await this.octokit.rest.pulls.create({
        owner: repo.owner,
        repo: repo.repo,
        title: pull.title,
        head: pull.head,
        base: pull.base,
        ...(pull.body !== undefined ? { body: pull.body } : {}),
        ...(pull.draft !== undefined ? { draft: pull.draft } : {}),
        ...(pull.maintainerCanModify !== undefined ? { maintainer_can_modify: pull.maintainerCanModify } : {}),
      });
      return toPullRequest(data);
    });
  }

  async updatePullRequest(repo: RepoRef, pullNumber: number, update: PullRequestUpdate): Promise<PullRequest> {
    return this.call(`PATCH /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}`, async () =>
      toPullRequest((await this.octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber, ...update })).data),
    );
  }

  async enableAutoMerge(pullRequestNodeId: string, options: AutoMergeOptions): Promise<void> {
    const mutation = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID, $commitHeadline: String, $commitBody: String) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid, commitHeadline: $commitHeadline, commitBody: $commitBody }) {
    pullRequest { number }
  }
}`;
    await this.call('POST /graphql enablePullRequestAutoMerge', () =>
      this.octokit.graphql(mutation, {
        pullRequestId: pullRequestNodeId,
        mergeMethod: options.mergeMethod,
        expectedHeadOid: options.expectedHeadOid ?? null,
        commitHeadline: options.commitHeadline ?? null,
        commitBody: options.commitBody ?? null,
      }),
    );
  }

  private async call<T>(request: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw wrap(error, request);
    }
  }
}

interface RawComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  html_url: string;
  created_at?: string;
  updated_at?: string;
}

function toComment(raw: RawComment): IssueComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    user: raw.user ? { login: raw.user.login, ...(raw.user.type ? { type: raw.user.type } : {}) } : null,
    htmlUrl: raw.html_url,
    ...(raw.created_at ? { createdAt: raw.created_at } : {}),
    ...(raw.updated_at ? { updatedAt: raw.updated_at } : {}),
  };
}

interface RawBranch {
  ref: string;
  sha: string;
  repo: { full_name: string } | null;
}

interface RawPull {
  number: number;
  node_id: string;
  state: string;
  title: string;
  body?: string | null;
  html_url: string;
  draft?: boolean;
  merged?: boolean;
  merged_at?: string | null;
  head: RawBranch;
  base: RawBranch;
  auto_merge?: unknown;
}

function toPullRequest(raw: RawPull): PullRequest {
  const branch = (b: RawBranch) => ({ ref: b.ref, sha: b.sha, repoFullName: b.repo?.full_name ?? null });
  return {
    number: raw.number,
    nodeId: raw.node_id,
    state: raw.state === 'closed' ? 'closed' : 'open',
    title: raw.title,
    body: raw.body ?? '',
    htmlUrl: raw.html_url,
    draft: raw.draft ?? false,
    merged: raw.merged ?? !!raw.merged_at,
    head: branch(raw.head),
    base: branch(raw.base),
    autoMergeEnabled: raw.auto_merge != null,
  };
}

/**
 * `user.permissions` holds the real grants (maintain, triage); `permission` folds them into the
 * legacy admin/write/read. Prefer the first, as slash-command-dispatch does.
 */
function toPermission(data: { permission?: string; user?: { permissions?: Record<string, boolean | undefined> } | null }): RepoPermission {
  const grants = data.user?.permissions;
  if (grants) {
    if (grants.admin) return 'admin';
    if (grants.maintain) return 'maintain';
    if (grants.push) return 'write';
    if (grants.triage) return 'triage';
    if (grants.pull) return 'read';
  }
  switch (data.permission) {
    case 'admin':
    case 'maintain':
    case 'write':
    case 'triage':
    case 'read':
      return data.permission;
    default:
      return 'none';
  }
}

function isStatus(error: unknown, ...statuses: number[]): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && statuses.includes(status);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function wrap(error: unknown, request: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status = (error as { status?: unknown } | null)?.status;
  const graphqlErrors = (error as { errors?: Array<{ message?: string }> } | null)?.errors;
  const message = Array.isArray(graphqlErrors) && graphqlErrors.length
    ? graphqlErrors.map((e) => e.message ?? 'GraphQL error').join('; ')
    : describe(error);
  return new GitHubApiError(`${request} failed: ${message}`, typeof status === 'number' ? status : undefined, request);
}

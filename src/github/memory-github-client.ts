import {
  type AutoMergeOptions,
  type CommentQuery,
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

/**
 * An in-memory `GitHubClient` for unit tests of code that comments, reacts or opens PRs. State is
 * public so tests can seed it and assert on it; every call is recorded in `calls`.
 *
 * @example
 * ```ts
 * const github = new MemoryGitHubClient({ login: 'github-actions[bot]' });
 * await upsertPrComment(github, { repo, issueNumber: 7, key, section });
 * expect(github.comments).toHaveLength(1);
 * ```
 */
export class MemoryGitHubClient implements GitHubClient {
  readonly login: string;
  readonly comments: Array<IssueComment & { repo: string; issueNumber: number }> = [];
  readonly reactions: Array<{ repo: string; commentId: number; content: ReactionContent; login: string }> = [];
  readonly permissions = new Map<string, RepoPermission>();
  readonly pulls: Array<PullRequest & { repo: string }> = [];
  readonly files = new Map<string, PullRequestFile[]>();
  readonly calls: Array<{ method: keyof GitHubClient; args: unknown[] }> = [];
  private nextId = 1;

  constructor(options: { login?: string } = {}) {
    this.login = options.login ?? 'github-actions[bot]';
  }

  /** Seeds a comment written by `login` (default: us). */
  seedComment(repo: RepoRef, issueNumber: number, body: string, login = this.login): IssueComment {
    const id = this.nextId++;
    const comment = { id, body, user: { login }, htmlUrl: `https://github.test/${key(repo)}/pull/${issueNumber}#issuecomment-${id}`, repo: key(repo), issueNumber };
    this.comments.push(comment);
    return strip(comment);
  }

  async getAuthenticatedLogin(): Promise<string> {
    this.record('getAuthenticatedLogin');
    return this.login;
  }

  async findIssueComments(repo: RepoRef, issueNumber: number, query: CommentQuery): Promise<IssueComment[]> {
    this.record('findIssueComments', repo, issueNumber, query);
    return this.comments.filter((c) => c.repo === key(repo) && c.issueNumber === issueNumber && commentMatches(c, query)).map(strip);
  }

  async createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
    this.record('createIssueComment', repo, issueNumber, body);
    return this.seedComment(repo, issueNumber, checkBody(body));
  }

  async updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
    this.record('updateIssueComment', repo, commentId, body);
    const comment = this.comment(repo, commentId);
    comment.body = checkBody(body);
    return strip(comment);
  }

  async deleteIssueComment(repo: RepoRef, commentId: number): Promise<void> {
    this.record('deleteIssueComment', repo, commentId);
    this.comments.splice(this.comments.indexOf(this.comment(repo, commentId)), 1);
  }

  async addReaction(repo: RepoRef, commentId: number, content: ReactionContent): Promise<void> {
    this.record('addReaction', repo, commentId, content);
    this.comment(repo, commentId);
    if (!this.reactions.some((r) => r.repo === key(repo) && r.commentId === commentId && r.content === content && r.login === this.login)) {
      this.reactions.push({ repo: key(repo), commentId, content, login: this.login });
    }
  }

  async getCollaboratorPermission(repo: RepoRef, username: string): Promise<RepoPermission> {
    this.record('getCollaboratorPermission', repo, username);
    return this.permissions.get(`${key(repo)}:${username.toLowerCase()}`) ?? 'none';
  }

  /** Grants `username` a permission on `repo`. */
  setPermission(repo: RepoRef, username: string, permission: RepoPermission): void {
    this.permissions.set(`${key(repo)}:${username.toLowerCase()}`, permission);
  }

  async getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequest> {
    this.record('getPullRequest', repo, pullNumber);
    return stripPull(this.pull(repo, pullNumber));
  }

  async listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]> {
    this.record('listPullRequestFiles', repo, pullNumber);
    this.pull(repo, pullNumber);
    return [...(this.files.get(`${key(repo)}#${pullNumber}`) ?? [])];
  }

  async findPullRequests(repo: RepoRef, query: PullRequestQuery): Promise<PullRequest[]> {
    this.record('findPullRequests', repo, query);
    const state = query.state ?? 'open';
    return this.pulls
      .filter((p) => p.repo === key(repo))
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !query.head || `${repo.owner}:${p.head.ref}` === query.head)
      .filter((p) => !query.base || p.base.ref === query.base)
      .map(stripPull);
  }

  async createPullRequest(repo: RepoRef, pull: NewPullRequest): Promise<PullRequest> {
    this.record('createPullRequest', repo, pull);
    const head = pull.head.includes(':') ? pull.head.split(':')[1]! : pull.head;
    if (this.pulls.some((p) => p.repo === key(repo) && p.state === 'open' && p.head.ref === head && p.base.ref === pull.base)) {
      throw new GitHubApiError(`A pull request already exists for ${repo.owner}:${head}.`, 422, `POST /repos/${key(repo)}/pulls`);
    }
    const number = this.nextId++;
    const created: PullRequest & { repo: string } = {
      repo: key(repo),
      number,
      nodeId: `PR_memory_${number}`,
      state: 'open',
      title: pull.title,
      body: checkBody(pull.body ?? ''),
      htmlUrl: `https://github.test/${key(repo)}/pull/${number}`,
      draft: pull.draft ?? false,
      merged: false,
      head: { ref: head, sha: `head-of-${head}`, repoFullName: key(repo) },
      base: { ref: pull.base, sha: `head-of-${pull.base}`, repoFullName: key(repo) },
      autoMergeEnabled: false,
    };
    this.pulls.push(created);
    return stripPull(created);
  }

  async updatePullRequest(repo: RepoRef, pullNumber: number, update: PullRequestUpdate): Promise<PullRequest> {
    this.record('updatePullRequest', repo, pullNumber, update);
    const pull = this.pull(repo, pullNumber);
    if (update.title !== undefined) pull.title = update.title;
    if (update.body !== undefined) pull.body = checkBody(update.body);
    if (update.state !== undefined) pull.state = update.state;
    if (update.base !== undefined) pull.base = { ...pull.base, ref: update.base };
    return stripPull(pull);
  }

  async enableAutoMerge(pullRequestNodeId: string, options: AutoMergeOptions): Promise<void> {
    this.record('enableAutoMerge', pullRequestNodeId, options);
    const pull = this.pulls.find((p) => p.nodeId === pullRequestNodeId);
    if (!pull) throw new GitHubApiError(`Could not resolve to a node with the global id of '${pullRequestNodeId}'`, undefined, 'POST /graphql');
    if (options.expectedHeadOid && options.expectedHeadOid !== pull.head.sha) {
      throw new GitHubApiError('Head sha did not match expected head oid', undefined, 'POST /graphql');
    }
    pull.autoMergeEnabled = true;
  }

  private comment(repo: RepoRef, commentId: number) {
    const comment = this.comments.find((c) => c.repo === key(repo) && c.id === commentId);
    if (!comment) throw new GitHubApiError('Not Found', 404, `/repos/${key(repo)}/issues/comments/${commentId}`);
    return comment;
  }

  private pull(repo: RepoRef, pullNumber: number) {
    const pull = this.pulls.find((p) => p.repo === key(repo) && p.number === pullNumber);
    if (!pull) throw new GitHubApiError('Not Found', 404, `/repos/${key(repo)}/pulls/${pullNumber}`);
    return pull;
  }

  private record(method: keyof GitHubClient, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }
}

function key(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}

/** GitHub refuses bodies over 65,536 characters; so does the fake, so tests catch it. */
function checkBody(body: string): string {
  if (body.length > 65_536) throw new GitHubApiError('Validation Failed: body is too long (maximum is 65536 characters)', 422, 'body');
  return body;
}

function strip({ repo: _repo, issueNumber: _issue, ...comment }: IssueComment & { repo: string; issueNumber: number }): IssueComment {
  return { ...comment, user: comment.user ? { ...comment.user } : null };
}

function stripPull({ repo: _repo, ...pull }: PullRequest & { repo: string }): PullRequest {
  return { ...pull, head: { ...pull.head }, base: { ...pull.base } };
}

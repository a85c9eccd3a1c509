/**
 * The narrow GitHub client dbops needs: the sticky PR comment, reactions and permission checks
 * for `/author`, pull requests for `promote`. Business code depends on this interface only; the
 * real implementation is `OctokitGitHubClient` (octokit-github-client.ts), the tests' one
 * `MemoryGitHubClient` (memory-github-client.ts).
 */

/** `owner/name` of a repository, split. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Null when the author's account was deleted. */
  user: { login: string; type?: string } | null;
  htmlUrl: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Which comments `findIssueComments` returns. */
export interface CommentQuery {
  /** A line the body must contain on its own, e.g. `commentMarker(key)`. */
  marker: string;
  /**
   * The login the comment must be written by (case-insensitive). Matching the author as well as
   * the marker is what stops anyone from planting the marker in a comment of theirs.
   */
  authorLogin: string;
}

export interface PullRequestBranch {
  ref: string;
  sha: string;
  /** `owner/name`; null for a fork that was deleted. */
  repoFullName: string | null;
}

export interface PullRequest {
  number: number;
  /** GraphQL id, needed to enable auto-merge. */
  nodeId: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  htmlUrl: string;
  draft: boolean;
  merged: boolean;
  head: PullRequestBranch;
  base: PullRequestBranch;
  autoMergeEnabled: boolean;
}

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  previousFilename?: string;
}

export interface NewPullRequest {
  title: string;
  /** Branch name, or `owner:branch` for a fork. */
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  maintainerCanModify?: boolean;
}

export interface PullRequestUpdate {
  title?: string;
  body?: string;
  base?: string;
  state?: 'open' | 'closed';
}

export interface PullRequestQuery {
  /** `owner:branch`; GitHub ignores a bare branch name here. */
  head?: string;
  base?: string;
  state?: 'open' | 'closed' | 'all';
}

export interface AutoMergeOptions {
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE';
  /** Refuse to merge if the head moved: pin the SHA that was reviewed. */
  expectedHeadOid?: string;
  commitHeadline?: string;
  commitBody?: string;
}

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

/** Highest first; `maintain` and `triage` are the real roles, not folded into write/read. */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export const PERMISSION_RANK: Record<RepoPermission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** True when `actual` grants at least `required`. */
export function hasPermission(actual: RepoPermission, required: RepoPermission): boolean {
  return PERMISSION_RANK[actual] >= PERMISSION_RANK[required];
}

/** The login GitHub gives `GITHUB_TOKEN` comments. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface GitHubClient {
  /**
   * The login the token writes as: the user for a personal token, `<app-slug>[bot]` for an app
   * installation token (`github-actions[bot]` for `GITHUB_TOKEN`).
   */
  getAuthenticatedLogin(): Promise<string>;
  /** Comments on an issue or PR that match the query, oldest first; pages through all of them. */
  findIssueComments(repo: RepoRef, issueNumber: number, query: CommentQuery): Promise<IssueComment[]>;
  createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(repo: RepoRef, commentId: number): Promise<void>;
  /** Adds a reaction to an issue comment; adding one that exists is not an error. Needs Issues: write. */
  addReaction(repo: RepoRef, commentId: number, content: ReactionContent): Promise<void>;
  /**
   * The user's effective permission on the repository; `none` for someone who is not a
   * collaborator. Other failures throw: callers authorising a command must fail closed.
   */
  getCollaboratorPermission(repo: RepoRef, username: string): Promise<RepoPermission>;
  getPullRequest(repo: RepoRef, pullNumber: number): Promise<PullRequest>;
  listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]>;
  findPullRequests(repo: RepoRef, query: PullRequestQuery): Promise<PullRequest[]>;
  /** Throws `GitHubApiError` 422 when a PR for the same head and base is already open. */
  createPullRequest(repo: RepoRef, pull: NewPullRequest): Promise<PullRequest>;
  updatePullRequest(repo: RepoRef, pullNumber: number, update: PullRequestUpdate): Promise<PullRequest>;
  /** GraphQL `enablePullRequestAutoMerge`; the repository must allow auto-merge. */
  enableAutoMerge(pullRequestNodeId: string, options: AutoMergeOptions): Promise<void>;
}

/** A GitHub API call that failed, without the request's headers (which carry the token). */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    /** HTTP status; undefined for GraphQL errors returned with 200 and for network failures. */
    readonly status: number | undefined,
    /** `GET /repos/{owner}/{repo}/...`, for the log. */
    readonly request: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The one rule for "our comment": written by us, marker on a line of its own. */
export function commentMatches(comment: Pick<IssueComment, 'body' | 'user'>, query: CommentQuery): boolean {
  if (!comment.user || comment.user.login.toLowerCase() !== query.authorLogin.toLowerCase()) return false;
  return comment.body.split(/\r?\n/).some((line) => line.trim() === query.marker);
}

/** `owner/name` → `{ owner, repo }`. */
export function parseRepo(fullName: string): RepoRef {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName.trim());
  if (!match) throw new TypeError(`Expected a repository as owner/name, got ${JSON.stringify(fullName)}`);
  return { owner: match[1]!, repo: match[2]! };
}

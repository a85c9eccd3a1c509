/**
 * The gate in front of `/author` (notes §8.5): a comment on a pull request is untrusted input
 * that runs with the repository's token, so before anything acts on it the commenter is
 * authorised through the permission API (failing closed), forks are refused unless allowed, and
 * the pull request's head is pinned to one commit, which is all the command may look at.
 */
import type { ActionContext } from '../github/action-context.js';
import { type GitHubClient, type RepoPermission, hasPermission } from '../github/github-client.js';
import type { Logger } from '../logger.js';

/** Longest request passed on; the rest is cut (the model gets untrusted text, keep it bounded). */
export const MAX_REQUEST_CHARS = 4000;

export interface AuthorCommand {
  /** Everything after `/author` (first line and the lines below), trimmed. */
  request: string;
  /** `sha=<commit>` on the first line: the head the commenter reviewed. */
  pinnedSha?: string;
  commentId: number;
  commenter: string;
}

/**
 * The `/author` command in an issue_comment payload, or a reason to ignore the event. Only the
 * first line is a command line; a comment that edits, deletes, or comes from a bot is ignored.
 */
export function parseAuthorCommand(context: ActionContext): AuthorCommand | { ignore: string } {
  const payload = context.payload as {
    action?: string;
    comment?: { id?: number; body?: string; user?: { login?: string; type?: string } | null };
    issue?: { pull_request?: unknown };
  };
  if (context.eventName !== 'issue_comment') return { ignore: `the event is ${context.eventName || 'unknown'}, not issue_comment` };
  if (payload.action && payload.action !== 'created') return { ignore: `the comment was ${payload.action}, not created` };
  if (!payload.issue?.pull_request || context.pullRequestNumber === undefined) return { ignore: 'the comment is on an issue, not a pull request' };
  const comment = payload.comment;
  if (!comment?.id || !comment.user?.login) return { ignore: 'the event has no comment' };
  if (comment.user.type === 'Bot') return { ignore: `the comment is by a bot (${comment.user.login})` };
  const body = (comment.body ?? '').replace(/\r\n/g, '\n');
  const [first = '', ...rest] = body.split('\n');
  const match = /^\/author(?:\s+(.*))?$/.exec(first.trim());
  if (!match) return { ignore: 'the comment is not an /author command' };
  let line = match[1] ?? '';
  let pinnedSha: string | undefined;
  const sha = /(?:^|\s)sha=([0-9a-f]{7,40})(?=\s|$)/i.exec(line);
  if (sha) {
    pinnedSha = sha[1]!.toLowerCase();
    line = (line.slice(0, sha.index) + line.slice(sha.index + sha[0].length)).trim();
  }
  const request = [line, ...rest].join('\n').trim().slice(0, MAX_REQUEST_CHARS);
  return { request, ...(pinnedSha ? { pinnedSha } : {}), commentId: comment.id, commenter: comment.user.login };
}

export interface AuthorGateOptions {
  required: RepoPermission;
  allowForks: boolean;
}

export type AuthorGateResult =
  | { allowed: true; permission: RepoPermission; headSha: string; headRef: string; baseRef: string; fromFork: boolean }
  | { allowed: false; reason: string };

/**
 * Authorises the commenter and pins the head. Any error of the permission API is a denial
 * (fail closed); so is a fork (unless allowed), a deleted fork, and a head that is not the
 * commit the commenter pinned with `sha=`.
 */
export async function authorGate(client: GitHubClient, context: ActionContext, command: AuthorCommand, options: AuthorGateOptions, logger: Logger): Promise<AuthorGateResult> {
  let permission: RepoPermission;
  try {
    permission = await client.getCollaboratorPermission(context.repo, command.commenter);
  } catch (error) {
    logger.warn(`Could not read ${command.commenter}'s permission (${(error as Error).message}); refusing /author.`);
    return { allowed: false, reason: `the permission of ${command.commenter} could not be checked` };
  }
  if (!hasPermission(permission, options.required)) {
    return { allowed: false, reason: `${command.commenter} has ${permission} permission; /author needs ${options.required}` };
  }
  const pull = await client.getPullRequest(context.repo, context.pullRequestNumber!);
  if (pull.state !== 'open') return { allowed: false, reason: `pull request #${pull.number} is ${pull.state}` };
  if (pull.head.repoFullName === null) return { allowed: false, reason: 'the pull request comes from a fork that was deleted' };
  const fromFork = pull.head.repoFullName.toLowerCase() !== (pull.base.repoFullName ?? `${context.repo.owner}/${context.repo.repo}`).toLowerCase();
  if (fromFork && !options.allowForks) return { allowed: false, reason: `the pull request comes from the fork ${pull.head.repoFullName} (allow-forks is false)` };
  if (command.pinnedSha && !pull.head.sha.toLowerCase().startsWith(command.pinnedSha)) {
    return { allowed: false, reason: `the pull request head is ${pull.head.sha.slice(0, 12)}, not the sha=${command.pinnedSha} the comment names (it moved: review and comment again)` };
  }
  return { allowed: true, permission, headSha: pull.head.sha, headRef: pull.head.ref, baseRef: pull.base.ref, fromFork };
}

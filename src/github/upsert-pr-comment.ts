import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { type CommentKey, type CommentSection, commentMarker, mergeCommentSections, parseCommentBody } from '../report/comment-sections.js';
import type { GitHubClient, IssueComment, RepoRef } from './github-client.js';
import { GitHubApiError } from './github-client.js';
import { redact } from './masking.js';

export interface UpsertPrCommentParams {
  repo: RepoRef;
  /** The PR number (PR comments are issue comments). */
  issueNumber: number;
  /** Which comment: one per changelog and environment. */
  key: CommentKey;
  /** This action's section (or sections, written in one update); the comment's other sections are kept. */
  section: CommentSection | readonly CommentSection[];
  /**
   * The login our comments are written by. Default: asked from the client (`GET /user`, or the
   * app's bot for an installation token; `github-actions[bot]` for `GITHUB_TOKEN`).
   */
  authorLogin?: string;
  /**
   * Secret values to keep out of the comment, in every spelling (pass `expandSecrets(...)`).
   * Applied to the section's title, summary and body before merging.
   */
  secrets?: readonly string[];
  /** Size budget of the body (default: `DEFAULT_COMMENT_BUDGET`, under GitHub's 65,536). */
  maxLength?: number;
  logger?: Logger;
}

export interface UpsertPrCommentResult {
  /** `failed` is returned, not thrown: a missing comment must not fail a migration. */
  action: 'created' | 'updated' | 'unchanged' | 'failed';
  commentId?: number;
  url?: string;
  /** The body as sent (or as it stands, when unchanged). */
  body?: string;
  /** True when sections were shortened to fit the size limit. */
  shortened: boolean;
  error?: Error;
}

/**
 * Creates or updates the dbops comment on a PR, replacing only `section`: finds our comment by
 * its marker AND our login (someone else's comment with the same marker is never touched),
 * merges, and updates in place; creates it only when there is none. If two jobs race and both
 * create, the later one folds its section into the older comment and deletes its own.
 *
 * Never throws: failures (a fork PR's read-only token, say) come back as `action: 'failed'`
 * and are logged as a warning, since the job summary still has the report.
 *
 * @example
 * ```ts
 * const result = await upsertPrComment(client, {
 *   repo: context.repo,
 *   issueNumber: context.pullRequestNumber!,
 *   key: { changelog: inputs.changelogFile, environment: inputs.environment },
 *   section: renderPolicySection(policyResult, { runUrl: context.runUrl }),
 *   secrets,
 * });
 * ```
 */
export async function upsertPrComment(client: GitHubClient, params: UpsertPrCommentParams): Promise<UpsertPrCommentResult> {
  const logger = params.logger ?? silentLogger;
  const secrets = params.secrets ?? [];
  const clean = (text: string) => redact(text, secrets);
  const sections: CommentSection[] = (Array.isArray(params.section) ? params.section : [params.section as CommentSection]).map((section) => ({
    ...section,
    title: clean(section.title),
    summary: clean(section.summary),
    body: clean(section.body),
  }));
  const section = { id: sections.map((s) => s.id).join(' and ') };
  const mergeOptions = { key: params.key, ...(params.maxLength !== undefined ? { maxLength: params.maxLength } : {}) };
  // Only our sections are redacted: the other sections were redacted by their writers, and running
  // the markers through redact could break them when a secret is an everyday word.
  const render = (existing: string | undefined) =>
    sections.reduce<string | undefined>((body, next) => mergeCommentSections(body, next, mergeOptions), existing)!;
  const where = `${params.repo.owner}/${params.repo.repo}#${params.issueNumber}`;

  try {
    const authorLogin = params.authorLogin ?? (await client.getAuthenticatedLogin());
    const query = { marker: commentMarker(params.key), authorLogin };
    const existing = await client.findIssueComments(params.repo, params.issueNumber, query);
    if (existing.length > 1) {
      logger.warn(`${existing.length} dbops comments for ${params.key.changelog} on ${where}; updating the oldest (${existing[0]!.id})`);
    }

    const current = existing[0];
    if (current) {
      const body = render(current.body);
      if (body === current.body) {
        logger.debug(`dbops comment ${current.id} on ${where} is up to date`);
        return done('unchanged', current, body);
      }
      const updated = await client.updateIssueComment(params.repo, current.id, body);
      logger.info(`Updated the ${section.id} section of the dbops comment on ${where}: ${updated.htmlUrl}`);
      return done('updated', updated, body);
    }

    const body = render(undefined);
    const created = await client.createIssueComment(params.repo, params.issueNumber, body);
    logger.info(`Created the dbops comment on ${where}: ${created.htmlUrl}`);
    return await settleRace(created, body);

    async function settleRace(ours: IssueComment, ourBody: string): Promise<UpsertPrCommentResult> {
      // Another job may have created its comment between our search and our create.
      const all = await client.findIssueComments(params.repo, params.issueNumber, query);
      const oldest = all[0];
      if (!oldest || oldest.id === ours.id) return done('created', ours, ourBody);
      const merged = render(oldest.body);
      const updated = merged === oldest.body ? oldest : await client.updateIssueComment(params.repo, oldest.id, merged);
      try {
        await client.deleteIssueComment(params.repo, ours.id);
      } catch (error) {
        logger.warn(`Could not delete the duplicate dbops comment ${ours.id}: ${message(error)}`);
      }
      logger.info(`Another job created the dbops comment first; merged the ${section.id} section into ${oldest.id}`);
      return done('updated', updated, merged);
    }
  } catch (error) {
    const hint =
      error instanceof GitHubApiError && error.status === 403
        ? ' (a pull request from a fork gets a read-only token; the report is in the job summary)'
        : '';
    logger.warn(`Could not update the dbops comment on ${where}: ${clean(message(error))}${hint}`);
    return { action: 'failed', shortened: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function done(action: UpsertPrCommentResult['action'], comment: IssueComment, body: string): UpsertPrCommentResult {
  return {
    action,
    commentId: comment.id,
    url: comment.htmlUrl,
    body,
    shortened: parseCommentBody(body).sections.some((s) => s.compact),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

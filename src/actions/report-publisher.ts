import type { Annotation } from '../github/annotations.js';
import { limitAnnotations } from '../github/annotations.js';
import { upsertPrComment } from '../github/upsert-pr-comment.js';
import type { CommentKey, CommentSection } from '../report/comment-sections.js';
import { renderJobSummary } from '../report/job-summary.js';
import { link } from '../report/markdown.js';
import { type ActionEnvironment, repositoryPath } from './action-environment.js';

export interface ReportOptions {
  key: CommentKey;
  /** This action's sections of the PR comment (usually one); the job summary shows them in full. */
  sections: CommentSection[];
  /** File paths relative to the working directory (or absolute); made repository-relative here. */
  annotations?: Annotation[];
  /** The `comment` input. */
  comment: boolean | 'auto';
  githubToken?: string;
}

export interface ReportOutcome {
  commentUrl?: string;
  /** Why no comment was written, when none was. */
  noComment?: string;
}

/**
 * Reports one action's result everywhere a reviewer looks: annotations on the changelog lines,
 * its section of the sticky PR comment, and the job summary. Never throws for a reporting
 * failure: a comment that cannot be written must not fail a migration that succeeded, so the
 * reason is logged and written to the summary instead.
 */
export async function publishReport(env: ActionEnvironment, options: ReportOptions): Promise<ReportOutcome> {
  const annotations = (options.annotations ?? []).map((a) => (a.file ? { ...a, file: repositoryPath(env, a.file) } : a));
  for (const annotation of limitAnnotations(annotations, env.context?.runUrl ? { seeUrl: env.context.runUrl } : {})) {
    env.runtime.annotate(annotation);
  }

  const outcome: ReportOutcome = {};
  const reason = await whyNoComment(env, options);
  if (reason) {
    outcome.noComment = reason;
    env.logger.info(`No PR comment: ${reason}.`);
  } else {
    const client = (await env.github(options.githubToken))!;
    // All of this action's sections in one update.
    const result = await upsertPrComment(client, {
      repo: env.context!.repo,
      issueNumber: env.context!.pullRequestNumber!,
      key: options.key,
      section: options.sections,
      secrets: env.secrets(),
      logger: env.logger,
    });
    if (result.action === 'failed') outcome.noComment = `GitHub refused it (${env.redact(result.error?.message ?? 'unknown error')})`;
    else outcome.commentUrl = result.url;
  }

  let summary = renderJobSummary(options.sections, { key: options.key, ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) });
  if (outcome.commentUrl) summary += `\n${link('PR comment', outcome.commentUrl)}\n`;
  else if (outcome.noComment) summary += `\n_No PR comment: ${outcome.noComment}._\n`;
  try {
    await env.runtime.appendSummary(summary);
  } catch (error) {
    env.logger.warn(`Could not write the job summary: ${(error as Error).message}`);
  }
  return outcome;
}

/** Undefined when the comment should be written; otherwise the reason, in a phrase. */
async function whyNoComment(env: ActionEnvironment, options: ReportOptions): Promise<string | undefined> {
  if (options.comment === false) return 'the comment input is false';
  if (!env.context) return 'not running in a GitHub Actions workflow (GITHUB_REPOSITORY is not set)';
  if (env.context.pullRequestNumber === undefined) {
    return `this run is not for a pull request (event ${env.context.eventName || 'unknown'})`;
  }
  if (!options.githubToken) return 'no github-token was given';
  if (!(await env.github(options.githubToken))) return 'no GitHub client for the token';
  return undefined;
}

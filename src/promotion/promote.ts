import type { OpenEngineOptions } from '../engine/open-engine.js';
import { ConfigurationError } from '../errors.js';
import { type GitHubClient, type PullRequest, type RepoRef } from '../github/github-client.js';
import type { Logger } from '../logger.js';
import type { ChangeSetRef, ChangeSetResult } from '../report/model.js';
import { type Commit, commitsBetween } from './git-commits.js';
import { pendingChangeSets } from './pending-changesets.js';
import { promotionBody, promotionTitle } from './promotion-body.js';
import { openOrUpdatePromotionPullRequest } from './promotion-pull-request.js';

export interface PromoteOptions {
  repo: RepoRef;
  /** This environment's branch (the pull request's head) and the next one's (its base). */
  branch: string;
  nextBranch: string;
  environment: string;
  nextEnvironment: string;
  /** The commit this run applied to `environment`: shown, and pinned for auto-merge. */
  headSha: string;
  /** The changelog (as checked out at `headSha`) opened against the NEXT environment's database. */
  nextDatabase: Omit<OpenEngineOptions, 'logger'>;
  /** The clone, for the commit list. */
  gitDirectory: string;
  autoMerge?: { mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE' };
  runUrl?: string;
  /** Applied to the body before it is sent (SQL may carry expanded secrets). */
  redact?: (text: string) => string;
  logger: Logger;
}

export interface PromotionResult {
  result: 'created' | 'updated' | 'unchanged' | 'nothing-to-promote';
  pullRequest?: PullRequest;
  /** Redacted description of the next environment's database. */
  nextDatabase: string;
  pending: ChangeSetResult[];
  unknownApplied: ChangeSetRef[];
  commits?: Commit[];
  title?: string;
  body?: string;
  /** What happened to auto-merge, when it was asked for. */
  autoMerge?: { enabled: true } | { enabled: false; reason: string };
}

/**
 * Opens or refreshes the promotion pull request `branch` → `nextBranch`, listing exactly the
 * changesets the next environment's database has not applied (read from its DATABASECHANGELOG,
 * with their SQL), and optionally enables auto-merge pinned to `headSha`, so that only the
 * commit this run deployed can be merged by it.
 *
 * @example
 * ```ts
 * const result = await promote(client, {
 *   repo, branch: 'dev', nextBranch: 'staging', environment: 'dev', nextEnvironment: 'staging',
 *   headSha: process.env.GITHUB_SHA!, gitDirectory: workspace, logger,
 *   nextDatabase: { changelogFile: 'db/changelog.yaml', searchPath: [workspace], url: stagingUrl },
 * });
 * ```
 */
export async function promote(client: GitHubClient, options: PromoteOptions): Promise<PromotionResult> {
  const { logger } = options;
  const redact = options.redact ?? ((text: string) => text);
  const next = await pendingChangeSets({ ...options.nextDatabase, logger });
  if (next.error) throw new ConfigurationError(`Cannot tell what ${options.nextEnvironment} lacks, so there is nothing truthful to promote: ${next.error}`);
  logger.info(`${options.nextEnvironment} (${next.database}) lacks ${next.pending.length} changesets of this changelog`);
  const commits = await commitsBetween(options.gitDirectory, options.nextBranch, options.headSha);
  if (commits === undefined) logger.info(`The commit list is left out: the clone does not have ${options.nextBranch} (check out with fetch-depth: 0).`);

  const base: PromotionResult = { result: 'nothing-to-promote', nextDatabase: next.database, pending: next.pending, unknownApplied: next.unknownApplied, ...(commits ? { commits } : {}) };
  if (commits?.length === 0 && next.pending.length === 0) {
    logger.info(`${options.branch} has nothing ${options.nextBranch} lacks: no pull request.`);
    return base;
  }

  const description = {
    branch: options.branch,
    nextBranch: options.nextBranch,
    environment: options.environment,
    nextEnvironment: options.nextEnvironment,
    pending: next.pending,
    unknownApplied: next.unknownApplied,
    ...(commits ? { commits } : {}),
    headSha: options.headSha,
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
  };
  const title = redact(promotionTitle(description));
  const body = redact(promotionBody(description));
  const outcome = await openOrUpdatePromotionPullRequest(client, { repo: options.repo, head: options.branch, base: options.nextBranch, title, body }, logger);
  if (outcome.action === 'nothing-to-promote') {
    logger.info(`GitHub says ${options.nextBranch} already has every commit of ${options.branch}: no pull request.`);
    return { ...base, title, body };
  }
  const result: PromotionResult = { ...base, result: outcome.action, pullRequest: outcome.pullRequest, title, body };
  if (options.autoMerge) result.autoMerge = await enableAutoMerge(client, outcome.pullRequest, options.headSha, options.autoMerge.mergeMethod, logger);
  return result;
}

/**
 * Auto-merge pinned to the deployed commit. When the branch has moved on since this run, the
 * newer commit was not deployed here yet: its own run will enable auto-merge. Refusals (the
 * repository does not allow auto-merge, the PR is already mergeable) are reported, not thrown.
 */
async function enableAutoMerge(client: GitHubClient, pull: PullRequest, headSha: string, mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE', logger: Logger): Promise<{ enabled: true } | { enabled: false; reason: string }> {
  if (pull.head.sha !== headSha) {
    const reason = `the branch moved on to ${pull.head.sha.slice(0, 12)} after this run deployed ${headSha.slice(0, 12)}; the run for the newer commit decides`;
    logger.info(`Auto-merge not enabled: ${reason}.`);
    return { enabled: false, reason };
  }
  try {
    await client.enableAutoMerge(pull.nodeId, { mergeMethod, expectedHeadOid: headSha, commitHeadline: `${pull.title} (#${pull.number})` });
    logger.info(`Auto-merge enabled on #${pull.number} (${mergeMethod.toLowerCase()}, pinned to ${headSha.slice(0, 12)}): it merges when the required checks pass.`);
    return { enabled: true };
  } catch (error) {
    const reason = (error as Error).message;
    logger.warn(`Auto-merge could not be enabled on #${pull.number}: ${reason}`);
    return { enabled: false, reason };
  }
}

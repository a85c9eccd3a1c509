import { type GitHubClient, GitHubApiError, type PullRequest, type RepoRef } from '../github/github-client.js';
import type { Logger } from '../logger.js';

export interface PromotionPullRequestParams {
  repo: RepoRef;
  /** Branch names in `repo` (no `owner:`). */
  head: string;
  base: string;
  title: string;
  body: string;
}

export type PromotionPullRequestOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; pullRequest: PullRequest }
  /** GitHub answered that `head` has no commit `base` lacks. */
  | { action: 'nothing-to-promote' };

/**
 * Opens the pull request from `head` into `base`, or updates the open one: looks it up by head
 * and base, creates it when there is none, and when the create loses a race (422 "A pull request
 * already exists") looks it up again and updates it. Never opens a second one.
 */
export async function openOrUpdatePromotionPullRequest(client: GitHubClient, params: PromotionPullRequestParams, logger: Logger): Promise<PromotionPullRequestOutcome> {
  const existing = await findOpen(client, params);
  if (existing) return update(existing);
  try {
    const created = await client.createPullRequest(params.repo, { title: params.title, head: params.head, base: params.base, body: params.body, maintainerCanModify: false });
    logger.info(`Opened pull request #${created.number} ${params.head} → ${params.base}: ${created.htmlUrl}`);
    return { action: 'created', pullRequest: created };
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422) throw error;
    if (/no commits between/i.test(error.message)) return { action: 'nothing-to-promote' };
    if (!/already exists/i.test(error.message)) throw error;
    const raced = await findOpen(client, params);
    if (!raced) throw error;
    logger.info(`Another run opened pull request #${raced.number} first; updating it`);
    return update(raced);
  }

  async function update(pull: PullRequest): Promise<PromotionPullRequestOutcome> {
    if (pull.title === params.title && pull.body.replace(/\r\n/g, '\n') === params.body) {
      logger.info(`Pull request #${pull.number} is up to date: ${pull.htmlUrl}`);
      return { action: 'unchanged', pullRequest: pull };
    }
    const updated = await client.updatePullRequest(params.repo, pull.number, { title: params.title, body: params.body });
    logger.info(`Updated pull request #${pull.number} ${params.head} → ${params.base}: ${updated.htmlUrl}`);
    return { action: 'updated', pullRequest: updated };
  }
}

async function findOpen(client: GitHubClient, params: PromotionPullRequestParams): Promise<PullRequest | undefined> {
  const found = await client.findPullRequests(params.repo, { head: `${params.repo.owner}:${params.head}`, base: params.base, state: 'open' });
  // The list filter has misbehaved for same-owner forks (create-pull-request works around it): check.
  return found.filter((p) => p.head.ref === params.head && p.base.ref === params.base).sort((a, b) => a.number - b.number)[0];
}

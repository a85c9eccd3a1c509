import type { GitHubClient, ReactionContent, RepoRef } from '../github/github-client.js';
import { ConfigurationError } from '../errors.js';
import { type ActionEnvironment, commentKey } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { authorGate, parseAuthorCommand } from './author-command.js';
import { loadCommand } from './commands.js';
import { readAiAuthorInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The ai-author action, run on `issue_comment`: ignores anything but a new `/author` comment on
 * a pull request; reacts 👀; authorises the commenter (fail closed), refuses forks unless
 * allowed, pins the head commit; then runs the ai-author command on that commit only and
 * reports in the PR comment. A denial is answered (😕 and a short reply) without failing the
 * workflow: it is the commenter's request that is refused, not the workflow that is broken.
 */
export async function runAiAuthor(env: ActionEnvironment): Promise<void> {
  const inputs = readAiAuthorInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const context = env.context;
  if (!context) throw new ConfigurationError('ai-author must run in a workflow triggered by issue_comment');
  const command = parseAuthorCommand(context);
  if ('ignore' in command) {
    env.logger.info(`Nothing to do: ${command.ignore}.`);
    env.runtime.setOutput('status', 'ignored');
    return;
  }
  const client = await env.github(inputs.githubToken);
  if (!client) throw new ConfigurationError("Input 'github-token' is required for ai-author (it reacts, checks permissions and comments)");

  await react(client, context.repo, command.commentId, 'eyes', env);
  const gate = await authorGate(client, context, command, { required: inputs.allowedPermission, allowForks: inputs.allowForks }, env.logger);
  if (!gate.allowed) {
    env.logger.warn(`/author refused: ${gate.reason}.`);
    await react(client, context.repo, command.commentId, 'confused', env);
    try {
      await client.createIssueComment(context.repo, context.pullRequestNumber!, `\`/author\` was not run: ${gate.reason}.`);
    } catch (error) {
      env.logger.warn(`Could not reply to the comment: ${(error as Error).message}`);
    }
    env.runtime.setOutput('status', 'denied');
    return;
  }
  env.logger.info(`/author by ${command.commenter} (${gate.permission}) on #${context.pullRequestNumber} at ${gate.headSha}`);

  const aiAuthor = await loadCommand('aiAuthor', env.commands);
  const result = await aiAuthor({
    ...commandOptions(env, inputs),
    request: command.request,
    repo: context.repo,
    pullRequest: { number: context.pullRequestNumber!, headSha: gate.headSha, headRef: gate.headRef, baseRef: gate.baseRef, fromFork: gate.fromFork },
    mayPush: !gate.fromFork,
    ...(inputs.model ? { model: inputs.model } : {}),
    ...(inputs.apiKey ? { apiKey: inputs.apiKey } : {}),
    ...(inputs.apiBaseUrl ? { apiBaseUrl: inputs.apiBaseUrl } : {}),
    client,
  });
  await react(client, context.repo, command.commentId, result.ok ? 'rocket' : 'confused', env);
  const report = await publishReport(env, {
    key: commentKey(env, inputs.changelogFile, inputs.environment),
    sections: [result.section],
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);
  env.runtime.setOutput('status', 'done');
  if (!result.ok) env.fail(`/author did not succeed: ${result.section.summary}`);
}

/** Reactions are courtesy: a failure (no issues: write) is logged, never fatal. */
async function react(client: GitHubClient, repo: RepoRef, commentId: number, content: ReactionContent, env: ActionEnvironment): Promise<void> {
  try {
    await client.addReaction(repo, commentId, content);
  } catch (error) {
    env.logger.warn(`Could not add the ${content} reaction (the token needs issues: write): ${(error as Error).message}`);
  }
}

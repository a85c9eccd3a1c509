import { ConfigurationError } from '../errors.js';
import type { ActionContext } from '../github/action-context.js';
import { branchOfRef, promotionStep } from '../promotion/environment-branches.js';
import { type ActionEnvironment, repositoryPath } from './action-environment.js';
import { changelogEnvironment } from './action-engine.js';
import { readPromoteInputs } from './inputs.js';

/**
 * The promote action, run after a successful apply on an environment branch: opens or updates
 * the pull request into the next environment's branch, listing the changesets the next
 * environment's database lacks (with their SQL), and optionally enables auto-merge pinned to the
 * commit this run deployed.
 */
export async function runPromote(env: ActionEnvironment): Promise<void> {
  const inputs = readPromoteInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const context = env.context;
  if (!context) throw new ConfigurationError('promote must run in a GitHub Actions workflow (GITHUB_REPOSITORY is not set)');
  const deployed = deployedCommit(context);
  if ('skip' in deployed) {
    env.logger.info(`Nothing promoted: ${deployed.skip}.`);
    env.runtime.setOutput('result', 'not-deployed');
    env.runtime.setOutput('pending', 0);
    return;
  }
  const { branch, sha } = deployed;
  const step = promotionStep(inputs.branches, branch, inputs.nextBranch);
  if (!step.next) {
    env.logger.info(`${branch} is the last environment branch (${inputs.branches.join(' -> ')}): nothing to promote.`);
    env.runtime.setOutput('result', 'last-environment');
    env.runtime.setOutput('pending', 0);
    return;
  }
  const client = await env.github(inputs.githubToken);
  if (!client) throw new ConfigurationError("Input 'github-token' is required for promote (it opens the pull request; the token needs pull-requests: write)");

  const environment = inputs.environment ?? branch;
  const nextEnvironment = inputs.nextEnvironment ?? step.next;
  env.logger.info(`Promoting ${environment} (${branch}) to ${nextEnvironment} (${step.next}) at ${sha}`);
  const { promote } = await import('../promotion/promote.js');
  const result = await promote(client, {
    repo: context.repo,
    branch,
    nextBranch: step.next,
    environment,
    nextEnvironment,
    headSha: sha,
    nextDatabase: {
      changelogFile: inputs.changelogFile,
      searchPath: [inputs.workingDirectory],
      url: inputs.nextUrl,
      ...(inputs.nextUsername ? { username: inputs.nextUsername } : {}),
      ...(inputs.nextPassword ? { password: inputs.nextPassword } : {}),
      ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
      ...(inputs.labels ? { labels: inputs.labels } : {}),
      environment: changelogEnvironment(env.env),
    },
    gitDirectory: inputs.workingDirectory,
    ...(inputs.autoMerge ? { autoMerge: { mergeMethod: inputs.mergeMethod } } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    redact: env.redact,
    logger: env.logger,
  });

  env.runtime.setOutput('result', result.result);
  env.runtime.setOutput('pending', result.pending.length);
  if (result.pullRequest) {
    env.runtime.setOutput('pull-request-number', result.pullRequest.number);
    env.runtime.setOutput('pull-request-url', result.pullRequest.htmlUrl);
  }
  const headline =
    result.pullRequest
      ? `Pull request [#${result.pullRequest.number}](${result.pullRequest.htmlUrl}) ${result.result}: ${result.pending.length} changesets will reach ${nextEnvironment}.`
      : `Nothing to promote from ${branch} to ${step.next}.`;
  const autoMerge = result.autoMerge ? `\n\nAuto-merge: ${result.autoMerge.enabled ? 'enabled' : `not enabled (${result.autoMerge.reason})`}.` : '';
  try {
    await env.runtime.appendSummary(`## dbops promote ${environment} → ${nextEnvironment}\n\n${headline}${autoMerge}\n\n${result.body ?? ''}\n`);
  } catch (error) {
    env.logger.warn(`Could not write the job summary: ${(error as Error).message}`);
  }
  if (result.unknownApplied.length) {
    env.runtime.annotate({
      level: 'warning',
      title: `dbops: ${nextEnvironment} has changesets ${branch} lacks`,
      message: `${result.unknownApplied.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')} (applied in ${nextEnvironment}, absent from this changelog)`,
      file: repositoryPath(env, inputs.changelogFile),
    });
  }
}

/**
 * The branch and commit that were deployed: the pushed ones when promote runs in the deploy
 * workflow; under `workflow_run` (a separate promotion workflow), those of the deploy run, which
 * must have succeeded and come from this repository.
 */
function deployedCommit(context: ActionContext): { branch: string; sha: string } | { skip: string } {
  if (context.eventName === 'workflow_run') {
    const run = (context.payload.workflow_run ?? {}) as { conclusion?: string; head_branch?: string; head_sha?: string; head_repository?: { full_name?: string } | null; name?: string };
    if (run.conclusion !== 'success') return { skip: `the deploy run ${run.name ?? ''} ended ${run.conclusion ?? 'without a conclusion'}, not success` };
    const from = run.head_repository?.full_name;
    if (from && from.toLowerCase() !== `${context.repo.owner}/${context.repo.repo}`.toLowerCase()) {
      throw new ConfigurationError(`the deploy run came from ${from}, not this repository: promote never promotes a fork's commits`);
    }
    if (!run.head_branch || !run.head_sha) throw new ConfigurationError('the workflow_run event has no head_branch/head_sha');
    return { branch: run.head_branch, sha: run.head_sha };
  }
  const branch = branchOfRef(context.ref);
  if (!branch) throw new ConfigurationError(`promote runs on pushes to an environment branch (or on workflow_run after the deploy); this run's ref is ${context.ref || 'unknown'}`);
  if (!context.sha) throw new ConfigurationError('GITHUB_SHA is not set: promote pins the commit this run deployed');
  return { branch, sha: context.sha };
}

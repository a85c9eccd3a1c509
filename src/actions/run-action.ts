/**
 * The single entry of every action: `dist/actions/<name>.js` is `await runAction('<name>')`.
 * It reads the workflow context, builds the action's environment (inputs, runtime, log, GitHub),
 * runs the action's handler and turns whatever escapes into a failed step of the right kind:
 * a ConfigurationError says "fix your workflow or changelog", anything else is a dbops bug.
 * Secrets are redacted from every line, output, summary, annotation and failure.
 *
 * Handlers are imported on demand, so an action loads only what it runs (the embedded
 * PostgreSQL, the SQL parser, Octokit and the model client are never loaded by an action that
 * does not need them).
 */
import { ChangelogError, ChangelogValidationError, ConfigurationError } from '../errors.js';
import type { ActionContext, ActionRuntime } from '../github/action-context.js';
import type { GitHubClient } from '../github/github-client.js';
import { maskSecrets, redact as redactSecrets } from '../github/masking.js';
import { DBOPS_VERSION } from '../version.js';
import { type ActionEnvironment, repositoryPath } from './action-environment.js';
import { actionLogger } from './action-logger.js';
import { ROOT_ACTION } from './action-manifest.js';
import type { DbopsCommands } from './commands.js';
import { ActionInputReader } from './inputs.js';

export interface RunActionDeps {
  /** Default `process.env`: the runner's INPUT_* and GITHUB_* variables. */
  env?: Record<string, string | undefined>;
  /** Default: the @actions/core runtime (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ::add-mask::). */
  runtime?: ActionRuntime;
  /** Default: Octokit with the github-token input, at GITHUB_API_URL. */
  client?: GitHubClient;
  /** Where log lines go (default stdout). */
  write?: (line: string) => void;
  /** Default: the current directory, when GITHUB_WORKSPACE is not set. */
  cwd?: string;
  /** Commands to use instead of the build's (tests). */
  commands?: Partial<DbopsCommands>;
}

type Handler = (env: ActionEnvironment) => Promise<void>;

/** Each action's handler, loaded when that action runs. */
const HANDLERS: Record<string, () => Promise<Handler>> = {
  apply: async () => (await import('./apply-action.js')).runApply,
  'policy-check': async () => (await import('./policy-check-action.js')).runPolicyCheck,
  'rollback-verify': async () => (await import('./rollback-verify-action.js')).runRollbackVerify,
  snapshot: async () => (await import('./snapshot-action.js')).runSnapshot,
  'diff-to-changelog': async () => (await import('./diff-to-changelog-action.js')).runDiffToChangelog,
  drift: async () => (await import('./drift-action.js')).runDrift,
  'ai-author': async () => (await import('./ai-author-action.js')).runAiAuthor,
  promote: async () => (await import('./promote-action.js')).runPromote,
  status: async () => (await import('./status-action.js')).runStatus,
};

/** The sub-actions, as the root action's `command` input accepts them. */
export const ACTION_NAMES = Object.keys(HANDLERS);

/**
 * Runs one action as the runner runs it. Never rejects: every failure ends as a failed step.
 *
 * @example
 * ```ts
 * // dist/actions/apply.js
 * import { runAction } from '../index.js';
 * await runAction('apply');
 * ```
 */
export async function runAction(name: string, deps: RunActionDeps = {}): Promise<void> {
  const started = Date.now();
  const env = deps.env ?? process.env;
  const write = deps.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const secrets: string[] = [];
  const redact = (text: string) => redactSecrets(text, secrets);
  const logger = actionLogger(write, redact);
  write(`dbops ${DBOPS_VERSION}: ${name === ROOT_ACTION.name ? 'dbops' : name}`);

  let runtime: ActionRuntime;
  try {
    runtime = deps.runtime ?? (await import('../github/core-action-runtime.js')).coreActionRuntime({ redact, write });
  } catch (error) {
    write(`::error::dbops ${name}: cannot start (${(error as Error).message}); this is a bug in dbops.`);
    process.exitCode = 1;
    return;
  }

  let failure: string | undefined;
  let client: Promise<GitHubClient> | undefined;
  let action = name;
  let environment: ActionEnvironment | undefined;
  const workspace = env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
  const inputs = new ActionInputReader(name, {
    env,
    workspace,
    onSecret: (value) => void secrets.push(...maskSecrets([value], runtime)),
  });

  try {
    const context = await readContext(env, logger);
    if (name === ROOT_ACTION.name) action = inputs.choice('command', ACTION_NAMES);
    environment = {
      action,
      inputs,
      runtime,
      logger,
      ...(context ? { context } : {}),
      env,
      workspace,
      commands: deps.commands ?? {},
      workingDirectory: workspace,
      secrets: () => secrets,
      addSecrets: (values) => void secrets.push(...maskSecrets(values, runtime)),
      redact,
      github: async (token) => {
        if (deps.client) return deps.client;
        if (!token) return undefined;
        // Octokit logs every failed request as an error, expected ones too (GET /user answers 403
        // to GITHUB_TOKEN); callers report the failures that matter, so its errors go to debug.
        const quiet = { ...logger, error: logger.debug };
        client ??= import('../github/octokit-github-client.js').then(({ OctokitGitHubClient }) => new OctokitGitHubClient({ token, env, logger: quiet }));
        return client;
      },
      fail: (message) => {
        failure = failure ? `${failure}\n${message}` : message;
      },
    };
    const load = HANDLERS[action];
    if (!load) throw new Error(`dbops has no action named '${action}' (the stub dist/actions/${name}.js is stale: rebuild dist)`);
    const handler = await load();
    await handler(environment);
    if (failure !== undefined) runtime.setFailed(redact(failure));
  } catch (error) {
    if (environment) annotateChangelogErrors(environment, error);
    if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack) {
      logger.group('Stack trace (for the bug report)', error.stack);
    }
    runtime.setFailed(describeFailure(action, error, redact));
  }
  logger.debug(`dbops ${name} took ${Date.now() - started} ms`);
}

async function readContext(env: Record<string, string | undefined>, logger: ActionEnvironment['logger']): Promise<ActionContext | undefined> {
  const { readActionContext } = await import('../github/action-context.js');
  if (!env.GITHUB_REPOSITORY && !env.GITHUB_EVENT_PATH) {
    logger.info('Not running in a GitHub Actions workflow (GITHUB_REPOSITORY is not set): nothing will be posted to GitHub.');
    return undefined;
  }
  return readActionContext(env);
}

/** The step's failure message: configuration problems say what to fix, anything else is a bug. */
export function describeFailure(action: string, error: unknown, redact: (text: string) => string): string {
  const message = redact(error instanceof Error ? error.message : String(error));
  if (error instanceof ConfigurationError) {
    return `dbops ${action}: ${message}\nThis is a configuration problem: fix the workflow inputs or the changelog.`;
  }
  return `dbops ${action} failed unexpectedly: ${message}\nThis is a bug in dbops; please report it with this log (the stack trace is in the group just above).`;
}

/** Changelog errors know their file and line: show them on the changelog in the PR. */
function annotateChangelogErrors(env: ActionEnvironment, error: unknown): void {
  const errors = error instanceof ChangelogValidationError ? error.errors : error instanceof ChangelogError ? [error] : [];
  for (const e of errors.slice(0, 10)) {
    if (!e.location) continue;
    env.runtime.annotate({
      level: 'error',
      title: 'dbops: invalid changelog',
      message: env.redact(e.reason),
      file: repositoryPath(env, e.location.file),
      ...(e.location.line ? { line: e.location.line } : {}),
    });
  }
}

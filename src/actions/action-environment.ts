import path from 'node:path';
import type { ActionContext, ActionRuntime } from '../github/action-context.js';
import type { GitHubClient } from '../github/github-client.js';
import type { CommentKey } from '../report/comment-sections.js';
import type { ActionLogger } from './action-logger.js';
import type { DbopsCommands } from './commands.js';
import type { ActionInputReader } from './inputs.js';

/**
 * What an action's handler gets from `runAction`: its inputs, the runner (outputs, summary,
 * annotations), the log, the workflow context, and a way to reach GitHub. Handlers never import
 * @actions/core; everything they tell the runner goes through `runtime`.
 */
export interface ActionEnvironment {
  /** The action being run (`apply`, ...), for messages. */
  readonly action: string;
  readonly inputs: ActionInputReader;
  readonly runtime: ActionRuntime;
  readonly logger: ActionLogger;
  /** Undefined outside a workflow (no GITHUB_REPOSITORY): nothing can be posted then. */
  readonly context?: ActionContext;
  /** The process environment, for `${…}` in changelogs and for git. */
  readonly env: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE (else the current directory): what repository paths are relative to. */
  readonly workspace: string;
  /** Commands injected by tests; the build's own are used for the rest. */
  readonly commands: Partial<DbopsCommands>;
  /**
   * The directory changelog paths are relative to, set by the handler once it has read
   * `working-directory`; annotations and the comment key are made repository-relative with it.
   */
  workingDirectory: string;
  /** Every secret registered so far, in every spelling (for upsertPrComment's `secrets`). */
  secrets(): readonly string[];
  /** Masks more values (found after the inputs were read). */
  addSecrets(values: Iterable<string | undefined>): void;
  redact(text: string): string;
  /** A client for the token, or undefined when there is no token. */
  github(token: string | undefined): Promise<GitHubClient | undefined>;
  /** Marks the step failed with this message once the handler returns (reports are still written). */
  fail(message: string): void;
}

/** A changelog path as the repository sees it: relative to the workspace, forward slashes. */
export function repositoryPath(env: Pick<ActionEnvironment, 'workspace' | 'workingDirectory'>, file: string): string {
  const absolute = path.isAbsolute(file) ? file : path.resolve(env.workingDirectory, file);
  const relative = path.relative(env.workspace, absolute);
  // Outside the workspace (a temp file): the absolute path is the only honest name.
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

/** One PR comment per changelog and environment. */
export function commentKey(env: ActionEnvironment, changelogFile: string, environment: string | undefined): CommentKey {
  return { changelog: repositoryPath(env, changelogFile), ...(environment ? { environment } : {}) };
}

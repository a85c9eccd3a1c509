/**
 * The commands the actions run, one function each, behind one small interface. The actions only
 * read inputs, call ONE of these and report the result (comment, summary, annotations, outputs);
 * the commands know nothing of GitHub Actions.
 *
 * A command whose implementation is not part of this build makes its action fail with a
 * ConfigurationError ("not available in this build") rather than report anything made up.
 * Wiring one is one line in `COMMAND_LOADERS`: a dynamic import of the module that implements
 * it (dynamic, so that an action loads only the code it runs).
 */
import { ConfigurationError } from '../errors.js';
import type { GitHubClient, RepoRef } from '../github/github-client.js';
import type { Logger } from '../logger.js';
import type { CommentSection } from '../report/comment-sections.js';
import type { SchemaChange } from '../report/er-diagram.js';
import type { ChangeSetRef, PolicyCheckResult, RollbackVerifyResult } from '../report/model.js';

/** What every command gets: the changelog, the database, the filters. */
export interface CommandOptions {
  /** Relative to the search path. */
  changelogFile: string;
  /** Absolute directories the changelog and its includes are read from. */
  searchPath: string[];
  /** Undefined: the embedded PostgreSQL, in memory and empty. */
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  /** `dev`, `staging`, `production`: selects per-environment settings. */
  environment?: string;
  /** Variables for `${…}` in changelogs. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export interface PolicyCheckOptions extends CommandOptions {
  /** Absolute path of dbops-policy.yaml; a missing file means the defaults. */
  configFile: string;
  /** Absolute directory of .rego files; undefined: built-in rules only. */
  policiesDirectory?: string;
  /** Overrides the configuration's failOn. */
  failOn?: 'error' | 'warning' | 'notice' | 'never';
}

export interface SnapshotOptions extends CommandOptions {
  schemas: string[];
  include: string[];
  exclude: string[];
}

export interface SnapshotResult {
  /** The snapshot file's text (dbops-snapshot JSON). */
  text: string;
  /** Redacted description of the database read. */
  database: string;
  tables: number;
}

export interface DiffToChangelogOptions extends CommandOptions {
  /** The schema to reach; undefined: the changelog applied to the embedded PostgreSQL. */
  referenceUrl?: string;
  author: string;
}

export interface DiffToChangelogResult {
  /** What differs, for the comment's diagram. */
  change: SchemaChange;
  /** The generated changelog's text; undefined when nothing differs. */
  changeLogText?: string;
  /** File name to use when the workflow gives none, e.g. `dbops-diff.changelog.yaml`. */
  defaultFileName: string;
  changeSets: number;
}

export interface DriftOptions extends CommandOptions {
  schemas: string[];
}

export interface DriftResult {
  drifted: boolean;
  /** Differences between the database and what its applied changesets build. */
  change: SchemaChange;
  /** Redacted description of the database checked. */
  database: string;
}

export interface AiAuthorOptions extends CommandOptions {
  /** The text after `/author` (untrusted). */
  request: string;
  repo: RepoRef;
  /** The pull request, pinned to the head commit that was authorised. */
  pullRequest: { number: number; headSha: string; headRef: string; baseRef: string; fromFork: boolean };
  /** Whether the result may be pushed (false for forks: suggest only). */
  mayPush: boolean;
  model?: string;
  apiKey?: string;
  apiBaseUrl?: string;
  client: GitHubClient;
}

export interface AiAuthorResult {
  ok: boolean;
  /** The ai-author section of the PR comment. */
  section: CommentSection;
  /** Changesets drafted. */
  changeSets: ChangeSetRef[];
}

/** The commands, each one function. */
export interface DbopsCommands {
  policyCheck(options: PolicyCheckOptions): Promise<PolicyCheckResult>;
  rollbackVerify(options: CommandOptions): Promise<RollbackVerifyResult>;
  snapshot(options: SnapshotOptions): Promise<SnapshotResult>;
  diffToChangelog(options: DiffToChangelogOptions): Promise<DiffToChangelogResult>;
  drift(options: DriftOptions): Promise<DriftResult>;
  aiAuthor(options: AiAuthorOptions): Promise<AiAuthorResult>;
}

export type CommandKey = keyof DbopsCommands;

const notInThisBuild = async () => undefined;

/** How each command is loaded; `undefined` means this build does not have it. */
export const COMMAND_LOADERS: { [K in CommandKey]: () => Promise<DbopsCommands[K] | undefined> } = {
  policyCheck: async () => (await import('../policy/policy-check.js')).policyCheck,
  rollbackVerify: async () => (await import('../verify/run-rollback-verify.js')).rollbackVerify,
  snapshot: async () => (await import('./snapshot-command.js')).snapshotCommand,
  diffToChangelog: async () => (await import('../diff/diff-changelog.js')).diffToChangelog,
  drift: async () => (await import('../diff/drift.js')).drift,
  aiAuthor: notInThisBuild,
};

const ACTION_OF: Record<CommandKey, string> = {
  policyCheck: 'policy-check',
  rollbackVerify: 'rollback-verify',
  snapshot: 'snapshot',
  diffToChangelog: 'diff-to-changelog',
  drift: 'drift',
  aiAuthor: 'ai-author',
};

/**
 * The command's function: an injected one (tests), else the build's. Throws a ConfigurationError
 * when neither exists, so the workflow author learns at once that this action cannot run here.
 */
export async function loadCommand<K extends CommandKey>(name: K, injected: Partial<DbopsCommands> = {}): Promise<DbopsCommands[K]> {
  const command = (injected[name] as DbopsCommands[K] | undefined) ?? (await COMMAND_LOADERS[name]());
  if (!command) {
    throw new ConfigurationError(
      `The ${ACTION_OF[name]} action is not available in this build of dbops: its command is not implemented yet. Remove the step, or pin a dbops release that has it.`,
    );
  }
  return command;
}

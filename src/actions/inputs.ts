/**
 * Action inputs, read once per run into a typed object. The runner passes each input as
 * `INPUT_<NAME>` (upper-cased, hyphens kept: `INPUT_CHANGELOG-FILE`), defaults included; it does
 * not enforce `required`, so we do. A bad value is a `ConfigurationError` naming the input.
 * Secrets (database URLs, passwords, tokens, API keys) are masked the moment they are read.
 *
 * @example
 * ```ts
 * const reader = new ActionInputReader('apply', { env: process.env, workspace, onSecret: mask });
 * const inputs = readApplyInputs(reader); // { changelogFile, url, dryRun, ... }
 * ```
 */
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { type EnvironmentDatabase, parseEnvironments } from '../promotion/status-matrix.js';
import { type InputName, type InputSpec, INPUTS, actionSpec } from './action-manifest.js';

export interface InputReaderOptions {
  env: Record<string, string | undefined>;
  /** Where relative directories are resolved: `GITHUB_WORKSPACE`, else the current directory. */
  workspace: string;
  /** Called with each secret value as soon as it is read (mask it before anything prints it). */
  onSecret?: (value: string) => void;
}

/**
 * Reads the inputs one action declares, and only those: reading an undeclared input is a bug in
 * dbops (the yml would not pass it), so it throws a plain Error. `names` records what was read,
 * which the manifest test compares with action.yml.
 */
export class ActionInputReader {
  readonly names: InputName[] = [];
  private readonly declared: ReadonlySet<string>;

  constructor(
    readonly action: string,
    private readonly options: InputReaderOptions,
  ) {
    const spec = actionSpec(action);
    if (!spec) throw new Error(`No action named ${action} in the manifest`);
    this.declared = new Set(spec.inputs);
  }

  get workspace(): string {
    return this.options.workspace;
  }

  /** A required input: missing or blank is a configuration error. */
  required(name: InputName): string {
    const value = this.raw(name);
    if (value === '') throw new ConfigurationError(`Input '${name}' is required: add \`${name}:\` under \`with:\` in the workflow step.`);
    return value;
  }

  /** An optional input; blank means not given. */
  optional(name: InputName): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  /** An optional secret, masked before it is returned. */
  secret(name: InputName): string | undefined {
    const value = this.optional(name);
    if (value !== undefined) this.options.onSecret?.(value);
    return value;
  }

  /** A required secret, masked before it is returned. */
  requiredSecret(name: InputName): string {
    const value = this.required(name);
    this.options.onSecret?.(value);
    return value;
  }

  /**
   * A required input of `name=secret` items, one per line or comma-separated: each secret is
   * masked before the items are returned.
   */
  requiredSecretItems(name: InputName): string[] {
    const lines = this.required(name)
      .split(/[\n,]/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const line of lines) {
      const value = line.includes('=') ? line.slice(line.indexOf('=') + 1).trim() : '';
      if (value) this.options.onSecret?.(value);
    }
    return lines;
  }

  /** `true` or `false` only (any case, as @actions/core's getBooleanInput); blank takes the manifest default. */
  boolean(name: InputName): boolean {
    const value = this.raw(name);
    if (/^true$/i.test(value)) return true;
    if (/^false$/i.test(value)) return false;
    throw new ConfigurationError(`Input '${name}' must be true or false, got ${JSON.stringify(value)}.`);
  }

  /** One of `choices` (case-insensitive); blank takes the manifest default, else `fallback`. */
  choice<T extends string>(name: InputName, choices: readonly T[], fallback?: T): T {
    const value = this.raw(name).toLowerCase();
    if (value === '' && fallback !== undefined) return fallback;
    const match = choices.find((c) => c.toLowerCase() === value);
    if (!match) throw new ConfigurationError(`Input '${name}' must be one of ${choices.join(', ')}, got ${JSON.stringify(this.raw(name))}.`);
    return match;
  }

  /** Items separated by commas or new lines, trimmed, blanks dropped. */
  list(name: InputName): string[] {
    return this.raw(name)
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** A directory, resolved against the workspace. */
  directory(name: InputName): string {
    return path.resolve(this.options.workspace, this.raw(name) || '.');
  }

  /**
   * The value as the runner passes it, trimmed (as core.getInput). When the variable is absent
   * (a local run, a test) the manifest default applies, as the runner would have applied it;
   * expression defaults (`${{ github.token }}`) cannot be evaluated here and count as blank.
   */
  private raw(name: InputName): string {
    if (!this.declared.has(name)) throw new Error(`dbops bug: the ${this.action} action reads input '${name}', which its action.yml does not declare`);
    if (!this.names.includes(name)) this.names.push(name);
    const value = this.options.env[inputVariable(name)];
    if (value !== undefined) return value.trim();
    const spec: InputSpec = INPUTS[name];
    return spec.default && !spec.default.includes('${{') ? spec.default : '';
  }
}

/** `changelog-file` → `INPUT_CHANGELOG-FILE`, as the runner names it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Where the changelog is and which database to open. */
export interface DatabaseInputs {
  /** As given, relative to `workingDirectory`. */
  changelogFile: string;
  /** Undefined: the embedded PostgreSQL. */
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  /** Absolute. */
  workingDirectory: string;
}

/** How the result is reported to the pull request. */
export interface ReportingInputs {
  environment?: string;
  githubToken?: string;
  /** `auto`: comment on pull_request events only. */
  comment: boolean | 'auto';
}

export interface ApplyInputs extends DatabaseInputs, ReportingInputs {
  rollbackOnFailure: boolean;
  dryRun: boolean;
}

export interface PolicyCheckInputs extends DatabaseInputs, ReportingInputs {
  /** Undefined: the configuration file's failOn. */
  failOn?: 'error' | 'warning' | 'notice' | 'never';
  /** Absolute. */
  configFile: string;
  /** Absolute; undefined: built-in rules only. */
  policiesDirectory?: string;
  /** Absolute; undefined: no SARIF. */
  sarifFile?: string;
}

export type RollbackVerifyInputs = DatabaseInputs & ReportingInputs;

export interface SnapshotInputs extends DatabaseInputs {
  /** Absolute. */
  outputFile: string;
  schemas: string[];
  include: string[];
  exclude: string[];
}

export interface DiffToChangelogInputs extends DatabaseInputs, ReportingInputs {
  referenceUrl?: string;
  /** Absolute; undefined: the command's default. */
  outputFile?: string;
  author: string;
}

export interface DriftInputs extends DatabaseInputs, ReportingInputs {
  schemas: string[];
  failOnDrift: boolean;
}

export interface AiAuthorInputs extends DatabaseInputs, ReportingInputs {
  allowedPermission: 'admin' | 'maintain' | 'write' | 'triage';
  allowForks: boolean;
  model?: string;
  apiKey?: string;
  apiBaseUrl?: string;
}

export interface PromoteInputs {
  changelogFile: string;
  contexts?: string;
  labels?: string;
  workingDirectory: string;
  githubToken?: string;
  /** This environment's name (default: its branch). */
  environment?: string;
  /** Environment branches, lowest first. */
  branches: string[];
  nextBranch?: string;
  nextEnvironment?: string;
  nextUrl: string;
  nextUsername?: string;
  nextPassword?: string;
  autoMerge: boolean;
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE';
}

export interface StatusInputs {
  changelogFile: string;
  environments: EnvironmentDatabase[];
  contexts?: string;
  labels?: string;
  workingDirectory: string;
}

export function readDatabaseInputs(r: ActionInputReader): DatabaseInputs {
  return {
    changelogFile: r.required('changelog-file'),
    url: r.secret('url'),
    username: r.optional('username'),
    password: r.secret('password'),
    contexts: r.optional('contexts'),
    labels: r.optional('labels'),
    workingDirectory: r.directory('working-directory'),
  };
}

export function readReportingInputs(r: ActionInputReader): ReportingInputs {
  const comment = r.choice('comment', ['true', 'false', 'auto'] as const);
  return {
    environment: r.optional('environment'),
    githubToken: r.secret('github-token'),
    comment: comment === 'auto' ? 'auto' : comment === 'true',
  };
}

export function readApplyInputs(r: ActionInputReader): ApplyInputs {
  return { ...readDatabaseInputs(r), ...readReportingInputs(r), rollbackOnFailure: r.boolean('rollback-on-failure'), dryRun: r.boolean('dry-run') };
}

export function readPolicyCheckInputs(r: ActionInputReader): PolicyCheckInputs {
  const database = readDatabaseInputs(r);
  const inDirectory = (value: string | undefined) => (value === undefined ? undefined : path.resolve(database.workingDirectory, value));
  const failOn = r.optional('fail-on');
  return {
    ...database,
    ...readReportingInputs(r),
    failOn: failOn === undefined ? undefined : r.choice('fail-on', ['error', 'warning', 'notice', 'never'] as const),
    configFile: inDirectory(r.optional('config-file') ?? 'dbops-policy.yaml')!,
    policiesDirectory: inDirectory(r.optional('policies')),
    sarifFile: inDirectory(r.optional('sarif-file')),
  };
}

export function readRollbackVerifyInputs(r: ActionInputReader): RollbackVerifyInputs {
  return { ...readDatabaseInputs(r), ...readReportingInputs(r) };
}

export function readSnapshotInputs(r: ActionInputReader): SnapshotInputs {
  const database = readDatabaseInputs(r);
  return {
    ...database,
    outputFile: path.resolve(database.workingDirectory, r.optional('output-file') ?? 'dbops-snapshot.json'),
    schemas: r.list('schemas'),
    include: r.list('include'),
    exclude: r.list('exclude'),
  };
}

export function readDiffToChangelogInputs(r: ActionInputReader): DiffToChangelogInputs {
  const database = readDatabaseInputs(r);
  const outputFile = r.optional('output-file');
  return {
    ...database,
    ...readReportingInputs(r),
    referenceUrl: r.secret('reference-url'),
    outputFile: outputFile === undefined ? undefined : path.resolve(database.workingDirectory, outputFile),
    author: r.optional('author') ?? 'dbops',
  };
}

export function readDriftInputs(r: ActionInputReader): DriftInputs {
  return { ...readDatabaseInputs(r), ...readReportingInputs(r), schemas: r.list('schemas'), failOnDrift: r.boolean('fail-on-drift') };
}

export function readAiAuthorInputs(r: ActionInputReader): AiAuthorInputs {
  return {
    ...readDatabaseInputs(r),
    ...readReportingInputs(r),
    allowedPermission: r.choice('allowed-permission', ['admin', 'maintain', 'write', 'triage'] as const),
    allowForks: r.boolean('allow-forks'),
    model: r.optional('model'),
    apiKey: r.secret('api-key'),
    apiBaseUrl: r.optional('api-base-url'),
  };
}

export function readPromoteInputs(r: ActionInputReader): PromoteInputs {
  const branchList = r.required('branches');
  const branches = branchList
    .split(/\s*(?:->|→|,|\n)\s*/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (branches.length < 2 || new Set(branches).size !== branches.length) {
    throw new ConfigurationError(`Input 'branches' must name at least two different branches, lowest first, e.g. "dev -> staging -> main"; got ${JSON.stringify(branchList)}.`);
  }
  const method = r.choice('merge-method', ['merge', 'squash', 'rebase'] as const);
  return {
    changelogFile: r.required('changelog-file'),
    contexts: r.optional('contexts'),
    labels: r.optional('labels'),
    workingDirectory: r.directory('working-directory'),
    githubToken: r.secret('github-token'),
    environment: r.optional('environment'),
    branches,
    nextBranch: r.optional('next-branch'),
    nextEnvironment: r.optional('next-environment'),
    nextUrl: r.requiredSecret('next-url'),
    nextUsername: r.optional('next-username'),
    nextPassword: r.secret('next-password'),
    autoMerge: r.boolean('auto-merge'),
    mergeMethod: method.toUpperCase() as PromoteInputs['mergeMethod'],
  };
}

export function readStatusInputs(r: ActionInputReader): StatusInputs {
  return {
    changelogFile: r.required('changelog-file'),
    environments: parseEnvironments(r.requiredSecretItems('environments'), "Input 'environments'"),
    contexts: r.optional('contexts'),
    labels: r.optional('labels'),
    workingDirectory: r.directory('working-directory'),
  };
}

/** Every action's input reader, by action name: what the manifest test runs. */
export const INPUT_READERS: Record<string, (r: ActionInputReader) => unknown> = {
  apply: readApplyInputs,
  'policy-check': readPolicyCheckInputs,
  'rollback-verify': readRollbackVerifyInputs,
  snapshot: readSnapshotInputs,
  'diff-to-changelog': readDiffToChangelogInputs,
  drift: readDriftInputs,
  'ai-author': readAiAuthorInputs,
  promote: readPromoteInputs,
  status: readStatusInputs,
};

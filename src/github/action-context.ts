/**
 * What an action needs to know about the workflow run, read once from the runner's environment
 * and event file; and the small interface through which the action layer talks back to the
 * runner (outputs, summary, secrets, annotations). Business code receives an `ActionContext`
 * and an `ActionRuntime`; only `core-action-runtime.ts` imports @actions/core.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Annotation } from './annotations.js';
import { formatAnnotation } from './annotations.js';
import { type RepoRef, parseRepo } from './github-client.js';

export interface ActionContext {
  /** `pull_request`, `issue_comment`, `push`, ... */
  eventName: string;
  repo: RepoRef;
  /** The PR for pull_request(_target), pull_request_review(_comment), and issue_comment on a PR. */
  pullRequestNumber?: number;
  sha: string;
  ref: string;
  /** Only for pull_request and pull_request_target. */
  headRef?: string;
  baseRef?: string;
  actor: string;
  runId: string;
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`: where the job summary is. */
  runUrl?: string;
  workspace?: string;
  /** The webhook payload from `GITHUB_EVENT_PATH` (`{}` when there is none). */
  payload: Record<string, unknown>;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Reads the context from `env` (default `process.env`) and the event file. Throws a
 * `ConfigurationError` when the repository is unknown or the event file unreadable.
 *
 * @example
 * ```ts
 * const context = readActionContext();
 * if (context.pullRequestNumber) await upsertPrComment(client, { repo: context.repo, issueNumber: context.pullRequestNumber, ... });
 * ```
 */
export function readActionContext(
  env: Record<string, string | undefined> = process.env,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ActionContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repoName = env.GITHUB_REPOSITORY || stringAt(payload, 'repository', 'full_name');
  if (!repoName) throw new ConfigurationError('GITHUB_REPOSITORY is not set: dbops actions must run in a GitHub Actions workflow');
  let repo: RepoRef;
  try {
    repo = parseRepo(repoName);
  } catch (error) {
    throw new ConfigurationError(`GITHUB_REPOSITORY is ${JSON.stringify(repoName)}, expected owner/name`, { cause: error });
  }

  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  const pullRequestNumber = pullRequestOf(eventName, payload);
  return {
    eventName,
    repo,
    ...(pullRequestNumber !== undefined ? { pullRequestNumber } : {}),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
    ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
    actor: env.GITHUB_ACTOR ?? '',
    runId,
    runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1,
    serverUrl,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, ''),
    ...(runId ? { runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` } : {}),
    ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
    payload,
  };
}

/**
 * The action layer's way back to the runner. `coreActionRuntime()` (core-action-runtime.ts)
 * writes to the runner files through @actions/core; `memoryActionRuntime()` records for tests.
 */
export interface ActionRuntime {
  /** Step output; multi-line values are written with a random delimiter. */
  setOutput(name: string, value: string | number | boolean): void;
  /** Appends Markdown to this step's job summary (`GITHUB_STEP_SUMMARY`). */
  appendSummary(markdown: string): Promise<void>;
  /** `::add-mask::` — register before the value is printed anywhere. */
  setSecret(value: string): void;
  /** Prints the annotation's workflow command. */
  annotate(annotation: Annotation): void;
  /** Marks the step failed (exit code 1) with an error annotation. */
  setFailed(message: string): void;
}

/** An `ActionRuntime` that records everything, for tests of the action layer. */
export function memoryActionRuntime(): ActionRuntime & {
  outputs: Record<string, string>;
  summaries: string[];
  secrets: string[];
  annotations: Annotation[];
  /** The lines the real runtime would print for the annotations. */
  commands: string[];
  failed?: string;
} {
  const runtime = {
    outputs: {} as Record<string, string>,
    summaries: [] as string[],
    secrets: [] as string[],
    annotations: [] as Annotation[],
    commands: [] as string[],
    failed: undefined as string | undefined,
    setOutput(name: string, value: string | number | boolean) {
      runtime.outputs[name] = String(value);
    },
    async appendSummary(markdown: string) {
      runtime.summaries.push(markdown);
    },
    setSecret(value: string) {
      runtime.secrets.push(value);
    },
    annotate(annotation: Annotation) {
      runtime.annotations.push(annotation);
      runtime.commands.push(formatAnnotation(annotation));
    },
    setFailed(message: string) {
      runtime.failed = message;
    },
  };
  return runtime;
}

function readPayload(path: string | undefined, readFile: (path: string) => string): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new ConfigurationError(`Cannot read the event file GITHUB_EVENT_PATH=${path}`, { cause: error });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new ConfigurationError(`The event file ${path} is not JSON`, { cause: error });
  }
}

function pullRequestOf(eventName: string, payload: Record<string, unknown>): number | undefined {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    return numberAt(payload, 'pull_request', 'number') ?? numberAt(payload, 'number');
  }
  if (eventName === 'issue_comment') {
    // A comment on a plain issue is not about a PR; only `issue.pull_request` says it is one.
    const issue = payload.issue as Record<string, unknown> | undefined;
    return issue?.pull_request ? numberAt(payload, 'issue', 'number') : undefined;
  }
  return undefined;
}

function valueAt(root: unknown, ...path: string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function numberAt(root: unknown, ...path: string[]): number | undefined {
  const value = valueAt(root, ...path);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function stringAt(root: unknown, ...path: string[]): string | undefined {
  const value = valueAt(root, ...path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

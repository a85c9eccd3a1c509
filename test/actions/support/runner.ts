/**
 * Runs an action the way the GitHub runner does: inputs as INPUT_* variables (hyphens kept), an
 * event payload file (GITHUB_EVENT_PATH), per-step GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * GITHUB_API_URL pointing at the local fake GitHub server (github.com is out of reach in these
 * tests), and the real @actions/core runtime writing to those files.
 *
 * `runInProcess` calls runAction() in this process (process.env is swapped for the run and
 * stdout is captured); `runBundle` spawns `node <stub>` as the runner does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summary } from '@actions/core';
import { vi } from 'vitest';
import { type RunActionDeps, runAction } from '../../../src/actions/run-action.js';
import { inputVariable } from '../../../src/actions/inputs.js';

export interface RunnerSetup {
  inputs: Record<string, string>;
  /** Default `pull_request` with PR #7 of acme/shop. */
  eventName?: string;
  event?: Record<string, unknown>;
  /** GITHUB_API_URL (the fake server). */
  apiUrl?: string;
  graphqlUrl?: string;
  workspace: string;
  /** More variables (GITHUB_SHA, GITHUB_REF, ...). */
  env?: Record<string, string>;
}

export interface StepResult {
  outputs: Record<string, string>;
  summary: string;
  /** Everything written to stdout: log lines and workflow commands. */
  stdout: string;
  exitCode: number;
  /** The `::error::` messages (setFailed writes one), unescaped. */
  errors: string[];
  /** Lines that are `::error file=…` / `::warning file=…` annotations. */
  annotations: string[];
}

export const REPO = 'acme/shop';

export function pullRequestEvent(number = 7): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { ref: 'feature', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } },
    repository: { full_name: REPO },
  };
}

/** The environment of one step, with fresh runner files in `dir`. */
export function stepEnvironment(setup: RunnerSetup, dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(setup.event ?? pullRequestEvent()));
  const outputPath = path.join(dir, 'output.txt');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: setup.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'alice',
    RUNNER_TEMP: dir,
    ...(setup.apiUrl ? { GITHUB_API_URL: setup.apiUrl } : {}),
    ...(setup.graphqlUrl ? { GITHUB_GRAPHQL_URL: setup.graphqlUrl } : {}),
    ...setup.env,
  };
  for (const [name, value] of Object.entries(setup.inputs)) env[inputVariable(name)] = value;
  return env;
}

/** Reads GITHUB_OUTPUT as the runner does (`name=value` and `name<<DELIM … DELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function result(dir: string, stdout: string, exitCode: number): StepResult {
  const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const lines = stdout.split(/\r?\n/);
  return {
    outputs: parseOutputFile(readFileSync(path.join(dir, 'output.txt'), 'utf8')),
    summary: readFileSync(path.join(dir, 'summary.md'), 'utf8'),
    stdout,
    exitCode,
    errors: lines.filter((l) => l.startsWith('::error::')).map((l) => unescape(l.slice('::error::'.length))),
    annotations: lines.filter((l) => /^::(error|warning|notice) file=/.test(l)),
  };
}

/**
 * runAction() in this process with the real @actions/core runtime. process.env is replaced for
 * the run (core reads GITHUB_OUTPUT and GITHUB_STEP_SUMMARY from it) and restored afterwards.
 */
export async function runInProcess(name: string, setup: RunnerSetup, deps: Omit<RunActionDeps, 'env'> = {}): Promise<StepResult> {
  const dir = mkdtempSync(path.join(tmpdir(), `dbops-step-${name}-`));
  const env = stepEnvironment(setup, dir);
  const saved = process.env;
  const savedExitCode = process.exitCode;
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write);
  process.env = { PATH: saved.PATH, HOME: saved.HOME, ...env };
  process.exitCode = undefined;
  // core.summary is a process-wide singleton that remembers the first GITHUB_STEP_SUMMARY it saw;
  // on a runner every step is a new process, here it is not.
  (summary as unknown as { _filePath?: string })._filePath = undefined;
  try {
    await runAction(name, { ...deps, env: process.env, cwd: setup.workspace });
    return result(dir, stdout, Number(process.exitCode ?? 0));
  } finally {
    spy.mockRestore();
    process.env = saved;
    process.exitCode = savedExitCode;
  }
}

/** `node <script>` in a child process with the step's environment, as the runner runs an action. */
export async function runBundle(script: string, setup: RunnerSetup, options: { cwd: string }): Promise<StepResult & { stderr: string; ms: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dbops-step-bundle-'));
  const env = stepEnvironment(setup, dir);
  const started = Date.now();
  const child = spawn(process.execPath, [script], { cwd: options.cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { ...result(dir, stdout, code), stderr, ms: Date.now() - started };
}

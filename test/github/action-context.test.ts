import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryActionRuntime, readActionContext } from '../../src/github/action-context.js';
import { coreActionRuntime } from '../../src/github/core-action-runtime.js';
import { ConfigurationError } from '../../src/errors.js';

const baseEnv = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: 'abc123',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_ACTOR: 'alice',
  GITHUB_EVENT_PATH: '/event.json',
};

function contextFor(eventName: string, payload: unknown, env: Record<string, string> = {}) {
  return readActionContext({ ...baseEnv, GITHUB_EVENT_NAME: eventName, ...env }, (path) => {
    expect(path).toBe('/event.json');
    return JSON.stringify(payload);
  });
}

describe('readActionContext', () => {
  it('reads repository, run URL and the PR of a pull_request event', () => {
    const context = contextFor('pull_request', { number: 7, pull_request: { number: 7 } }, { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' });
    expect(context).toMatchObject({
      eventName: 'pull_request',
      repo: { owner: 'acme', repo: 'shop' },
      pullRequestNumber: 7,
      headRef: 'feature',
      baseRef: 'main',
      runAttempt: 2,
      runUrl: 'https://github.com/acme/shop/actions/runs/4242',
      graphqlUrl: 'https://api.github.com/graphql',
    });
  });

  it('finds the PR for pull_request_target, and for issue_comment only on a PR', () => {
    expect(contextFor('pull_request_target', { pull_request: { number: 9 } }).pullRequestNumber).toBe(9);
    expect(contextFor('issue_comment', { issue: { number: 11, pull_request: { url: 'x' } } }).pullRequestNumber).toBe(11);
    expect(contextFor('issue_comment', { issue: { number: 12 } }).pullRequestNumber).toBeUndefined();
    expect(contextFor('push', { ref: 'refs/heads/main' }).pullRequestNumber).toBeUndefined();
  });

  it('honours GHES URLs', () => {
    const context = contextFor('push', {}, { GITHUB_SERVER_URL: 'https://ghe.acme.test/', GITHUB_API_URL: 'https://ghe.acme.test/api/v3', GITHUB_GRAPHQL_URL: 'https://ghe.acme.test/api/graphql' });
    expect(context).toMatchObject({
      apiUrl: 'https://ghe.acme.test/api/v3',
      graphqlUrl: 'https://ghe.acme.test/api/graphql',
      runUrl: 'https://ghe.acme.test/acme/shop/actions/runs/4242',
    });
  });

  it('takes the repository from the payload when the variable is missing, and fails clearly without one', () => {
    expect(readActionContext({ GITHUB_EVENT_PATH: '/e' }, () => '{"repository":{"full_name":"o/r"}}').repo).toEqual({ owner: 'o', repo: 'r' });
    expect(() => readActionContext({}, () => '{}')).toThrow(ConfigurationError);
    expect(() => readActionContext({ GITHUB_REPOSITORY: 'nope' })).toThrow(/expected owner\/name/);
    expect(() => readActionContext({ ...baseEnv }, () => 'not json')).toThrow(/is not JSON/);
    expect(() =>
      readActionContext({ ...baseEnv }, () => {
        throw new Error('ENOENT');
      }),
    ).toThrow(/Cannot read the event file/);
  });
});

describe('memoryActionRuntime', () => {
  it('records outputs, summaries, secrets, annotations and failure', async () => {
    const runtime = memoryActionRuntime();
    runtime.setOutput('violations', 3);
    await runtime.appendSummary('## x');
    runtime.setSecret('s');
    runtime.annotate({ level: 'error', message: 'm', file: 'f', line: 1 });
    runtime.setFailed('boom');
    expect(runtime).toMatchObject({ outputs: { violations: '3' }, summaries: ['## x'], secrets: ['s'], commands: ['::error file=f,line=1::m'], failed: 'boom' });
  });
});

describe('coreActionRuntime (runner files through @actions/core)', () => {
  let dir: string;
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dbops-runtime-'));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
  });
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('writes multi-line outputs with a delimiter the value cannot contain', () => {
    const runtime = coreActionRuntime();
    const report = '| rule | file |\nEOF\n| DB001 | a.yaml |';
    runtime.setOutput('report', report);
    runtime.setOutput('violations', 2);
    const text = readFileSync(join(dir, 'output'), 'utf8');
    const match = /^report<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\1\nviolations<<(ghadelimiter_[0-9a-f-]+)\n2\n\3\n$/.exec(text);
    expect(match, text).not.toBeNull();
    expect(match![2]).toBe(report);
  });

  it('appends summaries, redacts everything it writes, masks secrets on stdout', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const runtime = coreActionRuntime({ redact: (t) => t.replaceAll('hunter2', '***'), write: (l) => lines.push(`${l}\n`) });
    await runtime.appendSummary('## one hunter2');
    await runtime.appendSummary('## two');
    runtime.setSecret('hunter2');
    runtime.annotate({ level: 'warning', message: 'uses hunter2', file: 'f.yaml', line: 3 });
    runtime.setOutput('url', 'postgres://app:hunter2@db');
    runtime.setFailed('failed with hunter2');
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toBe('## one ***\n## two\n');
    expect(readFileSync(join(dir, 'output'), 'utf8')).toContain('postgres://app:***@db');
    expect(lines).toContain('::add-mask::hunter2\n');
    expect(lines).toContain('::warning file=f.yaml,line=3::uses ***\n');
    expect(lines).toContain('::error::failed with ***\n');
    expect(process.exitCode).toBe(1);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { ActionInputReader, readApplyInputs, readPromoteInputs, readStatusInputs } from '../../src/actions/inputs.js';

const workspace = '/work/repo';

function reader(action: string, inputs: Record<string, string>, secrets: string[] = []) {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new ActionInputReader(action, { env, workspace, onSecret: (value) => secrets.push(value) });
}

describe('action inputs', () => {
  it('reads INPUT_* with hyphens kept, trims, and applies the manifest defaults when a variable is absent', () => {
    const inputs = readApplyInputs(reader('apply', { 'changelog-file': '  db/changelog.yaml \n', 'working-directory': 'services/shop' }));
    expect(inputs).toEqual({
      changelogFile: 'db/changelog.yaml',
      url: undefined,
      username: undefined,
      password: undefined,
      contexts: undefined,
      labels: undefined,
      workingDirectory: path.resolve(workspace, 'services/shop'),
      environment: undefined,
      githubToken: undefined,
      comment: 'auto',
      rollbackOnFailure: true,
      dryRun: false,
    });
  });

  it('a missing required input is a ConfigurationError naming it', () => {
    expect(() => readApplyInputs(reader('apply', {}))).toThrowError(new ConfigurationError("Input 'changelog-file' is required: add `changelog-file:` under `with:` in the workflow step."));
  });

  it('booleans are true or false, nothing else', () => {
    expect(readApplyInputs(reader('apply', { 'changelog-file': 'c.yaml', 'dry-run': 'TRUE' })).dryRun).toBe(true);
    for (const bad of ['yes', '1', 'on', 'ture']) {
      expect(() => readApplyInputs(reader('apply', { 'changelog-file': 'c.yaml', 'dry-run': bad }))).toThrow(`Input 'dry-run' must be true or false, got "${bad}"`);
    }
    expect(() => readApplyInputs(reader('apply', { 'changelog-file': 'c.yaml', comment: 'maybe' }))).toThrow(ConfigurationError);
  });

  it('masks database URLs, passwords and tokens the moment they are read', () => {
    const secrets: string[] = [];
    readApplyInputs(reader('apply', { 'changelog-file': 'c.yaml', url: 'postgresql://app:pw@db/app', password: 'hunter2', 'github-token': 'ghs_x', username: 'app' }, secrets));
    expect(secrets).toEqual(['postgresql://app:pw@db/app', 'hunter2', 'ghs_x']);
  });

  it('refuses to read an input the action does not declare (a dbops bug, not a configuration error)', () => {
    const r = reader('status', { 'changelog-file': 'c.yaml' });
    expect(() => r.optional('url')).toThrow(/dbops bug: the status action reads input 'url'/);
    expect(() => r.optional('url')).not.toThrow(ConfigurationError);
  });

  it('promote: branches in order, the next-url masked, merge method upper-cased', () => {
    const secrets: string[] = [];
    const inputs = readPromoteInputs(reader('promote', { 'changelog-file': 'c.yaml', branches: 'dev → staging -> main', 'next-url': 'postgresql://s@db/staging', 'merge-method': 'Squash' }, secrets));
    expect(inputs.branches).toEqual(['dev', 'staging', 'main']);
    expect(inputs.mergeMethod).toBe('SQUASH');
    expect(secrets).toEqual(['postgresql://s@db/staging']);
    expect(() => readPromoteInputs(reader('promote', { 'changelog-file': 'c.yaml', branches: 'dev', 'next-url': 'x' }))).toThrow(/Input 'branches' must name at least two different branches/);
    expect(() => readPromoteInputs(reader('promote', { 'changelog-file': 'c.yaml' }))).toThrow(/Input 'next-url' is required/);
  });

  it('status: name=url per line or comma, each url masked', () => {
    const secrets: string[] = [];
    const inputs = readStatusInputs(reader('status', { 'changelog-file': 'c.yaml', environments: 'dev=postgresql://d@h/dev\n\n staging = postgresql://s@h/staging , prod=postgresql://p@h/prod' }, secrets));
    expect(inputs.environments).toEqual([
      { name: 'dev', url: 'postgresql://d@h/dev' },
      { name: 'staging', url: 'postgresql://s@h/staging' },
      { name: 'prod', url: 'postgresql://p@h/prod' },
    ]);
    expect(secrets).toEqual(['postgresql://d@h/dev', 'postgresql://s@h/staging', 'postgresql://p@h/prod']);
    expect(() => readStatusInputs(reader('status', { 'changelog-file': 'c.yaml', environments: 'dev=\nprod=postgresql://p@h/prod' }))).toThrow("Input 'environments': environment 'dev' has no URL (is its secret set?).");
    expect(() => readStatusInputs(reader('status', { 'changelog-file': 'c.yaml', environments: 'postgresql://h/dev' }))).toThrow(/each item is name=url/);
    expect(() => readStatusInputs(reader('status', { 'changelog-file': 'c.yaml', environments: 'a=x\na=y' }))).toThrow(/listed twice/);
  });
});

/**
 * The action.yml files are generated from src/actions/action-manifest.ts and must match it; the
 * inputs each action's code reads must be exactly the inputs its action.yml declares.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ACTIONS, INPUTS, ROOT_ACTION, actionSpec } from '../../src/actions/action-manifest.js';
import { actionMainPath, actionYmlPath, renderActionYml } from '../../src/actions/action-yml.js';
import { ActionInputReader, INPUT_READERS, inputVariable } from '../../src/actions/inputs.js';
import { ACTION_NAMES } from '../../src/actions/run-action.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A value every input accepts. */
const VALID: Record<string, string> = {
  'changelog-file': 'db/changelog.yaml',
  comment: 'auto',
  'fail-on': 'error',
  'allowed-permission': 'write',
  branches: 'dev -> staging -> main',
  'merge-method': 'squash',
  environments: 'dev=postgresql://a@h/dev\nstaging=postgresql://a@h/staging',
  command: 'apply',
};
const BOOLEAN = new Set(['rollback-on-failure', 'dry-run', 'fail-on-drift', 'allow-forks', 'auto-merge']);

function fullEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of Object.keys(INPUTS)) env[inputVariable(name)] = VALID[name] ?? (BOOLEAN.has(name) ? 'false' : `value-of-${name}`);
  return env;
}

describe('action manifest', () => {
  it.each([...ACTIONS, ROOT_ACTION].map((spec) => [actionYmlPath(spec), spec] as const))('%s is generated from the manifest', (file, spec) => {
    const committed = readFileSync(path.join(root, file), 'utf8');
    expect(committed, 'run node scripts/generate-action-yml.mjs').toBe(renderActionYml(spec));
  });

  it('has one folder per action under actions/, holding only its action.yml', () => {
    const folders = readdirSync(path.join(root, 'actions')).sort();
    expect(folders).toEqual(ACTIONS.map((a) => a.name).sort());
    for (const folder of folders) expect(readdirSync(path.join(root, 'actions', folder))).toEqual(['action.yml']);
  });

  it('declares node24, the stub of the shared bundle, and every input with a description', () => {
    for (const spec of [...ACTIONS, ROOT_ACTION]) {
      const yml = parseYaml(readFileSync(path.join(root, actionYmlPath(spec)), 'utf8'));
      expect(yml.runs).toEqual({ using: 'node24', main: actionMainPath(spec) });
      expect(path.resolve(path.dirname(path.join(root, actionYmlPath(spec))), yml.runs.main)).toBe(path.join(root, 'dist', 'actions', `${spec.name}.js`));
      expect(Object.keys(yml.inputs)).toEqual([...spec.inputs]);
      for (const [name, input] of Object.entries<{ description: string; required: boolean; default?: string }>(yml.inputs)) {
        expect(input.description.length, name).toBeGreaterThan(10);
        expect(input.required || input.default !== undefined, `${spec.name}.${name} has neither required nor a default`).toBe(true);
      }
      expect(Object.keys(yml.outputs)).toEqual(Object.keys(spec.outputs));
      expect(yml.branding.icon).toBeTruthy();
    }
    expect(parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')).inputs.command.required).toBe(true);
  });

  it('the build writes a stub for every action and the root action', () => {
    const build = readFileSync(path.join(root, 'scripts', 'build-dist.mjs'), 'utf8');
    const listed = JSON.parse(/export const ACTIONS = (\[[^\]]*\])/.exec(build)![1]!.replace(/'/g, '"'));
    expect([...listed].sort()).toEqual([...ACTIONS.map((a) => a.name), ROOT_ACTION.name].sort());
    expect([...ACTION_NAMES].sort()).toEqual(ACTIONS.map((a) => a.name).sort());
  });

  it.each(ACTIONS.map((a) => [a.name]))('%s reads exactly the inputs its action.yml declares', (name) => {
    const reader = new ActionInputReader(name, { env: fullEnv(), workspace: root });
    INPUT_READERS[name]!(reader);
    expect([...reader.names].sort()).toEqual([...actionSpec(name)!.inputs].sort());
  });

  it('the root action declares the union of every input and output', () => {
    expect(new Set(ROOT_ACTION.inputs)).toEqual(new Set(['command', ...ACTIONS.flatMap((a) => a.inputs)]));
    for (const a of ACTIONS) for (const output of Object.keys(a.outputs)) expect(ROOT_ACTION.outputs).toHaveProperty(output);
  });

  it('the committed dist stubs, when present, point at the shared bundle', () => {
    for (const spec of [...ACTIONS, ROOT_ACTION]) {
      const stub = path.join(root, 'dist', 'actions', `${spec.name}.js`);
      if (!existsSync(stub)) continue;
      expect(readFileSync(stub, 'utf8')).toContain(`await runAction(${JSON.stringify(spec.name)});`);
    }
  });
});

/** The example workflows use only actions that exist, with inputs those actions declare. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { INPUTS, type InputSpec, actionSpec } from '../../src/actions/action-manifest.js';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'workflows');
const files = readdirSync(folder).filter((f) => f.endsWith('.yml'));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('example workflows', () => {
  it('cover PR checks, deploy, promotion, drift and /author', () => {
    expect(files.sort()).toEqual(['author.yml', 'deploy.yml', 'drift.yml', 'pr-checks.yml', 'promote.yml']);
  });

  it.each(files)('%s: dbops steps name real actions, declared inputs, and every required input', (file) => {
    const workflow = parseYaml(readFileSync(path.join(folder, file), 'utf8'));
    expect(workflow.permissions, 'permissions: {} at the top, granted per job').toEqual({});
    let dbopsSteps = 0;
    for (const job of Object.values<{ steps: Step[]; permissions?: unknown }>(workflow.jobs)) {
      expect(job.permissions, `${file}: every job states its permissions`).toBeDefined();
      for (const step of job.steps) {
        const match = /^OWNER\/dbops\/([a-z-]+)@v1$/.exec(step.uses ?? '');
        if (!match) continue;
        dbopsSteps++;
        const spec = actionSpec(match[1]!);
        expect(spec, `${file}: ${step.uses}`).toBeDefined();
        for (const input of Object.keys(step.with ?? {})) expect(spec!.inputs, `${file}: ${step.uses} has no input ${input}`).toContain(input);
        for (const input of spec!.inputs) {
          const declared: InputSpec = INPUTS[input];
          if (declared.required) expect(step.with, `${file}: ${step.uses} needs ${input}`).toHaveProperty(input);
        }
      }
    }
    expect(dbopsSteps).toBeGreaterThan(0);
  });

  it('never puts the /author comment text into a script', () => {
    const text = readFileSync(path.join(folder, 'author.yml'), 'utf8');
    expect(text).not.toMatch(/run:.*\$\{\{\s*github\.event\.comment/);
    expect(text).toContain('types: [created]');
  });
});

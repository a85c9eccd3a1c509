import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { failsCheck, loadPolicyConfig, parsePolicyConfig, resolvePolicyConfig } from '../../../src/policy/policy-config.js';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);
const dropAndIndex = () => changeSet('DROP TABLE audit_log;\nCREATE INDEX idx_person_email ON person (email);');

describe('dbops-policy.yaml', () => {
  test('disable a rule by code, by name, or a whole family', async () => {
    expect(of('DB101')(await check(dropAndIndex(), 'rules:\n  DB101: off\n'))).toEqual([]);
    expect(of('DB101')(await check(dropAndIndex(), 'rules:\n  drop-table: { enabled: false }\n'))).toEqual([]);
    const findings = await check(dropAndIndex(), 'rules:\n  locking: off\n');
    expect(findings.filter((f) => f.rule.startsWith('DB4'))).toEqual([]);
    expect(of('DB101')(findings)).toHaveLength(1);
  });

  test('severity overrides: family first, then the rule', async () => {
    const findings = await check(dropAndIndex(), 'rules:\n  locking: error\n  DB411: notice\n');
    expect(of('DB401')(findings)[0]?.severity).toBe('error');
    expect(of('DB411')(findings)[0]?.severity).toBe('notice');
  });

  test('per environment: destructive is an error in production, a warning in dev', async () => {
    const yaml = 'environments:\n  dev:\n    rules:\n      destructive: warning\n  production:\n    failOn: warning\n';
    const dev = await check(dropAndIndex(), yaml, 'dev');
    const production = await check(dropAndIndex(), yaml, 'production');
    const unknownEnv = await check(dropAndIndex(), yaml, 'staging');
    expect(of('DB101')(dev)[0]?.severity).toBe('warning');
    expect(of('DB101')(production)[0]?.severity).toBe('error');
    expect(of('DB101')(unknownEnv)[0]?.severity).toBe('error');
    const config = await parsePolicyConfig(yaml);
    expect(failsCheck(dev, resolvePolicyConfig(config, 'dev').failOn)).toBe(false);
    expect(resolvePolicyConfig(config, 'production').failOn).toBe('warning');
  });

  test('an environment rule setting wins over the top-level one', async () => {
    const yaml = 'rules:\n  DB401: off\nenvironments:\n  production:\n    rules:\n      DB401: { enabled: true, severity: error }\n';
    expect(of('DB401')(await check(dropAndIndex(), yaml))).toEqual([]);
    expect(of('DB401')(await check(dropAndIndex(), yaml, 'production'))[0]?.severity).toBe('error');
  });

  test('a family severity does not switch on opt-in rules', async () => {
    expect(of('DB703')(await check(changeSet('SELECT 1;'), 'rules:\n  hygiene: error\n'))).toEqual([]);
  });

  test('failing level', () => {
    const warning: Finding = { rule: 'DB401', severity: 'warning', message: 'm', source: 'builtin' };
    const suppressedError: Finding = { rule: 'DB101', severity: 'error', message: 'm', source: 'builtin', suppressed: { reason: 'r' } };
    expect(failsCheck([warning, suppressedError], 'error')).toBe(false);
    expect(failsCheck([warning], 'warning')).toBe(true);
    expect(failsCheck([warning], 'notice')).toBe(true);
    expect(failsCheck([{ ...warning, severity: 'error' }], 'never')).toBe(false);
  });

  test.each([
    ['rules:\n  DB999: off\n', 'test.yaml: rules.DB999: unknown rule or family'],
    ['rules:\n  DB101: loud\n', 'test.yaml: rules.DB101: must be on, off, a severity'],
    ['rules:\n  DB101: { severity: fatal }\n', 'test.yaml: rules.DB101.severity: must be one of error, warning, notice'],
    ['rules:\n  DB603: { options: { colour: red } }\n', 'test.yaml: rules.DB603.options.colour: unknown option of DB603 (known: pattern, uniquePattern)'],
    ['rules:\n  DB603: { options: { pattern: "idx_<tabel>" } }\n', 'unknown placeholder <tabel>'],
    ['rules:\n  DB603: { options: { pattern: "^idx_(" } }\n', 'invalid naming pattern'],
    ['rules:\n  DB501: { options: { columns: some } }\n', 'must be one of ids, all'],
    ['rules:\n  locking: { options: {} }\n', 'options belong to a rule, not to a family'],
    ['failOn: sometimes\n', 'test.yaml: failOn: must be one of error, warning, notice, never'],
    ['rulez: {}\n', 'test.yaml: rulez: unknown key'],
    ['environments:\n  prod:\n    rulez: {}\n', 'environments.prod.rulez: unknown key'],
    ['rules: [1, 2]\n', 'rules: must be a mapping'],
    ['rules: {\n', 'invalid YAML'],
  ])('rejects %j', async (yaml, message) => {
    const error = await parsePolicyConfig(yaml, 'test.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(message);
  });

  test('an empty file and a missing file mean the defaults', async () => {
    expect(resolvePolicyConfig(await parsePolicyConfig('')).failOn).toBe('error');
    expect(await loadPolicyConfig('/nonexistent/dbops-policy.yaml')).toBeUndefined();
  });

  test('the rego section is passed through for the Rego evaluator', async () => {
    const config = await parsePolicyConfig('rego:\n  policies: [policies/]\n');
    expect(config.rego).toEqual({ policies: ['policies/'] });
  });

  test('loadPolicyConfig reads through the given reader and names the file in errors', async () => {
    const read = async () => 'rules:\n  DB101: nope\n';
    await expect(loadPolicyConfig('repo/dbops-policy.yaml', read)).rejects.toThrow('repo/dbops-policy.yaml: rules.DB101');
  });
});

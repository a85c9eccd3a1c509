import { expect, test } from 'vitest';
import { failsCheck, resolvePolicyConfig } from '../../../src/policy/policy-config.js';
import { BUILTIN_RULES } from '../../../src/policy/rules/catalog.js';
import { changeSet, check } from '../support/policy-input-builder.js';

const failOn = resolvePolicyConfig().failOn;

test('a plain DROP TABLE is an error and fails the check out of the box', async () => {
  const findings = await check(changeSet('DROP TABLE person;', { changeTypes: ['dropTable'], hasRollback: false }));
  expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['DB701', 'DB101']);
  expect(failsCheck(findings, failOn)).toBe(true);
});

test('a new table with a primary key and a well-named index passes with no error', async () => {
  const findings = await check(
    changeSet(
      'CREATE TABLE person (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, job_title text, created_at timestamptz NOT NULL DEFAULT now());\n' +
        'CREATE INDEX idx_person_job_title ON person (job_title);',
      { changeTypes: ['createTable', 'createIndex'] },
    ),
  );
  expect(findings).toEqual([]);
  expect(failsCheck(findings, failOn)).toBe(false);
});

test('a statement the parser rejects is an error, at its changeset and line', async () => {
  const findings = await check(changeSet('SELECT 1;\nALTER TABLE person ADD COLUMN;', { id: 'broken', line: 7 }));
  expect(findings).toMatchObject([
    { rule: 'DB001', source: 'parser', severity: 'error', line: 9, changeSet: { id: 'broken' }, statement: 'ALTER TABLE person ADD COLUMN' },
  ]);
});

test('default levels: destructive, irreversible and parser findings are errors, everything else a warning', () => {
  for (const rule of BUILTIN_RULES) {
    const error = rule.family === 'destructive' || rule.code === 'DB701' || rule.code === 'DB001';
    expect([rule.code, rule.defaultSeverity]).toEqual([rule.code, error ? 'error' : 'warning']);
  }
});

import { describe, expect, test } from 'vitest';
import { BUILTIN_RULES } from '../../../src/policy/rules/catalog.js';
import { runExample } from '../support/rule-example.js';

// Every rule documents a statement (or changeset) that triggers it and a near miss that does not;
// docs/rules/<code>.md shows the same examples.
describe.each(BUILTIN_RULES.map((rule) => [rule.code, rule] as const))('%s', (_code, rule) => {
  test(`${rule.name}: the documented example triggers it`, async () => {
    const findings = await runExample(rule, rule.examples.triggers);
    const own = findings.filter((f) => f.rule === rule.code);
    expect(own.length, JSON.stringify(findings, null, 1)).toBeGreaterThan(0);
    for (const f of own) {
      expect(f.severity).toBe(rule.defaultSeverity);
      expect(f.message).toMatch(/\.$/);
      expect(f.hint).toBeTruthy();
    }
  });
  test(`${rule.name}: the documented near miss does not`, async () => {
    const findings = await runExample(rule, rule.examples.nearMiss);
    expect(findings.filter((f) => f.rule === rule.code)).toEqual([]);
  });
});

test('codes and names are unique and well formed', () => {
  const codes = BUILTIN_RULES.map((r) => r.code);
  const names = BUILTIN_RULES.map((r) => r.name);
  expect(new Set(codes).size).toBe(codes.length);
  expect(new Set(names).size).toBe(names.length);
  for (const rule of BUILTIN_RULES) {
    expect(rule.code).toMatch(/^DB\d{3}$/);
    expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  }
});

import type { Finding } from '../../../src/report/model.js';
import { resolvePolicyConfig, validatePolicyConfig } from '../../../src/policy/policy-config.js';
import type { Rule, RuleExample } from '../../../src/policy/rule.js';
import { runBuiltinRules } from '../../../src/policy/run-rules.js';
import { changeSet, policyInput } from './policy-input-builder.js';

/** Runs a documented rule example: the rule enabled (opt-in rules too) with the example's options. */
export async function runExample(rule: Rule, example: RuleExample): Promise<Finding[]> {
  const config = resolvePolicyConfig(
    validatePolicyConfig({ rules: { [rule.code]: { enabled: true, ...(example.options ? { options: example.options } : {}) } } }, 'example'),
  );
  const cs = changeSet(example.sql, {
    ...(example.changeSet?.author !== undefined ? { author: example.changeSet.author } : {}),
    ...(example.changeSet?.comment !== undefined ? { comment: example.changeSet.comment } : {}),
    ...(example.changeSet?.hasRollback !== undefined ? { hasRollback: example.changeSet.hasRollback } : {}),
    ...(example.changeSet?.runInTransaction !== undefined ? { runInTransaction: example.changeSet.runInTransaction } : {}),
    ...(example.changeSet?.changeTypes !== undefined ? { changeTypes: example.changeSet.changeTypes } : {}),
  });
  return runBuiltinRules(policyInput([cs]), config);
}

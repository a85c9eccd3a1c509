import type { Rule } from '../rule.js';

/** Findings of this rule come from reading `dbops:ignore` directives, not from a visitor. */
export const invalidSuppression: Rule = {
  code: 'DB002',
  name: 'invalid-suppression',
  family: 'parser',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A `dbops:ignore` directive without a reason, or naming an unknown rule.',
  hint: 'Write `dbops:ignore <rule>[, <rule>] reason: <why>`.',
  why:
    'A suppression is a decision someone must be able to review: it is shown in the report with its reason. A ' +
    'directive without a reason does not suppress anything, and one naming an unknown rule (a typo) would hide nothing.',
  fix: 'Add `reason: …` after the rule list, and check the rule codes or names against docs/rules/README.md.',
  examples: {
    triggers: { sql: '-- dbops:ignore DB101\nDROP TABLE person;' },
    nearMiss: { sql: '-- dbops:ignore DB101 reason: replaced by people, emptied in release 41\nDROP TABLE person;' },
  },
  peers: { squawk: ['unused-ignore'], bytebase: [], atlas: [] },
  kinds: [],
  create: () => ({}),
};

import type { Rule } from '../rule.js';

export const missingComment: Rule = {
  code: 'DB703',
  name: 'missing-comment',
  family: 'hygiene',
  defaultSeverity: 'warning',
  enabledByDefault: false,
  summary: 'A changeset without a comment (opt-in).',
  hint: 'Add a <comment> (formatted SQL: --comment:) saying why the change is made.',
  why: 'The SQL says what changes; only a comment says why, and the PR that added it is not always at hand when the change is questioned.',
  fix: 'Add `<comment>` (YAML `comment:`, formatted SQL `--comment: …`). Enable this rule with `DB703: on` in dbops-policy.yaml.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { comment: '' } },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { comment: 'Nicknames for the new profile page (PROJ-42)' } },
  },
  peers: { squawk: [], bytebase: ['TABLE_COMMENT', 'COLUMN_COMMENT'], atlas: [] },
  kinds: [],
  create: () => ({
    changeSetEnd(ctx) {
      if (ctx.changeSet.changeSet.comment?.trim()) return;
      ctx.report({ message: `Changeset ${ctx.changeSet.changeSet.ref.id} has no comment.` });
    },
  }),
};

import type { Rule } from '../rule.js';

export const irreversibleWithoutRollback: Rule = {
  code: 'DB701',
  name: 'irreversible-without-rollback',
  family: 'hygiene',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'A changeset that cannot be rolled back automatically and has no rollback block.',
  hint: 'Add a <rollback> block (formatted SQL: --rollback lines), or an empty one if it truly cannot be undone.',
  why:
    'Liquibase (and dbops) invert changes such as createTable or addColumn automatically, but not raw SQL, ' +
    'dropTable, dropColumn, delete or update. Without a rollback block, `rollback` stops at this changeset, and ' +
    'rollback-verify cannot check it.',
  fix:
    'Write the inverse in `<rollback>` (YAML `rollback:`, formatted SQL `--rollback …`). If nothing can undo it, ' +
    'say so with an empty `<rollback/>` (`--rollback empty`) so the decision is explicit.',
  examples: {
    triggers: { sql: "UPDATE person SET country_code = 'NL' WHERE country_code IS NULL;", changeSet: { hasRollback: false, changeTypes: ['sql'] } },
    nearMiss: {
      sql: 'ALTER TABLE person ADD COLUMN nickname text;',
      changeSet: { hasRollback: true, changeTypes: ['addColumn'] },
      note: 'addColumn is rolled back automatically (dropColumn).',
    },
  },
  peers: { squawk: [], bytebase: ['BUILTIN_PRIOR_BACKUP_CHECK'], atlas: [] },
  kinds: [],
  create: () => ({
    changeSetEnd(ctx) {
      const cs = ctx.changeSet.changeSet;
      if (cs.hasRollback || (!cs.statements.length && !cs.changeTypes.length)) return;
      const types = cs.changeTypes.length ? ` (${[...new Set(cs.changeTypes)].join(', ')})` : '';
      ctx.report({ message: `Changeset ${cs.ref.id}${types} cannot be rolled back automatically and has no rollback block.` });
    },
  }),
};

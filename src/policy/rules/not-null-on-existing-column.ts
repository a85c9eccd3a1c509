import { alterCommands, formatRelation, keyNames, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const notNullOnExistingColumn: Rule = {
  code: 'DB302',
  name: 'not-null-on-existing-column',
  family: 'data-dependent',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'SET NOT NULL on a column of a table that exists before the changesets run.',
  hint: 'Backfill the NULLs in an earlier changeset, and validate a CHECK (col IS NOT NULL) before SET NOT NULL.',
  why:
    'The statement fails if any row holds NULL in the column, which depends on each environment\'s data: it passes ' +
    'in development and fails in production.',
  fix:
    'Backfill (`UPDATE … SET col = … WHERE col IS NULL`) in an earlier changeset, add `CHECK (col IS NOT NULL) NOT ' +
    'VALID`, `VALIDATE CONSTRAINT` it, then `SET NOT NULL`. With the validated check in the same set, this rule stays silent.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ALTER COLUMN email SET NOT NULL;' },
    nearMiss: {
      sql:
        'ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;\n' +
        'ALTER TABLE person VALIDATE CONSTRAINT ck_person_email_nn;\n' +
        'ALTER TABLE person ALTER COLUMN email SET NOT NULL;',
      changeSet: { runInTransaction: false },
      note: 'A validated NOT NULL check proves there are no NULLs.',
    },
  },
  peers: { squawk: [], bytebase: ['STATEMENT_DISALLOW_ADD_NOT_NULL'], atlas: ['MF104'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const columns: string[] = [];
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype === 'AT_SetNotNull' && cmd.name) columns.push(cmd.name);
        const con = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : undefined;
        if (con?.contype === 'CONSTR_NOTNULL') columns.push(...keyNames(con.keys));
      }
      if (!columns.length) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      const unproven = columns.filter((c) => !ctx.timeline.hasValidatedNotNullCheck(table, c));
      if (unproven.length < columns.length) ctx.exempt('validated-not-null-check');
      if (!unproven.length) return;
      ctx.report({
        message: `SET NOT NULL on ${unproven.map((c) => `${formatRelation(table)}.${c}`).join(', ')} fails if existing rows hold NULL.`,
      });
    },
  }),
};

import { alterCommands, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const checkWithoutNotValid: Rule = {
  code: 'DB404',
  name: 'check-without-not-valid',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A CHECK constraint added to an existing table without NOT VALID (or validated in the same transaction).',
  hint: 'Add the check NOT VALID, then VALIDATE CONSTRAINT in a later changeset.',
  why:
    'Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it ' +
    'ends. Validating in the same transaction as the NOT VALID add keeps that lock for the scan.',
  fix: '`ADD CONSTRAINT … CHECK (…) NOT VALID`, then `VALIDATE CONSTRAINT …` in a separate changeset (SHARE UPDATE EXCLUSIVE lock only).',
  examples: {
    triggers: { sql: 'ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0);' },
    nearMiss: { sql: 'ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0) NOT VALID;' },
  },
  peers: { squawk: ['constraint-missing-not-valid'], bytebase: ['STATEMENT_ADD_CHECK_NOT_VALID', 'SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG305'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const con = nodeAs(cmd.def, 'Constraint');
          if (con?.contype !== 'CONSTR_CHECK') continue;
          if (con.skip_validation) {
            if (!con.is_enforced) ctx.exempt('not-enforced');
            continue;
          }
          if (ctx.timeline.isNewTable(table)) {
            ctx.exempt('created-in-set');
            continue;
          }
          ctx.report({
            message: `CHECK constraint ${con.conname ? `${con.conname} ` : ''}on existing table ${formatRelation(table)} scans every row while blocking reads and writes.`,
          });
        } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
          const sameTransaction = ctx.changeSet.changeSet.runInTransaction || ctx.timeline.inTransactionBlock;
          if (ctx.timeline.notValidConstraintInChangeSet(cmd.name) !== 'check') continue;
          if (!sameTransaction) {
            ctx.exempt('validated-outside-transaction');
            continue;
          }
          ctx.report({
            message: `CHECK constraint ${cmd.name} is validated in the same transaction that added it NOT VALID, so the lock is held for the whole scan anyway.`,
            hint: 'Move VALIDATE CONSTRAINT to a later changeset.',
          });
        }
      }
    },
  }),
};

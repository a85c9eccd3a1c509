import { alterCommands, columnConstraints, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const foreignKeyWithoutNotValid: Rule = {
  code: 'DB403',
  name: 'foreign-key-without-not-valid',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A foreign key added to an existing table without NOT VALID (or validated in the same transaction).',
  hint: 'Add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a later changeset.',
  why:
    'Adding a foreign key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both tables: writes ' +
    'to either table wait for the whole scan. Validating in the same transaction as the NOT VALID add keeps that lock.',
  fix:
    '`ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY … NOT VALID` (brief lock, new rows checked), then in a separate ' +
    'changeset `ALTER TABLE … VALIDATE CONSTRAINT …` (scans under a lock that lets writes through).',
  examples: {
    triggers: { sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id);' },
    nearMiss: {
      sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
    },
  },
  peers: {
    squawk: ['adding-foreign-key-constraint', 'constraint-missing-not-valid'],
    bytebase: ['STATEMENT_ADD_FOREIGN_KEY_NOT_VALID', 'SCHEMA_BACKWARD_COMPATIBILITY'],
    atlas: ['PG306'],
  },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const isNew = ctx.timeline.isNewTable(table);
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype === 'AT_AddConstraint') {
          const con = nodeAs(cmd.def, 'Constraint');
          if (con?.contype !== 'CONSTR_FOREIGN') continue;
          if (con.skip_validation) {
            if (!con.is_enforced) ctx.exempt('not-enforced');
            continue;
          }
          if (isNew) {
            ctx.exempt('created-in-set');
            continue;
          }
          ctx.report({
            message: `Foreign key ${con.conname ? `${con.conname} ` : ''}on existing table ${formatRelation(table)} checks every row while blocking writes to both tables.`,
          });
        } else if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          if (!col || !columnConstraints(col).some((c) => c.contype === 'CONSTR_FOREIGN' && !c.skip_validation)) continue;
          if (isNew) {
            ctx.exempt('created-in-set');
            continue;
          }
          ctx.report({
            message: `Column ${col.colname ?? '?'} added with REFERENCES to existing table ${formatRelation(table)} locks both tables against writes while the key is set up.`,
          });
        } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
          const sameTransaction = ctx.changeSet.changeSet.runInTransaction || ctx.timeline.inTransactionBlock;
          if (ctx.timeline.notValidConstraintInChangeSet(cmd.name) !== 'foreign key') continue;
          if (!sameTransaction) {
            ctx.exempt('validated-outside-transaction');
            continue;
          }
          ctx.report({
            message: `Foreign key ${cmd.name} is validated in the same transaction that added it NOT VALID, so the lock is held for the whole scan anyway.`,
            hint: 'Move VALIDATE CONSTRAINT to a later changeset.',
          });
        }
      }
    },
  }),
};

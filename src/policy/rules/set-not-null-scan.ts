import { alterCommands, formatRelation, keyNames, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const setNotNullScan: Rule = {
  code: 'DB405',
  name: 'set-not-null-scan',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL) to skip the scan.',
  hint: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in another changeset, then SET NOT NULL.',
  why:
    'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock to prove there is no NULL: reads and writes ' +
    'wait for the scan. Since PostgreSQL 12 a validated `CHECK (col IS NOT NULL)` lets it skip the scan.',
  fix:
    'Changeset 1: `ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID`. Changeset 2: `VALIDATE CONSTRAINT …`. ' +
    'Changeset 3: `ALTER COLUMN col SET NOT NULL` (instant) and, optionally, drop the check.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ALTER COLUMN email SET NOT NULL;' },
    nearMiss: {
      sql:
        'ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;\n' +
        'ALTER TABLE person VALIDATE CONSTRAINT ck_person_email_nn;\n' +
        'ALTER TABLE person ALTER COLUMN email SET NOT NULL;',
      changeSet: { runInTransaction: false },
      note: 'The validated check makes SET NOT NULL skip the scan.',
    },
  },
  peers: { squawk: ['adding-not-nullable-field', 'constraint-missing-not-valid'], bytebase: ['STATEMENT_DISALLOW_ADD_NOT_NULL'], atlas: ['PG303'] },
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
      const scanned = columns.filter((c) => !ctx.timeline.hasValidatedNotNullCheck(table, c));
      if (scanned.length < columns.length) ctx.exempt('validated-not-null-check');
      if (!scanned.length) return;
      ctx.report({
        message: `SET NOT NULL on ${scanned.map((c) => `${formatRelation(table)}.${c}`).join(', ')} scans the table while blocking reads and writes.`,
      });
    },
  }),
};

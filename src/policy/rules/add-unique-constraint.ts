import { alterCommands, columnConstraints, formatRelation, nodeAs, relationName, usesExistingIndex } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const addUniqueConstraint: Rule = {
  code: 'DB409',
  name: 'add-unique-constraint',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A UNIQUE (or EXCLUDE) constraint added to an existing table by building its index under the ALTER TABLE lock.',
  hint: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … UNIQUE USING INDEX.',
  why:
    'ADD CONSTRAINT … UNIQUE (and … EXCLUDE) builds its index while holding an ACCESS EXCLUSIVE lock: no reads or ' +
    'writes until it ends. A unique constraint can take over an index built CONCURRENTLY; an exclusion constraint cannot.',
  fix:
    '`CREATE UNIQUE INDEX CONCURRENTLY uk_x ON t (col)` in a non-transactional changeset, then `ALTER TABLE t ADD ' +
    'CONSTRAINT uk_x UNIQUE USING INDEX uk_x`. For an exclusion constraint, add it while the table is small or in a maintenance window.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE (email);' },
    nearMiss: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE USING INDEX uk_person_email;' },
  },
  peers: { squawk: ['disallowed-unique-constraint', 'constraint-missing-not-valid'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG105', 'PG109'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        const con = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : undefined;
        const col = cmd.subtype === 'AT_AddColumn' ? nodeAs(cmd.def, 'ColumnDef') : undefined;
        const adds =
          (con?.contype === 'CONSTR_UNIQUE' && !usesExistingIndex(con)) ||
          con?.contype === 'CONSTR_EXCLUSION' ||
          (col !== undefined && columnConstraints(col).some((c) => c.contype === 'CONSTR_UNIQUE'));
        if (!adds) continue;
        if (ctx.timeline.isNewTable(table)) {
          ctx.exempt('created-in-set');
          continue;
        }
        const kind = con?.contype === 'CONSTR_EXCLUSION' ? 'an EXCLUDE' : 'a UNIQUE';
        ctx.report({ message: `Adding ${kind} constraint to existing table ${formatRelation(table)} builds its index while blocking reads and writes.` });
      }
    },
  }),
};

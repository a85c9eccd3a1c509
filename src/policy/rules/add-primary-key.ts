import { alterCommands, columnConstraints, formatRelation, nodeAs, relationName, usesExistingIndex } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const addPrimaryKey: Rule = {
  code: 'DB408',
  name: 'add-primary-key',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A primary key added to an existing table by building its index under the ALTER TABLE lock.',
  hint: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD PRIMARY KEY USING INDEX.',
  why:
    'ADD PRIMARY KEY builds a unique index (and checks for NULLs) while holding an ACCESS EXCLUSIVE lock: the ' +
    'table is unavailable until the build ends.',
  fix:
    '`CREATE UNIQUE INDEX CONCURRENTLY pk_idx ON t (id)` in a non-transactional changeset, then ' +
    '`ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY USING INDEX pk_idx` (instant).',
  examples: {
    triggers: { sql: 'ALTER TABLE legacy_item ADD PRIMARY KEY (id);' },
    nearMiss: { sql: 'ALTER TABLE legacy_item ADD CONSTRAINT pk_legacy_item PRIMARY KEY USING INDEX uk_legacy_item_id;' },
  },
  peers: { squawk: ['adding-serial-primary-key-field', 'constraint-missing-not-valid'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG104', 'PG312'] },
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
          (con?.contype === 'CONSTR_PRIMARY' && !usesExistingIndex(con)) ||
          (col !== undefined && columnConstraints(col).some((c) => c.contype === 'CONSTR_PRIMARY'));
        if (!adds) continue;
        if (ctx.timeline.isNewTable(table)) {
          ctx.exempt('created-in-set');
          continue;
        }
        ctx.report({ message: `Adding a primary key to existing table ${formatRelation(table)} builds its index while blocking reads and writes.` });
      }
    },
  }),
};

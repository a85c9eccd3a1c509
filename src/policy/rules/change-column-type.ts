import { alterCommands, columnType, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const changeColumnType: Rule = {
  code: 'DB204',
  name: 'change-column-type',
  family: 'backward-incompatible',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'ALTER COLUMN … TYPE on a table that exists before the changesets run.',
  hint: 'Add a column of the new type, backfill it, move clients over, then drop the old column.',
  why:
    'Clients may map the column to a type in code (an ORM entity, a prepared statement) and fail or lose precision ' +
    'when the type changes under them; a narrowing change can also fail on existing values.',
  fix: 'Expand/contract with a new column; or, for a widening change clients tolerate, suppress with a reason.',
  examples: {
    triggers: { sql: 'ALTER TABLE product ALTER COLUMN price TYPE numeric(12,2);' },
    nearMiss: {
      sql: 'CREATE TABLE product (id bigint PRIMARY KEY, price numeric(10,2));\nALTER TABLE product ALTER COLUMN price TYPE numeric(12,2);',
      note: 'The table is new in this set.',
    },
  },
  peers: { squawk: ['changing-column-type'], bytebase: ['COLUMN_DISALLOW_CHANGE_TYPE', 'SCHEMA_BACKWARD_COMPATIBILITY'], atlas: [] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const changes = alterCommands(alter.cmds).filter((c) => c.subtype === 'AT_AlterColumnType');
      if (!changes.length) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      const described = changes.map((c) => `${formatRelation(table)}.${c.name ?? '?'} to ${columnType(nodeAs(c.def, 'ColumnDef')?.typeName)?.display ?? '?'}`);
      ctx.report({ message: `Changing the type of ${described.join(', ')} may break clients that map the old type.` });
    },
  }),
};

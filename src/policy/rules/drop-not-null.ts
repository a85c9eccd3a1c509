import { alterCommands, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropNotNull: Rule = {
  code: 'DB203',
  name: 'drop-not-null',
  family: 'backward-incompatible',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'DROP NOT NULL on a column of a table that exists before the changesets run.',
  hint: 'Make sure every reader handles NULL in this column before allowing it.',
  why: 'Readers written for a NOT NULL column (non-optional fields, arithmetic, joins) break on the first NULL a new writer stores.',
  fix: 'Deploy readers that handle NULL first; then drop the constraint, suppressing with a reason that names that release.',
  examples: {
    triggers: { sql: 'ALTER TABLE invoice ALTER COLUMN due_date DROP NOT NULL;' },
    nearMiss: { sql: "ALTER TABLE invoice ALTER COLUMN due_date SET DEFAULT now() + interval '30 days';" },
  },
  peers: { squawk: ['ban-drop-not-null'], bytebase: [], atlas: [] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const columns = alterCommands(alter.cmds).filter((c) => c.subtype === 'AT_DropNotNull').map((c) => c.name ?? '?');
      if (!columns.length) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({ message: `Dropping NOT NULL on ${columns.map((c) => `${formatRelation(table)}.${c}`).join(', ')} lets NULLs reach readers that do not expect them.` });
    },
  }),
};

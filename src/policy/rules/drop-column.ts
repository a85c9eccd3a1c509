import { alterCommands, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropColumn: Rule = {
  code: 'DB102',
  name: 'drop-column',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'ALTER TABLE … DROP COLUMN on a table that exists before the changesets run.',
  hint: 'Stop reading and writing the column first, then drop it in its own changeset and suppress with a reason.',
  why:
    'The column\'s data is gone (a rollback re-adds an empty column), and any query or ORM mapping that still names ' +
    'the column fails as soon as the changeset commits.',
  fix:
    'Remove every use of the column from the application and deploy that first (expand/contract). Then drop the ' +
    'column with `-- dbops:ignore DB102 reason: …` once its data is known to be unneeded.',
  examples: {
    triggers: { sql: 'ALTER TABLE person DROP COLUMN middle_name;' },
    nearMiss: {
      sql: 'CREATE TABLE person (id bigint PRIMARY KEY, middle_name text);\nALTER TABLE person DROP COLUMN middle_name;',
      note: 'The table is new in this set.',
    },
  },
  peers: { squawk: ['ban-drop-column'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['DS103'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const dropped = alterCommands(alter.cmds).filter((c) => c.subtype === 'AT_DropColumn' && c.name).map((c) => c.name!);
      if (!dropped.length) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({
        message: `Dropping column${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} of ${formatRelation(table)} deletes ${dropped.length > 1 ? 'their' : 'its'} data and breaks code that still uses ${dropped.length > 1 ? 'them' : 'it'}.`,
      });
    },
  }),
};

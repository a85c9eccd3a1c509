import { dropObjects, formatRelation, nodeAs, relationFromNames } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropTable: Rule = {
  code: 'DB101',
  name: 'drop-table',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'DROP TABLE on a table that exists before the changesets run.',
  hint: 'Stop using the table first, keep a backup, and suppress with a reason once the data is known to be unneeded.',
  why:
    'Dropping a table deletes its rows: a rollback can recreate the table but not the data. Application code that ' +
    'still reads the table fails at once. `CASCADE` also drops the views and foreign keys that depend on it.',
  fix:
    'Deploy the code that no longer uses the table first; rename it or revoke access for a release if unsure; take ' +
    'a backup; then drop it in its own changeset with `-- dbops:ignore DB101 reason: …`. A table created earlier ' +
    'in the same set of changesets can be dropped freely.',
  examples: {
    triggers: { sql: 'DROP TABLE person;' },
    nearMiss: {
      sql: 'CREATE TABLE scratch (id bigint PRIMARY KEY);\nDROP TABLE scratch;',
      note: 'The table was created in the same set: nothing that exists is lost.',
    },
  },
  peers: {
    squawk: ['ban-drop-table'],
    bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY', 'TABLE_DROP_NAMING_CONVENTION', 'STATEMENT_DISALLOW_RM_TBL_CASCADE'],
    atlas: ['DS102'],
  },
  kinds: ['DropStmt'],
  create: () => ({
    statement(ctx) {
      const drop = nodeAs(ctx.node, 'DropStmt')!;
      if (drop.removeType !== 'OBJECT_TABLE') return;
      const existing: string[] = [];
      for (const parts of dropObjects(drop.objects)) {
        const table = relationFromNames(parts);
        if (!table) continue;
        if (ctx.timeline.isNewTable(table)) ctx.exempt('created-in-set');
        else existing.push(formatRelation(table));
      }
      if (!existing.length) return;
      const cascade = drop.behavior === 'DROP_CASCADE' ? '; CASCADE also drops the views and foreign keys that depend on it' : '';
      ctx.report({
        message: `DROP TABLE ${existing.join(', ')} deletes ${existing.length > 1 ? 'the tables and their' : 'the table and its'} data${cascade}.`,
      });
    },
  }),
};

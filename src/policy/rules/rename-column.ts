import { formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const renameColumn: Rule = {
  code: 'DB202',
  name: 'rename-column',
  family: 'backward-incompatible',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'Renaming a column of a table that exists before the changesets run.',
  hint: 'Add the new column, write both, backfill, move readers over, then drop the old column.',
  why: 'Code deployed before the change still reads and writes the old column name and fails once the rename commits.',
  fix: 'Expand/contract: add the new column, keep both in sync (trigger or application), switch readers, then drop the old one in a later release.',
  examples: {
    triggers: { sql: 'ALTER TABLE person RENAME COLUMN surname TO last_name;' },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN last_name text;', note: 'Adding a column breaks no client.' },
  },
  peers: { squawk: ['renaming-column'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['BC102'] },
  kinds: ['RenameStmt'],
  create: () => ({
    statement(ctx) {
      const rename = nodeAs(ctx.node, 'RenameStmt')!;
      if (rename.renameType !== 'OBJECT_COLUMN' || rename.relationType !== 'OBJECT_TABLE') return;
      const table = relationName(rename.relation);
      if (!table) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({
        message: `Renaming column ${formatRelation(table)}.${rename.subname ?? '?'} to ${rename.newname ?? '?'} breaks clients that still use the old name.`,
      });
    },
  }),
};

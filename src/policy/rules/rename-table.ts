import { formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const renameTable: Rule = {
  code: 'DB201',
  name: 'rename-table',
  family: 'backward-incompatible',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'Renaming a table that exists before the changesets run.',
  hint: 'Create the new table (or a view under the old name) and move clients over before removing the old name.',
  why:
    'Application code running during and after the deployment still uses the old name; every query that names it ' +
    'fails until the new code is out. The rename also needs an ACCESS EXCLUSIVE lock.',
  fix:
    'Rename and, in the same changeset, create a view with the old name (`CREATE VIEW old AS SELECT * FROM new`) ' +
    'so that old code keeps working; drop the view once no client uses it.',
  examples: {
    triggers: { sql: 'ALTER TABLE customer RENAME TO client;' },
    nearMiss: {
      sql: 'ALTER TABLE customer RENAME TO client;\nCREATE VIEW customer AS SELECT * FROM client;',
      note: 'A view keeps the old name working.',
    },
  },
  peers: { squawk: ['renaming-table'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['BC101'] },
  kinds: ['RenameStmt'],
  create: () => ({
    statement(ctx) {
      const rename = nodeAs(ctx.node, 'RenameStmt')!;
      if (rename.renameType !== 'OBJECT_TABLE') return;
      const table = relationName(rename.relation);
      if (!table) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      const compatView = ctx.units
        .slice(ctx.current.unitIndex + 1)
        .some((u) => u.unit.kind === 'ViewStmt' && nodeAs(u.unit.node, 'ViewStmt')?.view?.relname === table.name);
      if (compatView) return ctx.exempt('compat-view');
      ctx.report({ message: `Renaming table ${formatRelation(table)} to ${rename.newname ?? '?'} breaks clients that still use the old name.` });
    },
  }),
};

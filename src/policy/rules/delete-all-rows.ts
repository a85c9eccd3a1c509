import { formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const deleteAllRows: Rule = {
  code: 'DB107',
  name: 'delete-all-rows',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'DELETE without WHERE on a table that exists before the changesets run.',
  hint: 'Add a WHERE clause for the rows meant to go, or suppress with a reason.',
  why: 'A DELETE without WHERE empties the table; the rows cannot be restored by a rollback changeset.',
  fix: 'Add the WHERE clause that selects the rows to delete. If emptying the table is intended, say why in a suppression.',
  examples: {
    triggers: { sql: 'DELETE FROM feature_flag;' },
    nearMiss: { sql: "DELETE FROM feature_flag WHERE name = 'beta-checkout';" },
  },
  peers: { squawk: [], bytebase: ['STATEMENT_WHERE_REQUIRE_UPDATE_DELETE', 'STATEMENT_AFFECTED_ROW_LIMIT'], atlas: [] },
  kinds: ['DeleteStmt'],
  create: () => ({
    statement(ctx) {
      const del = nodeAs(ctx.node, 'DeleteStmt')!;
      if (del.whereClause) return;
      const table = relationName(del.relation);
      if (!table) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({ message: `DELETE FROM ${formatRelation(table)} without WHERE deletes every row.` });
    },
  }),
};

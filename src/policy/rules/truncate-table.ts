import { formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const truncateTable: Rule = {
  code: 'DB105',
  name: 'truncate-table',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'TRUNCATE of a table that exists before the changesets run.',
  hint: 'Delete the rows you mean with a WHERE clause, or suppress with a reason if emptying the table is intended.',
  why:
    'TRUNCATE removes every row at once, takes an ACCESS EXCLUSIVE lock, and cannot be undone by a rollback ' +
    'changeset.',
  fix: 'Use `DELETE … WHERE` for the rows that must go, or keep the TRUNCATE with `-- dbops:ignore DB105 reason: …`.',
  examples: {
    triggers: { sql: 'TRUNCATE audit_log;' },
    nearMiss: {
      sql: "DELETE FROM audit_log WHERE created_at < now() - interval '90 days';",
      note: 'Bounded DELETE: only the rows meant to go.',
    },
  },
  peers: { squawk: [], bytebase: ['STATEMENT_DISALLOW_TRUNCATE'], atlas: [] },
  kinds: ['TruncateStmt'],
  create: () => ({
    statement(ctx) {
      const truncate = nodeAs(ctx.node, 'TruncateStmt')!;
      const existing: string[] = [];
      for (const rel of truncate.relations ?? []) {
        const table = relationName(nodeAs(rel, 'RangeVar'));
        if (!table) continue;
        if (ctx.timeline.isNewTable(table)) ctx.exempt('created-in-set');
        else existing.push(formatRelation(table));
      }
      if (existing.length) ctx.report({ message: `TRUNCATE ${existing.join(', ')} deletes every row.` });
    },
  }),
};

import { formatRelation, hasOption, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const reindexNotConcurrently: Rule = {
  code: 'DB412',
  name: 'reindex-not-concurrently',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'REINDEX without CONCURRENTLY on existing objects.',
  hint: 'Use REINDEX … CONCURRENTLY in its own changeset with runInTransaction="false".',
  why: 'A plain REINDEX locks out writes to the table (and reads that would use the index) until every index is rebuilt.',
  fix: '`REINDEX INDEX CONCURRENTLY …` or `REINDEX TABLE CONCURRENTLY …` (PostgreSQL 12+), in a non-transactional changeset.',
  examples: {
    triggers: { sql: 'REINDEX TABLE person;' },
    nearMiss: { sql: 'REINDEX TABLE CONCURRENTLY person;', changeSet: { runInTransaction: false } },
  },
  peers: { squawk: ['require-concurrent-reindex'], bytebase: [], atlas: [] },
  kinds: ['ReindexStmt'],
  create: () => ({
    statement(ctx) {
      const reindex = nodeAs(ctx.node, 'ReindexStmt')!;
      if (hasOption(reindex.params, 'concurrently')) return;
      const table = relationName(reindex.relation);
      if (reindex.kind === 'REINDEX_OBJECT_TABLE' && ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      if (reindex.kind === 'REINDEX_OBJECT_INDEX' && table && ctx.timeline.isIndexOfNewTable(table.name)) return ctx.exempt('created-in-set');
      const target = table ? formatRelation(table) : (reindex.name ?? '');
      const kind = (reindex.kind ?? 'REINDEX_OBJECT_TABLE').replace('REINDEX_OBJECT_', '');
      ctx.report({ message: `REINDEX ${kind}${target ? ` ${target}` : ''} rebuilds indexes while blocking writes.` });
    },
  }),
};

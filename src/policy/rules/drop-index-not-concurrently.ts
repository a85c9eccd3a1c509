import { dropObjects, nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropIndexNotConcurrently: Rule = {
  code: 'DB402',
  name: 'drop-index-not-concurrently',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'DROP INDEX without CONCURRENTLY on an index that exists before the changesets run.',
  hint: 'Use DROP INDEX CONCURRENTLY in its own changeset with runInTransaction="false".',
  why:
    'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: while it waits for running queries, every new ' +
    'query on the table queues behind it.',
  fix: 'Write `DROP INDEX CONCURRENTLY` in a changeset of its own with `runInTransaction="false"`.',
  examples: {
    triggers: { sql: 'DROP INDEX idx_person_job_title;' },
    nearMiss: { sql: 'DROP INDEX CONCURRENTLY idx_person_job_title;', changeSet: { runInTransaction: false } },
  },
  peers: { squawk: ['require-concurrent-index-deletion'], bytebase: ['INDEX_CREATE_CONCURRENTLY'], atlas: ['PG102'] },
  kinds: ['DropStmt'],
  create: () => ({
    statement(ctx) {
      const drop = nodeAs(ctx.node, 'DropStmt')!;
      if (drop.removeType !== 'OBJECT_INDEX' || drop.concurrent) return;
      const existing = dropObjects(drop.objects)
        .map((parts) => parts.join('.'))
        .filter((name) => {
          if (!ctx.timeline.isIndexOfNewTable(name.split('.').pop()!)) return true;
          ctx.exempt('created-in-set');
          return false;
        });
      if (!existing.length) return;
      ctx.report({ message: `DROP INDEX ${existing.join(', ')} locks the table against reads and writes while it waits and runs.` });
    },
  }),
};

import { formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const createIndexNotConcurrently: Rule = {
  code: 'DB401',
  name: 'create-index-not-concurrently',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'CREATE INDEX without CONCURRENTLY on a table that exists before the changesets run.',
  hint: 'Use CREATE INDEX CONCURRENTLY in its own changeset with runInTransaction="false".',
  why:
    'A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, but every INSERT, UPDATE and DELETE ' +
    'on the table waits, for minutes on a large table.',
  fix:
    'Write `CREATE INDEX CONCURRENTLY` (Liquibase: a `sql` change) in a changeset of its own with ' +
    '`runInTransaction="false"`, since CONCURRENTLY cannot run in a transaction block (see DB410). Indexes on tables ' +
    'created in the same set are exempt: the table is empty and nobody uses it yet.',
  examples: {
    triggers: { sql: 'CREATE INDEX idx_person_job_title ON person (job_title);' },
    nearMiss: {
      sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);',
      changeSet: { runInTransaction: false },
    },
  },
  peers: { squawk: ['require-concurrent-index-creation'], bytebase: ['INDEX_CREATE_CONCURRENTLY'], atlas: ['PG101'] },
  kinds: ['IndexStmt'],
  create: () => ({
    statement(ctx) {
      const index = nodeAs(ctx.node, 'IndexStmt')!;
      if (index.concurrent) return;
      const table = relationName(index.relation);
      if (!table) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({
        message: `CREATE INDEX ${index.idxname ? `${index.idxname} ` : ''}on existing table ${formatRelation(table)} blocks writes to it until the index is built.`,
      });
    },
  }),
};

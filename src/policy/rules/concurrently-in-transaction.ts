import type { Node } from 'libpg-query';
import { alterCommands, hasOption, nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

/** The statement's name when PostgreSQL refuses to run it inside a transaction block. */
export function nonTransactionalStatement(node: Node): string | undefined {
  if (nodeAs(node, 'IndexStmt')?.concurrent) return 'CREATE INDEX CONCURRENTLY';
  const drop = nodeAs(node, 'DropStmt');
  if (drop?.concurrent) return 'DROP INDEX CONCURRENTLY';
  const reindex = nodeAs(node, 'ReindexStmt');
  if (reindex) {
    if (hasOption(reindex.params, 'concurrently')) return 'REINDEX CONCURRENTLY';
    if (reindex.kind === 'REINDEX_OBJECT_SCHEMA' || reindex.kind === 'REINDEX_OBJECT_DATABASE' || reindex.kind === 'REINDEX_OBJECT_SYSTEM') {
      return `REINDEX ${reindex.kind.replace('REINDEX_OBJECT_', '')}`;
    }
    return undefined;
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter) {
    const detach = alterCommands(alter.cmds).some((c) => c.subtype === 'AT_DetachPartition' && nodeAs(c.def, 'PartitionCmd')?.concurrent);
    return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
  }
  if (nodeAs(node, 'VacuumStmt')?.is_vacuumcmd) return 'VACUUM';
  if ('CreatedbStmt' in node) return 'CREATE DATABASE';
  if ('DropdbStmt' in node) return 'DROP DATABASE';
  if ('CreateTableSpaceStmt' in node) return 'CREATE TABLESPACE';
  if ('DropTableSpaceStmt' in node) return 'DROP TABLESPACE';
  if ('AlterSystemStmt' in node) return 'ALTER SYSTEM';
  if ('CreateSubscriptionStmt' in node) return 'CREATE SUBSCRIPTION';
  return undefined;
}

export const concurrentlyInTransaction: Rule = {
  code: 'DB410',
  name: 'concurrently-in-transaction',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'CONCURRENTLY (or another statement PostgreSQL refuses in a transaction block) in a changeset that runs in a transaction.',
  hint: 'Put the statement in a changeset of its own with runInTransaction="false".',
  why:
    'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE and ' +
    'a few others fail with "cannot run inside a transaction block". dbops runs each changeset in a transaction ' +
    'unless it says `runInTransaction="false"`, so the deployment fails at this statement.',
  fix:
    'Move the statement to its own changeset and set `runInTransaction="false"` (formatted SQL: ' +
    '`--changeset author:id runInTransaction:false`). Keep that changeset to this one statement: without a ' +
    'transaction, a failure halfway leaves the earlier statements applied.',
  examples: {
    triggers: { sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);', changeSet: { runInTransaction: true } },
    nearMiss: { sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);', changeSet: { runInTransaction: false } },
  },
  peers: {
    squawk: ['ban-concurrent-index-creation-in-transaction'],
    bytebase: ['STATEMENT_NON_TRANSACTIONAL'],
    atlas: ['PG103', 'TX101'],
  },
  kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt', 'CreatedbStmt', 'DropdbStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterSystemStmt', 'CreateSubscriptionStmt'],
  create: () => ({
    statement(ctx) {
      const what = nonTransactionalStatement(ctx.node);
      if (!what) return;
      if (ctx.changeSet.changeSet.runInTransaction) {
        ctx.report({ message: `${what} cannot run inside a transaction block, and this changeset runs in one (runInTransaction is true).` });
      } else if (ctx.timeline.inTransactionBlock) {
        ctx.report({ message: `${what} cannot run inside a transaction block, and an explicit BEGIN earlier in this changeset opened one.` });
      }
    },
  }),
};

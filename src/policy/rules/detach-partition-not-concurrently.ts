import { alterCommands, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const detachPartitionNotConcurrently: Rule = {
  code: 'DB413',
  name: 'detach-partition-not-concurrently',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'DETACH PARTITION without CONCURRENTLY on an existing partitioned table.',
  hint: 'Use DETACH PARTITION … CONCURRENTLY in its own changeset with runInTransaction="false".',
  why: 'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any partition waits.',
  fix: '`ALTER TABLE parent DETACH PARTITION child CONCURRENTLY` (PostgreSQL 14+), in a non-transactional changeset.',
  examples: {
    triggers: { sql: 'ALTER TABLE measurement DETACH PARTITION measurement_2023;' },
    nearMiss: { sql: 'ALTER TABLE measurement DETACH PARTITION measurement_2023 CONCURRENTLY;', changeSet: { runInTransaction: false } },
  },
  peers: { squawk: ['require-concurrent-partition-detach'], bytebase: [], atlas: [] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype !== 'AT_DetachPartition') continue;
        const part = nodeAs(cmd.def, 'PartitionCmd');
        if (part?.concurrent) continue;
        if (ctx.timeline.isNewTable(table)) {
          ctx.exempt('created-in-set');
          continue;
        }
        const child = relationName(part?.name);
        ctx.report({ message: `DETACH PARTITION ${child ? `${formatRelation(child)} ` : ''}from ${formatRelation(table)} blocks every query on the partitioned table.` });
      }
    },
  }),
};

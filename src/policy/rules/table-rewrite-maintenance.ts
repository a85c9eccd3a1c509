import { formatRelation, hasOption, nodeAs, relationName, type RelationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const tableRewriteMaintenance: Rule = {
  code: 'DB414',
  name: 'table-rewrite-maintenance',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'VACUUM FULL or CLUSTER on existing tables.',
  hint: 'Use pg_repack (or REPACK CONCURRENTLY where available) outside the changelog.',
  why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock: the table is unavailable for the whole rewrite.',
  fix: 'Run an online tool such as pg_repack during maintenance, not as part of a deployment.',
  examples: {
    triggers: { sql: 'VACUUM FULL event;', changeSet: { runInTransaction: false } },
    nearMiss: { sql: 'VACUUM (ANALYZE) event;', changeSet: { runInTransaction: false } },
  },
  peers: { squawk: ['prefer-repack'], bytebase: [], atlas: [] },
  kinds: ['VacuumStmt', 'ClusterStmt'],
  create: () => ({
    statement(ctx) {
      let verb: string;
      let tables: RelationName[];
      const vacuum = nodeAs(ctx.node, 'VacuumStmt');
      if (vacuum) {
        if (!vacuum.is_vacuumcmd || !hasOption(vacuum.options, 'full')) return;
        verb = 'VACUUM FULL';
        tables = (vacuum.rels ?? []).flatMap((r) => {
          const rel = relationName(nodeAs(r, 'VacuumRelation')?.relation);
          return rel ? [rel] : [];
        });
      } else {
        verb = 'CLUSTER';
        const rel = relationName(nodeAs(ctx.node, 'ClusterStmt')!.relation);
        tables = rel ? [rel] : [];
      }
      if (!tables.length) {
        ctx.report({ message: `${verb} without a table rewrites every table in the database under ACCESS EXCLUSIVE locks.` });
        return;
      }
      const existing = tables.filter((t) => {
        if (!ctx.timeline.isNewTable(t)) return true;
        ctx.exempt('created-in-set');
        return false;
      });
      if (existing.length) ctx.report({ message: `${verb} ${existing.map(formatRelation).join(', ')} rewrites the table while blocking reads and writes.` });
    },
  }),
};

import type { Node } from 'libpg-query';
import {
  alterCommands,
  dropObjects,
  formatRelation,
  hasOption,
  nodeAs,
  relationFromNames,
  relationName,
  tableElements,
  type RelationName,
} from '../postgres-ast.js';
import type { Rule } from '../rule.js';
import type { SchemaTimeline } from '../schema-timeline.js';

const DROP_LOCKS_TABLE = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_TRIGGER', 'OBJECT_RULE', 'OBJECT_POLICY']);

/** The statement types lockedExistingObject looks at. */
const LOCKING_KINDS = new Set([
  'AlterTableStmt', 'IndexStmt', 'DropStmt', 'RenameStmt', 'TruncateStmt', 'CreateTrigStmt', 'CreatePolicyStmt',
  'AlterPolicyStmt', 'RuleStmt', 'CreateStmt', 'ClusterStmt', 'VacuumStmt', 'ReindexStmt', 'LockStmt', 'RefreshMatViewStmt',
]);

/**
 * The existing object a statement must lock in a mode that queues ordinary reads or writes
 * behind it, as text for the message; undefined when it locks nothing that exists.
 */
export function lockedExistingObject(node: Node, timeline: SchemaTimeline): string | undefined {
  const existing = (r: RelationName | undefined) => (r && !timeline.isNewTable(r) ? formatRelation(r) : undefined);
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter) {
    const table = relationName(alter.relation);
    if (alter.objtype === 'OBJECT_INDEX') return table && !timeline.isIndexOfNewTable(table.name) ? `index ${formatRelation(table)}` : undefined;
    if (alter.objtype !== 'OBJECT_TABLE') return table ? formatRelation(table) : undefined;
    const own = existing(table);
    if (own) return own;
    for (const cmd of alterCommands(alter.cmds)) {
      const referenced = existing(relationName(nodeAs(cmd.def, 'Constraint')?.pktable));
      if (referenced) return `${referenced} (referenced by a new foreign key)`;
    }
    return undefined;
  }
  const index = nodeAs(node, 'IndexStmt');
  if (index) return index.concurrent ? undefined : existing(relationName(index.relation));
  const drop = nodeAs(node, 'DropStmt');
  if (drop) {
    if (drop.removeType === 'OBJECT_INDEX') {
      if (drop.concurrent) return undefined;
      const name = dropObjects(drop.objects).map((p) => p[p.length - 1] ?? '').find((n) => !timeline.isIndexOfNewTable(n));
      return name ? `index ${name}` : undefined;
    }
    if (!DROP_LOCKS_TABLE.has(drop.removeType ?? '')) return undefined;
    for (const parts of dropObjects(drop.objects)) {
      // DROP TRIGGER/RULE/POLICY name ON table: the table is all but the last part.
      const tableParts = drop.removeType === 'OBJECT_TABLE' || drop.removeType === 'OBJECT_VIEW' || drop.removeType === 'OBJECT_MATVIEW' || drop.removeType === 'OBJECT_FOREIGN_TABLE' ? parts : parts.slice(0, -1);
      const hit = existing(relationFromNames(tableParts));
      if (hit) return hit;
    }
    return undefined;
  }
  const rename = nodeAs(node, 'RenameStmt');
  if (rename) return rename.relation ? existing(relationName(rename.relation)) : undefined;
  const truncate = nodeAs(node, 'TruncateStmt');
  if (truncate) {
    for (const rel of truncate.relations ?? []) {
      const hit = existing(relationName(nodeAs(rel, 'RangeVar')));
      if (hit) return hit;
    }
    return undefined;
  }
  const trigger = nodeAs(node, 'CreateTrigStmt');
  if (trigger) return existing(relationName(trigger.relation));
  const policy = nodeAs(node, 'CreatePolicyStmt') ?? nodeAs(node, 'AlterPolicyStmt');
  if (policy) return existing(relationName(policy.table));
  const rule = nodeAs(node, 'RuleStmt');
  if (rule) return existing(relationName(rule.relation));
  const create = nodeAs(node, 'CreateStmt');
  if (create) {
    for (const parent of create.inhRelations ?? []) {
      const hit = existing(relationName(nodeAs(parent, 'RangeVar')));
      if (hit) return `${hit} (parent of the new table)`;
    }
    const { columns, constraints } = tableElements(create.tableElts);
    const fks = [...constraints, ...columns.flatMap((c) => (c.constraints ?? []).map((n) => nodeAs(n, 'Constraint')!).filter(Boolean))];
    for (const con of fks) {
      if (con.contype !== 'CONSTR_FOREIGN') continue;
      const hit = existing(relationName(con.pktable));
      if (hit) return `${hit} (referenced by a new foreign key)`;
    }
    return undefined;
  }
  const cluster = nodeAs(node, 'ClusterStmt');
  if (cluster) return cluster.relation ? existing(relationName(cluster.relation)) : 'every clustered table';
  const vacuum = nodeAs(node, 'VacuumStmt');
  if (vacuum) return vacuum.is_vacuumcmd && hasOption(vacuum.options, 'full') ? 'the vacuumed tables' : undefined;
  const reindex = nodeAs(node, 'ReindexStmt');
  if (reindex) return hasOption(reindex.params, 'concurrently') ? undefined : (existing(relationName(reindex.relation)) ?? reindex.name ?? undefined);
  const lock = nodeAs(node, 'LockStmt');
  if (lock) return 'the locked tables';
  const refresh = nodeAs(node, 'RefreshMatViewStmt');
  if (refresh) return existing(relationName(refresh.relation));
  return undefined;
}

/** Statement types Squawk counts as possibly slow DDL; used only to explain why dbops stays silent. */
const DDL_KIND = /^(Create|Alter|Drop|Rename|Index|Truncate|Cluster|Vacuum|Reindex|Lock|RefreshMatView|Comment|Define|CompositeType|View|Rule|Dropdb|Createdb)/;

export const missingLockTimeout: Rule = {
  code: 'DB411',
  name: 'missing-lock-timeout',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A changeset takes a lock on an existing object without a lock_timeout set first.',
  hint: "Start the changeset with SET LOCAL lock_timeout = '2s' (or set it on the connection).",
  why:
    'A statement that needs a strong lock waits behind long-running queries, and every query that arrives after it ' +
    'waits behind it: one slow report turns an instant ALTER TABLE into an outage. A lock_timeout makes the ' +
    'statement give up (and the deployment fail cleanly) instead.',
  fix:
    "Add `SET LOCAL lock_timeout = '2s';` as the first statement of the changeset (or `SET lock_timeout` once earlier " +
    'in the same run), and retry the deployment if it times out. Reported once per changeset, at the first statement that locks an existing object.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;' },
    nearMiss: { sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE person ADD COLUMN nickname text;" },
  },
  peers: { squawk: ['require-lock-timeout', 'require-timeout-settings'], bytebase: [], atlas: [] },
  kinds: '*',
  create: () => {
    let reported = false;
    let ddl = false;
    return {
      statement(ctx) {
        if (reported) return;
        if (DDL_KIND.test(ctx.current.unit.kind)) ddl = true;
        if (ctx.timeline.lockTimeoutSet || !LOCKING_KINDS.has(ctx.current.unit.kind)) return;
        const locked = lockedExistingObject(ctx.node, ctx.timeline);
        if (!locked) return;
        reported = true;
        ctx.report({ message: `This statement locks ${locked} with no lock_timeout set, so it can queue every query on it behind a long-running one.` });
      },
      changeSetEnd(ctx) {
        if (!reported && ddl && !ctx.timeline.lockTimeoutSet) ctx.exempt('no-lock-on-existing-object');
        reported = false;
        ddl = false;
      },
    };
  },
};

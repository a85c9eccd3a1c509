import { alterCommands, columnType, formatRelation, nodeAs, relationName, type ColumnType } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

/** Type changes PostgreSQL makes without rewriting the table (binary coercible, wider or equal). */
function withoutRewrite(from: ColumnType, to: ColumnType): boolean {
  if (from.isArray !== to.isArray) return false;
  const textual = new Set(['varchar', 'text']);
  if (from.name === to.name) {
    if (to.mods.join() === from.mods.join()) return true;
    // Dropping the limit makes these unbounded; for bit or char no modifier means length 1.
    const unboundedWithoutMods = from.name === 'numeric' || from.name === 'varchar' || from.name === 'varbit';
    if (!to.mods.length) return unboundedWithoutMods;
    if (!from.mods.length) return false;
    if (from.name === 'numeric') return to.mods[0]! >= from.mods[0]! && (to.mods[1] ?? 0) === (from.mods[1] ?? 0);
    if (from.name === 'varchar' || from.name === 'varbit') return to.mods[0]! >= from.mods[0]!;
    return false;
  }
  if (textual.has(from.name) && (to.name === 'text' || (to.name === 'varchar' && !to.mods.length))) return true;
  return from.name === 'cidr' && to.name === 'inet';
}

export const columnTypeRewrite: Rule = {
  code: 'DB406',
  name: 'column-type-rewrite',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'ALTER COLUMN … TYPE that may rewrite an existing table (and its indexes) under an ACCESS EXCLUSIVE lock.',
  hint: 'Add a new column of the new type and backfill it in batches instead of changing the type in place.',
  why:
    'Unless the change is binary coercible (varchar(n) to a longer varchar or text, numeric to a wider precision), ' +
    'PostgreSQL rewrites the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock: the table ' +
    'is unavailable for the duration.',
  fix:
    'Add a column of the new type, backfill in batches, switch readers and writers, drop the old column. When the ' +
    'old type is known from the same set and the change is binary coercible, the rule stays silent; otherwise ' +
    'suppress with a reason if you know it is.',
  examples: {
    triggers: { sql: 'ALTER TABLE event ALTER COLUMN id TYPE bigint;' },
    nearMiss: {
      sql: 'ALTER TABLE event ADD COLUMN source varchar(50);\nALTER TABLE event ALTER COLUMN source TYPE varchar(100);',
      note: 'Widening a varchar known from the same set needs no rewrite (DB204 still warns about clients).',
    },
  },
  peers: { squawk: ['changing-column-type'], bytebase: ['COLUMN_DISALLOW_CHANGE_TYPE'], atlas: ['PG301'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name) continue;
        if (ctx.timeline.isNewTable(table)) {
          ctx.exempt('created-in-set');
          continue;
        }
        const def = nodeAs(cmd.def, 'ColumnDef');
        const to = columnType(def?.typeName);
        const from = ctx.timeline.knownColumnType(table, cmd.name);
        if (from && to && !def?.raw_default && withoutRewrite(from, to)) {
          ctx.exempt('binary-coercible');
          continue;
        }
        ctx.report({
          message: `Changing ${formatRelation(table)}.${cmd.name} to ${to?.display ?? 'another type'} may rewrite the table and its indexes while blocking reads and writes.`,
        });
      }
    },
  }),
};

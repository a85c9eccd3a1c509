import type { Node } from 'libpg-query';
import { isSerialType } from '../column-definitions.js';
import { isNonVolatileBuiltin } from '../non-volatile-functions.js';
import { alterCommands, columnConstraints, formatRelation, names, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

/**
 * Whether evaluating the expression may call a volatile function: any function that is not a
 * built-in known to be STABLE or IMMUTABLE counts, and so does a subquery.
 */
export function mayBeVolatile(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mayBeVolatile);
  if (node === null || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  const call = nodeAs(record as Node, 'FuncCall');
  if (call) {
    const parts = names(call.funcname);
    const schema = parts.length > 1 ? parts[0] : undefined;
    if ((schema && schema !== 'pg_catalog') || !isNonVolatileBuiltin(parts[parts.length - 1] ?? '')) return true;
    return mayBeVolatile(call.args);
  }
  if ('SubLink' in record) return true;
  for (const value of Object.values(record)) if (typeof value === 'object' && mayBeVolatile(value)) return true;
  return false;
}

export const volatileDefault: Rule = {
  code: 'DB407',
  name: 'volatile-default',
  family: 'locking',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'ADD COLUMN whose value is computed per row (volatile default, serial, identity, stored generated) on an existing table.',
  hint: 'Add the column without the default, set the default afterwards, and backfill existing rows in batches.',
  why:
    'Since PostgreSQL 11 a constant or stable default is stored once and the ADD COLUMN is instant. A volatile ' +
    'default (`gen_random_uuid()`, `clock_timestamp()`, `nextval` of a serial), an identity or a stored generated ' +
    'column makes PostgreSQL rewrite the whole table under an ACCESS EXCLUSIVE lock.',
  fix:
    'Add the column nullable without default; `ALTER COLUMN … SET DEFAULT …` (applies to new rows only); backfill ' +
    'existing rows in batches; then add NOT NULL the safe way (see DB405).',
  examples: {
    triggers: { sql: 'ALTER TABLE account ADD COLUMN public_id uuid DEFAULT gen_random_uuid();' },
    nearMiss: { sql: 'ALTER TABLE account ADD COLUMN created_at timestamptz DEFAULT now();', note: 'now() is STABLE: evaluated once.' },
  },
  peers: { squawk: ['adding-field-with-default'], bytebase: ['COLUMN_DEFAULT_DISALLOW_VOLATILE', 'STATEMENT_DISALLOW_ADD_COLUMN_WITH_DEFAULT'], atlas: ['PG302', 'PG309', 'PG310'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype !== 'AT_AddColumn') continue;
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col?.colname) continue;
        const constraints = columnConstraints(col);
        let why: string | undefined;
        if (isSerialType(col.typeName)) why = 'a serial type fills every existing row from a sequence';
        else if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY')) why = 'an identity column fills every existing row from a sequence';
        else if (constraints.some((c) => c.contype === 'CONSTR_GENERATED')) {
          if (constraints.some((c) => c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v')) why = 'a stored generated column is computed for every existing row';
          else ctx.exempt('virtual-generated-column');
        } else {
          const def = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr ?? col.raw_default;
          if (def && mayBeVolatile(def)) why = 'its default is volatile, so it is evaluated for every existing row';
          else if (def) ctx.exempt('non-volatile-default');
        }
        if (!why) continue;
        if (ctx.timeline.isNewTable(table)) {
          ctx.exempt('created-in-set');
          continue;
        }
        ctx.report({ message: `Adding column ${col.colname} to existing table ${formatRelation(table)} rewrites the table under an ACCESS EXCLUSIVE lock: ${why}.` });
      }
    },
  }),
};

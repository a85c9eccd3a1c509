import { isSerialType } from '../column-definitions.js';
import { alterCommands, columnConstraints, formatRelation, nodeAs, relationName } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const requiredColumnOnExistingTable: Rule = {
  code: 'DB303',
  name: 'required-column-on-existing-table',
  family: 'data-dependent',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'ADD COLUMN … NOT NULL without a default on a table that exists before the changesets run.',
  hint: 'Give the column a (non-volatile) default, or add it nullable, backfill, then set NOT NULL.',
  why:
    'PostgreSQL fills existing rows with NULL, so the statement fails as soon as the table has a row: fine in an ' +
    'empty development database, a failed deployment in production. Old code that inserts without the column breaks too.',
  fix: 'Add `DEFAULT <constant>` (no rewrite since PostgreSQL 11), or add the column nullable, backfill, and `SET NOT NULL` later.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN country_code text NOT NULL;' },
    nearMiss: { sql: "ALTER TABLE person ADD COLUMN country_code text NOT NULL DEFAULT 'NL';" },
  },
  peers: { squawk: ['adding-required-field'], bytebase: ['COLUMN_REQUIRE_DEFAULT'], atlas: ['MF103'] },
  kinds: ['AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      const required: string[] = [];
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype !== 'AT_AddColumn') continue;
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col?.colname) continue;
        const constraints = columnConstraints(col);
        const notNull = constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
        const filled =
          isSerialType(col.typeName) ||
          col.raw_default !== undefined ||
          constraints.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
        if (notNull && !filled) required.push(col.colname);
      }
      if (!required.length) return;
      if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
      ctx.report({
        message: `Adding NOT NULL column${required.length > 1 ? 's' : ''} ${required.join(', ')} without a default to existing table ${formatRelation(table)} fails if it has rows.`,
      });
    },
  }),
};

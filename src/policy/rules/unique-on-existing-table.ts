import { alterCommands, formatRelation, keyNames, nodeAs, relationName, usesExistingIndex } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const uniqueOnExistingTable: Rule = {
  code: 'DB301',
  name: 'unique-on-existing-table',
  family: 'data-dependent',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A unique index, unique constraint or primary key added to a table that exists before the changesets run.',
  hint: 'Check the existing rows for duplicates (and NULLs for a primary key) in every environment before deploying.',
  why:
    'The statement succeeds or fails depending on the data: it passes on an empty development database and fails in ' +
    'production on the first duplicate, leaving the deployment half done.',
  fix:
    'Query each environment for duplicates (`SELECT cols, count(*) … GROUP BY cols HAVING count(*) > 1`), clean ' +
    'them up in an earlier changeset, then add the index, preferably `CONCURRENTLY`.',
  examples: {
    triggers: { sql: 'CREATE UNIQUE INDEX CONCURRENTLY uk_person_email ON person (email);' },
    nearMiss: {
      sql: 'CREATE TABLE person (id bigint PRIMARY KEY, email text);\nCREATE UNIQUE INDEX uk_person_email ON person (email);',
      note: 'The table is new, so it has no rows yet.',
    },
  },
  peers: { squawk: [], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['MF101', 'MF102'] },
  kinds: ['IndexStmt', 'AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      const index = nodeAs(ctx.node, 'IndexStmt');
      if (index) {
        if (!index.unique) return;
        const table = relationName(index.relation);
        if (!table) return;
        if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
        ctx.report({ message: `Unique index ${index.idxname ?? '(unnamed)'} on existing table ${formatRelation(table)} fails if its rows hold duplicates.` });
        return;
      }
      const alter = nodeAs(ctx.node, 'AlterTableStmt')!;
      if (alter.objtype !== 'OBJECT_TABLE') return;
      const table = relationName(alter.relation);
      if (!table) return;
      for (const cmd of alterCommands(alter.cmds)) {
        if (cmd.subtype !== 'AT_AddConstraint') continue;
        const con = nodeAs(cmd.def, 'Constraint');
        if (!con || (con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_PRIMARY') || usesExistingIndex(con)) continue;
        if (ctx.timeline.isNewTable(table)) return ctx.exempt('created-in-set');
        const what = con.contype === 'CONSTR_PRIMARY' ? 'Primary key' : 'Unique constraint';
        const nulls = con.contype === 'CONSTR_PRIMARY' ? ' or NULLs' : '';
        ctx.report({
          message: `${what} (${keyNames(con.keys).join(', ')}) on existing table ${formatRelation(table)} fails if its rows hold duplicates${nulls}.`,
        });
      }
    },
  }),
};

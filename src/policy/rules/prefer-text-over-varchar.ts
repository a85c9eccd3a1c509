import { columnDefinitions } from '../column-definitions.js';
import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const preferTextOverVarchar: Rule = {
  code: 'DB503',
  name: 'prefer-text-over-varchar',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'varchar(n) column.',
  hint: 'Use text, with a CHECK (char_length(col) <= n) if the limit matters.',
  why:
    'In PostgreSQL varchar(n) is no faster or smaller than text. The length limit is part of the type, so raising ' +
    'it later is a type change (and lowering it a rewrite), while a CHECK constraint can be replaced with NOT VALID.',
  fix: 'Declare `text` and, when the limit is a business rule, add `CHECK (char_length(col) <= n)`.',
  examples: {
    triggers: { sql: 'CREATE TABLE country (code varchar(2) PRIMARY KEY);' },
    nearMiss: { sql: 'CREATE TABLE country (code text PRIMARY KEY CHECK (char_length(code) = 2));' },
  },
  peers: { squawk: ['prefer-text-field'], bytebase: ['COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      for (const def of columnDefinitions(ctx.node)) {
        const type = def.type;
        if (type?.name !== 'varchar' || !type.mods.length) continue;
        ctx.report({ message: `${formatRelation(def.table)}.${def.column} is ${type.display}: the limit is part of the type.` });
      }
    },
  }),
};

import { columnDefinitions, isSerialType } from '../column-definitions.js';
import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const preferIdentity: Rule = {
  code: 'DB505',
  name: 'prefer-identity',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'serial / bigserial / smallserial column.',
  hint: 'Use bigint GENERATED ALWAYS AS IDENTITY.',
  why:
    'serial is a macro for a separately owned sequence and a default: permissions, dumps and copies of the table ' +
    'treat the sequence separately, and nothing stops inserts from bypassing it. Identity columns are the SQL-standard, managed form.',
  fix: 'Declare `bigint GENERATED ALWAYS AS IDENTITY` (or `BY DEFAULT` when rows are sometimes inserted with explicit ids).',
  examples: {
    triggers: { sql: 'CREATE TABLE tag (id bigserial PRIMARY KEY, label text);' },
    nearMiss: { sql: 'CREATE TABLE tag (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text);' },
  },
  peers: { squawk: ['prefer-identity'], bytebase: [], atlas: [] },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      for (const def of columnDefinitions(ctx.node)) {
        if (!isSerialType(def.typeName)) continue;
        ctx.report({ message: `${formatRelation(def.table)}.${def.column} is ${def.type?.display ?? 'serial'}, not an identity column.` });
      }
    },
  }),
};

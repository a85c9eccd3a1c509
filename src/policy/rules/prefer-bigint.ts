import { columnDefinitions } from '../column-definitions.js';
import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

const SMALL_INTEGERS = new Set(['int2', 'int4', 'serial', 'serial2', 'serial4', 'smallserial']);

export const preferBigint: Rule = {
  code: 'DB501',
  name: 'prefer-bigint',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'integer / smallint / serial for an id column (or any column, with `columns: all`).',
  hint: 'Use bigint (or bigint GENERATED … AS IDENTITY) for ids.',
  why:
    'A 32-bit id runs out at about 2.1 billion, a 16-bit one at 32,767; sequences and foreign keys get there ' +
    'sooner than expected, and widening the column later rewrites the table and every referencing one under an ' +
    'ACCESS EXCLUSIVE lock. bigint costs four more bytes per row.',
  fix: 'Declare ids (primary keys, identity and serial columns, foreign keys, `*_id` columns) as `bigint`.',
  examples: {
    triggers: { sql: 'CREATE TABLE person (id serial PRIMARY KEY, name text);' },
    nearMiss: {
      sql: 'CREATE TABLE person (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, age integer);',
      note: 'age is not an id; with `columns: all` it would be flagged too.',
    },
  },
  peers: { squawk: ['prefer-bigint-over-int', 'prefer-bigint-over-smallint'], bytebase: ['INDEX_PRIMARY_KEY_TYPE_ALLOWLIST'], atlas: [] },
  options: {
    columns: {
      type: 'enum',
      values: ['ids', 'all'],
      default: 'ids',
      description: '`ids`: primary keys, identity and serial columns, foreign keys and columns named `id` or `*_id`; `all`: every column.',
    },
  },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: (options) => ({
    statement(ctx) {
      for (const def of columnDefinitions(ctx.node)) {
        const type = def.type;
        if (!type || !SMALL_INTEGERS.has(type.name)) continue;
        if (options.columns !== 'all' && !def.looksLikeId) {
          ctx.exempt('not-an-id-column');
          continue;
        }
        ctx.report({ message: `${formatRelation(def.table)}.${def.column} is ${type.display}: ${type.name.includes('2') || type.name === 'smallserial' ? '16' : '32'}-bit ids run out.` });
      }
    },
  }),
};

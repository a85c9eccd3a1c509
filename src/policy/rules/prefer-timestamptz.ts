import { columnDefinitions } from '../column-definitions.js';
import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const preferTimestamptz: Rule = {
  code: 'DB502',
  name: 'prefer-timestamptz',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'timestamp (without time zone) column.',
  hint: 'Use timestamptz.',
  why:
    '`timestamp` stores a wall-clock reading with no zone: the same value means different instants for clients in ' +
    'different zones, and daylight-saving changes make values ambiguous. `timestamptz` stores an instant in the same 8 bytes.',
  fix: 'Declare the column `timestamptz` (`timestamp with time zone`).',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN last_login timestamp;' },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN last_login timestamptz;' },
  },
  peers: { squawk: ['prefer-timestamp-tz', 'prefer-timestamptz'], bytebase: ['COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      for (const def of columnDefinitions(ctx.node)) {
        const type = def.type;
        if (type?.name !== 'timestamp') continue;
        ctx.report({ message: `${formatRelation(def.table)}.${def.column} is timestamp without time zone.` });
      }
    },
  }),
};

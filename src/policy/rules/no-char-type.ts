import { columnDefinitions } from '../column-definitions.js';
import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const noCharType: Rule = {
  code: 'DB504',
  name: 'no-char-type',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'char(n) / character(n) column.',
  hint: 'Use text (with a CHECK on the length if needed).',
  why:
    'char(n) pads values with spaces, compares ignoring them and strips them on cast to text: surprising results, ' +
    'and no saving in space or speed over text.',
  fix: 'Declare `text`; for fixed-length codes add `CHECK (char_length(col) = n)`.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN country_code char(2);' },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN country_code text;' },
  },
  peers: { squawk: ['ban-char-field'], bytebase: ['COLUMN_MAXIMUM_CHARACTER_LENGTH', 'COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: () => ({
    statement(ctx) {
      for (const def of columnDefinitions(ctx.node)) {
        const type = def.type;
        if (type?.name !== 'bpchar') continue;
        ctx.report({ message: `${formatRelation(def.table)}.${def.column} is ${type.display}: blank-padded fixed-length text.` });
      }
    },
  }),
};

import { formatRelation } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const tableWithoutPrimaryKey: Rule = {
  code: 'DB705',
  name: 'table-without-primary-key',
  family: 'hygiene',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A table created by the changesets that has no primary key once they have all run.',
  hint: 'Add a primary key (bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, or a natural key).',
  why:
    'Without a primary key rows cannot be addressed reliably: logical replication cannot replicate updates and ' +
    'deletes, ORMs misbehave, and duplicates creep in.',
  fix: 'Declare a primary key in the CREATE TABLE, or add one later in the same set of changesets (both satisfy the rule). Temporary tables, partitions and LIKE/INHERITS copies are not checked.',
  examples: {
    triggers: { sql: 'CREATE TABLE page_view (url text, viewed_at timestamptz);' },
    nearMiss: {
      sql: 'CREATE TABLE page_view (url text, viewed_at timestamptz);\nALTER TABLE page_view ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
    },
  },
  peers: { squawk: [], bytebase: ['TABLE_REQUIRE_PK'], atlas: [] },
  kinds: [],
  create: () => ({
    end(ctx) {
      for (const table of ctx.timeline.allCreatedTables()) {
        if (table.hasPrimaryKey || table.temporary || table.derived) continue;
        ctx.report({
          changeSetIndex: table.site.changeSetIndex,
          at: ctx.units[table.site.changeSetIndex]![table.site.unitIndex],
          message: `Table ${formatRelation(table.name)} has no primary key.`,
        });
      }
    },
  }),
};

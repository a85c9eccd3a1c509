import { nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const truncateCascade: Rule = {
  code: 'DB106',
  name: 'truncate-cascade',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'TRUNCATE … CASCADE.',
  hint: 'List every table to empty explicitly instead of CASCADE.',
  why:
    'CASCADE also empties every table that references the truncated ones through a foreign key, and the tables ' +
    'that reference those: the statement does not say what it deletes.',
  fix: 'Name all the tables in the TRUNCATE (then PostgreSQL refuses if one is missing), without CASCADE.',
  examples: {
    triggers: { sql: 'TRUNCATE account CASCADE;' },
    nearMiss: { sql: 'TRUNCATE account, account_session;', note: 'Explicit list (DB105 still applies to existing tables).' },
  },
  peers: { squawk: ['ban-truncate-cascade'], bytebase: ['STATEMENT_DISALLOW_TRUNCATE'], atlas: [] },
  kinds: ['TruncateStmt'],
  create: () => ({
    statement(ctx) {
      const truncate = nodeAs(ctx.node, 'TruncateStmt')!;
      if (truncate.behavior !== 'DROP_CASCADE') return;
      ctx.report({ message: 'TRUNCATE … CASCADE also empties every table that references these through a foreign key.' });
    },
  }),
};

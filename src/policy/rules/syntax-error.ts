import type { Rule } from '../rule.js';

/** Findings of this rule come from the parser (source `parser`), not from a visitor. */
export const syntaxError: Rule = {
  code: 'DB001',
  name: 'syntax-error',
  family: 'parser',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'A statement PostgreSQL\'s parser rejects.',
  hint: 'Fix the SQL; the message is PostgreSQL\'s own.',
  why:
    'The statement would fail when the changeset runs. The check uses the PostgreSQL 18 parser itself ' +
    '(libpg-query), so what it rejects, the server rejects too; other statements of the changeset are still checked.',
  fix: 'Correct the statement. psql meta-commands (`\\set`, `\\gset`) and psql variables (`:name`) are not SQL and cannot be in a changelog.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN;' },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;' },
  },
  peers: { squawk: ['syntax-error'], bytebase: [], atlas: [] },
  kinds: [],
  create: () => ({}),
};

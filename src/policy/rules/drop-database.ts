import { nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropDatabase: Rule = {
  code: 'DB104',
  name: 'drop-database',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'DROP DATABASE.',
  hint: 'Drop databases by hand or in infrastructure code, not in a changelog.',
  why: 'Everything in the database is lost, and no rollback can bring it back.',
  fix: 'Remove the statement from the changelog. If it is truly intended, suppress with a reason.',
  examples: {
    triggers: { sql: 'DROP DATABASE legacy;' },
    nearMiss: { sql: 'CREATE DATABASE analytics;', note: 'Creating a database loses nothing.' },
  },
  peers: { squawk: ['ban-drop-database'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: [] },
  kinds: ['DropdbStmt'],
  create: () => ({
    statement(ctx) {
      const drop = nodeAs(ctx.node, 'DropdbStmt')!;
      ctx.report({ message: `DROP DATABASE ${drop.dbname ?? ''} deletes the whole database and everything in it.` });
    },
  }),
};

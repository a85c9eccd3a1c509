import { dropObjects, nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const dropSchema: Rule = {
  code: 'DB103',
  name: 'drop-schema',
  family: 'destructive',
  defaultSeverity: 'error',
  enabledByDefault: true,
  summary: 'DROP SCHEMA on a schema that exists before the changesets run.',
  hint: 'Make sure the schema is empty and unused, then suppress with a reason.',
  why:
    'With `CASCADE`, dropping a schema drops every table, view, function and type in it with their data; without ' +
    'it, the statement fails on a non-empty schema in one environment and succeeds in another.',
  fix: 'Drop the objects of the schema explicitly (each one is then checked), or suppress with `-- dbops:ignore DB103 reason: …`.',
  examples: {
    triggers: { sql: 'DROP SCHEMA reporting CASCADE;' },
    nearMiss: { sql: 'CREATE SCHEMA staging;\nDROP SCHEMA staging;', note: 'The schema is new in this set.' },
  },
  peers: { squawk: ['ban-drop-schema'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['DS101'] },
  kinds: ['DropStmt'],
  create: () => ({
    statement(ctx) {
      const drop = nodeAs(ctx.node, 'DropStmt')!;
      if (drop.removeType !== 'OBJECT_SCHEMA') return;
      const existing = dropObjects(drop.objects)
        .map((parts) => parts[parts.length - 1] ?? '')
        .filter((name) => {
          if (!ctx.timeline.isNewSchema(name)) return true;
          ctx.exempt('created-in-set');
          return false;
        });
      if (!existing.length) return;
      const cascade = drop.behavior === 'DROP_CASCADE' ? ' and, with CASCADE, everything in it' : '';
      ctx.report({ message: `DROP SCHEMA ${existing.join(', ')} deletes the schema${cascade}.` });
    },
  }),
};

import { addedConstraints } from '../named-constraints.js';
import { describeExpectation, followsNamingPattern, parseNamingPattern } from '../naming-pattern.js';
import { keyNames } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const foreignKeyName: Rule = {
  code: 'DB605',
  name: 'foreign-key-name',
  family: 'naming',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A named foreign key that does not follow the configured pattern (lower snake case by default; e.g. `fk_<table>_<referenced_table>`).',
  hint: 'Name the foreign key after the configured convention.',
  why: 'Foreign key names appear in violation errors and in the changesets that later drop or validate them; a convention says which tables they join.',
  fix:
    'Rename to the convention. A common one is `pattern: fk_<table>_<referenced_table>`; placeholders are `<table>`, ' +
    '`<columns>`, `<referenced_table>`, `<referenced_columns>`. Unnamed foreign keys are not checked.',
  examples: {
    triggers: {
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
      options: { pattern: 'fk_<table>_<referenced_table>' },
      note: 'Expected fk_orders_customer.',
    },
    nearMiss: {
      sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
      options: { pattern: 'fk_<table>_<referenced_table>' },
    },
  },
  peers: { squawk: [], bytebase: ['NAMING_INDEX_FK'], atlas: ['NM105'] },
  options: {
    pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for foreign keys, e.g. `fk_<table>_<referenced_table>`.' },
  },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: (options) => {
    const pattern = parseNamingPattern(String(options.pattern));
    return {
      statement(ctx) {
        for (const { constraint, table, columns } of addedConstraints(ctx.node)) {
          if (constraint.contype !== 'CONSTR_FOREIGN' || !constraint.conname) continue;
          const values = { table, columns, referencedTable: constraint.pktable?.relname, referencedColumns: keyNames(constraint.pk_attrs) };
          if (followsNamingPattern(constraint.conname, pattern, values) !== false) continue;
          ctx.report({ message: `Foreign key name ${constraint.conname} does not follow the naming convention: expected ${describeExpectation(pattern, values)}.` });
        }
      },
    };
  },
};

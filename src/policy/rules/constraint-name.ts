import { addedConstraints } from '../named-constraints.js';
import { describeExpectation, followsNamingPattern, parseNamingPattern, type NamingPattern } from '../naming-pattern.js';
import type { Rule } from '../rule.js';

const KINDS: Record<string, { option: string; label: string }> = {
  CONSTR_PRIMARY: { option: 'primaryKey', label: 'Primary key' },
  CONSTR_UNIQUE: { option: 'unique', label: 'Unique constraint' },
  CONSTR_CHECK: { option: 'check', label: 'Check constraint' },
  CONSTR_EXCLUSION: { option: 'exclusion', label: 'Exclusion constraint' },
};

export const constraintName: Rule = {
  code: 'DB604',
  name: 'constraint-name',
  family: 'naming',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A named primary key, unique, check or exclusion constraint that does not follow the configured pattern.',
  hint: 'Name the constraint after the configured convention.',
  why: 'Constraint names appear in every violation error the application sees; a convention makes them self-explanatory and predictable for later changesets that drop or validate them.',
  fix:
    'Rename to the convention. By default names only need to be lower snake case; set `primaryKey: pk_<table>`, ' +
    '`unique: uk_<table>_<columns>`, `check: ^ck_[a-z0-9_]+$` for a stricter one. Unnamed constraints are not ' +
    'checked (PostgreSQL names them). Set an option to "" to stop checking that kind.',
  examples: {
    triggers: {
      sql: 'ALTER TABLE person ADD CONSTRAINT person_email_unique UNIQUE (email);',
      options: { unique: 'uk_<table>_<columns>' },
      note: 'Expected uk_person_email.',
    },
    nearMiss: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE (email);', options: { unique: 'uk_<table>_<columns>' } },
  },
  peers: { squawk: [], bytebase: ['NAMING_INDEX_PK', 'NAMING_INDEX_UK'], atlas: ['NM106'] },
  // Lower snake case by default: Liquibase names primary keys `<table>_pkey` itself, so a stricter
  // default would flag SQL nobody wrote. Teams choose their convention, e.g. pk_<table>.
  options: {
    primaryKey: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for primary keys, e.g. `pk_<table>`.' },
    unique: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for unique constraints, e.g. `uk_<table>_<columns>`.' },
    check: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for check constraints, e.g. `^ck_[a-z0-9_]+$`.' },
    exclusion: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for exclusion constraints.' },
  },
  kinds: ['CreateStmt', 'AlterTableStmt'],
  create: (options) => {
    const patterns = new Map<string, NamingPattern>(Object.entries(KINDS).map(([k, v]) => [k, parseNamingPattern(String(options[v.option]))]));
    return {
      statement(ctx) {
        for (const { constraint, table, columns } of addedConstraints(ctx.node)) {
          const pattern = patterns.get(constraint.contype ?? '');
          if (!pattern || !constraint.conname) continue;
          const values = { table, columns };
          if (followsNamingPattern(constraint.conname, pattern, values) !== false) continue;
          ctx.report({
            message: `${KINDS[constraint.contype!]!.label} name ${constraint.conname} does not follow the naming convention: expected ${describeExpectation(pattern, values)}.`,
          });
        }
      },
    };
  },
};

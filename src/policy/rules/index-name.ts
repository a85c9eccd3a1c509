import { describeExpectation, followsNamingPattern, parseNamingPattern } from '../naming-pattern.js';
import { indexColumns, nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const indexName: Rule = {
  code: 'DB603',
  name: 'index-name',
  family: 'naming',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'An index whose name does not follow the configured pattern (by default `idx_<table>_<columns>`), or an unnamed index.',
  hint: 'Name the index after the convention, e.g. idx_<table>_<columns>.',
  why:
    'Index names show up in plans, lock waits and error messages; a convention tells at a glance which table and ' +
    'columns an index covers, and avoids two changesets creating the same index under different names. An unnamed ' +
    'index gets a generated name that differs from what later changesets expect.',
  fix:
    'Name the index after the convention. Templates use `<table>`, `<columns>` (column names joined by `_`); ' +
    'a pattern starting with `^` is a regular expression instead. Expression indexes are only checked against regular expressions.',
  examples: {
    triggers: { sql: 'CREATE INDEX person_job_title_idx ON person (job_title);', note: 'Expected idx_person_job_title.' },
    nearMiss: { sql: 'CREATE INDEX idx_person_job_title ON person (job_title);' },
  },
  peers: { squawk: [], bytebase: ['NAMING_INDEX_IDX', 'NAMING_INDEX_UK'], atlas: ['NM104'] },
  options: {
    pattern: { type: 'naming-pattern', default: 'idx_<table>_<columns>', description: 'Pattern for non-unique indexes.' },
    uniquePattern: { type: 'naming-pattern', default: 'uk_<table>_<columns>', description: 'Pattern for unique indexes.' },
  },
  kinds: ['IndexStmt'],
  create: (options) => {
    const plain = parseNamingPattern(String(options.pattern));
    const unique = parseNamingPattern(String(options.uniquePattern));
    return {
      statement(ctx) {
        const index = nodeAs(ctx.node, 'IndexStmt')!;
        const pattern = index.unique ? unique : plain;
        if (pattern.kind === 'none') return;
        const values = { table: index.relation?.relname, columns: indexColumns(index.indexParams) };
        const expected = describeExpectation(pattern, values);
        if (!index.idxname) {
          ctx.report({ message: `Unnamed index on ${values.table ?? '?'} gets a generated name: name it ${expected}.` });
          return;
        }
        const follows = followsNamingPattern(index.idxname, pattern, values);
        if (follows === undefined) return ctx.exempt('expression-index');
        if (!follows) ctx.report({ message: `Index name ${index.idxname} does not follow the naming convention: expected ${expected}.` });
      },
    };
  },
};

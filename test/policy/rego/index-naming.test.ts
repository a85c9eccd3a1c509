import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectPolicyMessages, compileModules, evaluate } from '../../../src/policy/rego/index.js';

const POLICY_PATH = new URL('../../../policies/examples/index-naming.rego', import.meta.url).pathname;
const source = readFileSync(POLICY_PATH, 'utf8');
const policies = compileModules([{ path: 'policies/examples/index-naming.rego', source }]);

describe('policies/examples/index-naming.rego', () => {
  it('is the policy from the brief, verbatim (Rego v0 syntax)', () => {
    expect(source).toContain('deny[msg] {');
    expect(source).toContain('regex.find_all_string_submatch_n(`(?i)create\\s+(NonClustered\\s+)?index\\s+([^\\s]+)\\s+ON\\s+([^\\s(]+)\\s?\\(\\[?([^])]+)+\\]?\\);`, sql,-1)[0]');
    expect(policies.packages).toEqual([['db_sql']]);
  });

  it('denies an index whose name does not follow idx_<table>_<columns>', () => {
    const { deny, warn, errors } = collectPolicyMessages(policies, {
      sqlStatements: ['CREATE INDEX person_job_title_idx ON person (job_title);'],
    });
    expect(errors).toEqual([]);
    expect(warn).toEqual([]);
    expect(deny).toHaveLength(1);
    expect(deny[0]!.package).toBe('db_sql');
    expect(deny[0]!.message).toContain("expected index name: 'idx_person_job_title'");
    expect(deny[0]!.message).toBe(
      "Index creation does not follow naming convention.\n SQL: 'create index person_job_title_idx on person (job_title);'\n expected index name: 'idx_person_job_title'",
    );
  });

  it('accepts an index named idx_<table>_<columns>', () => {
    const r = collectPolicyMessages(policies, { sqlStatements: ['CREATE INDEX idx_person_job_title ON person (job_title);'] });
    expect(r).toEqual({ deny: [], warn: [], errors: [] });
  });

  it('joins several columns with __ and ignores statements that are not CREATE INDEX', () => {
    const { deny } = collectPolicyMessages(policies, {
      sqlStatements: [
        'ALTER TABLE person ADD COLUMN age int;',
        'CREATE INDEX idx_person_last_name__first_name ON person (last_name,first_name);',
        'CREATE NONCLUSTERED INDEX by_name ON person (last_name, first_name);',
      ],
    });
    expect(deny.map((d) => d.message.split("expected index name: ")[1])).toEqual(["'idx_person_last_name___first_name'"]);
  });

  it('gives the set OPA gives for data.db_sql.deny', () => {
    const r = evaluate(policies, { query: 'x := data.db_sql.deny', input: { sqlStatements: ['create index a on t (c);'] } });
    expect(r.solutions).toEqual([{ x: ["Index creation does not follow naming convention.\n SQL: 'create index a on t (c);'\n expected index name: 'idx_t_c'"] }]);
  });

  it('checks ~900 statements well under a second, including ones that make a backtracking regex engine blow up', () => {
    const statements: string[] = [];
    for (let i = 0; i < 900; i++) {
      if (i % 3 === 0) statements.push(`CREATE INDEX ix_${i} ON person (job_title, first_name, last_name, middle_name, nick_name, title) WHERE active;`);
      else if (i % 3 === 1) statements.push(`CREATE INDEX ix_${i} ON t${i} (a);`);
      else statements.push(`ALTER TABLE person ADD COLUMN c${i} text;`);
    }
    const started = performance.now();
    const { deny, errors } = collectPolicyMessages(policies, { sqlStatements: statements });
    const elapsed = performance.now() - started;
    expect(errors).toEqual([]);
    expect(deny).toHaveLength(300);
    expect(elapsed).toBeLessThan(1000);
  });
});

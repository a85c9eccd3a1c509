import { describe, expect, it } from 'vitest';
import { promotionBody, promotionMarker, promotionTitle } from '../../src/promotion/promotion-body.js';
import { promotionStep, branchOfRef } from '../../src/promotion/environment-branches.js';
import type { ChangeSetResult } from '../../src/report/model.js';

function pending(n: number, sqlSize = 100): ChangeSetResult[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${String(i + 1).padStart(3, '0')}-change`,
    author: 'alice',
    filePath: 'db/changelog.yaml',
    sourceFile: 'db/changelog.yaml',
    line: 2 + i * 10,
    description: `createTable tableName=t${i}`,
    state: 'pending',
    sql: [`CREATE TABLE t${i} (${'x'.repeat(sqlSize)} int)`],
  }));
}

const base = { branch: 'dev', nextBranch: 'staging', environment: 'dev', nextEnvironment: 'staging', headSha: 'a'.repeat(40) };

describe('promotion pull request description', () => {
  it('lists every pending changeset with its SQL, the commits and the marker', () => {
    const body = promotionBody({ ...base, pending: pending(2), commits: [{ sha: 'b'.repeat(40), author: 'Alice', subject: 'Add t0 and t1' }] });
    expect(body).toContain('| 1 | `001-change::alice` | `db/changelog.yaml:2` | createTable tableName=t0 |');
    expect(body).toContain('<summary>2. 002-change::alice: 1 statement</summary>');
    expect(body).toContain('CREATE TABLE t1');
    expect(body).toContain('- `bbbbbbbbbbbb` Add t0 and t1 (Alice)');
    expect(body.endsWith(promotionMarker('dev', 'staging'))).toBe(true);
    expect(promotionTitle({ ...base, pending: pending(1) })).toBe('Promote dev to staging: 1 database changeset');
    expect(promotionTitle({ ...base, pending: [] })).toBe('Promote dev to staging: no database changes');
  });

  it('stays under GitHub’s limit by dropping SQL from the end, never a changeset from the list', () => {
    const body = promotionBody({ ...base, pending: pending(40, 3000) });
    expect(body.length).toBeLessThanOrEqual(64_000);
    for (let i = 1; i <= 40; i++) expect(body).toContain(`\`${String(i).padStart(3, '0')}-change::alice\``);
    expect(body).toContain('CREATE TABLE t0');
    expect(body).not.toContain('CREATE TABLE t39');
    expect(body).toMatch(/The SQL of the last \d+ changesets is not shown/);
  });

  it('warns about changesets the next environment has and this branch lacks', () => {
    const body = promotionBody({ ...base, pending: [], unknownApplied: [{ id: 'hotfix', author: 'ops', filePath: 'db/hotfix.yaml' }] });
    expect(body).toContain('> [!WARNING]');
    expect(body).toContain('`db/hotfix.yaml::hotfix::ops`');
  });
});

describe('environment branches', () => {
  it('finds the next branch, or none on the last one', () => {
    expect(promotionStep(['dev', 'staging', 'main'], 'dev')).toEqual({ branch: 'dev', next: 'staging' });
    expect(promotionStep(['dev', 'staging', 'main'], 'main')).toEqual({ branch: 'main' });
    expect(promotionStep(['dev', 'staging', 'main'], 'hotfix', 'main')).toEqual({ branch: 'hotfix', next: 'main' });
    expect(() => promotionStep(['dev', 'main'], 'feature')).toThrow(/not one of the environment branches/);
    expect(branchOfRef('refs/heads/release/1')).toBe('release/1');
    expect(branchOfRef('refs/tags/v1')).toBeUndefined();
  });
});

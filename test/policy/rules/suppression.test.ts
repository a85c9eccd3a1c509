import { describe, expect, test } from 'vitest';
import { applySuppressions, readDirectives } from '../../../src/policy/suppression.js';
import type { Finding } from '../../../src/report/model.js';
import { changeSet, check, policyInput } from '../support/policy-input-builder.js';

const of = (code: string) => (findings: Finding[]) => findings.filter((f) => f.rule === code);

describe('inline suppression', () => {
  test('a SQL comment in the statement suppresses it, with the reason shown', async () => {
    const findings = await check(changeSet('-- dbops:ignore DB101 reason: backfilled in 42\nDROP TABLE audit_log;'));
    expect(of('DB101')(findings)).toMatchObject([{ severity: 'error', suppressed: { reason: 'backfilled in 42' } }]);
    expect(of('DB411')(findings)[0]?.suppressed).toBeUndefined();
  });

  test('only the statement it is written for', async () => {
    const findings = await check(changeSet('DROP TABLE a;\n-- dbops:ignore drop-table reason: emptied in 41\nDROP TABLE b;\nDROP TABLE c;'));
    expect(of('DB101')(findings).map((f) => [f.statement, f.suppressed?.reason])).toEqual([
      ['DROP TABLE a', undefined],
      ['DROP TABLE b', 'emptied in 41'],
      ['DROP TABLE c', undefined],
    ]);
  });

  test('a comment after a `;` belongs to the next statement; a block comment inside the statement works', async () => {
    const one = await check(changeSet('DROP TABLE a; -- dbops:ignore DB101 reason: gone since 40\nDROP TABLE b;'));
    expect(of('DB101')(one).map((f) => f.suppressed?.reason)).toEqual([undefined, 'gone since 40']);
    const two = await check(changeSet('DROP /* dbops:ignore DB101 reason: archived */ TABLE a;'));
    expect(of('DB101')(two)[0]?.suppressed?.reason).toBe('archived');
  });

  test('several rules, a family, and the changeset comment', async () => {
    const sql = '-- dbops:ignore DB101, DB411 reason: cleanup\nDROP TABLE a;';
    expect((await check(changeSet(sql))).filter((f) => !f.suppressed).map((f) => f.rule)).toEqual([]);
    const family = await check(changeSet('-- dbops:ignore destructive reason: cleanup\nDROP TABLE a;'));
    expect(of('DB101')(family)[0]?.suppressed?.reason).toBe('cleanup');
    const viaComment = await check(changeSet('DROP TABLE a;\nDROP TABLE b;', { comment: 'Remove the old audit tables. dbops:ignore DB101 reason: archived to S3 (OPS-7)' }));
    expect(of('DB101')(viaComment).map((f) => f.suppressed?.reason)).toEqual(['archived to S3 (OPS-7)', 'archived to S3 (OPS-7)']);
  });

  test('a formatted-SQL line in the changeset body covers its changeset-level findings', async () => {
    const findings = await check(changeSet('-- dbops:ignore DB701 reason: data fix, nothing to undo\nUPDATE a SET b = 1 WHERE c = 2;', { hasRollback: false }));
    expect(of('DB701')(findings)[0]?.suppressed?.reason).toBe('data fix, nothing to undo');
  });

  test('without a reason nothing is suppressed, and DB002 says so', async () => {
    const findings = await check(changeSet('-- dbops:ignore DB101\nDROP TABLE a;'));
    expect(of('DB101')(findings)[0]?.suppressed).toBeUndefined();
    expect(of('DB002')(findings).map((f) => f.message)).toEqual(['"dbops:ignore DB101" has no `reason:`, so it suppresses nothing.']);
  });

  test('an unknown rule is reported', async () => {
    const findings = await check(changeSet('-- dbops:ignore DB1O1 reason: typo\nDROP TABLE a;'));
    expect(of('DB002')(findings)[0]?.message).toContain('names unknown rule DB1O1');
    expect(of('DB101')(findings)[0]?.suppressed).toBeUndefined();
  });

  test('suppressed errors do not fail the check but stay in the result', async () => {
    const { failsCheck } = await import('../../../src/policy/policy-config.js');
    const findings = await check(changeSet('-- dbops:ignore DB101, DB411 reason: cleanup\nDROP TABLE a;'));
    expect(findings.length).toBeGreaterThan(0);
    expect(failsCheck(findings, 'error')).toBe(false);
  });

  test('a directive inside a string is not a directive', () => {
    expect(readDirectives("SELECT '-- dbops:ignore' AS x", true)).toHaveLength(1);
    expect(readDirectives('SELECT 1 AS dbops_ignore', true)).toEqual([]);
  });

  test('applySuppressions covers Rego findings the same way', () => {
    const cs = changeSet('-- dbops:ignore rego:naming reason: legacy name kept\nCREATE TABLE "Legacy" (id bigint PRIMARY KEY);');
    const rego: Finding = { rule: 'rego:naming', severity: 'error', message: 'bad name', source: 'rego', changeSet: cs.ref, statement: 'CREATE TABLE "Legacy"' };
    const other: Finding = { ...rego, rule: 'rego:other' };
    const [a, b] = applySuppressions([rego, other], policyInput([cs]));
    expect(a?.suppressed?.reason).toBe('legacy name kept');
    expect(b?.suppressed).toBeUndefined();
  });
});

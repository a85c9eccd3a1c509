import { describe, expect, it } from 'vitest';
import { renderSarif, type SarifLog, type SarifRuleDescriptor } from '../../src/report/sarif.js';
import type { PolicyCheckResult } from '../../src/report/model.js';
import { policyResult } from './fixtures.js';

const rules: SarifRuleDescriptor[] = [
  {
    id: 'DB001',
    name: 'NoDropColumn',
    shortDescription: 'Column dropped',
    fullDescription: 'Dropping a column breaks clients that still read it.',
    help: 'Deprecate the column first; drop it in a later release.',
    helpUri: 'https://dbops.dev/rules/DB001',
    defaultSeverity: 'error',
    tags: ['compatibility'],
  },
];

/** What github/codeql-action/upload-sarif and code scanning require (notes §7). */
function assertUploadable(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(log.runs.length).toBeGreaterThan(0);
  for (const run of log.runs) {
    expect(run.tool.driver.name).toBeTruthy();
    expect(Array.isArray(run.results)).toBe(true);
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.id.trim()).not.toBe('');
      expect(rule.shortDescription.text.trim()).not.toBe('');
      expect(rule.fullDescription.text.trim()).not.toBe('');
      expect(rule.help.text.trim()).not.toBe('');
      expect(['note', 'warning', 'error']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
    }
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(result.message.text.trim()).not.toBe('');
      expect(['note', 'warning', 'error']).toContain(result.level);
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^\.\/|\\/);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(Object.keys(result.partialFingerprints).length).toBeGreaterThan(0);
    }
  }
}

describe('renderSarif', () => {
  it('produces an uploadable SARIF 2.1.0 log for the findings', async () => {
    const log = renderSarif(policyResult, { toolVersion: '0.1.0', rules, automationId: 'dbops/policy-check/production/' });
    assertUploadable(log);
    const run = log.runs[0]!;
    // Suppressed findings are left out: code scanning would open alerts for them.
    expect(run.results.map((r) => r.ruleId)).toEqual(['DB003', 'DB001', 'rego:dbops.naming', 'PARSE']);
    expect(run.tool.driver.rules.find((r) => r.id === 'DB001')).toMatchObject({
      shortDescription: { text: 'Column dropped' },
      helpUri: 'https://dbops.dev/rules/DB001',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['database', 'migration', 'compatibility'] },
    });
    // A rule without a descriptor still gets non-empty descriptions, and the hint as help.
    expect(run.tool.driver.rules.find((r) => r.id === 'DB003')).toMatchObject({
      shortDescription: { text: 'dbops rule DB003' },
      help: { text: 'Use CREATE INDEX CONCURRENTLY with runInTransaction: false' },
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results[1]).toMatchObject({
      level: 'error',
      message: { text: 'Dropping column account.legacy_id breaks clients still reading it (changeset 006-drop-legacy::dave)\nFix: Deprecate the column first; drop it in a later release' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'db/changelog/006-legacy.yaml' }, region: { startLine: 5 } } }],
    });
    expect(run.results[2]!.level).toBe('note');
    await expect(`${JSON.stringify(log, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/policy-check.sarif');
  });

  it('keeps fingerprints when lines move and distinguishes repeated findings', () => {
    const moved: PolicyCheckResult = { ...policyResult, findings: policyResult.findings.map((f) => ({ ...f, line: (f.line ?? 1) + 10 })) };
    const fingerprints = (r: PolicyCheckResult) => renderSarif(r, { toolVersion: '0.1.0' }).runs[0]!.results.map((x) => x.partialFingerprints);
    expect(fingerprints(moved)).toEqual(fingerprints(policyResult));

    const twice: PolicyCheckResult = { ...policyResult, findings: [policyResult.findings[1]!, policyResult.findings[1]!] };
    const [a, b] = fingerprints(twice);
    expect(a).not.toEqual(b);
  });

  it('marks suppressed findings on request, with suppressions on every result as SARIF requires', () => {
    const run = renderSarif(policyResult, { toolVersion: '0.1.0', includeSuppressed: true }).runs[0]!;
    expect(run.results).toHaveLength(5);
    expect(run.results.every((r) => Array.isArray(r.suppressions))).toBe(true);
    expect(run.results.find((r) => r.ruleId === 'DB007')!.suppressions).toEqual([
      { kind: 'inSource', justification: 'table has 12 rows; approved by @dba-team' },
    ]);
  });

  it('locates findings without a file at the changelog, and encodes paths as URIs', () => {
    const result: PolicyCheckResult = {
      changelog: 'db/changelog.yaml',
      ok: true,
      durationMs: 1,
      checked: [],
      findings: [
        { rule: 'X1', severity: 'warning', message: 'm', source: 'builtin' },
        { rule: 'X1', severity: 'warning', message: 'm', source: 'builtin', file: './db/my changes#1.yaml', line: 0 },
      ],
    };
    const log = renderSarif(result, { toolVersion: '0.1.0' });
    assertUploadable(log);
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'db/changelog.yaml' }, region: { startLine: 1 } },
      { artifactLocation: { uri: 'db/my%20changes%231.yaml' }, region: { startLine: 1 } },
    ]);
  });

  it('is valid with no findings: an empty results array', () => {
    const log = renderSarif({ ...policyResult, findings: [] }, { toolVersion: '0.1.0' });
    assertUploadable(log);
    expect(log.runs[0]!.results).toEqual([]);
  });
});

/**
 * Snapshot tests of every section renderer on realistic results; the snapshots are Markdown files
 * under __snapshots__/ so a reviewer can read (and preview) exactly what a PR comment shows.
 */
import { describe, expect, it } from 'vitest';
import { renderApplySection } from '../../src/report/apply-section.js';
import { renderPolicySection } from '../../src/report/policy-section.js';
import { renderRollbackSection } from '../../src/report/rollback-section.js';
import { renderSchemaChangeSection } from '../../src/report/schema-change-section.js';
import { renderErDiagram } from '../../src/report/er-diagram.js';
import { parseCommentBody, renderComment } from '../../src/report/comment-sections.js';
import { renderJobSummary } from '../../src/report/job-summary.js';
import type { CommentSection } from '../../src/report/comment-sections.js';
import {
  cleanPolicyResult,
  failedUpdate,
  pendingChanges,
  policyResult,
  rollbackResult,
  schemaChange,
  successfulUpdate,
} from './fixtures.js';

const runUrl = 'https://github.com/acme/shop/actions/runs/4242';

function asFile(section: CommentSection): string {
  return `<!-- id=${section.id} status=${section.status} title=${section.title} summary=${section.summary} -->\n\n${section.body}\n`;
}

describe('apply section', () => {
  it('shows the failure first, every changeset run, and the SQL per changeset', async () => {
    const section = renderApplySection(failedUpdate, { runUrl });
    expect(section).toMatchObject({ id: 'apply', title: 'Apply', status: 'fail', url: runUrl });
    expect(section.summary).toBe('1 failed, 2 executed, 1 not executed, 1 skipped, 1 already applied');
    await expect(asFile(section)).toMatchFileSnapshot('__snapshots__/apply-failed.md');
  });

  it('keeps SQL containing backticks and fences inside its block', () => {
    const body = renderApplySection(failedUpdate).body;
    expect(body).toContain("````sql\nCREATE TABLE public.orders");
    expect(body).toContain("may contain ``` fences and `ticks`';\n````");
  });

  it('lists pending changes as information', async () => {
    const section = renderApplySection(pendingChanges);
    expect(section).toMatchObject({ title: 'Pending changes', status: 'info', summary: '1 pending' });
    await expect(asFile(section)).toMatchFileSnapshot('__snapshots__/apply-pending.md');
  });

  it('passes an up-to-date database', () => {
    const section = renderApplySection({ ...successfulUpdate, changeSets: [] });
    expect(section).toMatchObject({ status: 'pass', summary: 'nothing to apply' });
    expect(section.body).toContain('the database is up to date');
  });

  it('cuts very long SQL with a note', () => {
    const big = { ...successfulUpdate, changeSets: [{ ...successfulUpdate.changeSets[0]!, sql: ['INSERT INTO t VALUES (1);'.repeat(2000)] }] };
    const body = renderApplySection(big, { maxSqlChars: 1000 }).body;
    expect(body).toContain('-- … 49000 more characters not shown');
    expect(body.length).toBeLessThan(2000);
  });
});

describe('policy section', () => {
  it('groups findings by changeset with rule, severity, hint and line, then the suppressed ones', async () => {
    const section = renderPolicySection(policyResult, { runUrl });
    expect(section).toMatchObject({ id: 'policy-check', status: 'fail', summary: '1 error, 2 warnings, 1 notice, 1 suppressed' });
    // Findings without a changeset come first, then changesets in checked order.
    const body = section.body;
    expect(body.indexOf('**Changelog**')).toBeLessThan(body.indexOf('006-drop-legacy::dave'));
    expect(body.indexOf('006-drop-legacy::dave')).toBeLessThan(body.indexOf('007-index::erin'));
    // A pipe in a message must not split the table row; a mention must not ping.
    expect(body).toContain('orders_account_idx \\| should end');
    expect(body).toContain('@\u200bdba-team');
    await expect(asFile(section)).toMatchFileSnapshot('__snapshots__/policy-check.md');
  });

  it('passes a clean check', () => {
    expect(renderPolicySection(cleanPolicyResult)).toMatchObject({ status: 'pass', summary: 'no findings in 1 changeset' });
  });

  it('warns when the check passed with warnings (fail-on: error)', () => {
    const warningsOnly = { ...policyResult, ok: true, findings: policyResult.findings.filter((f) => f.severity === 'warning') };
    expect(renderPolicySection(warningsOnly).status).toBe('warn');
  });
});

describe('rollback section', () => {
  it('shows each verification, mismatches with their differences, errors with the statement', async () => {
    const section = renderRollbackSection(rollbackResult, { runUrl });
    expect(section).toMatchObject({ status: 'fail', summary: '1 mismatch, 1 error, 1 no rollback, 1 verified, 1 skipped' });
    await expect(asFile(section)).toMatchFileSnapshot('__snapshots__/rollback-verify.md');
  });

  it('warns when a changeset has no rollback but nothing failed', () => {
    const result = { ...rollbackResult, ok: true, verifications: rollbackResult.verifications.filter((v) => ['verified', 'no-rollback'].includes(v.status)) };
    expect(renderRollbackSection(result)).toMatchObject({ status: 'warn', summary: '1 no rollback, 1 verified' });
  });
});

describe('schema change section', () => {
  it('lists table changes and draws the touched tables as a Mermaid erDiagram', async () => {
    const section = renderSchemaChangeSection(schemaChange, { runUrl });
    expect(section).toMatchObject({ id: 'diff', status: 'info', summary: '1 new table, 1 changed table, 1 dropped table, 2 foreign key changes' });
    expect(section.body).toContain('```mermaid\nerDiagram\n');
    await expect(asFile(section)).toMatchFileSnapshot('__snapshots__/schema-change.md');
  });

  it('reports drift as a warning, no drift as a pass', () => {
    expect(renderSchemaChangeSection(schemaChange, { kind: 'drift' })).toMatchObject({ id: 'drift', title: 'Drift', status: 'warn' });
    expect(renderSchemaChangeSection({ tables: [], foreignKeys: [] }, { kind: 'drift' })).toMatchObject({ status: 'pass', summary: 'no drift' });
  });

  it('writes only what Mermaid accepts: word names, typed attributes, one quoted comment', () => {
    const diagram = renderErDiagram(schemaChange);
    const attribute = /^ {8}[A-Za-z][A-Za-z0-9_\-()[\]]* [A-Za-z_][A-Za-z0-9_]*( PK| FK| PK, FK)?( "[^"]*")?$/;
    const entityOpen = /^ {4}[A-Za-z_][A-Za-z0-9_]* \{$/;
    const relation = /^ {4}[A-Za-z_][A-Za-z0-9_]* \}o(--|\.\.)(o\||\|\|) [A-Za-z_][A-Za-z0-9_]* : "[^"]*"$/;
    for (const line of diagram.split('\n').slice(1)) {
      expect([attribute, entityOpen, relation, /^ {4}\}$/].some((r) => r.test(line)), line).toBe(true);
    }
    expect(diagram).toContain('numeric(12_2) balance "changed, was integer"');
    expect(diagram).toContain('character_varying(255) email "not null"');
    expect(diagram).toContain('bigint account_id FK "new, not null"');
    expect(diagram).toContain('archive__legacy_audit }o..o| account : "audit_account_fk: dropped"');
  });

  it('keeps distinct tables distinct after sanitising names', () => {
    const diagram = renderErDiagram({
      tables: [
        { name: 'b', schema: 'a', columns: [] },
        { name: 'a__b', columns: [] },
      ],
      foreignKeys: [],
    });
    expect(diagram.split('\n')).toEqual(['erDiagram', '    a__b', '    a__b_2']);
  });
});

describe('whole comment and job summary', () => {
  const sections = [
    renderApplySection(failedUpdate, { runUrl }),
    renderPolicySection(policyResult, { runUrl }),
    renderRollbackSection(rollbackResult, { runUrl }),
    renderSchemaChangeSection(schemaChange, { runUrl }),
  ];

  it('renders one comment with a headline over all sections', async () => {
    const body = renderComment(sections, { key: { changelog: 'db/changelog/db.changelog-master.yaml', environment: 'production' } });
    expect(body.startsWith('<!-- dbops:comment changelog=db/changelog/db.changelog-master.yaml env=production -->\n')).toBe(true);
    expect(body).toContain('**❌ 3 failed · ℹ️ 1 report**');
    expect(parseCommentBody(body).sections.map((s) => s.id)).toEqual(['policy-check', 'diff', 'apply', 'rollback-verify']);
    await expect(body).toMatchFileSnapshot('__snapshots__/comment-full.md');
  });

  it('renders the job summary with the same content and no markers', async () => {
    const summary = renderJobSummary(sections, { key: { changelog: 'db/changelog/db.changelog-master.yaml', environment: 'production' }, runUrl });
    expect(summary).not.toContain('<!-- dbops:');
    for (const s of sections) expect(summary).toContain(s.body);
    await expect(summary).toMatchFileSnapshot('__snapshots__/job-summary.md');
  });

  it('drops the biggest section body from a job summary over budget', () => {
    const huge: CommentSection = { id: 'apply', title: 'Apply', status: 'pass', summary: 'big', body: 'x'.repeat(5000) };
    const summary = renderJobSummary([huge, sections[1]!], { maxBytes: 4000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(4000);
    expect(summary).toContain('_Details omitted (5,000 characters');
    expect(summary).toContain(sections[1]!.body);
  });
});

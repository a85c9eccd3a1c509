import type { ChangeSetRef, Finding, PolicyCheckResult, Severity } from './model.js';
import type { CommentSection, SectionOptions, SectionStatus } from './comment-sections.js';
import { changeSetLabel, changeSetLocation } from './changeset-label.js';
import { MarkdownBuilder, escapeText, formatDuration, inlineCode, oneLine, plural, truncate } from './markdown.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const SEVERITY_CELL: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/**
 * The policy-check section: findings grouped by changeset (rule code, severity, message, fix
 * hint, file:line, the statement in question), then the suppressed ones with their reason.
 *
 * Status: `fail` when the check failed (`ok` false), `warn` when it passed with active findings,
 * `pass` otherwise.
 */
export function renderPolicySection(result: PolicyCheckResult, options: SectionOptions = {}): CommentSection {
  const active = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const md = new MarkdownBuilder();

  md.paragraph(
    `Checked ${plural(result.checked.length, 'changeset')} of ${inlineCode(result.changelog)}` +
      `${result.environment ? ` for ${escapeText(result.environment)}` : ''} in ${formatDuration(result.durationMs)}.`,
  );

  if (active.length === 0) {
    md.paragraph(result.findings.length === 0 ? '_No findings._' : '_No active findings._');
  }
  for (const group of groupByChangeSet(active, result.checked)) {
    md.paragraph(group.heading);
    md.table(
      ['Severity', 'Rule', 'Finding', 'Location'],
      group.findings.map((f) => [SEVERITY_CELL[f.severity], inlineCode(f.rule), findingCell(f), lineCell(f)]),
    );
  }

  if (suppressed.length > 0) {
    md.details(`${plural(suppressed.length, 'suppressed finding')}`, (b) =>
      b.table(
        ['Rule', 'Changeset', 'Finding', 'Reason'],
        sortFindings(suppressed).map((f) => [
          inlineCode(f.rule),
          f.changeSet ? inlineCode(changeSetLabel(f.changeSet)) : '—',
          escapeText(oneLine(f.message)),
          escapeText(oneLine(f.suppressed!.reason)),
        ]),
      ),
    );
  }

  return {
    id: options.id ?? 'policy-check',
    title: options.title ?? 'Policy check',
    status: statusFor(result, active),
    summary: summaryFor(result, active, suppressed.length),
    body: md.stringify(),
    ...(options.runUrl ? { url: options.runUrl } : {}),
  };
}

/** `2 errors, 1 warning, 1 suppressed` — shared with the terminal text. */
export function findingCounts(findings: Finding[]): string {
  const active = findings.filter((f) => !f.suppressed);
  const parts: string[] = [];
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  if (count('error')) parts.push(plural(count('error'), 'error'));
  if (count('warning')) parts.push(plural(count('warning'), 'warning'));
  if (count('notice')) parts.push(plural(count('notice'), 'notice'));
  const suppressed = findings.length - active.length;
  if (suppressed) parts.push(`${suppressed} suppressed`);
  return parts.join(', ');
}

/** Errors first, then by file and line, then by rule: the order reviewers read them in. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

function statusFor(result: PolicyCheckResult, active: Finding[]): SectionStatus {
  if (!result.ok) return 'fail';
  return active.some((f) => f.severity !== 'notice') ? 'warn' : 'pass';
}

function summaryFor(result: PolicyCheckResult, active: Finding[], suppressed: number): string {
  if (active.length === 0 && suppressed === 0) return `no findings in ${plural(result.checked.length, 'changeset')}`;
  return findingCounts(result.findings);
}

interface FindingGroup {
  heading: string;
  findings: Finding[];
}

/**
 * Groups in the order the changesets were checked (the changelog's order), findings that belong
 * to no changeset (a parser problem, a changelog-wide rule) first.
 */
function groupByChangeSet(findings: Finding[], checked: ChangeSetRef[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { order: number }>();
  const checkedOrder = new Map(checked.map((c, i) => [`${c.filePath}\u0000${changeSetLabel(c)}`, i]));
  let order = checked.length;
  for (const f of findings) {
    const key = f.changeSet ? `${f.changeSet.filePath}\u0000${changeSetLabel(f.changeSet)}` : '';
    let group = groups.get(key);
    if (!group) {
      const heading = f.changeSet
        ? `**${inlineCode(changeSetLabel(f.changeSet))}** · ${inlineCode(changeSetLocation(f.changeSet))}`
        : '**Changelog**';
      group = { heading, findings: [], order: key === '' ? -1 : (checkedOrder.get(key) ?? order++) };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ heading: g.heading, findings: sortFindings(g.findings) }));
}

function findingCell(f: Finding): string {
  const parts = [escapeText(oneLine(f.message))];
  if (f.hint) parts.push(`💡 ${escapeText(oneLine(f.hint))}`);
  if (f.statement) parts.push(inlineCode(truncate(oneLine(f.statement), 200)));
  return parts.join('<br>');
}

function lineCell(f: Finding): string {
  const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
  const line = f.line ?? f.changeSet?.line;
  if (!file) return '—';
  return inlineCode(line ? `${file}:${line}` : file);
}

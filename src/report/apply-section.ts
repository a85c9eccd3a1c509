import type { ChangeSetState, CommandName, RunResult, StatementError } from './model.js';
import type { CommentSection, SectionOptions, SectionStatus } from './comment-sections.js';
import { changeSetLabel, changeSetLocation } from './changeset-label.js';
import { MarkdownBuilder, escapeText, formatDuration, inlineCode, oneLine } from './markdown.js';

export interface ApplySectionOptions extends SectionOptions {
  /**
   * SQL shown per changeset, in characters; longer SQL (a big loadData) is cut with a note.
   * Default 20,000, so one changeset cannot take the whole comment.
   */
  maxSqlChars?: number;
  /** List changesets applied before this run too (default: only a count). */
  showAlreadyApplied?: boolean;
}

const STATE_LABEL: Record<ChangeSetState, string> = {
  pending: 'pending',
  executed: 'executed',
  reran: 're-ran',
  markRan: 'marked ran',
  applied: 'already applied',
  skipped: 'skipped',
  failed: 'failed',
  notExecuted: 'not executed',
  rolledBack: 'rolled back',
};

const STATE_ICON: Record<ChangeSetState, string> = {
  pending: '🕓',
  executed: '✅',
  reran: '🔁',
  markRan: '☑️',
  applied: '✔️',
  skipped: '⏭️',
  failed: '❌',
  notExecuted: '⏸️',
  rolledBack: '↩️',
};

/** Order of the counts in the summary line: what happened first, what did not happen last. */
const STATE_ORDER: ChangeSetState[] = ['failed', 'executed', 'reran', 'markRan', 'rolledBack', 'pending', 'notExecuted', 'skipped', 'applied'];

/** Commands that only report (nothing is changed), shown as information rather than pass. */
const REPORT_ONLY = new Set<CommandName>(['update-sql', 'status', 'history', 'rollback-sql', 'future-rollback-sql']);

/**
 * The apply section of the PR comment (and job summary): changesets pending, applied, failed,
 * each with its SQL in a collapsible block; a failure first, with the statement and what the
 * database said.
 *
 * @example
 * ```ts
 * const body = mergeCommentSections(existing, renderApplySection(runResult, { runUrl }), { key });
 * ```
 */
export function renderApplySection(run: RunResult, options: ApplySectionOptions = {}): CommentSection {
  const maxSql = options.maxSqlChars ?? 20_000;
  const listed = options.showAlreadyApplied ? run.changeSets : run.changeSets.filter((c) => c.state !== 'applied');
  const alreadyApplied = run.changeSets.length - listed.length;
  const md = new MarkdownBuilder();

  const facts = [`Database ${inlineCode(run.database)}`, `changelog ${inlineCode(run.changelog)}`, formatDuration(run.durationMs)];
  md.paragraph(facts.join(' · '));

  if (run.error) md.alert('CAUTION', failureMarkdown(run, listed.some((c) => c.error)));

  if (listed.length > 0) {
    md.table(
      ['', 'Changeset', 'Location', 'State', 'Time'],
      listed.map((c) => [
        STATE_ICON[c.state],
        inlineCode(changeSetLabel(c)),
        inlineCode(changeSetLocation(c)),
        c.reason ? `${STATE_LABEL[c.state]}: ${escapeText(oneLine(c.reason))}` : STATE_LABEL[c.state],
        c.durationMs === undefined ? '' : formatDuration(c.durationMs),
      ]),
    );
  } else {
    md.paragraph(REPORT_ONLY.has(run.command) || run.command.startsWith('update') ? '_No changesets to apply: the database is up to date._' : '_No changesets._');
  }
  if (alreadyApplied > 0) md.paragraph(`_${alreadyApplied} changeset${alreadyApplied === 1 ? '' : 's'} applied before this run ${alreadyApplied === 1 ? 'is' : 'are'} not listed._`);

  for (const c of listed) {
    if (c.sql.length === 0 && !c.error) continue;
    const statements = c.sql.length === 1 ? '1 statement' : `${c.sql.length} statements`;
    md.details(
      `${STATE_ICON[c.state]} ${changeSetLabel(c)} — ${statements}`,
      (b) => {
        const about = [c.description, c.comment].filter((s): s is string => !!s).map((s) => escapeText(oneLine(s)));
        if (about.length) b.paragraph(about.join(' — '));
        // The failing statement is worth naming only when the block below shows several.
        const onlyStatement = c.sql.length === 1 && c.sql[0]!.trim() === c.error?.statement?.trim();
        if (c.error) b.paragraph(errorMarkdown(onlyStatement ? { ...c.error, statement: undefined } : c.error));
        if (c.sql.length) b.codeBlock(clip(formatSql(c.sql), maxSql), 'sql');
      },
      { open: c.state === 'failed' },
    );
  }

  if (run.script && listed.every((c) => c.sql.length === 0)) {
    md.details('Full SQL script', (b) => b.codeBlock(clip(run.script!, maxSql), 'sql'));
  }

  return {
    id: options.id ?? 'apply',
    title: options.title ?? titleFor(run.command),
    status: statusFor(run),
    summary: summaryFor(run),
    body: md.stringify(),
    ...(options.runUrl ? { url: options.runUrl } : {}),
  };
}

/** Statements one after the other, each ending with a semicolon, blank line between them. */
export function formatSql(statements: string[]): string {
  return statements
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => (s.endsWith(';') ? s : `${s};`))
    .join('\n\n');
}

function titleFor(command: CommandName): string {
  if (command === 'update-sql' || command === 'status') return 'Pending changes';
  if (command.startsWith('update')) return 'Apply';
  if (command.startsWith('rollback') || command === 'future-rollback-sql') return 'Rollback';
  if (command === 'changelog-sync') return 'Changelog sync';
  return command.charAt(0).toUpperCase() + command.slice(1).replace(/-/g, ' ');
}

function statusFor(run: RunResult): SectionStatus {
  if (!run.ok) return 'fail';
  return REPORT_ONLY.has(run.command) ? 'info' : 'pass';
}

function summaryFor(run: RunResult): string {
  const counts = new Map<ChangeSetState, number>();
  for (const c of run.changeSets) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  const parts = STATE_ORDER.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${STATE_LABEL[s]}`);
  if (parts.length === 0) return run.ok ? 'nothing to apply' : 'failed';
  if (run.rolledBackAfterFailure) parts.push('rolled back after the failure');
  return parts.join(', ');
}

function failureMarkdown(run: RunResult, detailShownBelow: boolean): string {
  const error = run.error!;
  const lines: string[] = [];
  const where = error.changeSet ? ` in ${inlineCode(changeSetLabel(error.changeSet))} (${inlineCode(changeSetLocation(error.changeSet))})` : '';
  lines.push(`**The run failed${where}:** ${escapeText(oneLine(error.message))}`);
  // The failing changeset's block repeats the database's answer with the SQL; say it once.
  if (error.detail && !detailShownBelow) lines.push('', errorMarkdown(error.detail));
  if (run.rolledBackAfterFailure) lines.push('', 'The changesets applied by this run were rolled back.');
  return lines.join('\n');
}

/** Database error details as Markdown lines; the failing statement goes in its own SQL block. */
function errorMarkdown(error: StatementError): string {
  const lines = [`**Error:** ${escapeText(oneLine(error.message))}${error.code ? ` (SQLSTATE ${inlineCode(error.code)})` : ''}`];
  if (error.detail) lines.push(`**Detail:** ${escapeText(oneLine(error.detail))}`);
  if (error.hint) lines.push(`**Hint:** ${escapeText(oneLine(error.hint))}`);
  if (error.statement) lines.push(`**Statement:** ${inlineCode(clip(oneLine(error.statement), 500))}`);
  return lines.join('<br>\n');
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n-- … ${text.length - max} more characters not shown`;
}

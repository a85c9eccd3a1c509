/**
 * Plain text for the CLI terminal: one line per changeset (state, name, location, time), failures
 * with the statement and what the database said. No Markdown; colour only when asked for.
 */
import type { ChangeSetResult, ChangeSetState, PolicyCheckResult, RollbackVerifyResult, RunResult, StatementError } from './model.js';
import { changeSetLabel, changeSetLocation } from './changeset-label.js';
import { findingCounts, sortFindings } from './policy-section.js';
import { formatDuration, plural } from './markdown.js';

export interface TerminalTextOptions {
  /** ANSI colours (the CLI passes `process.stdout.isTTY && !process.env.NO_COLOR`). */
  color?: boolean;
  /** List changesets applied before this run in update output too (always listed for status/history). */
  showAlreadyApplied?: boolean;
  /**
   * The changesets were already printed one by one as they ran (the CLI's progress lines): list
   * only those that need attention (failed, marked ran, skipped with an error), keep the counts.
   */
  progressShown?: boolean;
}

type Paint = (text: string) => string;
interface Palette {
  red: Paint;
  green: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
}

const STATE_LABEL: Record<ChangeSetState, string> = {
  pending: 'pending',
  executed: 'executed',
  reran: 're-ran',
  markRan: 'marked ran',
  applied: 'applied',
  skipped: 'skipped',
  failed: 'FAILED',
  notExecuted: 'not executed',
  rolledBack: 'rolled back',
};

const INDENT = '    ';

/**
 * @example
 * ```ts
 * process.stdout.write(renderRunText(result, { color: process.stdout.isTTY }));
 * ```
 */
export function renderRunText(run: RunResult, options: TerminalTextOptions = {}): string {
  const p = palette(options.color);
  const hideApplied = run.command.startsWith('update') && !options.showAlreadyApplied;
  const needsAttention = (c: ChangeSetResult) => c.state === 'failed' || c.state === 'markRan' || c.error !== undefined;
  const listed = options.progressShown
    ? run.changeSets.filter(needsAttention)
    : hideApplied
      ? run.changeSets.filter((c) => c.state !== 'applied')
      : run.changeSets;
  const lines = [p.bold(`dbops ${run.command}`) + ` ${run.changelog} on ${run.database}`];

  const labelWidth = Math.min(60, Math.max(0, ...listed.map((c) => changeSetLabel(c).length)));
  const locationWidth = Math.min(60, Math.max(0, ...listed.map((c) => changeSetLocation(c).length)));
  for (const c of listed) {
    const cells = [
      paintState(c.state, STATE_LABEL[c.state].padEnd(12), p),
      changeSetLabel(c).padEnd(labelWidth),
      p.dim(changeSetLocation(c).padEnd(locationWidth)),
      c.durationMs === undefined ? '' : formatDuration(c.durationMs).padStart(8),
    ];
    lines.push(`  ${cells.join('  ').trimEnd()}`);
    if (c.reason && c.state !== 'failed') lines.push(`${INDENT}${p.dim(c.reason)}`);
    if (c.error) lines.push(...errorLines(c.error, p));
  }
  const hidden = run.changeSets.length - listed.length;
  if (hidden > 0 && !options.progressShown) lines.push(p.dim(`  (${plural(hidden, 'changeset')} applied before this run not listed)`));

  if (run.error) {
    const where = run.error.changeSet ? ` in ${changeSetLabel(run.error.changeSet)} (${changeSetLocation(run.error.changeSet)})` : '';
    lines.push(p.red(`Failed${where}: ${run.error.message}`));
    // The changeset line above already shows the database's answer when the changeset is listed.
    const shown = run.changeSets.some((c) => c.error && listed.includes(c));
    if (run.error.detail && !shown) lines.push(...errorLines(run.error.detail, p));
    if (run.rolledBackAfterFailure) lines.push('The changesets applied by this run were rolled back.');
  }
  lines.push(`${summary(run.changeSets)} (${formatDuration(run.durationMs)})`);
  return `${lines.join('\n')}\n`;
}

/** Policy findings, errors first, one line each with `file:line`, then the hint. */
export function renderPolicyText(result: PolicyCheckResult, options: TerminalTextOptions = {}): string {
  const p = palette(options.color);
  const lines = [p.bold('dbops policy-check') + ` ${result.changelog}${result.environment ? ` (${result.environment})` : ''}`];
  const ordered = [...sortFindings(result.findings.filter((f) => !f.suppressed)), ...sortFindings(result.findings.filter((f) => f.suppressed))];
  for (const f of ordered) {
    const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
    const line = f.line ?? f.changeSet?.line;
    const where = file ? `${file}${line ? `:${line}` : ''}: ` : '';
    const severity = f.suppressed ? p.dim('suppressed') : f.severity === 'error' ? p.red('error') : f.severity === 'warning' ? p.yellow('warning') : 'notice';
    const subject = f.changeSet ? ` [${changeSetLabel(f.changeSet)}]` : '';
    lines.push(`  ${where}${severity} ${f.rule}: ${f.message}${subject}`);
    if (f.suppressed) lines.push(`${INDENT}${p.dim(`suppressed: ${f.suppressed.reason}`)}`);
    else if (f.hint) lines.push(`${INDENT}hint: ${f.hint}`);
  }
  const counts = findingCounts(result.findings) || 'no findings';
  lines.push(`${plural(result.checked.length, 'changeset')} checked: ${counts} (${formatDuration(result.durationMs)})${result.ok ? '' : ` — ${p.red('failed')}`}`);
  return `${lines.join('\n')}\n`;
}

/** Rollback verification, one line per changeset, differences and errors below it. */
export function renderRollbackText(result: RollbackVerifyResult, options: TerminalTextOptions = {}): string {
  const p = palette(options.color);
  const lines = [p.bold('dbops rollback-verify') + ` ${result.changelog}`];
  const width = Math.min(60, Math.max(0, ...result.verifications.map((v) => changeSetLabel(v).length)));
  for (const v of result.verifications) {
    const label = v.status.padEnd(12);
    const state = v.status === 'verified' ? p.green(label) : v.status === 'mismatch' || v.status === 'error' ? p.red(label) : p.yellow(label);
    lines.push(`  ${state}  ${changeSetLabel(v).padEnd(width)}  ${p.dim(changeSetLocation(v))}`);
    for (const d of v.differences ?? []) lines.push(`${INDENT}- ${d}`);
    if (v.error) lines.push(...errorLines(v.error, p));
  }
  const count = (s: string) => result.verifications.filter((v) => v.status === s).length;
  const parts = ['verified', 'mismatch', 'error', 'no-rollback', 'skipped'].filter((s) => count(s)).map((s) => `${count(s)} ${s}`);
  lines.push(`${parts.join(', ') || 'nothing to verify'} (${formatDuration(result.durationMs)})${result.ok ? '' : ` — ${p.red('failed')}`}`);
  return `${lines.join('\n')}\n`;
}

function errorLines(error: StatementError, p: Palette): string[] {
  const lines = [`${INDENT}${p.red(error.message)}${error.code ? ` (SQLSTATE ${error.code})` : ''}`];
  if (error.detail) lines.push(`${INDENT}detail: ${error.detail}`);
  if (error.hint) lines.push(`${INDENT}hint: ${error.hint}`);
  if (error.statement) {
    const [first, ...rest] = error.statement.trim().split(/\r?\n/);
    lines.push(`${INDENT}statement: ${first}`, ...rest.map((l) => `${INDENT}           ${l}`));
  }
  return lines;
}

function summary(changeSets: ChangeSetResult[]): string {
  const counts = new Map<ChangeSetState, number>();
  for (const c of changeSets) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  const order: ChangeSetState[] = ['failed', 'executed', 'reran', 'markRan', 'rolledBack', 'pending', 'notExecuted', 'skipped', 'applied'];
  const parts = order.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${STATE_LABEL[s].toLowerCase()}`);
  return `${plural(changeSets.length, 'changeset')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function paintState(state: ChangeSetState, text: string, p: Palette): string {
  switch (state) {
    case 'failed':
      return p.red(text);
    case 'executed':
    case 'reran':
    case 'markRan':
      return p.green(text);
    case 'pending':
    case 'rolledBack':
      return p.yellow(text);
    default:
      return p.dim(text);
  }
}

function palette(color = false): Palette {
  const sgr = (open: number, close: number): Paint => (color ? (t) => `\u001b[${open}m${t}\u001b[${close}m` : (t) => t);
  return { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

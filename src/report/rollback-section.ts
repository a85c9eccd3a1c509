import type { RollbackVerification, RollbackVerifyResult } from './model.js';
import type { CommentSection, SectionOptions, SectionStatus } from './comment-sections.js';
import { changeSetLabel, changeSetLocation } from './changeset-label.js';
import { MarkdownBuilder, escapeText, formatDuration, inlineCode, oneLine, plural } from './markdown.js';

type VerificationStatus = RollbackVerification['status'];

const STATUS_ICON: Record<VerificationStatus, string> = {
  verified: '✅',
  mismatch: '❌',
  error: '💥',
  'no-rollback': '⚠️',
  skipped: '⏭️',
};

const STATUS_LABEL: Record<VerificationStatus, string> = {
  verified: 'verified',
  mismatch: 'mismatch',
  error: 'error',
  'no-rollback': 'no rollback',
  skipped: 'skipped',
};

const ORDER: VerificationStatus[] = ['mismatch', 'error', 'no-rollback', 'verified', 'skipped'];

/**
 * The rollback-verify section: per changeset, whether applying then rolling back returned the
 * schema to where it was, with the differences when it did not and the database's answer when
 * the rollback failed.
 */
export function renderRollbackSection(result: RollbackVerifyResult, options: SectionOptions = {}): CommentSection {
  const md = new MarkdownBuilder();
  md.paragraph(`Applied and rolled back each changeset of ${inlineCode(result.changelog)} in ${formatDuration(result.durationMs)}.`);

  if (result.verifications.length === 0) {
    md.paragraph('_No changesets to verify._');
  } else {
    md.table(
      ['', 'Changeset', 'Location', 'Result'],
      result.verifications.map((v) => [STATUS_ICON[v.status], inlineCode(changeSetLabel(v)), inlineCode(changeSetLocation(v)), resultCell(v)]),
    );
  }

  for (const v of result.verifications) {
    if (v.status === 'mismatch' && v.differences?.length) {
      md.details(
        `${STATUS_ICON[v.status]} ${changeSetLabel(v)} — ${plural(v.differences.length, 'difference')} after rollback`,
        (b) => b.list(v.differences!.map((d) => escapeText(oneLine(d)))),
        { open: true },
      );
    }
    if (v.error) {
      md.details(
        `${STATUS_ICON[v.status]} ${changeSetLabel(v)} — ${oneLine(v.error.message)}`,
        (b) => {
          const facts = [`**Error:** ${escapeText(oneLine(v.error!.message))}${v.error!.code ? ` (SQLSTATE ${inlineCode(v.error!.code)})` : ''}`];
          if (v.error!.detail) facts.push(`**Detail:** ${escapeText(oneLine(v.error!.detail))}`);
          if (v.error!.hint) facts.push(`**Hint:** ${escapeText(oneLine(v.error!.hint))}`);
          b.paragraph(facts.join('<br>\n'));
          if (v.error!.statement) b.codeBlock(v.error!.statement, 'sql');
        },
        { open: true },
      );
    }
  }

  return {
    id: options.id ?? 'rollback-verify',
    title: options.title ?? 'Rollback verification',
    status: statusFor(result),
    summary: summaryFor(result),
    body: md.stringify(),
    ...(options.runUrl ? { url: options.runUrl } : {}),
  };
}

function resultCell(v: RollbackVerification): string {
  switch (v.status) {
    case 'mismatch':
      return `mismatch: ${plural(v.differences?.length ?? 0, 'difference')}`;
    case 'error':
      return `error: ${escapeText(oneLine(v.error?.message ?? 'unknown error'))}`;
    case 'no-rollback':
      return 'no rollback: the changeset cannot be undone automatically';
    default:
      return STATUS_LABEL[v.status];
  }
}

function statusFor(result: RollbackVerifyResult): SectionStatus {
  if (!result.ok || result.verifications.some((v) => v.status === 'mismatch' || v.status === 'error')) return 'fail';
  return result.verifications.some((v) => v.status === 'no-rollback') ? 'warn' : 'pass';
}

function summaryFor(result: RollbackVerifyResult): string {
  if (result.verifications.length === 0) return 'nothing to verify';
  return ORDER.map((s) => [s, result.verifications.filter((v) => v.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_LABEL[s]}`)
    .join(', ');
}

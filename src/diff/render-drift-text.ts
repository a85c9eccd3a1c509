import type { DriftReport } from './drift.js';
import { renderDiffText } from './render-diff-text.js';

/**
 * A drift report for a terminal or a log: the verdict first, then what was replayed and what
 * could not be, then the differences (reference: what the changelog builds; target: the database).
 */
export function renderDriftText(report: DriftReport): string {
  const lines = [
    report.drifted
      ? `Drift: ${report.differences} object${report.differences === 1 ? '' : 's'} in ${report.database} differ from what ${report.changelog} builds.`
      : `No drift: ${report.database} matches what ${report.changelog} builds.`,
    `${report.replayed} applied changeset${report.replayed === 1 ? '' : 's'} replayed on the embedded PostgreSQL.`,
  ];
  if (report.notInChangelog.length > 0) {
    lines.push(`Applied but no longer in the changelog (not replayed): ${report.notInChangelog.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
  }
  if (report.changedSinceApplied.length > 0) {
    lines.push(`Changed since applied (replayed as they are now): ${report.changedSinceApplied.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
  }
  if (!report.drifted) return `${lines.join('\n')}\n`;
  return `${lines.join('\n')}\n\n${renderDiffText(report.diff)}`;
}

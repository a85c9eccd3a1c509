import { type CommentKey, type CommentSection, SECTION_ORDER, renderHeadline, sectionHeading } from './comment-sections.js';
import { link } from './markdown.js';

export interface JobSummaryOptions {
  key?: CommentKey;
  /** Linked at the end, for readers who reach the summary from elsewhere. */
  runUrl?: string;
  /**
   * Largest summary in UTF-8 bytes. GitHub refuses a step summary over 1 MiB; the default keeps
   * a margin below it.
   */
  maxBytes?: number;
}

/** What `renderJobSummary` aims for by default (1 MiB is the hard limit). */
export const DEFAULT_SUMMARY_BUDGET = 1_000_000;

/**
 * The job summary: the same sections as the PR comment, in full, without the hidden markers.
 * Write it to `GITHUB_STEP_SUMMARY` through the action runtime.
 *
 * @example
 * ```ts
 * await runtime.appendSummary(renderJobSummary([renderApplySection(run)], { key, runUrl }));
 * ```
 */
export function renderJobSummary(sections: CommentSection[], options: JobSummaryOptions = {}): string {
  const budget = options.maxBytes ?? DEFAULT_SUMMARY_BUDGET;
  const ordered = [...sections].sort((a, b) => rank(a.id) - rank(b.id));
  const bodies = ordered.map((s) => s.body);

  let markdown = assemble(ordered, bodies, options);
  // Over budget (a changelog loading megabytes of data): drop the biggest bodies first. Cutting
  // one in the middle would leave a code fence or <details> open and break everything after it.
  while (Buffer.byteLength(markdown) > budget) {
    let biggest = -1;
    bodies.forEach((b, i) => {
      if (!b.startsWith(OMITTED) && (biggest < 0 || b.length > bodies[biggest]!.length)) biggest = i;
    });
    if (biggest < 0) break;
    bodies[biggest] = `${OMITTED} (${bodies[biggest]!.length.toLocaleString('en-US')} characters, over the 1 MiB job summary limit); see the log.`;
    markdown = assemble(ordered, bodies, options);
  }
  return markdown;
}

const OMITTED = '_Details omitted';

function assemble(sections: CommentSection[], bodies: string[], options: JobSummaryOptions): string {
  const parts = [renderHeadline(sections.map((s) => ({ ...s, compact: false })), options.key, 2)];
  sections.forEach((s, i) => parts.push(`### ${sectionHeading(s)}`, bodies[i]!));
  if (options.runUrl) parts.push(`${link('Workflow run', options.runUrl)}`);
  return `${parts.join('\n\n')}\n`;
}

function rank(id: string): number {
  const i = SECTION_ORDER.indexOf(id);
  return i < 0 ? SECTION_ORDER.length : i;
}

import { formatSql } from '../report/apply-section.js';
import { changeSetLabel, changeSetLocation } from '../report/changeset-label.js';
import { GITHUB_COMMENT_LIMIT } from '../report/comment-sections.js';
import { MarkdownBuilder, escapeText, inlineCode, link, oneLine, plural } from '../report/markdown.js';
import type { ChangeSetRef, ChangeSetResult } from '../report/model.js';
import type { Commit } from './git-commits.js';

export interface PromotionDescription {
  branch: string;
  nextBranch: string;
  environment: string;
  nextEnvironment: string;
  /** What the next environment's database lacks, in the order the deploy applies it. */
  pending: ChangeSetResult[];
  /** Applied in the next environment but absent from this changelog. */
  unknownApplied?: ChangeSetRef[];
  /** Undefined when the clone could not tell. */
  commits?: Commit[];
  /** The commit this run applied to `environment`. */
  headSha: string;
  runUrl?: string;
  /** Largest body (GitHub refuses more than 65,536 characters). */
  maxLength?: number;
}

/** The hidden line that says which promotion a pull request is. */
export function promotionMarker(branch: string, nextBranch: string): string {
  return `<!-- dbops:promote from=${branch} to=${nextBranch} -->`;
}

export function promotionTitle(d: Pick<PromotionDescription, 'environment' | 'nextEnvironment' | 'pending'>): string {
  const what = d.pending.length ? plural(d.pending.length, 'database changeset') : 'no database changes';
  return `Promote ${d.environment} to ${d.nextEnvironment}: ${what}`;
}

/**
 * The promotion pull request's body: the changesets the next environment will apply on merge
 * (exactly those its DATABASECHANGELOG lacks), each with its SQL, then the commits. SQL blocks
 * are dropped from the last changeset backwards when the body would exceed GitHub's limit; the
 * list itself is always complete.
 */
export function promotionBody(d: PromotionDescription): string {
  const max = d.maxLength ?? GITHUB_COMMENT_LIMIT - 1_536;
  let withSql = d.pending.length;
  let body = render(d, withSql);
  while (body.length > max && withSql > 0) body = render(d, --withSql);
  return body.length > max ? `${body.slice(0, max - 40)}\n\n…*[body truncated]*` : body;
}

function render(d: PromotionDescription, withSql: number): string {
  const md = new MarkdownBuilder();
  md.heading(`Promote ${d.environment} → ${d.nextEnvironment}`, 2);
  md.paragraph(
    `Merging ${inlineCode(d.branch)} into ${inlineCode(d.nextBranch)} deploys to **${escapeText(d.nextEnvironment)}**. ` +
      (d.pending.length
        ? `Its database has not applied ${plural(d.pending.length, 'changeset')}, which the deploy will apply in this order:`
        : 'Its database has already applied every changeset of the changelog: no database change.'),
  );
  if (d.pending.length) {
    md.table(
      ['#', 'Changeset', 'Location', 'Description'],
      d.pending.map((c, i) => [String(i + 1), inlineCode(changeSetLabel(c)), inlineCode(changeSetLocation(c)), escapeText(oneLine([c.description, c.comment].filter(Boolean).join(' — ')))]),
    );
  }
  d.pending.slice(0, withSql).forEach((c, i) => {
    if (c.sql.length === 0) return;
    md.details(`${i + 1}. ${changeSetLabel(c)}: ${plural(c.sql.length, 'statement')}`, (b) => b.codeBlock(formatSql(c.sql), 'sql'));
  });
  if (withSql < d.pending.length) {
    md.paragraph(`_The SQL of the last ${plural(d.pending.length - withSql, 'changeset')} is not shown: the description would exceed GitHub's size limit${d.runUrl ? `; see the ${link('job summary', d.runUrl)}` : ''}._`);
  }
  if (d.unknownApplied?.length) {
    md.alert(
      'WARNING',
      `${escapeText(d.nextEnvironment)} has applied ${plural(d.unknownApplied.length, 'changeset')} that ${inlineCode(d.branch)} does not contain: ` +
        `${d.unknownApplied.map((c) => inlineCode(`${c.filePath}::${c.id}::${c.author}`)).join(', ')}. Bring them into ${inlineCode(d.branch)} first.`,
    );
  }
  if (d.commits) {
    const shown = d.commits.slice(0, 50);
    md.details(
      `${plural(d.commits.length, 'commit')}`,
      (b) => {
        b.list(shown.map((c) => `${inlineCode(c.sha.slice(0, 12))} ${escapeText(oneLine(c.subject))} (${escapeText(c.author)})`));
        if (d.commits!.length > shown.length) b.paragraph(`_…and ${d.commits!.length - shown.length} more._`);
      },
    );
  }
  md.paragraph(
    `${escapeText(d.environment)} runs ${inlineCode(d.headSha.slice(0, 12))}` +
      `${d.runUrl ? ` (${link('deploy run', d.runUrl)})` : ''}. This description is kept up to date by dbops promote.`,
  );
  md.raw(promotionMarker(d.branch, d.nextBranch));
  return md.stringify();
}

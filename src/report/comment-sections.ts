/**
 * The one PR comment per changelog and environment that every dbops action writes into.
 *
 * Each action (apply, policy-check, rollback-verify, diff, snapshot, ai-author) owns one SECTION,
 * delimited by hidden markers; they may run in separate steps or jobs, so each one reads the
 * current comment, replaces its own section with `mergeCommentSections` and writes it back. The
 * headline (pass/fail counts across sections) is recomputed from the sections' metadata, which
 * the section's start marker carries, so no section needs another's results.
 *
 * Layout (markers always on their own line, blank lines around them so Markdown renders):
 *
 * ```text
 * <!-- dbops:comment changelog=db/changelog.yaml env=staging -->
 * <!-- dbops:headline -->
 * ...counts and one row per section...
 * <!-- dbops:end headline -->
 * <!-- dbops:section apply status=fail title=Apply summary=... -->
 * ...
 * <!-- dbops:end apply -->
 * ```
 */
import { MarkdownBuilder, escapeText, inlineCode, link, oneLine, plural, truncate } from './markdown.js';

/** How a section came out; `info` sections (diff, snapshot) count neither as passed nor failed. */
export type SectionStatus = 'pass' | 'fail' | 'warn' | 'info';

/** What a section renderer produces and `mergeCommentSections` consumes. */
export interface CommentSection {
  /** Stable id, lower-case words joined by single hyphens: `apply`, `policy-check`. */
  id: string;
  /** Shown in the headline and the section heading: `Policy check`. */
  title: string;
  status: SectionStatus;
  /** One line of counts: `2 errors, 1 warning`. */
  summary: string;
  /** The full Markdown of the section, without heading or markers. */
  body: string;
  /** Where the full report lives (job summary / run URL); linked when the comment must shrink. */
  url?: string;
}

/** Options every section renderer takes. */
export interface SectionOptions {
  /** The run (or job summary) URL, linked when the comment has to shrink. */
  runUrl?: string;
  /** Overrides the section id, e.g. `apply-staging` when one comment shows two databases. */
  id?: string;
  /** Overrides the section title. */
  title?: string;
}

/** Identifies the comment: one per changelog and environment. */
export interface CommentKey {
  changelog: string;
  environment?: string;
}

export interface MergeOptions {
  /** The comment's identity; required when there is no existing body to take it from. */
  key?: CommentKey;
  /**
   * Largest body to produce. GitHub rejects comments over 65,536 characters; the default keeps a
   * margin of 1,536 so that a later redaction or a proxy's re-encoding cannot push it over.
   */
  maxLength?: number;
}

/** GitHub's limit for an issue comment or pull request body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What `mergeCommentSections` aims for by default. */
export const DEFAULT_COMMENT_BUDGET = 64_000;

/**
 * Sections appear in pipeline order whatever order the jobs finish in, so merging is commutative:
 * two jobs updating the same comment produce the same body either way.
 */
export const SECTION_ORDER: readonly string[] = ['ai-author', 'policy-check', 'diff', 'apply', 'rollback-verify', 'snapshot'];

const RESERVED_IDS = new Set(['headline', 'comment']);
const SECTION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const COMMENT_MARKER = /^<!-- dbops:comment((?: [a-z]+=\S*)*) -->$/;
const HEADLINE_START = '<!-- dbops:headline -->';
const HEADLINE_END = '<!-- dbops:end headline -->';
const SECTION_START = /^<!-- dbops:section ([a-z0-9-]+)((?: [a-z]+=\S*)*) -->$/;
const SECTION_END = /^<!-- dbops:end ([a-z0-9-]+) -->$/;
/** Anything in a section body that could be mistaken for one of our markers. */
const MARKER_LIKE = /^(\s*<!--)(\s*dbops:)/;

const STATUS_ICON: Record<SectionStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', info: 'ℹ️' };
const STATUSES = new Set<SectionStatus>(['pass', 'fail', 'warn', 'info']);

/**
 * The hidden marker that identifies the comment for a changelog (and environment). Upsert looks
 * for a comment containing exactly this line, written by our own login.
 *
 * @example commentMarker({ changelog: 'db/changelog.yaml', environment: 'staging' })
 * // '<!-- dbops:comment changelog=db/changelog.yaml env=staging -->'
 */
export function commentMarker(key: CommentKey): string {
  const attrs: Array<[string, string]> = [['changelog', key.changelog]];
  if (key.environment) attrs.push(['env', key.environment]);
  return `<!-- dbops:comment${formatAttrs(attrs)} -->`;
}

/** One section as found in a comment body. */
export interface StoredSection {
  id: string;
  title: string;
  status: SectionStatus;
  summary: string;
  url?: string;
  /** True when the details were dropped to fit the size limit. */
  compact: boolean;
  /** The lines between the markers, verbatim. */
  content: string;
}

export interface ParsedComment {
  key?: CommentKey;
  /** The marker line as found, so an existing comment keeps its identity byte for byte. */
  marker?: string;
  /** In document order; a duplicated id keeps its first occurrence. */
  sections: StoredSection[];
}

/**
 * Reads a comment body produced by `mergeCommentSections`. Text outside the markers (manual
 * edits) is ignored; a section whose end marker is missing (a truncated body) is kept in its
 * compact form, since its start marker still says how it came out.
 */
export function parseCommentBody(body: string | undefined): ParsedComment {
  const parsed: ParsedComment = { sections: [] };
  if (!body) return parsed;
  const seen = new Set<string>();
  let open: { meta: Omit<StoredSection, 'content'>; lines: string[] } | undefined;
  let inHeadline = false;

  const close = (complete: boolean) => {
    if (!open) return;
    if (!seen.has(open.meta.id)) {
      seen.add(open.meta.id);
      const section: StoredSection = { ...open.meta, content: trimBlankLines(open.lines).join('\n') };
      parsed.sections.push(complete ? section : compactStored(section));
    }
    open = undefined;
  };

  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (inHeadline) {
      if (line === HEADLINE_END) inHeadline = false;
      // A missing end marker must not swallow the sections after it.
      if (!SECTION_START.test(line)) continue;
      inHeadline = false;
    }
    const marker = COMMENT_MARKER.exec(line);
    if (marker && !open) {
      if (!parsed.marker) {
        const attrs = parseAttrs(marker[1] ?? '');
        parsed.marker = line;
        if (attrs.changelog !== undefined) {
          parsed.key = { changelog: attrs.changelog, ...(attrs.env !== undefined ? { environment: attrs.env } : {}) };
        }
      }
      continue;
    }
    if (line === HEADLINE_START && !open) {
      inHeadline = true;
      continue;
    }
    const start = SECTION_START.exec(line);
    if (start) {
      close(false);
      const attrs = parseAttrs(start[2] ?? '');
      const status = STATUSES.has(attrs.status as SectionStatus) ? (attrs.status as SectionStatus) : 'info';
      open = {
        meta: {
          id: start[1]!,
          title: attrs.title ?? start[1]!,
          status,
          summary: attrs.summary ?? '',
          ...(attrs.url ? { url: attrs.url } : {}),
          compact: attrs.compact === 'true',
        },
        lines: [],
      };
      continue;
    }
    const end = SECTION_END.exec(line);
    if (end && open && end[1] === open.meta.id) {
      close(true);
      continue;
    }
    if (open) open.lines.push(rawLine);
  }
  close(false);
  return parsed;
}

/**
 * Replaces (or adds) one section in an existing comment body and returns the new body, with the
 * headline recomputed and every other section kept as it was. Pure and idempotent: merging the
 * same section twice gives the same body, and markers are never duplicated.
 *
 * When the body would exceed `maxLength`, the largest sections are replaced by a compact form
 * (heading, counts, link to `section.url`) until it fits, and the headline says so.
 *
 * @example
 * ```ts
 * let body = mergeCommentSections(undefined, policySection, { key: { changelog: 'db/changelog.yaml' } });
 * body = mergeCommentSections(body, applySection); // policy-check section kept
 * ```
 */
export function mergeCommentSections(existingBody: string | undefined, section: CommentSection, options: MergeOptions = {}): string {
  validateSection(section);
  const parsed = parseCommentBody(existingBody);
  const marker = options.key ? commentMarker(options.key) : parsed.marker;
  const key = options.key ?? parsed.key;
  const fresh = renderStoredSection(section);
  const sections = parsed.sections.filter((s) => s.id !== section.id);
  sections.push(fresh);
  return assembleWithinBudget(sortSections(sections), marker, key, options.maxLength ?? DEFAULT_COMMENT_BUDGET);
}

/**
 * A whole comment from several sections at once (what several merges in a row would give). For
 * a one-shot report, e.g. the CLI posting every section from one process.
 */
export function renderComment(sections: CommentSection[], options: MergeOptions = {}): string {
  let body: string | undefined;
  for (const section of sections) body = mergeCommentSections(body, section, options);
  return body ?? assembleWithinBudget([], options.key ? commentMarker(options.key) : undefined, options.key, options.maxLength ?? DEFAULT_COMMENT_BUDGET);
}

/** The heading line of a section: icon, title, summary. Shared with the job summary. */
export function sectionHeading(section: Pick<CommentSection, 'title' | 'status' | 'summary'>): string {
  const summary = section.summary ? ` — ${escapeText(oneLine(section.summary))}` : '';
  return `${STATUS_ICON[section.status]} ${escapeText(oneLine(section.title))}${summary}`;
}

/** `✅`, `❌`, `⚠️`, `ℹ️`. */
export function statusIcon(status: SectionStatus): string {
  return STATUS_ICON[status];
}

/**
 * The headline block: overall counts, then one row per section. Shared with the job summary.
 */
export function renderHeadline(
  sections: Array<Pick<StoredSection, 'title' | 'status' | 'summary' | 'compact' | 'url'>>,
  key?: CommentKey,
  level = 3,
): string {
  const md = new MarkdownBuilder();
  const where = key ? ` · ${inlineCode(key.changelog)}${key.environment ? ` → ${escapeText(key.environment)}` : ''}` : '';
  md.raw(`${'#'.repeat(level)} dbops${where}`);
  md.paragraph(countsLine(sections));
  if (sections.length > 0) {
    const rows = sections.slice(0, 50).map((s) => [STATUS_ICON[s.status], escapeText(oneLine(s.title)), escapeText(oneLine(s.summary)) || '—']);
    md.table(['', 'Check', 'Result'], rows);
    if (sections.length > 50) md.paragraph(`…and ${sections.length - 50} more sections.`);
  }
  const compacted = sections.filter((s) => s.compact);
  if (compacted.length > 0) {
    const url = compacted.find((s) => s.url)?.url;
    md.alert(
      'NOTE',
      `This comment is shortened to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character limit: ` +
        `details of ${compacted.map((s) => escapeText(s.title)).join(', ')} are in the ${url ? link('job summary', url) : 'job summary'}.`,
    );
  }
  return md.stringify();
}

function countsLine(sections: Array<Pick<StoredSection, 'status'>>): string {
  if (sections.length === 0) return '_No results yet._';
  const count = (status: SectionStatus) => sections.filter((s) => s.status === status).length;
  const parts: string[] = [];
  if (count('fail')) parts.push(`❌ ${count('fail')} failed`);
  if (count('warn')) parts.push(`⚠️ ${count('warn')} with warnings`);
  if (count('pass')) parts.push(`✅ ${count('pass')} passed`);
  if (count('info')) parts.push(`ℹ️ ${plural(count('info'), 'report')}`);
  return `**${parts.join(' · ')}**`;
}

function renderStoredSection(section: CommentSection): StoredSection {
  const heading = `#### ${sectionHeading(section)}`;
  return {
    id: section.id,
    title: oneLine(section.title),
    status: section.status,
    summary: oneLine(section.summary),
    ...(section.url ? { url: section.url } : {}),
    compact: false,
    content: `${heading}\n\n${neutraliseMarkers(section.body.replace(/\r\n?/g, '\n')).replace(/\s+$/, '')}`.replace(/\s+$/, ''),
  };
}

function compactStored(section: StoredSection): StoredSection {
  const where = section.url ? `the ${link('job summary', section.url)}` : 'the job summary';
  return {
    ...section,
    compact: true,
    content: `#### ${sectionHeading(section)}\n\nDetails omitted to keep this comment under GitHub's size limit: see ${where}.`,
  };
}

function assemble(sections: StoredSection[], marker: string | undefined, key: CommentKey | undefined): string {
  const parts: string[] = [];
  if (marker) parts.push(marker);
  parts.push(HEADLINE_START, renderHeadline(sections, key), HEADLINE_END);
  for (const s of sections) {
    const attrs: Array<[string, string]> = [
      ['status', s.status],
      ['title', s.title],
      ['summary', s.summary],
    ];
    if (s.url) attrs.push(['url', s.url]);
    if (s.compact) attrs.push(['compact', 'true']);
    parts.push(`<!-- dbops:section ${s.id}${formatAttrs(attrs)} -->`, s.content, `<!-- dbops:end ${s.id} -->`);
  }
  return `${parts.join('\n\n')}\n`;
}

function assembleWithinBudget(
  sections: StoredSection[],
  marker: string | undefined,
  key: CommentKey | undefined,
  maxLength: number,
): string {
  let current = sections;
  let body = assemble(current, marker, key);
  while (body.length > maxLength) {
    // Compact the biggest section first: it frees the most room and keeps small ones readable.
    let biggest = -1;
    current.forEach((s, i) => {
      if (!s.compact && (biggest < 0 || s.content.length > current[biggest]!.content.length)) biggest = i;
    });
    if (biggest < 0) break;
    current = current.map((s, i) => (i === biggest ? compactStored(s) : s));
    body = assemble(current, marker, key);
  }
  if (body.length > maxLength) {
    // Only reachable with hundreds of sections or huge titles: shorten what the markers carry,
    // and as a last resort cut the body (the size limit is the one rule GitHub enforces).
    const clipped = current.map(({ url: _url, ...s }) =>
      compactStored({ ...s, title: truncate(s.title, 60), summary: truncate(s.summary, 120) }),
    );
    body = assemble(clipped, marker, key).slice(0, maxLength);
  }
  return body;
}

function sortSections(sections: StoredSection[]): StoredSection[] {
  const rank = (id: string) => {
    const i = SECTION_ORDER.indexOf(id);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  return [...sections].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function validateSection(section: CommentSection): void {
  if (!SECTION_ID.test(section.id) || RESERVED_IDS.has(section.id)) {
    throw new TypeError(`Invalid comment section id ${JSON.stringify(section.id)}: use lower-case words joined by single hyphens`);
  }
  if (!STATUSES.has(section.status)) throw new TypeError(`Invalid section status ${JSON.stringify(section.status)}`);
}

/**
 * A body line that looks like one of our markers (an SQL comment, say) would split the section
 * when the comment is read back; a zero-width space after `<!--` makes it inert and is invisible.
 */
function neutraliseMarkers(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(MARKER_LIKE, '$1\u200b$2'))
    .join('\n');
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * Attribute values are percent-encoded where they could end the comment or the attribute (`%`,
 * whitespace, `"`, `<`, `>`) and where `--` would make the HTML comment invalid.
 */
function encodeAttr(value: string): string {
  return value.replace(/[%\s"<>]|-(?=-)|-$/gu, (c) => (c === '-' ? '%2D' : encodeURIComponent(c)));
}

function decodeAttr(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // edited by hand into something that is not ours; keep it readable
  }
}

function formatAttrs(attrs: Array<[string, string]>): string {
  return attrs.map(([k, v]) => ` ${k}=${encodeAttr(v)}`).join('');
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(/ ([a-z]+)=(\S*)/g)) attrs[match[1]!] = decodeAttr(match[2]!);
  return attrs;
}

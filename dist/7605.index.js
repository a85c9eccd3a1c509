export const id = 7605;
export const ids = [7605];
export const modules = {

/***/ 87:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XI: () => (/* binding */ commentMatches),
/* harmony export */   Y: () => (/* binding */ GITHUB_ACTIONS_BOT_LOGIN),
/* harmony export */   _m: () => (/* binding */ hasPermission)
/* harmony export */ });
/* unused harmony export PERMISSION_RANK */
/**
 * The narrow GitHub client dbops needs: the sticky PR comment, reactions and permission checks
 * for `/author`, pull requests for `promote`. Business code depends on this interface only; the
 * real implementation is `OctokitGitHubClient` (octokit-github-client.ts), the tests' one
 * `MemoryGitHubClient` (memory-github-client.ts).
 */
const PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** True when `actual` grants at least `required`. */
function hasPermission(actual, required) {
    return PERMISSION_RANK[actual] >= PERMISSION_RANK[required];
}
/** The login GitHub gives `GITHUB_TOKEN` comments. */
const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** A GitHub API call that failed, without the request's headers (which carry the token). */
class GitHubApiError extends Error {
    status;
    request;
    name = 'GitHubApiError';
    constructor(message, 
    /** HTTP status; undefined for GraphQL errors returned with 200 and for network failures. */
    status, 
    /** `GET /repos/{owner}/{repo}/...`, for the log. */
    request, options) {
        super(message, options);
        this.status = status;
        this.request = request;
    }
}
/** The one rule for "our comment": written by us, marker on a line of its own. */
function commentMatches(comment, query) {
    if (!comment.user || comment.user.login.toLowerCase() !== query.authorLogin.toLowerCase())
        return false;
    return comment.body.split(/\r?\n/).some((line) => line.trim() === query.marker);
}
/** `owner/name` → `{ owner, repo }`. */
function parseRepo(fullName) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName.trim());
    if (!match)
        throw new TypeError(`Expected a repository as owner/name, got ${JSON.stringify(fullName)}`);
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 4843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ renderHeadline),
/* harmony export */   PJ: () => (/* binding */ parseCommentBody),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   SF: () => (/* binding */ sectionHeading),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   e4: () => (/* binding */ mergeCommentSections),
/* harmony export */   t9: () => (/* binding */ SECTION_ORDER)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMENT_BUDGET, renderComment, statusIcon */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);
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

/** GitHub's limit for an issue comment or pull request body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** What `mergeCommentSections` aims for by default. */
const DEFAULT_COMMENT_BUDGET = 64_000;
/**
 * Sections appear in pipeline order whatever order the jobs finish in, so merging is commutative:
 * two jobs updating the same comment produce the same body either way.
 */
const SECTION_ORDER = ['ai-author', 'policy-check', 'diff', 'apply', 'rollback-verify', 'snapshot'];
const RESERVED_IDS = new Set(['headline', 'comment']);
const SECTION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const COMMENT_MARKER = /^<!-- dbops:comment((?: [a-z]+=\S*)*) -->$/;
const HEADLINE_START = '<!-- dbops:headline -->';
const HEADLINE_END = '<!-- dbops:end headline -->';
const SECTION_START = /^<!-- dbops:section ([a-z0-9-]+)((?: [a-z]+=\S*)*) -->$/;
const SECTION_END = /^<!-- dbops:end ([a-z0-9-]+) -->$/;
/** Anything in a section body that could be mistaken for one of our markers. */
const MARKER_LIKE = /^(\s*<!--)(\s*dbops:)/;
const STATUS_ICON = { pass: '✅', fail: '❌', warn: '⚠️', info: 'ℹ️' };
const STATUSES = new Set(['pass', 'fail', 'warn', 'info']);
/**
 * The hidden marker that identifies the comment for a changelog (and environment). Upsert looks
 * for a comment containing exactly this line, written by our own login.
 *
 * @example commentMarker({ changelog: 'db/changelog.yaml', environment: 'staging' })
 * // '<!-- dbops:comment changelog=db/changelog.yaml env=staging -->'
 */
function commentMarker(key) {
    const attrs = [['changelog', key.changelog]];
    if (key.environment)
        attrs.push(['env', key.environment]);
    return `<!-- dbops:comment${formatAttrs(attrs)} -->`;
}
/**
 * Reads a comment body produced by `mergeCommentSections`. Text outside the markers (manual
 * edits) is ignored; a section whose end marker is missing (a truncated body) is kept in its
 * compact form, since its start marker still says how it came out.
 */
function parseCommentBody(body) {
    const parsed = { sections: [] };
    if (!body)
        return parsed;
    const seen = new Set();
    let open;
    let inHeadline = false;
    const close = (complete) => {
        if (!open)
            return;
        if (!seen.has(open.meta.id)) {
            seen.add(open.meta.id);
            const section = { ...open.meta, content: trimBlankLines(open.lines).join('\n') };
            parsed.sections.push(complete ? section : compactStored(section));
        }
        open = undefined;
    };
    for (const rawLine of body.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (inHeadline) {
            if (line === HEADLINE_END)
                inHeadline = false;
            // A missing end marker must not swallow the sections after it.
            if (!SECTION_START.test(line))
                continue;
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
            const status = STATUSES.has(attrs.status) ? attrs.status : 'info';
            open = {
                meta: {
                    id: start[1],
                    title: attrs.title ?? start[1],
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
        if (open)
            open.lines.push(rawLine);
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
function mergeCommentSections(existingBody, section, options = {}) {
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
function renderComment(sections, options = {}) {
    let body;
    for (const section of sections)
        body = mergeCommentSections(body, section, options);
    return body ?? assembleWithinBudget([], options.key ? commentMarker(options.key) : undefined, options.key, options.maxLength ?? DEFAULT_COMMENT_BUDGET);
}
/** The heading line of a section: icon, title, summary. Shared with the job summary. */
function sectionHeading(section) {
    const summary = section.summary ? ` — ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(section.summary))}` : '';
    return `${STATUS_ICON[section.status]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(section.title))}${summary}`;
}
/** `✅`, `❌`, `⚠️`, `ℹ️`. */
function statusIcon(status) {
    return STATUS_ICON[status];
}
/**
 * The headline block: overall counts, then one row per section. Shared with the job summary.
 */
function renderHeadline(sections, key, level = 3) {
    const md = new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownBuilder */ .$6();
    const where = key ? ` · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(key.changelog)}${key.environment ? ` → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(key.environment)}` : ''}` : '';
    md.raw(`${'#'.repeat(level)} dbops${where}`);
    md.paragraph(countsLine(sections));
    if (sections.length > 0) {
        const rows = sections.slice(0, 50).map((s) => [STATUS_ICON[s.status], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(s.title)), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(s.summary)) || '—']);
        md.table(['', 'Check', 'Result'], rows);
        if (sections.length > 50)
            md.paragraph(`…and ${sections.length - 50} more sections.`);
    }
    const compacted = sections.filter((s) => s.compact);
    if (compacted.length > 0) {
        const url = compacted.find((s) => s.url)?.url;
        md.alert('NOTE', `This comment is shortened to stay under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character limit: ` +
            `details of ${compacted.map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(s.title)).join(', ')} are in the ${url ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('job summary', url) : 'job summary'}.`);
    }
    return md.stringify();
}
function countsLine(sections) {
    if (sections.length === 0)
        return '_No results yet._';
    const count = (status) => sections.filter((s) => s.status === status).length;
    const parts = [];
    if (count('fail'))
        parts.push(`❌ ${count('fail')} failed`);
    if (count('warn'))
        parts.push(`⚠️ ${count('warn')} with warnings`);
    if (count('pass'))
        parts.push(`✅ ${count('pass')} passed`);
    if (count('info'))
        parts.push(`ℹ️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('info'), 'report')}`);
    return `**${parts.join(' · ')}**`;
}
function renderStoredSection(section) {
    const heading = `#### ${sectionHeading(section)}`;
    return {
        id: section.id,
        title: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(section.title),
        status: section.status,
        summary: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(section.summary),
        ...(section.url ? { url: section.url } : {}),
        compact: false,
        content: `${heading}\n\n${neutraliseMarkers(section.body.replace(/\r\n?/g, '\n')).replace(/\s+$/, '')}`.replace(/\s+$/, ''),
    };
}
function compactStored(section) {
    const where = section.url ? `the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('job summary', section.url)}` : 'the job summary';
    return {
        ...section,
        compact: true,
        content: `#### ${sectionHeading(section)}\n\nDetails omitted to keep this comment under GitHub's size limit: see ${where}.`,
    };
}
function assemble(sections, marker, key) {
    const parts = [];
    if (marker)
        parts.push(marker);
    parts.push(HEADLINE_START, renderHeadline(sections, key), HEADLINE_END);
    for (const s of sections) {
        const attrs = [
            ['status', s.status],
            ['title', s.title],
            ['summary', s.summary],
        ];
        if (s.url)
            attrs.push(['url', s.url]);
        if (s.compact)
            attrs.push(['compact', 'true']);
        parts.push(`<!-- dbops:section ${s.id}${formatAttrs(attrs)} -->`, s.content, `<!-- dbops:end ${s.id} -->`);
    }
    return `${parts.join('\n\n')}\n`;
}
function assembleWithinBudget(sections, marker, key, maxLength) {
    let current = sections;
    let body = assemble(current, marker, key);
    while (body.length > maxLength) {
        // Compact the biggest section first: it frees the most room and keeps small ones readable.
        let biggest = -1;
        current.forEach((s, i) => {
            if (!s.compact && (biggest < 0 || s.content.length > current[biggest].content.length))
                biggest = i;
        });
        if (biggest < 0)
            break;
        current = current.map((s, i) => (i === biggest ? compactStored(s) : s));
        body = assemble(current, marker, key);
    }
    if (body.length > maxLength) {
        // Only reachable with hundreds of sections or huge titles: shorten what the markers carry,
        // and as a last resort cut the body (the size limit is the one rule GitHub enforces).
        const clipped = current.map(({ url: _url, ...s }) => compactStored({ ...s, title: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.title, 60), summary: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.summary, 120) }));
        body = assemble(clipped, marker, key).slice(0, maxLength);
    }
    return body;
}
function sortSections(sections) {
    const rank = (id) => {
        const i = SECTION_ORDER.indexOf(id);
        return i < 0 ? SECTION_ORDER.length : i;
    };
    return [...sections].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function validateSection(section) {
    if (!SECTION_ID.test(section.id) || RESERVED_IDS.has(section.id)) {
        throw new TypeError(`Invalid comment section id ${JSON.stringify(section.id)}: use lower-case words joined by single hyphens`);
    }
    if (!STATUSES.has(section.status))
        throw new TypeError(`Invalid section status ${JSON.stringify(section.status)}`);
}
/**
 * A body line that looks like one of our markers (an SQL comment, say) would split the section
 * when the comment is read back; a zero-width space after `<!--` makes it inert and is invisible.
 */
function neutraliseMarkers(markdown) {
    return markdown
        .split('\n')
        .map((line) => line.replace(MARKER_LIKE, '$1\u200b$2'))
        .join('\n');
}
function trimBlankLines(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === '')
        start++;
    while (end > start && lines[end - 1].trim() === '')
        end--;
    return lines.slice(start, end);
}
/**
 * Attribute values are percent-encoded where they could end the comment or the attribute (`%`,
 * whitespace, `"`, `<`, `>`) and where `--` would make the HTML comment invalid.
 */
function encodeAttr(value) {
    return value.replace(/[%\s"<>]|-(?=-)|-$/gu, (c) => (c === '-' ? '%2D' : encodeURIComponent(c)));
}
function decodeAttr(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value; // edited by hand into something that is not ours; keep it readable
    }
}
function formatAttrs(attrs) {
    return attrs.map(([k, v]) => ` ${k}=${encodeAttr(v)}`).join('');
}
function parseAttrs(text) {
    const attrs = {};
    for (const match of text.matchAll(/ ([a-z]+)=(\S*)/g))
        attrs[match[1]] = decodeAttr(match[2]);
    return attrs;
}


/***/ }),

/***/ 8186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ MarkdownBuilder),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports fencedCode, tableCell */
/**
 * A small, pure Markdown builder for GitHub-flavoured Markdown, modelled on `core.summary` from
 * @actions/core but without any I/O: it only builds a string. The PR comment, the job summary and
 * every section renderer use it so that escaping rules live in one place.
 *
 * Text passed to `text()`/`paragraph()` is escaped; cells and list items are Markdown (escape the
 * parts that are data with `escapeText` or `inlineCode`); code blocks are fenced safely whatever
 * they contain.
 *
 * @example
 * ```ts
 * const md = new MarkdownBuilder()
 *   .heading('Apply', 3)
 *   .table(['Changeset', 'State'], [[inlineCode('001::alice'), 'executed']])
 *   .details('SQL', (b) => b.codeBlock('CREATE TABLE t (id int);', 'sql'))
 *   .stringify();
 * ```
 */
class MarkdownBuilder {
    blocks = [];
    /** A heading, `#` repeated `level` times (1–6). */
    heading(text, level = 2) {
        const hashes = '#'.repeat(Math.min(6, Math.max(1, level)));
        return this.block(`${hashes} ${escapeText(oneLine(text))}`);
    }
    /** A paragraph of escaped plain text. */
    text(text) {
        return this.block(escapeText(text));
    }
    /** A paragraph of Markdown, inserted as is. */
    paragraph(markdown) {
        return this.block(markdown);
    }
    /** Markdown inserted as is, as its own block. Alias of `paragraph` for HTML and prepared blocks. */
    raw(markdown) {
        return this.block(markdown);
    }
    /** A fenced code block that stays intact whatever backticks the code contains. */
    codeBlock(code, language = '') {
        return this.block(fencedCode(code, language));
    }
    /**
     * A pipe table. Cells are Markdown: pipes and line breaks in them are escaped here, anything
     * else (HTML, emphasis) is the caller's business.
     */
    table(header, rows, align) {
        const delimiter = header.map((_, i) => {
            switch (align?.[i]) {
                case 'center':
                    return ':---:';
                case 'right':
                    return '---:';
                default:
                    return '---';
            }
        });
        const line = (cells) => `| ${cells.map(tableCell).join(' | ')} |`;
        return this.block([line(header), `|${delimiter.join('|')}|`, ...rows.map(line)].join('\n'));
    }
    /** A bulleted (or numbered) list of Markdown items. */
    list(items, ordered = false) {
        if (items.length === 0)
            return this;
        return this.block(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item.replace(/\r?\n/g, '\n  ')}`).join('\n'));
    }
    /**
     * A collapsible block. The blank lines around the summary and the content are what lets GitHub
     * render Markdown (fences, tables) inside `<details>`.
     */
    details(summary, content, options = {}) {
        let inner;
        if (typeof content === 'string') {
            inner = content;
        }
        else {
            const nested = new MarkdownBuilder();
            content(nested);
            inner = nested.stringify();
        }
        return this.block([`<details${options.open ? ' open' : ''}>`, `<summary>${escapeText(oneLine(summary))}</summary>`, '', inner, '', '</details>'].join('\n'));
    }
    /** A GitHub alert block (`> [!WARNING]`), content as Markdown. */
    alert(kind, markdown) {
        const quoted = markdown.split(/\r?\n/).map((l) => (l ? `> ${l}` : '>'));
        return this.block([`> [!${kind}]`, ...quoted].join('\n'));
    }
    /** A horizontal rule. */
    separator() {
        return this.block('---');
    }
    /** True when nothing was added. */
    isEmpty() {
        return this.blocks.length === 0;
    }
    /** The Markdown: blocks separated by one blank line, no trailing newline. */
    stringify() {
        return this.blocks.join('\n\n');
    }
    block(markdown) {
        if (markdown.trim() !== '')
            this.blocks.push(markdown.replace(/\s+$/, ''));
        return this;
    }
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Escapes data for use in Markdown text: HTML-significant characters, and `@` before a word
 * character so that text from changelogs never pings a user or team (`@org/team`).
 */
function escapeText(text) {
    return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]).replace(/@(?=[\w-])/g, '@\u200b');
}
/** A code span that survives any backticks in `code`; newlines become spaces. */
function inlineCode(code) {
    const flat = oneLine(code);
    if (flat === '')
        return '` `';
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const ticks = '`'.repeat(longest + 1);
    // A space on each side lets a code span start or end with a backtick.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/** A fenced code block whose fence is longer than any backtick run in the code. */
function fencedCode(code, language = '') {
    const longest = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    return `${fence}${language}\n${body}\n${fence}`;
}
/** A Markdown link; the label is escaped, brackets included. */
function link(label, url) {
    return `[${escapeText(label).replace(/([[\]])/g, '\\$1')}](${url.replace(/[()\s]/gu, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))})`;
}
/** Escapes what breaks a table cell: pipes (even inside code spans, per GFM) and line breaks. */
function tableCell(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Collapses whitespace runs (including newlines) to single spaces. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** `1 error`, `2 errors`. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `850 ms`, `1.2 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}


/***/ })

};

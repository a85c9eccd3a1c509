export const id = 3981;
export const ids = [3981];
export const modules = {

/***/ 3981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusMatrixCommand: () => (/* binding */ statusMatrixCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _github_masking_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1946);
/* harmony import */ var _promotion_render_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1130);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7628);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3489);






/**
 * `dbops status-matrix --changelog-file=… --environments=dev=<url>,staging=<url>`: which
 * changesets each environment has applied, from their tracking tables; text or `--format=json`.
 * The environments may also come from DBOPS_ENVIRONMENTS (one name=url per line), which keeps the
 * URLs out of the shell history. Exit 0 when every environment was read, 1 otherwise.
 */
async function statusMatrixCommand(settings, io) {
    let redact = (text) => text;
    try {
        if (!settings.changelogFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('status-matrix needs --changelog-file');
        const list = settings.options.environments ?? io.env.DBOPS_ENVIRONMENTS;
        if (!list)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('status-matrix needs --environments=name=url,name=url (or DBOPS_ENVIRONMENTS, one name=url per line)');
        const environments = (0,_promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvironments */ .m)([list], '--environments');
        redact = (0,_github_masking_js__WEBPACK_IMPORTED_MODULE_4__/* .createRedactor */ .lY)(environments.map((e) => e.url));
        const logLevel = settings.options['log-level'] ?? 'warn';
        const matrix = await (0,_promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .readStatusMatrix */ .O)({
            changelog: {
                changelogFile: settings.changelogFile,
                searchPath: settings.searchPath,
                ...(settings.contexts ? { contexts: settings.contexts } : {}),
                ...(settings.labels ? { labels: settings.labels } : {}),
                properties: settings.properties,
                environment: io.env,
            },
            environments,
            logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(io, logLevel, redact),
            redact,
        });
        io.stdout(redact(settings.format === 'json' ? `${JSON.stringify(matrix, null, 2)}\n` : (0,_promotion_render_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatusMatrixText */ .n)(matrix)));
        return matrix.ok ? 0 : 1;
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .reportError */ .N7)(error, io, redact);
    }
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ renderStatusMatrixText),
/* harmony export */   v: () => (/* binding */ renderStatusMatrixMarkdown)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);

const ICON = { applied: '✅', markRan: '☑️', pending: '🕓', skipped: '⏭️', unknown: '❓' };
const WORD = { applied: 'applied', markRan: 'marked ran', pending: 'pending', skipped: 'skipped', unknown: 'unknown' };
/** The matrix for the job summary: one line per environment, then changesets × environments. */
function renderStatusMatrixMarkdown(matrix) {
    const md = new _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownBuilder */ .$6();
    md.heading('dbops status: what is deployed where', 2);
    md.list(matrix.environments.map((e) => e.error
        ? `❓ **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(e.name)}**: could not be read: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(e.error)}`
        : `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(e.name)}**${e.database ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(e.database)})` : ''}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(e.applied, 'changeset')} applied, ${e.pending} pending`));
    if (matrix.rows.length === 0) {
        md.paragraph('_No changesets._');
        return `${md.stringify()}\n`;
    }
    md.table(['Changeset', 'File', ...matrix.environments.map((e) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(e.name))], matrix.rows.map((row) => [
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(`${row.id}::${row.author}`)}${row.inChangelog ? '' : ' _(not in the changelog)_'}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(row.filePath),
        ...matrix.environments.map((e) => cellMarkdown(row.states[e.name])),
    ]));
    md.paragraph(`${Object.entries(ICON).map(([state, icon]) => `${icon} ${WORD[state]}`).join(' · ')}`);
    return `${md.stringify()}\n`;
}
function cellMarkdown(cell) {
    const date = cell.dateExecuted ? ` ${cell.dateExecuted.slice(0, 10)}` : '';
    return `${ICON[cell.state]}${cell.state === 'applied' ? date : ` ${WORD[cell.state]}${date}`}`;
}
/** The matrix as aligned plain text, for the CLI. */
function renderStatusMatrixText(matrix) {
    const header = ['CHANGESET', ...matrix.environments.map((e) => e.name)];
    const body = matrix.rows.map((row) => [
        `${row.filePath}::${row.id}::${row.author}${row.inChangelog ? '' : ' (not in changelog)'}`,
        ...matrix.environments.map((e) => {
            const cell = row.states[e.name];
            return cell.state === 'applied' || cell.state === 'markRan' ? `${WORD[cell.state]} ${cell.dateExecuted?.slice(0, 10) ?? ''}`.trim() : WORD[cell.state];
        }),
    ]);
    const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    const lines = [line(header), ...body.map(line), ''];
    for (const e of matrix.environments) {
        lines.push(e.error ? `${e.name}: could not be read: ${e.error}` : `${e.name}: ${e.applied} applied, ${e.pending} pending${e.database ? ` (${e.database})` : ''}`);
    }
    return `${lines.join('\n')}\n`;
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

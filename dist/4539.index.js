export const id = 4539;
export const ids = [4539];
export const modules = {

/***/ 1827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ openActionEngine),
/* harmony export */   UY: () => (/* binding */ changelogEnvironment),
/* harmony export */   i6: () => (/* binding */ commandOptions)
/* harmony export */ });
/**
 * The process environment as changelogs may see it (`${NAME}` properties): without the inputs
 * and the runtime's tokens, which are nobody's business in a changelog.
 */
function changelogEnvironment(env) {
    const visible = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || name === 'GITHUB_TOKEN')
            continue;
        visible[name] = value;
    }
    return visible;
}
/** The options every command takes, from the action's database inputs. */
function commandOptions(env, inputs) {
    return {
        changelogFile: inputs.changelogFile,
        searchPath: [inputs.workingDirectory],
        ...(inputs.url ? { url: inputs.url } : {}),
        ...(inputs.username ? { username: inputs.username } : {}),
        ...(inputs.password ? { password: inputs.password } : {}),
        ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
        ...(inputs.labels ? { labels: inputs.labels } : {}),
        ...(inputs.environment ? { environment: inputs.environment } : {}),
        env: changelogEnvironment(env.env),
        logger: env.logger,
    };
}
/** Opens the changelog and the database, logging one line per finished changeset. */
async function openActionEngine(env, options, extra = {}) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    return openEngine({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        environment: options.env,
        logger: options.logger,
        onProgress: progressLine(env),
        ...extra,
    });
}
function progressLine(env) {
    return (event) => {
        if (event.kind !== 'end')
            return;
        const { result } = event;
        const time = result.durationMs !== undefined ? ` (${result.durationMs} ms)` : '';
        env.logger.info(`[${event.index}/${event.total}] ${result.state} ${result.filePath}::${result.id}::${result.author}${time}`);
    };
}


/***/ }),

/***/ 4539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1130);
/* harmony import */ var _promotion_render_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _action_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1827);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9479);




/**
 * The status action: which changesets each environment has applied, read from their tracking
 * tables, as a matrix in the job summary and as JSON (`matrix`, `pending`). Fails when an
 * environment cannot be read, after reporting the others.
 */
async function runStatus(env) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readStatusInputs */ .SJ)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const matrix = await (0,_promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .readStatusMatrix */ .O)({
        changelog: {
            changelogFile: inputs.changelogFile,
            searchPath: [inputs.workingDirectory],
            ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
            ...(inputs.labels ? { labels: inputs.labels } : {}),
            environment: (0,_action_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .changelogEnvironment */ .UY)(env.env),
        },
        environments: inputs.environments,
        logger: env.logger,
        redact: env.redact,
    });
    env.runtime.setOutput('matrix', JSON.stringify(matrix));
    env.runtime.setOutput('pending', JSON.stringify(Object.fromEntries(matrix.environments.map((e) => [e.name, e.pending]))));
    for (const e of matrix.environments) {
        env.logger.info(e.error ? `${e.name}: could not be read: ${e.error}` : `${e.name}: ${e.applied} applied, ${e.pending} pending`);
    }
    try {
        await env.runtime.appendSummary((0,_promotion_render_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatusMatrixMarkdown */ .v)(matrix));
    }
    catch (error) {
        env.logger.warn(`Could not write the job summary: ${error.message}`);
    }
    const unread = matrix.environments.filter((e) => e.error);
    if (unread.length)
        env.fail(`Could not read ${unread.map((e) => e.name).join(', ')}: ${unread.map((e) => e.error).join('; ')}`);
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

export const id = 591;
export const ids = [591];
export const modules = {

/***/ 8380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ changeSetLabel),
/* harmony export */   k: () => (/* binding */ changeSetLocation)
/* harmony export */ });
/** `id::author`, the way Liquibase names a changeset in its messages. */
function changeSetLabel(ref) {
    return `${ref.id}::${ref.author}`;
}
/** `file:line` where the changeset is written, else the changelog path it is recorded under. */
function changeSetLocation(ref) {
    const file = ref.sourceFile ?? ref.filePath;
    return ref.line ? `${file}:${ref.line}` : file;
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


/***/ }),

/***/ 723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   oC: () => (/* binding */ renderPolicySection),
/* harmony export */   s_: () => (/* binding */ findingCounts)
/* harmony export */ });
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8380);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);


const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const SEVERITY_CELL = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
/**
 * The policy-check section: findings grouped by changeset (rule code, severity, message, fix
 * hint, file:line, the statement in question), then the suppressed ones with their reason.
 *
 * Status: `fail` when the check failed (`ok` false), `warn` when it passed with active findings,
 * `pass` otherwise.
 */
function renderPolicySection(result, options = {}) {
    const active = result.findings.filter((f) => !f.suppressed);
    const suppressed = result.findings.filter((f) => f.suppressed);
    const md = new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownBuilder */ .$6();
    md.paragraph(`Checked ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.checked.length, 'changeset')} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(result.changelog)}` +
        `${result.environment ? ` for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(result.environment)}` : ''} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(result.durationMs)}.`);
    if (active.length === 0) {
        md.paragraph(result.findings.length === 0 ? '_No findings._' : '_No active findings._');
    }
    for (const group of groupByChangeSet(active, result.checked)) {
        md.paragraph(group.heading);
        md.table(['Severity', 'Rule', 'Finding', 'Location'], group.findings.map((f) => [SEVERITY_CELL[f.severity], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(f.rule), findingCell(f), lineCell(f)]));
    }
    if (suppressed.length > 0) {
        md.details(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(suppressed.length, 'suppressed finding')}`, (b) => b.table(['Rule', 'Changeset', 'Finding', 'Reason'], sortFindings(suppressed).map((f) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(f.rule),
            f.changeSet ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet)) : '—',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.suppressed.reason)),
        ])));
    }
    return {
        id: options.id ?? 'policy-check',
        title: options.title ?? 'Policy check',
        status: statusFor(result, active),
        summary: summaryFor(result, active, suppressed.length),
        body: md.stringify(),
        ...(options.runUrl ? { url: options.runUrl } : {}),
    };
}
/** `2 errors, 1 warning, 1 suppressed` — shared with the terminal text. */
function findingCounts(findings) {
    const active = findings.filter((f) => !f.suppressed);
    const parts = [];
    const count = (s) => active.filter((f) => f.severity === s).length;
    if (count('error'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('error'), 'error'));
    if (count('warning'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('warning'), 'warning'));
    if (count('notice'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('notice'), 'notice'));
    const suppressed = findings.length - active.length;
    if (suppressed)
        parts.push(`${suppressed} suppressed`);
    return parts.join(', ');
}
/** Errors first, then by file and line, then by rule: the order reviewers read them in. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}
function statusFor(result, active) {
    if (!result.ok)
        return 'fail';
    return active.some((f) => f.severity !== 'notice') ? 'warn' : 'pass';
}
function summaryFor(result, active, suppressed) {
    if (active.length === 0 && suppressed === 0)
        return `no findings in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.checked.length, 'changeset')}`;
    return findingCounts(result.findings);
}
/**
 * Groups in the order the changesets were checked (the changelog's order), findings that belong
 * to no changeset (a parser problem, a changelog-wide rule) first.
 */
function groupByChangeSet(findings, checked) {
    const groups = new Map();
    const checkedOrder = new Map(checked.map((c, i) => [`${c.filePath}\u0000${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(c)}`, i]));
    let order = checked.length;
    for (const f of findings) {
        const key = f.changeSet ? `${f.changeSet.filePath}\u0000${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet)}` : '';
        let group = groups.get(key);
        if (!group) {
            const heading = f.changeSet
                ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet))}** · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLocation */ .k)(f.changeSet))}`
                : '**Changelog**';
            group = { heading, findings: [], order: key === '' ? -1 : (checkedOrder.get(key) ?? order++) };
            groups.set(key, group);
        }
        group.findings.push(f);
    }
    return [...groups.values()]
        .sort((a, b) => a.order - b.order)
        .map((g) => ({ heading: g.heading, findings: sortFindings(g.findings) }));
}
function findingCell(f) {
    const parts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message))];
    if (f.hint)
        parts.push(`💡 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.hint))}`);
    if (f.statement)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.statement), 200)));
    return parts.join('<br>');
}
function lineCell(f) {
    const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
    const line = f.line ?? f.changeSet?.line;
    if (!file)
        return '—';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(line ? `${file}:${line}` : file);
}


/***/ }),

/***/ 591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPolicyText: () => (/* binding */ renderPolicyText),
/* harmony export */   renderRollbackText: () => (/* binding */ renderRollbackText),
/* harmony export */   z: () => (/* binding */ renderRunText)
/* harmony export */ });
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8380);
/* harmony import */ var _policy_section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(723);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8186);



const STATE_LABEL = {
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
function renderRunText(run, options = {}) {
    const p = palette(options.color);
    const hideApplied = run.command.startsWith('update') && !options.showAlreadyApplied;
    const needsAttention = (c) => c.state === 'failed' || c.state === 'markRan' || c.error !== undefined;
    const listed = options.progressShown
        ? run.changeSets.filter(needsAttention)
        : hideApplied
            ? run.changeSets.filter((c) => c.state !== 'applied')
            : run.changeSets;
    const lines = [p.bold(`dbops ${run.command}`) + ` ${run.changelog} on ${run.database}`];
    const labelWidth = Math.min(60, Math.max(0, ...listed.map((c) => (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(c).length)));
    const locationWidth = Math.min(60, Math.max(0, ...listed.map((c) => (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLocation */ .k)(c).length)));
    for (const c of listed) {
        const cells = [
            paintState(c.state, STATE_LABEL[c.state].padEnd(12), p),
            (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(c).padEnd(labelWidth),
            p.dim((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLocation */ .k)(c).padEnd(locationWidth)),
            c.durationMs === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(c.durationMs).padStart(8),
        ];
        lines.push(`  ${cells.join('  ').trimEnd()}`);
        if (c.reason && c.state !== 'failed')
            lines.push(`${INDENT}${p.dim(c.reason)}`);
        if (c.error)
            lines.push(...errorLines(c.error, p));
    }
    const hidden = run.changeSets.length - listed.length;
    if (hidden > 0 && !options.progressShown)
        lines.push(p.dim(`  (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hidden, 'changeset')} applied before this run not listed)`));
    if (run.error) {
        const where = run.error.changeSet ? ` in ${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(run.error.changeSet)} (${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLocation */ .k)(run.error.changeSet)})` : '';
        lines.push(p.red(`Failed${where}: ${run.error.message}`));
        // The changeset line above already shows the database's answer when the changeset is listed.
        const shown = run.changeSets.some((c) => c.error && listed.includes(c));
        if (run.error.detail && !shown)
            lines.push(...errorLines(run.error.detail, p));
        if (run.rolledBackAfterFailure)
            lines.push('The changesets applied by this run were rolled back.');
    }
    lines.push(`${summary(run.changeSets)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(run.durationMs)})`);
    return `${lines.join('\n')}\n`;
}
/** Policy findings, errors first, one line each with `file:line`, then the hint. */
function renderPolicyText(result, options = {}) {
    const p = palette(options.color);
    const lines = [p.bold('dbops policy-check') + ` ${result.changelog}${result.environment ? ` (${result.environment})` : ''}`];
    const ordered = [...(0,_policy_section_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(result.findings.filter((f) => !f.suppressed)), ...(0,_policy_section_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(result.findings.filter((f) => f.suppressed))];
    for (const f of ordered) {
        const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
        const line = f.line ?? f.changeSet?.line;
        const where = file ? `${file}${line ? `:${line}` : ''}: ` : '';
        const severity = f.suppressed ? p.dim('suppressed') : f.severity === 'error' ? p.red('error') : f.severity === 'warning' ? p.yellow('warning') : 'notice';
        const subject = f.changeSet ? ` [${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet)}]` : '';
        lines.push(`  ${where}${severity} ${f.rule}: ${f.message}${subject}`);
        if (f.suppressed)
            lines.push(`${INDENT}${p.dim(`suppressed: ${f.suppressed.reason}`)}`);
        else if (f.hint)
            lines.push(`${INDENT}hint: ${f.hint}`);
    }
    const counts = (0,_policy_section_js__WEBPACK_IMPORTED_MODULE_0__/* .findingCounts */ .s_)(result.findings) || 'no findings';
    lines.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.checked.length, 'changeset')} checked: ${counts} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(result.durationMs)})${result.ok ? '' : ` — ${p.red('failed')}`}`);
    return `${lines.join('\n')}\n`;
}
/** Rollback verification, one line per changeset, differences and errors below it. */
function renderRollbackText(result, options = {}) {
    const p = palette(options.color);
    const lines = [p.bold('dbops rollback-verify') + ` ${result.changelog}`];
    const width = Math.min(60, Math.max(0, ...result.verifications.map((v) => (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(v).length)));
    for (const v of result.verifications) {
        const label = v.status.padEnd(12);
        const state = v.status === 'verified' ? p.green(label) : v.status === 'mismatch' || v.status === 'error' ? p.red(label) : p.yellow(label);
        lines.push(`  ${state}  ${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(v).padEnd(width)}  ${p.dim((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLocation */ .k)(v))}`);
        for (const d of v.differences ?? [])
            lines.push(`${INDENT}- ${d}`);
        if (v.error)
            lines.push(...errorLines(v.error, p));
    }
    const count = (s) => result.verifications.filter((v) => v.status === s).length;
    const parts = ['verified', 'mismatch', 'error', 'no-rollback', 'skipped'].filter((s) => count(s)).map((s) => `${count(s)} ${s}`);
    lines.push(`${parts.join(', ') || 'nothing to verify'} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(result.durationMs)})${result.ok ? '' : ` — ${p.red('failed')}`}`);
    return `${lines.join('\n')}\n`;
}
function errorLines(error, p) {
    const lines = [`${INDENT}${p.red(error.message)}${error.code ? ` (SQLSTATE ${error.code})` : ''}`];
    if (error.detail)
        lines.push(`${INDENT}detail: ${error.detail}`);
    if (error.hint)
        lines.push(`${INDENT}hint: ${error.hint}`);
    if (error.statement) {
        const [first, ...rest] = error.statement.trim().split(/\r?\n/);
        lines.push(`${INDENT}statement: ${first}`, ...rest.map((l) => `${INDENT}           ${l}`));
    }
    return lines;
}
function summary(changeSets) {
    const counts = new Map();
    for (const c of changeSets)
        counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
    const order = ['failed', 'executed', 'reran', 'markRan', 'rolledBack', 'pending', 'notExecuted', 'skipped', 'applied'];
    const parts = order.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${STATE_LABEL[s].toLowerCase()}`);
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(changeSets.length, 'changeset')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
function paintState(state, text, p) {
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
function palette(color = false) {
    const sgr = (open, close) => (color ? (t) => `\u001b[${open}m${t}\u001b[${close}m` : (t) => t);
    return { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}


/***/ })

};

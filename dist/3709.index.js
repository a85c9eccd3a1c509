export const id = 3709;
export const ids = [3709,6090];
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

/***/ 6090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8380);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8186);
/**
 * Policy findings as SARIF 2.1.0, for `github/codeql-action/upload-sarif`: code scanning shows
 * them as alerts on the changelog lines, and in the PR when those lines are part of the diff.
 *
 * What upload-sarif needs (notes §7): `version`, `runs[]` each with `tool.driver.name` and a
 * `results[]` array; per result `message.text` and a `physicalLocation.artifactLocation` (only the
 * first location is used); per rule an `id`; no empty strings where a value is required.
 */



const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own fingerprint: stable when lines move, unlike a line hash. upload-sarif adds its line hash. */
const FINGERPRINT_KEY = 'dbopsFindingHash/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY = {
    error: 'error',
    warning: 'warning',
    notice: 'recommendation',
};
/**
 * The SARIF log for a policy check: one run, one rule per rule code, one result per finding
 * located at the changelog file and line.
 *
 * @example
 * ```ts
 * await writeFile('dbops.sarif', JSON.stringify(renderSarif(result, { toolVersion: '1.2.0', rules })));
 * // then: uses: github/codeql-action/upload-sarif@v4 with: { sarif_file: dbops.sarif }
 * ```
 */
function renderSarif(result, options) {
    const findings = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppressed);
    const described = new Map((options.rules ?? []).map((r) => [r.id, r]));
    const ruleIds = [];
    for (const f of findings)
        if (!ruleIds.includes(f.rule))
            ruleIds.push(f.rule);
    const rules = ruleIds.map((id) => toRule(id, described.get(id), findings.filter((f) => f.rule === id)));
    const seen = new Map();
    const results = findings.map((f) => {
        const identity = fingerprintSource(f);
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath ?? result.changelog;
        const line = f.line ?? f.changeSet?.line ?? 1;
        const sarifResult = {
            ruleId: f.rule,
            ruleIndex: ruleIds.indexOf(f.rule),
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: Math.max(1, Math.floor(line)) } } }],
            partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${identity}\u0000${occurrence}`) },
            properties: {
                source: f.source,
                ...(f.changeSet ? { changeSet: (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet) } : {}),
                ...(f.statement ? { statement: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.statement, 2000) } : {}),
            },
        };
        // SARIF: suppressions are either present on every result of a run or on none.
        if (options.includeSuppressed) {
            sarifResult.suppressions = f.suppressed ? [{ kind: 'inSource', justification: f.suppressed.reason || 'suppressed' }] : [];
        }
        return sarifResult;
    });
    const run = {
        tool: {
            driver: {
                name: options.toolName ?? 'dbops',
                semanticVersion: options.toolVersion,
                ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                rules,
            },
        },
        ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
    };
    return { $schema: SCHEMA, version: '2.1.0', runs: [run] };
}
function toRule(id, descriptor, findings) {
    const severity = descriptor?.defaultSeverity ?? mostSevere(findings);
    const hint = findings.find((f) => f.hint)?.hint;
    const source = findings[0]?.source ?? 'builtin';
    const generic = source === 'rego' ? `Policy ${id.replace(/^rego:/, '')}` : `dbops rule ${id}`;
    const short = nonEmpty(descriptor?.shortDescription, generic);
    const help = nonEmpty(descriptor?.help, hint ?? `See the description of ${id} in the dbops policy documentation.`);
    return {
        id,
        ...(descriptor?.name ? { name: descriptor.name } : {}),
        shortDescription: { text: short },
        fullDescription: { text: nonEmpty(descriptor?.fullDescription, short) },
        help: { text: help, ...(descriptor?.helpMarkdown ? { markdown: descriptor.helpMarkdown } : {}) },
        ...(descriptor?.helpUri ? { helpUri: descriptor.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            tags: [...new Set(['database', 'migration', ...(descriptor?.tags ?? [])])].slice(0, 10),
            precision: 'very-high',
            'problem.severity': PROBLEM_SEVERITY[severity],
        },
    };
}
function messageText(f) {
    const parts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.message) || f.rule];
    if (f.changeSet)
        parts.push(`(changeset ${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet)})`);
    let text = parts.join(' ');
    if (f.hint)
        text += `\nFix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.hint)}`;
    return text;
}
/** What identifies a finding across commits: rule, changeset, statement; never the line. */
function fingerprintSource(f) {
    const changeSet = f.changeSet ? `${f.changeSet.filePath}::${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet)}` : (f.file ?? '');
    return [f.rule, changeSet, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.statement ?? f.message)].join('\u0000');
}
function mostSevere(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'error';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warning';
    return 'notice';
}
/** Repository-relative, forward slashes, no `./`, percent-encoded where a URI needs it. */
function toUri(file) {
    const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return path.startsWith('/') ? `file://${encoded}` : encoded;
}
function nonEmpty(value, fallback) {
    return value && value.trim() !== '' ? value : fallback;
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ })

};

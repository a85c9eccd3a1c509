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

/***/ 1946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export expandSecrets */
/**
 * Secrets (database URLs, passwords, tokens) must never reach a log line, a comment, a summary or
 * an output. Two defences: register every form of every secret with the runner (`::add-mask::`),
 * which masks the log; and `redact` whatever text we produce ourselves, which covers comments
 * and API request bodies the runner never sees.
 *
 * A password hides in more than one spelling: inside a URL it is percent-encoded (`p%40ss` for
 * `p@ss`), in JSON its quotes and backslashes are escaped, in a libpq string it may be quoted.
 * `expandSecrets` derives all of them.
 */
/** Query or key/value parameter names whose value is a secret. */
const SECRET_PARAMS = /^(password|passwd|pass|pwd|sslpassword|token|access_token|api_key|apikey|secret)$/i;
/**
 * Every value to hide: each input as given, the password (and the user:password pair) inside
 * URLs, JDBC query strings and libpq key/value strings, and each of those in its encoded forms.
 * Longest first, so that `redact` replaces a whole URL before a part of it.
 *
 * @example
 * expandSecrets(['postgres://app:p%40ss@db/app'])
 * // ['postgres://app:p%40ss@db/app', 'app:p%40ss', 'app:p@ss', 'p%40ss', 'p@ss', ...]
 */
function expandSecrets(values) {
    const found = new Set();
    const add = (value) => {
        if (value === undefined || value.trim() === '')
            return;
        for (const variant of variants(value))
            if (variant.trim() !== '')
                found.add(variant);
    };
    for (const value of values) {
        if (!value)
            continue;
        add(value);
        for (const part of embeddedSecrets(value))
            add(part);
    }
    return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/**
 * Replaces every occurrence of every secret (as given: pass the result of `expandSecrets`) with
 * `replacement`.
 *
 * @example
 * redact('connecting to postgres://app:s3cret@db/app', expandSecrets(['postgres://app:s3cret@db/app']))
 * // 'connecting to ***'
 */
function redact(text, secrets, replacement = '***') {
    const usable = [...new Set(secrets.filter((s) => s.trim() !== ''))].sort((a, b) => b.length - a.length);
    if (usable.length === 0 || text === '')
        return text;
    const pattern = new RegExp(usable.map(escapedSpellings).join('|'), 'g');
    return text.replace(pattern, replacement);
}
/**
 * A pattern for the secret as it may look once rendered to Markdown by src/report: `&<>` as
 * entities, `|` escaped in tables, whitespace runs collapsed, and a zero-width space after `@`
 * (which stops mentions, and would otherwise split `p@ss` out of a plain search).
 */
function escapedSpellings(secret) {
    const parts = [];
    for (const token of secret.match(/\s+|[\s\S]/gu) ?? []) {
        if (/^\s+$/.test(token))
            parts.push('(?:\\s|<br>)+');
        else if (token === '&')
            parts.push('(?:&|&amp;)');
        else if (token === '<')
            parts.push('(?:<|&lt;)');
        else if (token === '>')
            parts.push('(?:>|&gt;)');
        else if (token === '|')
            parts.push('\\\\?\\|');
        else
            parts.push(escapeRegExp(token));
    }
    return parts.join('\u200b?');
}
/**
 * Registers every form of every secret with the runner and returns them for `redact`.
 * Multi-line values are registered line by line: the runner masks per line.
 */
function maskSecrets(values, registry) {
    const secrets = expandSecrets(values);
    const registered = new Set();
    for (const secret of secrets) {
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim() === '' || registered.has(line))
                continue;
            registered.add(line);
            registry.setSecret(line);
        }
    }
    return secrets;
}
/** A `redact` bound to a set of secrets, for passing around as a function. */
function createRedactor(values) {
    const secrets = expandSecrets(values);
    return (text) => redact(text, secrets);
}
/** Passwords and credentials found inside a connection string or URL. */
function embeddedSecrets(value) {
    const parts = [];
    // scheme://user:password@host — the authority runs to the first / ? or #, the userinfo to its last @.
    const authority = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)@/.exec(value.trim());
    if (authority) {
        const userinfo = authority[1];
        const colon = userinfo.indexOf(':');
        if (colon >= 0) {
            parts.push(userinfo, userinfo.slice(colon + 1));
        }
    }
    // ?password=... in URLs and JDBC strings.
    const query = value.indexOf('?');
    if (query >= 0) {
        for (const pair of value.slice(query + 1).split(/[&;]/)) {
            const eq = pair.indexOf('=');
            if (eq > 0 && SECRET_PARAMS.test(safeDecode(pair.slice(0, eq))))
                parts.push(pair.slice(eq + 1).replace(/#.*$/, ''));
        }
    }
    // libpq key/value: host=db password='it''s secret'
    for (const match of value.matchAll(/(?:^|\s)([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g)) {
        if (!SECRET_PARAMS.test(match[1]))
            continue;
        const raw = match[2];
        parts.push(raw);
        if (raw.startsWith("'"))
            parts.push(raw.slice(1, -1).replace(/\\(.)/g, '$1'));
    }
    return parts;
}
/** The spellings one secret can take in text we produce or receive. */
function variants(secret) {
    const forms = new Set([secret]);
    const decoded = safeDecode(secret);
    forms.add(decoded);
    for (const base of [secret, decoded]) {
        const encoded = encodeURIComponent(base);
        forms.add(encoded);
        forms.add(encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
        forms.add(encodeURIComponent(base).replace(/%20/g, '+')); // form encoding
        forms.add(JSON.stringify(base).slice(1, -1)); // inside a JSON string
    }
    return [...forms];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, '%20'));
    }
    catch {
        return text;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/***/ 1130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readStatusMatrix),
/* harmony export */   m: () => (/* binding */ parseEnvironments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);

/**
 * `name=url` items, one per line or comma-separated (`dev=postgresql://…`). Names are what the
 * matrix shows; URLs come from secrets. `source` names the input or option in messages.
 */
function parseEnvironments(items, source) {
    const environments = [];
    for (const item of items.flatMap((i) => i.split(/[\n,]/)).map((i) => i.trim()).filter(Boolean)) {
        const eq = item.indexOf('=');
        const name = eq > 0 ? item.slice(0, eq).trim() : '';
        if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: each item is name=url (e.g. staging=\${{ secrets.STAGING_DATABASE_URL }}); one does not start with a name.`);
        }
        if (environments.some((e) => e.name === name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: environment '${name}' is listed twice.`);
        const url = item.slice(eq + 1).trim();
        // An unset secret expands to nothing; reading an empty embedded database instead would show
        // an environment with nothing applied, which is a lie.
        if (url === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: environment '${name}' has no URL (is its secret set?).`);
        environments.push({ name, url });
    }
    if (environments.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} lists no environment.`);
    return environments;
}
/**
 * Reads every environment's tracking table (in parallel, nothing locked or changed) and lines
 * them up against the changelog. Rows follow the changelog's order; changesets an environment
 * applied that the changelog lacks come last. An unreachable environment is reported in its
 * column (`unknown`) and makes `ok` false; the others are still read.
 *
 * @example
 * ```ts
 * const matrix = await readStatusMatrix({
 *   changelog: { changelogFile: 'changelog.yaml', searchPath: ['db'] },
 *   environments: [{ name: 'dev', url: devUrl }, { name: 'staging', url: stagingUrl }],
 *   logger,
 * });
 * ```
 */
async function readStatusMatrix(options) {
    const redact = options.redact ?? ((text) => text);
    const reads = await Promise.all(options.environments.map((environment) => readEnvironment(options, environment, redact)));
    const rows = [];
    const byKey = new Map();
    const rowFor = (ref, inChangelog) => {
        const key = `${ref.filePath}::${ref.id}::${ref.author}`;
        let row = byKey.get(key);
        if (!row) {
            row = { id: ref.id, author: ref.author, filePath: ref.filePath, inChangelog, states: {} };
            byKey.set(key, row);
            rows.push(row);
        }
        return row;
    };
    // The changelog's order first (every environment reads the same changelog), then the strays.
    for (const read of reads)
        for (const c of read.changelog)
            rowFor(c, true);
    for (const read of reads)
        for (const c of read.applied)
            if (!byKey.has(`${c.filePath}::${c.id}::${c.author}`))
                rowFor(c, false);
    for (const [i, environment] of options.environments.entries()) {
        const read = reads[i];
        const states = new Map(read.changelog.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c.state]));
        const applied = new Map(read.applied.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c]));
        for (const row of rows) {
            const key = `${row.filePath}::${row.id}::${row.author}`;
            const ran = applied.get(key);
            if (read.error)
                row.states[environment.name] = { state: 'unknown' };
            else if (ran)
                row.states[environment.name] = { state: ran.markRan ? 'markRan' : 'applied', dateExecuted: ran.dateExecuted, ...(ran.deploymentId ? { deploymentId: ran.deploymentId } : {}) };
            else
                row.states[environment.name] = { state: states.get(key) === 'skipped' ? 'skipped' : 'pending' };
        }
    }
    const environments = options.environments.map((environment, i) => {
        const read = reads[i];
        const cells = rows.map((r) => r.states[environment.name].state);
        return {
            name: environment.name,
            ...(read.database ? { database: read.database } : {}),
            applied: cells.filter((s) => s === 'applied' || s === 'markRan').length,
            pending: cells.filter((s) => s === 'pending').length,
            ...(read.error ? { error: read.error } : {}),
        };
    });
    return { changelog: options.changelog.changelogFile, environments, rows, ok: reads.every((r) => !r.error) };
}
async function readEnvironment(options, environment, redact) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    let opened;
    try {
        opened = await openEngine({
            ...options.changelog,
            url: environment.url,
            username: environment.username,
            password: environment.password,
            logger: options.logger,
        });
    }
    catch (error) {
        const message = redact(error.message);
        options.logger.warn(`${environment.name}: ${message}`);
        return { changelog: [], applied: [], error: message };
    }
    try {
        const { status } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(1548)]).then(__webpack_require__.bind(__webpack_require__, 6709));
        const { history } = await __webpack_require__.e(/* import() */ 8583).then(__webpack_require__.bind(__webpack_require__, 8583));
        const planned = await status(opened.context);
        const ran = await history(opened.context);
        if (!ran.ok || !ran.rows)
            throw new Error(ran.error?.message ?? 'cannot read DATABASECHANGELOG');
        if (!planned.ok)
            options.logger.warn(`${environment.name}: ${opened.redact(planned.error?.message ?? 'status failed')}`);
        return {
            database: opened.context.db.displayName,
            changelog: planned.changeSets.map(({ id, author, filePath, state }) => ({ id, author, filePath, state })),
            applied: ran.rows.map((row) => ({
                id: row.id,
                author: row.author,
                filePath: row.filename,
                dateExecuted: row.dateExecuted.toISOString(),
                ...(row.deploymentId ? { deploymentId: row.deploymentId } : {}),
                markRan: row.execType === 'MARK_RAN',
            })),
        };
    }
    catch (error) {
        const message = redact(opened.redact(error.message));
        options.logger.warn(`${environment.name}: ${message}`);
        return { database: opened.context.db.displayName, changelog: [], applied: [], error: message };
    }
    finally {
        await opened.close();
    }
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

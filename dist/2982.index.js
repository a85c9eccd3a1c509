export const id = 2982;
export const ids = [2982,1062,7630,591,8681,2043,7914,9594];
export const modules = {

/***/ 798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderRunResultText)
/* harmony export */ });
/* harmony import */ var _report_terminal_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(591);

/**
 * The text people read after a command; JSON (--format json) is for tools. status and history
 * read like Liquibase's; everything else is the shared terminal renderer (src/report).
 */
function renderRunResultText(command, result, options) {
    const lines = [];
    const count = (state) => result.changeSets.filter((c) => c.state === state).length;
    const id = (c) => `${c.filePath}::${c.id}::${c.author}`;
    switch (command) {
        case 'status':
        case 'validate': {
            const pending = result.changeSets.filter((c) => c.state === 'pending');
            if (command === 'validate') {
                lines.push(result.ok ? `No validation errors found (${result.changeSets.length} changesets).` : 'Validation failed.');
            }
            else {
                lines.push(pending.length === 0 ? `${result.database} is up to date` : `${pending.length} changeset${pending.length === 1 ? ' has' : 's have'} not been applied to ${result.database}`);
            }
            const shown = options.verbose ? result.changeSets : pending;
            for (const c of shown)
                lines.push(`  ${options.verbose ? `${c.state.padEnd(8)} ` : ''}${id(c)}${c.reason ? `  (${c.reason})` : ''}`);
            break;
        }
        case 'history': {
            let deployment;
            lines.push(`${result.changeSets.length} changeset${result.changeSets.length === 1 ? '' : 's'} applied to ${result.database}`);
            for (const c of result.changeSets) {
                const group = c.reason?.match(/deployment (\S+)/)?.[1];
                if (group !== deployment) {
                    deployment = group;
                    lines.push(`- deployment ${group}`);
                }
                lines.push(`    ${id(c)}  ${c.reason?.split(' deployment')[0] ?? ''}${c.tag ? `  tag=${c.tag}` : ''}`);
            }
            break;
        }
        default:
            return (0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunText */ .z)(result, { progressShown: options.progressShown, color: options.color });
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   T5: () => (/* binding */ processTimeZone),
/* harmony export */   pH: () => (/* binding */ useTimeZone)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _database_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2043);


/**
 * Opens a connection to a parsed target. The drivers are imported on demand so that commands that
 * need no database (and `--help`) start fast.
 *
 * The session's time zone is this process's, as a JDBC session takes the JVM's: DATEEXECUTED is a
 * timestamp without time zone written with NOW(), and rollback-to-date compares against it.
 */
async function connect(target, options = {}) {
    const timeZone = processTimeZone();
    if (target.kind === 'embedded') {
        const { PgliteConnection } = await __webpack_require__.e(/* import() */ 9228).then(__webpack_require__.bind(__webpack_require__, 9228));
        const connection = await PgliteConnection.open(target.dataDir);
        if (timeZone)
            await useTimeZone(connection, timeZone);
        return connection;
    }
    const { PgConnection } = await Promise.all(/* import() */[__webpack_require__.e(5757), __webpack_require__.e(2767)]).then(__webpack_require__.bind(__webpack_require__, 2767));
    const ssl = sslOption(target.params.sslmode ?? target.params.ssl);
    const config = {
        host: target.host,
        port: target.port,
        database: target.database,
        user: target.user,
        password: target.password,
        ssl,
        application_name: options.applicationName ?? 'dbops',
        displayName: (0,_database_url_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(target),
    };
    // Set at connection start-up (no extra round trip), each dropped if the server refuses it:
    // - the time zone (above);
    // - client_connection_check_interval (PostgreSQL 14+): if dbops is killed while the server runs
    //   a batch of changesets, the server notices within 100 ms and stops, instead of running the
    //   rest of the batch on its own while someone runs release-locks and updates again.
    const settings = [...(timeZone ? [`TimeZone=${timeZone}`] : []), 'client_connection_check_interval=100'];
    for (;;) {
        try {
            return await PgConnection.connect(settings.length ? { ...config, options: settings.map((setting) => `-c ${setting}`).join(' ') } : config);
        }
        catch (error) {
            const code = error.code;
            // 22023 invalid value (an unknown zone name), 42704 unknown parameter (an older server, or a wire-compatible engine).
            if ((code !== '22023' && code !== '42704') || settings.length === 0)
                throw error;
            const refused = settings.findIndex((setting) => error.message.toLowerCase().includes(setting.split('=')[0].toLowerCase()));
            settings.splice(refused < 0 ? 0 : refused, refused < 0 ? settings.length : 1);
        }
    }
}
/** The IANA name of this process's time zone, when it is one PostgreSQL can be given. */
function processTimeZone() {
    // TZ, or where /etc/localtime points, before asking Intl (whose first use costs ~10 ms of ICU start-up).
    const zone = process.env.TZ?.replace(/^:/, '') || zoneOfLocaltime() || Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && /^[A-Za-z0-9_+\-/]+$/.test(zone) ? zone : undefined;
}
function zoneOfLocaltime() {
    try {
        return /zoneinfo\/(.+)$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)('/etc/localtime'))?.[1];
    }
    catch {
        return undefined;
    }
}
/** Sets the session's time zone on an open connection (an unknown zone name is ignored). */
async function useTimeZone(db, zone) {
    try {
        await db.query(`SELECT set_config('TimeZone', $1, false)`, [zone]);
    }
    catch {
        // The server's zone stays.
    }
}
function sslOption(mode) {
    switch (mode?.toLowerCase()) {
        case undefined:
        case 'disable':
        case 'false':
            return undefined;
        case 'require':
        case 'prefer':
        case 'allow':
        case 'true':
            return { rejectUnauthorized: false };
        default:
            // verify-ca / verify-full
            return { rejectUnauthorized: true };
    }
}


/***/ }),

/***/ 2043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   mx: () => (/* binding */ parseDatabaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);

/**
 * Parses the URL forms users write:
 * - `postgresql://user:pass@host:5432/db?sslmode=require` (or `postgres://`);
 * - `jdbc:postgresql://host:5432/db?user=u&password=p`, as in liquibase.properties;
 * - `pglite:memory`, `pglite:./folder` or no URL at all: the embedded PostgreSQL.
 * Explicit `username` / `password` win over credentials inside the URL.
 */
function parseDatabaseUrl(url, credentials = {}) {
    const trimmed = url?.trim();
    if (!trimmed || trimmed === 'pglite:memory' || trimmed === 'pglite:' || trimmed === 'embedded')
        return { kind: 'embedded' };
    if (trimmed.startsWith('pglite:'))
        return { kind: 'embedded', dataDir: trimmed.slice('pglite:'.length).replace(/^\/\//, '') };
    const jdbc = /^jdbc:(postgresql|postgres):/i.test(trimmed);
    const withoutJdbc = jdbc ? trimmed.slice('jdbc:'.length) : trimmed;
    let parsed;
    try {
        parsed = new URL(withoutJdbc);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--url is not a database URL this tool understands (expected postgresql://host:port/db, jdbc:postgresql://host:port/db or pglite:<folder>): ${redactUrl(trimmed)}`);
    }
    if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--url: unsupported database '${parsed.protocol.replace(/:$/, '')}' (supported: postgresql, and the embedded pglite)`);
    }
    const params = {};
    for (const [key, value] of parsed.searchParams)
        params[key] = value;
    const user = credentials.username ?? (parsed.username ? decodeURIComponent(parsed.username) : undefined) ?? takeParam(params, 'user');
    const password = credentials.password ?? (parsed.password ? decodeURIComponent(parsed.password) : undefined) ?? takeParam(params, 'password');
    delete params.user;
    delete params.password;
    return {
        kind: 'postgresql',
        host: parsed.hostname || '127.0.0.1',
        port: parsed.port ? Number(parsed.port) : 5432,
        database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || 'postgres',
        user,
        password,
        params,
    };
}
function takeParam(params, name) {
    return params[name];
}
/** A description of the target that never contains the password. */
function describeTarget(target) {
    if (target.kind === 'embedded')
        return target.dataDir ? `embedded PostgreSQL (${target.dataDir})` : 'embedded PostgreSQL (in memory)';
    const user = target.user ? `${target.user}@` : '';
    return `postgresql://${user}${target.host}:${target.port}/${target.database}`;
}
/** Removes passwords from anything that looks like a URL with credentials or a password parameter. */
function redactUrl(text) {
    return text
        .replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@')
        .replace(/([?&]password=)[^&\s]*/gi, '$1***');
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

/***/ 9594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
/** Discards everything; the default for library calls and tests. */
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
};
/** Collects messages, for tests that assert on what was logged. */
function memoryLogger() {
    const lines = [];
    const at = (level) => (message) => void lines.push({ level, message });
    return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}


/***/ }),

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


/***/ }),

/***/ 744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ isComment),
/* harmony export */   Ez: () => (/* binding */ isWordPart),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   az: () => (/* binding */ isContent),
/* harmony export */   dd: () => (/* binding */ isWordStart),
/* harmony export */   pT: () => (/* binding */ SqlScanner)
/* harmony export */ });
/* unused harmony export tokenize */
function isComment(token) {
    return token.kind === 'line-comment' || token.kind === 'block-comment';
}
/** Not whitespace and not a comment: the token belongs to a statement's SQL. */
function isContent(token) {
    return token.kind !== 'whitespace' && !isComment(token);
}
/**
 * Walks the tokens of a text without making an object per token: after each `next()`, the
 * scanner itself is the current token (`kind`, `start`, `end`, `unterminated`).
 */
class SqlScanner {
    text;
    syntax;
    kind = 'whitespace';
    start = 0;
    end = 0;
    unterminated = false;
    constructor(text, syntax, 
    /** Where the first token starts. */
    from = 0) {
        this.text = text;
        this.syntax = syntax;
        this.end = from;
    }
    /** Moves to the next token; false at the end of the text. */
    next() {
        const { text, syntax } = this;
        const pos = this.end;
        if (pos >= text.length)
            return false;
        this.start = pos;
        this.unterminated = false;
        const code = text.charCodeAt(pos);
        if (isWhitespaceCode(code)) {
            let end = pos + 1;
            while (end < text.length && isWhitespaceCode(text.charCodeAt(end)))
                end++;
            return this.found('whitespace', end);
        }
        if (isWordStartCode(code)) {
            let end = pos + 1;
            while (end < text.length && isWordPartCode(text.charCodeAt(end)))
                end++;
            // E'…' is one escape-string token; any other prefix (U&, B, X, N) quotes as usual.
            if (syntax.escapeStrings && end === pos + 1 && (code === 0x45 || code === 0x65) && text.charCodeAt(end) === 0x27) {
                return this.quoted(end, 'string', true);
            }
            return this.found('word', end);
        }
        const next = text.charCodeAt(pos + 1);
        if (code === 0x2d && next === 0x2d && (!syntax.dashCommentNeedsSpace || pos + 2 >= text.length || isWhitespaceCode(text.charCodeAt(pos + 2)))) {
            return this.lineComment();
        }
        if (code === 0x23 && syntax.hashComments)
            return this.lineComment();
        if (code === 0x2f && next === 0x2a)
            return this.blockComment();
        const c = text[pos];
        if (syntax.stringQuotes.includes(c))
            return this.quoted(pos, 'string', syntax.backslashEscapes);
        if (syntax.identifierQuotes.includes(c))
            return this.quoted(pos, 'quoted-identifier', false);
        if (code === 0x24 && syntax.dollarQuotes && this.dollarQuoted())
            return true;
        return this.found('symbol', pos + 1);
    }
    /** Continues after `position` (which the caller has read otherwise). */
    skipTo(position) {
        this.end = position;
    }
    /** The current token as an object of its own. */
    token() {
        return this.unterminated ? { kind: this.kind, start: this.start, end: this.end, unterminated: true } : { kind: this.kind, start: this.start, end: this.end };
    }
    found(kind, end, unterminated = false) {
        this.kind = kind;
        this.end = end;
        this.unterminated = unterminated;
        return true;
    }
    lineComment() {
        const { text } = this;
        let end = this.start;
        for (let code = text.charCodeAt(end); end < text.length && code !== 0x0a && code !== 0x0d; code = text.charCodeAt(++end))
            ;
        return this.found('line-comment', end);
    }
    blockComment() {
        const { text } = this;
        const nested = this.syntax.nestedBlockComments;
        let depth = 1;
        let i = this.start + 2;
        while (i < text.length) {
            const close = text.indexOf('*/', i);
            const open = nested ? text.indexOf('/*', i) : -1;
            if (close < 0)
                break;
            if (open >= 0 && open < close) {
                depth++;
                i = open + 2;
            }
            else {
                i = close + 2;
                if (--depth === 0)
                    return this.found('block-comment', i);
            }
        }
        return this.found('block-comment', text.length, true);
    }
    /** A quoted run from `quoteAt`; a doubled quote stays inside, as does an escaped one. */
    quoted(quoteAt, kind, backslashEscapes) {
        const { text } = this;
        const quote = text[quoteAt];
        let escape = backslashEscapes ? text.indexOf('\\', quoteAt + 1) : -1;
        let i = quoteAt + 1;
        for (;;) {
            const at = text.indexOf(quote, i);
            if (at < 0)
                return this.found(kind, text.length, true);
            if (escape >= 0 && escape < at) {
                i = escape + 2;
                escape = text.indexOf('\\', i);
            }
            else if (text[at + 1] === quote) {
                i = at + 2;
            }
            else {
                return this.found(kind, at + 1);
            }
            if (i >= text.length)
                return this.found(kind, text.length, true);
        }
    }
    /** `$tag$…$tag$`; false when the `$` opens no body (a parameter such as `$1`, or a lone `$`). */
    dollarQuoted() {
        const { text } = this;
        DOLLAR_TAG.lastIndex = this.start;
        const open = DOLLAR_TAG.exec(text);
        if (!open)
            return false;
        const delimiter = open[0];
        const close = text.indexOf(delimiter, this.start + delimiter.length);
        return close < 0 ? this.found('dollar-quoted', text.length, true) : this.found('dollar-quoted', close + delimiter.length);
    }
}
const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
/** Every token of `text`, in order. */
function* tokenize(text, syntax) {
    const scanner = new SqlScanner(text, syntax);
    while (scanner.next())
        yield scanner.token();
}
function isWhitespace(c) {
    return isWhitespaceCode(c.charCodeAt(0));
}
/** Letters, `_`, digits and anything beyond ASCII start a word (identifier, keyword or number). */
function isWordStart(c) {
    return isWordStartCode(c.charCodeAt(0));
}
/** `$` continues a word, as in PostgreSQL identifiers (`a$b`) and MySQL ones. */
function isWordPart(c) {
    return isWordPartCode(c.charCodeAt(0));
}
/** Space, tab, line feed, vertical tab, form feed, carriage return. */
function isWhitespaceCode(code) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
function isWordStartCode(code) {
    return ((code >= 0x61 && code <= 0x7a) || // a-z
        (code >= 0x41 && code <= 0x5a) || // A-Z
        (code >= 0x30 && code <= 0x39) || // 0-9
        code === 0x5f || // _
        code >= 0x80);
}
function isWordPartCode(code) {
    return isWordStartCode(code) || code === 0x24;
}


/***/ }),

/***/ 8795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hw: () => (/* binding */ postgresSyntax)
/* harmony export */ });
/* unused harmony exports genericSyntax, mysqlSyntax, sqlSyntaxFor */
const postgresSyntax = {
    name: 'postgresql',
    stringQuotes: "'",
    identifierQuotes: '"',
    backslashEscapes: false,
    escapeStrings: true,
    dollarQuotes: true,
    nestedBlockComments: true,
    hashComments: false,
    dashCommentNeedsSpace: false,
    blocks: 'routine-bodies',
    parenthesesHoldDelimiters: true,
    delimiterCommand: false,
};
/** What Liquibase's own splitter assumes for every database: standard quoting and BEGIN/END blocks. */
const genericSyntax = {
    name: 'generic',
    stringQuotes: "'",
    identifierQuotes: '"',
    backslashEscapes: false,
    escapeStrings: false,
    dollarQuotes: false,
    nestedBlockComments: false,
    hashComments: false,
    dashCommentNeedsSpace: false,
    blocks: 'blocks',
    parenthesesHoldDelimiters: false,
    delimiterCommand: false,
};
const mysqlSyntax = {
    name: 'mysql',
    stringQuotes: `'"`,
    identifierQuotes: '`',
    backslashEscapes: true,
    escapeStrings: false,
    dollarQuotes: false,
    nestedBlockComments: false,
    hashComments: true,
    dashCommentNeedsSpace: true,
    blocks: 'blocks',
    parenthesesHoldDelimiters: false,
    delimiterCommand: true,
};
/**
 * The syntax for a Liquibase dbms short name (`postgresql`, `mysql`, `mariadb`, …); databases
 * without their own rules get Liquibase's generic ones.
 */
function sqlSyntaxFor(dbms) {
    switch (dbms.toLowerCase()) {
        case 'postgresql':
        case 'cockroachdb':
            return postgresSyntax;
        case 'mysql':
        case 'mariadb':
            return mysqlSyntax;
        default:
            return genericSyntax;
    }
}


/***/ })

};

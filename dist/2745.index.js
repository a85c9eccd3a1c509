export const id = 2745;
export const ids = [2745,1062,878,8681,2043,7914,9594];
export const modules = {

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


/***/ }),

/***/ 878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackVerify: () => (/* binding */ rollbackVerify)
/* harmony export */ });
/* harmony import */ var _database_database_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2043);
/* harmony import */ var _engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(834);
/* harmony import */ var _rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3813);



/**
 * rollback-verify as the CLI and the actions run it: opens the changelog on the database (the
 * embedded PostgreSQL when there is no URL), verifies every pending changeset's rollback, closes.
 *
 * On the embedded database, when a rollback leaves it in a state the next changesets cannot be
 * applied to, verification goes on on a fresh embedded database with everything up to that
 * changeset applied: one bad rollback in old history does not hide the changesets a pull request
 * adds. On a URL, the run stops there (we do not recreate someone's database).
 *
 * Throws (ConfigurationError) when the changelog cannot be read or the database reached; every
 * changeset's failure is in the result.
 *
 * @example
 * const result = await rollbackVerify({ changelogFile: 'changelog.xml', searchPath: ['db'], logger });
 * if (!result.ok) process.exitCode = 1;
 */
async function rollbackVerify(options) {
    const started = Date.now();
    const target = (0,_database_database_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDatabaseUrl */ .mx)(options.url, { username: options.username, password: options.password });
    const throwaway = target.kind === 'embedded' && !target.dataDir;
    const verify = { compareData: options.compareData ?? false, logger: options.logger };
    let opened = await open(options);
    try {
        let run = await (0,_rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .runRollbackVerification */ .R)(opened.context, { ...verify, changeSets: options.changeSets ?? 'pending' });
        const verifications = run.result.verifications;
        while (throwaway && run.resumeAfter) {
            const after = verifications.findIndex((v) => sameChangeSet(v, run.resumeAfter));
            const rest = verifications.slice(after + 1).filter((v) => v.status === 'skipped');
            if (rest.length === 0)
                break;
            options.logger.info(`Continuing with the ${rest.length} changeset${rest.length === 1 ? '' : 's'} after ${run.resumeAfter.id}::${run.resumeAfter.author} on a fresh embedded PostgreSQL`);
            await opened.close();
            opened = await open(options);
            run = await (0,_rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .runRollbackVerification */ .R)(opened.context, { ...verify, changeSets: rest.map(({ id, author, filePath }) => ({ id, author, filePath })) });
            for (const v of run.result.verifications)
                verifications[verifications.findIndex((old) => sameChangeSet(old, v))] = v;
        }
        const redact = opened.redact;
        return {
            changelog: run.result.changelog,
            ok: verifications.every((v) => v.status !== 'mismatch' && v.status !== 'error'),
            verifications: verifications.map((v) => redacted(v, redact)),
            durationMs: Date.now() - started,
        };
    }
    finally {
        await opened.close();
    }
}
function open(options) {
    return (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__.openEngine)({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        properties: options.properties,
        environment: options.env,
        trackingSchema: options.trackingSchema,
        changelogTableName: options.changelogTableName,
        lockTableName: options.lockTableName,
        lockWaitSeconds: options.lockWaitSeconds,
        logger: options.logger,
    });
}
function sameChangeSet(a, b) {
    return a.id === b.id && a.author === b.author && a.filePath === b.filePath;
}
/** Database messages can quote a connection string; nothing we return carries a secret. */
function redacted(v, redact) {
    return {
        ...v,
        ...(v.differences ? { differences: v.differences.map(redact) } : {}),
        ...(v.error
            ? {
                error: {
                    ...v.error,
                    message: redact(v.error.message),
                    ...(v.error.statement !== undefined ? { statement: redact(v.error.statement) } : {}),
                    ...(v.error.detail !== undefined ? { detail: redact(v.error.detail) } : {}),
                    ...(v.error.hint !== undefined ? { hint: redact(v.error.hint) } : {}),
                },
            }
            : {}),
    };
}


/***/ })

};

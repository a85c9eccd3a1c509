export const id = 7630;
export const ids = [7630,2043,9594];
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


/***/ })

};

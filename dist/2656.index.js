export const id = 2656;
export const ids = [2656,6736,2043];
export const modules = {

/***/ 2656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffChangelogCommand: () => (/* binding */ diffChangelogCommand),
/* harmony export */   generateChangelogCommand: () => (/* binding */ generateChangelogCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3489);
/* harmony import */ var _snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6736);





/**
 * `dbops diff-changelog --url TARGET --reference-url REFERENCE --changelog-file OUT [--author A]
 * [--changeset-id-prefix TICKET] [--labels L] [--contexts C] [--comment TEXT]
 * [--no-rename-detection] [--include-drops]`: writes the changesets that make TARGET look like
 * REFERENCE into OUT (format from its extension), appending when OUT exists. Drops of what only
 * TARGET has are generated with --include-drops only (a warning lists them otherwise).
 */
const diffChangelogCommand = async (settings, io) => {
    const redact = (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.redactorOf)(settings);
    try {
        const output = outputFile(settings);
        const { compareSchemaSources, parseSchemaSource } = await Promise.all(/* import() */[__webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 4187));
        const { diff } = await compareSchemaSources(parseSchemaSource((0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.referenceUrl)(settings)), parseSchemaSource(settings.url), {
            reference: (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.sourceOptions)(settings, io, 'reference', true),
            target: (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.sourceOptions)(settings, io, 'target', true),
            detectRenames: !(0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.flag)(settings, 'no-rename-detection'),
        });
        return await write(diff, settings, io, output, 'append', (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.flag)(settings, 'include-drops'));
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .reportError */ .N7)(error, io, redact);
    }
};
/**
 * `dbops generate-changelog [--url URL] --changelog-file OUT [--author A] [--overwrite-output-file]`:
 * everything in the database as changesets (a diff from an empty database), to adopt dbops on a
 * database that has none. OUT must not exist unless --overwrite-output-file, as in Liquibase.
 */
const generateChangelogCommand = async (settings, io) => {
    const redact = (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.redactorOf)(settings);
    try {
        const output = outputFile(settings);
        const { emptySchemaLike, openSchemaSource, parseSchemaSource } = await Promise.all(/* import() */[__webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 4187));
        const { diffSnapshots } = await __webpack_require__.e(/* import() */ 1536).then(__webpack_require__.bind(__webpack_require__, 1536));
        const opened = await openSchemaSource(parseSchemaSource(settings.url), (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.sourceOptions)(settings, io, 'target', true));
        await opened.close();
        const diff = diffSnapshots(opened.snapshot, emptySchemaLike(opened.snapshot), { detectRenames: false });
        return await write(diff, settings, io, output, (0,_snapshot_commands_js__WEBPACK_IMPORTED_MODULE_4__.flag)(settings, 'overwrite-output-file') ? 'overwrite' : 'refuse', false);
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .reportError */ .N7)(error, io, redact);
    }
};
async function write(diff, settings, io, output, whenExists, includeDrops) {
    const { writeDiffChangelog } = await Promise.all(/* import() */[__webpack_require__.e(3483), __webpack_require__.e(628), __webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668), __webpack_require__.e(4385)]).then(__webpack_require__.bind(__webpack_require__, 7284));
    const option = (name) => {
        const value = settings.options[name];
        if (value === 'true')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${name} needs a value`);
        return value;
    };
    const result = await writeDiffChangelog(diff, {
        changelogFile: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(settings.workingDirectory, output),
        origin: output,
        whenExists,
        author: option('author') ?? defaultAuthor(io),
        idPrefix: option('changeset-id-prefix'),
        labels: settings.labels,
        contexts: settings.contexts,
        comment: option('comment'),
        includeDrops,
    });
    report(result, output, settings, io);
    return 0;
}
function report(result, output, settings, io) {
    for (const warning of result.warnings)
        io.stderr(`warning: ${warning}\n`);
    if (settings.format === 'json') {
        const changeSets = result.changeSets.map((c) => ({ id: c.id, author: c.author, ...(c.comment ? { comment: c.comment } : {}) }));
        io.stdout(`${JSON.stringify({ changelogFile: output, written: result.written, changeSets, warnings: result.warnings }, null, 2)}\n`);
        return;
    }
    if (result.written === 'unchanged') {
        io.stdout(`No differences: ${output} not written.\n`);
        return;
    }
    const count = `${result.changeSets.length} changeset${result.changeSets.length === 1 ? '' : 's'}`;
    io.stdout(`${result.written === 'appended' ? `Appended ${count} to` : `Wrote ${count} to`} ${output}\n`);
    for (const c of result.changeSets)
        io.stdout(`  ${c.id}::${c.author}${c.comment ? `  ${c.comment}` : ''}\n`);
}
/** `--changelog-file`: the file written (relative to the working directory). */
function outputFile(settings) {
    if (!settings.changelogFile || settings.changelogFile === 'true')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${settings.command} needs --changelog-file: the changelog to write (.xml, .yaml, .json or .sql)`);
    return settings.changelogFile;
}
/** Liquibase's default author of generated changesets: `<user> (generated)`. */
function defaultAuthor(io) {
    let user = io.env.USER ?? io.env.USERNAME;
    if (!user) {
        try {
            user = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
        }
        catch {
            user = 'dbops';
        }
    }
    return `${user} (generated)`;
}


/***/ }),

/***/ 6736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffCommand: () => (/* binding */ diffCommand),
/* harmony export */   flag: () => (/* binding */ flag),
/* harmony export */   list: () => (/* binding */ list),
/* harmony export */   redactorOf: () => (/* binding */ redactorOf),
/* harmony export */   referenceUrl: () => (/* binding */ referenceUrl),
/* harmony export */   snapshotCommand: () => (/* binding */ snapshotCommand),
/* harmony export */   sourceOptions: () => (/* binding */ sourceOptions)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _database_database_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8645);
/* harmony import */ var _github_masking_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1946);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7628);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3489);







/**
 * `dbops snapshot [--url SOURCE] [--output-file F] [--schemas a,b] [--include GLOB,..] [--exclude GLOB,..]`:
 * the schema as a dbops snapshot (JSON), to a file or stdout. SOURCE is a database URL (none: the
 * embedded PostgreSQL), `changelog:path` (the schema the changelog builds) or a snapshot file.
 */
const snapshotCommand = async (settings, io) => {
    const redact = redactorOf(settings);
    try {
        const format = settings.options['snapshot-format'];
        if (format !== undefined && format.toLowerCase() !== 'json')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--snapshot-format: dbops writes JSON snapshots only, got '${format}'`);
        const { openSchemaSource, parseSchemaSource } = await Promise.all(/* import() */[__webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 4187));
        const { serializeSnapshot } = await __webpack_require__.e(/* import() */ 7564).then(__webpack_require__.bind(__webpack_require__, 7564));
        const opened = await openSchemaSource(parseSchemaSource(settings.url), sourceOptions(settings, io, 'target'));
        let text;
        try {
            text = serializeSnapshot(opened.snapshot);
        }
        finally {
            await opened.close();
        }
        const { tables, views, functions } = opened.snapshot;
        const summary = `${tables.length} tables, ${views.length} views, ${functions.length} functions`;
        const output = settings.options['output-file'];
        if (output === undefined) {
            io.stdout(text);
            return 0;
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(settings.workingDirectory, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, 'utf8');
        io.stderr(`Snapshot of ${opened.description}: ${summary}, written to ${output}\n`);
        return 0;
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(error, io, redact);
    }
};
/**
 * `dbops diff --url TARGET --reference-url REFERENCE [--format text|json] [--no-rename-detection]`:
 * what TARGET lacks (missing), has too many of (unexpected) and has differently (changed,
 * attribute by attribute) compared with REFERENCE. Each is a database URL, a snapshot file
 * (`snapshot:f.json`, `f.json`, `offline:postgresql?snapshot=f.json`) or `changelog:path`.
 * Exit 0 whether they differ or not: diff is a report (drift is the check).
 */
const diffCommand = async (settings, io) => {
    const redact = redactorOf(settings);
    try {
        if (settings.format === 'sarif')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('--format sarif is for policy-check; diff prints text or json');
        const { compareSchemaSources, parseSchemaSource } = await Promise.all(/* import() */[__webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 4187));
        const { renderDiffText } = await __webpack_require__.e(/* import() */ 2428).then(__webpack_require__.bind(__webpack_require__, 2428));
        const { diff } = await compareSchemaSources(parseSchemaSource(referenceUrl(settings)), parseSchemaSource(settings.url), {
            reference: sourceOptions(settings, io, 'reference'),
            target: sourceOptions(settings, io, 'target'),
            detectRenames: !flag(settings, 'no-rename-detection'),
        });
        io.stdout(redact(settings.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffText(diff)));
        return 0;
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(error, io, redact);
    }
};
/** `--reference-url`, required. */
function referenceUrl(settings) {
    const value = settings.options['reference-url'];
    if (value === undefined || value === 'true' || value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${settings.command} needs --reference-url: the schema to reach (a database URL, a snapshot file or changelog:path)`);
    }
    return value;
}
/**
 * How one side of a comparison is read: the target with --username/--password, the reference with
 * --reference-username/--reference-password; filters, changelog properties and the search path
 * are shared. Changelog sources run with --contexts/--labels unless `unfiltered` (the commands that
 * write those on generated changesets).
 */
function sourceOptions(settings, io, side, unfiltered = false) {
    const reference = side === 'reference';
    return {
        username: reference ? settings.options['reference-username'] : settings.username,
        password: reference ? settings.options['reference-password'] : settings.password,
        workingDirectory: settings.workingDirectory,
        searchPath: settings.searchPath,
        properties: settings.properties,
        ...(unfiltered ? {} : { contexts: settings.contexts, labels: settings.labels }),
        env: io.env,
        schemas: list(settings, 'schemas'),
        include: list(settings, 'include'),
        exclude: list(settings, 'exclude'),
        trackingTables: [settings.options['database-changelog-table-name'], settings.options['database-changelog-lock-table-name']].filter((t) => !!t),
        logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(io, settings.options['log-level'] ?? 'warn', redactorOf(settings)),
    };
}
/** A comma-separated option as a list (absent: empty). */
function list(settings, name) {
    const value = settings.options[name];
    if (value === undefined)
        return [];
    if (value === 'true')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${name} needs a value (comma-separated)`);
    return value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
}
/** A flag given bare (`--include-drops`) or with a value (`--include-drops=false`). */
function flag(settings, name) {
    const value = settings.options[name];
    if (value === undefined || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--${name} takes no value (or true/false), got '${value}'`);
}
/**
 * Removes every credential the command line carries, for both sides: the passwords, and those
 * inside URLs. Not the URLs themselves: a report names the database it checked.
 */
function redactorOf(settings) {
    const inUrl = (url) => {
        if (!url || !/^(jdbc:)?postgres(ql)?:/i.test(url.trim()))
            return undefined;
        try {
            const target = (0,_database_database_url_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDatabaseUrl */ .mx)(url);
            return target.kind === 'postgresql' ? target.password : undefined;
        }
        catch {
            return undefined;
        }
    };
    const secrets = (0,_github_masking_js__WEBPACK_IMPORTED_MODULE_6__/* .createRedactor */ .lY)([settings.password, settings.options['reference-password'], inUrl(settings.url), inUrl(settings.options['reference-url'])]);
    return (text) => (0,_database_database_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(secrets(text));
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


/***/ })

};

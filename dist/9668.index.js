export const id = 9668;
export const ids = [9668,9594];
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

/***/ 4187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareSchemaSources: () => (/* binding */ compareSchemaSources),
  emptySchemaLike: () => (/* binding */ emptySchemaLike),
  openSchemaSource: () => (/* binding */ openSchemaSource),
  parseSchemaSource: () => (/* binding */ parseSchemaSource)
});

// UNUSED EXPORTS: describeSource

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./database/connect.js
var connect = __webpack_require__(5990);
// EXTERNAL MODULE: ./database/database-url.js
var database_url = __webpack_require__(2043);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./snapshot/name-filter.js
var name_filter = __webpack_require__(5969);
;// CONCATENATED MODULE: ./snapshot/filter-snapshot.js

/**
 * The part of a snapshot that `schemas`, `include` and `exclude` keep, with the same rules as
 * `takeSnapshot` applies while reading a database: a table's triggers and a serial's sequence
 * follow their table. Used on snapshot files, so that a file and a live database compared with
 * the same filters hold the same kinds of objects.
 */
function filterSnapshot(snapshot, filters) {
    const schemas = filters.schemas?.length ? new Set(filters.schemas) : undefined;
    if (!schemas && !filters.include?.length && !filters.exclude?.length)
        return snapshot;
    const named = (0,name_filter/* createNameFilter */.u)({ include: filters.include, exclude: filters.exclude });
    const keep = (schema, name) => (!schemas || schemas.has(schema)) && named(schema, name);
    const tables = snapshot.tables.filter((t) => keep(t.schema, t.name));
    const kept = new Set(tables.map((t) => `${t.schema}.${t.name}`));
    const tableExists = new Set(snapshot.tables.map((t) => `${t.schema}.${t.name}`));
    return {
        ...snapshot,
        source: { ...snapshot.source, filters: { ...snapshot.source.filters, ...filters } },
        schemas: snapshot.schemas.filter((s) => !schemas || schemas.has(s.name)),
        extensions: snapshot.extensions.filter((e) => keep(e.schema, e.name)),
        types: snapshot.types.filter((t) => keep(t.schema, t.name)),
        sequences: snapshot.sequences.filter((s) => {
            const owner = s.ownedBy && `${s.ownedBy.schema}.${s.ownedBy.table}`;
            return owner && tableExists.has(owner) ? kept.has(owner) : keep(s.schema, s.name);
        }),
        tables,
        views: snapshot.views.filter((v) => keep(v.schema, v.name)),
        functions: snapshot.functions.filter((f) => keep(f.schema, f.name)),
        triggers: snapshot.triggers.filter((t) => kept.has(`${t.schema}.${t.table}`)),
    };
}

// EXTERNAL MODULE: ./snapshot/model.js
var model = __webpack_require__(812);
// EXTERNAL MODULE: ./snapshot/snapshot-file.js
var snapshot_file = __webpack_require__(7564);
// EXTERNAL MODULE: ./snapshot/take-snapshot.js + 11 modules
var take_snapshot = __webpack_require__(3752);
// EXTERNAL MODULE: ./diff/diff-snapshots.js + 5 modules
var diff_snapshots = __webpack_require__(1536);
// EXTERNAL MODULE: ./diff/view-text.js
var view_text = __webpack_require__(477);
;// CONCATENATED MODULE: ./diff/schema-source.js
/**
 * Where a schema to compare comes from, as `--url` and `--reference-url` name it: a live database,
 * a snapshot file, or a changelog (applied to a throwaway embedded PostgreSQL with dbops's own
 * engine). Each is opened into a snapshot; a database stays open until `close()`, so that view
 * text can be re-printed on it when the other side runs another PostgreSQL version.
 */










/**
 * Reads a source as users write it:
 * - `postgresql://…`, `jdbc:postgresql://…`, `pglite:<folder>`, nothing: a database;
 * - `snapshot:schema.json`, a plain path ending in `.json`, or Liquibase's
 *   `offline:postgresql?snapshot=schema.json`: a snapshot file (`dbops snapshot` writes them);
 * - `changelog:db/changelog.yaml`: the schema that changelog builds on an empty database.
 *
 * @example
 * parseSchemaSource('offline:postgresql?snapshot=main.json'); // { kind: 'snapshot', path: 'main.json' }
 */
function parseSchemaSource(spec) {
    const text = spec?.trim();
    if (!text)
        return { kind: 'database' };
    const prefixed = /^(snapshot|changelog|offline):(.*)$/is.exec(text);
    if (prefixed) {
        const [, prefix, rest] = prefixed;
        if (rest.trim() === '')
            throw new errors/* ConfigurationError */.j1(`${text}: name the file after '${prefix}:'`);
        switch (prefix.toLowerCase()) {
            case 'snapshot':
                return { kind: 'snapshot', path: rest };
            case 'changelog':
                return { kind: 'changelog', path: rest };
            default:
                return offlineSource(text, rest);
        }
    }
    if (!/^(jdbc:)?postgres(ql)?:/i.test(text) && !/^pglite:/i.test(text) && /\.json$/i.test(text))
        return { kind: 'snapshot', path: text };
    return { kind: 'database', url: text };
}
/** `offline:postgresql?snapshot=x.json&version=15`: only the snapshot parameter matters here. */
function offlineSource(text, rest) {
    const question = rest.indexOf('?');
    const dbms = (question >= 0 ? rest.slice(0, question) : rest).toLowerCase();
    if (dbms !== 'postgresql' && dbms !== 'postgres')
        throw new errors/* ConfigurationError */.j1(`${text}: only offline:postgresql is supported`);
    const snapshot = new URLSearchParams(question >= 0 ? rest.slice(question + 1) : '').get('snapshot');
    if (!snapshot)
        throw new errors/* ConfigurationError */.j1(`${text}: an offline URL names its snapshot file, e.g. offline:postgresql?snapshot=schema.json`);
    return { kind: 'snapshot', path: snapshot };
}
/** A source in words, without secrets: for logs and reports. */
function describeSource(source) {
    switch (source.kind) {
        case 'database':
            return (0,database_url/* describeTarget */.ff)((0,database_url/* parseDatabaseUrl */.mx)(source.url));
        case 'snapshot':
            return `snapshot ${source.path}`;
        case 'changelog':
            return `changelog ${source.path} (applied to the embedded PostgreSQL)`;
    }
}
/**
 * Opens a source and takes its snapshot. Throws a ConfigurationError when the database cannot be
 * reached, the file is not a snapshot, or the changelog does not apply to an empty database.
 */
async function openSchemaSource(source, options) {
    const description = describeSource(source);
    const snapshotOptions = {
        ...(options.schemas?.length ? { schemas: options.schemas } : {}),
        include: options.include,
        exclude: options.exclude,
        trackingTables: [...take_snapshot/* DEFAULT_TRACKING_TABLES */._, ...(options.trackingTables ?? [])],
        clock: options.clock,
        logger: options.logger,
    };
    if (source.kind === 'snapshot') {
        const file = external_node_path_.resolve(options.workingDirectory, source.path);
        const snapshot = filterSnapshot(await (0,snapshot_file/* readSnapshotFile */.T_)(file).catch(unreadable(source.path)), snapshotOptions);
        return { source, description, snapshot, close: async () => { } };
    }
    if (source.kind === 'database') {
        const target = (0,database_url/* parseDatabaseUrl */.mx)(source.url, { username: options.username, password: options.password });
        let connection;
        try {
            connection = await (0,connect/* connect */.Ng)(target);
        }
        catch (error) {
            const secret = target.kind === 'postgresql' ? target.password : undefined;
            const message = (0,database_url/* redactUrl */.BO)(error.message);
            throw new errors/* ConfigurationError */.j1(`Cannot connect to ${description}: ${secret ? message.split(secret).join('***') : message}`, { cause: error });
        }
        try {
            const snapshot = await (0,take_snapshot.takeSnapshot)(connection, snapshotOptions);
            return { source, description, snapshot, connection, scratch: target.kind === 'embedded' && !target.dataDir, close: () => connection.close() };
        }
        catch (error) {
            await connection.close().catch(() => { });
            throw error;
        }
    }
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(7914)]).then(__webpack_require__.bind(__webpack_require__, 834));
    const { update } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882), __webpack_require__.e(7873)]).then(__webpack_require__.bind(__webpack_require__, 6882));
    const opened = await openEngine({
        changelogFile: source.path,
        searchPath: options.searchPath,
        contexts: options.contexts,
        labels: options.labels,
        properties: options.properties,
        environment: options.env,
        logger: options.logger,
    });
    try {
        const applied = await update(opened.context);
        if (!applied.ok) {
            throw new errors/* ConfigurationError */.j1(`${source.path} does not apply to an empty database, so it has no schema to compare: ${applied.error?.message ?? 'update failed'}`);
        }
        options.logger.info(`${source.path}: ${applied.changeSets.filter((c) => c.state === 'executed').length} changesets applied to the embedded PostgreSQL`);
        const snapshot = await (0,take_snapshot.takeSnapshot)(opened.context.db, snapshotOptions);
        return { source, description, snapshot, connection: opened.context.db, scratch: true, close: () => opened.close() };
    }
    catch (error) {
        await opened.close().catch(() => { });
        throw error;
    }
}
/** A snapshot file that cannot be read is the user's to fix (its content errors already are). */
function unreadable(name) {
    return (error) => {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1(`cannot read the snapshot ${name}: ${error.message}`, { cause: error });
    };
}
/**
 * The schema of a database nobody has touched: nothing but the `public` schema, taken as it is
 * in `like` (a new database has it, so generate-changelog must not create it).
 */
function emptySchemaLike(like) {
    return {
        format: model/* SNAPSHOT_FORMAT */.Td,
        formatVersion: model/* SNAPSHOT_FORMAT_VERSION */.sU,
        source: { dialect: like.source.dialect, database: 'an empty database', serverVersion: like.source.serverVersion },
        schemas: like.schemas.filter((s) => s.name === 'public'),
        extensions: [],
        types: [],
        sequences: [],
        tables: [],
        views: [],
        functions: [],
        triggers: [],
    };
}
/**
 * Opens both sources, aligns view text when they run different PostgreSQL versions, and diffs
 * them: what TARGET lacks or has too many of to look like REFERENCE. Closes everything it opened.
 *
 * @example
 * const { diff } = await compareSchemaSources(parseSchemaSource('changelog:db/changelog.yaml'), parseSchemaSource(url), options);
 */
async function compareSchemaSources(reference, target, options) {
    const opened = [];
    try {
        const referenceSide = await openSchemaSource(reference, options.reference);
        opened.push(referenceSide);
        const targetSide = await openSchemaSource(target, options.target);
        opened.push(targetSide);
        const aligned = await (0,view_text/* alignViewText */.u)(referenceSide, targetSide, options.reference.logger);
        if (aligned > 0)
            options.reference.logger.info(`${aligned} view${aligned === 1 ? '' : 's'} printed differently by the two PostgreSQL versions compared as the same query`);
        const diff = (0,diff_snapshots.diffSnapshots)(referenceSide.snapshot, targetSide.snapshot, { detectRenames: options.detectRenames ?? true });
        return { diff, reference: referenceSide.description, target: targetSide.description };
    }
    finally {
        for (const side of opened.reverse())
            await side.close().catch(() => { });
    }
}


/***/ }),

/***/ 477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ alignViewText)
/* harmony export */ });
/* harmony import */ var _snapshot_postgres_read_relations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2141);
/* harmony import */ var _postgres_quoting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2309);


/**
 * Makes view text comparable across PostgreSQL major versions. pg_get_viewdef's pretty-printing
 * changed between versions (16 stopped qualifying the columns of single-table queries), so the
 * same view read from PostgreSQL 15 and from the embedded PostgreSQL 18 differs as text. For each
 * view present on both sides whose text differs, the other side's text is created as a temporary
 * view on a database we hold and printed back by that server: when it prints exactly this side's
 * text, the two views are the same query, and the other side's snapshot takes this side's text.
 * Everything happens in a transaction that is rolled back. Only when the major versions differ.
 *
 * Returns how many views were recognised as equal.
 */
async function alignViewText(a, b, logger) {
    const majorA = majorVersion(a.snapshot);
    const majorB = majorVersion(b.snapshot);
    if (majorA === undefined || majorB === undefined || majorA === majorB)
        return 0;
    // Print on one side's server the other side's text.
    const [printer, other] = (a.connection && a.scratch) || !b.connection ? [a, b] : [b, a];
    if (!printer.connection) {
        logger.warn(`Views are compared as text, and PostgreSQL ${majorA} and ${majorB} print them differently: differences in view definitions may be spelling only.`);
        return 0;
    }
    const byName = new Map(printer.snapshot.views.map((v) => [`${v.schema}.${v.name}`, v]));
    const candidates = other.snapshot.views
        .map((view) => ({ view, mine: byName.get(`${view.schema}.${view.name}`) }))
        .filter((p) => p.mine !== undefined && p.mine.definition !== p.view.definition);
    if (candidates.length === 0)
        return 0;
    const reprinted = await reprint(printer.connection, candidates.map((c) => c.view));
    let aligned = 0;
    const replaced = new Map();
    candidates.forEach(({ view, mine }, i) => {
        if (reprinted[i] === mine.definition) {
            replaced.set(view, { ...view, definition: mine.definition });
            aligned++;
        }
    });
    if (aligned > 0)
        other.snapshot = { ...other.snapshot, views: other.snapshot.views.map((v) => replaced.get(v) ?? v) };
    return aligned;
}
/** Each view's query as this server prints it; undefined where the server refuses the query. */
async function reprint(db, views) {
    const printed = [];
    await db.exec('BEGIN');
    try {
        // As the snapshot reads views: with an empty search_path every name is printed qualified.
        await db.exec(`SET LOCAL search_path = ''`);
        for (const [i, view] of views.entries()) {
            const name = `pg_temp.${(0,_postgres_quoting_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteIdentifier */ .Cm)(`dbops_view_text_${i}`)}`;
            await db.exec(`SAVEPOINT dbops_view_text`);
            try {
                await db.exec(`CREATE TEMPORARY VIEW ${name} AS ${view.definition}`);
                const { rows } = await db.query(`SELECT pg_catalog.pg_get_viewdef($1::regclass, true) AS definition`, [name]);
                printed.push(rows[0] ? (0,_snapshot_postgres_read_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeViewDefinition */ .kH)(rows[0].definition) : undefined);
                await db.exec(`RELEASE SAVEPOINT dbops_view_text`);
            }
            catch {
                printed.push(undefined);
                await db.exec(`ROLLBACK TO SAVEPOINT dbops_view_text`);
            }
        }
    }
    finally {
        await db.exec('ROLLBACK');
    }
    return printed;
}
function majorVersion(snapshot) {
    const match = /^(\d+)/.exec(snapshot.source.serverVersion ?? '');
    return match ? Number(match[1]) : undefined;
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

/***/ 7564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T_: () => (/* binding */ readSnapshotFile),
/* harmony export */   serializeSnapshot: () => (/* binding */ serializeSnapshot)
/* harmony export */ });
/* unused harmony exports parseSnapshot, writeSnapshotFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(812);



/**
 * The snapshot as a file: two-space JSON with a final newline, keys in the model's order, absent
 * optional fields left out. The same snapshot always gives the same bytes.
 */
function serializeSnapshot(snapshot) {
    return `${JSON.stringify(snapshot, null, 2)}\n`;
}
/** Reads a snapshot back, refusing other files and newer format versions with a clear message. */
function parseSnapshot(text, origin = 'snapshot') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} is not valid JSON: ${error.message}`, { cause: error });
    }
    const candidate = value;
    if (!candidate || typeof candidate !== 'object' || candidate.format !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT */ .Td) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} is not a dbops snapshot (expected "format": "${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT */ .Td}")`);
    }
    if (candidate.formatVersion !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT_VERSION */ .sU) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} has snapshot format version ${String(candidate.formatVersion)}; this dbops reads version ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT_VERSION */ .sU}`);
    }
    for (const key of ['schemas', 'extensions', 'types', 'sequences', 'tables', 'views', 'functions', 'triggers']) {
        if (!Array.isArray(candidate[key]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin}: "${key}" must be an array`);
    }
    return candidate;
}
async function readSnapshotFile(path) {
    return parseSnapshot(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), path);
}
async function writeSnapshotFile(path, snapshot) {
    await writeFile(path, serializeSnapshot(snapshot), 'utf8');
}


/***/ })

};

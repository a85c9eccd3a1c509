export const id = 4998;
export const ids = [4998,1062,2428,2617,6796,9900,8681,2043,7914,9594];
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

/***/ 5273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDrift: () => (/* binding */ checkDrift),
/* harmony export */   drift: () => (/* binding */ drift)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(834);
/* harmony import */ var _engine_plan_update_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7296);
/* harmony import */ var _engine_tracking_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7823);
/* harmony import */ var _engine_update_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6882);
/* harmony import */ var _snapshot_take_snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3752);
/* harmony import */ var _diff_snapshots_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1536);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8343);
/* harmony import */ var _render_drift_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6796);
/* harmony import */ var _schema_change_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9900);
/* harmony import */ var _view_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(477);











/**
 * Replays on the embedded PostgreSQL exactly the changesets the database records as applied, in
 * changelog order (the order update runs them in; DATABASECHANGELOG's ORDEREXECUTED moves a re-run
 * changeset to the end), those recorded MARK_RAN marked ran again without running; then compares.
 * Which changesets run is what the database's rows say; `contexts` and `labels` only decide which
 * modifySql apply, as when the changesets were applied.
 *
 * Throws a ConfigurationError when the database cannot be reached, the changelog cannot be read,
 * or the applied changesets do not replay (the changelog changed incompatibly, or relies on
 * objects made outside it).
 *
 * @example
 * const report = await checkDrift({ changelogFile: 'db/changelog.yaml', searchPath: ['.'], url, logger });
 * if (report.drifted) process.exitCode = 1;
 */
async function checkDrift(options) {
    const engineOptions = {
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        contexts: options.contexts,
        labels: options.labels,
        properties: options.properties,
        environment: options.env,
        trackingSchema: options.trackingSchema,
        changelogTableName: options.changelogTableName,
        lockTableName: options.lockTableName,
        logger: options.logger,
    };
    const opened = [];
    try {
        const live = await (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__.openEngine)({ ...engineOptions, url: options.url, username: options.username, password: options.password });
        opened.push(live);
        const database = live.context.db.displayName;
        const rows = await (0,_engine_tracking_session_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrackingRows */ .B0)(live.context);
        if (rows.length === 0)
            options.logger.warn(`${database} has no applied changesets (no ${live.context.tracking.names.changelogTable} rows): everything in it counts as drift`);
        const plan = await (0,_engine_plan_update_js__WEBPACK_IMPORTED_MODULE_2__/* .planUpdate */ .ZL)(live.context, rows);
        const applied = plan.entries.filter((e) => e.ran);
        const notInChangelog = plan.unexpected.map((r) => ({ id: r.id, author: r.author, filePath: r.filename }));
        const changedSinceApplied = plan.mismatches.map((m) => idOf(m.changeSet));
        for (const c of notInChangelog)
            options.logger.warn(`${c.filePath}::${c.id}::${c.author} is applied but no longer in the changelog: not replayed`);
        for (const c of changedSinceApplied)
            options.logger.warn(`${c.filePath}::${c.id}::${c.author} changed since it was applied: replayed as it is now`);
        // What the replay warns of (WARN preconditions, ...) was said when the changesets were applied.
        const { logger } = options;
        const quiet = { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.debug(m), error: (m) => logger.error(m) };
        const scratch = await (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__.openEngine)({ ...engineOptions, logger: quiet });
        opened.push(scratch);
        const left = await replay(scratch.context, applied.map((e) => ({ key: keyOf(e.changeSet), markRan: e.ran.execType === 'MARK_RAN' })));
        for (const c of left)
            options.logger.warn(`${c.filePath}::${c.id}::${c.author} is applied but left out by --contexts/--labels: not replayed`);
        options.logger.info(`Replayed ${applied.length - left.length} applied changesets of ${options.changelogFile} on the embedded PostgreSQL`);
        const snapshotOptions = {
            ...(options.schemas?.length ? { schemas: options.schemas } : {}),
            include: options.include,
            exclude: options.exclude,
            trackingTables: [live.context.tracking.names.changelogTable, live.context.tracking.names.lockTable, 'databasechangelog', 'databasechangeloglock'],
            clock: null,
            logger: options.logger,
        };
        const built = { snapshot: await (0,_snapshot_take_snapshot_js__WEBPACK_IMPORTED_MODULE_5__.takeSnapshot)(scratch.context.db, snapshotOptions), connection: scratch.context.db, scratch: true };
        const actual = { snapshot: await (0,_snapshot_take_snapshot_js__WEBPACK_IMPORTED_MODULE_5__.takeSnapshot)(live.context.db, snapshotOptions), connection: live.context.db };
        await (0,_view_text_js__WEBPACK_IMPORTED_MODULE_8__/* .alignViewText */ .u)(built, actual, options.logger);
        const diff = (0,_diff_snapshots_js__WEBPACK_IMPORTED_MODULE_6__.diffSnapshots)(built.snapshot, actual.snapshot, { detectRenames: options.detectRenames ?? true });
        diff.reference = { ...diff.reference, database: `what the ${applied.length - left.length} applied changesets build (replayed on the embedded PostgreSQL)` };
        diff.target = { ...diff.target, database };
        const differences = diff.missing.length + diff.unexpected.length + diff.changed.length + diff.renamed.length;
        return {
            drifted: !(0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .isEmptyDiff */ .$)(diff),
            database,
            changelog: options.changelogFile,
            diff,
            replayed: applied.length - left.length,
            notInChangelog,
            changedSinceApplied,
            differences,
        };
    }
    finally {
        for (const engine of opened.reverse())
            await engine.close().catch(() => { });
    }
}
/**
 * Runs the changesets in runs of the same kind (executed, or marked ran), each run an update over
 * only its own changesets: those of earlier runs are in DATABASECHANGELOG already, so
 * changeSetExecuted preconditions see them, and runAlways changesets run once. Returns the
 * changesets the run's filters left out.
 */
async function replay(context, wanted) {
    const byKey = new Map(context.changeLog.changeSets.map((c) => [keyOf(c), c]));
    const runs = [];
    for (const { key, markRan } of wanted) {
        const changeSet = byKey.get(key);
        const last = runs.at(-1);
        if (last && last.markRan === markRan)
            last.changeSets.push(changeSet);
        else
            runs.push({ markRan, changeSets: [changeSet] });
    }
    const left = [];
    for (const run of runs) {
        const replayContext = { ...context, changeLog: { ...context.changeLog, changeSets: run.changeSets } };
        const result = await (0,_engine_update_js__WEBPACK_IMPORTED_MODULE_4__.update)(replayContext, run.markRan ? { command: 'changelog-sync', syncOnly: true } : { command: 'update' });
        for (const c of result.changeSets)
            if (c.state === 'skipped' && /^(context|labels) /.test(c.reason ?? ''))
                left.push({ id: c.id, author: c.author, filePath: c.filePath });
        if (!result.ok) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The applied changesets do not replay on an empty database, so drift cannot be measured: ${result.error?.message ?? 'update failed'}\n` +
                'The changelog may have changed since they were applied, or rely on objects made outside it.');
        }
    }
    return left;
}
function keyOf(changeSet) {
    return (0,_engine_plan_update_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetKey */ .m3)(changeSet.id, changeSet.author, changeSet.filePath);
}
function idOf(changeSet) {
    return { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath };
}
/** The drift action's command: the database at `url` against its changelog. */
async function drift(o) {
    if (!o.url)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('drift checks a live database: set the url input');
    const report = await checkDrift({
        changelogFile: o.changelogFile,
        searchPath: o.searchPath,
        url: o.url,
        username: o.username,
        password: o.password,
        env: o.env,
        contexts: o.contexts,
        labels: o.labels,
        schemas: o.schemas,
        logger: o.logger,
    });
    if (report.drifted)
        o.logger.info((0,_render_drift_text_js__WEBPACK_IMPORTED_MODULE_7__.renderDriftText)(report).trimEnd());
    return { drifted: report.drifted, change: (0,_schema_change_js__WEBPACK_IMPORTED_MODULE_10__.schemaChangeOf)(report.diff, { perspective: 'target' }), database: report.database };
}


/***/ }),

/***/ 8343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isEmptyDiff)
/* harmony export */ });
/* unused harmony export RELATION_LEVEL_KINDS */
const RELATION_LEVEL_KINDS = (/* unused pure expression or super */ null && ([
    'column', 'primaryKey', 'uniqueConstraint', 'checkConstraint', 'exclusionConstraint', 'foreignKey', 'index',
]));
/** True when the two schemas are the same. */
function isEmptyDiff(diff) {
    return diff.missing.length + diff.unexpected.length + diff.changed.length + diff.renamed.length === 0;
}


/***/ }),

/***/ 2428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDiffText: () => (/* binding */ renderDiffText)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8343);

const KIND_LABELS = {
    schema: 'schema',
    extension: 'extension',
    type: 'type',
    sequence: 'sequence',
    table: 'table',
    view: 'view',
    function: 'function',
    trigger: 'trigger',
    column: 'column',
    primaryKey: 'primary key',
    uniqueConstraint: 'unique constraint',
    checkConstraint: 'check constraint',
    exclusionConstraint: 'exclusion constraint',
    foreignKey: 'foreign key',
    index: 'index',
};
/**
 * The diff as plain text for a terminal or a log: one section per kind of difference, one line
 * per object, changed attributes indented under their object as `target → reference` (what the
 * target has → what the reference wants).
 *
 * @example
 * process.stdout.write(renderDiffText(diffSnapshots(reference, target)));
 */
function renderDiffText(diff) {
    const lines = [`Reference: ${describeSide(diff.reference)}`, `Target:    ${describeSide(diff.target)}`, ''];
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmptyDiff */ .$)(diff)) {
        lines.push('No differences.');
        return `${lines.join('\n')}\n`;
    }
    if (diff.renamed.length > 0) {
        lines.push(`Probable renames (${diff.renamed.length}):`);
        for (const rename of diff.renamed) {
            const where = rename.kind === 'column' ? `${rename.schema}.${rename.table}.` : `${rename.schema}.`;
            lines.push(`  ${rename.kind} ${where}${rename.from} → ${rename.to} (confidence ${rename.confidence.toFixed(2)}: ${rename.reason})`);
        }
        lines.push('');
    }
    section(lines, 'Missing from the target (in the reference only)', diff.missing);
    section(lines, 'Unexpected in the target (not in the reference)', diff.unexpected);
    if (diff.changed.length > 0) {
        lines.push(`Changed (${diff.changed.length}):`);
        for (const entry of diff.changed) {
            lines.push(`  ${KIND_LABELS[entry.kind]} ${entry.id}`);
            for (const difference of entry.differences)
                lines.push(...renderDifference(difference));
        }
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function section(lines, title, entries) {
    if (entries.length === 0)
        return;
    lines.push(`${title} (${entries.length}):`);
    for (const entry of entries)
        lines.push(`  ${KIND_LABELS[entry.kind]} ${entry.id}${summary(entry)}`);
    lines.push('');
}
/** A few words that tell objects apart at a glance. */
function summary(entry) {
    switch (entry.kind) {
        case 'table': {
            const t = entry.object;
            const parts = [`${t.columns.length} column${t.columns.length === 1 ? '' : 's'}`];
            if (t.indexes.length)
                parts.push(`${t.indexes.length} index${t.indexes.length === 1 ? '' : 'es'}`);
            if (t.foreignKeys.length)
                parts.push(`${t.foreignKeys.length} foreign key${t.foreignKeys.length === 1 ? '' : 's'}`);
            return ` (${parts.join(', ')})`;
        }
        case 'column':
            return ` ${entry.object.type}${entry.object.nullable ? '' : ' NOT NULL'}`;
        case 'type':
            return ` (${entry.object.kind})`;
        case 'view':
            return entry.object.materialized ? ' (materialized)' : '';
        case 'foreignKey':
            return ` (${entry.object.columns.join(', ')}) → ${entry.object.referencedSchema}.${entry.object.referencedTable}`;
        case 'index':
        case 'primaryKey':
        case 'uniqueConstraint':
            return 'columns' in entry.object && Array.isArray(entry.object.columns)
                ? ` (${entry.object.columns.map((c) => (typeof c === 'string' ? c : c.name ?? c.expression)).join(', ')})`
                : '';
        default:
            return '';
    }
}
function renderDifference(difference) {
    const reference = show(difference.reference);
    const target = show(difference.target);
    if (!reference.includes('\n') && !target.includes('\n') && reference.length + target.length < 100) {
        return [`    ${difference.attribute}: ${target} → ${reference}`];
    }
    return [
        `    ${difference.attribute}:`,
        ...indent('target:    ', target),
        ...indent('reference: ', reference),
    ];
}
function indent(label, text) {
    return text.split('\n').map((line, i) => `      ${i === 0 ? label : ' '.repeat(label.length)}${line}`);
}
function show(value) {
    if (value === undefined || value === null)
        return '(none)';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function describeSide(side) {
    const parts = [side.database ?? 'unknown database'];
    if (side.serverVersion)
        parts.push(`(PostgreSQL ${side.serverVersion.split(' ')[0]})`);
    if (side.generatedAt)
        parts.push(`snapshot of ${side.generatedAt}`);
    return parts.join(' ');
}


/***/ }),

/***/ 6796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDriftText: () => (/* binding */ renderDriftText)
/* harmony export */ });
/* harmony import */ var _render_diff_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2428);

/**
 * A drift report for a terminal or a log: the verdict first, then what was replayed and what
 * could not be, then the differences (reference: what the changelog builds; target: the database).
 */
function renderDriftText(report) {
    const lines = [
        report.drifted
            ? `Drift: ${report.differences} object${report.differences === 1 ? '' : 's'} in ${report.database} differ from what ${report.changelog} builds.`
            : `No drift: ${report.database} matches what ${report.changelog} builds.`,
        `${report.replayed} applied changeset${report.replayed === 1 ? '' : 's'} replayed on the embedded PostgreSQL.`,
    ];
    if (report.notInChangelog.length > 0) {
        lines.push(`Applied but no longer in the changelog (not replayed): ${report.notInChangelog.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
    }
    if (report.changedSinceApplied.length > 0) {
        lines.push(`Changed since applied (replayed as they are now): ${report.changedSinceApplied.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
    }
    if (!report.drifted)
        return `${lines.join('\n')}\n`;
    return `${lines.join('\n')}\n\n${(0,_render_diff_text_js__WEBPACK_IMPORTED_MODULE_0__.renderDiffText)(report.diff)}`;
}


/***/ }),

/***/ 9900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaChangeOf: () => (/* binding */ schemaChangeOf)
/* harmony export */ });
/**
 * The tables and views a diff touches, for the PR comment's table and Mermaid diagram: new and
 * dropped relations with their columns, changed ones with the columns that changed, the foreign
 * keys added or dropped (and the tables they point to). A table whose indexes, constraints or
 * triggers changed is marked changed. Functions, types, sequences of their own, schemas and
 * extensions have no place in an ER diagram: the text and JSON outputs list them.
 *
 * @example
 * renderSchemaChangeSection(schemaChangeOf(diffSnapshots(reference, target)), { kind: 'diff' });
 */
function schemaChangeOf(diff, options = {}) {
    const towardsReference = (options.perspective ?? 'reference') === 'reference';
    const added = towardsReference ? diff.missing : diff.unexpected;
    const removed = towardsReference ? diff.unexpected : diff.missing;
    const diagram = new DiagramBuilder();
    for (const rename of diff.renamed) {
        const table = diagram.touch(rename.schema, rename.kind === 'table' ? rename.to : rename.table);
        const [name, previous] = towardsReference ? [rename.to, rename.from] : [rename.from, rename.to];
        // The diff keeps no column object for a plain rename: the type column says what happened.
        if (rename.kind === 'column')
            diagram.column(table, { name, type: `renamed from ${previous}`, change: 'changed' });
    }
    for (const entry of added)
        diagram.entry(entry, 'new');
    for (const entry of removed)
        diagram.entry(entry, 'dropped');
    for (const entry of diff.changed)
        diagram.changed(entry, towardsReference);
    return diagram.build();
}
class DiagramBuilder {
    tables = new Map();
    foreignKeys = [];
    entry(entry, mark) {
        switch (entry.kind) {
            case 'table':
                this.relation(entry.object, mark);
                for (const fk of entry.object.foreignKeys)
                    this.foreignKey(entry.object.schema, entry.object.name, fk, mark);
                return;
            case 'view':
                this.relation(entry.object, mark);
                return;
            case 'column':
                this.column(this.touch(entry.relation.schema, entry.relation.name), columnOf(entry.object, [], mark));
                return;
            case 'foreignKey':
                this.touch(entry.relation.schema, entry.relation.name);
                this.foreignKey(entry.relation.schema, entry.relation.name, entry.object, mark);
                return;
            case 'primaryKey':
            case 'uniqueConstraint':
            case 'checkConstraint':
            case 'exclusionConstraint':
            case 'index':
                this.touch(entry.relation.schema, entry.relation.name);
                return;
            case 'trigger':
                this.touch(entry.object.schema, entry.object.table);
                return;
            case 'sequence':
                if (entry.object.ownedBy)
                    this.touch(entry.object.ownedBy.schema, entry.object.ownedBy.table);
                return;
            default:
                return;
        }
    }
    changed(entry, towardsReference) {
        switch (entry.kind) {
            case 'column': {
                const [after, before] = towardsReference ? [entry.reference, entry.target] : [entry.target, entry.reference];
                const column = columnOf(after, [], 'changed');
                if (after.type !== before.type)
                    column.previousType = before.type;
                this.column(this.touch(entry.relation.schema, entry.relation.name), column);
                return;
            }
            case 'foreignKey':
                this.touch(entry.relation.schema, entry.relation.name);
                this.foreignKey(entry.relation.schema, entry.relation.name, towardsReference ? entry.reference : entry.target, 'changed');
                return;
            case 'primaryKey':
            case 'uniqueConstraint':
            case 'checkConstraint':
            case 'exclusionConstraint':
            case 'index':
                this.touch(entry.relation.schema, entry.relation.name);
                return;
            case 'view':
                this.touch(entry.reference.schema, entry.reference.name);
                return;
            case 'trigger':
                this.touch(entry.reference.schema, entry.reference.table);
                return;
            case 'sequence':
                if (entry.reference.ownedBy)
                    this.touch(entry.reference.ownedBy.schema, entry.reference.ownedBy.table);
                return;
            default:
                return;
        }
    }
    /** The table's entry, created as `changed` when the diff has not named it yet. */
    touch(schema, name) {
        const key = qualified(schema, name);
        let table = this.tables.get(key);
        if (!table) {
            table = { name, ...(schema === 'public' ? {} : { schema }), change: 'changed', columns: [] };
            this.tables.set(key, table);
        }
        else if (table.change === 'unchanged') {
            table.change = 'changed';
        }
        return table;
    }
    column(table, column) {
        const existing = table.columns.find((c) => c.name === column.name);
        if (existing)
            Object.assign(existing, column);
        else
            table.columns.push(column);
    }
    build() {
        // The tables foreign keys point to, drawn (unchanged) so that each line has both ends.
        for (const fk of this.foreignKeys) {
            if (!this.tables.has(fk.toTable)) {
                const [schema, name] = fk.toTable.includes('.') ? splitQualified(fk.toTable) : ['public', fk.toTable];
                this.tables.set(fk.toTable, { name, ...(schema === 'public' ? {} : { schema }), change: 'unchanged', columns: [] });
            }
        }
        // New tables first, then changed, dropped, and the unchanged ones drawn for context.
        const rank = { new: 0, changed: 1, dropped: 2, unchanged: 3 };
        const tables = [...this.tables.entries()]
            .sort(([a, x], [b, y]) => rank[x.change ?? 'unchanged'] - rank[y.change ?? 'unchanged'] || (a < b ? -1 : a > b ? 1 : 0))
            .map(([, table]) => table);
        return { tables, foreignKeys: this.foreignKeys };
    }
    relation(relation, mark) {
        const key = qualified(relation.schema, relation.name);
        const pk = 'primaryKey' in relation ? (relation.primaryKey?.columns ?? []) : [];
        const columns = relation.columns.map((c) => columnOf(c, pk, mark));
        this.tables.set(key, { name: relation.name, ...(relation.schema === 'public' ? {} : { schema: relation.schema }), change: mark, columns });
    }
    foreignKey(schema, table, fk, mark) {
        this.foreignKeys.push({
            name: fk.name,
            fromTable: qualified(schema, table),
            fromColumns: fk.columns,
            toTable: qualified(fk.referencedSchema, fk.referencedTable),
            toColumns: fk.referencedColumns,
            change: mark,
        });
    }
}
function columnOf(column, pk, mark) {
    return {
        name: column.name,
        type: column.type,
        ...(pk.includes(column.name) ? { pk: true } : {}),
        ...('nullable' in column ? { nullable: column.nullable } : {}),
        change: mark,
    };
}
/** As er-diagram's qualifiedName: `schema.name`, the bare name in `public`. */
function qualified(schema, name) {
    return schema === 'public' ? name : `${schema}.${name}`;
}
function splitQualified(key) {
    const dot = key.indexOf('.');
    return [key.slice(0, dot), key.slice(dot + 1)];
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

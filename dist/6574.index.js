export const id = 6574;
export const ids = [6574,9228];
export const modules = {

/***/ 6574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var _database_pglite_connection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9228);
/* harmony import */ var _engine_open_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(834);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8645);
/* harmony import */ var _report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(591);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7628);
/* harmony import */ var _run_result_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(798);









/**
 * `dbops demo`: the main job on the embedded PostgreSQL, with nothing to set up (no server, no
 * key, no token): read the demo changelog, show the SQL it will run, check it (policy-check),
 * apply it, show the status, roll back to a tag, verify the rollbacks of what follows the tag
 * (which applies them again), and show the history.
 */
const demoCommand = async (settings, io) => {
    const changelogFile = settings.changelogFile ?? 'changelog.yaml';
    const searchPath = settings.changelogFile ? settings.searchPath : [findDemoFolder()];
    const say = (text) => io.stdout(`${text}\n`);
    const heading = (text) => say(`\n== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
    heading('Starting the embedded PostgreSQL (PGlite, in memory)');
    const started = Date.now();
    const connection = await _database_pglite_connection_js__WEBPACK_IMPORTED_MODULE_7__.PgliteConnection.open();
    say(`ready in ${Date.now() - started} ms`);
    try {
        const opened = await (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_3__.openEngine)({
            changelogFile,
            searchPath,
            connection,
            contexts: settings.contexts,
            labels: settings.labels,
            properties: settings.properties,
            environment: io.env,
            logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D)(io, 'warn', (t) => t),
        });
        const { context } = opened;
        const { update } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882)]).then(__webpack_require__.bind(__webpack_require__, 6882));
        const { status } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(2716)]).then(__webpack_require__.bind(__webpack_require__, 6709));
        const { history } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 8583));
        const { rollback } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(4235)]).then(__webpack_require__.bind(__webpack_require__, 4235));
        const color = io.isTTY && !io.env.NO_COLOR;
        const show = (command, result) => {
            say((0,_run_result_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRunResultText */ .a)(command, result, { verbose: true, progressShown: false, color }).trimEnd());
            if (!result.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`demo: ${command} failed: ${result.error?.message}`);
        };
        heading(`Changelog ${searchPath[0] ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd, searchPath[0]) || '.', changelogFile) : changelogFile}: what update would run (update-sql)`);
        const sql = await update(context, { sqlOnly: true });
        if (!sql.ok)
            show('update-sql', sql);
        say(sql.script.split('\n').filter((line) => !/databasechangelog/i.test(line)).join('\n').trim());
        heading('policy-check: built-in rules and Rego policies on that SQL');
        const { policyCheck } = await Promise.all(/* import() */[__webpack_require__.e(8280), __webpack_require__.e(7143)]).then(__webpack_require__.bind(__webpack_require__, 7143));
        const { renderPolicyText, renderRollbackText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 591));
        const policy = await policyCheck({ changelogFile, searchPath, env: io.env, contexts: settings.contexts, labels: settings.labels, logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D)(io, 'warn', (t) => t) });
        say(renderPolicyText(policy, { color }).trimEnd());
        heading('update: apply every pending changeset (each commits with its tracking row)');
        say((0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRunText */ .z)(await update(context), { color }).trimEnd());
        heading('status --verbose');
        show('status', await status(context));
        heading('rollback --tag release-1: undo what came after the tag');
        show('rollback', await rollback(context, { tag: 'release-1' }));
        heading('rollback-verify: apply, roll back and re-apply each pending changeset');
        const { verifyRollbacks } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(3752), __webpack_require__.e(1224), __webpack_require__.e(1536), __webpack_require__.e(6882), __webpack_require__.e(3813)]).then(__webpack_require__.bind(__webpack_require__, 3813));
        const verified = await verifyRollbacks(context, { logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_8__/* .stderrLogger */ .D)(io, 'warn', (t) => t) });
        say(renderRollbackText(verified, { color }).trimEnd());
        if (!verified.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('demo: rollback-verify found a rollback that does not restore the schema');
        heading('history');
        show('history', await history(context));
        say('\nThe same commands run against PostgreSQL with --url postgresql://user@host:5432/db; see README.md.');
        return 0;
    }
    finally {
        await connection.close();
    }
};
/** examples/demo, found from the bundle (dist/) or from the sources (src/cli/). */
function findDemoFolder() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
    for (const candidate of [node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(here, '..', 'examples', 'demo'), node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(here, '..', '..', 'examples', 'demo')]) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(candidate, 'changelog.yaml')))
            return candidate;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('The demo changelog (examples/demo/changelog.yaml) is not there; run the demo from a checkout of dbops');
}


/***/ }),

/***/ 9228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PgliteConnection: () => (/* binding */ PgliteConnection)
/* harmony export */ });
/**
 * The embedded default: PostgreSQL compiled to WebAssembly (PGlite), in memory or persisted in a
 * folder. No server, no credentials.
 */
class PgliteConnection {
    db;
    displayName;
    dialectName = 'postgresql';
    constructor(db, displayName) {
        this.db = db;
        this.displayName = displayName;
    }
    /** `dataDir` undefined means in memory. */
    static async open(dataDir) {
        // Loaded on demand: the WebAssembly module is large and most commands never need it.
        // webpackIgnore: the bundle keeps this a run-time import of the package copied beside it
        // (dist/node_modules), loaded only when the embedded database is used.
        const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite');
        const db = await PGlite.create(dataDir);
        return new PgliteConnection(db, dataDir ? `embedded PostgreSQL (${dataDir})` : 'embedded PostgreSQL (in memory)');
    }
    async query(sql, params) {
        const result = await this.db.query(sql, params);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    }
    async exec(sql) {
        await this.db.exec(sql);
    }
    async transaction(fn) {
        // Explicit BEGIN/COMMIT rather than PGlite's transaction() so that statements run through
        // query()/exec() on this object take part, exactly as with the pg driver.
        await this.db.exec('BEGIN');
        try {
            const value = await fn(this);
            await this.db.exec('COMMIT');
            return value;
        }
        catch (error) {
            await this.db.exec('ROLLBACK').catch(() => { });
            throw error;
        }
    }
    async close() {
        await this.db.close();
    }
}


/***/ })

};

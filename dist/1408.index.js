export const id = 1408;
export const ids = [1408];
export const modules = {

/***/ 9145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ startResult),
/* harmony export */   a2: () => (/* binding */ failResult),
/* harmony export */   e7: () => (/* binding */ changeSetResult),
/* harmony export */   uQ: () => (/* binding */ statementError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _statement_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1205);


/** The parts of a changeset's result that do not depend on what happened to it. */
function changeSetResult(changeSet, state, extra = {}) {
    return {
        id: changeSet.id,
        author: changeSet.author,
        filePath: changeSet.filePath,
        sourceFile: changeSet.location.file,
        line: changeSet.location.line,
        description: '',
        comment: changeSet.comment,
        state,
        sql: [],
        ...extra,
    };
}
/** What the user needs from a failure: the message, and for database errors the statement and SQLSTATE. */
function statementError(error) {
    if (error instanceof _statement_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .StatementFailure */ .sR) {
        return {
            message: error.databaseError.message,
            statement: error.statement,
            code: error.databaseError.code,
            detail: error.databaseError.detail,
            hint: error.databaseError.hint,
        };
    }
    return { message: error instanceof Error ? error.message : String(error) };
}
/** A command's result before it runs; the command fills in changesets and the outcome. */
function startResult(command, database, changelog) {
    return { command, database, changelog, ok: true, changeSets: [], durationMs: 0 };
}
/** Marks a result failed with an error that is not about one changeset (lock, validation, config). */
function failResult(result, error) {
    result.ok = false;
    const detail = statementError(error);
    result.error = { message: detail.message, detail: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 ? undefined : detail };
    return result;
}


/***/ }),

/***/ 1205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ DatabaseStatementRunner),
/* harmony export */   Je: () => (/* binding */ ScriptStatementRunner),
/* harmony export */   MH: () => (/* binding */ terminate),
/* harmony export */   rI: () => (/* binding */ findFailingStatement),
/* harmony export */   sR: () => (/* binding */ StatementFailure)
/* harmony export */ });
/** A statement the database refused, with the statement itself and what the database said. */
class StatementFailure extends Error {
    statement;
    databaseError;
    name = 'StatementFailure';
    constructor(statement, databaseError, options) {
        super(databaseError.message, options);
        this.statement = statement;
        this.databaseError = databaseError;
    }
}
class DatabaseStatementRunner {
    db;
    constructor(db) {
        this.db = db;
    }
    async runChangeSet(statements, tracking, inTransaction) {
        if (inTransaction && statements.every((s) => !s.command && !s.deferred)) {
            await this.runInOneRoundTrip(statements, tracking);
            return;
        }
        if (inTransaction) {
            await this.db.transaction(async (tx) => {
                for (const statement of statements)
                    await runStatement(tx, statement);
                for (const sql of tracking)
                    await execute(tx, sql);
            });
            return;
        }
        for (const statement of statements)
            await runStatement(this.db, statement);
        await this.db.transaction(async (tx) => {
            for (const sql of tracking)
                await execute(tx, sql);
        });
    }
    async run(sql) {
        await execute(this.db, sql);
    }
    comment() { }
    /**
     * The whole changeset — BEGIN, its statements, its tracking row, COMMIT — as one simple-query
     * message: one round trip instead of one per statement (the cost that dominates a changeset of
     * small DDL). On failure the server has stopped at the failing statement; the transaction is
     * rolled back and the statements are replayed one by one in a transaction that is rolled back
     * too, to name the statement that failed and report what the database said about it.
     */
    async runInOneRoundTrip(statements, tracking) {
        const script = ['BEGIN;', ...statements.map((s) => terminate(s.sql)), ...tracking.map(terminate), 'COMMIT;'].join('\n');
        try {
            await this.db.exec(script);
        }
        catch (error) {
            await this.db.exec('ROLLBACK').catch(() => { });
            throw await findFailingStatement(this.db, statements.map((s) => s.sql), tracking, error);
        }
    }
}
async function runStatement(db, statement) {
    if (statement.command)
        return runCommand(statement);
    if (statement.deferred) {
        for (const generated of await statement.deferred(db))
            await runStatement(db, generated);
        return;
    }
    await execute(db, statement.sql);
}
/**
 * After a message of several statements failed: replays them one by one in a transaction that is
 * rolled back, to name the statement that failed and what the database said about it.
 */
async function findFailingStatement(db, statements, tracking, batchError) {
    try {
        await db.exec('BEGIN');
        for (const statement of [...statements, ...tracking]) {
            try {
                await execute(db, statement);
            }
            catch (failure) {
                if (failure instanceof StatementFailure)
                    return failure;
                throw failure;
            }
        }
    }
    finally {
        await db.exec('ROLLBACK').catch(() => { });
    }
    // The statements pass one by one (the failure depended on the whole, e.g. deferred constraints at COMMIT).
    const e = batchError;
    return new StatementFailure('COMMIT', { message: e.message ?? String(batchError), code: e.code, detail: e.detail, hint: e.hint }, { cause: batchError });
}
/** Runs one statement; a failure names the statement. */
async function execute(db, sql) {
    try {
        await db.exec(sql);
    }
    catch (error) {
        const e = error;
        throw new StatementFailure(sql, { message: e.message ?? String(error), code: e.code, detail: e.detail, hint: e.hint, position: e.position }, { cause: error });
    }
}
/** Runs an executeCommand program; a non-zero exit fails the changeset like a failed statement. */
async function runCommand(statement) {
    const { executable, args, timeoutMs } = statement.command;
    // Loaded here: few changelogs run programs, and every update would pay for loading it.
    const { spawnSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    const result = spawnSync(executable, args, { encoding: 'utf8', timeout: timeoutMs || undefined, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error || result.status !== 0) {
        const why = result.error ? result.error.message : `exit code ${result.status}${result.stderr ? `: ${result.stderr.trim().slice(0, 500)}` : ''}`;
        throw new StatementFailure(statement.sql, { message: `executeCommand ${executable} failed: ${why}` });
    }
}
/** Collects statements into a script that psql can run with the same atomicity as update. */
class ScriptStatementRunner {
    database;
    lines = [];
    /** `database` answers the reads of deferred statements (nothing is written to it). */
    constructor(database) {
        this.database = database;
    }
    async runChangeSet(statements, tracking, inTransaction) {
        if (inTransaction)
            this.lines.push('BEGIN;');
        for (const statement of statements) {
            if (statement.deferred && this.database) {
                for (const generated of await statement.deferred(this.database))
                    this.lines.push(terminate(generated.sql));
            }
            else {
                this.lines.push(terminate(statement.sql));
            }
        }
        if (!inTransaction && tracking.length)
            this.lines.push('BEGIN;');
        for (const sql of tracking)
            this.lines.push(terminate(sql));
        if (tracking.length || inTransaction)
            this.lines.push('COMMIT;');
        this.lines.push('');
    }
    async run(sql) {
        this.lines.push(terminate(sql));
    }
    comment(text) {
        for (const line of text.split('\n'))
            this.lines.push(`-- ${line}`);
    }
    get script() {
        return `${this.lines.join('\n').trimEnd()}\n`;
    }
}
/** Ends a statement with `;` unless it already ends with one (or with a psql-style `/` delimiter). */
function terminate(sql) {
    const trimmed = sql.trimEnd();
    if (/;$/.test(trimmed))
        return trimmed;
    // A trailing `-- comment` would swallow the semicolon.
    const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    return lastLine.includes('--') ? `${trimmed}\n;` : `${trimmed};`;
}


/***/ }),

/***/ 1408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clearChecksums: () => (/* binding */ clearChecksums),
/* harmony export */   listLocks: () => (/* binding */ listLocks),
/* harmony export */   releaseLocks: () => (/* binding */ releaseLocks),
/* harmony export */   tagDatabase: () => (/* binding */ tagDatabase),
/* harmony export */   tagExists: () => (/* binding */ tagExists)
/* harmony export */ });
/* harmony import */ var _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6099);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4806);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9145);
/* harmony import */ var _statement_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1205);
/* harmony import */ var _tracking_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7823);





/**
 * `tag`: sets TAG on the most recent row. On an empty table Liquibase first inserts a placeholder
 * row (ID = epoch milliseconds, AUTHOR `liquibase`, FILENAME `liquibase-internal`).
 */
async function tagDatabase(context, tag) {
    return underLock(context, 'tag', async (rows) => {
        if (rows === 0) {
            const now = String(Date.now());
            await context.db.exec(context.tracking.insertRow({
                id: now,
                author: 'liquibase',
                filename: 'liquibase-internal',
                orderExecuted: 1,
                execType: 'EXECUTED',
                md5sum: '9:d41d8cd98f00b204e9800998ecf8427e',
                description: 'empty',
                comments: '',
                tag,
                contexts: null,
                labels: null,
                deploymentId: now.slice(-10),
            }));
        }
        else {
            await context.db.exec(context.tracking.tagLatest(tag));
        }
    });
}
/** `tag-exists`: whether a DATABASECHANGELOG row carries exactly this tag (Liquibase's `WHERE TAG = ?`). */
async function tagExists(context, tag) {
    return (await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_4__/* .readTrackingRows */ .B0)(context)).some((row) => row.tag === tag);
}
/** `clear-checksums`: MD5SUM becomes NULL everywhere; the next update recomputes them. */
async function clearChecksums(context) {
    return underLock(context, 'clear-checksums', async () => {
        await context.db.exec(context.tracking.clearChecksums());
    });
}
/** `release-locks`: clears the lock whoever holds it, and says who held it. */
async function releaseLocks(context) {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .startResult */ .K9)('release-locks', context.db.displayName, context.changeLog.rootPath);
    try {
        if (!(await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(context.db, context.tracking.schema, context.tracking.names.lockTable))) {
            return { ...result, durationMs: Date.now() - started };
        }
        const lock = new _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .LockService */ .FQ(context.db, context.tracking, { ...context.lock, logger: context.logger });
        const previous = await lock.forceRelease();
        return { ...result, previous, stale: (0,_tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .staleLockHint */ .A3)(previous), durationMs: Date.now() - started };
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .failResult */ .a2)(result, error);
        result.durationMs = Date.now() - started;
        return result;
    }
}
/** `list-locks`: who holds the lock, if anyone. */
async function listLocks(context) {
    if (!(await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(context.db, context.tracking.schema, context.tracking.names.lockTable))) {
        return { locked: false, lockedBy: null, lockGranted: null };
    }
    const status = await new _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .LockService */ .FQ(context.db, context.tracking, { ...context.lock, logger: context.logger }).status();
    return { ...status, stale: status.locked ? (0,_tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .staleLockHint */ .A3)(status) : undefined };
}
async function underLock(context, command, fn) {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .startResult */ .K9)(command, context.db.displayName, context.changeLog.rootPath);
    try {
        const session = await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_4__/* .openTrackingSession */ .uu)(context, new _statement_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .DatabaseStatementRunner */ .$Q(context.db), { sqlOnly: false });
        try {
            await fn(session.ranChangeSets.length);
        }
        finally {
            await session.release();
        }
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .failResult */ .a2)(result, error);
    }
    result.durationMs = Date.now() - started;
    return result;
}


/***/ }),

/***/ 7823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ readTrackingRows),
/* harmony export */   dG: () => (/* binding */ readTrackingState),
/* harmony export */   uu: () => (/* binding */ openTrackingSession)
/* harmony export */ });
/* harmony import */ var _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6099);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4806);


/**
 * Creates the tracking tables if needed and takes the lock. With a script runner (the *-sql
 * commands) nothing is changed: the statements that would run are written to the script instead.
 *
 * `seen`: what this command read moments before (readTrackingState), so that the tables are not
 * looked up again. Under the lock the rows are read again all the same (another process may have
 * applied changesets in between), and a table seen missing that another process has created
 * meanwhile is found so.
 */
async function openTrackingSession(context, runner, options) {
    const { db, tracking } = context;
    const seen = options.seen ?? { ...(await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .trackingTablesExist */ .CI)(db, tracking)), rows: undefined };
    const changelogTableExisted = seen.changelogTable;
    if (options.sqlOnly) {
        if (!seen.lockTable) {
            runner.comment('Create Database Lock Table');
            await runner.run(tracking.createLockTable());
            runner.comment('Initialize Database Lock Table');
            for (const statement of tracking.initLockRow())
                await runner.run(statement);
        }
        const lock = new _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .LockService */ .FQ(db, tracking, { ...context.lock, logger: context.logger });
        runner.comment('Lock Database');
        await runner.run(tracking.acquireLock(lock.lockedBy));
        if (!changelogTableExisted) {
            runner.comment('Create Database Change Log Table');
            await runner.run(tracking.createChangelogTable());
        }
        return {
            ranChangeSets: !changelogTableExisted ? [] : (seen.rows ?? (await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking))),
            changelogTableExisted,
            release: async () => {
                runner.comment('Release Database Lock');
                await runner.run(tracking.releaseLock());
            },
        };
    }
    const lock = new _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .LockService */ .FQ(db, tracking, { ...context.lock, logger: context.logger });
    // A lock table seen a moment ago is locked at once (one round trip); acquire creates it if it
    // has gone since.
    if (!seen.lockTable)
        await lock.ensureTable({ seenMissing: true });
    await lock.acquire({ ensured: !seen.lockTable });
    try {
        // Created here, under the lock, the table is empty: no need to read it.
        const created = !changelogTableExisted && (await createChangelogTable(context));
        return {
            ranChangeSets: created ? [] : await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking),
            changelogTableExisted,
            release: () => lock.release(),
        };
    }
    catch (error) {
        await lock.release();
        throw error;
    }
}
/** Creates DATABASECHANGELOG; false when another process created it first. */
async function createChangelogTable(context) {
    return (0,_tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnRace */ .di)(async () => {
        try {
            await context.db.exec(context.tracking.createChangelogTable());
            return true;
        }
        catch (error) {
            if (error.code === '42P07')
                return false;
            throw error;
        }
    });
}
/** Reads DATABASECHANGELOG without locking or creating anything, and says which tracking tables exist. */
async function readTrackingState(context) {
    const { db, tracking } = context;
    const tables = await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .trackingTablesExist */ .CI)(db, tracking);
    return { ...tables, rows: tables.changelogTable ? await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking) : [] };
}
/** Reads DATABASECHANGELOG without locking or creating anything (status, history). */
async function readTrackingRows(context) {
    return (await readTrackingState(context)).rows;
}


/***/ }),

/***/ 6099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ staleLockHint),
/* harmony export */   FQ: () => (/* binding */ LockService),
/* harmony export */   di: () => (/* binding */ retryOnRace)
/* harmony export */ });
/* unused harmony exports LockTimeoutError, defaultLockedBy */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4806);


class LockTimeoutError extends Error {
    holder;
    name = 'LockTimeoutError';
    constructor(holder, waitedMs, staleHint) {
        super(`Could not acquire change log lock after waiting ${Math.round(waitedMs / 1000)} s. Currently locked by ${holder.lockedBy ?? 'unknown'} since ${holder.lockGranted?.toISOString() ?? 'unknown'}` +
            (staleHint ? `. ${staleHint}` : '. If that process is gone, run `dbops release-locks`.'));
        this.holder = holder;
    }
}
/**
 * Liquibase's lock protocol on DATABASECHANGELOGLOCK (row ID 1), so that dbops and Liquibase
 * exclude each other. LOCKEDBY carries the process id, which lets dbops tell a lock left by a dead
 * process on this host.
 */
class LockService {
    db;
    sql;
    options;
    held = false;
    lockedBy;
    constructor(db, sql, options) {
        this.db = db;
        this.sql = sql;
        this.options = options;
        this.lockedBy = options.lockedBy ?? defaultLockedBy();
    }
    /**
     * Creates the lock table and its row if missing; safe when several processes race.
     * `seenMissing`: the caller has just looked, so the table is created without looking again.
     */
    async ensureTable(options = {}) {
        let seenMissing = options.seenMissing === true;
        await retryOnRace(async () => {
            const missing = seenMissing || !(await (0,_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(this.db, this.sql.schema, this.sql.names.lockTable));
            // After a race, look again.
            seenMissing = false;
            if (missing) {
                // One message is one transaction: no other process sees the table before its row is there
                // (so none can initialise the row again after another has taken the lock).
                await this.db.exec([this.sql.createLockTable(), ...this.sql.initLockRow()].join(';\n'));
                return;
            }
            const count = await this.db.query(`SELECT COUNT(*) AS n FROM ${this.sql.lockTable}`);
            if (Number(count.rows[0]?.n ?? 0) === 0) {
                await this.db.transaction(async (tx) => {
                    for (const statement of this.sql.initLockRow())
                        await tx.exec(statement);
                });
            }
        });
    }
    /**
     * Takes the lock, waiting for another holder up to `waitMs`. With `ensured: false` (the table
     * was seen a moment ago, so `ensureTable` was skipped), a missing table or row is created on the
     * way: the usual case costs one round trip.
     */
    async acquire(options = {}) {
        const started = Date.now();
        let ensured = options.ensured ?? true;
        let announced = false;
        for (;;) {
            let result;
            try {
                result = await this.db.query(this.sql.acquireLock(this.lockedBy));
            }
            catch (error) {
                if (ensured || error.code !== '42P01')
                    throw error;
                await this.ensureTable();
                ensured = true;
                continue;
            }
            if (result.rowCount === 1) {
                this.held = true;
                return;
            }
            if (result.rowCount > 1)
                throw new Error(`${this.sql.lockTable} has ${result.rowCount} rows with ID 1; it should have one`);
            const holder = await this.status();
            if (!holder.locked && !ensured) {
                // No row (or released just now): initialise it if missing, and try again at once.
                await this.ensureTable();
                ensured = true;
                continue;
            }
            const waited = Date.now() - started;
            if (waited >= this.options.waitMs)
                throw new LockTimeoutError(holder, waited, staleLockHint(holder));
            if (!announced) {
                this.options.logger.info(`Waiting for the change log lock held by ${holder.lockedBy ?? 'unknown'} since ${holder.lockGranted?.toISOString() ?? 'unknown'}`);
                announced = true;
            }
            await sleep(this.options.pollMs);
        }
    }
    async release() {
        if (!this.held)
            return;
        await this.db.exec(this.sql.releaseLock());
        this.held = false;
    }
    /** Clears the lock whoever holds it (`release-locks`). */
    async forceRelease() {
        const before = await this.status();
        await this.db.exec(this.sql.releaseLock());
        this.held = false;
        return before;
    }
    async status() {
        const result = await this.db.query(`SELECT LOCKED, LOCKEDBY, LOCKGRANTED FROM ${this.sql.lockTable} WHERE ID = 1`);
        const row = result.rows[0];
        if (!row)
            return { locked: false, lockedBy: null, lockGranted: null };
        return {
            locked: row.locked === true,
            lockedBy: row.lockedby,
            lockGranted: row.lockgranted === null ? null : row.lockgranted instanceof Date ? row.lockgranted : new Date(row.lockgranted),
        };
    }
}
/** `host#dbops-<pid> (ip)`: Liquibase's LOCKEDBY shape with the process id as host description. */
function defaultLockedBy() {
    return `${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()}#dbops-${process.pid} (${localAddress()})`;
}
/** Says whether a lock was left by a process of this host that no longer runs. */
function staleLockHint(holder) {
    const match = holder.lockedBy?.match(/^(.*)#dbops-(\d+) \(/);
    if (!match || match[1] !== (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)())
        return undefined;
    const pid = Number(match[2]);
    if (pid === process.pid || processAlive(pid))
        return undefined;
    return `The holder (process ${pid} on this host) is no longer running: the lock is stale; run \`dbops release-locks\` to clear it`;
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function localAddress() {
    for (const addresses of Object.values((0,node_os__WEBPACK_IMPORTED_MODULE_0__.networkInterfaces)())) {
        for (const address of addresses ?? []) {
            if (address.family === 'IPv4' && !address.internal)
                return address.address;
        }
    }
    return '127.0.0.1';
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Two processes creating the tracking tables at the same moment: one of them gets a duplicate
 * error (42P07 duplicate table, 23505 on the catalog's unique index). The table now exists, so retry.
 */
async function retryOnRace(fn, attempts = 10) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            const code = error.code;
            if (attempt >= attempts || (code !== '42P07' && code !== '23505' && code !== '42710'))
                throw error;
            await sleep(20 + Math.random() * 100);
        }
    }
}


/***/ })

};

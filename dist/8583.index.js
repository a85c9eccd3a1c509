export const id = 8583;
export const ids = [8583,964];
export const modules = {

/***/ 8583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   history: () => (/* binding */ history)
/* harmony export */ });
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9145);
/* harmony import */ var _tracking_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7823);


/** Every DATABASECHANGELOG row in execution order (the renderer groups them by DEPLOYMENT_ID). */
async function history(context) {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .startResult */ .K9)('history', context.db.displayName, context.changeLog.rootPath);
    try {
        const rows = await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_1__/* .readTrackingRows */ .B0)(context);
        for (const row of rows) {
            result.changeSets.push({
                id: row.id,
                author: row.author,
                filePath: row.filename,
                description: row.description ?? '',
                comment: row.comments ?? undefined,
                checksum: row.md5sum ?? undefined,
                state: row.execType === 'MARK_RAN' ? 'markRan' : 'applied',
                reason: `${row.execType} ${row.dateExecuted.toISOString()} deployment ${row.deploymentId ?? '-'} order ${row.orderExecuted}`,
                tag: row.tag ?? undefined,
                contexts: row.contexts ?? undefined,
                labels: row.labels ?? undefined,
                sql: [],
            });
        }
        return { ...result, rows, durationMs: Date.now() - started };
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .failResult */ .a2)(result, error);
        result.durationMs = Date.now() - started;
        return result;
    }
}


/***/ }),

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


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o$: () => (/* binding */ TrackingSql),
  NB: () => (/* binding */ readRanChangeSets),
  F9: () => (/* binding */ tableExists),
  CI: () => (/* binding */ trackingTablesExist),
  RM: () => (/* binding */ truncateColumn)
});

// UNUSED EXPORTS: LIQUIBASE_COLUMN_VERSION, defaultTrackingTableNames

;// CONCATENATED MODULE: ./tracking/sql-literal.js
/**
 * SQL literals for the tracking statements. They are inlined (not bound) so that update-sql prints
 * exactly what update runs, as Liquibase does. Assumes standard_conforming_strings (the default
 * since PostgreSQL 9.1): only the quote is doubled.
 */
function sqlString(value) {
    if (value === null || value === undefined)
        return 'NULL';
    if (value.includes('\0'))
        throw new Error('NUL characters cannot be stored in a tracking row');
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./tracking/tracking-tables.js

const defaultTrackingTableNames = {
    schema: undefined,
    changelogTable: 'databasechangelog',
    lockTable: 'databasechangeloglock',
};
/**
 * The version written to the LIQUIBASE column. The reference (npm liquibase@4.28.1) really writes
 * 4.28.0, as recorded in test/golden/liquibase; later Liquibase releases key compatibility retries on
 * this value, and 4.28.x falls in none of their windows.
 */
const LIQUIBASE_COLUMN_VERSION = '4.28.0';
/**
 * The statements that create, read and write the tracking tables, as text (update-sql prints them,
 * update runs them). Column names and types are Liquibase 4.x's, created unquoted (lower case on
 * PostgreSQL) so that Liquibase and dbops can take turns on the same database.
 */
class TrackingSql {
    names;
    defaultSchema;
    changelogTable;
    lockTable;
    constructor(names, defaultSchema) {
        this.names = names;
        this.defaultSchema = defaultSchema;
        const schema = names.schema ?? defaultSchema;
        this.changelogTable = `${schema}.${names.changelogTable}`;
        this.lockTable = `${schema}.${names.lockTable}`;
    }
    get schema() {
        return this.names.schema ?? this.defaultSchema;
    }
    createChangelogTable() {
        return `CREATE TABLE ${this.changelogTable} (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))`;
    }
    createLockTable() {
        return `CREATE TABLE ${this.lockTable} (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT ${this.names.lockTable}_pkey PRIMARY KEY (ID))`;
    }
    initLockRow() {
        return [`DELETE FROM ${this.lockTable}`, `INSERT INTO ${this.lockTable} (ID, LOCKED) VALUES (1, FALSE)`];
    }
    acquireLock(lockedBy) {
        return `UPDATE ${this.lockTable} SET LOCKED = TRUE, LOCKEDBY = ${sqlString(lockedBy)}, LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE`;
    }
    releaseLock() {
        return `UPDATE ${this.lockTable} SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1`;
    }
    insertRow(row) {
        return `INSERT INTO ${this.changelogTable} (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID${row.tag !== null ? ', TAG' : ''}) VALUES (${sqlString(row.id)}, ${sqlString(row.author)}, ${sqlString(row.filename)}, NOW(), ${row.orderExecuted}, ${sqlString(row.md5sum)}, ${sqlString(row.description)}, ${sqlString(row.comments)}, ${sqlString(row.execType)}, ${sqlString(row.contexts)}, ${sqlString(row.labels)}, ${sqlString(LIQUIBASE_COLUMN_VERSION)}, ${sqlString(row.deploymentId)}${row.tag !== null ? `, ${sqlString(row.tag)}` : ''})`;
    }
    /** Re-execution (runAlways / runOnChange): the row is updated, keyed by its stored FILENAME. */
    updateRerun(row, storedFilename) {
        return `UPDATE ${this.changelogTable} SET DATEEXECUTED = NOW(), ORDEREXECUTED = ${row.orderExecuted}, MD5SUM = ${sqlString(row.md5sum)}, EXECTYPE = 'RERAN', DEPLOYMENT_ID = ${sqlString(row.deploymentId)}, COMMENTS = ${sqlString(row.comments)}, CONTEXTS = ${sqlString(row.contexts)}, LABELS = ${sqlString(row.labels)}, LIQUIBASE = ${sqlString(LIQUIBASE_COLUMN_VERSION)}, DESCRIPTION = ${sqlString(row.description)}${row.tag !== null ? `, TAG = ${sqlString(row.tag)}` : ''} WHERE ${this.keyCondition(row.id, row.author, storedFilename)}`;
    }
    deleteRow(id, author, storedFilename) {
        return `DELETE FROM ${this.changelogTable} WHERE ${this.keyCondition(id, author, storedFilename)}`;
    }
    updateChecksum(id, author, storedFilename, md5sum) {
        return `UPDATE ${this.changelogTable} SET MD5SUM = ${sqlString(md5sum)} WHERE ${this.keyCondition(id, author, storedFilename)}`;
    }
    clearChecksums() {
        return `UPDATE ${this.changelogTable} SET MD5SUM = NULL`;
    }
    /** Tags the most recent row (the `tag` command). */
    tagLatest(tag) {
        return `UPDATE ${this.changelogTable} SET TAG = ${sqlString(tag)} FROM (SELECT DATEEXECUTED, ORDEREXECUTED FROM ${this.changelogTable} ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC LIMIT 1) AS latest WHERE ${this.changelogTable}.DATEEXECUTED = latest.DATEEXECUTED AND ${this.changelogTable}.ORDEREXECUTED = latest.ORDEREXECUTED`;
    }
    /** Every row, in execution order, as one JSON array (see readRanChangeSets). */
    selectRows() {
        return `SELECT COALESCE(json_agg(ran ORDER BY ran.dateexecuted ASC, ran.orderexecuted ASC), '[]') AS rows FROM ${this.changelogTable} AS ran`;
    }
    keyCondition(id, author, filename) {
        return `ID = ${sqlString(id)} AND AUTHOR = ${sqlString(author)} AND FILENAME = ${sqlString(filename)}`;
    }
}
/** Which of the two tracking tables exist, in one catalog query. */
async function trackingTablesExist(db, sql) {
    const result = await db.query(`SELECT c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname IN ($2, $3) AND c.relkind IN ('r', 'p')`, [sql.schema, sql.names.changelogTable, sql.names.lockTable]);
    const names = new Set(result.rows.map((row) => row.name));
    return { changelogTable: names.has(sql.names.changelogTable), lockTable: names.has(sql.names.lockTable) };
}
/** Whether a table exists (schema-qualified, exact lower-case names as created unquoted). */
async function tableExists(db, schema, table) {
    const result = await db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`, [schema, table]);
    return result.rows[0]?.found === true;
}
/**
 * Reads DATABASECHANGELOG in execution order. The rows come as one JSON value: decoding a row per
 * changeset costs the drivers more than json_agg and JSON.parse (4 ms of a `status` of 900
 * changesets). DATEEXECUTED (a timestamp without time zone) arrives as ISO text without an
 * offset, which `new Date` reads as local time, as the drivers read such a column.
 */
async function readRanChangeSets(db, sql) {
    const result = await db.query(sql.selectRows());
    const value = result.rows[0]?.rows ?? [];
    const rows = typeof value === 'string' ? JSON.parse(value) : value;
    return rows.map((row) => {
        const execType = String(row.exectype);
        if (execType !== 'EXECUTED' && execType !== 'RERAN' && execType !== 'MARK_RAN') {
            throw new Error(`Unknown EXECTYPE from database: ${execType} (changeset ${String(row.id)}::${String(row.author)})`);
        }
        return {
            id: String(row.id),
            author: String(row.author),
            filename: String(row.filename),
            dateExecuted: row.dateexecuted instanceof Date ? row.dateexecuted : new Date(String(row.dateexecuted)),
            orderExecuted: Number(row.orderexecuted),
            execType,
            md5sum: row.md5sum ?? null,
            description: row.description ?? null,
            comments: row.comments ?? null,
            tag: row.tag ?? null,
            liquibase: row.liquibase ?? null,
            contexts: row.contexts ?? null,
            labels: row.labels ?? null,
            deploymentId: row.deployment_id ?? null,
        };
    });
}
/** Liquibase cuts DESCRIPTION and COMMENTS at 250 characters, ending with `...`. */
function truncateColumn(value) {
    return value.length > 250 ? `${value.slice(0, 247)}...` : value;
}


/***/ })

};

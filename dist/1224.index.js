export const id = 1224;
export const ids = [1224];
export const modules = {

/***/ 1960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ evaluatePreconditions)
/* harmony export */ });
/* harmony import */ var _changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6327);
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1026);


/** Evaluates a container: its conditions are ANDed, the first false one is reported. */
async function evaluatePreconditions(container, env) {
    try {
        for (const condition of container.conditions) {
            const failure = await check(condition, env);
            if (failure)
                return { status: 'failed', message: container.onFailMessage ?? failure };
        }
        return { status: 'passed' };
    }
    catch (error) {
        return { status: 'error', message: container.onErrorMessage ?? `${error.message}` };
    }
}
/** Returns undefined when the condition holds, else why it does not. */
async function check(condition, env) {
    const a = condition.attributes;
    const str = (name) => (a[name] === null || a[name] === undefined ? undefined : String(a[name]));
    const schema = () => str('schemaName') ?? env.defaultSchema;
    switch (condition.type) {
        case 'and':
            for (const nested of condition.nested) {
                const failure = await check(nested, env);
                if (failure)
                    return failure;
            }
            return undefined;
        case 'or': {
            const failures = [];
            for (const nested of condition.nested) {
                const failure = await check(nested, env);
                if (!failure)
                    return undefined;
                failures.push(failure);
            }
            return failures.length ? `none of: ${failures.join('; ')}` : undefined;
        }
        case 'not':
            for (const nested of condition.nested) {
                if (!(await check(nested, env)))
                    return `not(${describe(nested)}) is false`;
            }
            return undefined;
        case 'dbms':
            return (0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .dbmsMatches */ .e)(str('type'), env.dbms) ? undefined : `DBMS precondition failed: expected ${str('type')}, got ${env.dbms}`;
        case 'runningAs': {
            const expected = str('username') ?? '';
            const current = (await env.db.query('SELECT current_user AS u')).rows[0]?.u ?? '';
            return current.toLowerCase() === expected.toLowerCase() ? undefined : `RunningAs precondition failed: expected ${expected}, was ${current}`;
        }
        case 'tableExists':
            return (await relationExists(env, schema(), str('tableName'), ['r', 'p', 'f']))
                ? undefined
                : `Table ${schema()}.${str('tableName')} does not exist`;
        case 'viewExists':
            return (await relationExists(env, schema(), str('viewName'), ['v', 'm'])) ? undefined : `View ${schema()}.${str('viewName')} does not exist`;
        case 'sequenceExists':
            // Liquibase 4.28 looks sequences up on PostgreSQL by the name exactly as written (no folding
            // to lower case), so `SQ_X` does not find the sequence `sq_x`; recorded in test/golden.
            return (await exists(env, `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND c.relname = $2 AND c.relkind = 'S'`, [schema(), str('sequenceName')]))
                ? undefined
                : `Sequence ${schema()}.${str('sequenceName')} does not exist`;
        case 'columnExists': {
            const found = await exists(env, `SELECT 1 FROM pg_catalog.pg_attribute att JOIN pg_catalog.pg_class c ON c.oid = att.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname = $2 AND att.attname = $3 AND att.attnum > 0 AND NOT att.attisdropped`, [schema(), str('tableName'), str('columnName')]);
            return found ? undefined : `Column ${schema()}.${str('tableName')}.${str('columnName')} does not exist`;
        }
        case 'indexExists': {
            const indexName = str('indexName');
            const tableName = str('tableName');
            const columns = str('columnNames')?.split(',').map((c) => c.trim()).filter(Boolean);
            const rows = await env.db.query(`SELECT i.relname AS index_name, t.relname AS table_name,
                ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = $1`, [schema()]);
            const match = rows.rows.some((row) => (!indexName || sameName(row.index_name, indexName)) &&
                (!tableName || sameName(row.table_name, tableName)) &&
                (!columns || (row.columns.length === columns.length && row.columns.every((c, i) => sameName(c, columns[i])))));
            return match ? undefined : `Index ${indexName ?? `on ${tableName}(${columns?.join(', ')})`} does not exist`;
        }
        case 'primaryKeyExists':
            return (await constraintExists(env, schema(), 'p', str('primaryKeyName'), str('tableName')))
                ? undefined
                : `Primary key ${str('primaryKeyName') ?? `on ${str('tableName')}`} does not exist`;
        case 'foreignKeyConstraintExists':
            return (await constraintExists(env, schema(), 'f', str('foreignKeyName'), str('foreignKeyTableName')))
                ? undefined
                : `Foreign key ${str('foreignKeyName')} does not exist`;
        case 'uniqueConstraintExists':
            return (await constraintExists(env, schema(), 'u', str('constraintName'), str('tableName')))
                ? undefined
                : `Unique constraint ${str('constraintName') ?? `on ${str('tableName')}`} does not exist`;
        case 'changeSetExecuted': {
            const id = str('id');
            const author = str('author');
            const file = str('changeLogFile');
            const ran = env.ranChangeSets.some((row) => row.id.toLowerCase() === id?.toLowerCase() &&
                row.author.toLowerCase() === author?.toLowerCase() &&
                (!file || (0,_changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__/* .sameFilePath */ .Iq)(row.filename, file)));
            return ran ? undefined : `Changeset ${id}::${author}${file ? `::${file}` : ''} has not been executed`;
        }
        case 'sqlCheck': {
            const sql = condition.text ?? str('sql') ?? '';
            const expected = str('expectedResult') ?? '';
            const result = await env.db.query(sql);
            const first = result.rows[0];
            const actual = first === undefined ? undefined : Object.values(first)[0];
            const actualText = textValue(actual);
            return actualText === expected ? undefined : `SQL Precondition failed. Expected '${expected}' got '${actualText}'`;
        }
        case 'tableIsEmpty':
        case 'rowCount': {
            const table = `${quoteIdent(schema())}.${quoteIdent(str('tableName'))}`;
            const count = Number((await env.db.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
            const expected = condition.type === 'tableIsEmpty' ? 0 : Number(str('expectedRows'));
            return count === expected ? undefined : `Table ${str('tableName')} has ${count} rows, expected ${expected}`;
        }
        case 'changeLogPropertyDefined': {
            const name = str('property');
            const value = Object.entries(env.properties).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
            if (value === undefined)
                return `Property ${name} is not defined`;
            const expected = str('value');
            return expected === undefined || expected === value ? undefined : `Property ${name} is '${value}', expected '${expected}'`;
        }
        case 'expectedQuotingStrategy':
            return undefined;
        default:
            throw new Error(`Unsupported precondition '${condition.type}' at ${condition.location.file}${condition.location.line ? `:${condition.location.line}` : ''}`);
    }
}
/** A value as JDBC's getString gives it on PostgreSQL (booleans are `t` / `f`). */
function textValue(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 't' : 'f';
    if (value instanceof Date)
        return value.toISOString();
    return String(value);
}
function describe(condition) {
    const attributes = Object.entries(condition.attributes).map(([k, v]) => `${k}=${v}`).join(' ');
    return attributes ? `${condition.type} ${attributes}` : condition.type;
}
/** Liquibase looks names up as written, then in PostgreSQL's folded lower case. */
function sameName(actual, wanted) {
    return actual === wanted || actual === wanted.toLowerCase();
}
async function relationExists(env, schema, name, kinds) {
    return exists(env, `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND (c.relname = $2 OR c.relname = lower($2)) AND c.relkind = ANY($3)`, [schema, name, kinds]);
}
async function constraintExists(env, schema, kind, name, table) {
    return exists(env, `SELECT 1 FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND con.contype = $2
       AND ($3::text IS NULL OR con.conname = $3 OR con.conname = lower($3))
       AND ($4::text IS NULL OR c.relname = $4 OR c.relname = lower($4))`, [schema, kind, name ?? null, table ?? null]);
}
async function exists(env, sql, params) {
    return (await env.db.query(sql, params)).rows.length > 0;
}
function quoteIdent(name) {
    return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
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

/***/ 1158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ validationError),
/* harmony export */   gw: () => (/* binding */ validationProblems),
/* harmony export */   wU: () => (/* binding */ checkChangeLogPreconditions)
/* harmony export */ });
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1026);
/* harmony import */ var _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2866);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _changeset_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);
/* harmony import */ var _preconditions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1960);





/**
 * Evaluates the changelog-level preconditions (HALT refuses the whole run, with where and why);
 * returns the files whose changesets are skipped (CONTINUE, MARK_RAN).
 */
async function checkChangeLogPreconditions(context, ranChangeSets, options = {}) {
    const skipped = new Set();
    for (const container of context.changeLog.preconditions) {
        if (options.sqlOnly && container.onSqlOutput !== 'TEST')
            continue;
        const outcome = await (0,_preconditions_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluatePreconditions */ .L)(container, {
            db: context.db,
            dbms: context.dialect.name,
            defaultSchema: context.dialect.defaultSchema,
            ranChangeSets,
            properties: context.properties,
        });
        if (outcome.status === 'passed')
            continue;
        const action = outcome.status === 'failed' ? container.onFail : container.onError;
        const where = `${container.location.file}${container.location.line ? `:${container.location.line}` : ''}`;
        if (action === 'HALT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Changelog preconditions failed at ${where}: ${outcome.message}`);
        if (action === 'WARN')
            context.logger.warn(`Changelog preconditions failed at ${where} (WARN): ${outcome.message}`);
        else
            skipped.add(container.location.file);
    }
    return skipped;
}
/**
 * What Liquibase's validation refuses in the changesets of this run (those the contexts, labels
 * and dbms let through), before anything runs: a runWith executor other than `jdbc` ("Unable to
 * locate Executor"), and what a change type does not allow on this database.
 */
function validationProblems(context) {
    const problems = [];
    for (const changeSet of context.changeLog.changeSets) {
        if (!(0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetFilter */ .B)(changeSet, context).included)
            continue;
        if (changeSet.runWith !== undefined && changeSet.runWith.toLowerCase() !== 'jdbc') {
            problems.push({ changeSet, message: `runWith="${changeSet.runWith}": dbops runs changesets through its own connection only (runWith="jdbc")` });
        }
        for (const change of changeSet.changes) {
            const dbms = change.params.dbms;
            if (typeof dbms === 'string' && !(0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .dbmsMatches */ .e)(dbms, context.dialect.name))
                continue;
            for (const message of _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .changeTypes */ .u.get(change.type)?.validate?.(change, { dialect: context.dialect }) ?? [])
                problems.push({ changeSet, message });
        }
    }
    return problems;
}
/** The problems as one configuration error: what to fix, where. */
function validationError(problems) {
    const lines = problems.map(({ changeSet, message }) => {
        const where = `${changeSet.location.file}${changeSet.location.line ? `:${changeSet.location.line}` : ''}`;
        return `  ${where}: ${changeSet.filePath}::${changeSet.id}::${changeSet.author}: ${message}`;
    });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Validation failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the changelog:\n${lines.join('\n')}`);
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

export const id = 3840;
export const ids = [3840];
export const modules = {

/***/ 1283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ recordJavaTypedScalars),
/* harmony export */   bY: () => (/* binding */ javaDoubleText),
/* harmony export */   gM: () => (/* binding */ javaText),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   ys: () => (/* binding */ javaTypedScalars),
/* harmony export */   z3: () => (/* binding */ javaDateToString)
/* harmony export */ });
/**
 * Keyed by the node's location object, which the node keeps through property expansion and which
 * a change loaded from it shares (`Change.location`).
 */
const javaTypedNodes = new WeakMap();
/** The typed scalars kept in the tree at this location and below it, if it has any. */
function javaTypedScalars(location) {
    return javaTypedNodes.get(location);
}
/** Called by the YAML reader for a node with typed scalars (at it or below it). */
function recordJavaTypedScalars(location, node) {
    javaTypedNodes.set(location, node);
}
/**
 * The String Liquibase makes of a typed scalar for a text property (from Liquibase 4.28 runs,
 * JVM in UTC): a Double as Double.toString, a date or a timestamp with an offset as
 * Date.toString, a timestamp without one as `yyyy-MM-dd HH:mm:ss`.
 *
 * @example javaText({ type: 'Double', value: 1 }) // '1.0'
 */
function javaText(scalar) {
    if (scalar.type === 'Double')
        return javaDoubleText(scalar.value);
    return scalar.form === 'local' ? isoSeconds(scalar.instant, ' ') : javaDateToString(scalar.instant);
}
/**
 * Java's Double.toString: plain decimals with at least one fraction digit from 10^-3 to 10^7,
 * computerized scientific notation (`1.5E-5`, `1.0E21`) outside, shortest round-trip digits.
 * (JDKs before 19 print a few rare values with a digit too many; those are not reproduced.)
 *
 * @example javaDoubleText(1500) // '1500.0'
 */
function javaDoubleText(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        const text = String(value);
        return text.includes('.') ? text : `${text}.0`;
    }
    const [mantissa, exponent] = value.toExponential().split('e');
    return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');
/** java.util.Date.toString in UTC: `Mon Jan 31 00:00:00 UTC 2000`. */
function javaDateToString(instant) {
    const time = `${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
    return `${DAYS[instant.getUTCDay()]} ${MONTHS[instant.getUTCMonth()]} ${two(instant.getUTCDate())} ${time} UTC ${instant.getUTCFullYear()}`;
}
/** `yyyy-MM-dd HH:mm:ss` (or with `T`) in UTC, seconds only. */
function isoSeconds(instant, separator) {
    const date = `${String(instant.getUTCFullYear()).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
    return `${date}${separator}${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
}


/***/ }),

/***/ 152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ changeSetChecksum)
});

// UNUSED EXPORTS: changeSetChecksumText

// EXTERNAL MODULE: ./changelog/dbms-filter.js
var dbms_filter = __webpack_require__(1026);
// EXTERNAL MODULE: ./changes/registry.js + 57 modules
var registry = __webpack_require__(2866);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./checksum/md5-checksum.js
var md5_checksum = __webpack_require__(7152);
// EXTERNAL MODULE: ./checksum/serialized-text.js
var serialized_text = __webpack_require__(5504);
;// CONCATENATED MODULE: ./checksum/modify-sql-checksum.js


/**
 * The checksum of one `<modifySql>` visitor (replace, regExpReplace, prepend, append): its fields
 * serialized like a change. v9 leaves out where the visitor applies (dbms, context, labels), so
 * retargeting a visitor does not invalidate deployed changesets; v8 still wrote them.
 */
function modifySqlChecksum(visitor, version) {
    return (0,md5_checksum/* stringChecksum */.xh)(serializeModifySql(visitor, version), version);
}
/** The text hashed for a visitor, e.g. `replace:[ applyToRollback="false" replace="a" with="b" ]`. */
function serializeModifySql(visitor, version) {
    const fields = [['applyToRollback', String(visitor.applyToRollback)]];
    if (visitor.kind === 'replace' || visitor.kind === 'regExpReplace') {
        fields.push(['replace', visitor.replace], ['with', visitor.with]);
    }
    else {
        fields.push(['value', visitor.value]);
    }
    if (version === 8) {
        const dbms = visitor.dbms?.split(',').map((entry) => entry.trim()).filter(Boolean);
        // A Java HashSet of short names; sorted here, which matches its iteration order for the
        // short names seen in practice.
        if (dbms?.length)
            fields.push(['applicableDbms', [...new Set(dbms)].sort()]);
        fields.push(['contextFilter', visitor.contextFilter?.trim() || undefined]);
        fields.push(['labels', visitor.labels?.trim() || undefined]);
    }
    return (0,serialized_text/* serializeChange */.jN)(visitor.kind, (0,serialized_text/* serialObject */.Gl)(fields));
}

// EXTERNAL MODULE: ./changelog/yaml-typed-scalars.js
var yaml_typed_scalars = __webpack_require__(1283);
;// CONCATENATED MODULE: ./checksum/yaml-typed-values.js

/**
 * The change as Liquibase's checksum sees it when it was read from YAML or JSON. The reader already
 * wrote Java's text into the tree for text properties (yaml-typed-scalars.ts); what is left are the
 * Number and Date properties (valueNumeric, defaultValueNumeric, valueDate, defaultValueDate),
 * where SnakeYAML gave Liquibase a Double or a java.util.Date and the change types hold the JS
 * number's text or the date as written, for their SQL. Only the hashed copy is rewritten. Rules,
 * from Liquibase 4.28 runs:
 * - a Double prints as Java's Double.toString (`1.0`, `1500.0`, `1.5E-5`);
 * - a column's valueDate / defaultValueDate prints as `yyyy-MM-ddTHH:mm:ss` (seconds only); one
 *   written with an offset is not a date for the column and becomes valueComputed, Date.toString;
 * - addDefaultValue's defaultValueDate prints as the reader's text of a date (see javaText).
 * Liquibase formats dates in the JVM's time zone, so its checksum of an unquoted date depends on
 * the machine; dbops uses UTC, as CI runners and Liquibase's container image do.
 */
function withYamlTypedValues(change) {
    const typed = (0,yaml_typed_scalars/* javaTypedScalars */.ys)(change.location);
    if (!typed || typed.name !== change.type)
        return change;
    let params = retyped(change.params, typed.scalars, false);
    const columns = change.params.columns;
    const columnNodes = columnNodesOf(typed);
    if (Array.isArray(columns) && columnNodes.some((node) => node.scalars.size > 0)) {
        const hashed = columns.map((column, i) => {
            const node = columnNodes[i];
            return node && isParamObject(column) ? retyped(column, node.scalars, true) : column;
        });
        if (hashed.some((column, i) => column !== columns[i]))
            params = { ...params, columns: hashed };
    }
    return params === change.params ? change : { ...change, params };
}
/** The column nodes in the order the change types read them: `column` children, or those of a `columns` list. */
function columnNodesOf(node) {
    const columns = [];
    for (const child of node.children) {
        if (child.name !== 'column' && child.name !== 'columns')
            continue;
        const inner = child.children.filter((grandChild) => grandChild.name === 'column');
        columns.push(...(inner.length ? inner : [child]));
    }
    return columns;
}
const COLUMN_DATES = { valueDate: 'valueComputed', defaultValueDate: 'defaultValueComputed' };
function retyped(params, scalars, column) {
    let copy;
    const set = (name, value) => {
        copy ??= { ...params };
        if (value === undefined)
            delete copy[name];
        else
            copy[name] = value;
    };
    for (const [name, scalar] of scalars) {
        const current = params[name];
        if (scalar.type === 'Double') {
            // Only where the change type kept the number as text (`1`, or the reader's `1.0E7`).
            if (typeof current === 'string' && Number(current) === scalar.value)
                set(name, (0,yaml_typed_scalars/* javaText */.gM)(scalar));
            continue;
        }
        const computedField = column ? COLUMN_DATES[name] : undefined;
        if (computedField === undefined) {
            if (current === scalar.written)
                set(name, (0,yaml_typed_scalars/* javaText */.gM)(scalar));
        }
        else if (scalar.form === 'zoned') {
            if (typeof current === 'string' || params[computedField] === scalar.written) {
                set(name, undefined);
                set(computedField, (0,yaml_typed_scalars/* javaDateToString */.z3)(scalar.instant));
            }
        }
        else if (typeof current === 'string') {
            set(name, (0,yaml_typed_scalars/* isoSeconds */.nE)(scalar.instant, 'T'));
        }
    }
    return copy ?? params;
}
function isParamObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./checksum/changeset-checksum.js






/**
 * A changeset's checksum, as stored in MD5SUM (note §2.3): the string checksum of each applicable
 * change's checksum followed by `:`, then each applicable modifySql visitor's checksum followed by
 * `;`. v9 skips dbms-targeted changes (sql, sqlFile, createProcedure, insert) whose `dbms` does not
 * match the target.
 *
 * @example await changeSetChecksum(changeSet, 9, { dbms: 'postgresql', resources, expand: (t) => t }) // '9:10de…'
 */
async function changeSetChecksum(changeSet, version, context) {
    return (0,md5_checksum/* stringChecksum */.xh)(await changeSetChecksumText(changeSet, version, context), version);
}
/** The text the changeset checksum hashes (`9:…:9:…:` then visitors), for diagnostics and tests. */
async function changeSetChecksumText(changeSet, version, context) {
    let text = '';
    for (const change of changeSet.changes) {
        const type = registry/* changeTypes */.u.get(change.type);
        if (!type)
            throw new errors/* ChangelogError */.br(`Unknown change type '${change.type}'`, { location: change.location, changeSet });
        if (version === 9 && type.dbmsTargeted) {
            const dbms = change.params.dbms;
            if (typeof dbms === 'string' && !(0,dbms_filter/* dbmsMatches */.e)(dbms, context.dbms))
                continue;
        }
        const typed = withYamlTypedValues(change);
        const hashed = context.afterExecution ? asExecuted(typed) : typed;
        const checksum = await type.checksum(hashed, { version, dbms: context.dbms, resources: context.resources, changeSet, expand: context.expand });
        text += `${checksum}:`;
    }
    for (const visitor of changeSet.modifySql) {
        if (visitor.dbms && !(0,dbms_filter/* dbmsMatches */.e)(visitor.dbms, context.dbms))
            continue;
        if (context.modifySqlApplies && !context.modifySqlApplies(visitor))
            continue;
        text += `${modifySqlChecksum(visitor, version)};`;
    }
    return text;
}
/** The change as Liquibase's objects look after executing it (see afterExecution). */
function asExecuted(change) {
    const schema = change.params.schemaName;
    if ((change.type !== 'insert' && change.type !== 'update') || typeof schema !== 'string' || schema === '')
        return change;
    const columns = change.params.columns?.map((column) => {
        const qualified = { ...column };
        for (const field of ['valueSequenceNext', 'valueSequenceCurrent']) {
            const sequence = column[field];
            if (typeof sequence === 'string' && !sequence.includes('.'))
                qualified[field] = `${schema}.${sequence}`;
        }
        return qualified;
    });
    return { ...change, params: { ...change.params, columns: columns ?? [] } };
}


/***/ }),

/***/ 7296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZL: () => (/* binding */ planUpdate),
/* harmony export */   m3: () => (/* binding */ changeSetKey),
/* harmony export */   uc: () => (/* binding */ checksumContextOf)
/* harmony export */ });
/* harmony import */ var _changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6327);
/* harmony import */ var _checksum_changeset_checksum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(152);
/* harmony import */ var _changeset_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);



/** The identity Liquibase matches rows on: id and author case-insensitively, FILENAME normalised. */
function changeSetKey(id, author, filePath) {
    return `${id.toLowerCase()}\u0000${author.toLowerCase()}\u0000${(0,_changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeFilePath */ .j7)(filePath).toLowerCase()}`;
}
const ANY_CHECKSUM = new Set(['any', 'all', '*']);
/** Compares the changelog with DATABASECHANGELOG: what runs, what re-runs, what changed. */
async function planUpdate(context, ranChangeSets) {
    const rowKeys = ranChangeSets.map((row) => changeSetKey(row.id, row.author, row.filename));
    const rows = new Map(ranChangeSets.map((row, index) => [rowKeys[index], row]));
    const entries = [];
    const mismatches = [];
    const seen = new Set();
    for (const changeSet of orderByRunOrder(context.changeLog.changeSets)) {
        const key = changeSetKey(changeSet.id, changeSet.author, changeSet.filePath);
        seen.add(key);
        const ran = rows.get(key);
        const checksum = await checksumOf(context, changeSet, 9);
        const filter = (0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetFilter */ .B)(changeSet, context);
        if (!filter.included) {
            entries.push({ changeSet, checksum, ran, action: 'skip', reason: filter.reason });
            continue;
        }
        if (!ran) {
            entries.push({ changeSet, checksum, action: 'run' });
            continue;
        }
        const validation = await validateStoredChecksum(context, changeSet, ran, checksum);
        if (!validation.valid) {
            if (changeSet.runOnChange) {
                entries.push({ changeSet, checksum, ran, action: 'rerun', reason: `checksum changed (runOnChange): was ${ran.md5sum}, now ${checksum}` });
            }
            else if (changeSet.onValidationFail === 'MARK_RAN') {
                entries.push({ changeSet, checksum, ran, action: 'ran', upgradeChecksum: true, reason: 'checksum changed (onValidationFail=MARK_RAN)' });
            }
            else {
                mismatches.push({ changeSet, stored: ran.md5sum, current: checksum });
                entries.push({ changeSet, checksum, ran, action: 'ran' });
            }
            continue;
        }
        if (changeSet.runAlways) {
            entries.push({ changeSet, checksum, ran, action: 'rerun', reason: 'runAlways' });
        }
        else {
            entries.push({ changeSet, checksum, ran, action: 'ran', upgradeChecksum: validation.upgrade });
        }
    }
    const unexpected = ranChangeSets.filter((_, index) => !seen.has(rowKeys[index]));
    return { entries, mismatches, unexpected };
}
/**
 * Liquibase's validation of a stored checksum: NULL is refilled; `ANY` accepts anything; otherwise
 * the checksum is recomputed with the stored value's own algorithm version and compared, and
 * `validCheckSum` values are accepted too. A valid value older than v9 is upgraded.
 */
async function validateStoredChecksum(context, changeSet, ran, current) {
    const stored = ran.md5sum;
    if (stored === null || stored === '')
        return { valid: true, upgrade: true };
    const accepted = changeSet.validCheckSums.map((value) => value.trim());
    if (accepted.some((value) => ANY_CHECKSUM.has(value.toLowerCase())))
        return { valid: true, upgrade: !stored.startsWith('9:') };
    const version = checksumVersion(stored);
    let recomputed = current;
    if (version < 9) {
        const v8 = await checksumOf(context, changeSet, 8);
        // Versions 1-7 have no algorithm of their own: the v8 one runs and keeps the stored prefix.
        recomputed = version === 8 ? v8 : `${version}:${v8.slice(v8.indexOf(':') + 1)}`;
    }
    const valid = recomputed === stored || accepted.includes(stored) || accepted.includes(current) || accepted.includes(recomputed);
    return { valid, upgrade: valid && version < 9 };
}
function checksumVersion(stored) {
    if (stored.startsWith('9:'))
        return 9;
    const match = /^(\d+):/.exec(stored);
    return match ? Number(match[1]) : 1;
}
/**
 * A changeset's checksum for this run, computed once: update plans twice (before taking the lock,
 * to return early when nothing is pending, and again under the lock), and the changelog does not
 * change in between. Keyed by the context too, since the dbms and filters are part of it.
 */
const checksums = new WeakMap();
function checksumOf(context, changeSet, version) {
    let byVersion = checksums.get(context);
    if (!byVersion)
        checksums.set(context, (byVersion = [new Map(), new Map()]));
    const memo = byVersion[version === 9 ? 0 : 1];
    let checksum = memo.get(changeSet);
    if (!checksum)
        memo.set(changeSet, (checksum = (0,_checksum_changeset_checksum_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetChecksum */ .Q)(changeSet, version, checksumContextOf(context))));
    return checksum;
}
/** What the checksum of a changeset depends on in this run: the dbms and the modifySql filters. */
function checksumContextOf(context) {
    return {
        dbms: context.dialect.name,
        resources: context.resources,
        expand: context.expand,
        modifySqlApplies: (visitor) => (0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .modifySqlApplies */ .T)(visitor, context),
    };
}
/** `runOrder="first|last"` moves a changeset within the whole flattened list (Liquibase #7392). */
function orderByRunOrder(changeSets) {
    if (!changeSets.some((changeSet) => changeSet.runOrder))
        return changeSets;
    return [
        ...changeSets.filter((changeSet) => changeSet.runOrder === 'first'),
        ...changeSets.filter((changeSet) => !changeSet.runOrder),
        ...changeSets.filter((changeSet) => changeSet.runOrder === 'last'),
    ];
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


/***/ })

};

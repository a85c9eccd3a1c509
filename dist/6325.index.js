export const id = 6325;
export const ids = [6325];
export const modules = {

/***/ 308:
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
        const hashed = context.afterExecution ? asExecuted(change) : change;
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
/* harmony import */ var _checksum_changeset_checksum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
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
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);

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
    const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(executable, args, { encoding: 'utf8', timeout: timeoutMs || undefined, stdio: ['ignore', 'pipe', 'pipe'] });
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
/* harmony export */   B: () => (/* binding */ readTrackingRows),
/* harmony export */   u: () => (/* binding */ openTrackingSession)
/* harmony export */ });
/* harmony import */ var _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6099);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4806);


/**
 * Creates the tracking tables if needed and takes the lock. With a script runner (the *-sql
 * commands) nothing is changed: the statements that would run are written to the script instead.
 */
async function openTrackingSession(context, runner, options) {
    const { db, tracking } = context;
    const changelogTableExisted = await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(db, tracking.schema, tracking.names.changelogTable);
    if (options.sqlOnly) {
        const lockTableExists = await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(db, tracking.schema, tracking.names.lockTable);
        if (!lockTableExists) {
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
            ranChangeSets: changelogTableExisted ? await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking) : [],
            changelogTableExisted,
            release: async () => {
                runner.comment('Release Database Lock');
                await runner.run(tracking.releaseLock());
            },
        };
    }
    const lock = new _tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .LockService */ .FQ(db, tracking, { ...context.lock, logger: context.logger });
    await lock.ensureTable();
    await lock.acquire();
    try {
        if (!changelogTableExisted) {
            await (0,_tracking_lock_service_js__WEBPACK_IMPORTED_MODULE_0__/* .retryOnRace */ .di)(async () => {
                if (!(await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(db, tracking.schema, tracking.names.changelogTable)))
                    await db.exec(tracking.createChangelogTable());
            });
        }
        return {
            ranChangeSets: await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking),
            changelogTableExisted,
            release: () => lock.release(),
        };
    }
    catch (error) {
        await lock.release();
        throw error;
    }
}
/** Reads DATABASECHANGELOG without locking or creating anything (status, history). */
async function readTrackingRows(context) {
    const { db, tracking } = context;
    if (!(await (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(db, tracking.schema, tracking.names.changelogTable)))
        return [];
    return (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .readRanChangeSets */ .NB)(db, tracking);
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
    /** Creates the lock table and its row if missing; safe when several processes race. */
    async ensureTable() {
        await retryOnRace(async () => {
            if (!(await (0,_tracking_tables_js__WEBPACK_IMPORTED_MODULE_1__/* .tableExists */ .F9)(this.db, this.sql.schema, this.sql.names.lockTable))) {
                await this.db.exec(this.sql.createLockTable());
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
    async acquire() {
        const started = Date.now();
        let announced = false;
        for (;;) {
            const result = await this.db.query(this.sql.acquireLock(this.lockedBy));
            if (result.rowCount === 1) {
                this.held = true;
                return;
            }
            if (result.rowCount > 1)
                throw new Error(`${this.sql.lockTable} has ${result.rowCount} rows with ID 1; it should have one`);
            const holder = await this.status();
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

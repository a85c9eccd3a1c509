export const id = 3813;
export const ids = [3813,6709];
export const modules = {

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

/***/ 4235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   futureRollbackSql: () => (/* binding */ futureRollbackSql),
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _changeset_filter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5610);
/* harmony import */ var _changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2634);
/* harmony import */ var _plan_update_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7296);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9145);
/* harmony import */ var _statement_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1205);
/* harmony import */ var _tracking_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7823);







/**
 * Undoes applied changesets, newest first, each in one transaction with the removal of its
 * tracking row. Every rollback is generated before anything runs: a changeset without a usable
 * rollback stops the command before it changes anything.
 */
async function rollback(context, target, options = {}) {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .startResult */ .K9)(options.command ?? (options.sqlOnly ? 'rollback-sql' : 'rollback'), context.db.displayName, context.changeLog.rootPath);
    const runner = options.sqlOnly ? new _statement_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .ScriptStatementRunner */ .Je(context.db) : new _statement_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .DatabaseStatementRunner */ .$Q(context.db);
    if (options.sqlOnly)
        runner.comment(`Rollback of ${context.changeLog.rootPath} against ${context.db.displayName}`);
    let session;
    try {
        session = await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_6__/* .openTrackingSession */ .uu)(context, runner, { sqlOnly: options.sqlOnly ?? false });
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .failResult */ .a2)(result, error);
        result.durationMs = Date.now() - started;
        return result;
    }
    try {
        const rows = selectRows(session.ranChangeSets, target, context);
        const plans = await planRollbacks(context, rows);
        let halted = false;
        for (const plan of plans) {
            if (halted) {
                result.changeSets.push((0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .changeSetResult */ .e7)(plan.changeSet, 'notExecuted'));
                continue;
            }
            const begun = Date.now();
            if (options.sqlOnly)
                runner.comment(`Rolling Back Changeset: ${plan.changeSet.filePath}::${plan.changeSet.id}::${plan.changeSet.author}`);
            try {
                const inTransaction = plan.changeSet.runInTransaction && !plan.statements.some((s) => s.nonTransactional || context.dialect.requiresAutocommit(s.sql));
                await runner.runChangeSet(plan.statements, [context.tracking.deleteRow(plan.row.id, plan.row.author, plan.row.filename)], inTransaction);
                result.changeSets.push((0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .changeSetResult */ .e7)(plan.changeSet, 'rolledBack', { description: plan.description, sql: plan.statements.map((s) => s.sql), durationMs: Date.now() - begun, reason: plan.reason }));
            }
            catch (error) {
                halted = true;
                const failed = (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .changeSetResult */ .e7)(plan.changeSet, 'failed', { description: plan.description, sql: plan.statements.map((s) => s.sql), error: (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .statementError */ .uQ)(error), durationMs: Date.now() - begun });
                result.changeSets.push(failed);
                result.ok = false;
                result.error = { message: `Rollback of changeset ${plan.changeSet.filePath}::${plan.changeSet.id}::${plan.changeSet.author} failed: ${failed.error.message}`, changeSet: failed, detail: failed.error };
            }
        }
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .failResult */ .a2)(result, error);
    }
    finally {
        try {
            await session.release();
        }
        catch (error) {
            if (result.ok)
                (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .failResult */ .a2)(result, error);
        }
    }
    if (runner instanceof _statement_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .ScriptStatementRunner */ .Je)
        result.script = runner.script;
    result.durationMs = Date.now() - started;
    return result;
}
/** The rollback SQL of changesets that are not applied yet, newest first (future-rollback-sql). */
async function futureRollbackSql(context, options = {}) {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .startResult */ .K9)('future-rollback-sql', context.db.displayName, context.changeLog.rootPath);
    const runner = new _statement_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .ScriptStatementRunner */ .Je(context.db);
    runner.comment(`Rollback of the changesets of ${context.changeLog.rootPath} not yet applied to ${context.db.displayName}`);
    try {
        const ran = new Set((await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_6__/* .readTrackingRows */ .B0)(context)).map((row) => (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(row.id, row.author, row.filename)));
        let pending = context.changeLog.changeSets.filter((changeSet) => !ran.has((0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(changeSet.id, changeSet.author, changeSet.filePath)) && (0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetFilter */ .B)(changeSet, context).included);
        if (options.count !== undefined)
            pending = pending.slice(0, options.count);
        for (const changeSet of [...pending].reverse()) {
            const statements = await (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackStatements */ .ro)(changeSet, context.changeLog, (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlContextOf */ .tR)(context));
            runner.comment(`Rolling Back Changeset: ${changeSet.filePath}::${changeSet.id}::${changeSet.author}`);
            await runner.runChangeSet(statements, [context.tracking.deleteRow(changeSet.id, changeSet.author, changeSet.filePath)], changeSet.runInTransaction);
            result.changeSets.push((0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .changeSetResult */ .e7)(changeSet, 'pending', { description: (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetDescription */ .rQ)(changeSet), sql: statements.map((s) => s.sql) }));
        }
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_4__/* .failResult */ .a2)(result, error);
    }
    result.script = runner.script;
    result.durationMs = Date.now() - started;
    return result;
}
/** Rows to undo, newest first. */
function selectRows(rows, target, context) {
    let selected;
    if ('tag' in target) {
        // Liquibase's AfterTagChangeSetFilter (tag version OLDEST, the default): the rows after the
        // oldest row carrying the tag, except rows carrying the same tag again.
        const carriesTag = (row) => row.tag !== null && row.tag.toLowerCase() === target.tag.toLowerCase();
        const tagIndex = rows.findIndex(carriesTag);
        if (tagIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not find tag '${target.tag}' in the database (DATABASECHANGELOG has no row with that TAG)`);
        selected = rows.slice(tagIndex + 1).filter((row) => !carriesTag(row));
        const tagRow = rows[tagIndex];
        // A changeset that only tags the database is undone with what follows it, unless it keeps its tag.
        if (tagRow.description?.trim() === 'tagDatabase' && !keepsTagOnRollback(tagRow, context))
            selected.unshift(tagRow);
    }
    else if ('count' in target) {
        if (!Number.isInteger(target.count) || target.count < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--count must be a non-negative whole number, got ${target.count}`);
        selected = target.count === 0 ? [] : rows.slice(-target.count);
    }
    else if ('date' in target) {
        if (Number.isNaN(target.date.getTime()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('--date is not a valid date (use ISO 8601, e.g. 2026-11-24T10:00:00)');
        selected = rows.filter((row) => row.dateExecuted.getTime() > target.date.getTime());
    }
    else {
        const wanted = new Set(target.changeSets.map((id) => (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(id.id, id.author, id.filePath)));
        selected = rows.filter((row) => wanted.has((0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(row.id, row.author, row.filename)));
    }
    return [...selected].reverse();
}
function keepsTagOnRollback(row, context) {
    const changeSet = findChangeSet(context, row);
    const tagChange = changeSet?.changes.find((change) => change.type === 'tagDatabase');
    return tagChange?.params.keepTagOnRollback === true;
}
/** Generates every rollback first, so a missing one fails the command before anything changes. */
async function planRollbacks(context, rows) {
    const plans = [];
    for (const row of rows) {
        const changeSet = findChangeSet(context, row);
        if (!changeSet) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot roll back ${row.filename}::${row.id}::${row.author}: the changelog does not contain this changeset (was it removed or renamed?)`);
        }
        if (row.execType === 'MARK_RAN') {
            // Nothing of it ran; only its row goes.
            plans.push({ row, changeSet, statements: [], description: (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetDescription */ .rQ)(changeSet), reason: 'was MARK_RAN: row removed, nothing to undo' });
            continue;
        }
        const statements = await (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackStatements */ .ro)(changeSet, context.changeLog, (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .sqlContextOf */ .tR)(context));
        plans.push({ row, changeSet, statements, description: (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetDescription */ .rQ)(changeSet) });
    }
    return plans;
}
function findChangeSet(context, row) {
    const key = (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(row.id, row.author, row.filename);
    return context.changeLog.changeSets.find((changeSet) => (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetKey */ .m3)(changeSet.id, changeSet.author, changeSet.filePath) === key);
}


/***/ }),

/***/ 6709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   status: () => (/* binding */ status),
/* harmony export */   unexpectedChangeSets: () => (/* binding */ unexpectedChangeSets)
/* harmony export */ });
/* harmony import */ var _plan_update_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7296);
/* harmony import */ var _validate_changelog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1158);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9145);
/* harmony import */ var _tracking_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7823);




/**
 * What update would do, without locking or creating anything: pending changesets, applied ones,
 * filtered ones, and checksum mismatches (`validate` fails on those).
 */
async function status(context, command = 'status') {
    const started = Date.now();
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .startResult */ .K9)(command, context.db.displayName, context.changeLog.rootPath);
    try {
        const rows = await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrackingRows */ .B0)(context);
        const plan = await (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_0__/* .planUpdate */ .ZL)(context, rows);
        const mismatched = new Map(plan.mismatches.map((m) => [m.changeSet, m]));
        for (const entry of plan.entries) {
            const mismatch = mismatched.get(entry.changeSet);
            const state = entry.action === 'ran' ? 'applied' : entry.action === 'skip' ? 'skipped' : 'pending';
            result.changeSets.push((0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetResult */ .e7)(entry.changeSet, state, {
                checksum: entry.checksum,
                reason: mismatch ? `checksum changed: was ${mismatch.stored}, now ${mismatch.current}` : entry.reason,
                description: entry.ran?.description ?? '',
            }));
        }
        if (plan.mismatches.length > 0) {
            result.ok = false;
            result.error = {
                message: `${plan.mismatches.length} applied changeset${plan.mismatches.length === 1 ? '' : 's'} changed since ${plan.mismatches.length === 1 ? 'it was' : 'they were'} applied (checksum mismatch): ${plan.mismatches
                    .map((m) => `${m.changeSet.filePath}::${m.changeSet.id}::${m.changeSet.author}`)
                    .join(', ')}`,
            };
        }
        if (command === 'validate' && result.ok) {
            // As Liquibase's validate: changelog preconditions (HALT) and what this database refuses.
            await (0,_validate_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .checkChangeLogPreconditions */ .wU)(context, rows);
            const problems = (0,_validate_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .validationProblems */ .gw)(context);
            if (problems.length > 0)
                throw (0,_validate_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .validationError */ .cJ)(problems);
        }
    }
    catch (error) {
        (0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .failResult */ .a2)(result, error);
    }
    result.durationMs = Date.now() - started;
    return result;
}
/** `unexpected-changesets`: DATABASECHANGELOG rows of changesets the changelog does not contain. */
async function unexpectedChangeSets(context) {
    return (await (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_0__/* .planUpdate */ .ZL)(context, await (0,_tracking_session_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrackingRows */ .B0)(context))).unexpected;
}


/***/ }),

/***/ 3813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runRollbackVerification),
  verifyRollbacks: () => (/* binding */ verifyRollbacks)
});

// EXTERNAL MODULE: ./diff/diff-snapshots.js + 5 modules
var diff_snapshots = __webpack_require__(1536);
// EXTERNAL MODULE: ./diff/model.js
var model = __webpack_require__(8343);
// EXTERNAL MODULE: ./engine/changeset-sql.js
var changeset_sql = __webpack_require__(2634);
// EXTERNAL MODULE: ./engine/history.js
var engine_history = __webpack_require__(8583);
// EXTERNAL MODULE: ./engine/plan-update.js
var plan_update = __webpack_require__(7296);
// EXTERNAL MODULE: ./engine/rollback.js
var rollback = __webpack_require__(4235);
// EXTERNAL MODULE: ./engine/status.js
var engine_status = __webpack_require__(6709);
// EXTERNAL MODULE: ./engine/update.js + 1 modules
var update = __webpack_require__(6882);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./logger.js
var logger_0 = __webpack_require__(9594);
// EXTERNAL MODULE: ./snapshot/take-snapshot.js + 11 modules
var take_snapshot = __webpack_require__(3752);
;// CONCATENATED MODULE: ./verify/data-fingerprint.js
/** Above this many rows only the count is compared: hashing a big table per changeset is not cheap. */
const DEFAULT_MAX_HASHED_ROWS = 10_000;
/**
 * The tables a changeset's SQL (forward and rollback) names, among those that exist: a plain
 * word match on the statement text. It over-approximates (a column named like a table matches
 * too), which only costs a count; it cannot miss a table a statement names, only one a function
 * or trigger reaches indirectly.
 */
function tablesNamedIn(sqlTexts, tables) {
    const text = sqlTexts.join('\n').toLowerCase();
    return tables.filter((table) => new RegExp(`(^|[^\\w$])${escapeRegExp(table.name.toLowerCase())}($|[^\\w$])`).test(text));
}
/**
 * Row count and, up to `maxRows`, md5 of the rows ordered by their text, so the digest does not
 * depend on physical order (an UPDATE and its inverse move rows around).
 */
async function fingerprintTables(db, tables, maxRows = DEFAULT_MAX_HASHED_ROWS) {
    const fingerprints = new Map();
    for (const table of tables) {
        const relation = `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;
        const counted = await db.query(`SELECT count(*)::text AS rows FROM ${relation}`);
        const rows = Number(counted.rows[0]?.rows ?? 0);
        let digest;
        if (rows <= maxRows) {
            const hashed = await db.query(`SELECT md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest FROM ${relation} AS r`);
            digest = hashed.rows[0]?.digest;
        }
        fingerprints.set(tableKey(table), digest === undefined ? { rows } : { rows, digest });
    }
    return fingerprints;
}
/** `table publication: rows differ (3 before, 0 after rollback)`, one line per table that differs. */
function dataDifferenceLines(before, after, display, tables) {
    const lines = [];
    for (const table of tables) {
        const a = before.get(tableKey(table));
        const b = after.get(tableKey(table));
        if (!a || !b)
            continue;
        if (a.rows !== b.rows)
            lines.push(`table ${display(table)}: rows differ (${a.rows} before, ${b.rows} after rollback)`);
        else if (a.digest !== undefined && b.digest !== undefined && a.digest !== b.digest) {
            lines.push(`table ${display(table)}: row contents differ (${a.rows} row${a.rows === 1 ? '' : 's'} before and after rollback)`);
        }
    }
    return lines;
}
function tableKey(table) {
    return `${table.schema}.${table.name}`;
}
function quoteIdentifier(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./verify/difference-lines.js
/** Reference: the schema before the changeset; target: the schema after its rollback. */
const ROLLBACK_WORDING = {
    onlyInTarget: 'still present',
    onlyInReference: 'missing after rollback',
    reference: 'before',
    target: 'after rollback',
};
/** Reference: the schema after the first apply; target: after the rollback and a second apply. */
const REAPPLY_WORDING = {
    onlyInTarget: 'present only after re-applying it',
    onlyInReference: 'missing after re-applying it',
    reference: 'after the first apply',
    target: 'after re-applying it',
};
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
/** Longest value shown in a line; view and function bodies are longer than a review comment wants. */
const MAX_VALUE_LENGTH = 80;
/**
 * One short line per difference, attribute by attribute, with names as the user wrote them
 * (the default schema left out): `table person: column nickname still present`,
 * `table person: column name type: character varying(100) before, text after rollback`.
 * Made for diffs taken with `detectRenames: false`: a rename that was not undone reads as the old
 * name missing and the new one still present, which says exactly what the rollback forgot.
 */
function differenceLines(diff, wording, defaultSchema) {
    const name = (schema, object) => (schema === defaultSchema ? object : `${schema}.${object}`);
    const lines = [];
    for (const entry of diff.unexpected)
        lines.push(`${label(entry, name)} ${wording.onlyInTarget}`);
    for (const entry of diff.missing)
        lines.push(`${label(entry, name)} ${wording.onlyInReference}`);
    for (const entry of diff.changed) {
        for (const difference of entry.differences)
            lines.push(`${label(entry, name)} ${attributeText(difference, wording)}`);
    }
    return lines;
}
/** `table person: column nickname`, `type mood`, `table orders: trigger audit`. */
function label(entry, name) {
    const kind = KIND_LABELS[entry.kind];
    if ('relation' in entry && entry.relation) {
        const owner = `${entry.relation.materializedView ? 'materialized view' : 'table'} ${name(entry.relation.schema, entry.relation.name)}`;
        return `${owner}: ${kind} ${objectName(entry)}`;
    }
    const object = 'object' in entry ? entry.object : entry.reference;
    if (entry.kind === 'trigger') {
        const trigger = object;
        return `table ${name(trigger.schema, trigger.table)}: trigger ${trigger.name}`;
    }
    if (entry.kind === 'schema' || entry.kind === 'extension')
        return `${kind} ${entry.id}`;
    // Other ids are `schema.name` (functions `schema.name(arguments)`).
    const { schema } = object;
    return `${kind} ${entry.id.startsWith(`${schema}.`) ? name(schema, entry.id.slice(schema.length + 1)) : entry.id}`;
}
function objectName(entry) {
    const object = 'object' in entry ? entry.object : entry.reference;
    return object.name ?? entry.id;
}
function attributeText(difference, wording) {
    return `${difference.attribute}: ${show(difference.reference)} ${wording.reference}, ${show(difference.target)} ${wording.target}`;
}
function show(value) {
    if (value === undefined || value === null)
        return '(none)';
    const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, ' ').trim();
    return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

;// CONCATENATED MODULE: ./verify/rollback-verify.js













/**
 * Applies each pending changeset alone, rolls it back, and compares the schema (and with
 * `compareData` the rows of the tables it names) with what it was before; then applies it again
 * and moves on. Run it against a throwaway database: it really applies and rolls back.
 *
 * Never throws for a changeset's failure: each gets a status — `verified`; `mismatch` with the
 * differences, one line each (`table person: column nickname still present`), also when the
 * rollback "worked" but applying the changeset again fails or builds something else; `no-rollback`
 * (no explicit rollback and no automatic inverse), after which it stays applied and verification
 * goes on; `error` with the statement and what the database said. A changeset that does not apply
 * stops the run (what follows depends on it: the rest are `skipped`); a rollback statement that
 * fails does not, when the database is left as the changeset made it.
 * Throws only when the run cannot start: the tracking table cannot be read, an applied changeset
 * changed (checksum), or `changeSets` names one that is not pending.
 *
 * @example
 * const { context, close } = await openEngine({ changelogFile: 'db/changelog.xml', searchPath: ['.'], logger });
 * const result = await verifyRollbacks(context, { logger });
 * for (const v of result.verifications) console.log(v.status, v.id, ...(v.differences ?? []));
 * await close();
 */
async function verifyRollbacks(context, options) {
    return (await runRollbackVerification(context, options)).result;
}
/** `verifyRollbacks`, also saying where a fresh database could take over (see `resumeAfter`). */
async function runRollbackVerification(context, options) {
    const started = Date.now();
    // The engine's progress events would describe every apply and rollback of every step; this
    // command reports once per changeset, through the logger.
    const engine = { ...context, onProgress: undefined };
    const targets = await selectTargets(engine, options.changeSets ?? 'pending', options.logger);
    const verifier = new ChangeSetVerifier(engine, options);
    const verifications = [];
    let stoppedAt;
    let resumeAfter;
    for (const [index, changeSet] of targets.entries()) {
        if (stoppedAt) {
            verifications.push(verification(changeSet, 'skipped'));
            continue;
        }
        const begun = Date.now();
        const outcome = await verifier.verify(changeSet).catch(
        // Not the changeset's failure but the run's (the connection dropped, a catalog query
        // failed): reported on the changeset it happened at, and nothing after it is tried.
        (error) => ({ verification: verification(changeSet, 'error', { error: { message: `verification failed: ${error?.message ?? String(error)}` } }), stop: 'final' }));
        verifications.push(outcome.verification);
        options.logger.info(`[${index + 1}/${targets.length}] ${outcome.verification.status.padEnd(11)} ${rollback_verify_label(changeSet)} (${Date.now() - begun} ms)`);
        if (outcome.stop) {
            stoppedAt = changeSet;
            if (outcome.stop === 'resumable')
                resumeAfter = { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath };
            const rest = targets.length - index - 1;
            const after = `the ${rest === 1 ? 'changeset' : `${rest} changesets`} after it`;
            if (rest > 0 && outcome.stop === 'resumable')
                options.logger.warn(`${rollback_verify_label(changeSet)}: after its rollback it cannot be applied again on this database, so ${after} cannot be verified here`);
            else if (rest > 0)
                options.logger.warn(`${rollback_verify_label(changeSet)} did not apply: ${after} depend${rest === 1 ? 's' : ''} on it and ${rest === 1 ? 'is' : 'are'} not verified`);
        }
    }
    const ok = verifications.every((v) => v.status !== 'mismatch' && v.status !== 'error');
    return { result: { changelog: context.changeLog.rootPath, ok, verifications, durationMs: Date.now() - started }, ...(resumeAfter ? { resumeAfter } : {}) };
}
/** One changeset at a time; remembers the snapshot of the database as it is now, to take it once. */
class ChangeSetVerifier {
    context;
    options;
    current;
    /** Pending changesets this run has applied or verified; some stay pending (runAlways, CONTINUE). */
    handled = new Set();
    snapshots = 0;
    constructor(context, options) {
        this.context = context;
        this.options = options;
    }
    async verify(changeSet) {
        const key = keyOf(changeSet);
        let pending = await pendingKeys(this.context);
        let index = pending.indexOf(key);
        if (index < 0)
            return { verification: verification(changeSet, 'skipped') };
        // update applies pending changesets in order, so those before this one that the run has not
        // handled (not asked for) are applied first, unverified.
        if (pending.slice(0, index).some((k) => !this.handled.has(k))) {
            const prepared = await (0,update.update)(this.context, { command: 'update-count', count: index });
            this.current = undefined;
            for (const k of pending.slice(0, index))
                this.handled.add(k);
            if (!prepared.ok)
                return failure(changeSet, 'could not apply the changesets before it', runError(prepared, key), 'final');
            pending = await pendingKeys(this.context);
            index = pending.indexOf(key);
            if (index < 0)
                return { verification: verification(changeSet, 'skipped') };
        }
        this.handled.add(key);
        // What is still pending ahead of it runs again on every update (runAlways, or a precondition
        // that said CONTINUE): the count takes it along.
        const count = index + 1;
        const before = this.current ?? (await this.snapshot());
        const tables = this.options.compareData ? await this.tablesOf(changeSet, before) : [];
        const dataBefore = this.options.compareData ? await fingerprintTables(this.context.db, tables) : undefined;
        const applied = await (0,update.update)(this.context, { command: 'update-count', count });
        this.current = undefined;
        const own = resultOf(applied, key);
        if (!applied.ok)
            return failure(changeSet, 'apply failed', runError(applied, key), 'final', own);
        if (own?.state === 'skipped' || own?.state === 'markRan') {
            // Nothing of it ran (a precondition said so): there is nothing to roll back.
            this.current = before;
            return { verification: verification(changeSet, 'skipped', { description: own.description }) };
        }
        if (own?.state !== 'executed' && own?.state !== 'reran') {
            return failure(changeSet, 'apply failed', { message: `the update did not run it (${own?.state ?? 'not in the plan'})` }, 'final', own);
        }
        const after = await this.snapshot();
        const description = own.description || describe(changeSet);
        const undone = await (0,rollback.rollback)(this.context, { changeSets: [{ id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath }] });
        if (!undone.ok)
            return this.rollbackFailed(changeSet, undone, after, description);
        if (!undone.changeSets.some((c) => keyOf(c) === key && c.state === 'rolledBack')) {
            return failure(changeSet, 'rollback failed', { message: 'the rollback did not undo it (its DATABASECHANGELOG row was not found)' }, 'final', own);
        }
        const afterRollback = await this.snapshot();
        const differences = differenceLines((0,diff_snapshots.diffSnapshots)(before, afterRollback, { detectRenames: false }), ROLLBACK_WORDING, this.context.dialect.defaultSchema);
        if (dataBefore) {
            const remaining = tables.filter((t) => afterRollback.tables.some((a) => a.schema === t.schema && a.name === t.name));
            const dataAfter = await fingerprintTables(this.context.db, remaining);
            differences.push(...dataDifferenceLines(dataBefore, dataAfter, (t) => this.display(t), remaining));
        }
        // Applying it again moves on to the next changeset, and shows what the snapshot cannot:
        // a rollback that left a policy or a role behind makes the re-apply fail.
        const again = await (0,update.update)(this.context, { command: 'update-count', count });
        this.current = undefined;
        const ownAgain = resultOf(again, key);
        if (!again.ok || (ownAgain?.state !== 'executed' && ownAgain?.state !== 'reran')) {
            const error = again.ok ? { message: `it did not run (${ownAgain?.state ?? 'not in the plan'}${ownAgain?.reason ? `: ${ownAgain.reason}` : ''})` } : runError(again, key);
            differences.push(`re-applying it after the rollback failed: ${error.message}${differences.length ? '' : ' (the rollback left behind something the schema comparison does not show)'}`);
            return {
                verification: verification(changeSet, 'mismatch', { description, differences, error: { ...error, message: `re-apply after rollback failed: ${error.message}` } }),
                stop: 'resumable',
            };
        }
        const reapplied = await this.snapshot();
        differences.push(...differenceLines((0,diff_snapshots.diffSnapshots)(after, reapplied, { detectRenames: false }), REAPPLY_WORDING, this.context.dialect.defaultSchema));
        this.current = reapplied;
        return { verification: verification(changeSet, differences.length ? 'mismatch' : 'verified', { description, ...(differences.length ? { differences } : {}) }) };
    }
    /** No rollback to generate (nothing ran), or a rollback statement that failed. */
    async rollbackFailed(changeSet, undone, after, description) {
        const failed = undone.changeSets.find((c) => c.state === 'failed');
        if (!failed) {
            // The engine generates every rollback before it runs anything: the database is as the
            // changeset left it, and verification goes on with it applied.
            this.current = after;
            const message = undone.error?.message ?? 'no rollback could be generated';
            if (!(0,changeset_sql/* hasRollback */.zI)(changeSet) || /no inverse/i.test(message)) {
                return { verification: verification(changeSet, 'no-rollback', { description, error: { message } }) };
            }
            return { verification: verification(changeSet, 'error', { description, error: { message: `rollback did not run: ${message}` } }) };
        }
        const error = { ...(failed.error ?? { message: 'unknown error' }) };
        error.message = `rollback failed: ${error.message}`;
        // In one transaction the failed rollback undid nothing, and the next changeset can be verified
        // on top of this one. Outside one (runInTransaction: false) part of it may have run.
        const now = await this.snapshot();
        if ((0,model/* isEmptyDiff */.$)((0,diff_snapshots.diffSnapshots)(after, now, { detectRenames: false }))) {
            this.current = after;
            return { verification: verification(changeSet, 'error', { description, error }) };
        }
        error.message += ' (part of the rollback ran: the database is left neither before nor after this changeset)';
        return { verification: verification(changeSet, 'error', { description, error }), stop: 'resumable' };
    }
    async snapshot() {
        const { names } = this.context.tracking;
        // The first snapshot says which object kinds this server cannot describe; the others would repeat it.
        const logger = this.snapshots++ === 0 ? this.options.logger : logger_0/* silentLogger */.q;
        return (0,take_snapshot.takeSnapshot)(this.context.db, { trackingTables: [names.changelogTable, names.lockTable], clock: null, logger });
    }
    /** The existing tables the changeset's SQL or its rollback's names; all of them if it cannot be generated. */
    async tablesOf(changeSet, before) {
        const all = before.tables.map((t) => ({ schema: t.schema, name: t.name }));
        const sql = [];
        const generate = (0,changeset_sql/* sqlContextOf */.tR)(this.context);
        try {
            sql.push(...(await (0,changeset_sql/* changeSetStatements */.Xh)(changeSet, generate)).map((s) => s.sql));
            sql.push(...(await (0,changeset_sql/* rollbackStatements */.ro)(changeSet, this.context.changeLog, generate)).map((s) => s.sql));
        }
        catch {
            if (sql.length === 0)
                return all;
        }
        return tablesNamedIn(sql, all);
    }
    display(table) {
        return table.schema === this.context.dialect.defaultSchema ? table.name : `${table.schema}.${table.name}`;
    }
}
/** The changesets to verify, in the order update applies them. */
async function selectTargets(context, wanted, logger) {
    const planned = await (0,engine_status.status)(context);
    if (!planned.ok)
        throw runFailure(planned);
    const ran = await (0,engine_history.history)(context);
    if (!ran.ok)
        throw runFailure(ran);
    const recorded = new Set(ran.changeSets.map(keyOf));
    const byKey = new Map(context.changeLog.changeSets.map((changeSet) => [keyOf(changeSet), changeSet]));
    const pending = [];
    for (const entry of planned.changeSets) {
        const changeSet = entry.state === 'pending' ? byKey.get(keyOf(entry)) : undefined;
        if (!changeSet)
            continue;
        if (changeSet.runAlways && recorded.has(keyOf(changeSet))) {
            // It runs on every update and was verified when it first ran; rolling it back now would
            // compare against its own earlier run.
            logger.debug(`${rollback_verify_label(changeSet)} is runAlways and already applied: not verified again`);
            continue;
        }
        pending.push(changeSet);
    }
    if (wanted === 'pending')
        return pending;
    const asked = new Set(wanted.map(keyOf));
    const selected = pending.filter((changeSet) => asked.has(keyOf(changeSet)));
    if (selected.length < asked.size) {
        const found = new Set(selected.map(keyOf));
        const missing = wanted.filter((id) => !found.has(keyOf(id))).map((id) => `${id.filePath}::${id.id}::${id.author}`);
        throw new errors/* ConfigurationError */.j1(`Cannot verify the rollback of ${missing.join(', ')}: not a pending changeset of ${context.changeLog.rootPath} on ${context.db.displayName}`);
    }
    return selected;
}
/** Keys of the changesets update would run next, in its order. */
async function pendingKeys(context) {
    const planned = await (0,engine_status.status)(context);
    if (!planned.ok)
        throw runFailure(planned);
    return planned.changeSets.filter((c) => c.state === 'pending').map(keyOf);
}
function runFailure(result) {
    const message = result.error?.message ?? `${result.command} failed`;
    // A result without detail failed on configuration (checksums, lock settings), not on the database.
    return result.error?.detail ? new Error(message) : new errors/* ConfigurationError */.j1(message);
}
function resultOf(result, key) {
    return result.changeSets.find((c) => keyOf(c) === key && c.state !== 'applied');
}
/** The failed changeset's statement and database message (named when it is not the one verified), else the run's error. */
function runError(result, key) {
    const failed = result.changeSets.find((c) => c.state === 'failed');
    if (failed?.error)
        return keyOf(failed) === key ? failed.error : { ...failed.error, message: `${rollback_verify_label(failed)}: ${failed.error.message}` };
    return { ...(result.error?.detail ?? {}), message: result.error?.message ?? `${result.command} failed` };
}
function failure(changeSet, what, error, stop, own) {
    return { verification: verification(changeSet, 'error', { description: own?.description || describe(changeSet), error: { ...error, message: `${what}: ${error.message}` } }), stop };
}
function verification(changeSet, status, extra = {}) {
    return {
        id: changeSet.id,
        author: changeSet.author,
        filePath: changeSet.filePath,
        sourceFile: changeSet.location.file,
        ...(changeSet.location.line !== undefined ? { line: changeSet.location.line } : {}),
        description: describe(changeSet),
        status,
        ...extra,
    };
}
function describe(changeSet) {
    try {
        return (0,changeset_sql/* changeSetDescription */.rQ)(changeSet);
    }
    catch {
        return '';
    }
}
function keyOf(changeSet) {
    return (0,plan_update/* changeSetKey */.m3)(changeSet.id, changeSet.author, changeSet.filePath);
}
function rollback_verify_label(changeSet) {
    return `${changeSet.filePath}::${changeSet.id}::${changeSet.author}`;
}


/***/ })

};

export const id = 6882;
export const ids = [6882];
export const modules = {

/***/ 5610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ changeSetFilter),
/* harmony export */   T: () => (/* binding */ modifySqlApplies)
/* harmony export */ });
/* harmony import */ var _changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1273);
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1026);
/* harmony import */ var _changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);



/** Whether a changeset takes part in this run (contexts, labels, dbms, ignore), and if not, why. */
function changeSetFilter(changeSet, context) {
    if (changeSet.ignore)
        return { included: false, reason: 'ignore="true"' };
    if (!(0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .dbmsMatches */ .e)(changeSet.dbms, context.dialect.name))
        return { included: false, reason: `dbms ${changeSet.dbms} does not include ${context.dialect.name}` };
    const runtime = runtimeFilters(context);
    if (!(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetMatchesContexts */ .Y5)(changeSet, runtime.contexts)) {
        return { included: false, reason: `context ${(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .contextsColumnValue */ .oD)(changeSet)} does not match --contexts ${context.contexts ?? '(none)'}` };
    }
    if (!(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetMatchesLabels */ .V1)(changeSet, runtime.labels)) {
        return { included: false, reason: `labels ${(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsColumnValue */ .B)(changeSet)} do not match --labels ${context.labels ?? '(none)'}` };
    }
    return { included: true };
}
/** Whether a `<modifySql>` visitor applies to this run: its dbms, context and labels. */
function modifySqlApplies(visitor, context) {
    if (visitor.dbms && !(0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .dbmsMatches */ .e)(visitor.dbms, context.dialect.name))
        return false;
    if (visitor.contextFilter && !(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .contextExpressionMatches */ .bs)(visitor.contextFilter, runtimeFilters(context).contexts))
        return false;
    if (visitor.labels && !(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsMatch */ .ze)((0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLabelList */ .qt)(visitor.labels), runtimeFilters(context).labels))
        return false;
    return true;
}
/** The run's `--contexts` and `--labels`, parsed once per run rather than once per changeset. */
function runtimeFilters(context) {
    let parsed = parsedFilters.get(context);
    if (!parsed || parsed.contextsText !== context.contexts || parsed.labelsText !== context.labels) {
        parsed = { contextsText: context.contexts, labelsText: context.labels, contexts: (0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRuntimeContexts */ .Sw)(context.contexts), labels: (0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuntimeLabels */ .RN)(context.labels) };
        parsedFilters.set(context, parsed);
    }
    return parsed;
}
const parsedFilters = new WeakMap();


/***/ }),

/***/ 2634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ changeSetStatements),
/* harmony export */   p6: () => (/* binding */ changeSetTag),
/* harmony export */   rQ: () => (/* binding */ changeSetDescription),
/* harmony export */   ro: () => (/* binding */ rollbackStatements),
/* harmony export */   tR: () => (/* binding */ sqlContextOf),
/* harmony export */   zI: () => (/* binding */ hasRollback)
/* harmony export */ });
/* unused harmony export applyModifySql */
/* harmony import */ var _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2866);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1026);
/* harmony import */ var _changelog_file_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6327);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4806);
/* harmony import */ var _changeset_filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5610);






/** The SQL-generation context of a run: its dialect, files, properties, database and filters. */
function sqlContextOf(context) {
    return {
        dialect: context.dialect,
        resources: context.resources,
        expand: context.expand,
        database: context.db,
        modifySqlApplies: (visitor) => (0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .modifySqlApplies */ .T)(visitor, context),
    };
}
async function changeSetStatements(changeSet, context) {
    const statements = [];
    for (const change of changeSet.changes) {
        if (!changeApplies(change, context.dialect.name))
            continue;
        const type = changeTypeOf(change, changeSet);
        if (READS_DATABASE_WHEN_RUN.has(change.type) && context.script) {
            statements.push(...(await type.generateSql(change, { ...context, changeSet, database: undefined })));
            continue;
        }
        if (READS_DATABASE_WHEN_RUN.has(change.type)) {
            statements.push({
                sql: `-- ${type.description(change)}: statements read from the database when it runs`,
                deferred: (database) => type.generateSql(change, { ...context, changeSet, database }),
            });
            continue;
        }
        statements.push(...withChangelogLines(await type.generateSql(change, { ...context, changeSet }), change));
    }
    return applyModifySql(statements, activeVisitors(changeSet, context, false), context.dialect.name, false);
}
/**
 * The statements that undo a changeset: its explicit rollback block (changes in declared order,
 * then referenced changesets), or the automatic inverse of its changes in reverse order.
 * Throws a ChangelogError naming the changeset when no rollback can be generated.
 */
async function rollbackStatements(changeSet, changeLog, context) {
    const generate = { ...context, changeSet };
    const statements = [];
    if (changeSet.rollback) {
        for (const change of changeSet.rollback.changes) {
            if (!changeApplies(change, context.dialect.name))
                continue;
            statements.push(...(await changeTypeOf(change, changeSet).generateSql(change, generate)));
        }
        for (const reference of changeSet.rollback.references) {
            const target = findReferencedChangeSet(changeLog, changeSet, reference);
            for (const change of target.changes) {
                if (!changeApplies(change, context.dialect.name))
                    continue;
                statements.push(...(await changeTypeOf(change, target).generateSql(change, { ...context, changeSet: target })));
            }
        }
    }
    else {
        for (const change of [...changeSet.changes].reverse()) {
            if (!changeApplies(change, context.dialect.name))
                continue;
            const type = changeTypeOf(change, changeSet);
            const inverse = type.inverse ? await type.inverse(change, generate) : undefined;
            if (!inverse) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`No inverse to ${change.type} can be generated automatically; add a <rollback> block to the changeset (an empty one if nothing needs undoing)`, { location: changeSet.location, changeSet });
            }
            for (const inverseChange of inverse) {
                statements.push(...(await changeTypeOf(inverseChange, changeSet).generateSql(inverseChange, generate)));
            }
        }
    }
    return applyModifySql(statements, activeVisitors(changeSet, context, true), context.dialect.name, true);
}
function activeVisitors(changeSet, context, rollback) {
    return changeSet.modifySql.filter((visitor) => (!rollback || visitor.applyToRollback) && (context.modifySqlApplies?.(visitor) ?? true));
}
/** Whether a changeset can be rolled back without running anything (for reports and policy). */
function hasRollback(changeSet) {
    if (changeSet.rollback)
        return true;
    return changeSet.changes.every((change) => _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .changeTypes */ .u.get(change.type)?.inverse !== undefined);
}
/** DESCRIPTION as Liquibase writes it: the changes' descriptions joined with `; `, or `empty`. */
function changeSetDescription(changeSet) {
    if (changeSet.changes.length === 0)
        return 'empty';
    return (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateColumn */ .RM)(changeSet.changes.map((change) => changeTypeOf(change, changeSet).description(change)).join('; '));
}
/** The tag of a tagDatabase change in the changeset, written to TAG. */
function changeSetTag(changeSet) {
    const tagChange = changeSet.changes.find((change) => change.type === 'tagDatabase');
    const tag = tagChange?.params.tag;
    return typeof tag === 'string' ? tag : null;
}
/**
 * Changes whose SQL depends on what the database holds at that moment, which may be what earlier
 * changes of the same changeset just created: generated when they run, as Liquibase does.
 */
const READS_DATABASE_WHEN_RUN = new Set(['dropAllForeignKeyConstraints', 'loadData', 'loadUpdateData']);
/** Statement lines relative to the change's text become lines of the changelog file. */
function withChangelogLines(statements, change) {
    const base = change.location.line;
    return statements.map((statement) => ({ ...statement, line: base === undefined ? undefined : base + (statement.line ?? 1) - 1 }));
}
function changeApplies(change, dialectName) {
    const dbms = change.params.dbms;
    return typeof dbms !== 'string' || (0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__/* .dbmsMatches */ .e)(dbms, dialectName);
}
function changeTypeOf(change, changeSet) {
    const type = _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .changeTypes */ .u.get(change.type);
    if (!type)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`Unknown change type '${change.type}'`, { location: change.location, changeSet });
    return type;
}
function findReferencedChangeSet(changeLog, from, reference) {
    const path = reference.path ?? from.filePath;
    const found = changeLog.changeSets.find((candidate) => candidate.id === reference.id && candidate.author === reference.author && (0,_changelog_file_path_js__WEBPACK_IMPORTED_MODULE_2__/* .sameFilePath */ .Iq)(candidate.filePath, path));
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`The rollback refers to changeset ${reference.id}::${reference.author}${reference.path ? ` in ${reference.path}` : ''}, which the changelog does not contain`, {
            location: from.rollback?.location ?? from.location,
            changeSet: from,
        });
    }
    return found;
}
/** Applies `<modifySql>` visitors (replace, regExpReplace, prepend, append) to generated statements. */
function applyModifySql(statements, visitors, dialectName, rollback) {
    const active = visitors.filter((visitor) => (!rollback || visitor.applyToRollback) && (!visitor.dbms || (0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__/* .dbmsMatches */ .e)(visitor.dbms, dialectName)));
    if (active.length === 0)
        return statements;
    return statements.map((statement) => {
        let sql = statement.sql;
        for (const visitor of active) {
            switch (visitor.kind) {
                case 'replace':
                    sql = sql.split(visitor.replace ?? '').join(visitor.with ?? '');
                    break;
                case 'regExpReplace':
                    sql = sql.replace(new RegExp(visitor.replace ?? '', 'g'), javaReplacement(visitor.with ?? ''));
                    break;
                case 'prepend':
                    sql = `${visitor.value ?? ''}${sql}`;
                    break;
                case 'append':
                    sql = `${sql}${visitor.value ?? ''}`;
                    break;
            }
        }
        return { ...statement, sql };
    });
}
/** Java's replacement syntax (`$1`, `\$`) to JavaScript's (`$1`, `$$`). */
function javaReplacement(replacement) {
    return replacement.replace(/\\\$/g, '$$$$');
}


/***/ }),

/***/ 6882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  update: () => (/* binding */ update)
});

// EXTERNAL MODULE: ./changes/output.js
var output = __webpack_require__(5545);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./tracking/tracking-tables.js + 1 modules
var tracking_tables = __webpack_require__(4806);
// EXTERNAL MODULE: ./changelog/context-expression.js
var context_expression = __webpack_require__(1273);
// EXTERNAL MODULE: ./changelog/label-expression.js
var label_expression = __webpack_require__(8590);
// EXTERNAL MODULE: ./engine/changeset-sql.js
var changeset_sql = __webpack_require__(2634);
// EXTERNAL MODULE: ./engine/validate-changelog.js
var validate_changelog = __webpack_require__(1158);
// EXTERNAL MODULE: ./engine/plan-update.js
var plan_update = __webpack_require__(7296);
// EXTERNAL MODULE: ./engine/preconditions.js
var preconditions = __webpack_require__(1960);
// EXTERNAL MODULE: ./engine/results.js
var results = __webpack_require__(9145);
// EXTERNAL MODULE: ./engine/statement-runner.js
var statement_runner = __webpack_require__(1205);
;// CONCATENATED MODULE: ./engine/changeset-batch.js


/**
 * Put in every transaction of a batch but the last: its COMMIT returns without waiting for the log
 * to reach the disk. The last COMMIT of the batch waits (the session's setting), and the log is
 * written in order, so when the batch returns every one of its changesets is as durable as if each
 * had waited: each still commits atomically with its tracking row, and none is reported before the
 * disk has it. What is saved is a disk flush per changeset (about 15% of the time PostgreSQL takes
 * to apply small DDL changesets). Should the server crash mid-batch, it loses a tail of the
 * changesets the batch had not reported yet, each with its row, as an interrupted run leaves them.
 */
const DEFER_FLUSH = 'SET LOCAL synchronous_commit TO OFF;';
/**
 * Consecutive plain changesets (no preconditions, no programs, nothing PostgreSQL refuses in a
 * transaction) sent to the database as ONE message: `BEGIN; …; INSERT INTO databasechangelog …;
 * COMMIT; BEGIN; …` — the script update-sql prints, with DEFER_FLUSH in all transactions but the
 * last. Each changeset still commits on its own with its tracking row; PostgreSQL runs the message
 * in order and stops at the first error, so the changesets before a failing one are committed and
 * the ones after it never run. What saves the time is the round trips: one per batch instead of
 * one per changeset.
 *
 * `send` does not wait for the database: while one batch runs, the caller prepares the next (SQL,
 * tracking rows), and only sends it after `settle` has said the one before committed. So at most
 * one batch is ever on the connection, nothing is sent after a failure, and the time the engine
 * spends preparing is hidden behind the time the database spends applying.
 */
class ChangeSetBatch {
    db;
    tracking;
    deploymentId;
    limits;
    items = [];
    bytes = 0;
    inFlight;
    deferFlushSupported;
    constructor(db, tracking, deploymentId, limits = { changeSets: 100, bytes: 512 * 1024 }) {
        this.db = db;
        this.tracking = tracking;
        this.deploymentId = deploymentId;
        this.limits = limits;
    }
    /** Changesets gathered and not sent yet. */
    get size() {
        return this.items.length;
    }
    add(item) {
        this.items.push(item);
        this.bytes += item.statements.reduce((n, s) => n + s.length, 0) + item.tracking.reduce((n, s) => n + s.length, 0);
    }
    get full() {
        return this.items.length >= this.limits.changeSets || this.bytes >= this.limits.bytes;
    }
    /**
     * Sends what is gathered and returns at once; `settle` gives the outcome. The batch sent before
     * must have been settled (and have committed).
     */
    send() {
        if (this.inFlight)
            throw new Error('ChangeSetBatch.send: the batch sent before has not been settled');
        const items = this.take();
        if (items.length === 0)
            return;
        // Settled into a value at once, so that a connection failure is never an unhandled rejection
        // while the caller is busy preparing the next batch; `settle` throws it.
        this.inFlight = this.apply(items).then((outcome) => ({ outcome }), (error) => ({ error }));
    }
    /**
     * Waits for the batch in flight: which changesets committed and which failed (never throws for a
     * failed changeset); undefined when none is in flight. Throws when the connection itself failed.
     */
    async settle() {
        const inFlight = this.inFlight;
        if (!inFlight)
            return undefined;
        this.inFlight = undefined;
        const settled = await inFlight;
        if ('error' in settled)
            throw settled.error;
        return settled.outcome;
    }
    /** Takes back what is gathered without sending it (the run stopped before it). */
    discard() {
        return this.take();
    }
    take() {
        const items = this.items;
        this.items = [];
        this.bytes = 0;
        return items;
    }
    async apply(items) {
        const started = Date.now();
        const flushOnce = items.length > 1 && (await this.canDeferFlush());
        const texts = items.map((item, i) => ['BEGIN;', ...(flushOnce && i < items.length - 1 ? [DEFER_FLUSH] : []), ...item.statements.map(statement_runner/* terminate */.MH), ...item.tracking.map(statement_runner/* terminate */.MH), 'COMMIT;'].join('\n'));
        try {
            await this.db.exec(texts.join('\n'));
        }
        catch (error) {
            await this.db.exec('ROLLBACK').catch(() => { });
            return this.afterFailure(items, texts, error, flushOnce);
        }
        const each = Math.round((Date.now() - started) / items.length);
        for (const item of items)
            item.result.durationMs = each;
        return { committed: items, notRun: [] };
    }
    /**
     * Whether this server takes `SET LOCAL synchronous_commit` (PostgreSQL does; a wire-compatible
     * engine may not), asked once.
     */
    canDeferFlush() {
        this.deferFlushSupported ??= this.db.exec(`BEGIN;\n${DEFER_FLUSH}\nROLLBACK;`).then(() => true, async () => {
            await this.db.exec('ROLLBACK').catch(() => { });
            return false;
        });
        return this.deferFlushSupported;
    }
    /** Which changesets committed (their rows are there), which one failed and why. */
    async afterFailure(items, texts, batchError, flushDeferred) {
        // The changesets before the failed one committed without waiting for the disk; they are
        // reported as committed, so make them durable first. A transaction that takes a transaction
        // id commits synchronously, which writes out the log up to there (theirs included).
        if (flushDeferred)
            await this.db.exec('SELECT txid_current()');
        const rows = await this.db.query(`SELECT ID AS id, AUTHOR AS author, FILENAME AS filename FROM ${this.tracking.changelogTable} WHERE DEPLOYMENT_ID = $1`, [this.deploymentId]);
        const written = new Set(rows.rows.map((row) => `${row.filename}::${row.id}::${row.author}`));
        const firstNotWritten = items.findIndex((item) => !written.has(`${item.result.filePath}::${item.result.id}::${item.result.author}`));
        let committed = items.slice(0, firstNotWritten < 0 ? items.length - 1 : firstNotWritten);
        let failed = items[committed.length];
        const at = itemAtPosition(texts, batchError.position);
        if (firstNotWritten === 0 && at !== undefined && at > 0) {
            // PostgreSQL parses a whole message before it runs any of it: a syntax error in one
            // changeset refused them all. The ones before it never ran: send them again.
            const before = await this.apply(items.slice(0, at));
            if (before.failed)
                return { ...before, notRun: notRun([...before.notRun, ...items.slice(at)]) };
            committed = before.committed;
            failed = items[at];
        }
        const failure = await (0,statement_runner/* findFailingStatement */.rI)(this.db, failed.statements, failed.tracking, batchError);
        failed.result.state = 'failed';
        failed.result.error = (0,results/* statementError */.uQ)(failure);
        delete failed.result.durationMs;
        return { committed, failed, notRun: notRun(items.slice(items.indexOf(failed) + 1)) };
    }
}
/** Marks changesets that never ran (after a failed one, or prepared and never sent). */
function notRun(items) {
    for (const item of items) {
        item.result.state = 'notExecuted';
        delete item.result.durationMs;
    }
    return items;
}
/** Which changeset's text holds a 1-based character position of the message (PostgreSQL's error position). */
function itemAtPosition(texts, position) {
    if (position === undefined)
        return undefined;
    let offset = Number(position) - 1;
    if (!Number.isInteger(offset) || offset < 0)
        return undefined;
    for (let i = 0; i < texts.length; i++) {
        if (offset <= texts[i].length)
            return i;
        offset -= texts[i].length + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./engine/tracking-session.js
var tracking_session = __webpack_require__(7823);
;// CONCATENATED MODULE: ./engine/update.js













/**
 * Applies the pending changesets. Never throws: a failure is reported in the result, with the
 * changeset, the statement and what the database said. Each changeset commits together with its
 * tracking row, so a failed or interrupted run leaves no half-applied changeset behind.
 */
async function update(context, options = {}) {
    const started = Date.now();
    const command = options.command ?? (options.sqlOnly ? 'update-sql' : options.syncOnly ? 'changelog-sync' : options.count !== undefined ? 'update-count' : options.toTag ? 'update-to-tag' : 'update');
    const result = (0,results/* startResult */.K9)(command, context.db.displayName, context.changeLog.rootPath);
    const runner = options.sqlOnly ? new statement_runner/* ScriptStatementRunner */.Je(context.db) : new statement_runner/* DatabaseStatementRunner */.$Q(context.db);
    if (options.sqlOnly)
        runner.comment(`${command} of ${context.changeLog.rootPath} against ${context.db.displayName}`);
    let session;
    let skippedFiles;
    let upToDate;
    let batches;
    try {
        const problems = (0,validate_changelog/* validationProblems */.gw)(context);
        if (problems.length > 0)
            throw (0,validate_changelog/* validationError */.cJ)(problems);
        const before = await (0,tracking_session/* readTrackingState */.dG)(context);
        // Changelog preconditions are checked before anything is created or locked: a changelog
        // written for another database is rejected without touching this one.
        skippedFiles = await (0,validate_changelog/* checkChangeLogPreconditions */.wU)(context, before.rows, options);
        // As Liquibase, an update with nothing to run and no checksum to rewrite returns without
        // taking the lock (so it does not wait for, or fail on, another process's lock).
        if (!options.sqlOnly && before.changelogTable) {
            const plan = await (0,plan_update/* planUpdate */.ZL)(context, before.rows);
            if (plan.mismatches.length === 0 && !plan.entries.some((entry) => entry.upgradeChecksum) && selectChangeSets(plan, options).size === 0) {
                upToDate = { plan, rows: before.rows };
            }
        }
        if (!upToDate)
            session = await (0,tracking_session/* openTrackingSession */.uu)(context, runner, { sqlOnly: options.sqlOnly ?? false, seen: before });
    }
    catch (error) {
        (0,results/* failResult */.a2)(result, error);
        result.durationMs = Date.now() - started;
        return result;
    }
    try {
        const ranChangeSets = session?.ranChangeSets ?? upToDate.rows;
        const plan = upToDate?.plan ?? (await (0,plan_update/* planUpdate */.ZL)(context, ranChangeSets));
        if (plan.mismatches.length > 0)
            throw checksumValidationError(plan);
        const selected = selectChangeSets(plan, options);
        for (const entry of plan.entries) {
            if (entry.upgradeChecksum && entry.ran) {
                if (entry.ran.md5sum && !options.sqlOnly) {
                    context.logger.info(`Upgrading checksum for Changeset ${entry.ran.filename}::${entry.ran.id}::${entry.ran.author} from ${entry.ran.md5sum} to ${entry.checksum}.`);
                }
                await runner.run(context.tracking.updateChecksum(entry.ran.id, entry.ran.author, entry.ran.filename, entry.checksum));
            }
        }
        const run = new RunState(context, runner, ranChangeSets, options, started);
        const total = selected.size;
        const reportBatch = (outcome) => {
            for (const item of [...outcome.committed, ...(outcome.failed ? [outcome.failed] : [])]) {
                context.onProgress?.({ kind: 'start', index: item.index, total, changeSet: item.result });
                context.onProgress?.({ kind: 'end', index: item.index, total, result: item.result });
            }
            if (outcome.failed) {
                run.halted = true;
                const failed = outcome.failed.result;
                result.ok = false;
                result.error = { message: `Changeset ${failed.filePath}::${failed.id}::${failed.author} failed: ${failed.error?.message ?? 'unknown error'}`, changeSet: failed, detail: failed.error };
            }
        };
        // Plain changesets go to the database in batches (one round trip each), when running for real.
        batches = runner instanceof statement_runner/* DatabaseStatementRunner */.$Q ? new BatchedChangeSets(new ChangeSetBatch(context.db, context.tracking, run.deploymentId), result, reportBatch) : undefined;
        // Entries from here on get the results of a stopped run.
        let stoppedAt = plan.entries.length;
        // Changesets run so far (executed, reran, markRan, failed): the progress index, kept as a count.
        let ranSoFar = 0;
        for (let i = 0; i < plan.entries.length; i++) {
            const entry = plan.entries[i];
            const { changeSet } = entry;
            if (entry.action === 'ran') {
                result.changeSets.push((0,results/* changeSetResult */.e7)(changeSet, 'applied', { checksum: entry.checksum, description: entry.ran?.description ?? '' }));
                continue;
            }
            if (entry.action === 'skip') {
                result.changeSets.push((0,results/* changeSetResult */.e7)(changeSet, 'skipped', { checksum: entry.checksum, reason: entry.reason }));
                continue;
            }
            if (!selected.has(entry)) {
                result.changeSets.push((0,results/* changeSetResult */.e7)(changeSet, 'pending', { checksum: entry.checksum }));
                continue;
            }
            if (skippedFiles.has(changeSet.physicalPath)) {
                result.changeSets.push((0,results/* changeSetResult */.e7)(changeSet, 'skipped', { checksum: entry.checksum, reason: 'changelog preconditions failed (CONTINUE)' }));
                continue;
            }
            const index = ranSoFar + 1;
            if (batches && run.batchable(entry)) {
                const item = await run.prepare(entry, index);
                if (item) {
                    ranSoFar = index;
                    if (await batches.add(item, i + 1))
                        continue;
                    stoppedAt = batches.stoppedAt;
                    break;
                }
            }
            if (batches && !(await batches.drain(i))) {
                stoppedAt = batches.stoppedAt;
                break;
            }
            context.onProgress?.({ kind: 'start', index, total, changeSet });
            const changeSetOutcome = await run.execute(entry);
            result.changeSets.push(changeSetOutcome);
            if (changeSetOutcome.state === 'executed' || changeSetOutcome.state === 'reran' || changeSetOutcome.state === 'markRan' || changeSetOutcome.state === 'failed')
                ranSoFar = index;
            context.onProgress?.({ kind: 'end', index, total, result: changeSetOutcome });
            if (changeSetOutcome.state === 'failed') {
                result.ok = false;
                result.error = {
                    message: `Changeset ${changeSet.filePath}::${changeSet.id}::${changeSet.author} failed: ${changeSetOutcome.error?.message ?? 'unknown error'}`,
                    changeSet: changeSetOutcome,
                    detail: changeSetOutcome.error,
                };
            }
            if (run.halted) {
                stoppedAt = i + 1;
                break;
            }
        }
        if (!run.halted && batches && !(await batches.drain(plan.entries.length)))
            stoppedAt = batches.stoppedAt;
        for (const entry of plan.entries.slice(stoppedAt)) {
            result.changeSets.push((0,results/* changeSetResult */.e7)(entry.changeSet, entry.action === 'ran' ? 'applied' : entry.action === 'skip' ? 'skipped' : 'notExecuted', { checksum: entry.checksum }));
        }
        if (run.stopMessage && result.ok) {
            result.ok = false;
            result.error = { message: run.stopMessage };
        }
    }
    catch (error) {
        await batches?.abandon();
        (0,results/* failResult */.a2)(result, error);
    }
    finally {
        try {
            await session?.release();
        }
        catch (error) {
            if (result.ok)
                (0,results/* failResult */.a2)(result, error);
        }
    }
    if (runner instanceof statement_runner/* ScriptStatementRunner */.Je)
        result.script = runner.script;
    result.durationMs = Date.now() - started;
    return result;
}
/**
 * A run's plain changesets on their way to the database. A batch is sent without waiting for it:
 * the next one is prepared while the database applies it, and sent once it has committed (see
 * ChangeSetBatch). If it failed, the run stops where it was sent: the results gathered since are
 * dropped, and the run goes on from there as a run that had waited for it would.
 */
class BatchedChangeSets {
    batch;
    result;
    report;
    /** Where the batch in flight was sent: the entry after its last changeset, and the results then. */
    sentAt = { entry: 0, results: 0 };
    /** Once a batch failed: the entry from which the run lists changesets as a stopped run does. */
    stoppedAt = 0;
    constructor(batch, result, report) {
        this.batch = batch;
        this.result = result;
        this.report = report;
    }
    /**
     * Adds a prepared changeset (entry `next - 1`); a full batch is sent once the one before it has
     * committed. False when that one failed: the run stops.
     */
    async add(item, next) {
        this.result.changeSets.push(item.result);
        this.batch.add(item);
        if (!this.batch.full)
            return true;
        if (!(await this.settle()))
            return false;
        this.send(next);
        return true;
    }
    /** Sends what is gathered and waits until everything sent has committed; false when something failed. */
    async drain(next) {
        if (!(await this.settle()))
            return false;
        if (this.batch.size === 0)
            return true;
        this.send(next);
        return this.settle();
    }
    /** After an error outside any changeset: what is in flight may commit, so it is waited for and reported; what was only prepared never ran. */
    async abandon() {
        try {
            const outcome = await this.batch.settle();
            if (outcome)
                this.report(outcome);
        }
        catch {
            // The error being reported already says the connection failed.
        }
        notRun(this.batch.discard());
    }
    send(next) {
        this.sentAt = { entry: next, results: this.result.changeSets.length };
        this.batch.send();
    }
    async settle() {
        const outcome = await this.batch.settle();
        if (!outcome)
            return true;
        this.report(outcome);
        if (!outcome.failed)
            return true;
        this.batch.discard();
        this.result.changeSets.length = this.sentAt.results;
        this.stoppedAt = this.sentAt.entry;
        return false;
    }
}
/** Per-run state: ORDEREXECUTED counter, deployment id, whether the run stopped. */
class RunState {
    context;
    runner;
    options;
    orderExecuted;
    deploymentId;
    halted = false;
    stopMessage;
    /** Rows before the run plus those this run wrote (the changeSetExecuted precondition sees both). */
    ranChangeSets;
    constructor(context, runner, ranBefore, options, started) {
        this.context = context;
        this.runner = runner;
        this.options = options;
        this.ranChangeSets = [...ranBefore];
        // Liquibase reads MAX(ORDEREXECUTED) once per run and counts up in memory.
        this.orderExecuted = ranBefore.reduce((max, row) => Math.max(max, row.orderExecuted), 0);
        // One DEPLOYMENT_ID per run: the last 10 digits of its start in epoch milliseconds.
        this.deploymentId = String(started).slice(-10);
    }
    async execute(entry) {
        const { changeSet } = entry;
        const started = Date.now();
        const base = { checksum: entry.checksum, contexts: (0,context_expression/* contextsColumnValue */.oD)(changeSet) ?? undefined, labels: (0,label_expression/* labelsColumnValue */.B)(changeSet) ?? undefined, tag: (0,changeset_sql/* changeSetTag */.p6)(changeSet) ?? undefined };
        let description = '';
        try {
            description = (0,changeset_sql/* changeSetDescription */.rQ)(changeSet);
            if (!this.options.syncOnly && changeSet.preconditions) {
                const outcome = await this.checkPreconditions(changeSet.preconditions);
                const action = outcome.status === 'failed' ? changeSet.preconditions.onFail : outcome.status === 'error' ? changeSet.preconditions.onError : undefined;
                if (outcome.status !== 'passed' && action) {
                    const message = outcome.message;
                    switch (action) {
                        case 'HALT':
                            this.halted = true;
                            return (0,results/* changeSetResult */.e7)(changeSet, 'failed', { ...base, description, reason: 'precondition failed (HALT)', error: { message: `Preconditions failed: ${message}` } });
                        case 'CONTINUE':
                            return (0,results/* changeSetResult */.e7)(changeSet, 'skipped', { ...base, description, reason: `precondition failed (CONTINUE): ${message}` });
                        case 'MARK_RAN':
                            await this.record(entry, 'MARK_RAN', description, []);
                            return (0,results/* changeSetResult */.e7)(changeSet, 'markRan', { ...base, description, reason: `precondition failed (MARK_RAN): ${message}`, durationMs: Date.now() - started });
                        case 'WARN':
                            this.context.logger.warn(`Changeset ${changeSet.id}::${changeSet.author}: precondition failed, running anyway (WARN): ${message}`);
                            break;
                    }
                }
            }
            const stop = changeSet.changes.find((change) => change.type === 'stop');
            if (stop && !this.options.syncOnly) {
                this.halted = true;
                this.stopMessage = `Stopped by the stop change in changeset ${changeSet.id}::${changeSet.author}: ${String(stop.params.message ?? 'Stop command in changelog file')}`;
                return (0,results/* changeSetResult */.e7)(changeSet, 'notExecuted', { ...base, description, reason: this.stopMessage });
            }
            this.emitOutput(changeSet);
            const statements = this.options.syncOnly ? [] : await (0,changeset_sql/* changeSetStatements */.Xh)(changeSet, { ...(0,changeset_sql/* sqlContextOf */.tR)(this.context), script: this.options.sqlOnly });
            const execType = this.options.syncOnly ? 'EXECUTED' : entry.action === 'rerun' ? 'RERAN' : 'EXECUTED';
            await this.record(entry, execType, description, statements);
            return (0,results/* changeSetResult */.e7)(changeSet, entry.action === 'rerun' ? 'reran' : 'executed', {
                ...base,
                description,
                reason: entry.reason,
                sql: statements.map((s) => s.sql),
                durationMs: Date.now() - started,
            });
        }
        catch (error) {
            if (!changeSet.failOnError) {
                this.context.logger.warn(`Changeset ${changeSet.id}::${changeSet.author} failed and has failOnError=false: ${(0,results/* statementError */.uQ)(error).message}`);
                return (0,results/* changeSetResult */.e7)(changeSet, 'skipped', { ...base, description, reason: 'failed with failOnError=false (not recorded)', error: (0,results/* statementError */.uQ)(error), durationMs: Date.now() - started });
            }
            this.halted = true;
            return (0,results/* changeSetResult */.e7)(changeSet, 'failed', { ...base, description, error: (0,results/* statementError */.uQ)(error), durationMs: Date.now() - started });
        }
    }
    /**
     * Whether a changeset can go in a batch: nothing has to be checked or run between it and the one
     * before (no preconditions, no program, no output, no stop), and a failure stops the run.
     */
    batchable(entry) {
        const { changeSet } = entry;
        return (!this.options.sqlOnly &&
            changeSet.runInTransaction &&
            changeSet.failOnError &&
            (this.options.syncOnly === true || !changeSet.preconditions) &&
            !changeSet.changes.some((change) => change.type === 'stop' || change.type === 'output' || change.type === 'executeCommand'));
    }
    /**
     * A batchable changeset's statements, tracking statement and result (as it will be if the batch
     * commits); undefined when its SQL is not plain after all (then it runs on its own).
     */
    async prepare(entry, index) {
        const { changeSet } = entry;
        let statements;
        let description;
        try {
            description = (0,changeset_sql/* changeSetDescription */.rQ)(changeSet);
            statements = this.options.syncOnly ? [] : await (0,changeset_sql/* changeSetStatements */.Xh)(changeSet, (0,changeset_sql/* sqlContextOf */.tR)(this.context));
        }
        catch {
            return undefined; // execute() reports it
        }
        if (statements.some((s) => s.command || s.deferred || s.nonTransactional || this.context.dialect.requiresAutocommit(s.sql)))
            return undefined;
        const execType = this.options.syncOnly ? 'EXECUTED' : entry.action === 'rerun' ? 'RERAN' : 'EXECUTED';
        const tracking = this.trackingStatements(entry, execType, description);
        const result = (0,results/* changeSetResult */.e7)(changeSet, entry.action === 'rerun' && !this.options.syncOnly ? 'reran' : 'executed', {
            checksum: entry.checksum,
            contexts: (0,context_expression/* contextsColumnValue */.oD)(changeSet) ?? undefined,
            labels: (0,label_expression/* labelsColumnValue */.B)(changeSet) ?? undefined,
            tag: (0,changeset_sql/* changeSetTag */.p6)(changeSet) ?? undefined,
            description,
            reason: entry.reason,
            sql: statements.map((s) => s.sql),
        });
        return { result, statements: statements.map((s) => s.sql), tracking, index };
    }
    async record(entry, execType, description, statements) {
        const { changeSet } = entry;
        const tracking = this.trackingStatements(entry, execType, description);
        const inTransaction = changeSet.runInTransaction && !statements.some((s) => s.nonTransactional || this.context.dialect.requiresAutocommit(s.sql));
        if (this.options.sqlOnly)
            this.runner.comment(`Changeset ${changeSet.filePath}::${changeSet.id}::${changeSet.author}`);
        try {
            await this.runner.runChangeSet(statements, tracking, inTransaction);
        }
        catch (error) {
            this.unrecord(entry);
            throw error;
        }
    }
    /**
     * The tracking statement of a changeset about to run, counted in ORDEREXECUTED and seen by later
     * changeSetExecuted preconditions.
     */
    trackingStatements(entry, execType, description) {
        const { changeSet } = entry;
        const row = {
            id: changeSet.id,
            author: changeSet.author,
            filename: changeSet.filePath,
            orderExecuted: this.orderExecuted + 1,
            execType,
            md5sum: entry.checksum,
            description,
            comments: (0,tracking_tables/* truncateColumn */.RM)(changeSet.comment?.trim() ?? ''),
            tag: (0,changeset_sql/* changeSetTag */.p6)(changeSet),
            contexts: (0,context_expression/* contextsColumnValue */.oD)(changeSet),
            labels: (0,label_expression/* labelsColumnValue */.B)(changeSet),
            deploymentId: this.deploymentId,
        };
        this.orderExecuted += 1;
        this.ranChangeSets.push({ ...row, dateExecuted: new Date(), liquibase: null });
        return entry.action === 'rerun' && entry.ran && execType !== 'MARK_RAN'
            ? [this.context.tracking.updateRerun(row, entry.ran.filename)]
            : [this.context.tracking.insertRow(row)];
    }
    /** A changeset that did not run after all gives back its ORDEREXECUTED and its place. */
    unrecord(entry) {
        this.orderExecuted -= 1;
        const i = this.ranChangeSets.findIndex((row) => row.id === entry.changeSet.id && row.author === entry.changeSet.author && row.filename === entry.changeSet.filePath && row.deploymentId === this.deploymentId);
        if (i >= 0)
            this.ranChangeSets.splice(i, 1);
    }
    async checkPreconditions(container) {
        if (this.options.sqlOnly && container.onSqlOutput !== 'TEST') {
            if (container.onSqlOutput === 'FAIL')
                return { status: 'error', message: 'preconditions cannot be checked under update-sql (onSqlOutput=FAIL)' };
            return { status: 'passed' };
        }
        return (0,preconditions/* evaluatePreconditions */.L)(container, {
            db: this.context.db,
            dbms: this.context.dialect.name,
            defaultSchema: this.context.dialect.defaultSchema,
            ranChangeSets: this.ranChangeSets,
            properties: this.context.properties,
        });
    }
    emitOutput(changeSet) {
        for (const change of changeSet.changes) {
            if (change.type !== 'output')
                continue;
            const { message, target } = (0,output/* outputMessage */.R)(change.params);
            if (this.options.sqlOnly)
                this.runner.comment(message);
            else if (target === 'WARN')
                this.context.logger.warn(message);
            else
                this.context.logger.info(message);
        }
    }
}
/** Which of the runnable changesets this command applies (all, the next N, or up to a tag). */
function selectChangeSets(plan, options) {
    const runnable = plan.entries.filter((entry) => entry.action === 'run' || entry.action === 'rerun');
    if (options.count !== undefined) {
        if (!Number.isInteger(options.count) || options.count < 0)
            throw new errors/* ConfigurationError */.j1(`--count must be a non-negative whole number, got ${options.count}`);
        return new Set(runnable.slice(0, options.count));
    }
    if (options.toTag !== undefined) {
        const tagIndex = plan.entries.findIndex((entry) => (0,changeset_sql/* changeSetTag */.p6)(entry.changeSet) === options.toTag);
        if (tagIndex < 0)
            throw new errors/* ConfigurationError */.j1(`The tag '${options.toTag}' is not set by any tagDatabase change in the changelog`);
        const upTo = new Set(plan.entries.slice(0, tagIndex + 1));
        return new Set(runnable.filter((entry) => upTo.has(entry)));
    }
    return new Set(runnable);
}
function checksumValidationError(plan) {
    const lines = plan.mismatches.map((m) => `  ${m.changeSet.filePath}::${m.changeSet.id}::${m.changeSet.author} (${m.changeSet.location.file}${m.changeSet.location.line ? `:${m.changeSet.location.line}` : ''}) was: ${m.stored} but is now: ${m.current}`);
    return new errors/* ConfigurationError */.j1(`Validation failed: ${plan.mismatches.length} changeset${plan.mismatches.length === 1 ? '' : 's'} changed after being applied (checksum mismatch):\n${lines.join('\n')}\n` +
        'Revert the edit and add a new changeset, or mark the changeset runOnChange="true", or add <validCheckSum> with the new value.');
}


/***/ })

};

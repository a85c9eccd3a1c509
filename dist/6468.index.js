export const id = 6468;
export const ids = [6468,4235,7873,7914];
export const modules = {

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ sameFilePath),
/* harmony export */   Us: () => (/* binding */ logicalFilePathValue),
/* harmony export */   i_: () => (/* binding */ fileExtension),
/* harmony export */   j7: () => (/* binding */ normalizeFilePath),
/* harmony export */   t1: () => (/* binding */ resolveSibling)
/* harmony export */ });
/* unused harmony export directoryOf */
/**
 * Changelog paths as Liquibase spells them: search-path relative, forward slashes. FILENAME in
 * DATABASECHANGELOG is compared with these rules, so a path that changes spelling (a leading `/`,
 * `classpath:`, `\`, `./`, case) must still find its stored rows.
 */
/**
 * Liquibase's normalisation of a changelog path (note §3.4), plus `..` resolution:
 * strips `classpath:`, turns `\` into `/`, collapses `//` and `/./`, strips a drive letter and a
 * leading `/` or `./`, resolves `a/../`, and drops a trailing `/`.
 *
 * @example normalizeFilePath('classpath:/db\\sub/../a.xml') // 'db/a.xml'
 */
function normalizeFilePath(filePath) {
    // A run normalises the same few paths thousands of times (every changeset and tracking row).
    let normalized = normalizedPaths.get(filePath);
    if (normalized === undefined) {
        if (normalizedPaths.size >= 1024)
            normalizedPaths.clear();
        normalized = normalize(filePath);
        normalizedPaths.set(filePath, normalized);
    }
    return normalized;
}
const normalizedPaths = new Map();
function normalize(filePath) {
    let path = filePath;
    if (path.startsWith('classpath:'))
        path = path.slice('classpath:'.length);
    path = path.replace(/\\/g, '/');
    path = path.replace(/^[a-zA-Z]:(?=\/|$)/, '');
    const out = [];
    const segments = path.split('/');
    for (const segment of segments) {
        if (segment === '' || segment === '.')
            continue;
        // A `..` that climbs above the search path cannot be resolved; it is kept, as Java's Path keeps it.
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(segment);
    }
    return out.join('/');
}
/** Whether two FILENAME values denote the same changelog (normalised, case-insensitive). */
function sameFilePath(a, b) {
    return normalizeFilePath(a).toLowerCase() === normalizeFilePath(b).toLowerCase();
}
/** The directory part of a resource path (`db/a.xml` → `db`; `a.xml` → ``). */
function directoryOf(resourcePath) {
    const path = resourcePath.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/**
 * Resolves `relative` against the directory of `changelogPath` and normalises the result, as
 * Liquibase does for `relativeToChangelogFile="true"` (4.18+).
 *
 * @example resolveSibling('db/changelog.xml', '../common/b.xml') // 'common/b.xml'
 */
function resolveSibling(changelogPath, relative) {
    const directory = directoryOf(changelogPath);
    const rel = relative.replace(/\\/g, '/');
    return normalizeFilePath(directory ? `${directory}/${rel}` : rel);
}
/**
 * A `logicalFilePath` as Liquibase stores it: backslashes become `/` and one leading `/` goes.
 * Nothing else is normalised, so `logicalFilePath="db/./x"` is written as given.
 */
function logicalFilePathValue(logicalFilePath) {
    return logicalFilePath.replace(/\\/g, '/').replace(/^\//, '');
}
/** The extension of a path, lower-cased, without the dot (`a/B.XML` → `xml`). */
function fileExtension(resourcePath) {
    const name = resourcePath.slice(resourcePath.replace(/\\/g, '/').lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}


/***/ }),

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

export const id = 4847;
export const ids = [4847];
export const modules = {

/***/ 4847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   calculateChecksum: () => (/* binding */ calculateChecksum)
/* harmony export */ });
/* harmony import */ var _changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6327);
/* harmony import */ var _checksum_changeset_checksum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(152);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _changeset_sql_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2634);
/* harmony import */ var _plan_update_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7296);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9145);






/** `calculate-checksum --changeset-identifier path::id::author`: the v9 checksum of one changeset. */
async function calculateChecksum(context, identifier) {
    const parts = identifier.split('::');
    if (parts.length !== 3)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--changeset-identifier must be path::id::author, got '${identifier}'`);
    const [path, id, author] = parts;
    const changeSet = context.changeLog.changeSets.find((c) => c.id === id && c.author === author && (0,_changelog_file_path_js__WEBPACK_IMPORTED_MODULE_0__/* .sameFilePath */ .Iq)(c.filePath, path));
    if (!changeSet)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`No changeset ${identifier} in ${context.changeLog.rootPath}`);
    const checksum = await (0,_checksum_changeset_checksum_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetChecksum */ .Q)(changeSet, 9, (0,_plan_update_js__WEBPACK_IMPORTED_MODULE_4__/* .checksumContextOf */ .uc)(context));
    const result = (0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .startResult */ .K9)('validate', context.db.displayName, context.changeLog.rootPath);
    result.changeSets.push((0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .changeSetResult */ .e7)(changeSet, 'pending', { checksum, description: (0,_changeset_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSetDescription */ .rQ)(changeSet) }));
    result.script = `${checksum}\n`;
    return result;
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


/***/ })

};

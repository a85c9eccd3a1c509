export const id = 2716;
export const ids = [2716,6709];
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


/***/ })

};

export const id = 639;
export const ids = [639];
export const modules = {

/***/ 639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _github_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6328);
/* harmony import */ var _report_apply_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8073);
/* harmony import */ var _report_schema_change_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8598);
/* harmony import */ var _report_changeset_label_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8380);
/* harmony import */ var _action_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3160);
/* harmony import */ var _action_engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1827);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9479);
/* harmony import */ var _report_publisher_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5325);








/**
 * The apply action: update (or update-sql with `dry-run`), then, if a changeset failed and
 * `rollback-on-failure` is on, roll back exactly the changesets this run applied, so the database
 * is as it was before the step. Reports to the PR comment, the job summary and annotations,
 * sets `applied`, `changesets` and `comment-url`, and fails the step with the changeset, the
 * statement and what the database said.
 */
async function runApply(env) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readApplyInputs */ .uz)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const key = (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .commentKey */ .T)(env, inputs.changelogFile, inputs.environment);
    env.logger.info(`${inputs.dryRun ? 'Dry run (SQL only) of' : 'Applying'} ${key.changelog}${inputs.environment ? ` to ${inputs.environment}` : ''}` +
        `${inputs.url ? '' : ' on the embedded PostgreSQL (no url input)'}`);
    const opened = await (0,_action_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .openActionEngine */ .JA)(env, (0,_action_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .commandOptions */ .i6)(env, inputs));
    let result;
    let schemaChange;
    try {
        const { update } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882), __webpack_require__.e(7873)]).then(__webpack_require__.bind(__webpack_require__, 6882));
        // The schema before and after, for the comment's diagram of the tables this apply touched.
        const before = inputs.dryRun ? undefined : await schemaSnapshot(opened.context, env);
        result = await update(opened.context, inputs.dryRun ? { sqlOnly: true } : {});
        if (before && result.ok && result.changeSets.some((c) => c.state === 'executed' || c.state === 'reran')) {
            schemaChange = await schemaChangeSince(before, opened.context, env);
        }
        if (!result.ok && !inputs.dryRun && inputs.rollbackOnFailure)
            result = await rollBackThisRun(env, opened.context, result);
        else if (!result.ok && !inputs.dryRun)
            env.logger.info('rollback-on-failure is false: the changesets this run applied before the failure stay applied.');
    }
    finally {
        await opened.close();
    }
    if (inputs.dryRun) {
        result = asPending(result);
        if (result.script)
            env.logger.group(`SQL that update would run (${result.changeSets.filter((c) => c.state === 'pending').length} changesets)`, result.script);
    }
    const applied = result.changeSets.filter((c) => c.state === 'executed' || c.state === 'reran');
    env.runtime.setOutput('applied', applied.length);
    env.runtime.setOutput('changesets', JSON.stringify(result.changeSets.filter((c) => c.state !== 'applied').map(({ id, author, filePath, state }) => ({ id, author, filePath, state }))));
    env.logger.info(summaryLine(result, inputs.dryRun));
    const report = await (0,_report_publisher_js__WEBPACK_IMPORTED_MODULE_5__/* .publishReport */ .S)(env, {
        key,
        sections: [
            (0,_report_apply_section_js__WEBPACK_IMPORTED_MODULE_1__/* .renderApplySection */ .S)(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {}),
            ...(schemaChange ? [(0,_report_schema_change_section_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSchemaChangeSection */ .d)(schemaChange, { id: 'schema', title: 'Schema change applied', ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) })] : []),
        ],
        annotations: result.ok ? [] : (0,_github_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .runAnnotations */ .cL)(result),
        comment: inputs.comment,
        githubToken: inputs.githubToken,
    });
    if (report.commentUrl)
        env.runtime.setOutput('comment-url', report.commentUrl);
    if (!result.ok)
        env.fail(failureMessage(result, (file) => (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryPath */ .S)(env, file)));
}
/**
 * Rolls back the changesets this run recorded (EXECUTED and MARK_RAN rows), newest first. A
 * changeset that re-ran (runOnChange / runAlways) is left alone: its earlier version cannot be
 * restored by a rollback.
 */
async function rollBackThisRun(env, context, failed) {
    const ours = failed.changeSets.filter((c) => c.state === 'executed' || c.state === 'markRan');
    const reran = failed.changeSets.filter((c) => c.state === 'reran');
    if (reran.length)
        env.logger.warn(`Not rolled back (re-ran, their earlier version cannot be restored): ${reran.map(_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_7__/* .changeSetLabel */ .Z).join(', ')}`);
    if (ours.length === 0) {
        env.logger.info('No changeset was applied by this run before the failure: nothing to roll back.');
        return failed;
    }
    env.logger.info(`Rolling back the ${ours.length} changeset${ours.length === 1 ? '' : 's'} this run applied before the failure`);
    const { rollback } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(6468)]).then(__webpack_require__.bind(__webpack_require__, 4235));
    const undone = await rollback(context, { changeSets: ours.map(({ id, author, filePath }) => ({ id, author, filePath })) });
    const rolledBack = new Set(undone.changeSets.filter((c) => c.state === 'rolledBack').map(identity));
    const changeSets = failed.changeSets.map((c) => (rolledBack.has(identity(c)) ? { ...c, state: 'rolledBack' } : c));
    if (undone.ok) {
        env.logger.info(`Rolled back ${rolledBack.size} changeset${rolledBack.size === 1 ? '' : 's'}: the database is as it was before this step.`);
        return { ...failed, changeSets, rolledBackAfterFailure: true };
    }
    const left = ours.filter((c) => !rolledBack.has(identity(c)));
    const message = `${failed.error?.message ?? 'update failed'}\nThe rollback of this run's changesets failed too: ${undone.error?.message ?? 'unknown error'}.\nStill applied: ${left.map(_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_7__/* .changeSetLabel */ .Z).join(', ')}.`;
    env.logger.error(`Rollback after the failure failed: ${undone.error?.message ?? 'unknown error'}`);
    return { ...failed, changeSets, error: { ...failed.error, message } };
}
/** A snapshot of the schema; undefined (and a warning) if it cannot be read: the diagram is a nicety. */
async function schemaSnapshot(context, env) {
    try {
        const { takeSnapshot } = await __webpack_require__.e(/* import() */ 3752).then(__webpack_require__.bind(__webpack_require__, 3752));
        return await takeSnapshot(context.db, { schemas: [context.dialect.defaultSchema] });
    }
    catch (error) {
        env.logger.warn(`No schema diagram: the schema could not be read (${error.message})`);
        return undefined;
    }
}
async function schemaChangeSince(before, context, env) {
    const after = await schemaSnapshot(context, env);
    if (!after)
        return undefined;
    const { diffSnapshots } = await __webpack_require__.e(/* import() */ 1536).then(__webpack_require__.bind(__webpack_require__, 1536));
    const { schemaChangeOf } = await __webpack_require__.e(/* import() */ 9900).then(__webpack_require__.bind(__webpack_require__, 9900));
    return schemaChangeOf(diffSnapshots(after, before));
}
/** Under update-sql the engine reports what it would have run as executed; nothing ran. */
function asPending(result) {
    return { ...result, changeSets: result.changeSets.map((c) => (c.state === 'executed' || c.state === 'reran' ? { ...c, state: 'pending' } : c)) };
}
function identity(c) {
    return `${c.filePath}::${c.id}::${c.author}`;
}
function summaryLine(result, dryRun) {
    const count = (state) => result.changeSets.filter((c) => c.state === state).length;
    if (dryRun)
        return `Dry run: ${count('pending')} changesets would run; nothing was changed.`;
    const parts = [`${count('executed') + count('reran')} applied`, `${count('applied')} already applied`];
    if (count('failed'))
        parts.push(`${count('failed')} failed`);
    if (count('rolledBack'))
        parts.push(`${count('rolledBack')} rolled back`);
    if (count('notExecuted'))
        parts.push(`${count('notExecuted')} not run`);
    return `Update ${result.ok ? 'finished' : 'failed'}: ${parts.join(', ')} (${result.durationMs} ms).`;
}
/** The failing changeset, where it is, the statement and what the database said. */
function failureMessage(result, toRepository = (file) => file) {
    const failed = result.changeSets.find((c) => c.state === 'failed');
    const lines = [result.error?.message ?? 'The update failed.'];
    const detail = failed?.error ?? result.error?.detail;
    if (failed?.sourceFile)
        lines.push(`At ${toRepository(failed.sourceFile)}${failed.line ? `:${failed.line}` : ''}.`);
    if (detail?.statement)
        lines.push(`Statement: ${detail.statement}`);
    if (detail?.code)
        lines.push(`SQLSTATE ${detail.code}${detail.detail ? `: ${detail.detail}` : ''}`);
    if (detail?.hint)
        lines.push(`Hint: ${detail.hint}`);
    if (result.rolledBackAfterFailure)
        lines.push('The changesets this run applied were rolled back.');
    return lines.join('\n');
}


/***/ }),

/***/ 8073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ formatSql),
/* harmony export */   S: () => (/* binding */ renderApplySection)
/* harmony export */ });
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8380);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);


const STATE_LABEL = {
    pending: 'pending',
    executed: 'executed',
    reran: 're-ran',
    markRan: 'marked ran',
    applied: 'already applied',
    skipped: 'skipped',
    failed: 'failed',
    notExecuted: 'not executed',
    rolledBack: 'rolled back',
};
const STATE_ICON = {
    pending: '🕓',
    executed: '✅',
    reran: '🔁',
    markRan: '☑️',
    applied: '✔️',
    skipped: '⏭️',
    failed: '❌',
    notExecuted: '⏸️',
    rolledBack: '↩️',
};
/** Order of the counts in the summary line: what happened first, what did not happen last. */
const STATE_ORDER = ['failed', 'executed', 'reran', 'markRan', 'rolledBack', 'pending', 'notExecuted', 'skipped', 'applied'];
/** Commands that only report (nothing is changed), shown as information rather than pass. */
const REPORT_ONLY = new Set(['update-sql', 'status', 'history', 'rollback-sql', 'future-rollback-sql']);
/**
 * The apply section of the PR comment (and job summary): changesets pending, applied, failed,
 * each with its SQL in a collapsible block; a failure first, with the statement and what the
 * database said.
 *
 * @example
 * ```ts
 * const body = mergeCommentSections(existing, renderApplySection(runResult, { runUrl }), { key });
 * ```
 */
function renderApplySection(run, options = {}) {
    const maxSql = options.maxSqlChars ?? 20_000;
    const listed = options.showAlreadyApplied ? run.changeSets : run.changeSets.filter((c) => c.state !== 'applied');
    const alreadyApplied = run.changeSets.length - listed.length;
    const md = new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownBuilder */ .$6();
    const facts = [`Database ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(run.database)}`, `changelog ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(run.changelog)}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(run.durationMs)];
    md.paragraph(facts.join(' · '));
    if (run.error)
        md.alert('CAUTION', failureMarkdown(run, listed.some((c) => c.error)));
    if (listed.length > 0) {
        md.table(['', 'Changeset', 'Location', 'State', 'Time'], listed.map((c) => [
            STATE_ICON[c.state],
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(c)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLocation */ .k)(c)),
            c.reason ? `${STATE_LABEL[c.state]}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(c.reason))}` : STATE_LABEL[c.state],
            c.durationMs === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(c.durationMs),
        ]));
    }
    else {
        md.paragraph(REPORT_ONLY.has(run.command) || run.command.startsWith('update') ? '_No changesets to apply: the database is up to date._' : '_No changesets._');
    }
    if (alreadyApplied > 0)
        md.paragraph(`_${alreadyApplied} changeset${alreadyApplied === 1 ? '' : 's'} applied before this run ${alreadyApplied === 1 ? 'is' : 'are'} not listed._`);
    for (const c of listed) {
        if (c.sql.length === 0 && !c.error)
            continue;
        const statements = c.sql.length === 1 ? '1 statement' : `${c.sql.length} statements`;
        md.details(`${STATE_ICON[c.state]} ${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(c)} — ${statements}`, (b) => {
            const about = [c.description, c.comment].filter((s) => !!s).map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(s)));
            if (about.length)
                b.paragraph(about.join(' — '));
            // The failing statement is worth naming only when the block below shows several.
            const onlyStatement = c.sql.length === 1 && c.sql[0].trim() === c.error?.statement?.trim();
            if (c.error)
                b.paragraph(errorMarkdown(onlyStatement ? { ...c.error, statement: undefined } : c.error));
            if (c.sql.length)
                b.codeBlock(clip(formatSql(c.sql), maxSql), 'sql');
        }, { open: c.state === 'failed' });
    }
    if (run.script && listed.every((c) => c.sql.length === 0)) {
        md.details('Full SQL script', (b) => b.codeBlock(clip(run.script, maxSql), 'sql'));
    }
    return {
        id: options.id ?? 'apply',
        title: options.title ?? titleFor(run.command),
        status: statusFor(run),
        summary: summaryFor(run),
        body: md.stringify(),
        ...(options.runUrl ? { url: options.runUrl } : {}),
    };
}
/** Statements one after the other, each ending with a semicolon, blank line between them. */
function formatSql(statements) {
    return statements
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => (s.endsWith(';') ? s : `${s};`))
        .join('\n\n');
}
function titleFor(command) {
    if (command === 'update-sql' || command === 'status')
        return 'Pending changes';
    if (command.startsWith('update'))
        return 'Apply';
    if (command.startsWith('rollback') || command === 'future-rollback-sql')
        return 'Rollback';
    if (command === 'changelog-sync')
        return 'Changelog sync';
    return command.charAt(0).toUpperCase() + command.slice(1).replace(/-/g, ' ');
}
function statusFor(run) {
    if (!run.ok)
        return 'fail';
    return REPORT_ONLY.has(run.command) ? 'info' : 'pass';
}
function summaryFor(run) {
    const counts = new Map();
    for (const c of run.changeSets)
        counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
    const parts = STATE_ORDER.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${STATE_LABEL[s]}`);
    if (parts.length === 0)
        return run.ok ? 'nothing to apply' : 'failed';
    if (run.rolledBackAfterFailure)
        parts.push('rolled back after the failure');
    return parts.join(', ');
}
function failureMarkdown(run, detailShownBelow) {
    const error = run.error;
    const lines = [];
    const where = error.changeSet ? ` in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(error.changeSet))} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLocation */ .k)(error.changeSet))})` : '';
    lines.push(`**The run failed${where}:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.message))}`);
    // The failing changeset's block repeats the database's answer with the SQL; say it once.
    if (error.detail && !detailShownBelow)
        lines.push('', errorMarkdown(error.detail));
    if (run.rolledBackAfterFailure)
        lines.push('', 'The changesets applied by this run were rolled back.');
    return lines.join('\n');
}
/** Database error details as Markdown lines; the failing statement goes in its own SQL block. */
function errorMarkdown(error) {
    const lines = [`**Error:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.message))}${error.code ? ` (SQLSTATE ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(error.code)})` : ''}`];
    if (error.detail)
        lines.push(`**Detail:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.detail))}`);
    if (error.hint)
        lines.push(`**Hint:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.hint))}`);
    if (error.statement)
        lines.push(`**Statement:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(clip((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error.statement), 500))}`);
    return lines.join('<br>\n');
}
function clip(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}\n-- … ${text.length - max} more characters not shown`;
}


/***/ })

};

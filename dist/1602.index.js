export const id = 1602;
export const ids = [1602,9594];
export const modules = {

/***/ 1827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ openActionEngine),
/* harmony export */   UY: () => (/* binding */ changelogEnvironment),
/* harmony export */   i6: () => (/* binding */ commandOptions)
/* harmony export */ });
/**
 * The process environment as changelogs may see it (`${NAME}` properties): without the inputs
 * and the runtime's tokens, which are nobody's business in a changelog.
 */
function changelogEnvironment(env) {
    const visible = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || name === 'GITHUB_TOKEN')
            continue;
        visible[name] = value;
    }
    return visible;
}
/** The options every command takes, from the action's database inputs. */
function commandOptions(env, inputs) {
    return {
        changelogFile: inputs.changelogFile,
        searchPath: [inputs.workingDirectory],
        ...(inputs.url ? { url: inputs.url } : {}),
        ...(inputs.username ? { username: inputs.username } : {}),
        ...(inputs.password ? { password: inputs.password } : {}),
        ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
        ...(inputs.labels ? { labels: inputs.labels } : {}),
        ...(inputs.environment ? { environment: inputs.environment } : {}),
        env: changelogEnvironment(env.env),
        logger: env.logger,
    };
}
/** Opens the changelog and the database, logging one line per finished changeset. */
async function openActionEngine(env, options, extra = {}) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    return openEngine({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        environment: options.env,
        logger: options.logger,
        onProgress: progressLine(env),
        ...extra,
    });
}
function progressLine(env) {
    return (event) => {
        if (event.kind !== 'end')
            return;
        const { result } = event;
        const time = result.durationMs !== undefined ? ` (${result.durationMs} ms)` : '';
        env.logger.info(`[${event.index}/${event.total}] ${result.state} ${result.filePath}::${result.id}::${result.author}${time}`);
    };
}


/***/ }),

/***/ 9848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ loadCommand)
/* harmony export */ });
/* unused harmony export COMMAND_LOADERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/**
 * The commands the actions run, one function each, behind one small interface. The actions only
 * read inputs, call ONE of these and report the result (comment, summary, annotations, outputs);
 * the commands know nothing of GitHub Actions.
 *
 * A command whose implementation is not part of this build makes its action fail with a
 * ConfigurationError ("not available in this build") rather than report anything made up.
 * Wiring one is one line in `COMMAND_LOADERS`: a dynamic import of the module that implements
 * it (dynamic, so that an action loads only the code it runs).
 */

const notInThisBuild = async () => undefined;
/** How each command is loaded; `undefined` means this build does not have it. */
const COMMAND_LOADERS = {
    policyCheck: async () => (await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(8280), __webpack_require__.e(7143), __webpack_require__.e(8681)]).then(__webpack_require__.bind(__webpack_require__, 7143))).policyCheck,
    rollbackVerify: async () => (await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(3752), __webpack_require__.e(1224), __webpack_require__.e(1536), __webpack_require__.e(6882), __webpack_require__.e(3813), __webpack_require__.e(2745)]).then(__webpack_require__.bind(__webpack_require__, 878))).rollbackVerify,
    snapshot: async () => (await __webpack_require__.e(/* import() */ 5154).then(__webpack_require__.bind(__webpack_require__, 5154))).snapshotCommand,
    diffToChangelog: async () => (await Promise.all(/* import() */[__webpack_require__.e(3483), __webpack_require__.e(628), __webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(3752), __webpack_require__.e(1536), __webpack_require__.e(9668), __webpack_require__.e(4385), __webpack_require__.e(2043)]).then(__webpack_require__.bind(__webpack_require__, 7284))).diffToChangelog,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(3752), __webpack_require__.e(1224), __webpack_require__.e(1536), __webpack_require__.e(6882), __webpack_require__.e(4998)]).then(__webpack_require__.bind(__webpack_require__, 5273))).drift,
    aiAuthor: notInThisBuild,
};
const ACTION_OF = {
    policyCheck: 'policy-check',
    rollbackVerify: 'rollback-verify',
    snapshot: 'snapshot',
    diffToChangelog: 'diff-to-changelog',
    drift: 'drift',
    aiAuthor: 'ai-author',
};
/**
 * The command's function: an injected one (tests), else the build's. Throws a ConfigurationError
 * when neither exists, so the workflow author learns at once that this action cannot run here.
 */
async function loadCommand(name, injected = {}) {
    const command = injected[name] ?? (await COMMAND_LOADERS[name]());
    if (!command) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The ${ACTION_OF[name]} action is not available in this build of dbops: its command is not implemented yet. Remove the step, or pin a dbops release that has it.`);
    }
    return command;
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./github/annotations.js
var github_annotations = __webpack_require__(6328);
// EXTERNAL MODULE: ./logger.js
var logger_0 = __webpack_require__(9594);
// EXTERNAL MODULE: ./report/comment-sections.js
var comment_sections = __webpack_require__(4843);
// EXTERNAL MODULE: ./github/github-client.js
var github_client = __webpack_require__(87);
// EXTERNAL MODULE: ./github/masking.js
var masking = __webpack_require__(1946);
;// CONCATENATED MODULE: ./github/upsert-pr-comment.js




/**
 * Creates or updates the dbops comment on a PR, replacing only `section`: finds our comment by
 * its marker AND our login (someone else's comment with the same marker is never touched),
 * merges, and updates in place; creates it only when there is none. If two jobs race and both
 * create, the later one folds its section into the older comment and deletes its own.
 *
 * Never throws: failures (a fork PR's read-only token, say) come back as `action: 'failed'`
 * and are logged as a warning, since the job summary still has the report.
 *
 * @example
 * ```ts
 * const result = await upsertPrComment(client, {
 *   repo: context.repo,
 *   issueNumber: context.pullRequestNumber!,
 *   key: { changelog: inputs.changelogFile, environment: inputs.environment },
 *   section: renderPolicySection(policyResult, { runUrl: context.runUrl }),
 *   secrets,
 * });
 * ```
 */
async function upsertPrComment(client, params) {
    const logger = params.logger ?? logger_0/* silentLogger */.q;
    const secrets = params.secrets ?? [];
    const clean = (text) => (0,masking/* redact */.E$)(text, secrets);
    const sections = (Array.isArray(params.section) ? params.section : [params.section]).map((section) => ({
        ...section,
        title: clean(section.title),
        summary: clean(section.summary),
        body: clean(section.body),
    }));
    const section = { id: sections.map((s) => s.id).join(' and ') };
    const mergeOptions = { key: params.key, ...(params.maxLength !== undefined ? { maxLength: params.maxLength } : {}) };
    // Only our sections are redacted: the other sections were redacted by their writers, and running
    // the markers through redact could break them when a secret is an everyday word.
    const render = (existing) => sections.reduce((body, next) => (0,comment_sections/* mergeCommentSections */.e4)(body, next, mergeOptions), existing);
    const where = `${params.repo.owner}/${params.repo.repo}#${params.issueNumber}`;
    try {
        const authorLogin = params.authorLogin ?? (await client.getAuthenticatedLogin());
        const query = { marker: (0,comment_sections/* commentMarker */.Ql)(params.key), authorLogin };
        const existing = await client.findIssueComments(params.repo, params.issueNumber, query);
        if (existing.length > 1) {
            logger.warn(`${existing.length} dbops comments for ${params.key.changelog} on ${where}; updating the oldest (${existing[0].id})`);
        }
        const current = existing[0];
        if (current) {
            const body = render(current.body);
            if (body === current.body) {
                logger.debug(`dbops comment ${current.id} on ${where} is up to date`);
                return done('unchanged', current, body);
            }
            const updated = await client.updateIssueComment(params.repo, current.id, body);
            logger.info(`Updated the ${section.id} section of the dbops comment on ${where}: ${updated.htmlUrl}`);
            return done('updated', updated, body);
        }
        const body = render(undefined);
        const created = await client.createIssueComment(params.repo, params.issueNumber, body);
        logger.info(`Created the dbops comment on ${where}: ${created.htmlUrl}`);
        return await settleRace(created, body);
        async function settleRace(ours, ourBody) {
            // Another job may have created its comment between our search and our create.
            const all = await client.findIssueComments(params.repo, params.issueNumber, query);
            const oldest = all[0];
            if (!oldest || oldest.id === ours.id)
                return done('created', ours, ourBody);
            const merged = render(oldest.body);
            const updated = merged === oldest.body ? oldest : await client.updateIssueComment(params.repo, oldest.id, merged);
            try {
                await client.deleteIssueComment(params.repo, ours.id);
            }
            catch (error) {
                logger.warn(`Could not delete the duplicate dbops comment ${ours.id}: ${message(error)}`);
            }
            logger.info(`Another job created the dbops comment first; merged the ${section.id} section into ${oldest.id}`);
            return done('updated', updated, merged);
        }
    }
    catch (error) {
        const hint = error instanceof github_client/* GitHubApiError */.OS && error.status === 403
            ? ' (a pull request from a fork gets a read-only token; the report is in the job summary)'
            : '';
        logger.warn(`Could not update the dbops comment on ${where}: ${clean(message(error))}${hint}`);
        return { action: 'failed', shortened: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
}
function done(action, comment, body) {
    return {
        action,
        commentId: comment.id,
        url: comment.htmlUrl,
        body,
        shortened: (0,comment_sections/* parseCommentBody */.PJ)(body).sections.some((s) => s.compact),
    };
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(8186);
;// CONCATENATED MODULE: ./report/job-summary.js


/** What `renderJobSummary` aims for by default (1 MiB is the hard limit). */
const DEFAULT_SUMMARY_BUDGET = 1_000_000;
/**
 * The job summary: the same sections as the PR comment, in full, without the hidden markers.
 * Write it to `GITHUB_STEP_SUMMARY` through the action runtime.
 *
 * @example
 * ```ts
 * await runtime.appendSummary(renderJobSummary([renderApplySection(run)], { key, runUrl }));
 * ```
 */
function renderJobSummary(sections, options = {}) {
    const budget = options.maxBytes ?? DEFAULT_SUMMARY_BUDGET;
    const ordered = [...sections].sort((a, b) => rank(a.id) - rank(b.id));
    const bodies = ordered.map((s) => s.body);
    let markdown = assemble(ordered, bodies, options);
    // Over budget (a changelog loading megabytes of data): drop the biggest bodies first. Cutting
    // one in the middle would leave a code fence or <details> open and break everything after it.
    while (Buffer.byteLength(markdown) > budget) {
        let biggest = -1;
        bodies.forEach((b, i) => {
            if (!b.startsWith(OMITTED) && (biggest < 0 || b.length > bodies[biggest].length))
                biggest = i;
        });
        if (biggest < 0)
            break;
        bodies[biggest] = `${OMITTED} (${bodies[biggest].length.toLocaleString('en-US')} characters, over the 1 MiB job summary limit); see the log.`;
        markdown = assemble(ordered, bodies, options);
    }
    return markdown;
}
const OMITTED = '_Details omitted';
function assemble(sections, bodies, options) {
    const parts = [(0,comment_sections/* renderHeadline */.Lf)(sections.map((s) => ({ ...s, compact: false })), options.key, 2)];
    sections.forEach((s, i) => parts.push(`### ${(0,comment_sections/* sectionHeading */.SF)(s)}`, bodies[i]));
    if (options.runUrl)
        parts.push(`${(0,markdown/* link */.nf)('Workflow run', options.runUrl)}`);
    return `${parts.join('\n\n')}\n`;
}
function rank(id) {
    const i = comment_sections/* SECTION_ORDER */.t9.indexOf(id);
    return i < 0 ? comment_sections/* SECTION_ORDER */.t9.length : i;
}

// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __webpack_require__(3160);
;// CONCATENATED MODULE: ./actions/report-publisher.js





/**
 * Reports one action's result everywhere a reviewer looks: annotations on the changelog lines,
 * its section of the sticky PR comment, and the job summary. Never throws for a reporting
 * failure: a comment that cannot be written must not fail a migration that succeeded, so the
 * reason is logged and written to the summary instead.
 */
async function publishReport(env, options) {
    const annotations = (options.annotations ?? []).map((a) => (a.file ? { ...a, file: (0,action_environment/* repositoryPath */.S)(env, a.file) } : a));
    for (const annotation of (0,github_annotations/* limitAnnotations */.yV)(annotations, env.context?.runUrl ? { seeUrl: env.context.runUrl } : {})) {
        env.runtime.annotate(annotation);
    }
    const outcome = {};
    const reason = await whyNoComment(env, options);
    if (reason) {
        outcome.noComment = reason;
        env.logger.info(`No PR comment: ${reason}.`);
    }
    else {
        const client = (await env.github(options.githubToken));
        // All of this action's sections in one update.
        const result = await upsertPrComment(client, {
            repo: env.context.repo,
            issueNumber: env.context.pullRequestNumber,
            key: options.key,
            section: options.sections,
            secrets: env.secrets(),
            logger: env.logger,
        });
        if (result.action === 'failed')
            outcome.noComment = `GitHub refused it (${env.redact(result.error?.message ?? 'unknown error')})`;
        else
            outcome.commentUrl = result.url;
    }
    let summary = renderJobSummary(options.sections, { key: options.key, ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) });
    if (outcome.commentUrl)
        summary += `\n${(0,markdown/* link */.nf)('PR comment', outcome.commentUrl)}\n`;
    else if (outcome.noComment)
        summary += `\n_No PR comment: ${outcome.noComment}._\n`;
    try {
        await env.runtime.appendSummary(summary);
    }
    catch (error) {
        env.logger.warn(`Could not write the job summary: ${error.message}`);
    }
    return outcome;
}
/** Undefined when the comment should be written; otherwise the reason, in a phrase. */
async function whyNoComment(env, options) {
    if (options.comment === false)
        return 'the comment input is false';
    if (!env.context)
        return 'not running in a GitHub Actions workflow (GITHUB_REPOSITORY is not set)';
    if (env.context.pullRequestNumber === undefined) {
        return `this run is not for a pull request (event ${env.context.eventName || 'unknown'})`;
    }
    if (!options.githubToken)
        return 'no github-token was given';
    if (!(await env.github(options.githubToken)))
        return 'no GitHub client for the token';
    return undefined;
}


/***/ }),

/***/ 1602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollbackVerify: () => (/* binding */ runRollbackVerify)
});

// EXTERNAL MODULE: ./github/annotations.js
var annotations = __webpack_require__(6328);
// EXTERNAL MODULE: ./report/changeset-label.js
var changeset_label = __webpack_require__(8380);
// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(8186);
;// CONCATENATED MODULE: ./report/rollback-section.js


const STATUS_ICON = {
    verified: '✅',
    mismatch: '❌',
    error: '💥',
    'no-rollback': '⚠️',
    skipped: '⏭️',
};
const STATUS_LABEL = {
    verified: 'verified',
    mismatch: 'mismatch',
    error: 'error',
    'no-rollback': 'no rollback',
    skipped: 'skipped',
};
const ORDER = ['mismatch', 'error', 'no-rollback', 'verified', 'skipped'];
/**
 * The rollback-verify section: per changeset, whether applying then rolling back returned the
 * schema to where it was, with the differences when it did not and the database's answer when
 * the rollback failed.
 */
function renderRollbackSection(result, options = {}) {
    const md = new markdown/* MarkdownBuilder */.$6();
    md.paragraph(`Applied and rolled back each changeset of ${(0,markdown/* inlineCode */.ti)(result.changelog)} in ${(0,markdown/* formatDuration */.a3)(result.durationMs)}.`);
    if (result.verifications.length === 0) {
        md.paragraph('_No changesets to verify._');
    }
    else {
        md.table(['', 'Changeset', 'Location', 'Result'], result.verifications.map((v) => [STATUS_ICON[v.status], (0,markdown/* inlineCode */.ti)((0,changeset_label/* changeSetLabel */.Z)(v)), (0,markdown/* inlineCode */.ti)((0,changeset_label/* changeSetLocation */.k)(v)), resultCell(v)]));
    }
    for (const v of result.verifications) {
        if (v.status === 'mismatch' && v.differences?.length) {
            md.details(`${STATUS_ICON[v.status]} ${(0,changeset_label/* changeSetLabel */.Z)(v)} — ${(0,markdown/* plural */.LS)(v.differences.length, 'difference')} after rollback`, (b) => b.list(v.differences.map((d) => (0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(d)))), { open: true });
        }
        if (v.error) {
            md.details(`${STATUS_ICON[v.status]} ${(0,changeset_label/* changeSetLabel */.Z)(v)} — ${(0,markdown/* oneLine */.TN)(v.error.message)}`, (b) => {
                const facts = [`**Error:** ${(0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(v.error.message))}${v.error.code ? ` (SQLSTATE ${(0,markdown/* inlineCode */.ti)(v.error.code)})` : ''}`];
                if (v.error.detail)
                    facts.push(`**Detail:** ${(0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(v.error.detail))}`);
                if (v.error.hint)
                    facts.push(`**Hint:** ${(0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(v.error.hint))}`);
                b.paragraph(facts.join('<br>\n'));
                if (v.error.statement)
                    b.codeBlock(v.error.statement, 'sql');
            }, { open: true });
        }
    }
    return {
        id: options.id ?? 'rollback-verify',
        title: options.title ?? 'Rollback verification',
        status: statusFor(result),
        summary: summaryFor(result),
        body: md.stringify(),
        ...(options.runUrl ? { url: options.runUrl } : {}),
    };
}
function resultCell(v) {
    switch (v.status) {
        case 'mismatch':
            return `mismatch: ${(0,markdown/* plural */.LS)(v.differences?.length ?? 0, 'difference')}`;
        case 'error':
            return `error: ${(0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(v.error?.message ?? 'unknown error'))}`;
        case 'no-rollback':
            return 'no rollback: the changeset cannot be undone automatically';
        default:
            return STATUS_LABEL[v.status];
    }
}
function statusFor(result) {
    if (!result.ok || result.verifications.some((v) => v.status === 'mismatch' || v.status === 'error'))
        return 'fail';
    return result.verifications.some((v) => v.status === 'no-rollback') ? 'warn' : 'pass';
}
function summaryFor(result) {
    if (result.verifications.length === 0)
        return 'nothing to verify';
    return ORDER.map((s) => [s, result.verifications.filter((v) => v.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${STATUS_LABEL[s]}`)
        .join(', ');
}

// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __webpack_require__(3160);
// EXTERNAL MODULE: ./actions/action-engine.js
var action_engine = __webpack_require__(1827);
// EXTERNAL MODULE: ./actions/commands.js
var commands = __webpack_require__(9848);
// EXTERNAL MODULE: ./actions/inputs.js
var actions_inputs = __webpack_require__(9479);
// EXTERNAL MODULE: ./actions/report-publisher.js + 2 modules
var report_publisher = __webpack_require__(5325);
;// CONCATENATED MODULE: ./actions/rollback-verify-action.js







/**
 * The rollback-verify action: applies each pending changeset, rolls it back and compares the
 * schema; reports mismatches and missing rollbacks on the changelog lines and in the comment.
 */
async function runRollbackVerify(env) {
    const inputs = (0,actions_inputs/* readRollbackVerifyInputs */.te)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const key = (0,action_environment/* commentKey */.T)(env, inputs.changelogFile, inputs.environment);
    const rollbackVerify = await (0,commands/* loadCommand */.y)('rollbackVerify', env.commands);
    env.logger.info(`Verifying the rollbacks of the pending changesets of ${key.changelog}${inputs.url ? '' : ' on the embedded PostgreSQL'}`);
    const result = await rollbackVerify((0,action_engine/* commandOptions */.i6)(env, inputs));
    const failed = result.verifications.filter((v) => v.status === 'mismatch' || v.status === 'error' || v.status === 'no-rollback');
    env.runtime.setOutput('verified', result.verifications.filter((v) => v.status === 'verified').length);
    env.runtime.setOutput('failed', failed.length);
    const report = await (0,report_publisher/* publishReport */.S)(env, {
        key,
        sections: [renderRollbackSection(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {})],
        annotations: (0,annotations/* rollbackAnnotations */.Vs)(result),
        comment: inputs.comment,
        githubToken: inputs.githubToken,
    });
    if (report.commentUrl)
        env.runtime.setOutput('comment-url', report.commentUrl);
    if (!result.ok)
        env.fail(`rollback-verify failed for ${failed.length} changeset${failed.length === 1 ? '' : 's'}: ${failed.map((v) => `${v.id}::${v.author} (${v.status})`).join(', ')}`);
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
/** Discards everything; the default for library calls and tests. */
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
};
/** Collects messages, for tests that assert on what was logged. */
function memoryLogger() {
    const lines = [];
    const at = (level) => (message) => void lines.push({ level, message });
    return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}


/***/ })

};

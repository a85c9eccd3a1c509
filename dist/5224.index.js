export const id = 5224;
export const ids = [5224,9594];
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

/***/ 5224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPolicyCheck: () => (/* binding */ runPolicyCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _github_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6328);
/* harmony import */ var _report_policy_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(723);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(56);
/* harmony import */ var _action_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3160);
/* harmony import */ var _action_engine_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1827);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9848);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9479);
/* harmony import */ var _report_publisher_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5325);










/**
 * The policy-check action: runs the policy check on the pending changesets, annotates the
 * changelog lines, writes its section of the PR comment and, with `sarif-file`, SARIF for
 * code scanning; fails when the check fails (`fail-on`).
 */
async function runPolicyCheck(env) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readPolicyCheckInputs */ .G2)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const key = (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .commentKey */ .T)(env, inputs.changelogFile, inputs.environment);
    const policyCheck = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .loadCommand */ .y)('policyCheck', env.commands);
    env.logger.info(`Checking the pending changesets of ${key.changelog}${inputs.environment ? ` for ${inputs.environment}` : ''}`);
    const raw = await policyCheck({
        ...(0,_action_engine_js__WEBPACK_IMPORTED_MODULE_8__/* .commandOptions */ .i6)(env, inputs),
        configFile: inputs.configFile,
        ...(inputs.policiesDirectory ? { policiesDirectory: inputs.policiesDirectory } : {}),
        ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    });
    // Code scanning and annotations want paths from the repository root, not the working directory.
    const result = withRepositoryPaths(raw, (file) => (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryPath */ .S)(env, file));
    const active = result.findings.filter((f) => !f.suppressed);
    const count = (severity) => active.filter((f) => f.severity === severity).length;
    env.runtime.setOutput('findings', active.length);
    env.runtime.setOutput('errors', count('error'));
    env.runtime.setOutput('warnings', count('warning'));
    env.logger.info(`${active.length} findings (${count('error')} errors, ${count('warning')} warnings), ${result.findings.length - active.length} suppressed`);
    if (inputs.sarifFile) {
        const { renderSarif } = await __webpack_require__.e(/* import() */ 6090).then(__webpack_require__.bind(__webpack_require__, 6090));
        const sarif = renderSarif(result, { toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .DBOPS_VERSION */ .m, automationId: `dbops/policy-check/${inputs.environment ? `${inputs.environment}/` : ''}` });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(inputs.sarifFile), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(inputs.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
        env.runtime.setOutput('sarif-file', inputs.sarifFile);
        env.logger.info(`SARIF written to ${(0,_action_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryPath */ .S)(env, inputs.sarifFile)}`);
    }
    const report = await (0,_report_publisher_js__WEBPACK_IMPORTED_MODULE_7__/* .publishReport */ .S)(env, {
        key,
        sections: [(0,_report_policy_section_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPolicySection */ .oC)(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {})],
        // Already repository-relative: keep the working directory out of the mapping.
        annotations: (0,_github_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .findingAnnotations */ .AV)(result.findings).map((a) => (a.file ? { ...a, file: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(env.workspace, a.file) } : a)),
        comment: inputs.comment,
        githubToken: inputs.githubToken,
    });
    if (report.commentUrl)
        env.runtime.setOutput('comment-url', report.commentUrl);
    if (!result.ok)
        env.fail(`policy-check failed: ${count('error')} errors, ${count('warning')} warnings (see the annotations and the job summary).`);
}
function withRepositoryPaths(result, toRepository) {
    const ref = (r) => (r.sourceFile ? { ...r, sourceFile: toRepository(r.sourceFile) } : r);
    return {
        ...result,
        changelog: toRepository(result.changelog),
        checked: result.checked.map(ref),
        findings: result.findings.map((f) => ({
            ...f,
            ...(f.file ? { file: toRepository(f.file) } : {}),
            ...(f.changeSet ? { changeSet: ref(f.changeSet) } : {}),
        })),
    };
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


/***/ }),

/***/ 723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   oC: () => (/* binding */ renderPolicySection),
/* harmony export */   s_: () => (/* binding */ findingCounts)
/* harmony export */ });
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8380);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);


const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const SEVERITY_CELL = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
/**
 * The policy-check section: findings grouped by changeset (rule code, severity, message, fix
 * hint, file:line, the statement in question), then the suppressed ones with their reason.
 *
 * Status: `fail` when the check failed (`ok` false), `warn` when it passed with active findings,
 * `pass` otherwise.
 */
function renderPolicySection(result, options = {}) {
    const active = result.findings.filter((f) => !f.suppressed);
    const suppressed = result.findings.filter((f) => f.suppressed);
    const md = new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MarkdownBuilder */ .$6();
    md.paragraph(`Checked ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.checked.length, 'changeset')} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(result.changelog)}` +
        `${result.environment ? ` for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(result.environment)}` : ''} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(result.durationMs)}.`);
    if (active.length === 0) {
        md.paragraph(result.findings.length === 0 ? '_No findings._' : '_No active findings._');
    }
    for (const group of groupByChangeSet(active, result.checked)) {
        md.paragraph(group.heading);
        md.table(['Severity', 'Rule', 'Finding', 'Location'], group.findings.map((f) => [SEVERITY_CELL[f.severity], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(f.rule), findingCell(f), lineCell(f)]));
    }
    if (suppressed.length > 0) {
        md.details(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(suppressed.length, 'suppressed finding')}`, (b) => b.table(['Rule', 'Changeset', 'Finding', 'Reason'], sortFindings(suppressed).map((f) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(f.rule),
            f.changeSet ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet)) : '—',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.suppressed.reason)),
        ])));
    }
    return {
        id: options.id ?? 'policy-check',
        title: options.title ?? 'Policy check',
        status: statusFor(result, active),
        summary: summaryFor(result, active, suppressed.length),
        body: md.stringify(),
        ...(options.runUrl ? { url: options.runUrl } : {}),
    };
}
/** `2 errors, 1 warning, 1 suppressed` — shared with the terminal text. */
function findingCounts(findings) {
    const active = findings.filter((f) => !f.suppressed);
    const parts = [];
    const count = (s) => active.filter((f) => f.severity === s).length;
    if (count('error'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('error'), 'error'));
    if (count('warning'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('warning'), 'warning'));
    if (count('notice'))
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count('notice'), 'notice'));
    const suppressed = findings.length - active.length;
    if (suppressed)
        parts.push(`${suppressed} suppressed`);
    return parts.join(', ');
}
/** Errors first, then by file and line, then by rule: the order reviewers read them in. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}
function statusFor(result, active) {
    if (!result.ok)
        return 'fail';
    return active.some((f) => f.severity !== 'notice') ? 'warn' : 'pass';
}
function summaryFor(result, active, suppressed) {
    if (active.length === 0 && suppressed === 0)
        return `no findings in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.checked.length, 'changeset')}`;
    return findingCounts(result.findings);
}
/**
 * Groups in the order the changesets were checked (the changelog's order), findings that belong
 * to no changeset (a parser problem, a changelog-wide rule) first.
 */
function groupByChangeSet(findings, checked) {
    const groups = new Map();
    const checkedOrder = new Map(checked.map((c, i) => [`${c.filePath}\u0000${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(c)}`, i]));
    let order = checked.length;
    for (const f of findings) {
        const key = f.changeSet ? `${f.changeSet.filePath}\u0000${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet)}` : '';
        let group = groups.get(key);
        if (!group) {
            const heading = f.changeSet
                ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLabel */ .Z)(f.changeSet))}** · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetLocation */ .k)(f.changeSet))}`
                : '**Changelog**';
            group = { heading, findings: [], order: key === '' ? -1 : (checkedOrder.get(key) ?? order++) };
            groups.set(key, group);
        }
        group.findings.push(f);
    }
    return [...groups.values()]
        .sort((a, b) => a.order - b.order)
        .map((g) => ({ heading: g.heading, findings: sortFindings(g.findings) }));
}
function findingCell(f) {
    const parts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message))];
    if (f.hint)
        parts.push(`💡 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.hint))}`);
    if (f.statement)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.statement), 200)));
    return parts.join('<br>');
}
function lineCell(f) {
    const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
    const line = f.line ?? f.changeSet?.line;
    if (!file)
        return '—';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(line ? `${file}:${line}` : file);
}


/***/ })

};

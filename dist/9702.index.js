export const id = 9702;
export const ids = [9702];
export const modules = {

/***/ 9702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./github/github-client.js
var github_client = __webpack_require__(87);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./promotion/git-commits.js

/**
 * The commits `head` has that `base` lacks, newest first, read from the local clone; undefined
 * when the clone cannot tell (a shallow checkout without the base branch: use `fetch-depth: 0`).
 * The base is looked up as `origin/<base>`, then `<base>`.
 */
async function commitsBetween(cwd, base, head) {
    for (const ref of [`refs/remotes/origin/${base}`, `refs/heads/${base}`]) {
        if ((await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) === undefined)
            continue;
        const log = await git(cwd, ['log', '--format=%H%x09%an%x09%s', `${ref}..${head}`]);
        if (log === undefined)
            return undefined;
        return log
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => {
            const [sha = '', author = '', ...subject] = line.split('\t');
            return { sha, author, subject: subject.join('\t') };
        });
    }
    return undefined;
}
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}

;// CONCATENATED MODULE: ./promotion/pending-changesets.js
/**
 * The changesets `update` would run against a database, with their SQL, read with update-sql so
 * nothing is changed (no tracking table is created, no lock is taken). This is exactly what a
 * deploy of this changelog to that database applies.
 *
 * @example
 * ```ts
 * const { pending } = await pendingChangeSets({ changelogFile: 'changelog.yaml', searchPath: [dir], url: stagingUrl, logger });
 * ```
 */
async function pendingChangeSets(options) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    const opened = await openEngine(options);
    try {
        const { update } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882), __webpack_require__.e(7873)]).then(__webpack_require__.bind(__webpack_require__, 6882));
        const { history } = await __webpack_require__.e(/* import() */ 8583).then(__webpack_require__.bind(__webpack_require__, 8583));
        const plan = await update(opened.context, { sqlOnly: true });
        const applied = await history(opened.context);
        const known = new Set(opened.context.changeLog.changeSets.map((c) => key(c)));
        const pending = plan.changeSets
            .filter((c) => c.state === 'executed' || c.state === 'reran')
            .map((c) => ({ ...c, state: 'pending', sql: c.sql.map(opened.redact) }));
        return {
            database: opened.context.db.displayName,
            pending,
            unknownApplied: applied.changeSets.filter((c) => !known.has(key(c))).map(({ id, author, filePath }) => ({ id, author, filePath })),
            ...(plan.ok ? {} : { error: opened.redact(plan.error?.message ?? 'update-sql failed') }),
        };
    }
    finally {
        await opened.close();
    }
}
function key(c) {
    return `${c.filePath}::${c.id}::${c.author}`;
}

// EXTERNAL MODULE: ./report/apply-section.js
var apply_section = __webpack_require__(8073);
// EXTERNAL MODULE: ./report/changeset-label.js
var changeset_label = __webpack_require__(8380);
// EXTERNAL MODULE: ./report/comment-sections.js
var comment_sections = __webpack_require__(4843);
// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(8186);
;// CONCATENATED MODULE: ./promotion/promotion-body.js




/** The hidden line that says which promotion a pull request is. */
function promotionMarker(branch, nextBranch) {
    return `<!-- dbops:promote from=${branch} to=${nextBranch} -->`;
}
function promotionTitle(d) {
    const what = d.pending.length ? (0,markdown/* plural */.LS)(d.pending.length, 'database changeset') : 'no database changes';
    return `Promote ${d.environment} to ${d.nextEnvironment}: ${what}`;
}
/**
 * The promotion pull request's body: the changesets the next environment will apply on merge
 * (exactly those its DATABASECHANGELOG lacks), each with its SQL, then the commits. SQL blocks
 * are dropped from the last changeset backwards when the body would exceed GitHub's limit; the
 * list itself is always complete.
 */
function promotionBody(d) {
    const max = d.maxLength ?? comment_sections/* GITHUB_COMMENT_LIMIT */._4 - 1_536;
    let withSql = d.pending.length;
    let body = render(d, withSql);
    while (body.length > max && withSql > 0)
        body = render(d, --withSql);
    return body.length > max ? `${body.slice(0, max - 40)}\n\n…*[body truncated]*` : body;
}
function render(d, withSql) {
    const md = new markdown/* MarkdownBuilder */.$6();
    md.heading(`Promote ${d.environment} → ${d.nextEnvironment}`, 2);
    md.paragraph(`Merging ${(0,markdown/* inlineCode */.ti)(d.branch)} into ${(0,markdown/* inlineCode */.ti)(d.nextBranch)} deploys to **${(0,markdown/* escapeText */.X1)(d.nextEnvironment)}**. ` +
        (d.pending.length
            ? `Its database has not applied ${(0,markdown/* plural */.LS)(d.pending.length, 'changeset')}, which the deploy will apply in this order:`
            : 'Its database has already applied every changeset of the changelog: no database change.'));
    if (d.pending.length) {
        md.table(['#', 'Changeset', 'Location', 'Description'], d.pending.map((c, i) => [String(i + 1), (0,markdown/* inlineCode */.ti)((0,changeset_label/* changeSetLabel */.Z)(c)), (0,markdown/* inlineCode */.ti)((0,changeset_label/* changeSetLocation */.k)(c)), (0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)([c.description, c.comment].filter(Boolean).join(' — ')))]));
    }
    d.pending.slice(0, withSql).forEach((c, i) => {
        if (c.sql.length === 0)
            return;
        md.details(`${i + 1}. ${(0,changeset_label/* changeSetLabel */.Z)(c)}: ${(0,markdown/* plural */.LS)(c.sql.length, 'statement')}`, (b) => b.codeBlock((0,apply_section/* formatSql */.A)(c.sql), 'sql'));
    });
    if (withSql < d.pending.length) {
        md.paragraph(`_The SQL of the last ${(0,markdown/* plural */.LS)(d.pending.length - withSql, 'changeset')} is not shown: the description would exceed GitHub's size limit${d.runUrl ? `; see the ${(0,markdown/* link */.nf)('job summary', d.runUrl)}` : ''}._`);
    }
    if (d.unknownApplied?.length) {
        md.alert('WARNING', `${(0,markdown/* escapeText */.X1)(d.nextEnvironment)} has applied ${(0,markdown/* plural */.LS)(d.unknownApplied.length, 'changeset')} that ${(0,markdown/* inlineCode */.ti)(d.branch)} does not contain: ` +
            `${d.unknownApplied.map((c) => (0,markdown/* inlineCode */.ti)(`${c.filePath}::${c.id}::${c.author}`)).join(', ')}. Bring them into ${(0,markdown/* inlineCode */.ti)(d.branch)} first.`);
    }
    if (d.commits) {
        const shown = d.commits.slice(0, 50);
        md.details(`${(0,markdown/* plural */.LS)(d.commits.length, 'commit')}`, (b) => {
            b.list(shown.map((c) => `${(0,markdown/* inlineCode */.ti)(c.sha.slice(0, 12))} ${(0,markdown/* escapeText */.X1)((0,markdown/* oneLine */.TN)(c.subject))} (${(0,markdown/* escapeText */.X1)(c.author)})`));
            if (d.commits.length > shown.length)
                b.paragraph(`_…and ${d.commits.length - shown.length} more._`);
        });
    }
    md.paragraph(`${(0,markdown/* escapeText */.X1)(d.environment)} runs ${(0,markdown/* inlineCode */.ti)(d.headSha.slice(0, 12))}` +
        `${d.runUrl ? ` (${(0,markdown/* link */.nf)('deploy run', d.runUrl)})` : ''}. This description is kept up to date by dbops promote.`);
    md.raw(promotionMarker(d.branch, d.nextBranch));
    return md.stringify();
}

;// CONCATENATED MODULE: ./promotion/promotion-pull-request.js

/**
 * Opens the pull request from `head` into `base`, or updates the open one: looks it up by head
 * and base, creates it when there is none, and when the create loses a race (422 "A pull request
 * already exists") looks it up again and updates it. Never opens a second one.
 */
async function openOrUpdatePromotionPullRequest(client, params, logger) {
    const existing = await findOpen(client, params);
    if (existing)
        return update(existing);
    try {
        const created = await client.createPullRequest(params.repo, { title: params.title, head: params.head, base: params.base, body: params.body, maintainerCanModify: false });
        logger.info(`Opened pull request #${created.number} ${params.head} → ${params.base}: ${created.htmlUrl}`);
        return { action: 'created', pullRequest: created };
    }
    catch (error) {
        if (!(error instanceof github_client/* GitHubApiError */.OS) || error.status !== 422)
            throw error;
        if (/no commits between/i.test(error.message))
            return { action: 'nothing-to-promote' };
        if (!/already exists/i.test(error.message))
            throw error;
        const raced = await findOpen(client, params);
        if (!raced)
            throw error;
        logger.info(`Another run opened pull request #${raced.number} first; updating it`);
        return update(raced);
    }
    async function update(pull) {
        if (pull.title === params.title && pull.body.replace(/\r\n/g, '\n') === params.body) {
            logger.info(`Pull request #${pull.number} is up to date: ${pull.htmlUrl}`);
            return { action: 'unchanged', pullRequest: pull };
        }
        const updated = await client.updatePullRequest(params.repo, pull.number, { title: params.title, body: params.body });
        logger.info(`Updated pull request #${pull.number} ${params.head} → ${params.base}: ${updated.htmlUrl}`);
        return { action: 'updated', pullRequest: updated };
    }
}
async function findOpen(client, params) {
    const found = await client.findPullRequests(params.repo, { head: `${params.repo.owner}:${params.head}`, base: params.base, state: 'open' });
    // The list filter has misbehaved for same-owner forks (create-pull-request works around it): check.
    return found.filter((p) => p.head.ref === params.head && p.base.ref === params.base).sort((a, b) => a.number - b.number)[0];
}

;// CONCATENATED MODULE: ./promotion/promote.js






/**
 * Opens or refreshes the promotion pull request `branch` → `nextBranch`, listing exactly the
 * changesets the next environment's database has not applied (read from its DATABASECHANGELOG,
 * with their SQL), and optionally enables auto-merge pinned to `headSha`, so that only the
 * commit this run deployed can be merged by it.
 *
 * @example
 * ```ts
 * const result = await promote(client, {
 *   repo, branch: 'dev', nextBranch: 'staging', environment: 'dev', nextEnvironment: 'staging',
 *   headSha: process.env.GITHUB_SHA!, gitDirectory: workspace, logger,
 *   nextDatabase: { changelogFile: 'db/changelog.yaml', searchPath: [workspace], url: stagingUrl },
 * });
 * ```
 */
async function promote(client, options) {
    const { logger } = options;
    const redact = options.redact ?? ((text) => text);
    const next = await pendingChangeSets({ ...options.nextDatabase, logger });
    if (next.error)
        throw new errors/* ConfigurationError */.j1(`Cannot tell what ${options.nextEnvironment} lacks, so there is nothing truthful to promote: ${next.error}`);
    logger.info(`${options.nextEnvironment} (${next.database}) lacks ${next.pending.length} changesets of this changelog`);
    const commits = await commitsBetween(options.gitDirectory, options.nextBranch, options.headSha);
    if (commits === undefined)
        logger.info(`The commit list is left out: the clone does not have ${options.nextBranch} (check out with fetch-depth: 0).`);
    const base = { result: 'nothing-to-promote', nextDatabase: next.database, pending: next.pending, unknownApplied: next.unknownApplied, ...(commits ? { commits } : {}) };
    if (commits?.length === 0 && next.pending.length === 0) {
        logger.info(`${options.branch} has nothing ${options.nextBranch} lacks: no pull request.`);
        return base;
    }
    const description = {
        branch: options.branch,
        nextBranch: options.nextBranch,
        environment: options.environment,
        nextEnvironment: options.nextEnvironment,
        pending: next.pending,
        unknownApplied: next.unknownApplied,
        ...(commits ? { commits } : {}),
        headSha: options.headSha,
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    };
    const title = redact(promotionTitle(description));
    const body = redact(promotionBody(description));
    const outcome = await openOrUpdatePromotionPullRequest(client, { repo: options.repo, head: options.branch, base: options.nextBranch, title, body }, logger);
    if (outcome.action === 'nothing-to-promote') {
        logger.info(`GitHub says ${options.nextBranch} already has every commit of ${options.branch}: no pull request.`);
        return { ...base, title, body };
    }
    const result = { ...base, result: outcome.action, pullRequest: outcome.pullRequest, title, body };
    if (options.autoMerge)
        result.autoMerge = await enableAutoMerge(client, outcome.pullRequest, options.headSha, options.autoMerge.mergeMethod, logger);
    return result;
}
/**
 * Auto-merge pinned to the deployed commit. When the branch has moved on since this run, the
 * newer commit was not deployed here yet: its own run will enable auto-merge. Refusals (the
 * repository does not allow auto-merge, the PR is already mergeable) are reported, not thrown.
 */
async function enableAutoMerge(client, pull, headSha, mergeMethod, logger) {
    if (pull.head.sha !== headSha) {
        const reason = `the branch moved on to ${pull.head.sha.slice(0, 12)} after this run deployed ${headSha.slice(0, 12)}; the run for the newer commit decides`;
        logger.info(`Auto-merge not enabled: ${reason}.`);
        return { enabled: false, reason };
    }
    try {
        await client.enableAutoMerge(pull.nodeId, { mergeMethod, expectedHeadOid: headSha, commitHeadline: `${pull.title} (#${pull.number})` });
        logger.info(`Auto-merge enabled on #${pull.number} (${mergeMethod.toLowerCase()}, pinned to ${headSha.slice(0, 12)}): it merges when the required checks pass.`);
        return { enabled: true };
    }
    catch (error) {
        const reason = error.message;
        logger.warn(`Auto-merge could not be enabled on #${pull.number}: ${reason}`);
        return { enabled: false, reason };
    }
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

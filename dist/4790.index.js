export const id = 4790;
export const ids = [4790];
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

/***/ 4790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
;// CONCATENATED MODULE: ./promotion/environment-branches.js

/**
 * Where `branch` promotes to: `explicitNext` when given, else the branch after it in `branches`.
 * A branch that is not an environment branch is a configuration error: promoting a feature
 * branch would skip the lower environments.
 */
function promotionStep(branches, branch, explicitNext) {
    if (explicitNext) {
        if (explicitNext === branch)
            throw new errors/* ConfigurationError */.j1(`Input 'next-branch' is ${branch}, the branch this run is on: a branch cannot be promoted into itself.`);
        return { branch, next: explicitNext };
    }
    const index = branches.indexOf(branch);
    if (index < 0) {
        throw new errors/* ConfigurationError */.j1(`This run is on branch '${branch}', which is not one of the environment branches (${branches.join(' -> ')}): set 'branches' or 'next-branch'.`);
    }
    const next = branches[index + 1];
    return next ? { branch, next } : { branch };
}
/** `refs/heads/dev` → `dev`; undefined for tags and pull request refs. */
function branchOfRef(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __webpack_require__(3160);
// EXTERNAL MODULE: ./actions/action-engine.js
var action_engine = __webpack_require__(1827);
// EXTERNAL MODULE: ./actions/inputs.js
var actions_inputs = __webpack_require__(9479);
;// CONCATENATED MODULE: ./actions/promote-action.js





/**
 * The promote action, run after a successful apply on an environment branch: opens or updates
 * the pull request into the next environment's branch, listing the changesets the next
 * environment's database lacks (with their SQL), and optionally enables auto-merge pinned to the
 * commit this run deployed.
 */
async function runPromote(env) {
    const inputs = (0,actions_inputs/* readPromoteInputs */.QO)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const context = env.context;
    if (!context)
        throw new errors/* ConfigurationError */.j1('promote must run in a GitHub Actions workflow (GITHUB_REPOSITORY is not set)');
    const deployed = deployedCommit(context);
    if ('skip' in deployed) {
        env.logger.info(`Nothing promoted: ${deployed.skip}.`);
        env.runtime.setOutput('result', 'not-deployed');
        env.runtime.setOutput('pending', 0);
        return;
    }
    const { branch, sha } = deployed;
    const step = promotionStep(inputs.branches, branch, inputs.nextBranch);
    if (!step.next) {
        env.logger.info(`${branch} is the last environment branch (${inputs.branches.join(' -> ')}): nothing to promote.`);
        env.runtime.setOutput('result', 'last-environment');
        env.runtime.setOutput('pending', 0);
        return;
    }
    const client = await env.github(inputs.githubToken);
    if (!client)
        throw new errors/* ConfigurationError */.j1("Input 'github-token' is required for promote (it opens the pull request; the token needs pull-requests: write)");
    const environment = inputs.environment ?? branch;
    const nextEnvironment = inputs.nextEnvironment ?? step.next;
    env.logger.info(`Promoting ${environment} (${branch}) to ${nextEnvironment} (${step.next}) at ${sha}`);
    const { promote } = await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(9702)]).then(__webpack_require__.bind(__webpack_require__, 9702));
    const result = await promote(client, {
        repo: context.repo,
        branch,
        nextBranch: step.next,
        environment,
        nextEnvironment,
        headSha: sha,
        nextDatabase: {
            changelogFile: inputs.changelogFile,
            searchPath: [inputs.workingDirectory],
            url: inputs.nextUrl,
            ...(inputs.nextUsername ? { username: inputs.nextUsername } : {}),
            ...(inputs.nextPassword ? { password: inputs.nextPassword } : {}),
            ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
            ...(inputs.labels ? { labels: inputs.labels } : {}),
            environment: (0,action_engine/* changelogEnvironment */.UY)(env.env),
        },
        gitDirectory: inputs.workingDirectory,
        ...(inputs.autoMerge ? { autoMerge: { mergeMethod: inputs.mergeMethod } } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        redact: env.redact,
        logger: env.logger,
    });
    env.runtime.setOutput('result', result.result);
    env.runtime.setOutput('pending', result.pending.length);
    if (result.pullRequest) {
        env.runtime.setOutput('pull-request-number', result.pullRequest.number);
        env.runtime.setOutput('pull-request-url', result.pullRequest.htmlUrl);
    }
    const headline = result.pullRequest
        ? `Pull request [#${result.pullRequest.number}](${result.pullRequest.htmlUrl}) ${result.result}: ${result.pending.length} changesets will reach ${nextEnvironment}.`
        : `Nothing to promote from ${branch} to ${step.next}.`;
    const autoMerge = result.autoMerge ? `\n\nAuto-merge: ${result.autoMerge.enabled ? 'enabled' : `not enabled (${result.autoMerge.reason})`}.` : '';
    try {
        await env.runtime.appendSummary(`## dbops promote ${environment} → ${nextEnvironment}\n\n${headline}${autoMerge}\n\n${result.body ?? ''}\n`);
    }
    catch (error) {
        env.logger.warn(`Could not write the job summary: ${error.message}`);
    }
    if (result.unknownApplied.length) {
        env.runtime.annotate({
            level: 'warning',
            title: `dbops: ${nextEnvironment} has changesets ${branch} lacks`,
            message: `${result.unknownApplied.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')} (applied in ${nextEnvironment}, absent from this changelog)`,
            file: (0,action_environment/* repositoryPath */.S)(env, inputs.changelogFile),
        });
    }
}
/**
 * The branch and commit that were deployed: the pushed ones when promote runs in the deploy
 * workflow; under `workflow_run` (a separate promotion workflow), those of the deploy run, which
 * must have succeeded and come from this repository.
 */
function deployedCommit(context) {
    if (context.eventName === 'workflow_run') {
        const run = (context.payload.workflow_run ?? {});
        if (run.conclusion !== 'success')
            return { skip: `the deploy run ${run.name ?? ''} ended ${run.conclusion ?? 'without a conclusion'}, not success` };
        const from = run.head_repository?.full_name;
        if (from && from.toLowerCase() !== `${context.repo.owner}/${context.repo.repo}`.toLowerCase()) {
            throw new errors/* ConfigurationError */.j1(`the deploy run came from ${from}, not this repository: promote never promotes a fork's commits`);
        }
        if (!run.head_branch || !run.head_sha)
            throw new errors/* ConfigurationError */.j1('the workflow_run event has no head_branch/head_sha');
        return { branch: run.head_branch, sha: run.head_sha };
    }
    const branch = branchOfRef(context.ref);
    if (!branch)
        throw new errors/* ConfigurationError */.j1(`promote runs on pushes to an environment branch (or on workflow_run after the deploy); this run's ref is ${context.ref || 'unknown'}`);
    if (!context.sha)
        throw new errors/* ConfigurationError */.j1('GITHUB_SHA is not set: promote pins the commit this run deployed');
    return { branch, sha: context.sha };
}


/***/ })

};

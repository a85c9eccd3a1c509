export const id = 2533;
export const ids = [2533];
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

/***/ 2533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSnapshot: () => (/* binding */ runSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _action_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3160);
/* harmony import */ var _action_engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9848);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9479);






/** The snapshot action: writes the schema snapshot to `output-file` and says where. */
async function runSnapshot(env) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readSnapshotInputs */ .OS)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const snapshot = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCommand */ .y)('snapshot', env.commands);
    const result = await snapshot({ ...(0,_action_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .commandOptions */ .i6)(env, inputs), schemas: inputs.schemas, include: inputs.include, exclude: inputs.exclude });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(inputs.outputFile), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(inputs.outputFile, result.text);
    const where = (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryPath */ .S)(env, inputs.outputFile);
    env.runtime.setOutput('snapshot-file', inputs.outputFile);
    env.runtime.setOutput('tables', result.tables);
    env.logger.info(`Snapshot of ${result.database}: ${result.tables} tables, written to ${where}`);
    try {
        await env.runtime.appendSummary(`## dbops snapshot\n\nSnapshot of \`${result.database}\`: ${result.tables} tables, written to \`${where}\`.\n`);
    }
    catch (error) {
        env.logger.warn(`Could not write the job summary: ${error.message}`);
    }
}


/***/ })

};

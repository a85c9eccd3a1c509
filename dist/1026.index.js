export const id = 1026;
export const ids = [1026];
export const modules = {

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

/***/ 5788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var _report_schema_change_section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8598);
/* harmony import */ var _action_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3160);
/* harmony import */ var _action_engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9848);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9479);
/* harmony import */ var _report_publisher_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5325);






/**
 * The drift action: compares the database with the schema its applied changesets build and
 * reports the difference; fails the step on drift unless `fail-on-drift` is false.
 */
async function runDrift(env) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readDriftInputs */ .zF)(env.inputs);
    env.workingDirectory = inputs.workingDirectory;
    const key = (0,_action_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .commentKey */ .T)(env, inputs.changelogFile, inputs.environment);
    const drift = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCommand */ .y)('drift', env.commands);
    const result = await drift({ ...(0,_action_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .commandOptions */ .i6)(env, inputs), schemas: inputs.schemas });
    env.runtime.setOutput('drifted', result.drifted);
    env.logger.info(result.drifted ? `Drift: ${result.database} differs from what its changelog builds.` : `No drift on ${result.database}.`);
    const report = await (0,_report_publisher_js__WEBPACK_IMPORTED_MODULE_4__/* .publishReport */ .S)(env, {
        key,
        sections: [(0,_report_schema_change_section_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSchemaChangeSection */ .d)(result.change, { kind: 'drift', ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) })],
        comment: inputs.comment,
        githubToken: inputs.githubToken,
    });
    if (report.commentUrl)
        env.runtime.setOutput('comment-url', report.commentUrl);
    if (result.drifted && inputs.failOnDrift)
        env.fail(`Drift: ${result.database} differs from what its changelog builds (see the job summary).`);
}


/***/ })

};

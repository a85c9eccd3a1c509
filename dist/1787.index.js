export const id = 1787;
export const ids = [1787];
export const modules = {

/***/ 1787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coreActionRuntime: () => (/* binding */ coreActionRuntime)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2825);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6328);



/**
 * The `ActionRuntime` of a real step, over @actions/core: outputs to `GITHUB_OUTPUT` (random
 * `ghadelimiter_` delimiter, so multi-line values are safe), summaries to `GITHUB_STEP_SUMMARY`,
 * `::add-mask::` for secrets. The only module that imports @actions/core.
 *
 * @example
 * ```ts
 * const runtime = coreActionRuntime({ redact: createRedactor([inputs.url, inputs.password]) });
 * runtime.setOutput('violations', 3);
 * ```
 */
function coreActionRuntime(options = {}) {
    const redact = options.redact ?? ((text) => text);
    const write = options.write ?? ((line) => void process.stdout.write(line + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL));
    return {
        setOutput(name, value) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, typeof value === 'string' ? redact(value) : value);
        },
        async appendSummary(markdown) {
            // write() appends to the step's file and empties core's buffer, so calls never repeat text.
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(redact(markdown), true).write();
        },
        setSecret(value) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
        },
        annotate(annotation) {
            write((0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .formatAnnotation */ .tn)({
                ...annotation,
                message: redact(annotation.message),
                ...(annotation.title !== undefined ? { title: redact(annotation.title) } : {}),
            }));
        },
        setFailed(message) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(redact(message));
        },
    };
}


/***/ })

};

export const id = 9948;
export const ids = [9948];
export const modules = {

/***/ 9948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarifRuleDescriptors: () => (/* binding */ sarifRuleDescriptors)
/* harmony export */ });
/* harmony import */ var _rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1180);

/** The built-in rules as SARIF rule descriptors, with a link to their docs page. */
function sarifRuleDescriptors() {
    return _rules_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_RULES */ .Yb.map((rule) => ({
        id: rule.code,
        name: rule.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
        shortDescription: rule.summary,
        fullDescription: rule.why.replace(/\s+/g, ' ').trim(),
        help: rule.hint,
        helpMarkdown: `${rule.hint}\n\n${rule.fix}`,
        helpUri: `docs/rules/${rule.code}.md`,
        defaultSeverity: rule.defaultSeverity,
        tags: [rule.family],
    }));
}


/***/ })

};

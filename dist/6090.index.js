export const id = 6090;
export const ids = [6090];
export const modules = {

/***/ 6090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _changeset_label_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8380);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8186);
/**
 * Policy findings as SARIF 2.1.0, for `github/codeql-action/upload-sarif`: code scanning shows
 * them as alerts on the changelog lines, and in the PR when those lines are part of the diff.
 *
 * What upload-sarif needs (notes §7): `version`, `runs[]` each with `tool.driver.name` and a
 * `results[]` array; per result `message.text` and a `physicalLocation.artifactLocation` (only the
 * first location is used); per rule an `id`; no empty strings where a value is required.
 */



const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own fingerprint: stable when lines move, unlike a line hash. upload-sarif adds its line hash. */
const FINGERPRINT_KEY = 'dbopsFindingHash/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY = {
    error: 'error',
    warning: 'warning',
    notice: 'recommendation',
};
/**
 * The SARIF log for a policy check: one run, one rule per rule code, one result per finding
 * located at the changelog file and line.
 *
 * @example
 * ```ts
 * await writeFile('dbops.sarif', JSON.stringify(renderSarif(result, { toolVersion: '1.2.0', rules })));
 * // then: uses: github/codeql-action/upload-sarif@v4 with: { sarif_file: dbops.sarif }
 * ```
 */
function renderSarif(result, options) {
    const findings = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppressed);
    const described = new Map((options.rules ?? []).map((r) => [r.id, r]));
    const ruleIds = [];
    for (const f of findings)
        if (!ruleIds.includes(f.rule))
            ruleIds.push(f.rule);
    const rules = ruleIds.map((id) => toRule(id, described.get(id), findings.filter((f) => f.rule === id)));
    const seen = new Map();
    const results = findings.map((f) => {
        const identity = fingerprintSource(f);
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath ?? result.changelog;
        const line = f.line ?? f.changeSet?.line ?? 1;
        const sarifResult = {
            ruleId: f.rule,
            ruleIndex: ruleIds.indexOf(f.rule),
            level: LEVEL[f.severity],
            message: { text: messageText(f) },
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: Math.max(1, Math.floor(line)) } } }],
            partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${identity}\u0000${occurrence}`) },
            properties: {
                source: f.source,
                ...(f.changeSet ? { changeSet: (0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet) } : {}),
                ...(f.statement ? { statement: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.statement, 2000) } : {}),
            },
        };
        // SARIF: suppressions are either present on every result of a run or on none.
        if (options.includeSuppressed) {
            sarifResult.suppressions = f.suppressed ? [{ kind: 'inSource', justification: f.suppressed.reason || 'suppressed' }] : [];
        }
        return sarifResult;
    });
    const run = {
        tool: {
            driver: {
                name: options.toolName ?? 'dbops',
                semanticVersion: options.toolVersion,
                ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                rules,
            },
        },
        ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
    };
    return { $schema: SCHEMA, version: '2.1.0', runs: [run] };
}
function toRule(id, descriptor, findings) {
    const severity = descriptor?.defaultSeverity ?? mostSevere(findings);
    const hint = findings.find((f) => f.hint)?.hint;
    const source = findings[0]?.source ?? 'builtin';
    const generic = source === 'rego' ? `Policy ${id.replace(/^rego:/, '')}` : `dbops rule ${id}`;
    const short = nonEmpty(descriptor?.shortDescription, generic);
    const help = nonEmpty(descriptor?.help, hint ?? `See the description of ${id} in the dbops policy documentation.`);
    return {
        id,
        ...(descriptor?.name ? { name: descriptor.name } : {}),
        shortDescription: { text: short },
        fullDescription: { text: nonEmpty(descriptor?.fullDescription, short) },
        help: { text: help, ...(descriptor?.helpMarkdown ? { markdown: descriptor.helpMarkdown } : {}) },
        ...(descriptor?.helpUri ? { helpUri: descriptor.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            tags: [...new Set(['database', 'migration', ...(descriptor?.tags ?? [])])].slice(0, 10),
            precision: 'very-high',
            'problem.severity': PROBLEM_SEVERITY[severity],
        },
    };
}
function messageText(f) {
    const parts = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.message) || f.rule];
    if (f.changeSet)
        parts.push(`(changeset ${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet)})`);
    let text = parts.join(' ');
    if (f.hint)
        text += `\nFix: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.hint)}`;
    return text;
}
/** What identifies a finding across commits: rule, changeset, statement; never the line. */
function fingerprintSource(f) {
    const changeSet = f.changeSet ? `${f.changeSet.filePath}::${(0,_changeset_label_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetLabel */ .Z)(f.changeSet)}` : (f.file ?? '');
    return [f.rule, changeSet, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.statement ?? f.message)].join('\u0000');
}
function mostSevere(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'error';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warning';
    return 'notice';
}
/** Repository-relative, forward slashes, no `./`, percent-encoded where a URI needs it. */
function toUri(file) {
    const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return path.startsWith('/') ? `file://${encoded}` : encoded;
}
function nonEmpty(value, fallback) {
    return value && value.trim() !== '' ? value : fallback;
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ })

};

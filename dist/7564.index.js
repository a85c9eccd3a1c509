export const id = 7564;
export const ids = [7564];
export const modules = {

/***/ 812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   Td: () => (/* binding */ SNAPSHOT_FORMAT),
/* harmony export */   sU: () => (/* binding */ SNAPSHOT_FORMAT_VERSION)
/* harmony export */ });
/**
 * A snapshot: the schema objects of a database at one moment, in a format of our own (documented in
 * docs/snapshot.md). It is plain JSON data with a stable key order and sorted collections, so that
 * two snapshots of the same schema are identical byte for byte and a snapshot diffs cleanly in Git.
 *
 * Names are stored exactly as the catalog spells them (unquoted); SQL fragments (types, defaults,
 * definitions) are stored as PostgreSQL prints them with an empty search_path, so every reference to
 * a user object is schema-qualified and the text does not depend on the session that took it.
 */
const SNAPSHOT_FORMAT = 'dbops-snapshot';
const SNAPSHOT_FORMAT_VERSION = 1;
/**
 * The key other objects use to name a relation or type (`schema.name`) or a routine
 * (`schema.name(arguments)`) in `dependsOn`. Relations and types share one namespace in PostgreSQL,
 * so the key is unambiguous. Keys are compared, never parsed.
 */
function objectKey(schema, name, routineArguments) {
    return routineArguments === undefined ? `${schema}.${name}` : `${schema}.${name}(${routineArguments})`;
}


/***/ }),

/***/ 7564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T_: () => (/* binding */ readSnapshotFile),
/* harmony export */   serializeSnapshot: () => (/* binding */ serializeSnapshot)
/* harmony export */ });
/* unused harmony exports parseSnapshot, writeSnapshotFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(812);



/**
 * The snapshot as a file: two-space JSON with a final newline, keys in the model's order, absent
 * optional fields left out. The same snapshot always gives the same bytes.
 */
function serializeSnapshot(snapshot) {
    return `${JSON.stringify(snapshot, null, 2)}\n`;
}
/** Reads a snapshot back, refusing other files and newer format versions with a clear message. */
function parseSnapshot(text, origin = 'snapshot') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} is not valid JSON: ${error.message}`, { cause: error });
    }
    const candidate = value;
    if (!candidate || typeof candidate !== 'object' || candidate.format !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT */ .Td) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} is not a dbops snapshot (expected "format": "${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT */ .Td}")`);
    }
    if (candidate.formatVersion !== _model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT_VERSION */ .sU) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin} has snapshot format version ${String(candidate.formatVersion)}; this dbops reads version ${_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT_FORMAT_VERSION */ .sU}`);
    }
    for (const key of ['schemas', 'extensions', 'types', 'sequences', 'tables', 'views', 'functions', 'triggers']) {
        if (!Array.isArray(candidate[key]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${origin}: "${key}" must be an array`);
    }
    return candidate;
}
async function readSnapshotFile(path) {
    return parseSnapshot(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), path);
}
async function writeSnapshotFile(path, snapshot) {
    await writeFile(path, serializeSnapshot(snapshot), 'utf8');
}


/***/ })

};

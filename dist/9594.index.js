export const id = 9594;
export const ids = [9594];
export const modules = {

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

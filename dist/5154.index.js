export const id = 5154;
export const ids = [5154];
export const modules = {

/***/ 5154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   snapshotCommand: () => (/* binding */ snapshotCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);

/**
 * The snapshot command: the schema of the database at `url`; with no URL, the schema the
 * changelog builds (applied first to the embedded PostgreSQL, which starts empty).
 */
async function snapshotCommand(options) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    const opened = await openEngine({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        environment: options.env,
        logger: options.logger,
    });
    try {
        if (!options.url) {
            const { update } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882), __webpack_require__.e(7873)]).then(__webpack_require__.bind(__webpack_require__, 6882));
            const applied = await update(opened.context);
            if (!applied.ok) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The changelog does not apply to an empty database, so there is no schema to snapshot: ${opened.redact(applied.error?.message ?? 'update failed')}`);
            }
            options.logger.info(`Applied ${applied.changeSets.filter((c) => c.state === 'executed').length} changesets to the embedded PostgreSQL`);
        }
        const { takeSnapshot } = await Promise.all(/* import() */[__webpack_require__.e(3752), __webpack_require__.e(9594)]).then(__webpack_require__.bind(__webpack_require__, 3752));
        const { serializeSnapshot } = await __webpack_require__.e(/* import() */ 7564).then(__webpack_require__.bind(__webpack_require__, 7564));
        const snapshot = await takeSnapshot(opened.context.db, {
            ...(options.schemas.length ? { schemas: options.schemas } : {}),
            include: options.include,
            exclude: options.exclude,
            trackingTables: [opened.context.tracking.names.changelogTable, opened.context.tracking.names.lockTable],
            logger: options.logger,
        });
        return { text: serializeSnapshot(snapshot), database: opened.context.db.displayName, tables: snapshot.tables.length };
    }
    finally {
        await opened.close();
    }
}


/***/ })

};

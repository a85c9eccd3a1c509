export const id = 878;
export const ids = [878];
export const modules = {

/***/ 878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackVerify: () => (/* binding */ rollbackVerify)
/* harmony export */ });
/* harmony import */ var _database_database_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2043);
/* harmony import */ var _engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(834);
/* harmony import */ var _rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3813);



/**
 * rollback-verify as the CLI and the actions run it: opens the changelog on the database (the
 * embedded PostgreSQL when there is no URL), verifies every pending changeset's rollback, closes.
 *
 * On the embedded database, when a rollback leaves it in a state the next changesets cannot be
 * applied to, verification goes on on a fresh embedded database with everything up to that
 * changeset applied: one bad rollback in old history does not hide the changesets a pull request
 * adds. On a URL, the run stops there (we do not recreate someone's database).
 *
 * Throws (ConfigurationError) when the changelog cannot be read or the database reached; every
 * changeset's failure is in the result.
 *
 * @example
 * const result = await rollbackVerify({ changelogFile: 'changelog.xml', searchPath: ['db'], logger });
 * if (!result.ok) process.exitCode = 1;
 */
async function rollbackVerify(options) {
    const started = Date.now();
    const target = (0,_database_database_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDatabaseUrl */ .mx)(options.url, { username: options.username, password: options.password });
    const throwaway = target.kind === 'embedded' && !target.dataDir;
    const verify = { compareData: options.compareData ?? false, logger: options.logger };
    let opened = await open(options);
    try {
        let run = await (0,_rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .runRollbackVerification */ .R)(opened.context, { ...verify, changeSets: options.changeSets ?? 'pending' });
        const verifications = run.result.verifications;
        while (throwaway && run.resumeAfter) {
            const after = verifications.findIndex((v) => sameChangeSet(v, run.resumeAfter));
            const rest = verifications.slice(after + 1).filter((v) => v.status === 'skipped');
            if (rest.length === 0)
                break;
            options.logger.info(`Continuing with the ${rest.length} changeset${rest.length === 1 ? '' : 's'} after ${run.resumeAfter.id}::${run.resumeAfter.author} on a fresh embedded PostgreSQL`);
            await opened.close();
            opened = await open(options);
            run = await (0,_rollback_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .runRollbackVerification */ .R)(opened.context, { ...verify, changeSets: rest.map(({ id, author, filePath }) => ({ id, author, filePath })) });
            for (const v of run.result.verifications)
                verifications[verifications.findIndex((old) => sameChangeSet(old, v))] = v;
        }
        const redact = opened.redact;
        return {
            changelog: run.result.changelog,
            ok: verifications.every((v) => v.status !== 'mismatch' && v.status !== 'error'),
            verifications: verifications.map((v) => redacted(v, redact)),
            durationMs: Date.now() - started,
        };
    }
    finally {
        await opened.close();
    }
}
function open(options) {
    return (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_1__.openEngine)({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        properties: options.properties,
        environment: options.env,
        trackingSchema: options.trackingSchema,
        changelogTableName: options.changelogTableName,
        lockTableName: options.lockTableName,
        lockWaitSeconds: options.lockWaitSeconds,
        logger: options.logger,
    });
}
function sameChangeSet(a, b) {
    return a.id === b.id && a.author === b.author && a.filePath === b.filePath;
}
/** Database messages can quote a connection string; nothing we return carries a secret. */
function redacted(v, redact) {
    return {
        ...v,
        ...(v.differences ? { differences: v.differences.map(redact) } : {}),
        ...(v.error
            ? {
                error: {
                    ...v.error,
                    message: redact(v.error.message),
                    ...(v.error.statement !== undefined ? { statement: redact(v.error.statement) } : {}),
                    ...(v.error.detail !== undefined ? { detail: redact(v.error.detail) } : {}),
                    ...(v.error.hint !== undefined ? { hint: redact(v.error.hint) } : {}),
                },
            }
            : {}),
    };
}


/***/ })

};

export const id = 6987;
export const ids = [6987,8194];
export const modules = {

/***/ 8194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineCommand: () => (/* binding */ engineCommand),
/* harmony export */   engineOptions: () => (/* binding */ engineOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3489);
/* harmony import */ var _engine_open_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(834);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7628);
/* harmony import */ var _run_result_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(798);





/**
 * The changelog commands (update, rollback, status, ...). Each opens the changelog and the database,
 * runs one engine function, prints the result as text or JSON, and exits 0 only on success.
 */
function engineCommand(name) {
    return async (settings, io) => {
        let opened;
        try {
            if (settings.format === 'sarif')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--format sarif is for policy-check; ${name} prints text or json`);
            const options = engineOptions(settings, io);
            // The *-sql commands only print a script: nothing runs, so there is no progress to show.
            if (name.endsWith('-sql'))
                options.onProgress = undefined;
            opened = await (0,_engine_open_engine_js__WEBPACK_IMPORTED_MODULE_2__.openEngine)(options);
            const result = await runEngineCommand(name, opened.context, settings);
            printResult(name, result, settings, io, opened.redact);
            return result.ok ? 0 : 1;
        }
        catch (error) {
            return (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .reportError */ .N7)(error, io, opened?.redact);
        }
        finally {
            await opened?.close();
        }
    };
}
function emptyResult(command, context) {
    return { command, database: context.db.displayName, changelog: context.changeLog.rootPath, ok: true, changeSets: [], durationMs: 0 };
}
async function runEngineCommand(name, context, settings) {
    const option = (key) => settings.options[key];
    const required = (key) => {
        const value = option(key);
        if (value === undefined || value === 'true')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} needs --${key}`);
        return value;
    };
    const count = () => {
        const value = Number(required('count'));
        if (!Number.isInteger(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--count must be a non-negative whole number, got '${option('count')}'`);
        return value;
    };
    const date = () => {
        const value = new Date(required('date'));
        if (Number.isNaN(value.getTime()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--date is not a date: '${option('date')}' (use ISO 8601, e.g. 2026-11-24T10:00:00)`);
        return value;
    };
    const { update } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6882)]).then(__webpack_require__.bind(__webpack_require__, 6882));
    switch (name) {
        case 'update':
            return update(context, { command: 'update' });
        case 'update-sql':
            return update(context, { command: 'update-sql', sqlOnly: true });
        case 'update-count':
            return update(context, { command: 'update-count', count: count() });
        case 'update-count-sql':
            return update(context, { command: 'update-sql', count: count(), sqlOnly: true });
        case 'update-to-tag':
            return update(context, { command: 'update-to-tag', toTag: required('tag') });
        case 'update-to-tag-sql':
            return update(context, { command: 'update-sql', toTag: required('tag'), sqlOnly: true });
        case 'changelog-sync':
            return update(context, { command: 'changelog-sync', syncOnly: true });
        case 'changelog-sync-sql':
            return update(context, { command: 'changelog-sync', syncOnly: true, sqlOnly: true });
        case 'changelog-sync-to-tag':
            return update(context, { command: 'changelog-sync', syncOnly: true, toTag: required('tag') });
        case 'mark-next-changeset-ran':
            return update(context, { command: 'changelog-sync', syncOnly: true, count: 1 }).then((r) => ({ ...r, command: 'mark-next-changeset-ran' }));
        case 'mark-next-changeset-ran-sql':
            return update(context, { command: 'changelog-sync', syncOnly: true, count: 1, sqlOnly: true });
        case 'update-testing-rollback': {
            // Update, roll back exactly what this run applied, update again: proves the rollbacks work
            // on the real target (rollback-verify does it changeset by changeset on a scratch database).
            const { rollback } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(4235)]).then(__webpack_require__.bind(__webpack_require__, 4235));
            const first = await update(context, { command: 'update' });
            if (!first.ok)
                return { ...first, command: 'update-testing-rollback' };
            const applied = first.changeSets.filter((c) => c.state === 'executed').map((c) => ({ id: c.id, author: c.author, filePath: c.filePath }));
            const undone = await rollback(context, { changeSets: applied }, { command: 'update-testing-rollback' });
            if (!undone.ok)
                return undone;
            const second = await update(context, { command: 'update' });
            return { ...second, command: 'update-testing-rollback', changeSets: second.changeSets, durationMs: first.durationMs + undone.durationMs + second.durationMs };
        }
        case 'tag-exists': {
            const { tagExists } = await __webpack_require__.e(/* import() */ 1408).then(__webpack_require__.bind(__webpack_require__, 1408));
            const tag = required('tag');
            const exists = await tagExists(context, tag);
            return { ...emptyResult('tag-exists', context), script: `The tag '${tag}' ${exists ? 'exists' : 'does not exist'} in ${context.db.displayName}\n`, tagExists: exists };
        }
        case 'unexpected-changesets': {
            const { unexpectedChangeSets } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(2716)]).then(__webpack_require__.bind(__webpack_require__, 6709));
            const rows = await unexpectedChangeSets(context);
            const result = emptyResult('unexpected-changesets', context);
            result.changeSets = rows.map((row) => ({ id: row.id, author: row.author, filePath: row.filename, description: row.description ?? '', state: 'applied', reason: 'applied to the database but not in the changelog', sql: [] }));
            result.script = rows.length === 0 ? `No unexpected changesets in ${context.db.displayName}\n` : `${rows.length} unexpected changeset(s) in ${context.db.displayName}:\n${rows.map((r) => `  ${r.filename}::${r.id}::${r.author}`).join('\n')}\n`;
            return result;
        }
        case 'status':
        case 'validate': {
            const { status } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(2716)]).then(__webpack_require__.bind(__webpack_require__, 6709));
            return status(context, name);
        }
        case 'history': {
            const { history } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 8583));
            return history(context);
        }
        case 'rollback':
        case 'rollback-sql':
        case 'rollback-count':
        case 'rollback-count-sql':
        case 'rollback-to-date':
        case 'rollback-to-date-sql': {
            const { rollback } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(4235)]).then(__webpack_require__.bind(__webpack_require__, 4235));
            const sqlOnly = name.endsWith('-sql');
            const base = name.replace(/-sql$/, '');
            const target = base === 'rollback' ? { tag: required('tag') } : base === 'rollback-count' ? { count: count() } : { date: date() };
            return rollback(context, target, { command: name, sqlOnly });
        }
        case 'future-rollback-sql':
        case 'future-rollback-count-sql': {
            const { futureRollbackSql } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(4235)]).then(__webpack_require__.bind(__webpack_require__, 4235));
            return futureRollbackSql(context, name === 'future-rollback-count-sql' ? { count: count() } : {});
        }
        case 'tag': {
            const { tagDatabase } = await __webpack_require__.e(/* import() */ 1408).then(__webpack_require__.bind(__webpack_require__, 1408));
            const tagged = await tagDatabase(context, required('tag'));
            return tagged.ok ? { ...tagged, script: `Tagged the most recent changeset of ${context.db.displayName} with '${required('tag')}'\n` } : tagged;
        }
        case 'clear-checksums': {
            const { clearChecksums } = await __webpack_require__.e(/* import() */ 1408).then(__webpack_require__.bind(__webpack_require__, 1408));
            return clearChecksums(context);
        }
        case 'release-locks': {
            const { releaseLocks } = await __webpack_require__.e(/* import() */ 1408).then(__webpack_require__.bind(__webpack_require__, 1408));
            return releaseLocks(context);
        }
        case 'list-locks': {
            const { listLocks } = await __webpack_require__.e(/* import() */ 1408).then(__webpack_require__.bind(__webpack_require__, 1408));
            const lock = await listLocks(context);
            return { command: 'release-locks', database: context.db.displayName, changelog: context.changeLog.rootPath, ok: true, changeSets: [], durationMs: 0, lock };
        }
        case 'calculate-checksum': {
            const { calculateChecksum } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(4847)]).then(__webpack_require__.bind(__webpack_require__, 4847));
            return calculateChecksum(context, required('changeset-identifier'));
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown command '${name}'`);
    }
}
/** The CLI's settings as engine options; progress goes to stderr in text mode. */
function engineOptions(settings, io) {
    if (!settings.changelogFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('--changelog-file is required (or changeLogFile in liquibase.properties)');
    const redactPassword = (text) => (settings.password ? text.split(settings.password).join('***') : text);
    return {
        changelogFile: settings.changelogFile,
        searchPath: settings.searchPath,
        url: settings.url,
        username: settings.username,
        password: settings.password,
        contexts: settings.contexts,
        labels: settings.labels,
        properties: settings.properties,
        environment: io.env,
        trackingSchema: settings.options['liquibase-schema-name'],
        changelogTableName: settings.options['database-changelog-table-name'],
        lockTableName: settings.options['database-changelog-lock-table-name'],
        lockWaitSeconds: settings.options['lock-wait-timeout'] !== undefined ? Number(settings.options['lock-wait-timeout']) : undefined,
        logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLogger */ .D)(io, settings.options['log-level'] ?? 'info', redactPassword),
        onProgress: settings.format === 'text' ? progressPrinter(io) : undefined,
    };
}
/** On a terminal, one line redrawn per changeset; in a log, one plain line per finished changeset. */
function progressPrinter(io) {
    // Writes to a pipe or a file block on Linux: a line per changeset written one by one costs more
    // than applying a small changeset. Lines are gathered and written at most every 200 ms (and at
    // the last changeset, or when one fails); a terminal gets one redrawn line, at most every 50 ms.
    let pending = [];
    let lastWrite = 0;
    const flush = () => {
        if (pending.length)
            io.stderr(pending.join(''));
        pending = [];
        lastWrite = Date.now();
    };
    return (event) => {
        const now = Date.now();
        if (event.kind === 'start') {
            if (io.isTTY && now - lastWrite >= 50) {
                io.stderr(`\r\x1b[K[${event.index}/${event.total}] ${event.changeSet.filePath}::${event.changeSet.id}::${event.changeSet.author}`);
                lastWrite = now;
            }
            return;
        }
        const { result } = event;
        const line = `[${event.index}/${event.total}] ${result.state.padEnd(8)} ${result.filePath}::${result.id}::${result.author}${result.durationMs !== undefined ? ` (${result.durationMs} ms)` : ''}`;
        pending.push(io.isTTY ? `\r\x1b[K${line}\n` : `${line}\n`);
        const last = event.index === event.total || result.state === 'failed';
        if (last || now - lastWrite >= (io.isTTY ? 50 : 200))
            flush();
    };
}
function printResult(name, result, settings, io, redact) {
    if (settings.format === 'json') {
        io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
        return;
    }
    if (result.script !== undefined && result.ok) {
        io.stdout(redact(result.script));
        return;
    }
    // The report goes to stdout; what failed, with the statement and the database's answer, to
    // stderr once (so it is not also repeated in the report).
    const report = result.ok ? result : { ...result, error: undefined, changeSets: result.changeSets.map((c) => (c.state === 'failed' ? { ...c, error: undefined } : c)) };
    const progressShown = /^(update|changelog-sync)/.test(name) && result.changeSets.some((c) => c.durationMs !== undefined);
    const text = (0,_run_result_text_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRunResultText */ .a)(name, report, { verbose: settings.options.verbose === 'true', progressShown, color: io.isTTY && !io.env.NO_COLOR });
    if (text)
        io.stdout(redact(text));
    if (!result.ok && result.error)
        io.stderr(`${redact(failureText(result))}\n`);
}
/** One line that says what failed, then the detail. */
function failureText(result) {
    const error = result.error;
    const [first, ...rest] = error.message.split('\n');
    const lines = [`dbops: ${first}`, ...rest];
    const detail = error.detail;
    if (detail?.statement)
        lines.push(`  statement: ${detail.statement.split('\n').join('\n             ')}`);
    if (detail?.code)
        lines.push(`  SQLSTATE: ${detail.code}`);
    if (detail?.detail)
        lines.push(`  detail: ${detail.detail}`);
    if (detail?.hint)
        lines.push(`  hint: ${detail.hint}`);
    const notRun = result.changeSets.filter((c) => c.state === 'notExecuted').length;
    if (notRun)
        lines.push(`  ${notRun} later changeset(s) were not run.`);
    return lines.join('\n');
}


/***/ }),

/***/ 6987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackVerifyCommand: () => (/* binding */ rollbackVerifyCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _github_masking_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1946);
/* harmony import */ var _report_terminal_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(591);
/* harmony import */ var _engine_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8194);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3489);





/**
 * `dbops rollback-verify`: applies each pending changeset, rolls it back and compares, on the
 * embedded PostgreSQL unless `--url` names a scratch database. Exit 1 when a rollback does not
 * restore the schema or fails (with `--require-rollback`, also when a changeset has none).
 */
const rollbackVerifyCommand = async (settings, io) => {
    const redact = (0,_github_masking_js__WEBPACK_IMPORTED_MODULE_4__/* .createRedactor */ .lY)([settings.url, settings.password]);
    try {
        const compareData = flag(settings, 'compare-data');
        const requireRollback = flag(settings, 'require-rollback');
        // The engine's per-step progress lines would repeat each changeset four times; the
        // verification logs one line per changeset instead.
        const { onProgress: _progress, environment, ...engine } = (0,_engine_commands_js__WEBPACK_IMPORTED_MODULE_2__.engineOptions)(settings, io);
        const { rollbackVerify } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(3752), __webpack_require__.e(1224), __webpack_require__.e(1536), __webpack_require__.e(6882), __webpack_require__.e(3813), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 878));
        const result = await rollbackVerify({ ...engine, env: environment, compareData });
        if (settings.format === 'json')
            io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
        else
            io.stdout(redact((0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_1__.renderRollbackText)(result, { color: io.isTTY && !io.env.NO_COLOR })));
        const failing = result.verifications.filter((v) => v.status === 'mismatch' || v.status === 'error' || (requireRollback && v.status === 'no-rollback'));
        return failing.length > 0 ? 1 : 0;
    }
    catch (error) {
        return (0,_main_js__WEBPACK_IMPORTED_MODULE_3__/* .reportError */ .N7)(error, io, redact);
    }
};
/** A flag given bare (`--compare-data`) or with a value (`--compare-data=false`). */
function flag(settings, name) {
    const value = settings.options[name];
    if (value === undefined || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--${name} takes no value (or true/false), got '${value}'`);
}


/***/ })

};

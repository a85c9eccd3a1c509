export const id = 2767;
export const ids = [2767];
export const modules = {

/***/ 2767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PgConnection: () => (/* binding */ PgConnection)
});

;// CONCATENATED MODULE: ./database/pg-runtime-probe.js
/**
 * `pg` checks, when it is first loaded, whether it runs on Cloudflare Workers. Without a global
 * `navigator` (Node 20; Node 21+ has one) the check constructs a `Response`, and touching that
 * global makes Node load its whole fetch implementation (undici): ~25 ms, a tenth of a
 * `dbops status`, for nothing. Imported right before `pg`, this module gives Node 20 the
 * `navigator` Node 21+ has, so the check answers "not Cloudflare" from it; `endRuntimeProbe`,
 * called once `pg` is loaded, removes it. Module evaluation is synchronous from here to there, so
 * no other code ever sees it.
 */
let added = !('navigator' in globalThis);
if (added) {
    Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
        enumerable: false,
    });
}
function endRuntimeProbe() {
    if (!added)
        return;
    added = false;
    delete globalThis.navigator;
}

// EXTERNAL MODULE: ../../node_modules/pg/esm/index.mjs
var esm = __webpack_require__(5757);
;// CONCATENATED MODULE: ./database/pg-connection.js
// Must stay right before `pg`: see pg-runtime-probe.ts.


endRuntimeProbe();
/**
 * PostgreSQL (and wire-compatible engines: CockroachDB, AlloyDB, ...) through `pg`.
 * One client, one session: DDL, the lock and the tracking rows share it.
 */
class PgConnection {
    client;
    displayName;
    dialectName = 'postgresql';
    constructor(client, displayName) {
        this.client = client;
        this.displayName = displayName;
    }
    static async connect(config) {
        const { displayName, ...clientConfig } = config;
        const client = new esm/* default.Client */.Ay.Client(clientConfig);
        // An error on an idle client (server restart) must not crash the process; the next query fails instead.
        client.on('error', () => { });
        await client.connect();
        return new PgConnection(client, displayName);
    }
    async query(sql, params) {
        const result = await this.client.query(sql, params);
        return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    }
    async exec(sql) {
        await this.client.query(sql);
    }
    async transaction(fn) {
        await this.client.query('BEGIN');
        try {
            const value = await fn(this);
            await this.client.query('COMMIT');
            return value;
        }
        catch (error) {
            await this.client.query('ROLLBACK').catch(() => { });
            throw error;
        }
    }
    async close() {
        await this.client.end();
    }
}


/***/ })

};

export const id = 9228;
export const ids = [9228];
export const modules = {

/***/ 9228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PgliteConnection: () => (/* binding */ PgliteConnection)
/* harmony export */ });
/**
 * The embedded default: PostgreSQL compiled to WebAssembly (PGlite), in memory or persisted in a
 * folder. No server, no credentials.
 */
class PgliteConnection {
    db;
    displayName;
    dialectName = 'postgresql';
    constructor(db, displayName) {
        this.db = db;
        this.displayName = displayName;
    }
    /** `dataDir` undefined means in memory. */
    static async open(dataDir) {
        // Loaded on demand: the WebAssembly module is large and most commands never need it.
        // webpackIgnore: the bundle keeps this a run-time import of the package copied beside it
        // (dist/node_modules), loaded only when the embedded database is used.
        const { PGlite } = await import(/* webpackIgnore: true */ '@electric-sql/pglite');
        const db = await PGlite.create(dataDir);
        return new PgliteConnection(db, dataDir ? `embedded PostgreSQL (${dataDir})` : 'embedded PostgreSQL (in memory)');
    }
    async query(sql, params) {
        const result = await this.db.query(sql, params);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    }
    async exec(sql) {
        await this.db.exec(sql);
    }
    async transaction(fn) {
        // Explicit BEGIN/COMMIT rather than PGlite's transaction() so that statements run through
        // query()/exec() on this object take part, exactly as with the pg driver.
        await this.db.exec('BEGIN');
        try {
            const value = await fn(this);
            await this.db.exec('COMMIT');
            return value;
        }
        catch (error) {
            await this.db.exec('ROLLBACK').catch(() => { });
            throw error;
        }
    }
    async close() {
        await this.db.close();
    }
}


/***/ })

};

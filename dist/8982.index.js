export const id = 8982;
export const ids = [8982];
export const modules = {

/***/ 8982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadWasmPolicy: () => (/* binding */ loadWasmPolicy),
/* harmony export */   readOpaBundle: () => (/* binding */ readOpaBundle)
/* harmony export */ });
/* unused harmony export WasmPolicyError */
/* harmony import */ var _open_policy_agent_opa_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3362);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var _policy_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6586);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4494);
/**
 * Policies that users compiled themselves with `opa build -t wasm`, evaluated with OPA's own
 * WebAssembly SDK (@open-policy-agent/opa-wasm) instead of the built-in evaluator. Messages come
 * back in the same shape as {@link collectPolicyMessages}, so policy-check can treat both alike.
 */




/** A wasm policy could not be loaded or evaluated; says which file or entrypoint. */
class WasmPolicyError extends Error {
    name = 'WasmPolicyError';
    constructor(message, options) {
        super(message, options);
    }
}
const GZIP_MAGIC = [0x1f, 0x8b];
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
function startsWith(bytes, magic) {
    return magic.every((b, i) => bytes[i] === b);
}
/**
 * Loads a policy.wasm, or an OPA bundle (tar.gz) that contains one.
 *
 * @example
 * ```ts
 * const policy = await loadWasmPolicy(await readFile('bundle.tar.gz'), { name: 'bundle.tar.gz' });
 * const { deny, warn } = policy.collectPolicyMessages({ sqlStatements: ['DROP TABLE t;'] });
 * ```
 */
async function loadWasmPolicy(bytes, options = {}) {
    const name = options.name ?? 'policy.wasm';
    let wasm;
    let data = {};
    if (startsWith(bytes, GZIP_MAGIC)) {
        const bundle = readOpaBundle(bytes, name);
        wasm = bundle.wasm;
        data = bundle.data;
    }
    else if (startsWith(bytes, WASM_MAGIC)) {
        wasm = bytes;
    }
    else {
        throw new WasmPolicyError(`${name}: neither a WebAssembly module nor a gzipped OPA bundle`);
    }
    if (options.data)
        data = deepMerge(data, options.data);
    let loaded;
    try {
        // Copy: the SDK needs a BufferSource that owns its bytes.
        loaded = await (0,_open_policy_agent_opa_wasm__WEBPACK_IMPORTED_MODULE_0__/* .loadPolicy */ .t)(new Uint8Array(wasm));
        loaded.setData(data);
    }
    catch (e) {
        throw new WasmPolicyError(`${name}: cannot load the wasm policy: ${describe(e)}`, { cause: e });
    }
    const entrypoints = Object.keys((loaded.entrypoints ?? {}));
    const evaluate = (input, entrypoint) => {
        try {
            return (loaded.evaluate(input, entrypoint) ?? []);
        }
        catch (e) {
            throw new WasmPolicyError(`${name}: entrypoint ${entrypoint}: ${describe(e)}`, { cause: e });
        }
    };
    return {
        entrypoints,
        evaluate,
        collectPolicyMessages(input) {
            const out = { deny: [], warn: [], errors: [] };
            for (const entrypoint of entrypoints) {
                const parts = entrypoint.split('/').filter((p) => p !== '');
                const last = parts[parts.length - 1];
                const direct = last === 'deny' || last === 'warn';
                const pkg = (direct ? parts.slice(0, -1) : parts).join('.');
                let resultSet;
                try {
                    resultSet = evaluate(input, entrypoint);
                }
                catch (e) {
                    out.errors.push({ package: pkg, error: e });
                    continue;
                }
                for (const { result } of resultSet) {
                    if (direct) {
                        out[last].push(...(0,_policy_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesOf */ .c)((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .fromJson */ .Rf)(result)).map((message) => ({ package: pkg, message })));
                    }
                    else if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
                        for (const kind of ['deny', 'warn']) {
                            const doc = result[kind];
                            if (doc !== undefined)
                                out[kind].push(...(0,_policy_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesOf */ .c)((0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .fromJson */ .Rf)(doc)).map((message) => ({ package: pkg, message })));
                        }
                    }
                }
            }
            return out;
        },
    };
}
/**
 * Reads an OPA bundle: a gzipped tar with `/policy.wasm` (OPA writes absolute names) and
 * optional `data.json` files, each holding the documents under its directory's path.
 */
function readOpaBundle(gz, name = 'bundle.tar.gz') {
    let tar;
    try {
        tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(gz);
    }
    catch (e) {
        throw new WasmPolicyError(`${name}: not a gzip file: ${describe(e)}`, { cause: e });
    }
    let wasm;
    let data = {};
    for (const entry of tarEntries(tar, name)) {
        const path = entry.name.replace(/^\.?\//, '');
        if (path === 'policy.wasm' || (path.endsWith('.wasm') && !wasm))
            wasm = entry.content;
        else if (path === 'data.json' || path.endsWith('/data.json')) {
            let doc;
            try {
                doc = JSON.parse(Buffer.from(entry.content).toString('utf8'));
            }
            catch (e) {
                throw new WasmPolicyError(`${name}: ${entry.name}: invalid JSON: ${describe(e)}`, { cause: e });
            }
            const dirs = path.split('/').slice(0, -1);
            data = deepMerge(data, dirs.reduceRight((acc, key) => ({ [key]: acc }), doc));
        }
    }
    if (!wasm)
        throw new WasmPolicyError(`${name}: the bundle has no policy.wasm (was it built with \`opa build -t wasm\`?)`);
    return { wasm, data };
}
/** Regular files of a (ustar or GNU) tar archive. */
function* tarEntries(tar, name) {
    let offset = 0;
    let longName;
    while (offset + 512 <= tar.length) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every((b) => b === 0))
            return;
        const field = (start, len) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
        const size = parseInt(field(124, 12).trim() || '0', 8);
        if (Number.isNaN(size))
            throw new WasmPolicyError(`${name}: corrupt tar header at byte ${offset}`);
        const type = String.fromCharCode(header[156]);
        const prefix = field(345, 155);
        let entryName = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        longName = undefined;
        const content = tar.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        if (type === 'L') {
            longName = content.toString('utf8').replace(/\0.*$/s, '');
            continue;
        }
        if (type === 'x') {
            const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'));
            if (path)
                longName = path[1];
            continue;
        }
        if (type === '0' || type === '\0') {
            yield { name: entryName, content: new Uint8Array(content) };
            entryName = '';
        }
    }
}
function deepMerge(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
        const prev = out[k];
        out[k] = isPlainObject(prev) && isPlainObject(v) ? deepMerge(prev, v) : v;
    }
    return out;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The SDK throws strings as well as Errors. */
function describe(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ })

};

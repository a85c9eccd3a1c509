export const id = 5532;
export const ids = [5532];
export const modules = {

/***/ 5532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yamlChangeLogParser: () => (/* binding */ yamlChangeLogParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _changelog_tree_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8934);
/* harmony import */ var _file_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6327);
/* harmony import */ var _yaml_typed_scalars_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1283);





/**
 * Reads YAML and JSON changelogs (`databaseChangeLog: [ {changeSet: {...}}, {include: ...} ]`)
 * into the format-neutral tree, with line numbers from the yaml library's source ranges.
 *
 * Mapping, following Liquibase's ParsedNode rules:
 * - a key with a scalar value becomes an attribute (typed as written, floats and timestamps aside;
 *   YAML files use the YAML 1.1 schema, like SnakeYAML in Liquibase, so `yes` is true and `010` is 8);
 * - a key with a map value becomes a child node;
 * - a key with a list value becomes a child whose children are the list items: an item
 *   `{column: {...}}` (one key) becomes a node named `column`, an item `{onFail: HALT}` becomes a
 *   text-only node `onFail`, an item with several keys or a bare scalar becomes a node named after
 *   the list key;
 * - in the root list, an item whose value is a scalar (`- logicalFilePath: x`) is a root attribute.
 *
 * A float (a Double for SnakeYAML) or a timestamp (a java.util.Date) reaches most properties as
 * Java's text of it, as in Liquibase: `id: 1.0` is the changeset `1.0`, `defaultValue: 2000-01-31`
 * the text `Mon Jan 31 00:00:00 UTC 2000`, and an integer property refuses `100.0`. The few
 * properties Liquibase keeps typed (KEEPS_JAVA_TYPE) hold a JS number or the date as written, which
 * is what the change types need for their SQL; those scalars are recorded, per node, for the
 * checksum, which prints them as Java does (see yaml-typed-scalars.ts).
 */
const yamlChangeLogParser = {
    supports(resourcePath) {
        const extension = (0,_file_path_js__WEBPACK_IMPORTED_MODULE_3__/* .fileExtension */ .i_)(resourcePath);
        return extension === 'yaml' || extension === 'yml' || extension === 'json';
    },
    parse(resourcePath, content, context) {
        return (0,_changelog_tree_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readWholeTree */ .sV)(this.parseTree(resourcePath, content), resourcePath, context);
    },
    parseTree(resourcePath, content) {
        return { root: parseYamlTree(resourcePath, content), strictAttributes: false };
    },
};
const NO_SCALARS = new Map();
/**
 * The Number and Date properties that receive SnakeYAML's Double or Date itself and print it their
 * own way (`defaultValueNumeric: 1.0` is `DEFAULT 1` in Liquibase's SQL, a date is a column's date).
 * valueNumeric is not among them: Liquibase's SQL prints its Double as Double.toString, the text.
 */
const KEEPS_JAVA_TYPE = new Set(['defaultValueNumeric', 'valueDate', 'defaultValueDate']);
function parseYamlTree(resourcePath, content) {
    const json = (0,_file_path_js__WEBPACK_IMPORTED_MODULE_3__/* .fileExtension */ .i_)(resourcePath) === 'json';
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(content.replace(/^\uFEFF/, ''), {
        lineCounter,
        version: json ? '1.2' : '1.1',
        // Integers beyond 2^53 keep every digit (Liquibase reads them as Long / BigInteger).
        intAsBigInt: true,
        uniqueKeys: false,
        prettyErrors: false,
    });
    const at = (offset) => {
        if (offset === undefined)
            return { file: resourcePath };
        const { line, col } = lineCounter.linePos(offset);
        return { file: resourcePath, line, column: col };
    };
    const firstError = document.errors[0];
    if (firstError) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`Syntax error in ${json ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`, { location: at(firstError.pos[0]) });
    }
    const contents = document.contents;
    if (contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(contents) && (contents.value === null || contents.value === ''))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`Empty file ${resourcePath}: a changelog starts with databaseChangeLog:`, { location: at(0) });
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br('Could not find databaseChangeLog node: the file must be a map with the key databaseChangeLog', { location: at(contents.range?.[0]) });
    }
    const rootPair = contents.items.find((pair) => scalarKey(pair.key) === 'databaseChangeLog');
    if (!rootPair) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br('Could not find databaseChangeLog node: the file must be a map with the key databaseChangeLog', { location: at(contents.range?.[0]) });
    }
    const root = { name: 'databaseChangeLog', attributes: {}, children: [], location: at(nodeStart(rootPair.key)) };
    const converter = new TreeConverter(document, at);
    const list = converter.resolve(rootPair.value);
    if (list === null || list === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(list) && list.value === null))
        return root;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br("databaseChangeLog does not contain a list of entries. Each changeSet must begin ' - changeSet:'", {
            location: at(nodeStart(list)),
        });
    }
    for (const item of list.items) {
        const resolved = converter.resolve(item);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br("Each databaseChangeLog entry must be a map such as '- changeSet: {…}'", { location: at(nodeStart(resolved)) });
        }
        for (const pair of resolved.items) {
            const key = scalarKey(pair.key);
            const value = converter.resolve(pair.value);
            if (value === null || value === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value)) {
                root.attributes[key] = converter.textValue(value);
            }
            else {
                root.children.push(converter.node(key, value, at(nodeStart(pair.key))));
            }
        }
    }
    return root;
}
class TreeConverter {
    document;
    at;
    /** The typed scalars of each node that has some at or below it. */
    typedNodes = new WeakMap();
    constructor(document, at) {
        this.document = document;
        this.at = at;
    }
    resolve(node) {
        let current = node;
        for (let depth = 0; (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current) && depth < 100; depth++)
            current = current.resolve(this.document);
        return current;
    }
    /** A node named `name` for a map, list or scalar value. */
    node(name, value, location) {
        const node = { name, attributes: {}, children: [], location };
        let scalars;
        const resolved = this.resolve(value);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved)) {
            for (const pair of resolved.items) {
                const key = scalarKey(pair.key);
                const child = this.resolve(pair.value);
                if (child === null || child === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(child)) {
                    const typed = KEEPS_JAVA_TYPE.has(key) ? javaTyped(child) : undefined;
                    node.attributes[key] = typed ? this.typedPropertyValue(key, child, typed) : this.textValue(child);
                    if (typed)
                        (scalars ??= new Map()).set(key, typed);
                }
                else
                    node.children.push(this.node(key, child, this.at(nodeStart(pair.key))));
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved)) {
            for (const item of resolved.items)
                node.children.push(this.listItem(name, item));
        }
        else if (resolved !== null && resolved !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved)) {
            const scalar = this.textValue(resolved);
            if (scalar !== null)
                node.text = String(scalar);
        }
        this.recordTyped(node, scalars);
        return node;
    }
    recordTyped(node, scalars) {
        const children = node.children.map((child) => this.typedNodes.get(child));
        if (scalars === undefined && children.every((child) => child === undefined))
            return;
        const typed = {
            name: node.name,
            scalars: scalars ?? NO_SCALARS,
            children: children.map((child, i) => child ?? { name: node.children[i].name, scalars: NO_SCALARS, children: [] }),
        };
        this.typedNodes.set(node, typed);
        (0,_yaml_typed_scalars_js__WEBPACK_IMPORTED_MODULE_4__/* .recordJavaTypedScalars */ .V)(node.location, typed);
    }
    listItem(listName, item) {
        const resolved = this.resolve(item);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved) && resolved.items.length === 1) {
            const pair = resolved.items[0];
            return this.node(scalarKey(pair.key), pair.value, this.at(nodeStart(pair.key)));
        }
        return this.node(listName, resolved, this.at(nodeStart(resolved)));
    }
    /** A Double or Date given to a property of KEEPS_JAVA_TYPE, as the change types want it for their SQL. */
    typedPropertyValue(key, node, typed) {
        // Liquibase's SQL prints a Double default as Double.toString without a trailing `.0`
        // (`1.0` → 1, `1e3` → 1000, `1.0e7` → 1.0E7, `1.5e-5` → 1.5E-5).
        if (key === 'defaultValueNumeric' && typed.type === 'Double')
            return (0,_yaml_typed_scalars_js__WEBPACK_IMPORTED_MODULE_4__/* .javaDoubleText */ .bY)(typed.value).replace(/\.0$/, '');
        return this.scalarValue(node);
    }
    /** The value of a scalar Liquibase may turn into a String: a Double or a Date as Java's text of it. */
    textValue(node) {
        const typed = javaTyped(node);
        return typed ? (0,_yaml_typed_scalars_js__WEBPACK_IMPORTED_MODULE_4__/* .javaText */ .gM)(typed) : this.scalarValue(node);
    }
    /** The value as written: a float as a JS number, a timestamp as its text. */
    scalarValue(node) {
        if (node === null || node === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return null;
        const value = node.value;
        // SnakeYAML's YAML 1.1 booleans leave out y/Y/n/N, which stay strings (`author: n`).
        if (typeof value === 'boolean' && node.source !== undefined && /^[yYnN]$/.test(node.source))
            return node.source;
        if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return value;
        // An integer a double cannot hold exactly stays exact, as its decimal text.
        if (typeof value === 'bigint')
            return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
        // Timestamps and other typed scalars keep the text that was written.
        if (node.source !== undefined)
            return node.source;
        return String(value);
    }
}
/**
 * What SnakeYAML types beyond what the tree keeps: floats (integers are Integer, Long or BigInteger,
 * printed as written digits already) and timestamps in SnakeYAML's forms (a date needs two-digit
 * month and day; `2024-2-9` stays a string for SnakeYAML, though the yaml library reads a date).
 */
function javaTyped(node) {
    if (node === null || node === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    const value = node.value;
    if (typeof value === 'number')
        return { type: 'Double', value };
    if (!(value instanceof Date) || node.source === undefined)
        return undefined;
    const written = node.source;
    if (/^\d{4}-\d\d-\d\d$/.test(written))
        return { type: 'Date', instant: value, form: 'date', written };
    const zone = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?[ \t]*([-+]\d\d?(?::?\d\d)?|Z)?$/.exec(written);
    if (!zone)
        return undefined;
    return { type: 'Date', instant: value, form: zone[1] === undefined || zone[1] === 'Z' ? 'local' : 'zoned', written };
}
function scalarKey(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    return String(key);
}
function nodeStart(node) {
    const range = node?.range;
    return range?.[0];
}


/***/ }),

/***/ 1283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ recordJavaTypedScalars),
/* harmony export */   bY: () => (/* binding */ javaDoubleText),
/* harmony export */   gM: () => (/* binding */ javaText),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   ys: () => (/* binding */ javaTypedScalars),
/* harmony export */   z3: () => (/* binding */ javaDateToString)
/* harmony export */ });
/**
 * Keyed by the node's location object, which the node keeps through property expansion and which
 * a change loaded from it shares (`Change.location`).
 */
const javaTypedNodes = new WeakMap();
/** The typed scalars kept in the tree at this location and below it, if it has any. */
function javaTypedScalars(location) {
    return javaTypedNodes.get(location);
}
/** Called by the YAML reader for a node with typed scalars (at it or below it). */
function recordJavaTypedScalars(location, node) {
    javaTypedNodes.set(location, node);
}
/**
 * The String Liquibase makes of a typed scalar for a text property (from Liquibase 4.28 runs,
 * JVM in UTC): a Double as Double.toString, a date or a timestamp with an offset as
 * Date.toString, a timestamp without one as `yyyy-MM-dd HH:mm:ss`.
 *
 * @example javaText({ type: 'Double', value: 1 }) // '1.0'
 */
function javaText(scalar) {
    if (scalar.type === 'Double')
        return javaDoubleText(scalar.value);
    return scalar.form === 'local' ? isoSeconds(scalar.instant, ' ') : javaDateToString(scalar.instant);
}
/**
 * Java's Double.toString: plain decimals with at least one fraction digit from 10^-3 to 10^7,
 * computerized scientific notation (`1.5E-5`, `1.0E21`) outside, shortest round-trip digits.
 * (JDKs before 19 print a few rare values with a digit too many; those are not reproduced.)
 *
 * @example javaDoubleText(1500) // '1500.0'
 */
function javaDoubleText(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        const text = String(value);
        return text.includes('.') ? text : `${text}.0`;
    }
    const [mantissa, exponent] = value.toExponential().split('e');
    return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n) => String(n).padStart(2, '0');
/** java.util.Date.toString in UTC: `Mon Jan 31 00:00:00 UTC 2000`. */
function javaDateToString(instant) {
    const time = `${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
    return `${DAYS[instant.getUTCDay()]} ${MONTHS[instant.getUTCMonth()]} ${two(instant.getUTCDate())} ${time} UTC ${instant.getUTCFullYear()}`;
}
/** `yyyy-MM-dd HH:mm:ss` (or with `T`) in UTC, seconds only. */
function isoSeconds(instant, separator) {
    const date = `${String(instant.getUTCFullYear()).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
    return `${date}${separator}${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
}


/***/ })

};

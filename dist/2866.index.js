export const id = 2866;
export const ids = [2866];
export const modules = {

/***/ 4992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   RI: () => (/* binding */ isEmptyObject),
/* harmony export */   YI: () => (/* binding */ isTreeParser),
/* harmony export */   ol: () => (/* binding */ scalarOf),
/* harmony export */   to: () => (/* binding */ mapStrings)
/* harmony export */ });
function isTreeParser(parser) {
    return typeof parser.parseTree === 'function';
}
/** The value of an attribute, or of a child holding only text (YAML list items `- onFail: HALT`). */
function scalarOf(node, name) {
    if (Object.prototype.hasOwnProperty.call(node.attributes, name))
        return node.attributes[name];
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.name === name && child.children.length === 0 && isEmptyObject(child.attributes))
            return child.text;
    }
    return undefined;
}
/** Whether an attributes record has no keys (without building the list of keys). */
function isEmptyObject(record) {
    for (const key in record)
        if (Object.prototype.hasOwnProperty.call(record, key))
            return false;
    return true;
}
/** The string form of an attribute (numbers and booleans as written by YAML/JSON), or undefined. */
function stringOf(node, name) {
    const value = scalarOf(node, name);
    if (value === undefined || value === null)
        return undefined;
    return String(value);
}
/**
 * The node with every string passed through `expand`. Copy on write: a subtree in which `expand`
 * changes nothing (most of a changelog: no `${…}`) is returned as it is, not copied, so callers
 * must treat both trees as read-only.
 */
function mapStrings(node, expand) {
    let attributes;
    for (const key in node.attributes) {
        const value = node.attributes[key];
        if (typeof value !== 'string')
            continue;
        const expanded = expand(value);
        if (expanded === value)
            continue;
        attributes ??= { ...node.attributes };
        attributes[key] = expanded;
    }
    let children;
    for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        const mapped = mapStrings(child, expand);
        if (mapped === child)
            continue;
        children ??= node.children.slice();
        children[i] = mapped;
    }
    const text = node.text === undefined ? undefined : expand(node.text);
    if (attributes === undefined && children === undefined && text === node.text)
        return node;
    const copy = {
        name: node.name,
        attributes: attributes ?? { ...node.attributes },
        children: children ?? node.children.slice(),
        location: node.location,
    };
    if (text !== undefined)
        copy.text = text;
    return copy;
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ derivedChange),
/* harmony export */   Uo: () => (/* binding */ defineChange)
/* harmony export */ });
/* unused harmony exports isDefinedChangeType, describe, serializedChangeText */
/* harmony import */ var _checksum_md5_checksum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7152);
/* harmony import */ var _checksum_serialized_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5504);
/* harmony import */ var _field_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9216);
/* harmony import */ var _node_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5350);




function isDefinedChangeType(type) {
    return typeof type.checksumDetail === 'function';
}
/** Builds a ChangeType from its definition: loading, writing, checksum and description follow Liquibase's generic rules. */
function defineChange(definition) {
    const params = (change) => change.params;
    const type = {
        name: definition.name,
        dbmsTargeted: definition.dbmsTargeted,
        load(node, context) {
            const reader = new _node_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .NodeReader */ .W(node, context);
            const loaded = (0,_field_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .loadFields */ .SE)(reader, definition.fields);
            definition.load?.(reader, loaded);
            return { type: definition.name, params: loaded, location: node.location };
        },
        toNode(change) {
            const text = definition.fields.find((field) => field.directValue);
            const value = text ? change.params[text.name] : undefined;
            const node = (0,_field_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .changeNode */ .$3)(definition.name, (0,_field_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldsToAttributes */ .WY)(change.params, definition.fields), [], typeof value === 'string' ? value : undefined);
            node.location = change.location;
            definition.toNode?.(params(change), node);
            return node;
        },
        generateSql(change, context) {
            return Promise.resolve(definition.generateSql(params(change), context, change));
        },
        async checksum(change, context) {
            return (await type.checksumDetail(change, context)).checksum;
        },
        async checksumDetail(change, context) {
            if (definition.checksum)
                return definition.checksum(params(change), context, change);
            return (0,_checksum_md5_checksum_js__WEBPACK_IMPORTED_MODULE_0__/* .stringChecksumDetail */ .Yk)(serializedText(change, context.version), context.version);
        },
        description(change) {
            return describe(definition.name, definition.fields, change.params);
        },
    };
    if (definition.validate) {
        const validate = definition.validate;
        type.validate = (change, context) => validate(params(change), context);
    }
    if (definition.inverse) {
        const inverse = definition.inverse;
        type.inverse = (change, context) => Promise.resolve(inverse(params(change), change, context));
    }
    return type;
    function serializedText(change, version) {
        const entries = (0,_field_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeFields */ .oh)(change.params, definition.fields, version);
        const extra = definition.serialize?.(params(change), version);
        if (extra)
            for (const entry of extra)
                entries.push(entry);
        return (0,_checksum_serialized_text_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeChange */ .jN)(definition.name, (0,_checksum_serialized_text_js__WEBPACK_IMPORTED_MODULE_3__/* .serialObject */ .Gl)(entries));
    }
}
/**
 * Liquibase's change description: the name, then `param=value` for every set parameter whose name
 * ends in `name` (but is not a schema or catalog name) or is `path`, sorted and comma-separated.
 */
function describe(name, fields, params) {
    const parts = [];
    for (const field of describedFields(fields)) {
        const value = params[field];
        if (value !== undefined && value !== null)
            parts.push(`${field}=${String(value)}`);
    }
    parts.sort();
    return parts.length ? `${name} ${parts.join(', ')}` : name;
}
/** The fields a description can name, worked out once per field table (every changeset of a run is described). */
const describedByTable = new WeakMap();
function describedFields(fields) {
    let names = describedByTable.get(fields);
    if (!names) {
        names = fields
            .filter((field) => {
            if (field.notHashed)
                return false;
            const key = field.name.toLowerCase();
            return (key.endsWith('name') && !key.includes('schema') && !key.includes('catalog')) || key === 'path';
        })
            .map((field) => field.name);
        describedByTable.set(fields, names);
    }
    return names;
}
/** A change built in code (an inverse), located where the change it undoes was written. */
function derivedChange(type, params, from) {
    const clean = {};
    for (const [key, value] of Object.entries(params))
        if (value !== undefined)
            clean[key] = value;
    return { type, params: clean, location: from.location };
}
/** The serialized checksum text of a change built with defineChange (for tests and diagnostics). */
function serializedChangeText(definition, params, version, extra = []) {
    return serializeChange(definition.name, serialObject([...serializeFields(params, definition.fields, version), ...extra]));
}


/***/ }),

/***/ 9216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ changeNode),
/* harmony export */   SE: () => (/* binding */ loadFields),
/* harmony export */   WY: () => (/* binding */ fieldsToAttributes),
/* harmony export */   oh: () => (/* binding */ serializeFields),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/** Reads the fields from a node into params, applying defaults and checking required ones. */
function loadFields(reader, fields, params = {}) {
    const node = reader.node;
    for (const field of fields) {
        let value;
        // Most fields are absent: look for the name before converting anything (a change type has
        // tens of fields, a node a handful of properties).
        if (hasProperty(node, field.name))
            value = readField(reader, field, field.name);
        if (value === undefined && field.alternateNames) {
            for (const name of field.alternateNames) {
                if (hasProperty(node, name))
                    value = readField(reader, field, name);
                if (value !== undefined)
                    break;
            }
        }
        if (value === undefined && field.directValue)
            value = reader.text();
        if (value === undefined)
            value = field.default;
        if (value === undefined) {
            if (field.required)
                throw reader.error(`'${field.name}' is required for ${reader.node.name}`);
            continue;
        }
        params[field.name] = value;
    }
    return params;
}
/** Whether the node has an attribute or a child of that name (NodeReader.raw finds nothing otherwise). */
function hasProperty(node, name) {
    if (Object.hasOwn(node.attributes, name))
        return true;
    const children = node.children;
    for (let i = 0; i < children.length; i++)
        if (children[i].name === name)
            return true;
    return false;
}
function readField(reader, field, name) {
    switch (field.kind) {
        case 'string':
            return reader.string(name);
        case 'boolean':
            return reader.boolean(name);
        case 'integer':
            return reader.integer(name);
        case 'bigInteger':
            return reader.bigInteger(name);
    }
}
/** The fields as checksum entries: printed as Liquibase's toString prints them. */
function serializeFields(params, fields, version) {
    // Unset fields are not printed: they are left out here rather than carried as undefined.
    const names = hashedFieldNames(fields, version);
    const entries = [];
    for (let i = 0; i < names.length; i++) {
        const text = scalarText(params[names[i]]);
        if (text !== undefined)
            entries.push([names[i], text]);
    }
    return entries;
}
/** The names of the fields a checksum version hashes, worked out once per field table. */
const hashedNamesByTable = new WeakMap();
function hashedFieldNames(fields, version) {
    let byVersion = hashedNamesByTable.get(fields);
    if (!byVersion)
        hashedNamesByTable.set(fields, (byVersion = {}));
    return (byVersion[version] ??= fields.filter((field) => !field.notHashed && !field.notHashedIn?.includes(version)).map((field) => field.name));
}
/** The attribute values to write back to a changelog node (defaults left out). */
function fieldsToAttributes(params, fields) {
    const attributes = {};
    for (const field of fields) {
        const value = params[field.name];
        if (value === undefined || value === null || typeof value === 'object')
            continue;
        if (field.default !== undefined && value === field.default)
            continue;
        if (field.directValue)
            continue;
        attributes[field.name] = value;
    }
    return attributes;
}
function scalarText(value) {
    if (value === undefined || value === null || typeof value === 'object')
        return undefined;
    return String(value);
}
/** A parsed node, for writers: `toNode` builds these. */
function changeNode(name, attributes, children = [], text) {
    const node = { name, attributes, children, location: { file: '' } };
    if (text !== undefined)
        node.text = text;
    return node;
}


/***/ }),

/***/ 7322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jT: () => (/* binding */ parseIsoDate),
/* harmony export */   py: () => (/* binding */ isoDateSqlText)
/* harmony export */ });
/* unused harmony export isoDateKind */
/**
 * Liquibase's ISODateFormat, which turns `valueDate` / `defaultValueDate` text into a date, a time
 * or a timestamp and prints it back in ISO form (the printed form is what the checksum hashes, so
 * `2007-08-09 10:11:12` and `2007-08-09T10:11:12` give the same checksum). Text it cannot read
 * is not an error for Liquibase: the value becomes a computed (SQL function) value instead.
 */
/** Parses as Liquibase does, or returns undefined where Liquibase falls back to a computed value. */
function parseIsoDate(input) {
    switch (input.length) {
        case 8:
            return parseTime(input);
        case 10:
            return parseDate(input);
        case 19:
            return parseTimestamp(input, 0);
        default:
            return parseGeneric(input);
    }
}
/** The SQL-facing text: ISO with a space instead of `T`, as Liquibase writes timestamp literals. */
function isoDateSqlText(date) {
    return date.text.replace('T', ' ');
}
/** Kind of an already canonical ISO text (as stored in params). */
function isoDateKind(text) {
    if (/^\d{2}:\d{2}:\d{2}$/.test(text))
        return 'time';
    if (/^-?\d+-\d{2}-\d{2}$/.test(text))
        return 'date';
    return 'timestamp';
}
// SimpleDateFormat is lenient: out-of-range fields roll over (month 13 is January of the next
// year). Date.UTC does the same arithmetic without time-zone effects.
function normalise(fields) {
    const date = new Date(0);
    date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
    date.setUTCHours(fields.hour, fields.minute, fields.second, 0);
    return {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
    };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
function formatDate(f) {
    return `${f.year < 0 ? '-' : ''}${pad(Math.abs(f.year), 4)}-${pad(f.month)}-${pad(f.day)}`;
}
function formatTime(f) {
    return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}
function parseTime(input) {
    const match = /^(\d+):(\d+):(\d+)/.exec(input);
    if (!match)
        return undefined;
    const f = normalise({ year: 1970, month: 1, day: 1, hour: +match[1], minute: +match[2], second: +match[3] });
    return { kind: 'time', text: formatTime(f) };
}
function parseDateFields(input) {
    const match = /^(\d+)-(\d+)-(\d+)/.exec(input);
    if (!match)
        return undefined;
    return { year: +match[1], month: +match[2], day: +match[3], hour: 0, minute: 0, second: 0 };
}
function parseDate(input) {
    const fields = parseDateFields(input);
    return fields ? { kind: 'date', text: formatDate(normalise(fields)) } : undefined;
}
/** `yyyy-MM-dd HH:mm:ss` when the text holds a space anywhere, else `yyyy-MM-dd'T'HH:mm:ss`. */
function parseDateTimeFields(input, separator = input.includes(' ') ? ' ' : 'T') {
    const match = new RegExp(`^(\\d+)-(\\d+)-(\\d+)${separator}(\\d+):(\\d+):(\\d+)`).exec(input);
    if (!match)
        return undefined;
    return { year: +match[1], month: +match[2], day: +match[3], hour: +match[4], minute: +match[5], second: +match[6] };
}
function parseTimestamp(input, nanos) {
    const fields = parseDateTimeFields(input);
    if (!fields)
        return undefined;
    return { kind: 'timestamp', text: formatTimestamp(normalise(fields), nanos) };
}
function formatTimestamp(f, nanos) {
    const base = `${formatDate(f)}T${formatTime(f)}`;
    if (nanos === 0)
        return base;
    return `${base}.${String(nanos).padStart(9, '0').replace(/0+$/, '')}`;
}
function parseGeneric(input) {
    if (input.includes(':') && !input.includes('-')) {
        // java.sql.Time cannot hold fractions, so Liquibase refuses them (the value becomes computed).
        if (input.includes('.'))
            return undefined;
        return parseTime(input);
    }
    if (input.length < 19 || input[19] !== '.')
        return undefined;
    const fields = parseDateTimeFields(input.slice(0, 19), input.includes(' ') ? ' ' : 'T');
    if (!fields)
        return undefined;
    let nanos;
    const offsetFraction = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{1,9})(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/.exec(input);
    if (offsetFraction) {
        // The offset is ignored: Liquibase keeps the local wall-clock seconds and takes only the fraction.
        nanos = Number(offsetFraction[1].padEnd(9, '0'));
    }
    else {
        const digits = input.replaceAll(' ', 'T').slice(20);
        if (!/^[+-]?\d+$/.test(digits) || Math.abs(Number(digits)) > 2 ** 31 - 1)
            return undefined;
        nanos = Number(digits) * 10 ** Math.max(0, 29 - input.length);
        if (nanos < 0 || nanos > 999_999_999)
            return undefined;
    }
    return { kind: 'timestamp', text: formatTimestamp(normalise(fields), nanos) };
}


/***/ }),

/***/ 5350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ NodeReader)
/* harmony export */ });
/* harmony import */ var _changelog_changelog_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4992);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);


/**
 * Reads a change's ParsedNode the way Liquibase's ParsedNode.getChildValue does: a property is an
 * attribute (XML) or a scalar key (YAML/JSON), or else the text of a child element of that name
 * (`<where>id=1</where>`). Values are converted with Liquibase's rules so that the XML string
 * `"true"` and the YAML boolean `true` give the same params and the same checksum.
 */
class NodeReader {
    node;
    context;
    subject;
    constructor(node, context, 
    /** What is being read, for messages: `createTable`, `createTable column`. */
    subject = node.name) {
        this.node = node;
        this.context = context;
        this.subject = subject;
    }
    get location() {
        return this.node.location;
    }
    /** The raw value, or undefined when the property is absent (null counts as absent). */
    raw(name) {
        if (Object.hasOwn(this.node.attributes, name)) {
            const value = this.node.attributes[name];
            return value === null ? undefined : value;
        }
        const children = this.node.children;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child.name !== name)
                continue;
            return child.children.length === 0 && (0,_changelog_changelog_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isEmptyObject */ .RI)(child.attributes) ? child.text : undefined;
        }
        return undefined;
    }
    has(name) {
        return this.raw(name) !== undefined;
    }
    string(name) {
        const value = this.raw(name);
        return value === undefined ? undefined : String(value);
    }
    requiredString(name) {
        const value = this.string(name);
        if (value === undefined)
            throw this.error(`'${name}' is required for ${this.subject}`);
        return value;
    }
    /** Java's Boolean.valueOf on text: only `true` (any case) is true; YAML booleans as given. */
    boolean(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        if (typeof value === 'boolean')
            return value;
        if (typeof value === 'string')
            return value.toLowerCase() === 'true';
        throw this.error(`'${name}' of ${this.subject} must be true or false, not ${JSON.stringify(value)}`);
    }
    /** Java's Integer.valueOf: an optional sign and decimal digits, within 32 bits. */
    integer(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const text = String(value);
        if (!/^[+-]?\d+$/.test(text) || Math.abs(Number(text)) > 2 ** 31)
            throw this.notAnInteger(name, value);
        return Number(text);
    }
    /**
     * Java's BigInteger: an optional sign and decimal digits of any length, kept as canonical decimal
     * text (`007` → `7`) so that values beyond 2^53 survive and print as Liquibase prints them.
     */
    bigInteger(name) {
        const value = this.raw(name);
        if (value === undefined)
            return undefined;
        const text = typeof value === 'number' && Number.isInteger(value) ? BigInt(value).toString() : String(value);
        if (!/^[+-]?\d+$/.test(text))
            throw this.notAnInteger(name, value);
        return BigInt(text).toString();
    }
    /**
     * Liquibase's NumberFormatException, located. An unquoted YAML `100.0` or `1e3` is a Double, which
     * reaches an integer property as its text (`100.0`, `1000.0`) and is refused there too.
     */
    notAnInteger(name, value) {
        return this.error(`'${name}' of ${this.subject} must be an integer, not ${JSON.stringify(value)}: write a whole number, without a fraction or exponent`);
    }
    /** The node's own text (XML element content, or a YAML scalar given as the node's value). */
    text() {
        return this.node.text;
    }
    children(name) {
        return this.node.children.filter((child) => child.name === name);
    }
    child(name) {
        return this.node.children.find((child) => child.name === name);
    }
    /** A reader for a nested node, sharing this one's changeset for messages. */
    nested(node, subject) {
        return new NodeReader(node, this.context, subject);
    }
    error(reason, location = this.node.location) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(reason, { location, changeSet: this.context.changeSet });
    }
}


/***/ }),

/***/ 5545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ output),
/* harmony export */   R: () => (/* binding */ outputMessage)
/* harmony export */ });
/* harmony import */ var _define_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6744);

/**
 * output: a message for the person running the update (`STDERR` by default, also `STDOUT`, `LOG`,
 * `WARN`). It runs no SQL: the engine reports it through its logger (see outputMessage).
 * Rolling it back does nothing.
 */
const output = (0,_define_change_js__WEBPACK_IMPORTED_MODULE_0__/* .defineChange */ .Uo)({
    name: 'output',
    fields: [
        { name: 'message', kind: 'string', directValue: true },
        { name: 'target', kind: 'string', default: 'STDERR' },
    ],
    generateSql: () => [],
    inverse: () => [],
});
/** What an output change says, and where, for the engine to report. */
function outputMessage(params) {
    return { message: typeof params.message === 'string' ? params.message : '', target: typeof params.target === 'string' ? params.target.toUpperCase() : 'STDERR' };
}


/***/ }),

/***/ 2866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ changeTypes),
  H: () => (/* binding */ loadChange)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./changes/define-change.js
var define_change = __webpack_require__(6744);
;// CONCATENATED MODULE: ./changes/sql-names.js
/**
 * How one change writes names in SQL: the dialect's quoting under the changeset's
 * objectQuotingStrategy, with the dialect's default schema for unqualified tables (Liquibase
 * writes `public.person`, never a bare `person`; an empty schemaName counts as none).
 */
class SqlNames {
    dialect;
    quoting;
    constructor(dialect, changeSet) {
        this.dialect = dialect;
        this.quoting = changeSet?.objectQuotingStrategy ?? 'LEGACY';
    }
    /** `schema.table` (also views, sequences, indexes). */
    table(schema, name) {
        return this.dialect.escapeTableName(schema || this.dialect.defaultSchema, name, this.quoting);
    }
    ref(schema, name) {
        return { schema: schema || this.dialect.defaultSchema, name };
    }
    /** A column, constraint or other unqualified name. */
    name(name) {
        return this.dialect.escapeObjectName(name, this.quoting);
    }
    /** `a, b` from Liquibase's comma-separated column list (`a,b`, `a, b`). */
    columnList(names) {
        return splitNames(names)
            .map((name) => this.name(name))
            .join(', ');
    }
}
/** Liquibase's splitAndTrim on commas, dropping empty entries. */
function splitNames(names) {
    return names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
}

;// CONCATENATED MODULE: ./changes/add-auto-increment.js


/** addAutoIncrement (PostgreSQL: a `<table>_<column>_seq` sequence owned by the column). No automatic rollback. */
const addAutoIncrement = (0,define_change/* defineChange */.Uo)({
    name: 'addAutoIncrement',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'columnDataType', kind: 'string' },
        { name: 'startWith', kind: 'bigInteger' },
        { name: 'incrementBy', kind: 'bigInteger' },
        { name: 'defaultOnNull', kind: 'boolean' },
        { name: 'generationType', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .addAutoIncrement(names.ref(params.schemaName, params.tableName), params.columnName, params.columnDataType, params, names.quoting)
            .map((sql) => ({ sql }));
    },
});

// EXTERNAL MODULE: ./checksum/serialized-text.js
var serialized_text = __webpack_require__(5504);
// EXTERNAL MODULE: ./changes/field-schema.js
var field_schema = __webpack_require__(9216);
;// CONCATENATED MODULE: ./changes/constraints-config.js


const constraintsFields = [
    { name: 'nullable', kind: 'boolean' },
    { name: 'notNullConstraintName', kind: 'string' },
    { name: 'primaryKey', kind: 'boolean' },
    { name: 'primaryKeyName', kind: 'string' },
    { name: 'primaryKeyTablespace', kind: 'string' },
    { name: 'references', kind: 'string' },
    { name: 'referencedTableCatalogName', kind: 'string' },
    { name: 'referencedTableSchemaName', kind: 'string' },
    { name: 'referencedTableName', kind: 'string' },
    { name: 'referencedColumnNames', kind: 'string' },
    { name: 'unique', kind: 'boolean' },
    { name: 'uniqueConstraintName', kind: 'string' },
    { name: 'checkConstraint', kind: 'string' },
    { name: 'deleteCascade', kind: 'boolean' },
    { name: 'foreignKeyName', kind: 'string' },
    { name: 'initiallyDeferred', kind: 'boolean' },
    { name: 'deferrable', kind: 'boolean' },
    { name: 'validateNullable', kind: 'boolean' },
    { name: 'validateUnique', kind: 'boolean' },
    { name: 'validatePrimaryKey', kind: 'boolean' },
    { name: 'validateForeignKey', kind: 'boolean' },
];
function loadConstraints(reader) {
    return (0,field_schema/* loadFields */.SE)(reader, constraintsFields);
}
/** Always a block, even an empty one: an empty `<constraints/>` still prints `[ ]` in the checksum. */
function serializeConstraints(constraints) {
    return (0,serialized_text/* serialObject */.Gl)((0,field_schema/* serializeFields */.oh)(constraints, constraintsFields, 9));
}
function constraintsToNode(constraints) {
    return (0,field_schema/* changeNode */.$3)('constraints', (0,field_schema/* fieldsToAttributes */.WY)(constraints, constraintsFields));
}

// EXTERNAL MODULE: ./changes/iso-date-format.js
var iso_date_format = __webpack_require__(7322);
;// CONCATENATED MODULE: ./changes/column-config.js




const plainFields = [
    { name: 'name', kind: 'string' },
    { name: 'computed', kind: 'boolean' },
    { name: 'type', kind: 'string' },
    { name: 'encoding', kind: 'string' },
    { name: 'autoIncrement', kind: 'boolean' },
    { name: 'startWith', kind: 'bigInteger' },
    { name: 'incrementBy', kind: 'bigInteger' },
    { name: 'remarks', kind: 'string' },
    { name: 'descending', kind: 'boolean' },
    { name: 'valueBoolean', kind: 'boolean' },
    { name: 'valueBlobFile', kind: 'string' },
    { name: 'valueClobFile', kind: 'string' },
    { name: 'valueComputed', kind: 'string' },
    { name: 'valueSequenceNext', kind: 'string' },
    { name: 'valueSequenceCurrent', kind: 'string' },
    { name: 'defaultValueConstraintName', kind: 'string' },
    { name: 'defaultValue', kind: 'string' },
    { name: 'defaultValueBoolean', kind: 'boolean' },
    { name: 'defaultValueComputed', kind: 'string' },
    { name: 'defaultValueSequenceNext', kind: 'string' },
    { name: 'defaultOnNull', kind: 'boolean' },
    { name: 'generationType', kind: 'string' },
];
const variantFields = {
    column: [],
    addColumn: [
        { name: 'beforeColumn', kind: 'string' },
        { name: 'afterColumn', kind: 'string' },
        { name: 'position', kind: 'integer' },
    ],
    loadData: [
        { name: 'index', kind: 'integer' },
        { name: 'header', kind: 'string' },
        { name: 'allowUpdate', kind: 'boolean' },
    ],
};
/** Every property a column may carry; anything else nested in `<column>` is an error, as in Liquibase. */
const knownProperties = new Set([
    ...plainFields.map((field) => field.name),
    'value',
    'valueNumeric',
    'valueDate',
    'defaultValueNumeric',
    'defaultValueDate',
    'constraints',
]);
/** Each variant's whole field table, built once. */
const columnFields = {
    column: [...plainFields, ...variantFields.column],
    addColumn: [...plainFields, ...variantFields.addColumn],
    loadData: [...plainFields, ...variantFields.loadData],
};
function loadColumn(reader, variant) {
    for (const child of reader.node.children) {
        const known = knownProperties.has(child.name) || variantFields[variant].some((field) => field.name === child.name);
        if (!known)
            throw reader.error(`Unexpected node '${child.name}' in column`, child.location);
    }
    const column = (0,field_schema/* loadFields */.SE)(reader, columnFields[variant]);
    const value = reader.string('value') ?? trimToUndefined(reader.text());
    if (value !== undefined)
        column.value = value;
    const numeric = reader.string('valueNumeric');
    if (numeric !== undefined)
        Object.assign(column, numericValue(numeric, 'valueNumeric', 'valueComputed'));
    const date = reader.string('valueDate');
    if (date !== undefined)
        Object.assign(column, dateValue(date, 'valueDate', 'valueComputed'));
    // An explicit valueComputed wins over one derived from valueNumeric / valueDate (Liquibase
    // assigns it last).
    const computed = reader.string('valueComputed');
    if (computed !== undefined)
        column.valueComputed = computed;
    const defaultNumeric = reader.string('defaultValueNumeric');
    if (defaultNumeric !== undefined)
        Object.assign(column, numericValue(defaultNumeric, 'defaultValueNumeric', 'defaultValueComputed'));
    const defaultDate = reader.string('defaultValueDate');
    if (defaultDate !== undefined)
        Object.assign(column, dateValue(defaultDate, 'defaultValueDate', 'defaultValueComputed'));
    const defaultComputed = reader.string('defaultValueComputed');
    if (defaultComputed !== undefined)
        column.defaultValueComputed = defaultComputed;
    const constraintsNode = reader.child('constraints');
    if (constraintsNode)
        column.constraints = loadConstraints(reader.nested(constraintsNode, 'constraints'));
    return column;
}
/**
 * Liquibase's setValueNumeric(String): `null` means no value; wrapping parentheses are dropped;
 * text that a US-locale NumberFormat can start parsing is kept verbatim, anything else is a
 * function call (`"timesRan"+1`, `nextval('s')`).
 */
function numericValue(text, numericField, computedField) {
    if (text.toLowerCase() === 'null')
        return {};
    let stripped = text;
    if (stripped.startsWith('('))
        stripped = stripped.replace(/^\(/, '').replace(/\)$/, '');
    return startsLikeNumber(stripped) ? { [numericField]: stripped } : { [computedField]: text };
}
/** Whether java.text.NumberFormat (US) parses a number at the start of the text. */
function startsLikeNumber(text) {
    return /^-?(\d|[.,]\d|\u221E|NaN)/u.test(text) || /^-?\p{Nd}/u.test(text);
}
function dateValue(text, dateField, computedField) {
    const parsed = (0,iso_date_format/* parseIsoDate */.jT)(text);
    return parsed ? { [dateField]: parsed.text } : { [computedField]: text };
}
function trimToUndefined(text) {
    const trimmed = text?.trim();
    return trimmed ? trimmed : undefined;
}
/** The column as a checksum block: every field that is set, constraints as a nested block. */
function serializeColumn(column) {
    const fields = [];
    for (const name in column) {
        if (name === 'constraints' || !Object.hasOwn(column, name))
            continue;
        fields.push([name, (0,field_schema/* scalarText */.ws)(column[name])]);
    }
    if (column.constraints)
        fields.push(['constraints', serializeConstraints(column.constraints)]);
    return (0,serialized_text/* serialObject */.Gl)(fields);
}
function columnToNode(column, variant) {
    const attributes = (0,field_schema/* fieldsToAttributes */.WY)(column, columnFields[variant]);
    for (const name of ['value', 'valueNumeric', 'valueDate', 'defaultValueNumeric', 'defaultValueDate']) {
        if (column[name] !== undefined)
            attributes[name] = column[name];
    }
    const children = column.constraints ? [constraintsToNode(column.constraints)] : [];
    return (0,field_schema/* changeNode */.$3)('column', attributes, children);
}
/**
 * Reads the columns of a change as Liquibase does: `<column>` children, or a `columns` (or
 * `column`) wrapper whose `column` children are the columns (YAML/JSON `columns: [{column: …}]`).
 */
function loadColumns(reader, variant, collectionName = 'columns') {
    const nodes = [];
    for (const child of reader.node.children) {
        if (child.name !== 'column' && child.name !== collectionName)
            continue;
        const inner = child.children.filter((node) => node.name === 'column');
        nodes.push(...(inner.length ? inner : [child]));
    }
    return nodes.map((node) => {
        // A YAML list item `- column:` whose properties were not indented under it reads as
        // {column: null, name: …, type: …}: for Liquibase that column has no properties at all.
        if (Object.hasOwn(node.attributes, 'column') && node.attributes.column === null)
            return {};
        return loadColumn(reader.nested(node, `${reader.node.name} column`), variant);
    });
}

;// CONCATENATED MODULE: ./changes/column-values.js
/**
 * The value a column sets (insert, update, addColumn `value`), in Liquibase's precedence:
 * value, valueBoolean, valueNumeric, valueDate, valueComputed, valueSequenceNext,
 * valueSequenceCurrent. Undefined when the column sets nothing (written as NULL where a value
 * is needed). Blob and clob files are read by the changes that support them.
 */
function columnValue(column, schema) {
    if (column.value !== undefined)
        return { kind: 'string', value: column.value };
    if (column.valueBoolean !== undefined)
        return { kind: 'boolean', value: column.valueBoolean };
    if (column.valueNumeric !== undefined)
        return { kind: 'numeric', value: column.valueNumeric };
    if (column.valueDate !== undefined)
        return { kind: 'date', value: column.valueDate };
    if (column.valueComputed !== undefined)
        return { kind: 'computed', value: column.valueComputed };
    if (column.valueSequenceNext !== undefined)
        return { kind: 'sequenceNext', sequence: column.valueSequenceNext, schema };
    if (column.valueSequenceCurrent !== undefined)
        return { kind: 'sequenceCurrent', sequence: column.valueSequenceCurrent, schema };
    return undefined;
}
/** The column's default, in Liquibase's precedence (defaultValue first). */
function columnDefault(column, schema) {
    if (column.defaultValue !== undefined)
        return { kind: 'string', value: column.defaultValue };
    if (column.defaultValueBoolean !== undefined)
        return { kind: 'boolean', value: column.defaultValueBoolean };
    if (column.defaultValueNumeric !== undefined)
        return { kind: 'numeric', value: column.defaultValueNumeric };
    if (column.defaultValueDate !== undefined)
        return { kind: 'date', value: column.defaultValueDate };
    if (column.defaultValueComputed !== undefined)
        return { kind: 'computed', value: column.defaultValueComputed };
    if (column.defaultValueSequenceNext !== undefined)
        return { kind: 'sequenceNext', sequence: column.defaultValueSequenceNext, schema };
    return undefined;
}
function hasDefault(column) {
    return columnDefault(column, undefined) !== undefined;
}

;// CONCATENATED MODULE: ./changes/column-definition-sql.js

/** `name TYPE [identity] [DEFAULT …] [NOT NULL] [PRIMARY KEY]`, in Liquibase's order. */
function columnDefinitionSql(column, names, options) {
    const dialect = names.dialect;
    const type = column.type ?? '';
    const parts = [names.name(column.name ?? ''), dialect.dataType(type)];
    const autoIncrement = column.autoIncrement === true || (options.serialMeansAutoIncrement && dialect.isAutoIncrementType(type));
    if (autoIncrement) {
        parts.push(dialect.autoIncrementClause({
            startWith: column.startWith,
            incrementBy: column.incrementBy,
            generationType: column.generationType,
            defaultOnNull: column.defaultOnNull,
        }));
    }
    const defaultValue = columnDefault(column, options.schema);
    if (defaultValue)
        parts.push(`DEFAULT ${dialect.valueSql(defaultValue, type, names.quoting)}`);
    const primaryKey = column.constraints?.primaryKey === true;
    const notNull = column.constraints?.nullable === false || primaryKey;
    if (notNull && !(options.deferNotNull && column.value !== undefined && !primaryKey))
        parts.push('NOT NULL');
    if (primaryKey && options.inlinePrimaryKey)
        parts.push('PRIMARY KEY');
    return parts.join(' ');
}
/** A column's `references="table(col)"` or referencedTableName/referencedColumnNames. */
function referencedTarget(column) {
    const constraints = column.constraints;
    if (!constraints)
        return undefined;
    if (constraints.references) {
        const match = /^\s*(.+?)\s*\((.*)\)\s*$/.exec(constraints.references);
        if (!match)
            return { table: constraints.references.trim(), columns: '' };
        return { table: match[1], columns: match[2] };
    }
    if (constraints.referencedTableName) {
        return { schema: constraints.referencedTableSchemaName, table: constraints.referencedTableName, columns: constraints.referencedColumnNames ?? '' };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./changes/change-resources.js


/**
 * Files a change refers to (sqlFile and createView/createProcedure `path`, loadData `file`,
 * `valueBlobFile`…): search-path relative, or relative to the changelog's own file when
 * `relativeToChangelogFile` is set.
 */
async function readChangeFile(file, relativeToChangelogFile, changeSet, resources, options = {}) {
    const resolved = resolveChangeFile(file, relativeToChangelogFile, changeSet.physicalPath);
    const bytes = await resources.read(resolved);
    if (!bytes) {
        throw new errors/* ChangelogError */.br(`File '${file}' does not exist${resolved !== file ? ` (looked for ${resolved})` : ''}`, {
            location: changeSet.location,
            changeSet,
        });
    }
    // Liquibase opens `*.gz` resources through a GZIP stream, so a compressed CSV loads and hashes
    // like the plain one.
    if (options.gunzip && file.toLowerCase().endsWith('.gz')) {
        // zlib is loaded only for the rare compressed file.
        const { gunzipSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
        return new Uint8Array(gunzipSync(bytes));
    }
    return bytes;
}
function resolveChangeFile(file, relativeToChangelogFile, changelogPath) {
    const normalised = file.replaceAll('\\', '/');
    if (!relativeToChangelogFile)
        return normalised;
    const directory = external_node_path_.posix.dirname(changelogPath.replaceAll('\\', '/'));
    return external_node_path_.posix.normalize(external_node_path_.posix.join(directory, normalised));
}
/**
 * Decodes file content with a Java charset name (default UTF-8). ISO-8859-1 is decoded as
 * ISO-8859-1, not as the WHATWG alias windows-1252, so bytes 0x80–0x9F keep their meaning.
 */
function decodeText(bytes, encoding) {
    const name = (encoding ?? 'UTF-8').trim().toLowerCase().replaceAll('_', '-');
    if (name === 'iso-8859-1' || name === 'iso8859-1' || name === 'latin1' || name === 'iso-latin-1')
        return Buffer.from(bytes).toString('latin1');
    if (name === 'us-ascii' || name === 'ascii')
        return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u00ff]/g, '\uFFFD');
    try {
        return new TextDecoder(name).decode(bytes);
    }
    catch {
        throw new Error(`Unsupported encoding '${encoding}'`);
    }
}

;// CONCATENATED MODULE: ./changes/insert.js





/** insert: one row; a column without a value is written NULL. No automatic rollback. */
const insert = (0,define_change/* defineChange */.Uo)({
    name: 'insert',
    dbmsTargeted: true,
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'dbms', kind: 'string' },
    ],
    load(reader, params) {
        params.columns = loadColumns(reader, 'column');
    },
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'column')));
    },
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const values = [];
        for (const column of params.columns)
            values.push(await columnValueSql(column, params.schemaName, context, names));
        const columns = params.columns.map((column) => names.name(column.name ?? '')).join(', ');
        return [{ sql: `INSERT INTO ${names.table(params.schemaName, params.tableName)} (${columns}) VALUES (${values.join(', ')})` }];
    },
});
/** A column's value as SQL, reading `valueBlobFile` / `valueClobFile` when given. */
async function columnValueSql(column, schema, context, names) {
    let value = columnValue(column, schema);
    if (!value && column.valueClobFile !== undefined) {
        const bytes = await readChangeFile(column.valueClobFile, false, context.changeSet, context.resources).catch(() => readChangeFile(column.valueClobFile, true, context.changeSet, context.resources));
        value = { kind: 'string', value: decodeText(bytes, column.encoding) };
    }
    if (!value && column.valueBlobFile !== undefined) {
        const bytes = await readChangeFile(column.valueBlobFile, false, context.changeSet, context.resources).catch(() => readChangeFile(column.valueBlobFile, true, context.changeSet, context.resources));
        return `'\\x${Buffer.from(bytes).toString('hex')}'`;
    }
    return value ? context.dialect.valueSql(value, undefined, names.quoting) : 'NULL';
}

;// CONCATENATED MODULE: ./changes/add-column.js






/**
 * addColumn, in Liquibase's order: each column with its foreign-key and unique constraints, then
 * the `value` updates, then NOT NULL for columns that were filled, then remarks. PostgreSQL has no
 * column position, so afterColumn / beforeColumn / position are ignored. Inverse: dropDefaultValue
 * for columns with a default, then dropColumn of all the columns.
 */
const addColumn = (0,define_change/* defineChange */.Uo)({
    name: 'addColumn',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
    ],
    load(reader, params) {
        const columns = loadColumns(reader, 'addColumn');
        if (columns.length === 0)
            throw reader.error('addColumn needs at least one column');
        for (const column of columns) {
            if (column.type === undefined)
                throw reader.error(`column 'type' is required for all columns of addColumn (column '${column.name ?? '?'}')`);
        }
        params.columns = columns;
    },
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'addColumn')));
    },
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const ref = names.ref(params.schemaName, params.tableName);
        const statements = [];
        for (const column of params.columns) {
            const definition = columnDefinitionSql(column, names, { schema: params.schemaName, serialMeansAutoIncrement: false, deferNotNull: true, inlinePrimaryKey: true });
            statements.push({ sql: `ALTER TABLE ${table} ADD ${definition}` });
            const target = referencedTarget(column);
            if (target) {
                const constraints = column.constraints;
                let sql = `ALTER TABLE ${table} ADD CONSTRAINT ${names.name(constraints.foreignKeyName ?? '')} FOREIGN KEY (${names.name(column.name ?? '')}) REFERENCES ${names.table(target.schema, target.table)} (${names.columnList(target.columns)})`;
                if (constraints.deleteCascade)
                    sql += ' ON DELETE CASCADE';
                if (constraints.deferrable)
                    sql += ' DEFERRABLE';
                if (constraints.initiallyDeferred)
                    sql += ' INITIALLY DEFERRED';
                statements.push({ sql });
            }
            if (column.constraints?.unique) {
                const name = column.constraints.uniqueConstraintName;
                statements.push({ sql: `ALTER TABLE ${table} ADD ${name !== undefined ? `CONSTRAINT ${names.name(name)} ` : ''}UNIQUE (${names.name(column.name ?? '')})` });
            }
        }
        for (const column of params.columns) {
            if (column.value === undefined && column.valueNumeric === undefined && column.valueBoolean === undefined && column.valueDate === undefined && column.valueComputed === undefined && column.valueSequenceNext === undefined)
                continue;
            statements.push({ sql: `UPDATE ${table} SET ${names.name(column.name ?? '')} = ${await columnValueSql(column, params.schemaName, context, names)}` });
        }
        for (const column of params.columns) {
            if (column.value !== undefined && column.constraints?.nullable === false && column.constraints.primaryKey !== true) {
                statements.push(...context.dialect.statements.setNotNull(ref, column.name ?? '', { columnType: column.type }, names.quoting).map((sql) => ({ sql })));
            }
        }
        for (const column of params.columns) {
            if (column.remarks === undefined)
                continue;
            statements.push(...context.dialect.statements.columnRemarks(ref, column.name ?? '', column.remarks, {}, names.quoting).map((sql) => ({ sql })));
        }
        return statements;
    },
    inverse(params, change) {
        const inverses = [];
        for (const column of params.columns) {
            if (!hasDefault(column))
                continue;
            inverses.push((0,define_change/* derivedChange */.SV)('dropDefaultValue', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columnName: column.name, columnDataType: column.type }, change));
        }
        const columns = params.columns.map((column) => ({ name: column.name ?? '' }));
        inverses.push((0,define_change/* derivedChange */.SV)('dropColumn', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columns }, change));
        return inverses;
    },
});

;// CONCATENATED MODULE: ./changes/add-default-value.js




/**
 * addDefaultValue. Unlike a column definition, Liquibase writes the value by its own kind, not
 * the column's type (`defaultValue="7"` is `'7'` even on an int column). Inverse: dropDefaultValue.
 */
const addDefaultValue = (0,define_change/* defineChange */.Uo)({
    name: 'addDefaultValue',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'columnDataType', kind: 'string' },
        { name: 'defaultValue', kind: 'string' },
        { name: 'defaultValueNumeric', kind: 'string' },
        { name: 'defaultValueDate', kind: 'string' },
        { name: 'defaultValueBoolean', kind: 'boolean' },
        { name: 'defaultValueComputed', kind: 'string' },
        { name: 'defaultValueSequenceNext', kind: 'string' },
        { name: 'defaultValueConstraintName', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.ref(params.schemaName, params.tableName);
        const value = defaultValueOf(params, table.schema);
        if (!value)
            throw new Error(`addDefaultValue on ${params.tableName}.${params.columnName} sets no default value`);
        const sequence = params.defaultValueSequenceNext !== undefined ? names.ref(params.schemaName, params.defaultValueSequenceNext) : undefined;
        return context.dialect.statements
            .addDefaultValue(table, params.columnName, context.dialect.valueSql(value, undefined, names.quoting), { constraintName: params.defaultValueConstraintName, sequence }, names.quoting)
            .map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropDefaultValue', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columnName: params.columnName, columnDataType: params.columnDataType }, change),
    ],
});
function defaultValueOf(params, schema) {
    if (params.defaultValue !== undefined)
        return { kind: 'string', value: params.defaultValue };
    if (params.defaultValueNumeric !== undefined) {
        const numeric = numericValue(params.defaultValueNumeric, 'numeric', 'computed');
        return numeric.numeric !== undefined ? { kind: 'numeric', value: numeric.numeric } : { kind: 'computed', value: numeric.computed ?? 'NULL' };
    }
    if (params.defaultValueDate !== undefined) {
        const date = (0,iso_date_format/* parseIsoDate */.jT)(params.defaultValueDate);
        return date ? { kind: 'date', value: date.text } : { kind: 'computed', value: params.defaultValueDate };
    }
    if (params.defaultValueBoolean !== undefined)
        return { kind: 'boolean', value: params.defaultValueBoolean };
    if (params.defaultValueComputed !== undefined)
        return { kind: 'computed', value: params.defaultValueComputed };
    if (params.defaultValueSequenceNext !== undefined)
        return { kind: 'sequenceNext', sequence: params.defaultValueSequenceNext, schema };
    return undefined;
}

;// CONCATENATED MODULE: ./changes/add-foreign-key-constraint.js


/**
 * addForeignKeyConstraint. `deleteCascade` is Liquibase's old spelling of `onDelete="CASCADE"`;
 * it is folded into onDelete on load and never hashed (and, as in Liquibase, `deleteCascade`
 * given next to an `onDelete` clears it). Inverse: dropForeignKeyConstraint.
 */
const addForeignKeyConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'addForeignKeyConstraint',
    fields: [
        { name: 'baseTableCatalogName', kind: 'string' },
        { name: 'baseTableSchemaName', kind: 'string' },
        { name: 'baseTableName', kind: 'string', required: true },
        { name: 'baseColumnNames', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string', required: true },
        { name: 'referencedTableCatalogName', kind: 'string' },
        { name: 'referencedTableSchemaName', kind: 'string' },
        { name: 'referencedTableName', kind: 'string', required: true },
        { name: 'referencedColumnNames', kind: 'string', required: true },
        { name: 'deferrable', kind: 'boolean' },
        { name: 'initiallyDeferred', kind: 'boolean' },
        { name: 'onDelete', kind: 'string' },
        { name: 'onUpdate', kind: 'string' },
        { name: 'validate', kind: 'boolean' },
    ],
    load(reader, params) {
        const deleteCascade = reader.boolean('deleteCascade');
        if (deleteCascade !== undefined) {
            if (deleteCascade && params.onDelete === undefined)
                params.onDelete = 'CASCADE';
            else
                delete params.onDelete;
        }
    },
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        let sql = `ALTER TABLE ${names.table(params.baseTableSchemaName, params.baseTableName)} ADD CONSTRAINT ${names.name(params.constraintName)} ` +
            `FOREIGN KEY (${names.columnList(params.baseColumnNames)}) ` +
            `REFERENCES ${names.table(params.referencedTableSchemaName, params.referencedTableName)} (${names.columnList(params.referencedColumnNames)})`;
        if (params.onUpdate)
            sql += ` ON UPDATE ${params.onUpdate}`;
        if (params.onDelete)
            sql += ` ON DELETE ${params.onDelete}`;
        if (params.deferrable)
            sql += ' DEFERRABLE';
        if (params.initiallyDeferred)
            sql += ' INITIALLY DEFERRED';
        if (params.validate === false)
            sql += ' NOT VALID';
        return [{ sql }];
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropForeignKeyConstraint', { baseTableSchemaName: params.baseTableSchemaName, baseTableName: params.baseTableName, constraintName: params.constraintName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/add-lookup-table.js


/** Liquibase's default name for the new foreign key. */
function constraintNameOf(params) {
    return params.constraintName ?? `FK_${params.existingTableName}_${params.newTableName}`.toUpperCase();
}
/**
 * addLookupTable: a new table of the distinct values of an existing column, its primary key, and
 * a foreign key from the column to it. Inverse: drop the foreign key, then the new table.
 */
const addLookupTable = (0,define_change/* defineChange */.Uo)({
    name: 'addLookupTable',
    fields: [
        { name: 'existingTableCatalogName', kind: 'string' },
        { name: 'existingTableSchemaName', kind: 'string' },
        { name: 'existingTableName', kind: 'string', required: true },
        { name: 'existingColumnName', kind: 'string', required: true },
        { name: 'newTableCatalogName', kind: 'string' },
        { name: 'newTableSchemaName', kind: 'string' },
        { name: 'newTableName', kind: 'string', required: true },
        { name: 'newColumnName', kind: 'string', required: true },
        { name: 'newColumnDataType', kind: 'string' },
        { name: 'constraintName', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const existing = names.table(params.existingTableSchemaName, params.existingTableName);
        const created = names.table(params.newTableSchemaName, params.newTableName);
        const existingColumn = names.name(params.existingColumnName);
        const newColumn = names.name(params.newColumnName);
        return [
            { sql: `CREATE TABLE ${created} AS SELECT DISTINCT ${existingColumn} AS ${newColumn} FROM ${existing} WHERE ${existingColumn} IS NOT NULL` },
            ...context.dialect.statements
                .setNotNull(names.ref(params.newTableSchemaName, params.newTableName), params.newColumnName, { columnType: params.newColumnDataType }, names.quoting)
                .map((sql) => ({ sql })),
            { sql: `ALTER TABLE ${created} ADD PRIMARY KEY (${newColumn})` },
            { sql: `ALTER TABLE ${existing} ADD CONSTRAINT ${names.name(constraintNameOf(params))} FOREIGN KEY (${existingColumn}) REFERENCES ${created} (${newColumn})` },
        ];
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropForeignKeyConstraint', {
            baseTableCatalogName: params.existingTableCatalogName,
            baseTableSchemaName: params.existingTableSchemaName,
            baseTableName: params.existingTableName,
            constraintName: constraintNameOf(params),
        }, change),
        (0,define_change/* derivedChange */.SV)('dropTable', { catalogName: params.newTableCatalogName, schemaName: params.newTableSchemaName, tableName: params.newTableName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/add-not-null-constraint.js


/**
 * addNotNullConstraint: existing NULLs are first replaced by `defaultNullValue` when given.
 * Its inverse is dropNotNullConstraint.
 */
const addNotNullConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'addNotNullConstraint',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'columnDataType', kind: 'string' },
        { name: 'defaultNullValue', kind: 'string' },
        { name: 'constraintName', kind: 'string' },
        { name: 'validate', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const statements = [];
        if (params.defaultNullValue !== undefined) {
            const column = names.name(params.columnName);
            const value = context.dialect.valueSql({ kind: 'string', value: params.defaultNullValue }, params.columnDataType, names.quoting);
            statements.push({ sql: `UPDATE ${names.table(params.schemaName, params.tableName)} SET ${column} = ${value} WHERE ${column} IS NULL` });
        }
        const options = { columnType: params.columnDataType, constraintName: params.constraintName, validate: params.validate };
        statements.push(...context.dialect.statements.setNotNull(names.ref(params.schemaName, params.tableName), params.columnName, options, names.quoting).map((sql) => ({ sql })));
        return statements;
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropNotNullConstraint', {
            catalogName: params.catalogName,
            schemaName: params.schemaName,
            tableName: params.tableName,
            columnName: params.columnName,
            columnDataType: params.columnDataType,
            constraintName: params.constraintName,
        }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/add-primary-key.js


/**
 * addPrimaryKey (`clustered` also CLUSTERs the table on PostgreSQL). Inverse: dropPrimaryKey,
 * keeping the index when the key was built on an existing one (`forIndexName`).
 */
const addPrimaryKey = (0,define_change/* defineChange */.Uo)({
    name: 'addPrimaryKey',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnNames', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string' },
        { name: 'tablespace', kind: 'string' },
        { name: 'clustered', kind: 'boolean' },
        { name: 'forIndexName', kind: 'string' },
        { name: 'forIndexSchemaName', kind: 'string' },
        { name: 'forIndexCatalogName', kind: 'string' },
        { name: 'validate', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const constraint = params.constraintName !== undefined ? `CONSTRAINT ${names.name(params.constraintName)} ` : '';
        let sql = `ALTER TABLE ${table} ADD ${constraint}PRIMARY KEY (${names.columnList(params.columnNames)})`;
        if (params.tablespace)
            sql += ` USING INDEX TABLESPACE ${params.tablespace}`;
        const statements = [{ sql }];
        if (params.clustered && params.constraintName !== undefined) {
            statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((s) => ({ sql: s })));
        }
        return statements;
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropPrimaryKey', {
            catalogName: params.catalogName,
            schemaName: params.schemaName,
            tableName: params.tableName,
            constraintName: params.constraintName,
            dropIndex: params.forIndexName !== undefined ? false : undefined,
        }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/add-unique-constraint.js


/**
 * addUniqueConstraint. Liquibase also writes `CLUSTERED` and `USING INDEX <name>` here, which
 * PostgreSQL rejects; this engine writes PostgreSQL's own forms instead (CLUSTER after the
 * constraint, `UNIQUE USING INDEX` for an existing index). Inverse: dropUniqueConstraint.
 */
const addUniqueConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'addUniqueConstraint',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnNames', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string' },
        { name: 'tablespace', kind: 'string' },
        { name: 'deferrable', kind: 'boolean' },
        { name: 'initiallyDeferred', kind: 'boolean' },
        { name: 'disabled', kind: 'boolean' },
        { name: 'clustered', kind: 'boolean' },
        { name: 'forIndexName', kind: 'string' },
        { name: 'forIndexSchemaName', kind: 'string' },
        { name: 'forIndexCatalogName', kind: 'string' },
        { name: 'validate', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const constraint = params.constraintName !== undefined ? `CONSTRAINT ${names.name(params.constraintName)} ` : '';
        let sql = params.forIndexName
            ? `ALTER TABLE ${table} ADD ${constraint}UNIQUE USING INDEX ${names.name(params.forIndexName)}`
            : `ALTER TABLE ${table} ADD ${constraint}UNIQUE (${names.columnList(params.columnNames)})`;
        if (params.deferrable)
            sql += ' DEFERRABLE';
        if (params.initiallyDeferred)
            sql += ' INITIALLY DEFERRED';
        if (params.tablespace && !params.forIndexName)
            sql += ` USING INDEX TABLESPACE ${params.tablespace}`;
        const statements = [{ sql }];
        if (params.clustered && params.constraintName !== undefined) {
            statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((s) => ({ sql: s })));
        }
        return statements;
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropUniqueConstraint', {
            catalogName: params.catalogName,
            schemaName: params.schemaName,
            tableName: params.tableName,
            constraintName: params.constraintName,
            uniqueColumns: params.constraintName === undefined ? params.columnNames : undefined,
        }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/create-sequence.js


const sequenceOptionFields = [
    { name: 'incrementBy', kind: 'bigInteger' },
    { name: 'minValue', kind: 'bigInteger' },
    { name: 'maxValue', kind: 'bigInteger' },
    { name: 'cacheSize', kind: 'bigInteger' },
    { name: 'cycle', kind: 'boolean' },
    { name: 'ordered', kind: 'boolean' },
    { name: 'dataType', kind: 'string' },
];
/** createSequence (`CREATE SEQUENCE IF NOT EXISTS` on PostgreSQL, as Liquibase writes it). Inverse: dropSequence. */
const createSequence = (0,define_change/* defineChange */.Uo)({
    name: 'createSequence',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'sequenceName', kind: 'string', required: true },
        { name: 'startValue', kind: 'bigInteger' },
        ...sequenceOptionFields,
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.createSequence(names.ref(params.schemaName, params.sequenceName), params, names.quoting).map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropSequence', { catalogName: params.catalogName, schemaName: params.schemaName, sequenceName: params.sequenceName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/alter-sequence.js



/** alterSequence. No automatic rollback (the previous settings are unknown). */
const alterSequence = (0,define_change/* defineChange */.Uo)({
    name: 'alterSequence',
    fields: [{ name: 'catalogName', kind: 'string' }, { name: 'schemaName', kind: 'string' }, { name: 'sequenceName', kind: 'string', required: true }, ...sequenceOptionFields],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.alterSequence(names.ref(params.schemaName, params.sequenceName), params, names.quoting).map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/create-index.js



/**
 * createIndex. An index marked `associatedWith` a primary key, unique constraint or foreign key
 * is not created on PostgreSQL (the constraint brings its own), as in Liquibase. Inverse: dropIndex.
 */
const createIndex = (0,define_change/* defineChange */.Uo)({
    name: 'createIndex',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'indexName', kind: 'string' },
        { name: 'unique', kind: 'boolean' },
        { name: 'tablespace', kind: 'string' },
        { name: 'clustered', kind: 'boolean' },
        { name: 'associatedWith', kind: 'string', notHashedIn: [8, 9] },
    ],
    load(reader, params) {
        const columns = loadColumns(reader, 'addColumn');
        if (columns.length === 0)
            throw reader.error('createIndex needs at least one column');
        params.columns = columns;
    },
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'addColumn')));
    },
    generateSql(params, context) {
        const associations = (params.associatedWith ?? '').split(',').map((entry) => entry.trim());
        if (associations.some((entry) => ['primaryKey', 'foreignKey', 'uniqueConstraint'].includes(entry)))
            return [];
        const names = new SqlNames(context.dialect, context.changeSet);
        const columns = params.columns.map((column) => {
            const name = column.computed ? (column.name ?? '') : names.name(column.name ?? '');
            return column.descending ? `${name} DESC` : name;
        });
        const indexName = params.indexName !== undefined ? `${names.name(params.indexName)} ` : '';
        let sql = `CREATE ${params.unique ? 'UNIQUE ' : ''}INDEX ${indexName}ON ${names.table(params.schemaName, params.tableName)}(${columns.join(', ')})`;
        if (params.tablespace)
            sql += ` TABLESPACE ${params.tablespace}`;
        const statements = [{ sql, nonTransactional: context.dialect.requiresAutocommit(sql) }];
        if (params.clustered && params.indexName !== undefined) {
            statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.indexName, names.quoting).map((s) => ({ sql: s })));
        }
        return statements;
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropIndex', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, indexName: params.indexName }, change),
    ],
});

// EXTERNAL MODULE: ./changelog/dbms-filter.js
var dbms_filter = __webpack_require__(1026);
// EXTERNAL MODULE: ./checksum/md5-checksum.js
var md5_checksum = __webpack_require__(7152);
;// CONCATENATED MODULE: ./checksum/sql-checksum.js

/**
 * The checksum of SQL text (sql, sqlFile, the SQL half of createView/createProcedure; note §2.6).
 *
 * v9 hashes the UTF-8 bytes with every space, LF, CR and tab removed, so re-indenting SQL does not
 * change it (comments still count). v8 hashes a `<endDelimiter>:<splitStatements>:<stripComments>:`
 * header followed by the text with whitespace runs collapsed to one space and the ends trimmed.
 */
function sqlChecksum(sql, version, v8Header) {
    return sqlChecksumDetail(sql, version, v8Header).checksum;
}
/** sqlChecksum with the bytes it hashed, as text. */
function sqlChecksumDetail(sql, version, v8Header) {
    const bytes = typeof sql === 'string' ? Buffer.from(sql, 'utf8') : sql;
    let hashed;
    if (version === 9) {
        hashed = withoutWhitespace(bytes);
    }
    else {
        const header = v8Header ?? { endDelimiter: undefined, splitStatements: true, stripComments: false };
        const prefix = Buffer.from(`${header.endDelimiter ?? 'null'}:${header.splitStatements}:${header.stripComments}:`, 'utf8');
        hashed = Buffer.concat([prefix, collapsedWhitespace(bytes)]);
    }
    return { checksum: (0,md5_checksum/* bytesChecksum */.ZF)(hashed, version), text: Buffer.from(hashed).toString('utf8') };
}
function isWhitespace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
function withoutWhitespace(bytes) {
    return bytes.filter((byte) => !isWhitespace(byte));
}
/**
 * Liquibase's NormalizingStreamV8: whitespace becomes a space, leading whitespace and runs are
 * dropped, and trailing whitespace is cut. A 0xFF byte reads as end of stream in its look-ahead
 * (a `(byte) -1` comparison), which only matters for text that is not UTF-8.
 */
function collapsedWhitespace(bytes) {
    const out = [];
    let seenNonSpace = false;
    let last = -2;
    for (let i = 0; i < bytes.length; i++) {
        const byte = isWhitespace(bytes[i]) ? 0x20 : bytes[i];
        if (byte === 0x20 && (!seenNonSpace || last === 0x20))
            continue;
        seenNonSpace = true;
        last = byte;
        if (byte === 0x20 && onlyWhitespaceAfter(bytes, i + 1))
            break;
        out.push(byte);
    }
    return Uint8Array.from(out);
}
function onlyWhitespaceAfter(bytes, from) {
    for (let i = from; i < bytes.length; i++) {
        if (bytes[i] === 0xff)
            return true;
        if (!isWhitespace(bytes[i]))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./sql/split-statements.js + 1 modules
var split_statements = __webpack_require__(8875);
;// CONCATENATED MODULE: ./changes/sql.js



/** The attributes shared by `sql` and `sqlFile`. */
const sqlOptionFields = [
    { name: 'dbms', kind: 'string' },
    { name: 'endDelimiter', kind: 'string' },
    { name: 'splitStatements', kind: 'boolean', default: true },
    { name: 'stripComments', kind: 'boolean', default: false },
    { name: 'ignoreOriginalSplitStatements', kind: 'boolean' },
];
/**
 * sql: raw SQL, split into statements for execution (never inside strings, comments or
 * dollar-quoted bodies). Checksummed on its text (note §2.6), so only the SQL itself counts.
 * No automatic rollback.
 */
const sql = (0,define_change/* defineChange */.Uo)({
    name: 'sql',
    dbmsTargeted: true,
    fields: [{ name: 'sql', kind: 'string', directValue: true }, { name: 'comment', kind: 'string' }, ...sqlOptionFields],
    load(reader, params) {
        // Liquibase trims the SQL to null; the text of a nested <comment> element is the comment.
        const text = typeof params.sql === 'string' ? params.sql.trim() : '';
        if (text)
            params.sql = text;
        else
            delete params.sql;
        const comment = reader.child('comment');
        if (comment?.text !== undefined)
            params.comment = comment.text;
    },
    checksum: async (params, context) => sqlChecksumDetail(params.sql ?? '', context.version, { endDelimiter: params.endDelimiter, splitStatements: params.splitStatements, stripComments: params.stripComments }),
    generateSql: (params, context) => sqlStatements(params.sql ?? '', params, context.dialect),
});
/** Splits SQL text as a `sql`/`sqlFile` change asks (CR removed first, as Liquibase does). */
function sqlStatements(text, options, dialect) {
    const normalised = text.replaceAll('\r', '').trim();
    if (!normalised)
        return [];
    return (0,split_statements/* splitStatements */.X)(normalised, {
        splitStatements: options.splitStatements,
        stripComments: options.stripComments,
        endDelimiter: delimiterForSplitter(options.endDelimiter),
    })
        .filter((statement) => statement.sql.trim() !== '')
        .map((statement) => ({ sql: statement.sql, line: statement.line, nonTransactional: dialect.requiresAutocommit(statement.sql) }));
}
/**
 * A delimiter that starts with a line break (`"\n//"` in JSON/YAML) cannot be matched token by
 * token; written as the regular expression it stands for (`\n//`), the splitter matches it as
 * Liquibase does.
 */
function delimiterForSplitter(endDelimiter) {
    if (endDelimiter === undefined || !/^\s/.test(endDelimiter))
        return endDelimiter;
    return endDelimiter.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

;// CONCATENATED MODULE: ./changes/create-procedure.js









const fields = [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'procedureName', kind: 'string' },
    // v8 hashed the text under its older name procedureBody (see serialize); v9 hashes it apart.
    { name: 'procedureText', kind: 'string', directValue: true, alternateNames: ['procedureBody'], notHashedIn: [8, 9] },
    { name: 'path', kind: 'string', notHashedIn: [9] },
    { name: 'relativeToChangelogFile', kind: 'boolean', notHashedIn: [9] },
    { name: 'encoding', kind: 'string', notHashedIn: [9] },
    { name: 'comments', kind: 'string', notHashedIn: [9] },
    { name: 'dbms', kind: 'string', notHashedIn: [9] },
    { name: 'replaceIfExists', kind: 'boolean' },
];
/**
 * createProcedure: a procedure or function body, inline or from `path` (expanded), executed as
 * one statement. `replaceIfExists` first drops a procedure of that name; Liquibase allows it on
 * SQL Server only (4.28 refuses it on PostgreSQL: "replaceIfExists is not allowed on postgresql").
 * No automatic rollback.
 */
const createProcedure = (0,define_change/* defineChange */.Uo)({
    name: 'createProcedure',
    dbmsTargeted: true,
    fields,
    load(reader, params) {
        const text = reader.text();
        if (text !== undefined)
            params.procedureText = text;
        if (params.procedureText === undefined && params.path === undefined) {
            throw reader.error("createProcedure needs the procedure text (nested) or a 'path'");
        }
    },
    async checksum(params, context) {
        const entries = (0,field_schema/* serializeFields */.oh)(params, fields, context.version);
        if (context.version === 8)
            entries.push(['procedureBody', params.procedureText]);
        const typed = (0,serialized_text/* serializeChange */.jN)('createProcedure', (0,serialized_text/* serialObject */.Gl)(entries));
        if (context.version === 8) {
            if (params.path === undefined)
                return (0,md5_checksum/* stringChecksumDetail */.Yk)(typed, 8);
            const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
            return (0,md5_checksum/* stringChecksumDetail */.Yk)(`${(0,md5_checksum/* stringChecksum */.xh)(typed, 8)}:${sqlChecksum(bytes, 8, { endDelimiter: ';', splitStatements: false, stripComments: false })}`, 8);
        }
        const body = await procedureBody(params, context.changeSet, context.resources, context.expand);
        return (0,md5_checksum/* stringChecksumDetail */.Yk)(`${(0,md5_checksum/* stringChecksum */.xh)(typed, 9)}:${sqlChecksum(body ?? '', 9)}`, 9);
    },
    validate(params, { dialect }) {
        // Liquibase checks it only where the change's own dbms lets it run.
        if (params.replaceIfExists === undefined || !(0,dbms_filter/* dbmsMatches */.e)(params.dbms, dialect.name) || dialect.name === 'mssql')
            return [];
        return [`replaceIfExists is not allowed on ${dialect.name}`];
    },
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const statements = [];
        if (params.replaceIfExists && params.procedureName !== undefined) {
            const procedure = names.ref(params.schemaName, params.procedureName);
            statements.push(...context.dialect.statements.dropProcedure(procedure, { ifExists: true, qualified: false }, names.quoting).map((sql) => ({ sql })));
        }
        const body = (await procedureBody(params, context.changeSet, context.resources, context.expand)) ?? '';
        statements.push(...sqlStatements(body, { splitStatements: false, stripComments: false }, context.dialect));
        return statements;
    },
});
async function procedureBody(params, changeSet, resources, expand) {
    if (params.path === undefined)
        return params.procedureText;
    const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, changeSet, resources);
    return expand(decodeText(bytes, params.encoding));
}

;// CONCATENATED MODULE: ./changes/create-table.js




const createTableFields = [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'tablespace', kind: 'string' },
    { name: 'remarks', kind: 'string' },
    { name: 'tableType', kind: 'string' },
    { name: 'ifNotExists', kind: 'boolean', notHashedIn: [8, 9] },
];
/** createTable: the table with its column, primary-key, foreign-key and unique constraints in one statement. */
const createTable = (0,define_change/* defineChange */.Uo)({
    name: 'createTable',
    fields: createTableFields,
    load(reader, params) {
        const columns = loadColumns(reader, 'column');
        for (const column of columns) {
            if (column.type === undefined)
                throw reader.error(`column 'type' is required for all columns of createTable (column '${column.name ?? '?'}')`);
        }
        params.columns = columns;
    },
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'column')));
    },
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const definitions = params.columns.map((column) => columnDefinitionSql(column, names, { schema: params.schemaName, serialMeansAutoIncrement: true, deferNotNull: false, inlinePrimaryKey: false }));
        const primaryKeyColumns = params.columns.filter((column) => column.constraints?.primaryKey === true);
        if (primaryKeyColumns.length) {
            const constraints = primaryKeyColumns.map((column) => column.constraints);
            const name = constraints.find((c) => c.primaryKeyName)?.primaryKeyName ?? `${params.tableName}_pkey`;
            let sql = `CONSTRAINT ${names.name(name)} PRIMARY KEY (${primaryKeyColumns.map((column) => names.name(column.name ?? '')).join(', ')})`;
            const tablespace = constraints.find((c) => c.primaryKeyTablespace)?.primaryKeyTablespace;
            if (tablespace)
                sql += ` USING INDEX TABLESPACE ${tablespace}`;
            if (constraints.some((c) => c.initiallyDeferred))
                sql += ' INITIALLY DEFERRED';
            if (constraints.some((c) => c.deferrable))
                sql += ' DEFERRABLE';
            definitions.push(sql);
        }
        for (const column of params.columns) {
            const target = referencedTarget(column);
            if (!target)
                continue;
            const constraints = column.constraints;
            let sql = constraints.foreignKeyName ? `CONSTRAINT ${names.name(constraints.foreignKeyName)} ` : '';
            sql += `FOREIGN KEY (${names.name(column.name ?? '')}) REFERENCES ${names.table(target.schema, target.table)}(${names.columnList(target.columns)})`;
            if (constraints.deleteCascade)
                sql += ' ON DELETE CASCADE';
            if (constraints.initiallyDeferred)
                sql += ' INITIALLY DEFERRED';
            if (constraints.deferrable)
                sql += ' DEFERRABLE';
            definitions.push(sql);
        }
        // Unique constraints sharing a name span their columns together; unnamed ones stand alone.
        const unique = new Map();
        const unnamed = [];
        for (const column of params.columns) {
            if (column.constraints?.unique !== true)
                continue;
            const name = column.constraints.uniqueConstraintName;
            if (name === undefined)
                unnamed.push(`UNIQUE (${names.name(column.name ?? '')})`);
            else
                unique.set(name, [...(unique.get(name) ?? []), names.name(column.name ?? '')]);
        }
        definitions.push(...unnamed);
        for (const [name, columns] of unique)
            definitions.push(`CONSTRAINT ${names.name(name)} UNIQUE (${columns.join(', ')})`);
        const kind = params.tableType ? `${params.tableType} TABLE` : 'TABLE';
        let create = `CREATE ${kind} ${params.ifNotExists ? 'IF NOT EXISTS ' : ''}${table} (${definitions.join(', ')})`;
        if (params.tablespace)
            create += ` TABLESPACE ${params.tablespace}`;
        const statements = [{ sql: create }];
        const ref = names.ref(params.schemaName, params.tableName);
        if (params.remarks !== undefined)
            statements.push(...context.dialect.statements.tableRemarks(ref, params.remarks, names.quoting).map((sql) => ({ sql })));
        for (const column of params.columns) {
            if (column.remarks === undefined)
                continue;
            statements.push(...context.dialect.statements.columnRemarks(ref, column.name ?? '', column.remarks, {}, names.quoting).map((sql) => ({ sql })));
        }
        return statements;
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('dropTable', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/create-view.js







const create_view_fields = [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'viewName', kind: 'string', required: true },
    { name: 'selectQuery', kind: 'string', directValue: true, notHashedIn: [9] },
    { name: 'replaceIfExists', kind: 'boolean' },
    { name: 'fullDefinition', kind: 'boolean' },
    { name: 'path', kind: 'string', notHashedIn: [9] },
    { name: 'relativeToChangelogFile', kind: 'boolean', notHashedIn: [9] },
    { name: 'encoding', kind: 'string', notHashedIn: [9] },
    { name: 'remarks', kind: 'string' },
];
/**
 * createView: the query inline or from `path` (expanded). v9 hashes the typed fields and the query
 * text separately, so reformatting the query does not change the checksum. Inverse: dropView.
 */
const createView = (0,define_change/* defineChange */.Uo)({
    name: 'createView',
    fields: create_view_fields,
    load(reader, params) {
        // The element text always wins over a selectQuery attribute, as in Liquibase.
        const text = reader.text();
        if (text !== undefined)
            params.selectQuery = text;
        if (params.selectQuery === undefined && params.path === undefined) {
            throw reader.error("createView needs a query (nested text) or a 'path'");
        }
    },
    async checksum(params, context) {
        const typed = (0,serialized_text/* serializeChange */.jN)('createView', (0,serialized_text/* serialObject */.Gl)((0,field_schema/* serializeFields */.oh)(params, create_view_fields, context.version)));
        if (context.version === 8) {
            if (params.path === undefined)
                return (0,md5_checksum/* stringChecksumDetail */.Yk)(typed, 8);
            const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
            return (0,md5_checksum/* stringChecksumDetail */.Yk)(`${(0,md5_checksum/* stringChecksum */.xh)(typed, 8)}:${sqlChecksum(bytes, 8, { endDelimiter: ';', splitStatements: false, stripComments: false })}`, 8);
        }
        const query = await viewQuery(params, context.changeSet, context.resources, context.expand);
        return (0,md5_checksum/* stringChecksumDetail */.Yk)(`${(0,md5_checksum/* stringChecksum */.xh)(typed, 9)}:${sqlChecksum(query ?? '', 9)}`, 9);
    },
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const query = (await viewQuery(params, context.changeSet, context.resources, context.expand))?.trim() ?? '';
        const statements = [];
        if (params.fullDefinition)
            statements.push({ sql: query });
        else
            statements.push({ sql: `CREATE ${params.replaceIfExists ? 'OR REPLACE ' : ''}VIEW ${names.table(params.schemaName, params.viewName)} AS ${query}` });
        if (params.remarks?.trim()) {
            statements.push(...context.dialect.statements.viewRemarks(names.ref(params.schemaName, params.viewName), params.remarks, names.quoting).map((sql) => ({ sql })));
        }
        return statements;
    },
    inverse: (params, change) => [(0,define_change/* derivedChange */.SV)('dropView', { schemaName: params.schemaName, viewName: params.viewName }, change)],
});
async function viewQuery(params, changeSet, resources, expand) {
    if (params.path === undefined)
        return params.selectQuery;
    const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, changeSet, resources);
    return expand(decodeText(bytes, params.encoding));
}

// EXTERNAL MODULE: ./changes/node-reader.js
var node_reader = __webpack_require__(5350);
;// CONCATENATED MODULE: ./changes/custom-change.js

/**
 * customChange runs a Java class inside Liquibase; there is nothing to run it with here, so a
 * changelog that uses one is rejected when it is read, naming the class.
 */
const customChange = {
    name: 'customChange',
    load(node, context) {
        const reader = new node_reader/* NodeReader */.W(node, context);
        const className = reader.string('class') ?? '(no class)';
        throw reader.error(`customChange is not supported: it runs the Java class ${className}, which this engine cannot load`);
    },
    toNode(change) {
        return { name: 'customChange', attributes: {}, children: [], location: change.location };
    },
    generateSql: () => Promise.reject(new Error('customChange is not supported')),
    checksum: () => Promise.reject(new Error('customChange is not supported')),
    description: () => 'customChange',
};

;// CONCATENATED MODULE: ./changes/where-clause.js



/**
 * A data change's `<where>` with its `<whereParams>`: each `:name` takes the next parameter's
 * column name and each `:value` the next parameter's value, in order, as Liquibase substitutes them.
 */
function loadWhereParams(reader, params) {
    const node = reader.child('whereParams');
    if (!node)
        return;
    const whereParams = node.children
        .filter((child) => child.name === 'param')
        .map((child) => loadColumn(reader.nested(child, 'where param'), 'column'));
    params.whereParams = whereParams;
}
/** `<whereParams><param …/></whereParams>` for writers, when there are parameters. */
function whereParamsToNode(whereParams) {
    if (!whereParams?.length)
        return [];
    return [(0,field_schema/* changeNode */.$3)('whereParams', {}, whereParams.map((param) => ({ ...columnToNode(param, 'column'), name: 'param' })))];
}
function whereSql(where, whereParams, dialect, quoting, schema) {
    if (!whereParams?.length)
        return where;
    const names = whereParams.filter((param) => param.name !== undefined).map((param) => dialect.escapeObjectName(param.name, quoting));
    const values = whereParams.map((param) => {
        const value = columnValue(param, schema);
        return value ? dialect.valueSql(value, undefined, quoting) : 'NULL';
    });
    return where.replace(/:name|:value/g, (placeholder) => {
        const replacement = placeholder === ':name' ? names.shift() : values.shift();
        return replacement ?? placeholder;
    });
}

;// CONCATENATED MODULE: ./changes/delete.js



/** delete: rows matching `where` (all rows without one). No automatic rollback. */
const deleteChange = (0,define_change/* defineChange */.Uo)({
    name: 'delete',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'where', kind: 'string' },
    ],
    load: (reader, params) => loadWhereParams(reader, params),
    toNode(params, node) {
        node.children.push(...whereParamsToNode(params.whereParams));
    },
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        let sql = `DELETE FROM ${names.table(params.schemaName, params.tableName)}`;
        if (params.where !== undefined)
            sql += ` WHERE ${whereSql(params.where, params.whereParams, context.dialect, names.quoting, params.schemaName)}`;
        return [{ sql }];
    },
});

;// CONCATENATED MODULE: ./changes/drop-all-foreign-key-constraints.js


/**
 * dropAllForeignKeyConstraints: the foreign keys are read from the database when the SQL is
 * generated (as Liquibase reads a snapshot); offline (a script), one statement finds and drops
 * them when it runs. No automatic rollback.
 */
const dropAllForeignKeyConstraints = (0,define_change/* defineChange */.Uo)({
    name: 'dropAllForeignKeyConstraints',
    fields: [
        { name: 'baseTableCatalogName', kind: 'string' },
        { name: 'baseTableSchemaName', kind: 'string' },
        { name: 'baseTableName', kind: 'string', required: true },
    ],
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.ref(params.baseTableSchemaName, params.baseTableName);
        // Without a database (a script written before the keys exist): drop whatever keys there are when it runs.
        if (!context.database)
            return context.dialect.statements.dropAllForeignKeys(table, names.quoting).map((sql) => ({ sql }));
        const foreignKeys = await context.dialect.catalog.foreignKeyNames(context.database, table);
        const tableSql = names.table(params.baseTableSchemaName, params.baseTableName);
        return foreignKeys.map((name) => ({ sql: `ALTER TABLE ${tableSql} DROP CONSTRAINT ${names.name(name)}` }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-column.js



/** dropColumn: one column (`columnName`) or several (`<column name=…>`), one statement each. No automatic rollback. */
const dropColumn = (0,define_change/* defineChange */.Uo)({
    name: 'dropColumn',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string' },
    ],
    load(reader, params) {
        const columns = loadColumns(reader, 'column');
        params.columns = columns;
        if (params.columnName === undefined && columns.length === 0)
            throw reader.error("dropColumn needs 'columnName' or at least one column");
    },
    // Liquibase leaves an empty column list out of dropColumn's checksum.
    serialize: (params) => [['columns', params.columns?.length ? params.columns.map(serializeColumn) : undefined]],
    toNode(params, node) {
        node.children.push(...(params.columns ?? []).map((column) => columnToNode(column, 'column')));
    },
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const columns = params.columnName !== undefined ? [params.columnName] : (params.columns ?? []).map((column) => column.name ?? '');
        return columns.map((column) => ({ sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(column)}` }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-default-value.js


/** dropDefaultValue. No automatic rollback (the old default is unknown). */
const dropDefaultValue = (0,define_change/* defineChange */.Uo)({
    name: 'dropDefaultValue',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'columnDataType', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.dropDefaultValue(names.ref(params.schemaName, params.tableName), params.columnName, names.quoting).map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-foreign-key-constraint.js


/** dropForeignKeyConstraint. No automatic rollback. */
const dropForeignKeyConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'dropForeignKeyConstraint',
    fields: [
        { name: 'baseTableCatalogName', kind: 'string' },
        { name: 'baseTableSchemaName', kind: 'string' },
        { name: 'baseTableName', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return [{ sql: `ALTER TABLE ${names.table(params.baseTableSchemaName, params.baseTableName)} DROP CONSTRAINT ${names.name(params.constraintName)}` }];
    },
});

;// CONCATENATED MODULE: ./changes/drop-index.js


/** dropIndex (PostgreSQL qualifies the index with the table's schema). No automatic rollback. */
const dropIndex = (0,define_change/* defineChange */.Uo)({
    name: 'dropIndex',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string' },
        { name: 'indexName', kind: 'string', required: true },
        { name: 'associatedWith', kind: 'string', notHashed: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = params.tableName !== undefined ? names.ref(params.schemaName, params.tableName) : undefined;
        return context.dialect.statements
            .dropIndex(names.ref(params.schemaName, params.indexName), table, names.quoting)
            .map((sql) => ({ sql, nonTransactional: context.dialect.requiresAutocommit(sql) }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-not-null-constraint.js


/** dropNotNullConstraint; its inverse is addNotNullConstraint. */
const dropNotNullConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'dropNotNullConstraint',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string' },
        { name: 'columnDataType', kind: 'string' },
        { name: 'constraintName', kind: 'string' },
    ],
    load(reader, params) {
        if (params.columnName === undefined)
            throw reader.error("'columnName' is required for dropNotNullConstraint on PostgreSQL");
    },
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .dropNotNull(names.ref(params.schemaName, params.tableName), params.columnName ?? '', { columnType: params.columnDataType, constraintName: params.constraintName }, names.quoting)
            .map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('addNotNullConstraint', {
            catalogName: params.catalogName,
            schemaName: params.schemaName,
            tableName: params.tableName,
            columnName: params.columnName,
            columnDataType: params.columnDataType,
            constraintName: params.constraintName,
        }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/drop-primary-key.js


/** dropPrimaryKey; without a name PostgreSQL looks it up in the catalog first. No automatic rollback. */
const dropPrimaryKey = (0,define_change/* defineChange */.Uo)({
    name: 'dropPrimaryKey',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string' },
        { name: 'dropIndex', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.dropPrimaryKey(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-procedure.js


/** dropProcedure. No automatic rollback. */
const dropProcedure = (0,define_change/* defineChange */.Uo)({
    name: 'dropProcedure',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'procedureName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .dropProcedure(names.ref(params.schemaName, params.procedureName), { ifExists: false, qualified: true }, names.quoting)
            .map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-sequence.js


/** dropSequence (`… CASCADE` on PostgreSQL). No automatic rollback. */
const dropSequence = (0,define_change/* defineChange */.Uo)({
    name: 'dropSequence',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'sequenceName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.dropSequence(names.ref(params.schemaName, params.sequenceName), names.quoting).map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/drop-table.js


/** dropTable: `DROP TABLE t [CASCADE]`. No automatic rollback (the table's definition is gone). */
const dropTable = (0,define_change/* defineChange */.Uo)({
    name: 'dropTable',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'cascadeConstraints', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return [{ sql: `DROP TABLE ${names.table(params.schemaName, params.tableName)}${params.cascadeConstraints ? ' CASCADE' : ''}` }];
    },
});

;// CONCATENATED MODULE: ./changes/drop-unique-constraint.js


/** dropUniqueConstraint. No automatic rollback. */
const dropUniqueConstraint = (0,define_change/* defineChange */.Uo)({
    name: 'dropUniqueConstraint',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'constraintName', kind: 'string' },
        { name: 'uniqueColumns', kind: 'string' },
    ],
    generateSql(params, context) {
        if (params.constraintName === undefined) {
            // Liquibase writes `DROP CONSTRAINT null` here, which can only fail.
            throw new Error(`dropUniqueConstraint on ${params.tableName} needs a constraintName (the constraint was created without one)`);
        }
        const names = new SqlNames(context.dialect, context.changeSet);
        return [{ sql: `ALTER TABLE ${names.table(params.schemaName, params.tableName)} DROP CONSTRAINT ${names.name(params.constraintName)}` }];
    },
});

;// CONCATENATED MODULE: ./changes/drop-view.js


/** dropView. No automatic rollback. */
const dropView = (0,define_change/* defineChange */.Uo)({
    name: 'dropView',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'viewName', kind: 'string', required: true },
        { name: 'ifExists', kind: 'boolean' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return [{ sql: `DROP VIEW ${params.ifExists ? 'IF EXISTS ' : ''}${names.table(params.schemaName, params.viewName)}` }];
    },
});

;// CONCATENATED MODULE: ./changes/empty.js

/** empty: does nothing, forward or back. */
const empty = (0,define_change/* defineChange */.Uo)({
    name: 'empty',
    fields: [],
    generateSql: () => [],
    inverse: () => [],
});

;// CONCATENATED MODULE: ./changes/execute-command.js


/**
 * executeCommand: a program the engine runs between statements (SqlStatement.command), when its
 * `os` list names this system, as Liquibase does; elsewhere it is skipped. It has no automatic
 * rollback. Only `executable` is part of the checksum.
 */
const executeCommand = (0,define_change/* defineChange */.Uo)({
    name: 'executeCommand',
    fields: [
        { name: 'executable', kind: 'string', required: true },
        { name: 'os', kind: 'string', notHashed: true },
        { name: 'timeout', kind: 'string' },
    ],
    load(reader, params) {
        params.args = reader.children('arg').map((arg) => reader.nested(arg, 'executeCommand arg').string('value') ?? '');
    },
    toNode(params, node) {
        node.children.push(...(params.args ?? []).map((value) => (0,field_schema/* changeNode */.$3)('arg', { value })));
    },
    generateSql(params) {
        if (params.os !== undefined && !osMatches(params.os))
            return [];
        const args = params.args ?? [];
        const timeoutMs = params.timeout !== undefined ? timeoutMillis(params.timeout) : undefined;
        return [{ sql: `-- executeCommand: ${[params.executable, ...args].join(' ')}`, command: { executable: params.executable, args, timeoutMs } }];
    },
});
/** Liquibase compares the os list with Java's os.name (`Linux`, `Mac OS X`, `Windows 10`…). */
function osMatches(os) {
    const current = { linux: 'Linux', darwin: 'Mac OS X', win32: 'Windows', freebsd: 'FreeBSD', sunos: 'SunOS' }[process.platform] ?? process.platform;
    return os.split(',').some((entry) => {
        const name = entry.trim();
        return current === 'Windows' ? name.startsWith('Windows') : name === current;
    });
}
/** Liquibase's timeout: a number with an optional unit (`10s`, `2m`, `1h`), seconds by default. */
function timeoutMillis(value) {
    const match = /^(\d+)\s*([smh]?)$/i.exec(value.trim());
    if (!match)
        return undefined;
    const unit = { '': 1, s: 1, m: 60, h: 3600 }[match[2].toLowerCase()];
    return Number(match[1]) * unit * 1000;
}

;// CONCATENATED MODULE: ./checksum/csv-checksum.js

/**
 * loadData / loadUpdateData checksum (note §2.6): the string checksum of
 * `<tableName>:<checksum of the filtered CSV bytes>`. Column configs, separator and quote
 * character are not part of it, so changing how a file is read never flips the checksum.
 */
function csvChecksum(tableName, csv, commentLineStartsWith, version) {
    const filtered = filterCsvForChecksum(csv, commentLineStartsWith);
    return (0,md5_checksum/* stringChecksumDetail */.Yk)(`${tableName}:${(0,md5_checksum/* bytesChecksum */.ZF)(filtered, version)}`, version);
}
/**
 * The bytes Liquibase's EmptyLineAndCommentSkippingInputStream lets through: CR removed, blank
 * lines, leading newlines and the final newline dropped, and lines whose first byte is the first
 * character of `commentLineStartsWith` skipped (an empty or absent marker disables that).
 *
 * This reproduces the stream's state machine, including its look-ahead that peeks past a newline
 * to decide whether it is the last one, because the exact bytes decide the checksum.
 */
function filterCsvForChecksum(input, commentLineStartsWith) {
    const commentByte = commentLineStartsWith ? commentLineStartsWith.charCodeAt(0) : undefined;
    const NL = 0x0a;
    const CR = 0x0d;
    let pos = 0;
    // The stream's remembered previous byte (-1 before anything was returned).
    let lastReadField = -1;
    const next = () => (pos < input.length ? input[pos++] : -1);
    const read = (lastRead, lookAhead) => {
        let byte = next();
        if (commentByte !== undefined && byte === commentByte && (lastRead === NL || lastRead < 0)) {
            do
                byte = next();
            while (byte !== NL && byte !== CR && byte > 0);
        }
        if (byte < 0)
            return byte;
        if (byte === CR)
            return read(lastReadField, false);
        if (byte === NL && lastRead === NL)
            return read(lastReadField, false);
        if (byte === NL) {
            if (lastRead < 0)
                return read(lastReadField, false);
            const mark = pos;
            if (read(NL, true) < 0)
                return -1;
            pos = mark;
        }
        if (!lookAhead)
            lastReadField = byte;
        return byte;
    };
    const out = [];
    for (let byte = read(lastReadField, false); byte >= 0; byte = read(lastReadField, false))
        out.push(byte);
    return Uint8Array.from(out);
}

;// CONCATENATED MODULE: ./changes/csv-reader.js
class CsvParseError extends Error {
    name = 'CsvParseError';
}
class CsvReader {
    lines;
    next = 0;
    separator;
    quote;
    constructor(text, options) {
        // BufferedReader.readLine: LF, CRLF or CR end a line; a final line ending adds no empty line.
        const lines = text === '' ? [] : text.split(/\r\n|\n|\r/);
        if (lines.length > 0 && lines[lines.length - 1] === '' && /(\r\n|\n|\r)$/.test(text))
            lines.pop();
        this.lines = lines;
        this.separator = options.separator.charAt(0);
        this.quote = options.quoteChar.charAt(0);
    }
    /** The next record's fields, or undefined at the end of the file. */
    readNext() {
        let result;
        let pending;
        do {
            if (this.next >= this.lines.length) {
                if (pending !== undefined)
                    throw new CsvParseError(`Unterminated quoted field at end of CSV line. Beginning of lost text: [${pending}]`);
                return result;
            }
            const parsed = this.parseLine(pending === undefined ? this.lines[this.next++] : pending + this.lines[this.next++]);
            pending = parsed.pending;
            if (parsed.fields.length > 0)
                result = result ? [...result, ...parsed.fields] : parsed.fields;
        } while (pending !== undefined);
        return result;
    }
    parseLine(line) {
        if (!this.quote || !line.includes(this.quote))
            return { fields: line.split(this.separator) };
        const fields = [];
        let position = 0;
        while (position < line.length) {
            const nextSeparator = line.indexOf(this.separator, position);
            const nextQuote = line.indexOf(this.quote, position);
            if (nextSeparator === -1) {
                fields.push(line.slice(position));
                position = line.length;
            }
            else if (nextQuote === -1 || nextQuote > nextSeparator || nextQuote !== position) {
                fields.push(line.slice(position, nextSeparator));
                position = nextSeparator + 1;
            }
            else {
                const end = this.endOfQuotedField(line, position);
                fields.push(end >= line.length ? line.slice(position) : line.slice(position, end));
                position = end + 1;
            }
        }
        let pending;
        const last = fields[fields.length - 1];
        if (last !== undefined && ((last.startsWith(this.quote) && !last.endsWith(this.quote)) || count(last, this.quote) === 1)) {
            pending = `${fields.pop()}\n`;
        }
        else if (line.lastIndexOf(this.separator) === line.length - 1) {
            fields.push('');
        }
        return { fields: fields.map((field) => (field.includes(this.quote) ? this.unquote(field) : field)), pending };
    }
    /** Where a quoted field starting at `start` ends (just after its closing quote), or the line length. */
    endOfQuotedField(line, start) {
        let nextQuote = line.indexOf(this.quote, start + 1);
        let inQuote = false;
        const notLast = (at) => at !== -1 && at < line.length - 1;
        while (notLast(nextQuote)) {
            if (!inQuote && line[nextQuote + 1] === this.separator)
                return nextQuote + 1;
            do {
                nextQuote = line.indexOf(this.quote, nextQuote + 1);
                inQuote = !inQuote;
            } while (notLast(nextQuote) && line[nextQuote + 1] === this.quote);
        }
        return line.length;
    }
    unquote(field) {
        let text = field;
        if (count(text, this.quote) !== 1 && text.startsWith(this.quote)) {
            text = text.slice(this.quote.length);
            if (text.endsWith(this.quote))
                text = text.slice(0, -this.quote.length);
        }
        return text.split(this.quote + this.quote).join(this.quote);
    }
}
function count(text, character) {
    let total = 0;
    for (const c of text)
        if (c === character)
            total++;
    return total;
}

;// CONCATENATED MODULE: ./changes/load-data-rows.js




/** Whole base64 quanta: a BLOB field that is not a file name. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LOAD_TYPES = new Set(['BOOLEAN', 'NUMERIC', 'DATE', 'STRING', 'COMPUTED', 'SEQUENCE', 'BLOB', 'CLOB', 'SKIP', 'UUID', 'OTHER', 'UNKNOWN']);
/**
 * Reads the CSV file into typed rows, as Liquibase's LoadDataChange does: headers are trimmed and
 * matched to `<column>` configs by index, then header, then name (case-insensitive); blank and
 * commented lines are skipped; `NULL` (any case) is SQL NULL; an empty field takes the column's
 * defaultValue. Columns without a type take the load type of the table's column when a database
 * is at hand, else are written as text.
 */
async function readLoadDataRows(params, context) {
    const bytes = await readChangeFile(params.file, params.relativeToChangelogFile, context.changeSet, context.resources, { gunzip: true });
    let text = decodeText(bytes, params.encoding);
    if (text.startsWith('\uFEFF'))
        text = text.slice(1);
    const reader = new CsvReader(text, { separator: params.separator === '\\t' ? '\t' : params.separator, quoteChar: params.quotchar });
    const headers = reader.readNext();
    if (!headers)
        throw new Error(`Data file ${params.file} was empty`);
    const loadTypes = await tableLoadTypes(params, context);
    const rows = [];
    let lineNumber = 1;
    for (let line = reader.readNext(); line; line = reader.readNext()) {
        lineNumber++;
        if (line.length === 0 || (line.length === 1 && line[0].trim() === ''))
            continue;
        if (params.commentLineStartsWith && line[0].startsWith(params.commentLineStartsWith))
            continue;
        if (line.length !== headers.length) {
            throw new Error(`CSV file ${params.file} Line ${lineNumber} has ${line.length} values defined, Header has ${headers.length}. Numbers MUST be equal (check for unquoted string with embedded commas)`);
        }
        const row = [];
        headers.forEach((rawHeader, index) => {
            const header = rawHeader.trim();
            const config = columnConfig(params.columns, index, header);
            const type = (config?.type ?? loadTypes.get(header.toLowerCase()) ?? '').trim();
            if (type.toUpperCase() === 'SKIP')
                return;
            const column = config?.name ?? header;
            let raw = line[index];
            if (raw === '')
                raw = config?.defaultValue;
            row.push({ column, value: typedValue(raw, type, config), allowUpdate: config?.allowUpdate !== false });
        });
        rows.push(row);
    }
    // BLOB and CLOB fields name files, read relative to the changelog (else from the search path).
    for (const row of rows) {
        for (const entry of row) {
            if (entry.value.kind !== 'file')
                continue;
            const { path, binary } = entry.value;
            const content = await readChangeFile(path, true, context.changeSet, context.resources).catch(() => readChangeFile(path, false, context.changeSet, context.resources));
            entry.value = binary ? { kind: 'bytes', bytes: content } : { kind: 'string', value: decodeText(content, params.encoding) };
        }
    }
    return rows;
}
function columnConfig(columns, index, header) {
    for (const column of columns) {
        if (column.index !== undefined && column.index === index)
            return column;
        if (column.header !== undefined && column.header.toLowerCase() === header.toLowerCase())
            return column;
        if (column.name !== undefined && column.name.toLowerCase() === header.toLowerCase())
            return column;
    }
    return undefined;
}
/**
 * One CSV field as its column's load type says. An empty field has already become the column's
 * defaultValue; when that is absent too, the type's own default applies (defaultValueNumeric,
 * defaultValueBoolean, defaultValueDate, defaultValueComputed), and text columns get ''.
 */
function typedValue(raw, type, config) {
    if (raw !== undefined && raw.toLowerCase() === 'null')
        return { kind: 'null' };
    const upper = type.toUpperCase();
    const loadType = LOAD_TYPES.has(upper) ? upper : type === '' ? '' : 'UNKNOWN';
    if (loadType === 'BOOLEAN') {
        if (raw !== undefined)
            return { kind: 'boolean', value: parseBoolean(raw) };
        return config?.defaultValueBoolean !== undefined ? { kind: 'boolean', value: config.defaultValueBoolean } : { kind: 'null' };
    }
    if (loadType === 'NUMERIC') {
        const text = raw ?? config?.defaultValueNumeric;
        if (text === undefined)
            return { kind: 'null' };
        const numeric = numericValue(text, 'numeric', 'computed');
        return numeric.numeric !== undefined ? { kind: 'numeric', value: numeric.numeric } : { kind: 'computed', value: numeric.computed };
    }
    if ((/date|time/i.test(type) && loadType !== 'UNKNOWN') || upper === 'DATE') {
        if (raw === undefined)
            return config?.defaultValueDate !== undefined ? { kind: 'date', value: config.defaultValueDate } : { kind: 'null' };
        const date = (0,iso_date_format/* parseIsoDate */.jT)(raw);
        if (date)
            return { kind: 'date', value: date.text };
        return { kind: 'computed', value: nowOrToday(raw) ?? raw };
    }
    if (loadType === 'COMPUTED') {
        const expression = raw ?? config?.defaultValueComputed;
        return expression !== undefined ? { kind: 'computed', value: expression } : { kind: 'null' };
    }
    if (raw === undefined)
        return loadType === 'STRING' ? { kind: 'string', value: '' } : { kind: 'null' };
    if (loadType === 'SEQUENCE')
        return { kind: 'sequenceNext', sequence: raw };
    if (loadType === 'BLOB') {
        if (BASE64.test(raw))
            return { kind: 'bytes', bytes: Buffer.from(raw, 'base64') };
        return { kind: 'file', path: raw, binary: true };
    }
    if (loadType === 'CLOB')
        return { kind: 'file', path: raw, binary: false };
    return { kind: 'string', value: raw };
}
/**
 * Liquibase reads `NOW`, `NOW+1h` (m, h, d, y units) and `TODAY`, `TODAY-1` (days) in date
 * columns as the current time when the file is loaded; the same moment is asked of the server here.
 */
function nowOrToday(value) {
    const lower = value.toLowerCase();
    if (lower === 'now')
        return 'NOW()';
    if (lower === 'today')
        return 'CURRENT_DATE';
    const now = /^now([+-])(\d+)([mhdy])/.exec(lower);
    if (now) {
        const unit = { m: 'minutes', h: 'hours', d: 'days', y: 'years' }[now[3]];
        return `(NOW() ${now[1]} INTERVAL '${now[2]} ${unit}')`;
    }
    const today = /^today([+-])(\d+)$/.exec(lower);
    if (today)
        return `(CURRENT_DATE ${today[1]} ${today[2]})`;
    return undefined;
}
/** Liquibase's BooleanParser: true/t/yes/y/1 (any case, trimmed), anything else false. */
function parseBoolean(value) {
    return ['true', 't', 'yes', 'y', '1'].includes(value.trim().toLowerCase());
}
/**
 * The load type of each column of the target table, as Liquibase derives it from a snapshot when
 * a column has no type: booleans, numbers and dates are written as such, everything else as text.
 */
async function tableLoadTypes(params, context) {
    const types = new Map();
    if (!context.database)
        return types;
    const columns = await context.dialect.catalog.columnTypes(context.database, { schema: params.schemaName, name: params.tableName });
    for (const [column, dataType] of columns) {
        let loadType = 'STRING';
        if (dataType === 'boolean')
            loadType = 'BOOLEAN';
        else if (/int|numeric|decimal|real|double|money/.test(dataType))
            loadType = 'NUMERIC';
        else if (/date|time/.test(dataType))
            loadType = 'DATE';
        else if (dataType === 'uuid')
            loadType = 'UUID';
        types.set(column, loadType);
    }
    return types;
}
/** A loaded value as SQL. */
function loadedValueSql(value, dialect, schema) {
    if (value.kind === 'file')
        throw new Error(`loadData file value ${value.path} was not read`);
    if (value.kind === 'bytes')
        return `'\\x${Buffer.from(value.bytes).toString('hex')}'`;
    if (value.kind === 'sequenceNext' && value.schema === undefined)
        return dialect.valueSql({ ...value, schema: schema || dialect.defaultSchema });
    return dialect.valueSql(value);
}

;// CONCATENATED MODULE: ./changes/load-data.js






const loadDataFields = [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'file', kind: 'string', required: true },
    { name: 'relativeToChangelogFile', kind: 'boolean' },
    { name: 'encoding', kind: 'string' },
    { name: 'separator', kind: 'string', default: ',' },
    { name: 'quotchar', kind: 'string', default: '"' },
    { name: 'commentLineStartsWith', kind: 'string', default: '#' },
    { name: 'usePreparedStatements', kind: 'boolean' },
];
function loadDataColumns(reader, params) {
    params.columns = loadColumns(reader, 'loadData');
    // Liquibase turns a literal `\t` separator into a tab.
    if (params.separator === '\\t')
        params.separator = '\t';
}
/** Rows per INSERT statement. */
const BATCH_SIZE = 50;
/**
 * loadData: inserts the CSV rows, several rows per INSERT. Checksummed on the table name and the
 * CSV bytes (note §2.6), so how the file is read does not count. No automatic rollback.
 */
const loadData = (0,define_change/* defineChange */.Uo)({
    name: 'loadData',
    fields: loadDataFields,
    load: loadDataColumns,
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'loadData')));
    },
    async checksum(params, context) {
        const bytes = await readChangeFile(params.file, params.relativeToChangelogFile, context.changeSet, context.resources, { gunzip: true });
        return csvChecksum(params.tableName, bytes, params.commentLineStartsWith, context.version);
    },
    async generateSql(params, context) {
        const rows = await readLoadDataRows(params, context);
        if (rows.length === 0)
            return [];
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const statements = [];
        for (let start = 0; start < rows.length; start += BATCH_SIZE) {
            const batch = rows.slice(start, start + BATCH_SIZE);
            const columns = batch[0].map((value) => names.name(value.column)).join(', ');
            const values = batch.map((row) => `(${row.map((value) => loadedValueSql(value.value, context.dialect, params.schemaName)).join(', ')})`);
            statements.push({ sql: `INSERT INTO ${table} (${columns}) VALUES ${values.join(',')}` });
        }
        return statements;
    },
});

;// CONCATENATED MODULE: ./changes/load-update-data.js







/**
 * loadUpdateData: each CSV row updates the row with the same primary key, or is inserted when
 * there is none (only updated with `onlyUpdate`). Its automatic rollback deletes the rows by
 * primary key. Liquibase splits `primaryKey` on commas without trimming (so `a, b` looks for a
 * column named " b"); this engine trims.
 */
const loadUpdateData = (0,define_change/* defineChange */.Uo)({
    name: 'loadUpdateData',
    fields: [...loadDataFields, { name: 'primaryKey', kind: 'string', required: true }, { name: 'onlyUpdate', kind: 'boolean', default: false }],
    load: loadDataColumns,
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'loadData')));
    },
    async checksum(params, context) {
        const bytes = await readChangeFile(params.file, params.relativeToChangelogFile, context.changeSet, context.resources, { gunzip: true });
        return csvChecksum(params.tableName, bytes, params.commentLineStartsWith, context.version);
    },
    async generateSql(params, context) {
        const rows = await readLoadDataRows(params, context);
        const names = new SqlNames(context.dialect, context.changeSet);
        const keys = splitNames(params.primaryKey);
        return rows.map((row) => {
            const ref = names.ref(params.schemaName, params.tableName);
            const values = row.map((value) => ({ column: value.column, valueSql: loadedValueSql(value.value, context.dialect, params.schemaName), allowUpdate: value.allowUpdate }));
            return context.dialect.statements.upsert(ref, values, keys, params.onlyUpdate, names.quoting).map((sql) => ({ sql }));
        }).flat();
    },
    async inverse(params, change, context) {
        const rows = await readLoadDataRows(params, context);
        const keys = splitNames(params.primaryKey);
        return rows.map((row) => (0,define_change/* derivedChange */.SV)('delete', { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, where: keyCondition(row, keys, context.dialect, params.schemaName) }, change));
    },
});
function keyCondition(row, keys, dialect, schema) {
    return keys
        .map((key) => {
        const value = row.find((candidate) => candidate.column.toLowerCase() === key.toLowerCase());
        const column = dialect.escapeObjectName(key);
        if (!value || value.value.kind === 'null')
            return `${column} is NULL`;
        return `${column} = ${loadedValueSql(value.value, dialect, schema)}`;
    })
        .join(' AND ');
}

;// CONCATENATED MODULE: ./changes/merge-columns.js


/** mergeColumns: a new column filled with `column1 || join || column2`, then both old columns dropped. No automatic rollback. */
const mergeColumns = (0,define_change/* defineChange */.Uo)({
    name: 'mergeColumns',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'column1Name', kind: 'string', required: true },
        { name: 'column2Name', kind: 'string', required: true },
        { name: 'joinString', kind: 'string' },
        { name: 'finalColumnName', kind: 'string', required: true },
        { name: 'finalColumnType', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const table = names.table(params.schemaName, params.tableName);
        const join = `'${(params.joinString ?? '').replaceAll("'", "''")}'`;
        return [
            { sql: `ALTER TABLE ${table} ADD ${names.name(params.finalColumnName)} ${context.dialect.dataType(params.finalColumnType)}` },
            { sql: `UPDATE ${table} SET ${names.name(params.finalColumnName)} = ${names.name(params.column1Name)} || ${join} || ${names.name(params.column2Name)}` },
            { sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(params.column1Name)}` },
            { sql: `ALTER TABLE ${table} DROP COLUMN ${names.name(params.column2Name)}` },
        ];
    },
});

;// CONCATENATED MODULE: ./changes/modify-data-type.js


/** modifyDataType (PostgreSQL: `ALTER COLUMN … TYPE … USING (col::type)`). No automatic rollback: the old type is unknown. */
const modifyDataType = (0,define_change/* defineChange */.Uo)({
    name: 'modifyDataType',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'newDataType', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .modifyDataType(names.ref(params.schemaName, params.tableName), params.columnName, params.newDataType, names.quoting)
            .map((sql) => ({ sql }));
    },
});

// EXTERNAL MODULE: ./changes/output.js
var output = __webpack_require__(5545);
;// CONCATENATED MODULE: ./changes/rename-column.js


/** renameColumn; its inverse renames back. `remarks` is not applied on PostgreSQL (as in Liquibase). */
const renameColumn = (0,define_change/* defineChange */.Uo)({
    name: 'renameColumn',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'oldColumnName', kind: 'string', required: true },
        { name: 'newColumnName', kind: 'string', required: true },
        { name: 'columnDataType', kind: 'string' },
        { name: 'remarks', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .renameColumn(names.ref(params.schemaName, params.tableName), params.oldColumnName, params.newColumnName, params.columnDataType, names.quoting)
            .map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('renameColumn', {
            catalogName: params.catalogName,
            schemaName: params.schemaName,
            tableName: params.tableName,
            oldColumnName: params.newColumnName,
            newColumnName: params.oldColumnName,
            columnDataType: params.columnDataType,
        }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/rename-sequence.js


/** renameSequence; its inverse renames back. */
const renameSequence = (0,define_change/* defineChange */.Uo)({
    name: 'renameSequence',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'oldSequenceName', kind: 'string', required: true },
        { name: 'newSequenceName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .renameSequence(names.ref(params.schemaName, params.oldSequenceName), params.newSequenceName, names.quoting)
            .map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('renameSequence', { catalogName: params.catalogName, schemaName: params.schemaName, oldSequenceName: params.newSequenceName, newSequenceName: params.oldSequenceName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/rename-table.js


/** renameTable; its inverse renames back. */
const renameTable = (0,define_change/* defineChange */.Uo)({
    name: 'renameTable',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'oldTableName', kind: 'string', required: true },
        { name: 'newTableName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .renameTable(names.ref(params.schemaName, params.oldTableName), params.newTableName, names.quoting)
            .map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('renameTable', { catalogName: params.catalogName, schemaName: params.schemaName, oldTableName: params.newTableName, newTableName: params.oldTableName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/rename-view.js


/**
 * renameView; its inverse renames back. Liquibase's inverse forgets the schema (so it fails
 * outside the default schema); this one keeps it.
 */
const renameView = (0,define_change/* defineChange */.Uo)({
    name: 'renameView',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'oldViewName', kind: 'string', required: true },
        { name: 'newViewName', kind: 'string', required: true },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.renameView(names.ref(params.schemaName, params.oldViewName), params.newViewName, names.quoting).map((sql) => ({ sql }));
    },
    inverse: (params, change) => [
        (0,define_change/* derivedChange */.SV)('renameView', { catalogName: params.catalogName, schemaName: params.schemaName, oldViewName: params.newViewName, newViewName: params.oldViewName }, change),
    ],
});

;// CONCATENATED MODULE: ./changes/set-column-remarks.js


/** setColumnRemarks (`COMMENT ON COLUMN`). No automatic rollback. */
const setColumnRemarks = (0,define_change/* defineChange */.Uo)({
    name: 'setColumnRemarks',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'columnName', kind: 'string', required: true },
        { name: 'remarks', kind: 'string' },
        { name: 'columnDataType', kind: 'string' },
        { name: 'columnParentType', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements
            .columnRemarks(names.ref(params.schemaName, params.tableName), params.columnName, params.remarks ?? '', { columnParentType: params.columnParentType }, names.quoting)
            .map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/set-table-remarks.js


/** setTableRemarks (`COMMENT ON TABLE`). No automatic rollback. */
const setTableRemarks = (0,define_change/* defineChange */.Uo)({
    name: 'setTableRemarks',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'remarks', kind: 'string' },
    ],
    generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        return context.dialect.statements.tableRemarks(names.ref(params.schemaName, params.tableName), params.remarks ?? '', names.quoting).map((sql) => ({ sql }));
    },
});

;// CONCATENATED MODULE: ./changes/sql-file.js




/**
 * sqlFile: SQL read from a file. `${…}` in the file is expanded for execution but not for the v9
 * checksum (Liquibase 4.25.2 and later), so property values do not change it. No automatic rollback.
 */
const sqlFile = (0,define_change/* defineChange */.Uo)({
    name: 'sqlFile',
    dbmsTargeted: true,
    fields: [
        { name: 'path', kind: 'string', required: true },
        { name: 'relativeToChangelogFile', kind: 'boolean' },
        { name: 'encoding', kind: 'string' },
        ...sqlOptionFields,
    ],
    async checksum(params, context) {
        const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
        const header = { endDelimiter: params.endDelimiter, splitStatements: params.splitStatements, stripComments: params.stripComments };
        if (context.version === 8)
            return sqlChecksumDetail(bytes, 8, header);
        return sqlChecksumDetail(decodeText(bytes, params.encoding), 9);
    },
    async generateSql(params, context) {
        const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
        return sqlStatements(context.expand(decodeText(bytes, params.encoding)), params, context.dialect);
    },
});

;// CONCATENATED MODULE: ./changes/stop.js


/** The error a `stop` change raises: the update halts there, as Liquibase's StopChange does. */
class StopChangeError extends errors/* ConfigurationError */.j1 {
    name = 'StopChangeError';
}
/** stop: halts the update with its message. No automatic rollback. */
const stop = (0,define_change/* defineChange */.Uo)({
    name: 'stop',
    fields: [{ name: 'message', kind: 'string', default: 'Stop command in changelog file' }],
    generateSql(params) {
        throw new StopChangeError(params.message);
    },
});

;// CONCATENATED MODULE: ./changes/tag-database.js

/**
 * tagDatabase: runs no SQL; the engine writes the tag to the changeset's DATABASECHANGELOG row.
 * Rolling it back does nothing (the row goes away with it).
 */
const tagDatabase = (0,define_change/* defineChange */.Uo)({
    name: 'tagDatabase',
    fields: [
        { name: 'tag', kind: 'string', required: true },
        { name: 'keepTagOnRollback', kind: 'boolean', notHashedIn: [8, 9] },
    ],
    generateSql: () => [],
    inverse: () => [],
});

;// CONCATENATED MODULE: ./changes/update.js






/**
 * update: SET columns are written sorted by name, as Liquibase keeps them in a sorted map; a
 * column without a value sets NULL. No automatic rollback.
 */
const update = (0,define_change/* defineChange */.Uo)({
    name: 'update',
    fields: [
        { name: 'catalogName', kind: 'string' },
        { name: 'schemaName', kind: 'string' },
        { name: 'tableName', kind: 'string', required: true },
        { name: 'where', kind: 'string' },
    ],
    load(reader, params) {
        params.columns = loadColumns(reader, 'column');
        loadWhereParams(reader, params);
    },
    serialize: (params) => [['columns', params.columns.map(serializeColumn)]],
    toNode(params, node) {
        node.children.push(...params.columns.map((column) => columnToNode(column, 'column')), ...whereParamsToNode(params.whereParams));
    },
    async generateSql(params, context) {
        const names = new SqlNames(context.dialect, context.changeSet);
        const assignments = [];
        for (const column of params.columns) {
            assignments.push([column.name ?? '', `${names.name(column.name ?? '')} = ${await columnValueSql(column, params.schemaName, context, names)}`]);
        }
        assignments.sort((a, b) => (0,serialized_text/* compareCodeUnits */.UF)(a[0], b[0]));
        let sql = `UPDATE ${names.table(params.schemaName, params.tableName)} SET ${assignments.map(([, text]) => text).join(', ')}`;
        if (params.where !== undefined)
            sql += ` WHERE ${whereSql(params.where, params.whereParams, context.dialect, names.quoting, params.schemaName)}`;
        return [{ sql }];
    },
});

;// CONCATENATED MODULE: ./changes/registry.js
















































/** Every change type this engine knows, by its Liquibase name. */
const changeTypes = new Map([
    addAutoIncrement,
    addColumn,
    addDefaultValue,
    addForeignKeyConstraint,
    addLookupTable,
    addNotNullConstraint,
    addPrimaryKey,
    addUniqueConstraint,
    alterSequence,
    createIndex,
    createProcedure,
    createSequence,
    createTable,
    createView,
    customChange,
    deleteChange,
    dropAllForeignKeyConstraints,
    dropColumn,
    dropDefaultValue,
    dropForeignKeyConstraint,
    dropIndex,
    dropNotNullConstraint,
    dropPrimaryKey,
    dropProcedure,
    dropSequence,
    dropTable,
    dropUniqueConstraint,
    dropView,
    empty,
    executeCommand,
    insert,
    loadData,
    loadUpdateData,
    mergeColumns,
    modifyDataType,
    output/* output */.C,
    renameColumn,
    renameSequence,
    renameTable,
    renameView,
    setColumnRemarks,
    setTableRemarks,
    sql,
    sqlFile,
    stop,
    tagDatabase,
    update,
].map((type) => [type.name, type]));
/**
 * Loads one change from its parsed node through its change-type module.
 *
 * @example loadChange(node, { changeSet: { id: '1', author: 'me' } }) // { type: 'createTable', params: {…} }
 * @throws ChangelogError for an unknown change type or invalid parameters, with the node's location.
 */
function loadChange(node, context) {
    const type = changeTypes.get(node.name);
    if (!type)
        throw new errors/* ChangelogError */.br(`Unknown change type '${node.name}'`, { location: node.location, changeSet: context.changeSet });
    return type.load(node, context);
}


/***/ }),

/***/ 7152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ stringChecksumDetail),
/* harmony export */   ZF: () => (/* binding */ bytesChecksum),
/* harmony export */   xh: () => (/* binding */ stringChecksum)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * Liquibase's string checksum (`CheckSum.compute(String)`): line endings standardised to LF, the
 * replacement character U+FFFD removed (Liquibase drops it so that a file read with the wrong
 * encoding does not keep flipping the checksum), Unicode NFC, then MD5 of the UTF-8 bytes.
 *
 * @example stringChecksum('', 9) // '9:d41d8cd98f00b204e9800998ecf8427e'
 */
function stringChecksum(text, version) {
    let normalised = text;
    if (normalised.includes('\r'))
        normalised = normalised.replace(/\r\n?/g, '\n');
    if (normalised.includes('\uFFFD'))
        normalised = normalised.replaceAll('\uFFFD', '');
    // Text below U+0300 is already in NFC (no character there decomposes or combines).
    if (BEYOND_NFC_STABLE.test(normalised))
        normalised = normalised.normalize('NFC');
    // The hash reads the string's UTF-8 bytes itself: no intermediate Buffer.
    return `${version}:${md5HexOfText(normalised)}`;
}
/**
 * MD5 of the text's UTF-8 bytes, read from the string itself (no intermediate Buffer); the
 * one-shot `crypto.hash` (Node 20.12+) also skips building a Hash stream per checksum.
 */
const md5HexOfText = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === 'function'
    ? (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash('md5', text, 'hex')
    : (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('md5').update(text, 'utf8').digest('hex');
const BEYOND_NFC_STABLE = /[^\u0000-\u02FF]/;
/** stringChecksum with the text it hashed. */
function stringChecksumDetail(text, version) {
    return { checksum: stringChecksum(text, version), text };
}
/** Liquibase's stream checksum: MD5 of exactly the bytes given (the caller filters them). */
function bytesChecksum(bytes, version) {
    return `${version}:${md5Hex(bytes)}`;
}
function md5Hex(bytes) {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('md5').update(bytes).digest('hex');
}


/***/ }),

/***/ 5504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ serialObject),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   jN: () => (/* binding */ serializeChange)
/* harmony export */ });
/**
 * The canonical text Liquibase hashes for a typed change (its `StringChangeLogSerializer`, note
 * §2.4). The change modules turn their params into this neutral tree; this module only prints it.
 */
function serialObject(fields) {
    return { kind: 'object', fields: new Map(fields) };
}
const INDENT = 4;
/**
 * `<name>:[` + the object's block at level 1.
 *
 * @example serializeChange('tagDatabase', serialObject([['tag', 'v1']])) // 'tagDatabase:[\n    tag="v1"\n]'
 */
function serializeChange(name, object) {
    return `${name}:${printObject(object, 1, containsCarriageReturn(object))}`;
}
/** Indentation strings by level, built as they are first needed. */
const indents = [];
function indent(level) {
    return (indents[level] ??= ' '.repeat(INDENT * level));
}
/**
 * `crlf`: some text in the object holds a CR, which each block turns into LF before its parent
 * sorts it (so it can change the order). Without one, there is nothing to rewrite at any level.
 */
function printObject(object, level, crlf) {
    // Entries are sorted as whole strings (nested lines included) and duplicates dropped, as
    // Liquibase collects them in a TreeSet: a nested block's leading `[` sorts before field names.
    const entries = [];
    const pad = indent(level);
    object.fields.forEach((value, field) => {
        if (value === undefined)
            return;
        if (typeof value === 'string')
            entries.push(`${pad}${field}="${value}"`);
        else if (isObject(value))
            entries.push(pad + printObject(value, level + 1, crlf));
        else if (isMap(value))
            entries.push(`${pad}${field}=${printMap(value, level + 1)}`);
        else if (Array.isArray(value))
            entries.push(`${pad}${field}=${printCollection(value, level + 1, crlf)}`);
        else
            entries.push(`${pad}${field}="${value}"`);
    });
    // The default sort compares strings by UTF-16 code units, as compareCodeUnits does, without
    // calling back into JavaScript for every comparison.
    if (entries.length > 1)
        entries.sort();
    let body = '';
    for (let i = 0; i < entries.length; i++) {
        // Sorted, so a duplicate sits next to its twin.
        if (i > 0 && entries[i] === entries[i - 1])
            continue;
        body += `\n${entries[i]}`;
    }
    const text = `[${body === '' ? '' : `${body}\n`}${indent(level - 1)}]`;
    return crlf ? text.replace(/\r\n?/g, '\n') : text;
}
function printCollection(items, level, crlf) {
    if (items.length === 0)
        return '[]';
    const lines = items.map((item) => indent(level) + (isObject(item) ? printObject(item, level + 1, crlf) : String(item)));
    return `[\n${lines.join(',\n')}\n${indent(level - 1)}]`;
}
function printMap(map, level) {
    if (map.entries.size === 0)
        return '[]';
    const keys = [...map.entries.keys()].sort();
    const lines = keys.map((key) => `${indent(level)}${key}="${map.entries.get(key)}"`);
    return `{\n${lines.join(',\n')}\n${indent(level - 1)}}`;
}
/** Whether any text the object prints (names, values, nested blocks) holds a CR. */
function containsCarriageReturn(value) {
    if (typeof value === 'string')
        return value.includes('\r');
    if (Array.isArray(value))
        return value.some((item) => (isObject(item) ? containsCarriageReturn(item) : String(item).includes('\r')));
    let found = false;
    if (isMap(value)) {
        value.entries.forEach((text, key) => {
            found ||= key.includes('\r') || String(text).includes('\r');
        });
        return found;
    }
    if (isObject(value)) {
        value.fields.forEach((fieldValue, field) => {
            found ||= fieldValue !== undefined && (field.includes('\r') || containsCarriageReturn(fieldValue));
        });
        return found;
    }
    return String(value).includes('\r');
}
function isObject(value) {
    return typeof value === 'object' && !Array.isArray(value) && value.kind === 'object';
}
function isMap(value) {
    return typeof value === 'object' && !Array.isArray(value) && value.kind === 'map';
}
/** Java's String.compareTo: UTF-16 code units, which is also what `<` does on JS strings. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ splitStatements)
});

// UNUSED EXPORTS: stripComments

// EXTERNAL MODULE: ./sql/sql-lexer.js
var sql_lexer = __webpack_require__(744);
// EXTERNAL MODULE: ./sql/sql-syntax.js
var sql_syntax = __webpack_require__(8795);
;// CONCATENATED MODULE: ./sql/strip-comments.js


/**
 * Removes `--` and `/* *\/` comments (and `#` ones where the syntax has them), leaving strings,
 * quoted identifiers and dollar-quoted bodies exactly as written. Line breaks stay, so line
 * numbers do not move.
 *
 * @example stripComments("select 1 -- one\nfrom t /* x *\/ where a = '--'") // "select 1 \nfrom t  where a = '--'"
 */
function stripComments(sql, syntax = postgresSyntax) {
    return joinWithoutComments(sql, [...tokenize(sql, syntax)]);
}
/**
 * The text of `tokens` without their comments. A comment that alone separated two tokens
 * (`select/*x*\/1`) becomes one space, so the SQL keeps its meaning.
 */
function joinWithoutComments(text, tokens) {
    let out = '';
    let separate = false;
    for (const token of tokens) {
        if ((0,sql_lexer/* isComment */.Cn)(token)) {
            separate = true;
            continue;
        }
        const piece = text.slice(token.start, token.end);
        if (separate && out !== '' && !(0,sql_lexer/* isWhitespace */.Yv)(out[out.length - 1]) && !(0,sql_lexer/* isWhitespace */.Yv)(piece[0]))
            out += ' ';
        separate = false;
        out += piece;
    }
    return out;
}

;// CONCATENATED MODULE: ./sql/split-statements.js




/**
 * Splits SQL into the statements to execute one by one, as Liquibase does for a `sql` change,
 * but never inside strings, quoted identifiers, comments or (unlike Liquibase) dollar-quoted
 * bodies. Statements holding only comments are dropped.
 *
 * @example
 * splitStatements("create table t (id int);\nDO $$ BEGIN PERFORM 1; END $$;")
 * // [{ sql: 'create table t (id int)', line: 1, … }, { sql: 'DO $$ BEGIN PERFORM 1; END $$', line: 2, … }]
 */
function splitStatements(text, options = {}) {
    const syntax = options.syntax ?? sql_syntax/* postgresSyntax */.hw;
    const strip = options.stripComments ?? false;
    const lines = new LineIndex(text);
    const statements = [];
    const splitting = options.splitStatements ?? true;
    let delimiter = delimiterFor(options.endDelimiter);
    let state = new StatementState(text, syntax, strip);
    let leadStart = 0;
    /** Ends the statement read so far at `delimiterStart`; the next one's lead starts at `next`. */
    const finish = (delimiterStart, next) => {
        const statement = buildStatement(text, state, lines, leadStart, delimiterStart);
        if (statement)
            statements.push(statement);
        state = new StatementState(text, syntax, strip);
        leadStart = next;
    };
    const token = new sql_lexer/* SqlScanner */.pT(text, syntax);
    while (token.next()) {
        if (splitting && !(delimiter.heldByBlocks && state.holdsDelimiters())) {
            const found = delimiter.find(text, token);
            if (found) {
                if (found.at > token.start)
                    state.add({ kind: token.kind, start: token.start, end: found.at });
                finish(found.at, found.end);
                token.skipTo(found.end);
                continue;
            }
            if (syntax.delimiterCommand && !state.hasContent() && isWord(text, token, 'DELIMITER')) {
                const command = readDelimiterCommand(text, token.end);
                if (command.delimiter) {
                    finish(token.start, command.end);
                    delimiter = new LiteralDelimiter(command.delimiter);
                    token.skipTo(command.end);
                    continue;
                }
            }
        }
        state.add(token);
    }
    finish(text.length, text.length);
    return statements;
}
function buildStatement(text, state, lines, leadStart, delimiterStart) {
    if (!state.hasContent())
        return undefined;
    let start = state.firstStart;
    let end = state.lastEnd;
    let sql;
    if (state.tokens) {
        // Without comments: from the first to the last token of SQL.
        const tokens = state.tokens;
        let first = 0;
        while (!(0,sql_lexer/* isContent */.az)(tokens[first]))
            first++;
        let last = tokens.length - 1;
        while (!(0,sql_lexer/* isContent */.az)(tokens[last]))
            last--;
        start = tokens[first].start;
        end = tokens[last].end;
        sql = joinWithoutComments(text, tokens.slice(first, last + 1));
    }
    else {
        sql = text.slice(start, end);
    }
    return { sql, line: lines.lineAt(start), start, end, leadStart, delimiterStart };
}
/** What the tokens of the statement being read so far say about where it may end. */
class StatementState {
    text;
    syntax;
    /** Every token, kept only when the statement's text is to lose its comments. */
    tokens;
    /** Where the first token that is not whitespace starts (-1 before there is one). */
    firstStart = -1;
    /** Where the last token that is not whitespace ends. */
    lastEnd = -1;
    parens = 0;
    blocks = 0;
    /** The first words, upper-cased, to recognise `CREATE [OR REPLACE] FUNCTION|PROCEDURE`. */
    leadingWords = [];
    /** The leading words say `CREATE [OR REPLACE] FUNCTION|PROCEDURE`. */
    definesRoutine = false;
    content = false;
    constructor(text, syntax, stripComments) {
        this.text = text;
        this.syntax = syntax;
        this.tokens = stripComments ? [] : undefined;
    }
    hasContent() {
        return this.content;
    }
    holdsDelimiters() {
        return this.blocks > 0 || (this.syntax.parenthesesHoldDelimiters && this.parens > 0);
    }
    add(token) {
        this.tokens?.push({ kind: token.kind, start: token.start, end: token.end });
        if (token.kind === 'whitespace')
            return;
        if (this.firstStart < 0)
            this.firstStart = token.start;
        this.lastEnd = token.end;
        if (token.kind === 'symbol') {
            this.content = true;
            const c = this.text[token.start];
            if (c === '(')
                this.parens++;
            else if (c === ')' && this.parens > 0)
                this.parens--;
        }
        else if (token.kind === 'word') {
            this.content = true;
            let word;
            if (this.leadingWords.length < 4) {
                word = this.wordOf(token);
                this.leadingWords.push(word);
                this.definesRoutine = startsRoutine(this.leadingWords);
            }
            // Only BEGIN, CASE and END open or close anything.
            const length = token.end - token.start;
            if (length < 3 || length > 5)
                return;
            if (this.syntax.blocks === 'routine-bodies') {
                if (this.parens === 0 && this.definesRoutine)
                    this.seeRoutineBodyWord(word ?? this.wordOf(token));
            }
            else {
                this.seeBlockWord(word ?? this.wordOf(token), token);
            }
        }
        else if (!(0,sql_lexer/* isComment */.Cn)(token)) {
            this.content = true;
        }
    }
    /**
     * psql's rule: in `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, outside parentheses, BEGIN opens a
     * body (`BEGIN ATOMIC`), CASE inside it opens an expression that also ends with END.
     */
    seeRoutineBodyWord(word) {
        if (word === 'BEGIN')
            this.blocks++;
        else if (word === 'CASE' && this.blocks > 0)
            this.blocks++;
        else if (word === 'END' && this.blocks > 0)
            this.blocks--;
    }
    /**
     * Liquibase's rule for other databases, BEGIN … END nesting, made to close `END IF`, `END LOOP`
     * and CASE expressions correctly (Liquibase counts `END IF` as a block end, liquibase#5538).
     */
    seeBlockWord(word, token) {
        if (word === 'BEGIN') {
            const next = this.nextContent(token);
            const startsTransaction = next?.kind === 'word' && NOT_A_BLOCK_AFTER_BEGIN.has(this.wordOf(next));
            const alone = next?.kind === 'symbol' && this.text[next.start] === ';';
            if (!startsTransaction && !alone)
                this.blocks++;
        }
        else if (word === 'CASE' && this.blocks > 0) {
            this.blocks++;
        }
        else if (word === 'END' && this.blocks > 0) {
            const next = this.nextContent(token);
            if (!(next?.kind === 'word' && NOT_A_BLOCK_AFTER_END.has(this.wordOf(next))))
                this.blocks--;
        }
    }
    nextContent(after) {
        const scanner = new sql_lexer/* SqlScanner */.pT(this.text, this.syntax, after.end);
        while (scanner.next())
            if ((0,sql_lexer/* isContent */.az)(scanner))
                return scanner.token();
        return undefined;
    }
    wordOf(token) {
        return this.text.slice(token.start, token.end).toUpperCase();
    }
}
function startsRoutine([w0, w1, w2, w3]) {
    const routine = (w) => w === 'FUNCTION' || w === 'PROCEDURE';
    return w0 === 'CREATE' && (routine(w1) || (w1 === 'OR' && w2 === 'REPLACE' && routine(w3)));
}
const NOT_A_BLOCK_AFTER_BEGIN = new Set(['TRANSACTION', 'TRAN', 'TRANS', 'WORK', 'ISOLATION', 'DIALOG', 'CONVERSATION', 'DISTRIBUTED']);
const NOT_A_BLOCK_AFTER_END = new Set(['TRANSACTION', 'TRAN', 'TRANS', 'IF', 'LOOP', 'WHILE', 'REPEAT']);
function delimiterFor(endDelimiter) {
    if (endDelimiter === undefined)
        return new DefaultDelimiter();
    if (endDelimiter === '')
        return { heldByBlocks: false, find: () => undefined };
    return isRegexLike(endDelimiter) ? new RegexDelimiter(endDelimiter) : new LiteralDelimiter(endDelimiter);
}
/** `;`, or a line holding only `GO` or only `/` (SQL Server and Oracle scripts), as Liquibase. */
class DefaultDelimiter {
    heldByBlocks = true;
    find(text, token) {
        const ends = token.kind === 'symbol'
            ? text[token.start] === ';' || (text[token.start] === '/' && aloneOnLine(text, token))
            : isWord(text, token, 'GO') && aloneOnLine(text, token);
        return ends ? { at: token.start, end: token.end } : undefined;
    }
}
/** A delimiter written as plain text (`GO`, `//`, `$$`), matched case-insensitively on token boundaries. */
class LiteralDelimiter {
    delimiter;
    heldByBlocks;
    lower;
    /** `$$` ends `END$$` although `$` continues words, as the mysql client reads it. */
    insideWords;
    constructor(delimiter) {
        this.delimiter = delimiter;
        this.lower = delimiter.toLowerCase();
        this.heldByBlocks = delimiter === ';';
        this.insideWords = !(0,sql_lexer/* isWordStart */.dd)(delimiter[0]) && (0,sql_lexer/* isWordPart */.Ez)(delimiter[0]);
    }
    find(text, token) {
        if (this.insideWords && token.kind === 'word') {
            const at = text.slice(token.start, token.end).toLowerCase().indexOf(this.lower);
            if (at > 0)
                return this.matchAt(text, token.start + at);
        }
        // `$$` may be chosen as delimiter where it would otherwise open a dollar-quoted body.
        const canStartHere = token.kind === 'word' || token.kind === 'symbol' || (token.kind === 'dollar-quoted' && this.delimiter.startsWith('$'));
        return canStartHere ? this.matchAt(text, token.start) : undefined;
    }
    matchAt(text, at) {
        const end = at + this.delimiter.length;
        if (text.slice(at, end).toLowerCase() !== this.lower)
            return undefined;
        if ((0,sql_lexer/* isWordPart */.Ez)(this.delimiter[this.delimiter.length - 1]) && end < text.length && (0,sql_lexer/* isWordPart */.Ez)(text[end]))
            return undefined;
        // Liquibase: a `/` delimiter counts only at the start of a line, so divisions stay whole.
        if (this.delimiter === '/' && !atLineStart(text, at))
            return undefined;
        return { at, end };
    }
}
/**
 * A regular-expression delimiter such as `\n/$` (which Liquibase sets itself for a formatted SQL
 * body ending in a `/` line). Tried after the literal reading, with leading whitespace allowed.
 */
class RegexDelimiter {
    heldByBlocks = false;
    literal;
    pattern;
    constructor(delimiter) {
        this.literal = new LiteralDelimiter(delimiter);
        try {
            this.pattern = new RegExp(`\\s*(?:${delimiter})`, 'imy');
        }
        catch {
            // Not a valid regular expression: only the literal reading applies, as in Liquibase.
            this.pattern = undefined;
        }
    }
    find(text, token) {
        const literal = this.literal.find(text, token);
        if (literal || !this.pattern)
            return literal;
        if (token.kind !== 'whitespace' && token.kind !== 'word' && token.kind !== 'symbol')
            return undefined;
        this.pattern.lastIndex = token.start;
        const match = this.pattern.exec(text);
        if (!match || match[0].trim() === '')
            return undefined;
        const end = token.start + match[0].length;
        if ((0,sql_lexer/* isWordPart */.Ez)(text[end - 1]) && end < text.length && (0,sql_lexer/* isWordPart */.Ez)(text[end]))
            return undefined;
        return { at: token.start, end };
    }
}
function isRegexLike(delimiter) {
    return delimiter.length > 1 && /[\\^$.*+?()[\]{}|]/.test(delimiter);
}
function isWord(text, token, upper) {
    return token.kind === 'word' && token.end - token.start === upper.length && text.slice(token.start, token.end).toUpperCase() === upper;
}
function atLineStart(text, pos) {
    for (let i = pos - 1; i >= 0; i--) {
        const c = text[i];
        if (c === '\n' || c === '\r')
            return true;
        if (!(0,sql_lexer/* isWhitespace */.Yv)(c))
            return false;
    }
    return true;
}
function aloneOnLine(text, token) {
    if (!atLineStart(text, token.start))
        return false;
    for (let i = token.end; i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || c === '\r')
            return true;
        if (!(0,sql_lexer/* isWhitespace */.Yv)(c))
            return false;
    }
    return true;
}
/** `DELIMITER $$` up to the end of its line. */
function readDelimiterCommand(text, from) {
    let i = from;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    const start = i;
    while (i < text.length && !(0,sql_lexer/* isWhitespace */.Yv)(text[i]))
        i++;
    const delimiter = text.slice(start, i);
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
        i++;
    return { delimiter, end: i };
}
/** 1-based line numbers of offsets; `\r\n`, `\n` and a lone `\r` each end a line. */
class LineIndex {
    starts = [0];
    constructor(text) {
        if (!text.includes('\r')) {
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                this.starts.push(i + 1);
            return;
        }
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))
                this.starts.push(i + 1);
        }
    }
    lineAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
}


/***/ })

};

export const id = 9286;
export const ids = [9286];
export const modules = {

/***/ 7489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ MemoryResourceAccessor),
/* harmony export */   d: () => (/* binding */ FileSystemResourceAccessor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Resolves resource paths against one or more directories on disk (Liquibase's --search-path). */
class FileSystemResourceAccessor {
    roots;
    constructor(roots) {
        this.roots = (Array.isArray(roots) ? roots : [roots]).map((r) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(r));
    }
    async read(resourcePath) {
        for (const candidate of this.candidates(resourcePath)) {
            try {
                return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(candidate);
            }
            catch (error) {
                if (error.code !== 'ENOENT' && error.code !== 'EISDIR')
                    throw error;
            }
        }
        return undefined;
    }
    async list(directory) {
        const found = new Set();
        for (const root of this.roots) {
            const base = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(directory) ? directory : node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, directory);
            await walk(base, async (file) => {
                const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(directory)
                    ? file
                    : node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, file);
                found.add(relative.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            });
        }
        return [...found];
    }
    candidates(resourcePath) {
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(resourcePath))
            return [resourcePath];
        return this.roots.map((root) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, resourcePath));
    }
}
async function walk(dir, onFile) {
    let entries;
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            return;
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
        if (entry.isDirectory())
            await walk(full, onFile);
        else if (entry.isFile())
            await onFile(full);
    }
}
/** An in-memory accessor: a map from resource path to content. */
class MemoryResourceAccessor {
    files;
    constructor(files) {
        this.files = files;
    }
    async read(resourcePath) {
        const content = this.files[resourcePath];
        if (content === undefined)
            return undefined;
        return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    }
    async list(directory) {
        const prefix = directory.endsWith('/') ? directory : `${directory}/`;
        return Object.keys(this.files).filter((p) => p.startsWith(prefix));
    }
}


/***/ }),

/***/ 5142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ PostgresDialect),
  S: () => (/* binding */ postgresDialect)
});

;// CONCATENATED MODULE: ./dialect/postgres/postgres-identifiers.js
/**
 * PostgreSQL's reserved key words as Liquibase's PostgresDatabase lists them: an unquoted name
 * equal to one of these is quoted in every strategy (`"user"`, `"group"`, `"like"`).
 */
const RESERVED_WORDS = new Set(('all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation ' +
    'column concurrently constraint create cross current_catalog current_date current_role current_schema current_time ' +
    'current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze ' +
    'from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit ' +
    'localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references ' +
    'returning right select session_user similar some symmetric table tablesample then to trailing true union unique user ' +
    'using variadic verbose when where window with').split(' '));
function isReservedWord(name) {
    return RESERVED_WORDS.has(name.toLowerCase());
}
/**
 * Quotes a name the way Liquibase does on PostgreSQL:
 * - LEGACY (the default): names in one case are left bare, since PostgreSQL folds them to lower
 *   case anyway (`TEST_TABLE` becomes test_table); mixed-case names are quoted to keep their case
 *   (`"personView"`); reserved words and names that are not plain identifiers are quoted;
 * - QUOTE_ONLY_RESERVED_WORDS: like LEGACY but mixed case is left bare (and so folded);
 * - QUOTE_ALL_OBJECTS: everything is quoted.
 */
function escapePostgresName(name, quoting = 'LEGACY') {
    if (quoting === 'QUOTE_ALL_OBJECTS' || mustQuote(name, quoting))
        return `"${name.replaceAll('"', '""')}"`;
    return name;
}
function mustQuote(name, quoting) {
    if (isReservedWord(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        return true;
    return quoting === 'LEGACY' && name !== name.toLowerCase() && name !== name.toUpperCase();
}

;// CONCATENATED MODULE: ./dialect/postgres/postgres-catalog.js

/** Catalog reads on PostgreSQL: unquoted names are looked up folded to lower case, as PostgreSQL stores them. */
class PostgresCatalog {
    defaultSchema;
    constructor(defaultSchema) {
        this.defaultSchema = defaultSchema;
    }
    async foreignKeyNames(db, table) {
        const result = await db.query(`SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND t.relname = $1 AND n.nspname = $2 ORDER BY c.conname`, [stored(table.name), stored(table.schema || this.defaultSchema)]);
        return result.rows.map((row) => row.conname);
    }
    async columnTypes(db, table) {
        const result = await db.query('SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', [stored(table.schema || this.defaultSchema), stored(table.name)]);
        return new Map(result.rows.map((row) => [row.column_name.toLowerCase(), row.data_type.toLowerCase()]));
    }
}
function stored(name) {
    return escapePostgresName(name).startsWith('"') ? name : name.toLowerCase();
}

;// CONCATENATED MODULE: ./dialect/postgres/postgres-autocommit.js
/**
 * Statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction
 * block"): the engine runs them in autocommit. Decided on the leading keywords after comments,
 * which is enough for these statement forms and avoids a full parse per statement.
 */
const AUTOCOMMIT_PATTERNS = [
    /^CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY\b/,
    /^DROP\s+INDEX\s+CONCURRENTLY\b/,
    /^REINDEX\b.*\bCONCURRENTLY\b/s,
    /^REINDEX\s+(\(.*?\)\s*)?(SYSTEM|DATABASE)\b/s,
    /^ALTER\s+TABLE\b.*\bDETACH\s+PARTITION\b.*\bCONCURRENTLY\b/s,
    /^VACUUM\b/,
    /^CREATE\s+DATABASE\b/,
    /^DROP\s+DATABASE\b/,
    /^ALTER\s+DATABASE\b.*\bSET\s+TABLESPACE\b/s,
    /^CREATE\s+TABLESPACE\b/,
    /^DROP\s+TABLESPACE\b/,
    /^ALTER\s+SYSTEM\b/,
    /^CLUSTER\s*;?$/,
    /^CREATE\s+SUBSCRIPTION\b/,
    /^DROP\s+SUBSCRIPTION\b/,
    /^ALTER\s+SUBSCRIPTION\b.*\bREFRESH\s+PUBLICATION\b/s,
];
/**
 * Whether the statement must run outside a transaction. `ALTER TYPE … ADD VALUE` is included for
 * servers older than 12, where it could not run in a transaction block.
 */
function postgresRequiresAutocommit(sql, serverMajorVersion = 15) {
    const text = leadingText(sql).toUpperCase();
    if (AUTOCOMMIT_PATTERNS.some((pattern) => pattern.test(text)))
        return true;
    return serverMajorVersion < 12 && /^ALTER\s+TYPE\b.*\bADD\s+VALUE\b/s.test(text);
}
/** The statement without leading white space and comments. */
function leadingText(sql) {
    let text = sql;
    for (;;) {
        const trimmed = text.trimStart();
        if (trimmed.startsWith('--')) {
            const end = trimmed.indexOf('\n');
            text = end < 0 ? '' : trimmed.slice(end + 1);
        }
        else if (trimmed.startsWith('/*')) {
            const end = trimmed.indexOf('*/');
            text = end < 0 ? '' : trimmed.slice(end + 2);
        }
        else {
            return trimmed.trimEnd();
        }
    }
}

;// CONCATENATED MODULE: ./dialect/postgres/postgres-data-types.js
/**
 * Liquibase type names to PostgreSQL types, as Liquibase 4.28.1's DataTypeFactory and its type
 * classes translate them (`int` → INTEGER, `datetime` → TIMESTAMP WITHOUT TIME ZONE, `blob` →
 * OID, `clob` → TEXT, `currency` → DECIMAL, unknown names upper-cased). The quirks are kept on
 * purpose: the resulting schema must be the one Liquibase builds.
 */
const ALIASES = {
    int: ['int', 'int4', 'integer', 'serial', 'serial4', 'java.lang.integer', 'java.sql.types.integer'],
    bigint: ['bigint', 'bigserial', 'int8', 'integer8', 'serial8', 'java.lang.long', 'java.math.biginteger', 'java.sql.types.bigint'],
    smallint: ['smallint', 'int2', 'smallserial', 'java.sql.types.smallint'],
    tinyint: ['tinyint', 'java.sql.types.tinyint'],
    mediumint: ['mediumint'],
    varchar: ['varchar', 'varchar2', 'character varying', 'java.lang.string', 'java.sql.types.varchar'],
    nvarchar: ['nvarchar', 'nvarchar2', 'national', 'java.sql.types.nvarchar'],
    char: ['char', 'character', 'bpchar', 'java.sql.types.char'],
    nchar: ['nchar', 'nchar2', 'java.sql.types.nchar'],
    clob: [
        'clob', 'text', 'longtext', 'mediumtext', 'tinytext', 'nclob', 'ntext', 'longvarchar', 'longnvarchar', 'long varchar',
        'long nvarchar', 'java.sql.types.clob', 'java.sql.types.nclob', 'java.sql.types.longvarchar', 'java.sql.types.longnvarchar',
    ],
    blob: [
        'blob', 'binary', 'varbinary', 'longblob', 'mediumblob', 'tinyblob', 'image', 'longvarbinary', 'long binary', 'long varbinary',
        'java.sql.types.blob', 'java.sql.types.binary', 'java.sql.types.varbinary', 'java.sql.types.longblob', 'java.sql.types.longvarbinary',
    ],
    boolean: ['boolean', 'bool', 'bit', 'java.lang.boolean', 'java.sql.types.boolean'],
    date: ['date', 'java.sql.date', 'java.sql.types.date'],
    time: ['time', 'timetz', 'java.sql.time', 'java.sql.types.time'],
    datetime: ['datetime', 'datetime2', 'smalldatetime', 'java.util.date', 'java.sql.types.datetime'],
    timestamp: ['timestamp', 'timestamptz', 'java.sql.timestamp', 'java.sql.types.timestamp', 'java.sql.types.timestamp_with_timezone'],
    float: ['float', 'real', 'java.lang.float', 'java.sql.types.float', 'java.sql.types.real'],
    double: ['double', 'java.lang.double', 'java.sql.types.double'],
    decimal: ['decimal', 'java.math.bigdecimal', 'java.sql.types.decimal'],
    number: ['number', 'numeric', 'java.sql.types.numeric'],
    currency: ['currency', 'money', 'smallmoney'],
    uuid: ['uuid', 'uniqueidentifier', 'java.util.uuid'],
    xml: ['xml', 'xmltype', 'java.sql.types.sqlxml'],
    function: ['function', 'liquibase.statement.databasefunction'],
};
const REGISTRY = new Map(Object.entries(ALIASES).flatMap(([typeClass, names]) => names.map((name) => [name, typeClass])));
const SERIAL_TYPES = new Set(['serial', 'serial4', 'serial8', 'bigserial', 'smallserial']);
function parseType(definition) {
    let name = definition;
    if (/.+\(.*\).*/.test(name))
        name = name.replace(/\s*\(.*\)/, '');
    if (/.+\{.*/.test(name))
        name = name.replace(/\s*\{.*/, '');
    let autoIncrement = false;
    if (name.toLowerCase().endsWith(' identity')) {
        name = name.toLowerCase().replace(/ identity$/, '');
        autoIncrement = true;
    }
    name = unquote(name);
    let additionalInformation;
    const lower = name.toLowerCase();
    if (!REGISTRY.has(lower) && !lower.startsWith('bit varying') && !lower.startsWith('character varying')) {
        const [first, rest] = splitFirstWhitespace(name.trim());
        name = first;
        additionalInformation = rest;
    }
    let typeClass = REGISTRY.get(name.toLowerCase()) ?? 'unknown';
    if (typeClass === 'unknown' && name.toUpperCase().startsWith('INTERVAL'))
        name = definition;
    if (SERIAL_TYPES.has(name.toLowerCase()))
        autoIncrement = true;
    const parameters = [];
    if (/.+\s*\(.*/.test(definition)) {
        const inner = definition.replace(/^.*?\(/, '').replace(/\).*$/, '');
        for (const raw of inner.split(',')) {
            const parameter = raw.trim();
            if (parameter)
                parameters.push(typeClass === 'char' ? parameter.replace(' BYTE', '') : parameter);
        }
    }
    return { definition, name, typeClass, parameters, additionalInformation, autoIncrement };
}
function splitFirstWhitespace(text) {
    const match = /\s+/.exec(text);
    if (!match)
        return [text, undefined];
    return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}
/** Removes one pair of delimiting quotes ("", [], ``, '') when the name starts with one. */
function unquote(name) {
    for (const [open, close] of [['"', '"'], ['[', ']'], ['`', '`'], ["'", "'"]]) {
        if (!name.startsWith(open))
            continue;
        const closeAt = name.indexOf(close, open.length);
        if (closeAt !== -1 && name.indexOf(close, closeAt + close.length) === -1) {
            return name.slice(open.length, closeAt) + name.slice(closeAt + close.length);
        }
    }
    return name;
}
/** The PostgreSQL type for a Liquibase type description. */
function postgresType(definition) {
    const type = parseType(definition);
    const params = type.parameters;
    const withParams = (base, list = params) => (list.length ? `${base}(${list.join(', ')})` : base);
    const withInfo = (base) => (type.additionalInformation ? `${base} ${type.additionalInformation}` : base);
    const lowerDefinition = definition.toLowerCase();
    const sizeOnly = params.map((param) => param.replace(/\s+(BYTE|CHAR)$/i, ''));
    switch (type.typeClass) {
        case 'int':
            return 'INTEGER';
        case 'bigint':
            return 'BIGINT';
        case 'smallint':
        case 'tinyint':
            return 'SMALLINT';
        case 'mediumint':
            return withParams('MEDIUMINT');
        case 'varchar':
            return withInfo(withParams('VARCHAR', sizeOnly));
        case 'nvarchar':
            return withParams('VARCHAR', sizeOnly);
        case 'char':
            return withInfo(withParams('CHAR', sizeOnly));
        case 'nchar':
            return withParams('NCHAR', sizeOnly);
        case 'clob':
            return 'TEXT';
        case 'blob':
            // Liquibase maps `blob` to OID (a large-object reference) but the other binary names to BYTEA.
            return lowerDefinition.startsWith('blob') || definition === 'java.sql.Types.BLOB' ? 'OID' : 'BYTEA';
        case 'boolean':
            return lowerDefinition.startsWith('bit') ? withParams('BIT') : withParams('BOOLEAN');
        case 'date':
            return 'date';
        case 'time': {
            const withZone = lowerDefinition.startsWith('timetz') || /with time zone/i.test(definition);
            return `${withParams('time')} ${withZone ? 'WITH TIME ZONE' : 'WITHOUT TIME ZONE'}`;
        }
        case 'datetime':
            return `${withParams('TIMESTAMP')} ${/with time zone/i.test(definition) ? 'WITH TIME ZONE' : 'WITHOUT TIME ZONE'}`;
        case 'timestamp': {
            const base = withParams('TIMESTAMP');
            if (lowerDefinition.startsWith('timestamptz') || definition.includes('TIMESTAMP_WITH_TIMEZONE'))
                return `${base} WITH TIME ZONE`;
            if (type.additionalInformation)
                return `${base} ${type.additionalInformation}`;
            return `${base} WITHOUT TIME ZONE`;
        }
        case 'float':
            if (params.length)
                return withParams('FLOAT');
            return lowerDefinition.startsWith('real') ? 'REAL' : 'FLOAT';
        case 'double':
            return 'DOUBLE PRECISION';
        case 'decimal':
            return withParams('DECIMAL');
        case 'number':
            return withParams('numeric');
        case 'currency':
            return 'DECIMAL';
        case 'uuid':
            return 'UUID';
        case 'xml':
            return 'XML';
        case 'function':
            return 'FUNCTION';
        case 'unknown':
            return withInfo(withParams(type.name.toUpperCase()));
    }
}
/** Whether the type itself makes the column auto-increment (`serial`, `bigserial`, `int identity`). */
function isAutoIncrementType(definition) {
    return parseType(definition).autoIncrement;
}

// EXTERNAL MODULE: ./changes/iso-date-format.js
var iso_date_format = __webpack_require__(7322);
;// CONCATENATED MODULE: ./dialect/postgres/postgres-values.js



const NUMERIC_CLASSES = new Set(['int', 'bigint', 'smallint', 'tinyint', 'mediumint', 'decimal', 'number', 'float', 'double', 'currency']);
const DATE_CLASSES = new Set(['date', 'time', 'datetime', 'timestamp']);
/**
 * A value as Liquibase writes it on PostgreSQL. Without a column type (INSERT, UPDATE,
 * addDefaultValue) the value's own kind decides: text is quoted, numbers are written as given.
 * With the column type (defaults in createTable / addColumn) Liquibase lets the type decide, so
 * `defaultValue="0"` on an int column is `0`, on a varchar column `'0'`.
 */
function postgresValueSql(value, columnType, quoting = 'LEGACY') {
    switch (value.kind) {
        case 'null':
            return 'NULL';
        case 'boolean':
            return value.value ? 'TRUE' : 'FALSE';
        case 'date':
            return `'${value.value.replace('T', ' ')}'`;
        case 'computed':
            return functionSql(value.value);
        case 'sequenceNext':
            return `nextval('${sequenceName(value.schema, value.sequence, quoting)}')`;
        case 'sequenceCurrent':
            return `currval('${sequenceName(value.schema, value.sequence, quoting)}')`;
        case 'numeric':
            if (columnType && !NUMERIC_CLASSES.has(parseType(columnType).typeClass) && textClass(columnType))
                return quote(value.value);
            return value.value;
        case 'string':
            if (columnType)
                return typedString(value.value, columnType);
            // Liquibase writes the text NULL (any case) as SQL NULL in inserts and updates.
            return value.value.toLowerCase() === 'null' ? 'NULL' : quote(value.value);
    }
}
function textClass(columnType) {
    const typeClass = parseType(columnType).typeClass;
    return !NUMERIC_CLASSES.has(typeClass) && typeClass !== 'boolean' && !DATE_CLASSES.has(typeClass);
}
function typedString(text, columnType) {
    const typeClass = parseType(columnType).typeClass;
    if (NUMERIC_CLASSES.has(typeClass))
        return text;
    if (typeClass === 'boolean') {
        if (/^(true|t|1|y|yes|on)$/i.test(text.trim()))
            return 'TRUE';
        if (/^(false|f|0|n|no|off)$/i.test(text.trim()))
            return 'FALSE';
        return text;
    }
    if (DATE_CLASSES.has(typeClass)) {
        // A date-like default is a literal; anything else (now(), CURRENT_DATE) is written as given.
        const iso = (0,iso_date_format/* parseIsoDate */.jT)(text);
        return iso ? `'${(0,iso_date_format/* isoDateSqlText */.py)(iso)}'` : text;
    }
    if (typeClass === 'clob' && text.toLowerCase() === 'null')
        return 'null';
    return quote(text);
}
function quote(text) {
    return `'${text.replaceAll("'", "''")}'`;
}
/**
 * Liquibase's portable "current date and time" spellings (current_timestamp…, current_datetime…,
 * now()) become NOW(); any other function or expression is written as given.
 */
function functionSql(expression) {
    const lower = expression.toLowerCase();
    if (lower.startsWith('current_timestamp') || lower.startsWith('current_datetime') || lower === 'now()')
        return 'NOW()';
    return expression;
}
function sequenceName(schema, sequence, quoting) {
    const name = schema ? `${escapePostgresName(schema, quoting)}.${escapePostgresName(sequence, quoting)}` : escapePostgresName(sequence, quoting);
    return name.replaceAll("'", "''");
}

;// CONCATENATED MODULE: ./dialect/postgres/postgres-statements.js



/**
 * PostgreSQL's forms of the statements that differ between databases, written as Liquibase
 * writes them (the doubled spaces in `ALTER COLUMN  x SET NOT NULL` and `CREATE SEQUENCE  IF NOT
 * EXISTS` included), except where Liquibase writes SQL that PostgreSQL rejects (a sequence's
 * `ORDER`), which is left out.
 */
class PostgresStatements {
    defaultSchema;
    constructor(defaultSchema) {
        this.defaultSchema = defaultSchema;
    }
    name(name, quoting) {
        return escapePostgresName(name, quoting);
    }
    ref(ref, quoting) {
        return `${this.name(ref.schema || this.defaultSchema, quoting)}.${this.name(ref.name, quoting)}`;
    }
    renameTable(table, newName, quoting) {
        return [`ALTER TABLE ${this.ref(table, quoting)} RENAME TO ${this.name(newName, quoting)}`];
    }
    renameView(view, newName, quoting) {
        return [`ALTER TABLE ${this.ref(view, quoting)} RENAME TO ${this.name(newName, quoting)}`];
    }
    renameColumn(table, oldName, newName, _columnType, quoting) {
        return [`ALTER TABLE ${this.ref(table, quoting)} RENAME COLUMN ${this.name(oldName, quoting)} TO ${this.name(newName, quoting)}`];
    }
    renameSequence(sequence, newName, quoting) {
        return [`ALTER SEQUENCE ${this.ref(sequence, quoting)} RENAME TO ${this.name(newName, quoting)}`];
    }
    modifyDataType(table, column, newType, quoting) {
        const type = postgresType(newType);
        const name = this.name(column, quoting);
        return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN ${name} TYPE ${type} USING (${name}::${type})`];
    }
    setNotNull(table, column, _options, quoting) {
        return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET NOT NULL`];
    }
    dropNotNull(table, column, _options, quoting) {
        return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} DROP NOT NULL`];
    }
    addDefaultValue(table, column, valueSql, options, quoting) {
        const statements = [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET DEFAULT ${valueSql}`];
        // A default taken from a sequence makes the column own it, so dropping the column drops it.
        if (options.sequence) {
            statements.push(`ALTER SEQUENCE ${this.ref(options.sequence, quoting)} OWNED BY ${this.ref(table, quoting)}.${this.name(column, quoting)}`);
        }
        return statements;
    }
    dropDefaultValue(table, column, quoting) {
        return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN ${this.name(column, quoting)} DROP DEFAULT`];
    }
    createSequence(sequence, options, quoting) {
        const parts = [`CREATE SEQUENCE  IF NOT EXISTS ${this.ref(sequence, quoting)}`];
        if (options.dataType)
            parts.push(`AS ${options.dataType}`);
        if (options.startValue !== undefined)
            parts.push(`START WITH ${options.startValue}`);
        parts.push(...this.sequenceOptions(options, false));
        return [parts.join(' ')];
    }
    alterSequence(sequence, options, quoting) {
        const parts = [`ALTER SEQUENCE ${this.ref(sequence, quoting)}`];
        if (options.dataType)
            parts.push(`AS ${options.dataType}`);
        parts.push(...this.sequenceOptions(options, true));
        return [parts.join(' ')];
    }
    sequenceOptions(options, alter) {
        const parts = [];
        if (options.incrementBy !== undefined)
            parts.push(`INCREMENT BY ${options.incrementBy}`);
        if (options.minValue !== undefined)
            parts.push(`MINVALUE ${options.minValue}`);
        if (options.maxValue !== undefined)
            parts.push(`MAXVALUE ${options.maxValue}`);
        if (options.cacheSize !== undefined)
            parts.push(`CACHE ${options.cacheSize}`);
        // createSequence writes CYCLE only when asked; alterSequence also writes NO CYCLE.
        if (options.cycle === true)
            parts.push('CYCLE');
        else if (options.cycle === false && alter)
            parts.push('NO CYCLE');
        return parts;
    }
    dropSequence(sequence, quoting) {
        return [`DROP SEQUENCE ${this.ref(sequence, quoting)} CASCADE`];
    }
    dropIndex(index, _table, quoting) {
        return [`DROP INDEX ${this.ref(index, quoting)}`];
    }
    dropAllForeignKeys(table, quoting) {
        // The table as a string literal inside the block (and, in format(), with % doubled).
        const tableLiteral = this.ref(table, quoting).replaceAll("'", "''");
        return [
            'DO $dbops$ DECLARE constraint_name name;\n' +
                'BEGIN\n' +
                `  FOR constraint_name IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = '${tableLiteral}'::regclass ORDER BY conname LOOP\n` +
                `    EXECUTE format('ALTER TABLE ${tableLiteral.replaceAll('%', '%%')} DROP CONSTRAINT %I', constraint_name);\n` +
                '  END LOOP;\n' +
                'END $dbops$',
        ];
    }
    dropPrimaryKey(table, constraintName, quoting) {
        if (constraintName !== undefined)
            return [`ALTER TABLE ${this.ref(table, quoting)} DROP CONSTRAINT ${this.name(constraintName, quoting)}`];
        // Without a name, find the key in the catalog and drop it in the same statement.
        const schema = (table.schema || this.defaultSchema).replaceAll("'", "''");
        const name = table.name.replaceAll("'", "''");
        return [
            'DO $$ DECLARE constraint_name varchar;\n' +
                'BEGIN\n' +
                '  SELECT tc.CONSTRAINT_NAME into strict constraint_name\n' +
                '    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc\n' +
                "    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'\n" +
                `      AND TABLE_NAME = '${name}' AND TABLE_SCHEMA = '${schema}';\n` +
                `    EXECUTE 'alter table ${this.ref(table, quoting).replaceAll("'", "''")} drop constraint "' || constraint_name || '"';\n` +
                'END $$;',
        ];
    }
    tableRemarks(table, remarks, quoting) {
        return [`COMMENT ON TABLE ${this.ref(table, quoting)} IS ${quote(remarks)}`];
    }
    viewRemarks(view, remarks, quoting) {
        return [`COMMENT ON VIEW ${this.ref(view, quoting)} IS ${quote(remarks)}`];
    }
    /** Liquibase drops an unqualified name before createProcedure with replaceIfExists, a qualified one for dropProcedure. */
    dropProcedure(procedure, options, quoting) {
        const name = options.qualified ? this.ref(procedure, quoting) : this.name(procedure.name, quoting);
        return [`DROP PROCEDURE ${options.ifExists ? 'IF EXISTS ' : ''}${name}`];
    }
    columnRemarks(table, column, remarks, _options, quoting) {
        return [`COMMENT ON COLUMN ${this.ref(table, quoting)}.${this.name(column, quoting)} IS ${quote(remarks)}`];
    }
    addAutoIncrement(table, column, _columnType, options, quoting) {
        const sequence = { schema: table.schema, name: `${table.name}_${column}_seq` };
        const create = [`CREATE SEQUENCE  IF NOT EXISTS ${this.ref(sequence, quoting)}`];
        if (options.startWith !== undefined)
            create.push(`START WITH ${options.startWith}`);
        if (options.incrementBy !== undefined)
            create.push(`INCREMENT BY ${options.incrementBy}`);
        const sequenceSql = this.ref(sequence, quoting);
        return [
            create.join(' '),
            ...this.setNotNull(table, column, {}, quoting),
            `ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET DEFAULT nextval('${sequenceSql.replaceAll("'", "''")}')`,
            `ALTER SEQUENCE ${sequenceSql} OWNED BY ${this.ref(table, quoting)}.${this.name(column, quoting)}`,
        ];
    }
    upsert(table, row, keyColumns, onlyUpdate, quoting) {
        const isKey = (column) => keyColumns.some((key) => key.toLowerCase() === column.toLowerCase());
        const where = keyColumns
            .map((key) => {
            const value = row.find((entry) => entry.column.toLowerCase() === key.toLowerCase());
            const column = this.name(key, quoting);
            return !value || value.valueSql === 'NULL' ? `${column} is NULL` : `${column} = ${value.valueSql}`;
        })
            .join(' AND ');
        const tableSql = this.ref(table, quoting);
        const updates = row.filter((entry) => !isKey(entry.column) && entry.allowUpdate !== false);
        const lines = ['DO', '$$', 'BEGIN'];
        if (updates.length)
            lines.push(`UPDATE ${tableSql} SET ${updates.map((entry) => `${this.name(entry.column, quoting)} = ${entry.valueSql}`).join(', ')} WHERE ${where};`);
        else
            lines.push(`perform * from ${tableSql} WHERE ${where};`);
        if (!onlyUpdate) {
            lines.push('IF not found THEN');
            lines.push(`INSERT INTO ${tableSql} (${row.map((entry) => this.name(entry.column, quoting)).join(', ')}) VALUES (${row.map((entry) => entry.valueSql).join(', ')});`);
            lines.push('END IF;');
        }
        lines.push('END;', '$$', 'LANGUAGE plpgsql');
        return [lines.join('\n')];
    }
    cluster(table, indexName, quoting) {
        return [`CLUSTER ${this.ref(table, quoting)} USING ${this.name(indexName, quoting)}`];
    }
}

;// CONCATENATED MODULE: ./dialect/postgres/postgres-dialect.js






/**
 * PostgreSQL as Liquibase 4.28.1 writes SQL for it.
 *
 * @example
 * const dialect = new PostgresDialect();
 * dialect.escapeTableName(undefined, 'personView') // 'public."personView"'
 * dialect.dataType('datetime') // 'TIMESTAMP WITHOUT TIME ZONE'
 */
class PostgresDialect {
    name = 'postgresql';
    defaultSchema;
    transactionalDdl = true;
    statements;
    catalog;
    serverMajorVersion;
    constructor(options = {}) {
        this.defaultSchema = options.defaultSchema ?? 'public';
        this.serverMajorVersion = options.serverMajorVersion ?? 15;
        this.statements = new PostgresStatements(this.defaultSchema);
        this.catalog = new PostgresCatalog(this.defaultSchema);
    }
    escapeObjectName(name, quoting) {
        return escapePostgresName(name, quoting);
    }
    escapeTableName(schema, table, quoting) {
        return `${escapePostgresName(schema || this.defaultSchema, quoting)}.${escapePostgresName(table, quoting)}`;
    }
    dataType(type) {
        return postgresType(type);
    }
    isAutoIncrementType(type) {
        return isAutoIncrementType(type);
    }
    requiresAutocommit(sql) {
        return postgresRequiresAutocommit(sql, this.serverMajorVersion);
    }
    valueSql(value, columnType, quoting) {
        if ((value.kind === 'sequenceNext' || value.kind === 'sequenceCurrent') && !value.schema) {
            return postgresValueSql({ ...value, schema: this.defaultSchema }, columnType, quoting);
        }
        return postgresValueSql(value, columnType, quoting);
    }
    /**
     * An identity column (PostgreSQL 10 and later, which is what Liquibase generates there):
     * `GENERATED BY DEFAULT AS IDENTITY`, or `ALWAYS` when asked, with its start and increment.
     */
    autoIncrementClause(options) {
        const generation = options.generationType?.trim().toUpperCase() === 'ALWAYS' ? 'ALWAYS' : 'BY DEFAULT';
        const sequence = [];
        if (options.startWith !== undefined)
            sequence.push(`START WITH ${options.startWith}`);
        if (options.incrementBy !== undefined)
            sequence.push(`INCREMENT BY ${options.incrementBy}`);
        return `GENERATED ${generation} AS IDENTITY${sequence.length ? ` (${sequence.join(' ')})` : ''}`;
    }
}
/** The PostgreSQL dialect with the given options (see PostgresDialect). */
function postgresDialect(options = {}) {
    return new PostgresDialect(options);
}


/***/ })

};

export const id = 8280;
export const ids = [8280];
export const modules = {

/***/ 1228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ followsNamingPattern),
/* harmony export */   kM: () => (/* binding */ parseNamingPattern),
/* harmony export */   uN: () => (/* binding */ describeExpectation)
/* harmony export */ });
/* unused harmony export expectedName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);

const PLACEHOLDERS = ['table', 'columns', 'column', 'referenced_table', 'referenced_columns'];
/** Parses a configured pattern; throws ConfigurationError when it is invalid. An empty pattern checks nothing. */
function parseNamingPattern(source) {
    if (source === '')
        return { kind: 'none', source: '' };
    if (source.startsWith('^')) {
        try {
            return { kind: 'regex', source, regex: new RegExp(source, 'u') };
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`invalid naming pattern ${JSON.stringify(source)}: ${error.message}`, { cause: error });
        }
    }
    for (const match of source.matchAll(/<([^<>]*)>/g)) {
        if (!PLACEHOLDERS.includes(match[1])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown placeholder <${match[1]}> in naming pattern ${JSON.stringify(source)} (known: ${PLACEHOLDERS.map((p) => `<${p}>`).join(', ')})`);
        }
    }
    return { kind: 'template', source };
}
/** The name a template asks for, or undefined when a value it needs is unknown (an expression index). */
function expectedName(pattern, values) {
    if (pattern.kind !== 'template')
        return undefined;
    let missing = false;
    const filled = pattern.source.replace(/<([a-z_]+)>/g, (_, key) => {
        const value = key === 'table' ? values.table
            : key === 'columns' || key === 'column' ? values.columns?.join('_')
                : key === 'referenced_table' ? values.referencedTable
                    : values.referencedColumns?.join('_');
        if (value === undefined)
            missing = true;
        return value ?? '';
    });
    return missing ? undefined : filled;
}
/** Whether `name` follows the pattern; undefined when it cannot be decided. */
function followsNamingPattern(name, pattern, values) {
    if (pattern.kind === 'none')
        return true;
    if (pattern.kind === 'regex')
        return pattern.regex.test(name);
    const expected = expectedName(pattern, values);
    return expected === undefined ? undefined : expected === name;
}
/** "expected <what>" text for messages. */
function describeExpectation(pattern, values) {
    const expected = expectedName(pattern, values);
    if (expected !== undefined)
        return expected;
    return pattern.kind === 'regex' ? `a name matching ${pattern.source}` : `a name of the form ${pattern.source}`;
}


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ resolvePolicyConfig),
/* harmony export */   k2: () => (/* binding */ failsCheck),
/* harmony export */   v1: () => (/* binding */ loadPolicyConfig),
/* harmony export */   z9: () => (/* binding */ POLICY_CONFIG_FILE)
/* harmony export */ });
/* unused harmony exports parsePolicyConfig, validatePolicyConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _naming_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1228);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6509);
/* harmony import */ var _rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1180);





/**
 * policy-check configuration, read from `dbops-policy.yaml` at the repository root (see
 * docs/policy-check.md): which built-in rules run, at which severity, with which options, per
 * environment, and from which severity on the check fails.
 *
 * @example
 * const config = resolvePolicyConfig(await loadPolicyConfig('dbops-policy.yaml'), 'production');
 * const findings = await runBuiltinRules(input, config);
 * const failed = failsCheck(findings, config.failOn);
 */
const POLICY_CONFIG_FILE = 'dbops-policy.yaml';
const SEVERITIES = ['error', 'warning', 'notice'];
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
const TOP_LEVEL_KEYS = ['failOn', 'rules', 'environments', 'rego'];
/** Whether an unsuppressed finding reaches the failing level. */
function failsCheck(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
/** Reads and validates the configuration file; undefined when it does not exist. */
async function loadPolicyConfig(path, read = (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(p, 'utf8')) {
    let text;
    try {
        text = await read(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: cannot read the policy configuration: ${error.message}`, { cause: error });
    }
    return parsePolicyConfig(text, path);
}
/**
 * Parses and validates YAML configuration text; throws ConfigurationError naming the file and key.
 * The YAML library is imported here, on first use: it costs tens of milliseconds at start-up and
 * most runs never read a configuration file.
 */
async function parsePolicyConfig(text, source = POLICY_CONFIG_FILE) {
    const { parse } = await __webpack_require__.e(/* import() */ 3483).then(__webpack_require__.t.bind(__webpack_require__, 3483, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}: invalid YAML: ${error.message}`, { cause: error });
    }
    return validatePolicyConfig(doc, source);
}
/** Validates an already parsed configuration document (YAML or JSON). */
function validatePolicyConfig(doc, source = POLICY_CONFIG_FILE) {
    if (doc === null || doc === undefined)
        return { rules: {}, environments: {}, source };
    const root = asObject(doc, source, '(top level)');
    for (const key of Object.keys(root)) {
        if (!TOP_LEVEL_KEYS.includes(key))
            fail(source, key, `unknown key (expected one of ${TOP_LEVEL_KEYS.join(', ')})`);
    }
    const base = readLayer(root, source, '');
    const environments = {};
    if (root.environments !== undefined && root.environments !== null) {
        for (const [name, value] of Object.entries(asObject(root.environments, source, 'environments'))) {
            const layer = asObject(value ?? {}, source, `environments.${name}`);
            for (const key of Object.keys(layer)) {
                if (key !== 'failOn' && key !== 'rules')
                    fail(source, `environments.${name}.${key}`, 'unknown key (expected failOn or rules)');
            }
            environments[name] = readLayer(layer, source, `environments.${name}.`);
        }
    }
    return { ...base, environments, ...(root.rego !== undefined ? { rego: root.rego } : {}), source };
}
function readLayer(obj, source, path) {
    const layer = { rules: {} };
    if (obj.failOn !== undefined) {
        const failOn = String(obj.failOn);
        if (failOn !== 'never' && !SEVERITIES.includes(failOn))
            fail(source, `${path}failOn`, `must be one of ${[...SEVERITIES, 'never'].join(', ')}`);
        layer.failOn = failOn;
    }
    if (obj.rules !== undefined && obj.rules !== null) {
        for (const [key, value] of Object.entries(asObject(obj.rules, source, `${path}rules`))) {
            layer.rules[key] = readRuleSetting(key, value, source, `${path}rules.${key}`);
        }
    }
    return layer;
}
/** `DB101: off`, `DB101: warning`, `DB101: true` or `DB101: { enabled, severity, options }`. */
function readRuleSetting(key, value, source, path) {
    const rule = (0,_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .findRule */ .Il)(key);
    const family = _rule_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_FAMILIES */ .s.includes(key);
    if (!rule && !family)
        fail(source, path, 'unknown rule or family (see docs/rules/README.md)');
    if (typeof value === 'boolean')
        return { enabled: value };
    if (typeof value === 'string') {
        if (value === 'off')
            return { enabled: false };
        if (value === 'on')
            return { enabled: true };
        // A bare severity on a family leaves opt-in rules off; on a rule it turns the rule on.
        if (SEVERITIES.includes(value))
            return rule ? { enabled: true, severity: value } : { severity: value };
        fail(source, path, `must be on, off, a severity (${SEVERITIES.join(', ')}) or a mapping`);
    }
    const obj = asObject(value, source, path);
    const setting = {};
    for (const [k, v] of Object.entries(obj)) {
        if (k === 'enabled') {
            if (typeof v !== 'boolean')
                fail(source, `${path}.enabled`, 'must be true or false');
            setting.enabled = v;
        }
        else if (k === 'severity') {
            if (!SEVERITIES.includes(v))
                fail(source, `${path}.severity`, `must be one of ${SEVERITIES.join(', ')}`);
            setting.severity = v;
        }
        else if (k === 'options') {
            if (!rule)
                fail(source, `${path}.options`, 'options belong to a rule, not to a family');
            setting.options = readOptions(rule, asObject(v, source, `${path}.options`), source, `${path}.options`);
        }
        else {
            fail(source, `${path}.${k}`, 'unknown key (expected enabled, severity or options)');
        }
    }
    return setting;
}
function readOptions(rule, obj, source, path) {
    const specs = rule.options ?? {};
    const out = {};
    for (const [name, value] of Object.entries(obj)) {
        const spec = specs[name];
        if (!spec) {
            const known = Object.keys(specs);
            fail(source, `${path}.${name}`, known.length ? `unknown option of ${rule.code} (known: ${known.join(', ')})` : `${rule.code} has no options`);
        }
        out[name] = checkOption(spec, value, source, `${path}.${name}`);
    }
    return out;
}
function checkOption(spec, value, source, path) {
    switch (spec.type) {
        case 'boolean':
            if (typeof value !== 'boolean')
                fail(source, path, 'must be true or false');
            return value;
        case 'string':
            if (typeof value !== 'string')
                fail(source, path, 'must be a string');
            return value;
        case 'string-list':
            if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
                fail(source, path, 'must be a list of strings');
            return value;
        case 'enum':
            if (!spec.values?.includes(String(value)))
                fail(source, path, `must be one of ${spec.values?.join(', ')}`);
            return String(value);
        case 'naming-pattern': {
            const text = value === null ? '' : value;
            if (typeof text !== 'string')
                fail(source, path, 'must be a string (a template such as idx_<table>_<columns>, or a regex starting with ^)');
            try {
                (0,_naming_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNamingPattern */ .kM)(text);
            }
            catch (error) {
                fail(source, path, error.message);
            }
            return text;
        }
    }
}
/**
 * The effective configuration for an environment: rule defaults, then the top-level settings,
 * then the environment's; within a layer, family settings first and rule settings over them.
 */
function resolvePolicyConfig(config, environment) {
    const layers = [];
    if (config)
        layers.push(config);
    const envLayer = environment !== undefined ? config?.environments[environment] : undefined;
    if (envLayer)
        layers.push(envLayer);
    const rules = new Map();
    for (const rule of _rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN_RULES */ .Yb) {
        const resolved = { rule, enabled: rule.enabledByDefault, severity: rule.defaultSeverity, options: defaultOptions(rule) };
        for (const layer of layers) {
            for (const [key, setting] of Object.entries(layer.rules)) {
                if (key === rule.family)
                    apply(resolved, setting);
            }
            for (const [key, setting] of Object.entries(layer.rules)) {
                if ((0,_rules_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .findRule */ .Il)(key) === rule)
                    apply(resolved, setting);
            }
        }
        rules.set(rule.code, resolved);
    }
    let failOn = 'error';
    for (const layer of layers)
        if (layer.failOn)
            failOn = layer.failOn;
    return { failOn, ...(environment !== undefined ? { environment } : {}), rules };
}
function apply(resolved, setting) {
    if (setting.enabled !== undefined)
        resolved.enabled = setting.enabled;
    if (setting.severity !== undefined)
        resolved.severity = setting.severity;
    if (setting.options)
        resolved.options = { ...resolved.options, ...setting.options };
}
function defaultOptions(rule) {
    return Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, spec]) => [k, spec.default]));
}
function asObject(value, source, path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(source, path, 'must be a mapping');
    return value;
}
function fail(source, path, message) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source}: ${path}: ${message}`);
}


/***/ }),

/***/ 3569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ alterCommands),
/* harmony export */   Bd: () => (/* binding */ isNotNullCheckColumn),
/* harmony export */   CJ: () => (/* binding */ relationName),
/* harmony export */   DW: () => (/* binding */ columnType),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   Kf: () => (/* binding */ tableElements),
/* harmony export */   Kz: () => (/* binding */ hasOption),
/* harmony export */   Q1: () => (/* binding */ usesExistingIndex),
/* harmony export */   be: () => (/* binding */ relationFromNames),
/* harmony export */   cW: () => (/* binding */ indexColumns),
/* harmony export */   hK: () => (/* binding */ nodeAs),
/* harmony export */   mu: () => (/* binding */ keyNames),
/* harmony export */   sE: () => (/* binding */ formatRelation),
/* harmony export */   sP: () => (/* binding */ dropObjects),
/* harmony export */   zD: () => (/* binding */ columnConstraints)
/* harmony export */ });
/* unused harmony export optionNames */
/** The node's payload when it is of the given type. */
function nodeAs(node, kind) {
    return node !== undefined && kind in node ? node[kind] : undefined;
}
/** The `sval` of `String` nodes in a name list, e.g. `['pg_catalog', 'int4']`. */
function names(list) {
    const out = [];
    for (const item of list ?? []) {
        const s = nodeAs(item, 'String');
        if (s?.sval !== undefined)
            out.push(s.sval);
    }
    return out;
}
function relationName(rv) {
    if (!rv?.relname)
        return undefined;
    return rv.schemaname ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname };
}
/** `[schema.]name` from a qualified-name list (`DROP TABLE a.b` objects). */
function relationFromNames(parts) {
    if (!parts.length)
        return undefined;
    const name = parts[parts.length - 1];
    return parts.length > 1 ? { schema: parts[parts.length - 2], name } : { name };
}
function formatRelation(r) {
    return r.schema ? `${r.schema}.${r.name}` : r.name;
}
/** The objects of a DropStmt as qualified-name parts (lists of strings, or a single string). */
function dropObjects(objects) {
    return (objects ?? []).map((o) => {
        const list = nodeAs(o, 'List');
        if (list)
            return names(list.items);
        const s = nodeAs(o, 'String');
        return s?.sval !== undefined ? [s.sval] : [];
    });
}
const DISPLAY = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bpchar: 'char',
    varchar: 'varchar',
    timestamp: 'timestamp',
    timestamptz: 'timestamptz',
    float4: 'real',
    float8: 'double precision',
    bool: 'boolean',
};
function columnType(tn) {
    const parts = names(tn?.names);
    if (!parts.length)
        return undefined;
    const name = parts[parts.length - 1].toLowerCase();
    const mods = [];
    for (const m of tn?.typmods ?? []) {
        const ival = nodeAs(m, 'A_Const')?.ival;
        if (ival)
            mods.push(ival.ival ?? 0);
    }
    const isArray = (tn?.arrayBounds?.length ?? 0) > 0;
    const base = DISPLAY[name] ?? name;
    const display = `${base}${mods.length ? `(${mods.join(',')})` : ''}${isArray ? '[]' : ''}`;
    return { name, mods, isArray, display };
}
/** The constraints attached to a column definition. */
function columnConstraints(col) {
    const out = [];
    for (const c of col.constraints ?? []) {
        const con = nodeAs(c, 'Constraint');
        if (con)
            out.push(con);
    }
    return out;
}
/** Column definitions and table constraints of a CREATE TABLE. */
function tableElements(elts) {
    const columns = [];
    const constraints = [];
    for (const e of elts ?? []) {
        const col = nodeAs(e, 'ColumnDef');
        if (col)
            columns.push(col);
        const con = nodeAs(e, 'Constraint');
        if (con)
            constraints.push(con);
    }
    return { columns, constraints };
}
/** The commands of an ALTER TABLE. */
function alterCommands(cmds) {
    const out = [];
    for (const c of cmds ?? []) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd)
            out.push(cmd);
    }
    return out;
}
/** The names of `DefElem` options, lower case (`concurrently`, `full`, `verbose`). */
function optionNames(options) {
    const out = [];
    for (const o of options ?? []) {
        const d = nodeAs(o, 'DefElem');
        if (d?.defname)
            out.push(d.defname.toLowerCase());
    }
    return out;
}
/** Whether a `DefElem` option is present and not explicitly false (`VACUUM (FULL false)`). */
function hasOption(options, name) {
    for (const o of options ?? []) {
        const d = nodeAs(o, 'DefElem');
        if (d?.defname?.toLowerCase() !== name)
            continue;
        const arg = d.arg;
        if (!arg)
            return true;
        const value = nodeAs(arg, 'Boolean')?.boolval ?? nodeAs(arg, 'A_Const')?.boolval?.boolval;
        const str = nodeAs(arg, 'String')?.sval?.toLowerCase();
        if (value === false || str === 'false' || str === 'off')
            return false;
        return true;
    }
    return false;
}
/** Column names of a constraint's key list (`keys`, `fk_attrs`, `pk_attrs`). */
function keyNames(list) {
    return names(list);
}
/** For a constraint or index: whether it takes an existing index (`USING INDEX`). */
function usesExistingIndex(con) {
    return con.indexname !== undefined && con.indexname !== '';
}
/** Column names of an index, or undefined when an element is an expression. */
function indexColumns(params) {
    const out = [];
    for (const p of params ?? []) {
        const elem = nodeAs(p, 'IndexElem');
        if (!elem?.name)
            return undefined;
        out.push(elem.name);
    }
    return out;
}
/** `col IS NOT NULL` as a CHECK expression: the column, or undefined. */
function isNotNullCheckColumn(expr) {
    const test = nodeAs(expr, 'NullTest');
    if (!test || test.nulltesttype !== 'IS_NOT_NULL')
        return undefined;
    const fields = names(nodeAs(test.arg, 'ColumnRef')?.fields);
    return fields.length === 1 ? fields[0] : undefined;
}


/***/ }),

/***/ 6509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ RULE_FAMILIES)
/* harmony export */ });
const RULE_FAMILIES = [
    'parser',
    'destructive',
    'backward-incompatible',
    'data-dependent',
    'locking',
    'types',
    'naming',
    'hygiene',
];


/***/ }),

/***/ 1180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yb: () => (/* binding */ BUILTIN_RULES),
  Il: () => (/* binding */ findRule)
});

// UNUSED EXPORTS: rulesOfFamily

// EXTERNAL MODULE: ./policy/postgres-ast.js
var postgres_ast = __webpack_require__(3569);
;// CONCATENATED MODULE: ./policy/rules/add-primary-key.js

const addPrimaryKey = {
    code: 'DB408',
    name: 'add-primary-key',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A primary key added to an existing table by building its index under the ALTER TABLE lock.',
    hint: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD PRIMARY KEY USING INDEX.',
    why: 'ADD PRIMARY KEY builds a unique index (and checks for NULLs) while holding an ACCESS EXCLUSIVE lock: the ' +
        'table is unavailable until the build ends.',
    fix: '`CREATE UNIQUE INDEX CONCURRENTLY pk_idx ON t (id)` in a non-transactional changeset, then ' +
        '`ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY USING INDEX pk_idx` (instant).',
    examples: {
        triggers: { sql: 'ALTER TABLE legacy_item ADD PRIMARY KEY (id);' },
        nearMiss: { sql: 'ALTER TABLE legacy_item ADD CONSTRAINT pk_legacy_item PRIMARY KEY USING INDEX uk_legacy_item_id;' },
    },
    peers: { squawk: ['adding-serial-primary-key-field', 'constraint-missing-not-valid'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG104', 'PG312'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                const con = cmd.subtype === 'AT_AddConstraint' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint') : undefined;
                const col = cmd.subtype === 'AT_AddColumn' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef') : undefined;
                const adds = (con?.contype === 'CONSTR_PRIMARY' && !(0,postgres_ast/* usesExistingIndex */.Q1)(con)) ||
                    (col !== undefined && (0,postgres_ast/* columnConstraints */.zD)(col).some((c) => c.contype === 'CONSTR_PRIMARY'));
                if (!adds)
                    continue;
                if (ctx.timeline.isNewTable(table)) {
                    ctx.exempt('created-in-set');
                    continue;
                }
                ctx.report({ message: `Adding a primary key to existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} builds its index while blocking reads and writes.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/add-unique-constraint.js

const addUniqueConstraint = {
    code: 'DB409',
    name: 'add-unique-constraint',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A UNIQUE (or EXCLUDE) constraint added to an existing table by building its index under the ALTER TABLE lock.',
    hint: 'CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … UNIQUE USING INDEX.',
    why: 'ADD CONSTRAINT … UNIQUE (and … EXCLUDE) builds its index while holding an ACCESS EXCLUSIVE lock: no reads or ' +
        'writes until it ends. A unique constraint can take over an index built CONCURRENTLY; an exclusion constraint cannot.',
    fix: '`CREATE UNIQUE INDEX CONCURRENTLY uk_x ON t (col)` in a non-transactional changeset, then `ALTER TABLE t ADD ' +
        'CONSTRAINT uk_x UNIQUE USING INDEX uk_x`. For an exclusion constraint, add it while the table is small or in a maintenance window.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE (email);' },
        nearMiss: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE USING INDEX uk_person_email;' },
    },
    peers: { squawk: ['disallowed-unique-constraint', 'constraint-missing-not-valid'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG105', 'PG109'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                const con = cmd.subtype === 'AT_AddConstraint' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint') : undefined;
                const col = cmd.subtype === 'AT_AddColumn' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef') : undefined;
                const adds = (con?.contype === 'CONSTR_UNIQUE' && !(0,postgres_ast/* usesExistingIndex */.Q1)(con)) ||
                    con?.contype === 'CONSTR_EXCLUSION' ||
                    (col !== undefined && (0,postgres_ast/* columnConstraints */.zD)(col).some((c) => c.contype === 'CONSTR_UNIQUE'));
                if (!adds)
                    continue;
                if (ctx.timeline.isNewTable(table)) {
                    ctx.exempt('created-in-set');
                    continue;
                }
                const kind = con?.contype === 'CONSTR_EXCLUSION' ? 'an EXCLUDE' : 'a UNIQUE';
                ctx.report({ message: `Adding ${kind} constraint to existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} builds its index while blocking reads and writes.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/change-column-type.js

const changeColumnType = {
    code: 'DB204',
    name: 'change-column-type',
    family: 'backward-incompatible',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'ALTER COLUMN … TYPE on a table that exists before the changesets run.',
    hint: 'Add a column of the new type, backfill it, move clients over, then drop the old column.',
    why: 'Clients may map the column to a type in code (an ORM entity, a prepared statement) and fail or lose precision ' +
        'when the type changes under them; a narrowing change can also fail on existing values.',
    fix: 'Expand/contract with a new column; or, for a widening change clients tolerate, suppress with a reason.',
    examples: {
        triggers: { sql: 'ALTER TABLE product ALTER COLUMN price TYPE numeric(12,2);' },
        nearMiss: {
            sql: 'CREATE TABLE product (id bigint PRIMARY KEY, price numeric(10,2));\nALTER TABLE product ALTER COLUMN price TYPE numeric(12,2);',
            note: 'The table is new in this set.',
        },
    },
    peers: { squawk: ['changing-column-type'], bytebase: ['COLUMN_DISALLOW_CHANGE_TYPE', 'SCHEMA_BACKWARD_COMPATIBILITY'], atlas: [] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const changes = (0,postgres_ast/* alterCommands */.$f)(alter.cmds).filter((c) => c.subtype === 'AT_AlterColumnType');
            if (!changes.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            const described = changes.map((c) => `${(0,postgres_ast/* formatRelation */.sE)(table)}.${c.name ?? '?'} to ${(0,postgres_ast/* columnType */.DW)((0,postgres_ast/* nodeAs */.hK)(c.def, 'ColumnDef')?.typeName)?.display ?? '?'}`);
            ctx.report({ message: `Changing the type of ${described.join(', ')} may break clients that map the old type.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/check-without-not-valid.js

const checkWithoutNotValid = {
    code: 'DB404',
    name: 'check-without-not-valid',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A CHECK constraint added to an existing table without NOT VALID (or validated in the same transaction).',
    hint: 'Add the check NOT VALID, then VALIDATE CONSTRAINT in a later changeset.',
    why: 'Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it ' +
        'ends. Validating in the same transaction as the NOT VALID add keeps that lock for the scan.',
    fix: '`ADD CONSTRAINT … CHECK (…) NOT VALID`, then `VALIDATE CONSTRAINT …` in a separate changeset (SHARE UPDATE EXCLUSIVE lock only).',
    examples: {
        triggers: { sql: 'ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0);' },
        nearMiss: { sql: 'ALTER TABLE product ADD CONSTRAINT ck_product_price CHECK (price >= 0) NOT VALID;' },
    },
    peers: { squawk: ['constraint-missing-not-valid'], bytebase: ['STATEMENT_ADD_CHECK_NOT_VALID', 'SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['PG305'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const con = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                    if (con?.contype !== 'CONSTR_CHECK')
                        continue;
                    if (con.skip_validation) {
                        if (!con.is_enforced)
                            ctx.exempt('not-enforced');
                        continue;
                    }
                    if (ctx.timeline.isNewTable(table)) {
                        ctx.exempt('created-in-set');
                        continue;
                    }
                    ctx.report({
                        message: `CHECK constraint ${con.conname ? `${con.conname} ` : ''}on existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} scans every row while blocking reads and writes.`,
                    });
                }
                else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                    const sameTransaction = ctx.changeSet.changeSet.runInTransaction || ctx.timeline.inTransactionBlock;
                    if (ctx.timeline.notValidConstraintInChangeSet(cmd.name) !== 'check')
                        continue;
                    if (!sameTransaction) {
                        ctx.exempt('validated-outside-transaction');
                        continue;
                    }
                    ctx.report({
                        message: `CHECK constraint ${cmd.name} is validated in the same transaction that added it NOT VALID, so the lock is held for the whole scan anyway.`,
                        hint: 'Move VALIDATE CONSTRAINT to a later changeset.',
                    });
                }
            }
        },
    }),
};

// EXTERNAL MODULE: ./policy/naming-pattern.js
var naming_pattern = __webpack_require__(1228);
;// CONCATENATED MODULE: ./policy/rules/column-name.js


const columnName = {
    code: 'DB602',
    name: 'column-name',
    family: 'naming',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A new or renamed column whose name does not follow the configured pattern.',
    hint: 'Rename the column to follow the naming convention (option `pattern`).',
    why: 'Consistent column names make queries and mappings predictable; mixed case forces quoting in every query.',
    fix: 'Use the configured convention; by default lower_snake_case (`^[a-z][a-z0-9_]*$`).',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN "firstName" text;' },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN first_name text;' },
    },
    peers: { squawk: [], bytebase: ['NAMING_COLUMN'], atlas: ['NM103'] },
    options: {
        pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Regex (starting with `^`) or template the column name must follow.' },
    },
    kinds: ['CreateStmt', 'AlterTableStmt', 'RenameStmt'],
    create: (options) => {
        const pattern = (0,naming_pattern/* parseNamingPattern */.kM)(String(options.pattern));
        return {
            statement(ctx) {
                const found = [];
                const create = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'CreateStmt');
                if (create) {
                    for (const col of (0,postgres_ast/* tableElements */.Kf)(create.tableElts).columns)
                        if (col.colname)
                            found.push({ table: create.relation?.relname, column: col.colname });
                }
                const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
                if (alter?.objtype === 'OBJECT_TABLE') {
                    for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                        const col = cmd.subtype === 'AT_AddColumn' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef') : undefined;
                        if (col?.colname)
                            found.push({ table: alter.relation?.relname, column: col.colname });
                    }
                }
                const rename = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'RenameStmt');
                if (rename?.renameType === 'OBJECT_COLUMN' && rename.newname)
                    found.push({ table: rename.relation?.relname, column: rename.newname });
                for (const { table, column } of found) {
                    const values = { table, columns: [column] };
                    if ((0,naming_pattern/* followsNamingPattern */.Pd)(column, pattern, values) !== false)
                        continue;
                    ctx.report({ message: `Column name ${column} does not follow the naming convention: expected ${(0,naming_pattern/* describeExpectation */.uN)(pattern, values)}.` });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/column-type-rewrite.js

/** Type changes PostgreSQL makes without rewriting the table (binary coercible, wider or equal). */
function withoutRewrite(from, to) {
    if (from.isArray !== to.isArray)
        return false;
    const textual = new Set(['varchar', 'text']);
    if (from.name === to.name) {
        if (to.mods.join() === from.mods.join())
            return true;
        // Dropping the limit makes these unbounded; for bit or char no modifier means length 1.
        const unboundedWithoutMods = from.name === 'numeric' || from.name === 'varchar' || from.name === 'varbit';
        if (!to.mods.length)
            return unboundedWithoutMods;
        if (!from.mods.length)
            return false;
        if (from.name === 'numeric')
            return to.mods[0] >= from.mods[0] && (to.mods[1] ?? 0) === (from.mods[1] ?? 0);
        if (from.name === 'varchar' || from.name === 'varbit')
            return to.mods[0] >= from.mods[0];
        return false;
    }
    if (textual.has(from.name) && (to.name === 'text' || (to.name === 'varchar' && !to.mods.length)))
        return true;
    return from.name === 'cidr' && to.name === 'inet';
}
const columnTypeRewrite = {
    code: 'DB406',
    name: 'column-type-rewrite',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'ALTER COLUMN … TYPE that may rewrite an existing table (and its indexes) under an ACCESS EXCLUSIVE lock.',
    hint: 'Add a new column of the new type and backfill it in batches instead of changing the type in place.',
    why: 'Unless the change is binary coercible (varchar(n) to a longer varchar or text, numeric to a wider precision), ' +
        'PostgreSQL rewrites the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock: the table ' +
        'is unavailable for the duration.',
    fix: 'Add a column of the new type, backfill in batches, switch readers and writers, drop the old column. When the ' +
        'old type is known from the same set and the change is binary coercible, the rule stays silent; otherwise ' +
        'suppress with a reason if you know it is.',
    examples: {
        triggers: { sql: 'ALTER TABLE event ALTER COLUMN id TYPE bigint;' },
        nearMiss: {
            sql: 'ALTER TABLE event ADD COLUMN source varchar(50);\nALTER TABLE event ALTER COLUMN source TYPE varchar(100);',
            note: 'Widening a varchar known from the same set needs no rewrite (DB204 still warns about clients).',
        },
    },
    peers: { squawk: ['changing-column-type'], bytebase: ['COLUMN_DISALLOW_CHANGE_TYPE'], atlas: ['PG301'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name)
                    continue;
                if (ctx.timeline.isNewTable(table)) {
                    ctx.exempt('created-in-set');
                    continue;
                }
                const def = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                const to = (0,postgres_ast/* columnType */.DW)(def?.typeName);
                const from = ctx.timeline.knownColumnType(table, cmd.name);
                if (from && to && !def?.raw_default && withoutRewrite(from, to)) {
                    ctx.exempt('binary-coercible');
                    continue;
                }
                ctx.report({
                    message: `Changing ${(0,postgres_ast/* formatRelation */.sE)(table)}.${cmd.name} to ${to?.display ?? 'another type'} may rewrite the table and its indexes while blocking reads and writes.`,
                });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/concurrently-in-transaction.js

/** The statement's name when PostgreSQL refuses to run it inside a transaction block. */
function nonTransactionalStatement(node) {
    if ((0,postgres_ast/* nodeAs */.hK)(node, 'IndexStmt')?.concurrent)
        return 'CREATE INDEX CONCURRENTLY';
    const drop = (0,postgres_ast/* nodeAs */.hK)(node, 'DropStmt');
    if (drop?.concurrent)
        return 'DROP INDEX CONCURRENTLY';
    const reindex = (0,postgres_ast/* nodeAs */.hK)(node, 'ReindexStmt');
    if (reindex) {
        if ((0,postgres_ast/* hasOption */.Kz)(reindex.params, 'concurrently'))
            return 'REINDEX CONCURRENTLY';
        if (reindex.kind === 'REINDEX_OBJECT_SCHEMA' || reindex.kind === 'REINDEX_OBJECT_DATABASE' || reindex.kind === 'REINDEX_OBJECT_SYSTEM') {
            return `REINDEX ${reindex.kind.replace('REINDEX_OBJECT_', '')}`;
        }
        return undefined;
    }
    const alter = (0,postgres_ast/* nodeAs */.hK)(node, 'AlterTableStmt');
    if (alter) {
        const detach = (0,postgres_ast/* alterCommands */.$f)(alter.cmds).some((c) => c.subtype === 'AT_DetachPartition' && (0,postgres_ast/* nodeAs */.hK)(c.def, 'PartitionCmd')?.concurrent);
        return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
    }
    if ((0,postgres_ast/* nodeAs */.hK)(node, 'VacuumStmt')?.is_vacuumcmd)
        return 'VACUUM';
    if ('CreatedbStmt' in node)
        return 'CREATE DATABASE';
    if ('DropdbStmt' in node)
        return 'DROP DATABASE';
    if ('CreateTableSpaceStmt' in node)
        return 'CREATE TABLESPACE';
    if ('DropTableSpaceStmt' in node)
        return 'DROP TABLESPACE';
    if ('AlterSystemStmt' in node)
        return 'ALTER SYSTEM';
    if ('CreateSubscriptionStmt' in node)
        return 'CREATE SUBSCRIPTION';
    return undefined;
}
const concurrentlyInTransaction = {
    code: 'DB410',
    name: 'concurrently-in-transaction',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'CONCURRENTLY (or another statement PostgreSQL refuses in a transaction block) in a changeset that runs in a transaction.',
    hint: 'Put the statement in a changeset of its own with runInTransaction="false".',
    why: 'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE and ' +
        'a few others fail with "cannot run inside a transaction block". dbops runs each changeset in a transaction ' +
        'unless it says `runInTransaction="false"`, so the deployment fails at this statement.',
    fix: 'Move the statement to its own changeset and set `runInTransaction="false"` (formatted SQL: ' +
        '`--changeset author:id runInTransaction:false`). Keep that changeset to this one statement: without a ' +
        'transaction, a failure halfway leaves the earlier statements applied.',
    examples: {
        triggers: { sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);', changeSet: { runInTransaction: true } },
        nearMiss: { sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);', changeSet: { runInTransaction: false } },
    },
    peers: {
        squawk: ['ban-concurrent-index-creation-in-transaction'],
        bytebase: ['STATEMENT_NON_TRANSACTIONAL'],
        atlas: ['PG103', 'TX101'],
    },
    kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt', 'VacuumStmt', 'CreatedbStmt', 'DropdbStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterSystemStmt', 'CreateSubscriptionStmt'],
    create: () => ({
        statement(ctx) {
            const what = nonTransactionalStatement(ctx.node);
            if (!what)
                return;
            if (ctx.changeSet.changeSet.runInTransaction) {
                ctx.report({ message: `${what} cannot run inside a transaction block, and this changeset runs in one (runInTransaction is true).` });
            }
            else if (ctx.timeline.inTransactionBlock) {
                ctx.report({ message: `${what} cannot run inside a transaction block, and an explicit BEGIN earlier in this changeset opened one.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/named-constraints.js

function addedConstraints(node) {
    const out = [];
    const columnsOf = (con) => (0,postgres_ast/* keyNames */.mu)(con.contype === 'CONSTR_FOREIGN' ? con.fk_attrs : con.keys);
    const create = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateStmt');
    if (create) {
        const table = create.relation?.relname;
        const { columns, constraints } = (0,postgres_ast/* tableElements */.Kf)(create.tableElts);
        for (const col of columns) {
            for (const con of (0,postgres_ast/* columnConstraints */.zD)(col))
                out.push({ constraint: con, table, columns: col.colname ? [col.colname] : [] });
        }
        for (const con of constraints)
            out.push({ constraint: con, table, columns: columnsOf(con) });
        return out;
    }
    const alter = (0,postgres_ast/* nodeAs */.hK)(node, 'AlterTableStmt');
    if (alter?.objtype === 'OBJECT_TABLE') {
        const table = alter.relation?.relname;
        for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
            if (cmd.subtype === 'AT_AddConstraint') {
                const con = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                if (con)
                    out.push({ constraint: con, table, columns: columnsOf(con) });
            }
            else if (cmd.subtype === 'AT_AddColumn') {
                const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                if (col)
                    for (const con of (0,postgres_ast/* columnConstraints */.zD)(col))
                        out.push({ constraint: con, table, columns: col.colname ? [col.colname] : [] });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./policy/rules/constraint-name.js


const KINDS = {
    CONSTR_PRIMARY: { option: 'primaryKey', label: 'Primary key' },
    CONSTR_UNIQUE: { option: 'unique', label: 'Unique constraint' },
    CONSTR_CHECK: { option: 'check', label: 'Check constraint' },
    CONSTR_EXCLUSION: { option: 'exclusion', label: 'Exclusion constraint' },
};
const constraintName = {
    code: 'DB604',
    name: 'constraint-name',
    family: 'naming',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A named primary key, unique, check or exclusion constraint that does not follow the configured pattern.',
    hint: 'Name the constraint after the configured convention.',
    why: 'Constraint names appear in every violation error the application sees; a convention makes them self-explanatory and predictable for later changesets that drop or validate them.',
    fix: 'Rename to the convention. By default names only need to be lower snake case; set `primaryKey: pk_<table>`, ' +
        '`unique: uk_<table>_<columns>`, `check: ^ck_[a-z0-9_]+$` for a stricter one. Unnamed constraints are not ' +
        'checked (PostgreSQL names them). Set an option to "" to stop checking that kind.',
    examples: {
        triggers: {
            sql: 'ALTER TABLE person ADD CONSTRAINT person_email_unique UNIQUE (email);',
            options: { unique: 'uk_<table>_<columns>' },
            note: 'Expected uk_person_email.',
        },
        nearMiss: { sql: 'ALTER TABLE person ADD CONSTRAINT uk_person_email UNIQUE (email);', options: { unique: 'uk_<table>_<columns>' } },
    },
    peers: { squawk: [], bytebase: ['NAMING_INDEX_PK', 'NAMING_INDEX_UK'], atlas: ['NM106'] },
    // Lower snake case by default: Liquibase names primary keys `<table>_pkey` itself, so a stricter
    // default would flag SQL nobody wrote. Teams choose their convention, e.g. pk_<table>.
    options: {
        primaryKey: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for primary keys, e.g. `pk_<table>`.' },
        unique: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for unique constraints, e.g. `uk_<table>_<columns>`.' },
        check: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for check constraints, e.g. `^ck_[a-z0-9_]+$`.' },
        exclusion: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for exclusion constraints.' },
    },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: (options) => {
        const patterns = new Map(Object.entries(KINDS).map(([k, v]) => [k, (0,naming_pattern/* parseNamingPattern */.kM)(String(options[v.option]))]));
        return {
            statement(ctx) {
                for (const { constraint, table, columns } of addedConstraints(ctx.node)) {
                    const pattern = patterns.get(constraint.contype ?? '');
                    if (!pattern || !constraint.conname)
                        continue;
                    const values = { table, columns };
                    if ((0,naming_pattern/* followsNamingPattern */.Pd)(constraint.conname, pattern, values) !== false)
                        continue;
                    ctx.report({
                        message: `${KINDS[constraint.contype].label} name ${constraint.conname} does not follow the naming convention: expected ${(0,naming_pattern/* describeExpectation */.uN)(pattern, values)}.`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/create-index-not-concurrently.js

const createIndexNotConcurrently = {
    code: 'DB401',
    name: 'create-index-not-concurrently',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'CREATE INDEX without CONCURRENTLY on a table that exists before the changesets run.',
    hint: 'Use CREATE INDEX CONCURRENTLY in its own changeset with runInTransaction="false".',
    why: 'A plain CREATE INDEX holds a SHARE lock for the whole build: reads go on, but every INSERT, UPDATE and DELETE ' +
        'on the table waits, for minutes on a large table.',
    fix: 'Write `CREATE INDEX CONCURRENTLY` (Liquibase: a `sql` change) in a changeset of its own with ' +
        '`runInTransaction="false"`, since CONCURRENTLY cannot run in a transaction block (see DB410). Indexes on tables ' +
        'created in the same set are exempt: the table is empty and nobody uses it yet.',
    examples: {
        triggers: { sql: 'CREATE INDEX idx_person_job_title ON person (job_title);' },
        nearMiss: {
            sql: 'CREATE INDEX CONCURRENTLY idx_person_job_title ON person (job_title);',
            changeSet: { runInTransaction: false },
        },
    },
    peers: { squawk: ['require-concurrent-index-creation'], bytebase: ['INDEX_CREATE_CONCURRENTLY'], atlas: ['PG101'] },
    kinds: ['IndexStmt'],
    create: () => ({
        statement(ctx) {
            const index = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'IndexStmt');
            if (index.concurrent)
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(index.relation);
            if (!table)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({
                message: `CREATE INDEX ${index.idxname ? `${index.idxname} ` : ''}on existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} blocks writes to it until the index is built.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/delete-all-rows.js

const deleteAllRows = {
    code: 'DB107',
    name: 'delete-all-rows',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'DELETE without WHERE on a table that exists before the changesets run.',
    hint: 'Add a WHERE clause for the rows meant to go, or suppress with a reason.',
    why: 'A DELETE without WHERE empties the table; the rows cannot be restored by a rollback changeset.',
    fix: 'Add the WHERE clause that selects the rows to delete. If emptying the table is intended, say why in a suppression.',
    examples: {
        triggers: { sql: 'DELETE FROM feature_flag;' },
        nearMiss: { sql: "DELETE FROM feature_flag WHERE name = 'beta-checkout';" },
    },
    peers: { squawk: [], bytebase: ['STATEMENT_WHERE_REQUIRE_UPDATE_DELETE', 'STATEMENT_AFFECTED_ROW_LIMIT'], atlas: [] },
    kinds: ['DeleteStmt'],
    create: () => ({
        statement(ctx) {
            const del = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'DeleteStmt');
            if (del.whereClause)
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(del.relation);
            if (!table)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({ message: `DELETE FROM ${(0,postgres_ast/* formatRelation */.sE)(table)} without WHERE deletes every row.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/detach-partition-not-concurrently.js

const detachPartitionNotConcurrently = {
    code: 'DB413',
    name: 'detach-partition-not-concurrently',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'DETACH PARTITION without CONCURRENTLY on an existing partitioned table.',
    hint: 'Use DETACH PARTITION … CONCURRENTLY in its own changeset with runInTransaction="false".',
    why: 'A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any partition waits.',
    fix: '`ALTER TABLE parent DETACH PARTITION child CONCURRENTLY` (PostgreSQL 14+), in a non-transactional changeset.',
    examples: {
        triggers: { sql: 'ALTER TABLE measurement DETACH PARTITION measurement_2023;' },
        nearMiss: { sql: 'ALTER TABLE measurement DETACH PARTITION measurement_2023 CONCURRENTLY;', changeSet: { runInTransaction: false } },
    },
    peers: { squawk: ['require-concurrent-partition-detach'], bytebase: [], atlas: [] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype !== 'AT_DetachPartition')
                    continue;
                const part = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'PartitionCmd');
                if (part?.concurrent)
                    continue;
                if (ctx.timeline.isNewTable(table)) {
                    ctx.exempt('created-in-set');
                    continue;
                }
                const child = (0,postgres_ast/* relationName */.CJ)(part?.name);
                ctx.report({ message: `DETACH PARTITION ${child ? `${(0,postgres_ast/* formatRelation */.sE)(child)} ` : ''}from ${(0,postgres_ast/* formatRelation */.sE)(table)} blocks every query on the partitioned table.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-column.js

const dropColumn = {
    code: 'DB102',
    name: 'drop-column',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'ALTER TABLE … DROP COLUMN on a table that exists before the changesets run.',
    hint: 'Stop reading and writing the column first, then drop it in its own changeset and suppress with a reason.',
    why: 'The column\'s data is gone (a rollback re-adds an empty column), and any query or ORM mapping that still names ' +
        'the column fails as soon as the changeset commits.',
    fix: 'Remove every use of the column from the application and deploy that first (expand/contract). Then drop the ' +
        'column with `-- dbops:ignore DB102 reason: …` once its data is known to be unneeded.',
    examples: {
        triggers: { sql: 'ALTER TABLE person DROP COLUMN middle_name;' },
        nearMiss: {
            sql: 'CREATE TABLE person (id bigint PRIMARY KEY, middle_name text);\nALTER TABLE person DROP COLUMN middle_name;',
            note: 'The table is new in this set.',
        },
    },
    peers: { squawk: ['ban-drop-column'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['DS103'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const dropped = (0,postgres_ast/* alterCommands */.$f)(alter.cmds).filter((c) => c.subtype === 'AT_DropColumn' && c.name).map((c) => c.name);
            if (!dropped.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({
                message: `Dropping column${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} of ${(0,postgres_ast/* formatRelation */.sE)(table)} deletes ${dropped.length > 1 ? 'their' : 'its'} data and breaks code that still uses ${dropped.length > 1 ? 'them' : 'it'}.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-database.js

const dropDatabase = {
    code: 'DB104',
    name: 'drop-database',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'DROP DATABASE.',
    hint: 'Drop databases by hand or in infrastructure code, not in a changelog.',
    why: 'Everything in the database is lost, and no rollback can bring it back.',
    fix: 'Remove the statement from the changelog. If it is truly intended, suppress with a reason.',
    examples: {
        triggers: { sql: 'DROP DATABASE legacy;' },
        nearMiss: { sql: 'CREATE DATABASE analytics;', note: 'Creating a database loses nothing.' },
    },
    peers: { squawk: ['ban-drop-database'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: [] },
    kinds: ['DropdbStmt'],
    create: () => ({
        statement(ctx) {
            const drop = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'DropdbStmt');
            ctx.report({ message: `DROP DATABASE ${drop.dbname ?? ''} deletes the whole database and everything in it.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-index-not-concurrently.js

const dropIndexNotConcurrently = {
    code: 'DB402',
    name: 'drop-index-not-concurrently',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'DROP INDEX without CONCURRENTLY on an index that exists before the changesets run.',
    hint: 'Use DROP INDEX CONCURRENTLY in its own changeset with runInTransaction="false".',
    why: 'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: while it waits for running queries, every new ' +
        'query on the table queues behind it.',
    fix: 'Write `DROP INDEX CONCURRENTLY` in a changeset of its own with `runInTransaction="false"`.',
    examples: {
        triggers: { sql: 'DROP INDEX idx_person_job_title;' },
        nearMiss: { sql: 'DROP INDEX CONCURRENTLY idx_person_job_title;', changeSet: { runInTransaction: false } },
    },
    peers: { squawk: ['require-concurrent-index-deletion'], bytebase: ['INDEX_CREATE_CONCURRENTLY'], atlas: ['PG102'] },
    kinds: ['DropStmt'],
    create: () => ({
        statement(ctx) {
            const drop = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'DropStmt');
            if (drop.removeType !== 'OBJECT_INDEX' || drop.concurrent)
                return;
            const existing = (0,postgres_ast/* dropObjects */.sP)(drop.objects)
                .map((parts) => parts.join('.'))
                .filter((name) => {
                if (!ctx.timeline.isIndexOfNewTable(name.split('.').pop()))
                    return true;
                ctx.exempt('created-in-set');
                return false;
            });
            if (!existing.length)
                return;
            ctx.report({ message: `DROP INDEX ${existing.join(', ')} locks the table against reads and writes while it waits and runs.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-not-null.js

const dropNotNull = {
    code: 'DB203',
    name: 'drop-not-null',
    family: 'backward-incompatible',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'DROP NOT NULL on a column of a table that exists before the changesets run.',
    hint: 'Make sure every reader handles NULL in this column before allowing it.',
    why: 'Readers written for a NOT NULL column (non-optional fields, arithmetic, joins) break on the first NULL a new writer stores.',
    fix: 'Deploy readers that handle NULL first; then drop the constraint, suppressing with a reason that names that release.',
    examples: {
        triggers: { sql: 'ALTER TABLE invoice ALTER COLUMN due_date DROP NOT NULL;' },
        nearMiss: { sql: "ALTER TABLE invoice ALTER COLUMN due_date SET DEFAULT now() + interval '30 days';" },
    },
    peers: { squawk: ['ban-drop-not-null'], bytebase: [], atlas: [] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const columns = (0,postgres_ast/* alterCommands */.$f)(alter.cmds).filter((c) => c.subtype === 'AT_DropNotNull').map((c) => c.name ?? '?');
            if (!columns.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({ message: `Dropping NOT NULL on ${columns.map((c) => `${(0,postgres_ast/* formatRelation */.sE)(table)}.${c}`).join(', ')} lets NULLs reach readers that do not expect them.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-schema.js

const dropSchema = {
    code: 'DB103',
    name: 'drop-schema',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'DROP SCHEMA on a schema that exists before the changesets run.',
    hint: 'Make sure the schema is empty and unused, then suppress with a reason.',
    why: 'With `CASCADE`, dropping a schema drops every table, view, function and type in it with their data; without ' +
        'it, the statement fails on a non-empty schema in one environment and succeeds in another.',
    fix: 'Drop the objects of the schema explicitly (each one is then checked), or suppress with `-- dbops:ignore DB103 reason: …`.',
    examples: {
        triggers: { sql: 'DROP SCHEMA reporting CASCADE;' },
        nearMiss: { sql: 'CREATE SCHEMA staging;\nDROP SCHEMA staging;', note: 'The schema is new in this set.' },
    },
    peers: { squawk: ['ban-drop-schema'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['DS101'] },
    kinds: ['DropStmt'],
    create: () => ({
        statement(ctx) {
            const drop = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'DropStmt');
            if (drop.removeType !== 'OBJECT_SCHEMA')
                return;
            const existing = (0,postgres_ast/* dropObjects */.sP)(drop.objects)
                .map((parts) => parts[parts.length - 1] ?? '')
                .filter((name) => {
                if (!ctx.timeline.isNewSchema(name))
                    return true;
                ctx.exempt('created-in-set');
                return false;
            });
            if (!existing.length)
                return;
            const cascade = drop.behavior === 'DROP_CASCADE' ? ' and, with CASCADE, everything in it' : '';
            ctx.report({ message: `DROP SCHEMA ${existing.join(', ')} deletes the schema${cascade}.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/drop-table.js

const dropTable = {
    code: 'DB101',
    name: 'drop-table',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'DROP TABLE on a table that exists before the changesets run.',
    hint: 'Stop using the table first, keep a backup, and suppress with a reason once the data is known to be unneeded.',
    why: 'Dropping a table deletes its rows: a rollback can recreate the table but not the data. Application code that ' +
        'still reads the table fails at once. `CASCADE` also drops the views and foreign keys that depend on it.',
    fix: 'Deploy the code that no longer uses the table first; rename it or revoke access for a release if unsure; take ' +
        'a backup; then drop it in its own changeset with `-- dbops:ignore DB101 reason: …`. A table created earlier ' +
        'in the same set of changesets can be dropped freely.',
    examples: {
        triggers: { sql: 'DROP TABLE person;' },
        nearMiss: {
            sql: 'CREATE TABLE scratch (id bigint PRIMARY KEY);\nDROP TABLE scratch;',
            note: 'The table was created in the same set: nothing that exists is lost.',
        },
    },
    peers: {
        squawk: ['ban-drop-table'],
        bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY', 'TABLE_DROP_NAMING_CONVENTION', 'STATEMENT_DISALLOW_RM_TBL_CASCADE'],
        atlas: ['DS102'],
    },
    kinds: ['DropStmt'],
    create: () => ({
        statement(ctx) {
            const drop = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'DropStmt');
            if (drop.removeType !== 'OBJECT_TABLE')
                return;
            const existing = [];
            for (const parts of (0,postgres_ast/* dropObjects */.sP)(drop.objects)) {
                const table = (0,postgres_ast/* relationFromNames */.be)(parts);
                if (!table)
                    continue;
                if (ctx.timeline.isNewTable(table))
                    ctx.exempt('created-in-set');
                else
                    existing.push((0,postgres_ast/* formatRelation */.sE)(table));
            }
            if (!existing.length)
                return;
            const cascade = drop.behavior === 'DROP_CASCADE' ? '; CASCADE also drops the views and foreign keys that depend on it' : '';
            ctx.report({
                message: `DROP TABLE ${existing.join(', ')} deletes ${existing.length > 1 ? 'the tables and their' : 'the table and its'} data${cascade}.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/foreign-key-name.js



const foreignKeyName = {
    code: 'DB605',
    name: 'foreign-key-name',
    family: 'naming',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A named foreign key that does not follow the configured pattern (lower snake case by default; e.g. `fk_<table>_<referenced_table>`).',
    hint: 'Name the foreign key after the configured convention.',
    why: 'Foreign key names appear in violation errors and in the changesets that later drop or validate them; a convention says which tables they join.',
    fix: 'Rename to the convention. A common one is `pattern: fk_<table>_<referenced_table>`; placeholders are `<table>`, ' +
        '`<columns>`, `<referenced_table>`, `<referenced_columns>`. Unnamed foreign keys are not checked.',
    examples: {
        triggers: {
            sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
            options: { pattern: 'fk_<table>_<referenced_table>' },
            note: 'Expected fk_orders_customer.',
        },
        nearMiss: {
            sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
            options: { pattern: 'fk_<table>_<referenced_table>' },
        },
    },
    peers: { squawk: [], bytebase: ['NAMING_INDEX_FK'], atlas: ['NM105'] },
    options: {
        pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Pattern for foreign keys, e.g. `fk_<table>_<referenced_table>`.' },
    },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: (options) => {
        const pattern = (0,naming_pattern/* parseNamingPattern */.kM)(String(options.pattern));
        return {
            statement(ctx) {
                for (const { constraint, table, columns } of addedConstraints(ctx.node)) {
                    if (constraint.contype !== 'CONSTR_FOREIGN' || !constraint.conname)
                        continue;
                    const values = { table, columns, referencedTable: constraint.pktable?.relname, referencedColumns: (0,postgres_ast/* keyNames */.mu)(constraint.pk_attrs) };
                    if ((0,naming_pattern/* followsNamingPattern */.Pd)(constraint.conname, pattern, values) !== false)
                        continue;
                    ctx.report({ message: `Foreign key name ${constraint.conname} does not follow the naming convention: expected ${(0,naming_pattern/* describeExpectation */.uN)(pattern, values)}.` });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/foreign-key-without-not-valid.js

const foreignKeyWithoutNotValid = {
    code: 'DB403',
    name: 'foreign-key-without-not-valid',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A foreign key added to an existing table without NOT VALID (or validated in the same transaction).',
    hint: 'Add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a later changeset.',
    why: 'Adding a foreign key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both tables: writes ' +
        'to either table wait for the whole scan. Validating in the same transaction as the NOT VALID add keeps that lock.',
    fix: '`ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY … NOT VALID` (brief lock, new rows checked), then in a separate ' +
        'changeset `ALTER TABLE … VALIDATE CONSTRAINT …` (scans under a lock that lets writes through).',
    examples: {
        triggers: { sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id);' },
        nearMiss: {
            sql: 'ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;',
        },
    },
    peers: {
        squawk: ['adding-foreign-key-constraint', 'constraint-missing-not-valid'],
        bytebase: ['STATEMENT_ADD_FOREIGN_KEY_NOT_VALID', 'SCHEMA_BACKWARD_COMPATIBILITY'],
        atlas: ['PG306'],
    },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const isNew = ctx.timeline.isNewTable(table);
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const con = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                    if (con?.contype !== 'CONSTR_FOREIGN')
                        continue;
                    if (con.skip_validation) {
                        if (!con.is_enforced)
                            ctx.exempt('not-enforced');
                        continue;
                    }
                    if (isNew) {
                        ctx.exempt('created-in-set');
                        continue;
                    }
                    ctx.report({
                        message: `Foreign key ${con.conname ? `${con.conname} ` : ''}on existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} checks every row while blocking writes to both tables.`,
                    });
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                    if (!col || !(0,postgres_ast/* columnConstraints */.zD)(col).some((c) => c.contype === 'CONSTR_FOREIGN' && !c.skip_validation))
                        continue;
                    if (isNew) {
                        ctx.exempt('created-in-set');
                        continue;
                    }
                    ctx.report({
                        message: `Column ${col.colname ?? '?'} added with REFERENCES to existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} locks both tables against writes while the key is set up.`,
                    });
                }
                else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                    const sameTransaction = ctx.changeSet.changeSet.runInTransaction || ctx.timeline.inTransactionBlock;
                    if (ctx.timeline.notValidConstraintInChangeSet(cmd.name) !== 'foreign key')
                        continue;
                    if (!sameTransaction) {
                        ctx.exempt('validated-outside-transaction');
                        continue;
                    }
                    ctx.report({
                        message: `Foreign key ${cmd.name} is validated in the same transaction that added it NOT VALID, so the lock is held for the whole scan anyway.`,
                        hint: 'Move VALIDATE CONSTRAINT to a later changeset.',
                    });
                }
            }
        },
    }),
};

// EXTERNAL MODULE: ./sql/sql-lexer.js
var sql_lexer = __webpack_require__(744);
// EXTERNAL MODULE: ./sql/sql-syntax.js
var sql_syntax = __webpack_require__(8795);
;// CONCATENATED MODULE: ./policy/rules/identifier-too-long.js


/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_IDENTIFIER_BYTES = 63;
const identifierTooLong = {
    code: 'DB506',
    name: 'identifier-too-long',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'An identifier (name, alias, reference) longer than 63 bytes.',
    hint: 'Shorten the name to 63 bytes or fewer.',
    why: 'PostgreSQL truncates identifiers to 63 bytes with only a NOTICE: the object gets another name than the ' +
        'changelog says, two long names that share their first 63 bytes collide, and tools that use the full name ' +
        'do not find the object. The check reads the statement text, since the parser has already truncated the names.',
    fix: 'Pick a name of at most 63 bytes (multi-byte characters count for more than one).',
    examples: {
        triggers: { sql: 'CREATE INDEX idx_customer_subscription_billing_address_postal_code_country_code_region ON customer_subscription (billing_postal_code);' },
        nearMiss: { sql: 'CREATE INDEX idx_cust_sub_billing_postal_code ON customer_subscription (billing_postal_code);' },
    },
    peers: { squawk: ['identifier-too-long'], bytebase: ['NAMING_TABLE', 'NAMING_COLUMN'], atlas: [] },
    kinds: '*',
    create: () => ({
        statement(ctx) {
            const { text, codeStart, codeEnd } = ctx.current.unit;
            const names = longIdentifiers(text.slice(codeStart, codeEnd));
            for (const name of names.length > 1 ? new Set(names) : names) {
                ctx.report({ message: `${name} is ${Buffer.byteLength(name, 'utf8')} bytes; PostgreSQL truncates it to ${MAX_IDENTIFIER_BYTES}.` });
            }
        },
    }),
};
/**
 * Identifiers (plain words and "quoted" names) longer than MAX_IDENTIFIER_BYTES in UTF-8, outside strings
 * and comments. Read from the source because PostgreSQL's parser has already truncated them.
 */
function longIdentifiers(sql) {
    const out = [];
    if (!mayHoldLongIdentifier(sql))
        return out;
    // A UTF-8 character takes at most 4 bytes: shorter tokens cannot be too long.
    const minChars = MAX_IDENTIFIER_BYTES / 4;
    const token = new sql_lexer/* SqlScanner */.pT(sql, sql_syntax/* postgresSyntax */.hw);
    while (token.next()) {
        if (token.end - token.start <= minChars)
            continue;
        if (token.kind === 'word' && !isDigit(sql.charCodeAt(token.start))) {
            const word = sql.slice(token.start, token.end);
            if (Buffer.byteLength(word, 'utf8') > MAX_IDENTIFIER_BYTES)
                out.push(word.toLowerCase());
        }
        else if (token.kind === 'quoted-identifier' && token.end - token.start - 2 > minChars) {
            const name = sql.slice(token.start + 1, token.end - (token.unterminated ? 0 : 1)).replaceAll('""', '"');
            if (Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES)
                out.push(name);
        }
    }
    return out;
}
/**
 * A cheap first pass that settles most statements without lexing them: anything beyond ASCII,
 * or an ASCII word or a quoted run longer than MAX_IDENTIFIER_BYTES. (A loop: a regular
 * expression backtracks inside every word and is slower.)
 */
function mayHoldLongIdentifier(sql) {
    let run = 0;
    for (let i = 0; i < sql.length; i++) {
        const c = sql.charCodeAt(i);
        if (c >= 128)
            return true;
        if (c === 34) {
            // Scanning goes on inside the quotes (a quote in a string literal must not hide what follows).
            const close = sql.indexOf('"', i + 1);
            if ((close < 0 ? sql.length : close) - i - 1 > MAX_IDENTIFIER_BYTES)
                return true;
            run = 0;
        }
        else if (isWordChar(c)) {
            if (++run > MAX_IDENTIFIER_BYTES)
                return true;
        }
        else {
            run = 0;
        }
    }
    return false;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 36;
}

;// CONCATENATED MODULE: ./policy/rules/index-name.js


const indexName = {
    code: 'DB603',
    name: 'index-name',
    family: 'naming',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'An index whose name does not follow the configured pattern (by default `idx_<table>_<columns>`), or an unnamed index.',
    hint: 'Name the index after the convention, e.g. idx_<table>_<columns>.',
    why: 'Index names show up in plans, lock waits and error messages; a convention tells at a glance which table and ' +
        'columns an index covers, and avoids two changesets creating the same index under different names. An unnamed ' +
        'index gets a generated name that differs from what later changesets expect.',
    fix: 'Name the index after the convention. Templates use `<table>`, `<columns>` (column names joined by `_`); ' +
        'a pattern starting with `^` is a regular expression instead. Expression indexes are only checked against regular expressions.',
    examples: {
        triggers: { sql: 'CREATE INDEX person_job_title_idx ON person (job_title);', note: 'Expected idx_person_job_title.' },
        nearMiss: { sql: 'CREATE INDEX idx_person_job_title ON person (job_title);' },
    },
    peers: { squawk: [], bytebase: ['NAMING_INDEX_IDX', 'NAMING_INDEX_UK'], atlas: ['NM104'] },
    options: {
        pattern: { type: 'naming-pattern', default: 'idx_<table>_<columns>', description: 'Pattern for non-unique indexes.' },
        uniquePattern: { type: 'naming-pattern', default: 'uk_<table>_<columns>', description: 'Pattern for unique indexes.' },
    },
    kinds: ['IndexStmt'],
    create: (options) => {
        const plain = (0,naming_pattern/* parseNamingPattern */.kM)(String(options.pattern));
        const unique = (0,naming_pattern/* parseNamingPattern */.kM)(String(options.uniquePattern));
        return {
            statement(ctx) {
                const index = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'IndexStmt');
                const pattern = index.unique ? unique : plain;
                if (pattern.kind === 'none')
                    return;
                const values = { table: index.relation?.relname, columns: (0,postgres_ast/* indexColumns */.cW)(index.indexParams) };
                const expected = (0,naming_pattern/* describeExpectation */.uN)(pattern, values);
                if (!index.idxname) {
                    ctx.report({ message: `Unnamed index on ${values.table ?? '?'} gets a generated name: name it ${expected}.` });
                    return;
                }
                const follows = (0,naming_pattern/* followsNamingPattern */.Pd)(index.idxname, pattern, values);
                if (follows === undefined)
                    return ctx.exempt('expression-index');
                if (!follows)
                    ctx.report({ message: `Index name ${index.idxname} does not follow the naming convention: expected ${expected}.` });
            },
        };
    },
};

// EXTERNAL MODULE: ./policy/rules/invalid-suppression.js
var invalid_suppression = __webpack_require__(5882);
;// CONCATENATED MODULE: ./policy/rules/irreversible-without-rollback.js
const irreversibleWithoutRollback = {
    code: 'DB701',
    name: 'irreversible-without-rollback',
    family: 'hygiene',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'A changeset that cannot be rolled back automatically and has no rollback block.',
    hint: 'Add a <rollback> block (formatted SQL: --rollback lines), or an empty one if it truly cannot be undone.',
    why: 'Liquibase (and dbops) invert changes such as createTable or addColumn automatically, but not raw SQL, ' +
        'dropTable, dropColumn, delete or update. Without a rollback block, `rollback` stops at this changeset, and ' +
        'rollback-verify cannot check it.',
    fix: 'Write the inverse in `<rollback>` (YAML `rollback:`, formatted SQL `--rollback …`). If nothing can undo it, ' +
        'say so with an empty `<rollback/>` (`--rollback empty`) so the decision is explicit.',
    examples: {
        triggers: { sql: "UPDATE person SET country_code = 'NL' WHERE country_code IS NULL;", changeSet: { hasRollback: false, changeTypes: ['sql'] } },
        nearMiss: {
            sql: 'ALTER TABLE person ADD COLUMN nickname text;',
            changeSet: { hasRollback: true, changeTypes: ['addColumn'] },
            note: 'addColumn is rolled back automatically (dropColumn).',
        },
    },
    peers: { squawk: [], bytebase: ['BUILTIN_PRIOR_BACKUP_CHECK'], atlas: [] },
    kinds: [],
    create: () => ({
        changeSetEnd(ctx) {
            const cs = ctx.changeSet.changeSet;
            if (cs.hasRollback || (!cs.statements.length && !cs.changeTypes.length))
                return;
            const types = cs.changeTypes.length ? ` (${[...new Set(cs.changeTypes)].join(', ')})` : '';
            ctx.report({ message: `Changeset ${cs.ref.id}${types} cannot be rolled back automatically and has no rollback block.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/missing-author.js
const missingAuthor = {
    code: 'DB702',
    name: 'missing-author',
    family: 'hygiene',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A changeset without a real author (empty, or a placeholder such as "unknown").',
    hint: 'Set the author to the person or team that owns the change.',
    why: 'The author is part of the changeset identity and the first place people look when a change misbehaves in production.',
    fix: 'Use a real name, handle or team in `author`. The option `placeholders` lists the values treated as missing.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { author: 'unknown' } },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { author: 'jane.doe' } },
    },
    peers: { squawk: [], bytebase: [], atlas: [] },
    options: {
        placeholders: {
            type: 'string-list',
            default: ['unknown', 'anonymous', 'changeme', 'todo', 'author'],
            description: 'Author values treated as missing (case-insensitive).',
        },
    },
    kinds: [],
    create: (options) => {
        const placeholders = new Set(options.placeholders.map((p) => p.toLowerCase()));
        return {
            changeSetEnd(ctx) {
                const author = ctx.changeSet.changeSet.ref.author.trim();
                if (author && !placeholders.has(author.toLowerCase()))
                    return;
                ctx.report({ message: author ? `Changeset author "${author}" is a placeholder.` : 'Changeset has no author.' });
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/missing-comment.js
const missingComment = {
    code: 'DB703',
    name: 'missing-comment',
    family: 'hygiene',
    defaultSeverity: 'warning',
    enabledByDefault: false,
    summary: 'A changeset without a comment (opt-in).',
    hint: 'Add a <comment> (formatted SQL: --comment:) saying why the change is made.',
    why: 'The SQL says what changes; only a comment says why, and the PR that added it is not always at hand when the change is questioned.',
    fix: 'Add `<comment>` (YAML `comment:`, formatted SQL `--comment: …`). Enable this rule with `DB703: on` in dbops-policy.yaml.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { comment: '' } },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { comment: 'Nicknames for the new profile page (PROJ-42)' } },
    },
    peers: { squawk: [], bytebase: ['TABLE_COMMENT', 'COLUMN_COMMENT'], atlas: [] },
    kinds: [],
    create: () => ({
        changeSetEnd(ctx) {
            if (ctx.changeSet.changeSet.comment?.trim())
                return;
            ctx.report({ message: `Changeset ${ctx.changeSet.changeSet.ref.id} has no comment.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/missing-lock-timeout.js

const DROP_LOCKS_TABLE = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_TRIGGER', 'OBJECT_RULE', 'OBJECT_POLICY']);
/** The statement types lockedExistingObject looks at. */
const LOCKING_KINDS = new Set([
    'AlterTableStmt', 'IndexStmt', 'DropStmt', 'RenameStmt', 'TruncateStmt', 'CreateTrigStmt', 'CreatePolicyStmt',
    'AlterPolicyStmt', 'RuleStmt', 'CreateStmt', 'ClusterStmt', 'VacuumStmt', 'ReindexStmt', 'LockStmt', 'RefreshMatViewStmt',
]);
/**
 * The existing object a statement must lock in a mode that queues ordinary reads or writes
 * behind it, as text for the message; undefined when it locks nothing that exists.
 */
function lockedExistingObject(node, timeline) {
    const existing = (r) => (r && !timeline.isNewTable(r) ? (0,postgres_ast/* formatRelation */.sE)(r) : undefined);
    const alter = (0,postgres_ast/* nodeAs */.hK)(node, 'AlterTableStmt');
    if (alter) {
        const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
        if (alter.objtype === 'OBJECT_INDEX')
            return table && !timeline.isIndexOfNewTable(table.name) ? `index ${(0,postgres_ast/* formatRelation */.sE)(table)}` : undefined;
        if (alter.objtype !== 'OBJECT_TABLE')
            return table ? (0,postgres_ast/* formatRelation */.sE)(table) : undefined;
        const own = existing(table);
        if (own)
            return own;
        for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
            const referenced = existing((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint')?.pktable));
            if (referenced)
                return `${referenced} (referenced by a new foreign key)`;
        }
        return undefined;
    }
    const index = (0,postgres_ast/* nodeAs */.hK)(node, 'IndexStmt');
    if (index)
        return index.concurrent ? undefined : existing((0,postgres_ast/* relationName */.CJ)(index.relation));
    const drop = (0,postgres_ast/* nodeAs */.hK)(node, 'DropStmt');
    if (drop) {
        if (drop.removeType === 'OBJECT_INDEX') {
            if (drop.concurrent)
                return undefined;
            const name = (0,postgres_ast/* dropObjects */.sP)(drop.objects).map((p) => p[p.length - 1] ?? '').find((n) => !timeline.isIndexOfNewTable(n));
            return name ? `index ${name}` : undefined;
        }
        if (!DROP_LOCKS_TABLE.has(drop.removeType ?? ''))
            return undefined;
        for (const parts of (0,postgres_ast/* dropObjects */.sP)(drop.objects)) {
            // DROP TRIGGER/RULE/POLICY name ON table: the table is all but the last part.
            const tableParts = drop.removeType === 'OBJECT_TABLE' || drop.removeType === 'OBJECT_VIEW' || drop.removeType === 'OBJECT_MATVIEW' || drop.removeType === 'OBJECT_FOREIGN_TABLE' ? parts : parts.slice(0, -1);
            const hit = existing((0,postgres_ast/* relationFromNames */.be)(tableParts));
            if (hit)
                return hit;
        }
        return undefined;
    }
    const rename = (0,postgres_ast/* nodeAs */.hK)(node, 'RenameStmt');
    if (rename)
        return rename.relation ? existing((0,postgres_ast/* relationName */.CJ)(rename.relation)) : undefined;
    const truncate = (0,postgres_ast/* nodeAs */.hK)(node, 'TruncateStmt');
    if (truncate) {
        for (const rel of truncate.relations ?? []) {
            const hit = existing((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(rel, 'RangeVar')));
            if (hit)
                return hit;
        }
        return undefined;
    }
    const trigger = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateTrigStmt');
    if (trigger)
        return existing((0,postgres_ast/* relationName */.CJ)(trigger.relation));
    const policy = (0,postgres_ast/* nodeAs */.hK)(node, 'CreatePolicyStmt') ?? (0,postgres_ast/* nodeAs */.hK)(node, 'AlterPolicyStmt');
    if (policy)
        return existing((0,postgres_ast/* relationName */.CJ)(policy.table));
    const rule = (0,postgres_ast/* nodeAs */.hK)(node, 'RuleStmt');
    if (rule)
        return existing((0,postgres_ast/* relationName */.CJ)(rule.relation));
    const create = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateStmt');
    if (create) {
        for (const parent of create.inhRelations ?? []) {
            const hit = existing((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(parent, 'RangeVar')));
            if (hit)
                return `${hit} (parent of the new table)`;
        }
        const { columns, constraints } = (0,postgres_ast/* tableElements */.Kf)(create.tableElts);
        const fks = [...constraints, ...columns.flatMap((c) => (c.constraints ?? []).map((n) => (0,postgres_ast/* nodeAs */.hK)(n, 'Constraint')).filter(Boolean))];
        for (const con of fks) {
            if (con.contype !== 'CONSTR_FOREIGN')
                continue;
            const hit = existing((0,postgres_ast/* relationName */.CJ)(con.pktable));
            if (hit)
                return `${hit} (referenced by a new foreign key)`;
        }
        return undefined;
    }
    const cluster = (0,postgres_ast/* nodeAs */.hK)(node, 'ClusterStmt');
    if (cluster)
        return cluster.relation ? existing((0,postgres_ast/* relationName */.CJ)(cluster.relation)) : 'every clustered table';
    const vacuum = (0,postgres_ast/* nodeAs */.hK)(node, 'VacuumStmt');
    if (vacuum)
        return vacuum.is_vacuumcmd && (0,postgres_ast/* hasOption */.Kz)(vacuum.options, 'full') ? 'the vacuumed tables' : undefined;
    const reindex = (0,postgres_ast/* nodeAs */.hK)(node, 'ReindexStmt');
    if (reindex)
        return (0,postgres_ast/* hasOption */.Kz)(reindex.params, 'concurrently') ? undefined : (existing((0,postgres_ast/* relationName */.CJ)(reindex.relation)) ?? reindex.name ?? undefined);
    const lock = (0,postgres_ast/* nodeAs */.hK)(node, 'LockStmt');
    if (lock)
        return 'the locked tables';
    const refresh = (0,postgres_ast/* nodeAs */.hK)(node, 'RefreshMatViewStmt');
    if (refresh)
        return existing((0,postgres_ast/* relationName */.CJ)(refresh.relation));
    return undefined;
}
/** Statement types Squawk counts as possibly slow DDL; used only to explain why dbops stays silent. */
const DDL_KIND = /^(Create|Alter|Drop|Rename|Index|Truncate|Cluster|Vacuum|Reindex|Lock|RefreshMatView|Comment|Define|CompositeType|View|Rule|Dropdb|Createdb)/;
const missingLockTimeout = {
    code: 'DB411',
    name: 'missing-lock-timeout',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A changeset takes a lock on an existing object without a lock_timeout set first.',
    hint: "Start the changeset with SET LOCAL lock_timeout = '2s' (or set it on the connection).",
    why: 'A statement that needs a strong lock waits behind long-running queries, and every query that arrives after it ' +
        'waits behind it: one slow report turns an instant ALTER TABLE into an outage. A lock_timeout makes the ' +
        'statement give up (and the deployment fail cleanly) instead.',
    fix: "Add `SET LOCAL lock_timeout = '2s';` as the first statement of the changeset (or `SET lock_timeout` once earlier " +
        'in the same run), and retry the deployment if it times out. Reported once per changeset, at the first statement that locks an existing object.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;' },
        nearMiss: { sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE person ADD COLUMN nickname text;" },
    },
    peers: { squawk: ['require-lock-timeout', 'require-timeout-settings'], bytebase: [], atlas: [] },
    kinds: '*',
    create: () => {
        let reported = false;
        let ddl = false;
        return {
            statement(ctx) {
                if (reported)
                    return;
                if (DDL_KIND.test(ctx.current.unit.kind))
                    ddl = true;
                if (ctx.timeline.lockTimeoutSet || !LOCKING_KINDS.has(ctx.current.unit.kind))
                    return;
                const locked = lockedExistingObject(ctx.node, ctx.timeline);
                if (!locked)
                    return;
                reported = true;
                ctx.report({ message: `This statement locks ${locked} with no lock_timeout set, so it can queue every query on it behind a long-running one.` });
            },
            changeSetEnd(ctx) {
                if (!reported && ddl && !ctx.timeline.lockTimeoutSet)
                    ctx.exempt('no-lock-on-existing-object');
                reported = false;
                ddl = false;
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/column-definitions.js

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
function isSerialType(typeName) {
    const parts = typeName?.names ?? [];
    const last = (0,postgres_ast/* nodeAs */.hK)(parts[parts.length - 1], 'String')?.sval?.toLowerCase();
    return parts.length === 1 && last !== undefined && SERIAL_TYPES.has(last);
}
function idLike(column, typeName, constraints, keyColumns) {
    return (column === 'id' ||
        column.endsWith('_id') ||
        keyColumns.has(column) ||
        isSerialType(typeName) ||
        constraints.some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_IDENTITY'));
}
/**
 * Several rules read the same statement's columns: they are worked out once per node (parse
 * results are shared and never changed, so a node is a safe key).
 */
const known = new WeakMap();
function columnDefinitions(node) {
    let found = known.get(node);
    if (!found)
        known.set(node, (found = readColumnDefinitions(node)));
    return found;
}
function readColumnDefinitions(node) {
    const out = [];
    const create = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateStmt');
    if (create) {
        const table = (0,postgres_ast/* relationName */.CJ)(create.relation);
        if (!table)
            return out;
        const { columns, constraints } = (0,postgres_ast/* tableElements */.Kf)(create.tableElts);
        const keyColumns = new Set();
        for (const con of constraints) {
            if (con.contype === 'CONSTR_PRIMARY')
                (0,postgres_ast/* keyNames */.mu)(con.keys).forEach((k) => keyColumns.add(k));
            if (con.contype === 'CONSTR_FOREIGN')
                (0,postgres_ast/* keyNames */.mu)(con.fk_attrs).forEach((k) => keyColumns.add(k));
        }
        for (const col of columns) {
            if (!col.colname || !col.typeName)
                continue;
            out.push({
                table,
                column: col.colname,
                typeName: col.typeName,
                type: (0,postgres_ast/* columnType */.DW)(col.typeName),
                via: 'create-table',
                looksLikeId: idLike(col.colname, col.typeName, (0,postgres_ast/* columnConstraints */.zD)(col), keyColumns),
            });
        }
        return out;
    }
    const alter = (0,postgres_ast/* nodeAs */.hK)(node, 'AlterTableStmt');
    if (alter && alter.objtype === 'OBJECT_TABLE') {
        const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
        if (!table)
            return out;
        for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
            const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
            if (!col?.typeName)
                continue;
            if (cmd.subtype === 'AT_AddColumn' && col.colname) {
                out.push({
                    table,
                    column: col.colname,
                    typeName: col.typeName,
                    type: (0,postgres_ast/* columnType */.DW)(col.typeName),
                    via: 'add-column',
                    looksLikeId: idLike(col.colname, col.typeName, (0,postgres_ast/* columnConstraints */.zD)(col), new Set()),
                });
            }
            else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
                out.push({
                    table,
                    column: cmd.name,
                    typeName: col.typeName,
                    type: (0,postgres_ast/* columnType */.DW)(col.typeName),
                    via: 'alter-type',
                    looksLikeId: idLike(cmd.name, col.typeName, [], new Set()),
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./policy/rules/no-char-type.js


const noCharType = {
    code: 'DB504',
    name: 'no-char-type',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'char(n) / character(n) column.',
    hint: 'Use text (with a CHECK on the length if needed).',
    why: 'char(n) pads values with spaces, compares ignoring them and strips them on cast to text: surprising results, ' +
        'and no saving in space or speed over text.',
    fix: 'Declare `text`; for fixed-length codes add `CHECK (char_length(col) = n)`.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN country_code char(2);' },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN country_code text;' },
    },
    peers: { squawk: ['ban-char-field'], bytebase: ['COLUMN_MAXIMUM_CHARACTER_LENGTH', 'COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            for (const def of columnDefinitions(ctx.node)) {
                const type = def.type;
                if (type?.name !== 'bpchar')
                    continue;
                ctx.report({ message: `${(0,postgres_ast/* formatRelation */.sE)(def.table)}.${def.column} is ${type.display}: blank-padded fixed-length text.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/not-null-on-existing-column.js

const notNullOnExistingColumn = {
    code: 'DB302',
    name: 'not-null-on-existing-column',
    family: 'data-dependent',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'SET NOT NULL on a column of a table that exists before the changesets run.',
    hint: 'Backfill the NULLs in an earlier changeset, and validate a CHECK (col IS NOT NULL) before SET NOT NULL.',
    why: 'The statement fails if any row holds NULL in the column, which depends on each environment\'s data: it passes ' +
        'in development and fails in production.',
    fix: 'Backfill (`UPDATE … SET col = … WHERE col IS NULL`) in an earlier changeset, add `CHECK (col IS NOT NULL) NOT ' +
        'VALID`, `VALIDATE CONSTRAINT` it, then `SET NOT NULL`. With the validated check in the same set, this rule stays silent.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ALTER COLUMN email SET NOT NULL;' },
        nearMiss: {
            sql: 'ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;\n' +
                'ALTER TABLE person VALIDATE CONSTRAINT ck_person_email_nn;\n' +
                'ALTER TABLE person ALTER COLUMN email SET NOT NULL;',
            changeSet: { runInTransaction: false },
            note: 'A validated NOT NULL check proves there are no NULLs.',
        },
    },
    peers: { squawk: [], bytebase: ['STATEMENT_DISALLOW_ADD_NOT_NULL'], atlas: ['MF104'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const columns = [];
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype === 'AT_SetNotNull' && cmd.name)
                    columns.push(cmd.name);
                const con = cmd.subtype === 'AT_AddConstraint' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint') : undefined;
                if (con?.contype === 'CONSTR_NOTNULL')
                    columns.push(...(0,postgres_ast/* keyNames */.mu)(con.keys));
            }
            if (!columns.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            const unproven = columns.filter((c) => !ctx.timeline.hasValidatedNotNullCheck(table, c));
            if (unproven.length < columns.length)
                ctx.exempt('validated-not-null-check');
            if (!unproven.length)
                return;
            ctx.report({
                message: `SET NOT NULL on ${unproven.map((c) => `${(0,postgres_ast/* formatRelation */.sE)(table)}.${c}`).join(', ')} fails if existing rows hold NULL.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/prefer-bigint.js


const SMALL_INTEGERS = new Set(['int2', 'int4', 'serial', 'serial2', 'serial4', 'smallserial']);
const preferBigint = {
    code: 'DB501',
    name: 'prefer-bigint',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'integer / smallint / serial for an id column (or any column, with `columns: all`).',
    hint: 'Use bigint (or bigint GENERATED … AS IDENTITY) for ids.',
    why: 'A 32-bit id runs out at about 2.1 billion, a 16-bit one at 32,767; sequences and foreign keys get there ' +
        'sooner than expected, and widening the column later rewrites the table and every referencing one under an ' +
        'ACCESS EXCLUSIVE lock. bigint costs four more bytes per row.',
    fix: 'Declare ids (primary keys, identity and serial columns, foreign keys, `*_id` columns) as `bigint`.',
    examples: {
        triggers: { sql: 'CREATE TABLE person (id serial PRIMARY KEY, name text);' },
        nearMiss: {
            sql: 'CREATE TABLE person (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, age integer);',
            note: 'age is not an id; with `columns: all` it would be flagged too.',
        },
    },
    peers: { squawk: ['prefer-bigint-over-int', 'prefer-bigint-over-smallint'], bytebase: ['INDEX_PRIMARY_KEY_TYPE_ALLOWLIST'], atlas: [] },
    options: {
        columns: {
            type: 'enum',
            values: ['ids', 'all'],
            default: 'ids',
            description: '`ids`: primary keys, identity and serial columns, foreign keys and columns named `id` or `*_id`; `all`: every column.',
        },
    },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: (options) => ({
        statement(ctx) {
            for (const def of columnDefinitions(ctx.node)) {
                const type = def.type;
                if (!type || !SMALL_INTEGERS.has(type.name))
                    continue;
                if (options.columns !== 'all' && !def.looksLikeId) {
                    ctx.exempt('not-an-id-column');
                    continue;
                }
                ctx.report({ message: `${(0,postgres_ast/* formatRelation */.sE)(def.table)}.${def.column} is ${type.display}: ${type.name.includes('2') || type.name === 'smallserial' ? '16' : '32'}-bit ids run out.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/prefer-identity.js


const preferIdentity = {
    code: 'DB505',
    name: 'prefer-identity',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'serial / bigserial / smallserial column.',
    hint: 'Use bigint GENERATED ALWAYS AS IDENTITY.',
    why: 'serial is a macro for a separately owned sequence and a default: permissions, dumps and copies of the table ' +
        'treat the sequence separately, and nothing stops inserts from bypassing it. Identity columns are the SQL-standard, managed form.',
    fix: 'Declare `bigint GENERATED ALWAYS AS IDENTITY` (or `BY DEFAULT` when rows are sometimes inserted with explicit ids).',
    examples: {
        triggers: { sql: 'CREATE TABLE tag (id bigserial PRIMARY KEY, label text);' },
        nearMiss: { sql: 'CREATE TABLE tag (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text);' },
    },
    peers: { squawk: ['prefer-identity'], bytebase: [], atlas: [] },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            for (const def of columnDefinitions(ctx.node)) {
                if (!isSerialType(def.typeName))
                    continue;
                ctx.report({ message: `${(0,postgres_ast/* formatRelation */.sE)(def.table)}.${def.column} is ${def.type?.display ?? 'serial'}, not an identity column.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/prefer-text-over-varchar.js


const preferTextOverVarchar = {
    code: 'DB503',
    name: 'prefer-text-over-varchar',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'varchar(n) column.',
    hint: 'Use text, with a CHECK (char_length(col) <= n) if the limit matters.',
    why: 'In PostgreSQL varchar(n) is no faster or smaller than text. The length limit is part of the type, so raising ' +
        'it later is a type change (and lowering it a rewrite), while a CHECK constraint can be replaced with NOT VALID.',
    fix: 'Declare `text` and, when the limit is a business rule, add `CHECK (char_length(col) <= n)`.',
    examples: {
        triggers: { sql: 'CREATE TABLE country (code varchar(2) PRIMARY KEY);' },
        nearMiss: { sql: 'CREATE TABLE country (code text PRIMARY KEY CHECK (char_length(code) = 2));' },
    },
    peers: { squawk: ['prefer-text-field'], bytebase: ['COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            for (const def of columnDefinitions(ctx.node)) {
                const type = def.type;
                if (type?.name !== 'varchar' || !type.mods.length)
                    continue;
                ctx.report({ message: `${(0,postgres_ast/* formatRelation */.sE)(def.table)}.${def.column} is ${type.display}: the limit is part of the type.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/prefer-timestamptz.js


const preferTimestamptz = {
    code: 'DB502',
    name: 'prefer-timestamptz',
    family: 'types',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'timestamp (without time zone) column.',
    hint: 'Use timestamptz.',
    why: '`timestamp` stores a wall-clock reading with no zone: the same value means different instants for clients in ' +
        'different zones, and daylight-saving changes make values ambiguous. `timestamptz` stores an instant in the same 8 bytes.',
    fix: 'Declare the column `timestamptz` (`timestamp with time zone`).',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN last_login timestamp;' },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN last_login timestamptz;' },
    },
    peers: { squawk: ['prefer-timestamp-tz', 'prefer-timestamptz'], bytebase: ['COLUMN_TYPE_DISALLOW_LIST'], atlas: [] },
    kinds: ['CreateStmt', 'AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            for (const def of columnDefinitions(ctx.node)) {
                const type = def.type;
                if (type?.name !== 'timestamp')
                    continue;
                ctx.report({ message: `${(0,postgres_ast/* formatRelation */.sE)(def.table)}.${def.column} is timestamp without time zone.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/reindex-not-concurrently.js

const reindexNotConcurrently = {
    code: 'DB412',
    name: 'reindex-not-concurrently',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'REINDEX without CONCURRENTLY on existing objects.',
    hint: 'Use REINDEX … CONCURRENTLY in its own changeset with runInTransaction="false".',
    why: 'A plain REINDEX locks out writes to the table (and reads that would use the index) until every index is rebuilt.',
    fix: '`REINDEX INDEX CONCURRENTLY …` or `REINDEX TABLE CONCURRENTLY …` (PostgreSQL 12+), in a non-transactional changeset.',
    examples: {
        triggers: { sql: 'REINDEX TABLE person;' },
        nearMiss: { sql: 'REINDEX TABLE CONCURRENTLY person;', changeSet: { runInTransaction: false } },
    },
    peers: { squawk: ['require-concurrent-reindex'], bytebase: [], atlas: [] },
    kinds: ['ReindexStmt'],
    create: () => ({
        statement(ctx) {
            const reindex = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'ReindexStmt');
            if ((0,postgres_ast/* hasOption */.Kz)(reindex.params, 'concurrently'))
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(reindex.relation);
            if (reindex.kind === 'REINDEX_OBJECT_TABLE' && ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            if (reindex.kind === 'REINDEX_OBJECT_INDEX' && table && ctx.timeline.isIndexOfNewTable(table.name))
                return ctx.exempt('created-in-set');
            const target = table ? (0,postgres_ast/* formatRelation */.sE)(table) : (reindex.name ?? '');
            const kind = (reindex.kind ?? 'REINDEX_OBJECT_TABLE').replace('REINDEX_OBJECT_', '');
            ctx.report({ message: `REINDEX ${kind}${target ? ` ${target}` : ''} rebuilds indexes while blocking writes.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/rename-column.js

const renameColumn = {
    code: 'DB202',
    name: 'rename-column',
    family: 'backward-incompatible',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'Renaming a column of a table that exists before the changesets run.',
    hint: 'Add the new column, write both, backfill, move readers over, then drop the old column.',
    why: 'Code deployed before the change still reads and writes the old column name and fails once the rename commits.',
    fix: 'Expand/contract: add the new column, keep both in sync (trigger or application), switch readers, then drop the old one in a later release.',
    examples: {
        triggers: { sql: 'ALTER TABLE person RENAME COLUMN surname TO last_name;' },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN last_name text;', note: 'Adding a column breaks no client.' },
    },
    peers: { squawk: ['renaming-column'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['BC102'] },
    kinds: ['RenameStmt'],
    create: () => ({
        statement(ctx) {
            const rename = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'RenameStmt');
            if (rename.renameType !== 'OBJECT_COLUMN' || rename.relationType !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(rename.relation);
            if (!table)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({
                message: `Renaming column ${(0,postgres_ast/* formatRelation */.sE)(table)}.${rename.subname ?? '?'} to ${rename.newname ?? '?'} breaks clients that still use the old name.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/rename-table.js

const renameTable = {
    code: 'DB201',
    name: 'rename-table',
    family: 'backward-incompatible',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'Renaming a table that exists before the changesets run.',
    hint: 'Create the new table (or a view under the old name) and move clients over before removing the old name.',
    why: 'Application code running during and after the deployment still uses the old name; every query that names it ' +
        'fails until the new code is out. The rename also needs an ACCESS EXCLUSIVE lock.',
    fix: 'Rename and, in the same changeset, create a view with the old name (`CREATE VIEW old AS SELECT * FROM new`) ' +
        'so that old code keeps working; drop the view once no client uses it.',
    examples: {
        triggers: { sql: 'ALTER TABLE customer RENAME TO client;' },
        nearMiss: {
            sql: 'ALTER TABLE customer RENAME TO client;\nCREATE VIEW customer AS SELECT * FROM client;',
            note: 'A view keeps the old name working.',
        },
    },
    peers: { squawk: ['renaming-table'], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['BC101'] },
    kinds: ['RenameStmt'],
    create: () => ({
        statement(ctx) {
            const rename = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'RenameStmt');
            if (rename.renameType !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(rename.relation);
            if (!table)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            const compatView = ctx.units
                .slice(ctx.current.unitIndex + 1)
                .some((u) => u.unit.kind === 'ViewStmt' && (0,postgres_ast/* nodeAs */.hK)(u.unit.node, 'ViewStmt')?.view?.relname === table.name);
            if (compatView)
                return ctx.exempt('compat-view');
            ctx.report({ message: `Renaming table ${(0,postgres_ast/* formatRelation */.sE)(table)} to ${rename.newname ?? '?'} breaks clients that still use the old name.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/required-column-on-existing-table.js


const requiredColumnOnExistingTable = {
    code: 'DB303',
    name: 'required-column-on-existing-table',
    family: 'data-dependent',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'ADD COLUMN … NOT NULL without a default on a table that exists before the changesets run.',
    hint: 'Give the column a (non-volatile) default, or add it nullable, backfill, then set NOT NULL.',
    why: 'PostgreSQL fills existing rows with NULL, so the statement fails as soon as the table has a row: fine in an ' +
        'empty development database, a failed deployment in production. Old code that inserts without the column breaks too.',
    fix: 'Add `DEFAULT <constant>` (no rewrite since PostgreSQL 11), or add the column nullable, backfill, and `SET NOT NULL` later.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN country_code text NOT NULL;' },
        nearMiss: { sql: "ALTER TABLE person ADD COLUMN country_code text NOT NULL DEFAULT 'NL';" },
    },
    peers: { squawk: ['adding-required-field'], bytebase: ['COLUMN_REQUIRE_DEFAULT'], atlas: ['MF103'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const required = [];
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                if (!col?.colname)
                    continue;
                const constraints = (0,postgres_ast/* columnConstraints */.zD)(col);
                const notNull = constraints.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
                const filled = isSerialType(col.typeName) ||
                    col.raw_default !== undefined ||
                    constraints.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
                if (notNull && !filled)
                    required.push(col.colname);
            }
            if (!required.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            ctx.report({
                message: `Adding NOT NULL column${required.length > 1 ? 's' : ''} ${required.join(', ')} without a default to existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} fails if it has rows.`,
            });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/set-not-null-scan.js

const setNotNullScan = {
    code: 'DB405',
    name: 'set-not-null-scan',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL) to skip the scan.',
    hint: 'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in another changeset, then SET NOT NULL.',
    why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock to prove there is no NULL: reads and writes ' +
        'wait for the scan. Since PostgreSQL 12 a validated `CHECK (col IS NOT NULL)` lets it skip the scan.',
    fix: 'Changeset 1: `ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID`. Changeset 2: `VALIDATE CONSTRAINT …`. ' +
        'Changeset 3: `ALTER COLUMN col SET NOT NULL` (instant) and, optionally, drop the check.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ALTER COLUMN email SET NOT NULL;' },
        nearMiss: {
            sql: 'ALTER TABLE person ADD CONSTRAINT ck_person_email_nn CHECK (email IS NOT NULL) NOT VALID;\n' +
                'ALTER TABLE person VALIDATE CONSTRAINT ck_person_email_nn;\n' +
                'ALTER TABLE person ALTER COLUMN email SET NOT NULL;',
            changeSet: { runInTransaction: false },
            note: 'The validated check makes SET NOT NULL skip the scan.',
        },
    },
    peers: { squawk: ['adding-not-nullable-field', 'constraint-missing-not-valid'], bytebase: ['STATEMENT_DISALLOW_ADD_NOT_NULL'], atlas: ['PG303'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            const columns = [];
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype === 'AT_SetNotNull' && cmd.name)
                    columns.push(cmd.name);
                const con = cmd.subtype === 'AT_AddConstraint' ? (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint') : undefined;
                if (con?.contype === 'CONSTR_NOTNULL')
                    columns.push(...(0,postgres_ast/* keyNames */.mu)(con.keys));
            }
            if (!columns.length)
                return;
            if (ctx.timeline.isNewTable(table))
                return ctx.exempt('created-in-set');
            const scanned = columns.filter((c) => !ctx.timeline.hasValidatedNotNullCheck(table, c));
            if (scanned.length < columns.length)
                ctx.exempt('validated-not-null-check');
            if (!scanned.length)
                return;
            ctx.report({
                message: `SET NOT NULL on ${scanned.map((c) => `${(0,postgres_ast/* formatRelation */.sE)(table)}.${c}`).join(', ')} scans the table while blocking reads and writes.`,
            });
        },
    }),
};

// EXTERNAL MODULE: ./policy/rules/syntax-error.js
var syntax_error = __webpack_require__(8871);
;// CONCATENATED MODULE: ./policy/rules/table-name.js


const tableName = {
    code: 'DB601',
    name: 'table-name',
    family: 'naming',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A new or renamed table whose name does not follow the configured pattern.',
    hint: 'Rename the table to follow the naming convention (option `pattern`).',
    why: 'Consistent names make schemas predictable for people, tools and generated code; mixed case forces quoting everywhere.',
    fix: 'Use the configured convention; by default lower_snake_case (`^[a-z][a-z0-9_]*$`).',
    examples: {
        triggers: { sql: 'CREATE TABLE "OrderItem" (id bigint PRIMARY KEY);' },
        nearMiss: { sql: 'CREATE TABLE order_item (id bigint PRIMARY KEY);' },
    },
    peers: { squawk: [], bytebase: ['NAMING_TABLE'], atlas: ['NM102'] },
    options: {
        pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Regex (starting with `^`) or template the table name must follow.' },
    },
    kinds: ['CreateStmt', 'CreateTableAsStmt', 'RenameStmt'],
    create: (options) => {
        const pattern = (0,naming_pattern/* parseNamingPattern */.kM)(String(options.pattern));
        return {
            statement(ctx) {
                const name = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'CreateStmt')?.relation?.relname ??
                    (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'CreateTableAsStmt')?.into?.rel?.relname ??
                    ((0,postgres_ast/* nodeAs */.hK)(ctx.node, 'RenameStmt')?.renameType === 'OBJECT_TABLE' ? (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'RenameStmt').newname : undefined);
                if (!name || (0,naming_pattern/* followsNamingPattern */.Pd)(name, pattern, { table: name }) !== false)
                    return;
                ctx.report({ message: `Table name ${name} does not follow the naming convention: expected ${(0,naming_pattern/* describeExpectation */.uN)(pattern, { table: name })}.` });
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/table-rewrite-maintenance.js

const tableRewriteMaintenance = {
    code: 'DB414',
    name: 'table-rewrite-maintenance',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'VACUUM FULL or CLUSTER on existing tables.',
    hint: 'Use pg_repack (or REPACK CONCURRENTLY where available) outside the changelog.',
    why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock: the table is unavailable for the whole rewrite.',
    fix: 'Run an online tool such as pg_repack during maintenance, not as part of a deployment.',
    examples: {
        triggers: { sql: 'VACUUM FULL event;', changeSet: { runInTransaction: false } },
        nearMiss: { sql: 'VACUUM (ANALYZE) event;', changeSet: { runInTransaction: false } },
    },
    peers: { squawk: ['prefer-repack'], bytebase: [], atlas: [] },
    kinds: ['VacuumStmt', 'ClusterStmt'],
    create: () => ({
        statement(ctx) {
            let verb;
            let tables;
            const vacuum = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'VacuumStmt');
            if (vacuum) {
                if (!vacuum.is_vacuumcmd || !(0,postgres_ast/* hasOption */.Kz)(vacuum.options, 'full'))
                    return;
                verb = 'VACUUM FULL';
                tables = (vacuum.rels ?? []).flatMap((r) => {
                    const rel = (0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(r, 'VacuumRelation')?.relation);
                    return rel ? [rel] : [];
                });
            }
            else {
                verb = 'CLUSTER';
                const rel = (0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(ctx.node, 'ClusterStmt').relation);
                tables = rel ? [rel] : [];
            }
            if (!tables.length) {
                ctx.report({ message: `${verb} without a table rewrites every table in the database under ACCESS EXCLUSIVE locks.` });
                return;
            }
            const existing = tables.filter((t) => {
                if (!ctx.timeline.isNewTable(t))
                    return true;
                ctx.exempt('created-in-set');
                return false;
            });
            if (existing.length)
                ctx.report({ message: `${verb} ${existing.map(postgres_ast/* formatRelation */.sE).join(', ')} rewrites the table while blocking reads and writes.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/table-without-primary-key.js

const tableWithoutPrimaryKey = {
    code: 'DB705',
    name: 'table-without-primary-key',
    family: 'hygiene',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A table created by the changesets that has no primary key once they have all run.',
    hint: 'Add a primary key (bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, or a natural key).',
    why: 'Without a primary key rows cannot be addressed reliably: logical replication cannot replicate updates and ' +
        'deletes, ORMs misbehave, and duplicates creep in.',
    fix: 'Declare a primary key in the CREATE TABLE, or add one later in the same set of changesets (both satisfy the rule). Temporary tables, partitions and LIKE/INHERITS copies are not checked.',
    examples: {
        triggers: { sql: 'CREATE TABLE page_view (url text, viewed_at timestamptz);' },
        nearMiss: {
            sql: 'CREATE TABLE page_view (url text, viewed_at timestamptz);\nALTER TABLE page_view ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
        },
    },
    peers: { squawk: [], bytebase: ['TABLE_REQUIRE_PK'], atlas: [] },
    kinds: [],
    create: () => ({
        end(ctx) {
            for (const table of ctx.timeline.allCreatedTables()) {
                if (table.hasPrimaryKey || table.temporary || table.derived)
                    continue;
                ctx.report({
                    changeSetIndex: table.site.changeSetIndex,
                    at: ctx.units[table.site.changeSetIndex][table.site.unitIndex],
                    message: `Table ${(0,postgres_ast/* formatRelation */.sE)(table.name)} has no primary key.`,
                });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/transaction-control.js

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CLOSES = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);
const transactionControl = {
    code: 'DB706',
    name: 'transaction-control',
    family: 'hygiene',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'BEGIN / COMMIT / ROLLBACK in a changeset that dbops already runs in a transaction, nested, or left open.',
    hint: 'Remove the transaction statements; use runInTransaction="false" when a statement must run outside one.',
    why: 'dbops wraps each changeset in a transaction and records it in DATABASECHANGELOG in the same transaction. A ' +
        'COMMIT in the SQL ends that transaction early: a later failure leaves part of the changeset applied and unrecorded. ' +
        'Without the wrapper, a nested BEGIN or a BEGIN without COMMIT leaves the session in an unexpected state.',
    fix: 'Delete BEGIN/COMMIT from the SQL. Savepoints are fine.',
    examples: {
        triggers: { sql: 'BEGIN;\nALTER TABLE person ADD COLUMN nickname text;\nCOMMIT;', changeSet: { runInTransaction: true } },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { runInTransaction: true } },
    },
    peers: { squawk: ['transaction-nesting', 'ban-uncommitted-transaction'], bytebase: ['STATEMENT_DISALLOW_COMMIT'], atlas: ['TX201'] },
    kinds: ['TransactionStmt'],
    create: () => {
        // Peers that read ROLLBACK TO as the end of the transaction, or do not know that PREPARE
        // TRANSACTION ends it, flag the valid statements that follow; these flags explain that.
        let rolledBackToSavepoint = false;
        let prepared = false;
        let opened;
        return {
            statement(ctx) {
                const kind = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'TransactionStmt').kind ?? '';
                if (kind === 'TRANS_STMT_ROLLBACK_TO') {
                    rolledBackToSavepoint = true;
                    return ctx.exempt('savepoint-rollback');
                }
                if (kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_ROLLBACK_PREPARED')
                    return ctx.exempt('prepared-transaction');
                if (!OPENS.has(kind) && !CLOSES.has(kind))
                    return;
                const verb = OPENS.has(kind) ? 'BEGIN' : kind.replace('TRANS_STMT_', '');
                if (ctx.changeSet.changeSet.runInTransaction) {
                    ctx.report({ message: `${verb} inside a changeset that dbops runs in a transaction (runInTransaction is true).` });
                }
                else if (OPENS.has(kind) && ctx.timeline.inTransactionBlock) {
                    ctx.report({ message: 'BEGIN while a transaction block is already open.' });
                }
                else if (CLOSES.has(kind) && !ctx.timeline.inTransactionBlock) {
                    ctx.report({ message: `${verb} without a transaction block to end.` });
                }
                else if (rolledBackToSavepoint && CLOSES.has(kind)) {
                    ctx.exempt('savepoint-rollback');
                }
                else if (prepared && OPENS.has(kind)) {
                    ctx.exempt('prepared-transaction');
                }
                if (OPENS.has(kind) && !ctx.timeline.inTransactionBlock)
                    opened = ctx.current;
                rolledBackToSavepoint = false;
                prepared = kind === 'TRANS_STMT_PREPARE';
                if (prepared)
                    ctx.exempt('prepared-transaction');
            },
            changeSetEnd(ctx) {
                rolledBackToSavepoint = false;
                prepared = false;
                if (!ctx.changeSet.changeSet.runInTransaction && ctx.timeline.inTransactionBlock) {
                    ctx.report({ message: 'The changeset leaves a transaction block open (BEGIN without COMMIT).', ...(opened ? { at: opened } : {}) });
                }
                opened = undefined;
            },
        };
    },
};

;// CONCATENATED MODULE: ./policy/rules/truncate-cascade.js

const truncateCascade = {
    code: 'DB106',
    name: 'truncate-cascade',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'TRUNCATE … CASCADE.',
    hint: 'List every table to empty explicitly instead of CASCADE.',
    why: 'CASCADE also empties every table that references the truncated ones through a foreign key, and the tables ' +
        'that reference those: the statement does not say what it deletes.',
    fix: 'Name all the tables in the TRUNCATE (then PostgreSQL refuses if one is missing), without CASCADE.',
    examples: {
        triggers: { sql: 'TRUNCATE account CASCADE;' },
        nearMiss: { sql: 'TRUNCATE account, account_session;', note: 'Explicit list (DB105 still applies to existing tables).' },
    },
    peers: { squawk: ['ban-truncate-cascade'], bytebase: ['STATEMENT_DISALLOW_TRUNCATE'], atlas: [] },
    kinds: ['TruncateStmt'],
    create: () => ({
        statement(ctx) {
            const truncate = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'TruncateStmt');
            if (truncate.behavior !== 'DROP_CASCADE')
                return;
            ctx.report({ message: 'TRUNCATE … CASCADE also empties every table that references these through a foreign key.' });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/truncate-table.js

const truncateTable = {
    code: 'DB105',
    name: 'truncate-table',
    family: 'destructive',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'TRUNCATE of a table that exists before the changesets run.',
    hint: 'Delete the rows you mean with a WHERE clause, or suppress with a reason if emptying the table is intended.',
    why: 'TRUNCATE removes every row at once, takes an ACCESS EXCLUSIVE lock, and cannot be undone by a rollback ' +
        'changeset.',
    fix: 'Use `DELETE … WHERE` for the rows that must go, or keep the TRUNCATE with `-- dbops:ignore DB105 reason: …`.',
    examples: {
        triggers: { sql: 'TRUNCATE audit_log;' },
        nearMiss: {
            sql: "DELETE FROM audit_log WHERE created_at < now() - interval '90 days';",
            note: 'Bounded DELETE: only the rows meant to go.',
        },
    },
    peers: { squawk: [], bytebase: ['STATEMENT_DISALLOW_TRUNCATE'], atlas: [] },
    kinds: ['TruncateStmt'],
    create: () => ({
        statement(ctx) {
            const truncate = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'TruncateStmt');
            const existing = [];
            for (const rel of truncate.relations ?? []) {
                const table = (0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(rel, 'RangeVar'));
                if (!table)
                    continue;
                if (ctx.timeline.isNewTable(table))
                    ctx.exempt('created-in-set');
                else
                    existing.push((0,postgres_ast/* formatRelation */.sE)(table));
            }
            if (existing.length)
                ctx.report({ message: `TRUNCATE ${existing.join(', ')} deletes every row.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/unique-on-existing-table.js

const uniqueOnExistingTable = {
    code: 'DB301',
    name: 'unique-on-existing-table',
    family: 'data-dependent',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A unique index, unique constraint or primary key added to a table that exists before the changesets run.',
    hint: 'Check the existing rows for duplicates (and NULLs for a primary key) in every environment before deploying.',
    why: 'The statement succeeds or fails depending on the data: it passes on an empty development database and fails in ' +
        'production on the first duplicate, leaving the deployment half done.',
    fix: 'Query each environment for duplicates (`SELECT cols, count(*) … GROUP BY cols HAVING count(*) > 1`), clean ' +
        'them up in an earlier changeset, then add the index, preferably `CONCURRENTLY`.',
    examples: {
        triggers: { sql: 'CREATE UNIQUE INDEX CONCURRENTLY uk_person_email ON person (email);' },
        nearMiss: {
            sql: 'CREATE TABLE person (id bigint PRIMARY KEY, email text);\nCREATE UNIQUE INDEX uk_person_email ON person (email);',
            note: 'The table is new, so it has no rows yet.',
        },
    },
    peers: { squawk: [], bytebase: ['SCHEMA_BACKWARD_COMPATIBILITY'], atlas: ['MF101', 'MF102'] },
    kinds: ['IndexStmt', 'AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const index = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'IndexStmt');
            if (index) {
                if (!index.unique)
                    return;
                const table = (0,postgres_ast/* relationName */.CJ)(index.relation);
                if (!table)
                    return;
                if (ctx.timeline.isNewTable(table))
                    return ctx.exempt('created-in-set');
                ctx.report({ message: `Unique index ${index.idxname ?? '(unnamed)'} on existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} fails if its rows hold duplicates.` });
                return;
            }
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype !== 'AT_AddConstraint')
                    continue;
                const con = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                if (!con || (con.contype !== 'CONSTR_UNIQUE' && con.contype !== 'CONSTR_PRIMARY') || (0,postgres_ast/* usesExistingIndex */.Q1)(con))
                    continue;
                if (ctx.timeline.isNewTable(table))
                    return ctx.exempt('created-in-set');
                const what = con.contype === 'CONSTR_PRIMARY' ? 'Primary key' : 'Unique constraint';
                const nulls = con.contype === 'CONSTR_PRIMARY' ? ' or NULLs' : '';
                ctx.report({
                    message: `${what} (${(0,postgres_ast/* keyNames */.mu)(con.keys).join(', ')}) on existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} fails if its rows hold duplicates${nulls}.`,
                });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/statement-tables.js

/**
 * The tables a statement works on, as groups of names that denote related tables: a table with
 * the tables its foreign keys reference, a renamed table with its new name. Used to tell whether
 * the statements of one changeset belong together.
 */
function statementTables(unit) {
    const out = [];
    const add = (r) => {
        if (r)
            out.push((0,postgres_ast/* formatRelation */.sE)(r));
    };
    // The node is read only for the types below (reading it may decode it).
    const node = () => unit.node;
    switch (unit.kind) {
        case 'CreateStmt': {
            const create = (0,postgres_ast/* nodeAs */.hK)(node(), 'CreateStmt');
            add((0,postgres_ast/* relationName */.CJ)(create.relation));
            const { columns, constraints } = (0,postgres_ast/* tableElements */.Kf)(create.tableElts);
            for (const con of constraints)
                add((0,postgres_ast/* relationName */.CJ)(con.pktable));
            for (const col of columns)
                for (const c of col.constraints ?? [])
                    add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(c, 'Constraint')?.pktable));
            for (const parent of create.inhRelations ?? [])
                add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(parent, 'RangeVar')));
            break;
        }
        case 'AlterTableStmt': {
            const alter = (0,postgres_ast/* nodeAs */.hK)(node(), 'AlterTableStmt');
            add((0,postgres_ast/* relationName */.CJ)(alter.relation));
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint')?.pktable));
                for (const c of (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef')?.constraints ?? [])
                    add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(c, 'Constraint')?.pktable));
            }
            break;
        }
        case 'RenameStmt': {
            const rename = (0,postgres_ast/* nodeAs */.hK)(node(), 'RenameStmt');
            const r = (0,postgres_ast/* relationName */.CJ)(rename.relation);
            add(r);
            if (r && rename.renameType === 'OBJECT_TABLE' && rename.newname)
                add({ ...r, name: rename.newname });
            break;
        }
        case 'DropStmt': {
            const drop = (0,postgres_ast/* nodeAs */.hK)(node(), 'DropStmt');
            if (drop.removeType === 'OBJECT_TABLE')
                for (const parts of (0,postgres_ast/* dropObjects */.sP)(drop.objects))
                    add((0,postgres_ast/* relationFromNames */.be)(parts));
            break;
        }
        case 'IndexStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'IndexStmt').relation));
            break;
        case 'InsertStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'InsertStmt').relation));
            break;
        case 'UpdateStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'UpdateStmt').relation));
            break;
        case 'DeleteStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'DeleteStmt').relation));
            break;
        case 'CreateTrigStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'CreateTrigStmt').relation));
            break;
        case 'CreateTableAsStmt':
            add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(node(), 'CreateTableAsStmt').into?.rel));
            break;
        case 'TruncateStmt':
            for (const rel of (0,postgres_ast/* nodeAs */.hK)(node(), 'TruncateStmt').relations ?? [])
                add((0,postgres_ast/* relationName */.CJ)((0,postgres_ast/* nodeAs */.hK)(rel, 'RangeVar')));
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./policy/rules/unrelated-changes.js

/** Groups names connected by appearing in the same statement (union-find). */
function connectedGroups(statements) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        while (parent.get(root) !== root)
            root = parent.get(root);
        parent.set(x, root);
        return root;
    };
    for (const tables of statements) {
        for (const t of tables)
            if (!parent.has(t))
                parent.set(t, t);
        for (const t of tables.slice(1))
            parent.set(find(t), find(tables[0]));
    }
    const groups = new Map();
    for (const t of parent.keys()) {
        const root = find(t);
        const group = groups.get(root);
        if (group)
            group.push(t);
        else
            groups.set(root, [t]);
    }
    return [...groups.values()];
}
const unrelatedChanges = {
    code: 'DB704',
    name: 'unrelated-changes',
    family: 'hygiene',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'One changeset changes tables that are unrelated to each other.',
    hint: 'Split the changeset: one changeset per logical change.',
    why: 'A changeset is the unit of deployment, rollback and review. Unrelated changes in one changeset roll back ' +
        'together, fail together, and hide each other in review.',
    fix: 'Put each change in its own changeset. Statements on the same table, or on tables joined by a foreign key, count as related.',
    examples: {
        triggers: {
            sql: 'CREATE TABLE invoice (id bigint PRIMARY KEY);\nALTER TABLE person ADD COLUMN nickname text;',
            changeSet: { changeTypes: ['createTable', 'addColumn'] },
        },
        nearMiss: {
            sql: 'CREATE TABLE invoice (id bigint PRIMARY KEY, person_id bigint REFERENCES person (id));\nCREATE INDEX idx_invoice_person_id ON invoice (person_id);',
            changeSet: { changeTypes: ['createTable', 'createIndex'] },
        },
    },
    peers: { squawk: [], bytebase: ['STATEMENT_MERGE_ALTER_TABLE'], atlas: [] },
    kinds: [],
    create: () => ({
        changeSetEnd(ctx) {
            const groups = connectedGroups(ctx.units.map((u) => statementTables(u.unit)).filter((t) => t.length));
            if (groups.length < 2)
                return;
            ctx.report({ message: `Changeset changes ${groups.length} unrelated groups of tables: ${groups.map((g) => g.join(', ')).join('; ')}.` });
        },
    }),
};

;// CONCATENATED MODULE: ./policy/non-volatile-functions.js
/**
 * Built-in PostgreSQL 18.6 functions none of whose overloads is VOLATILE: a column default calling
 * only these (and constants, operators, casts) is evaluated once when the column is added, so
 * ADD COLUMN … DEFAULT does not rewrite the table (PostgreSQL 11+). Any other function is assumed
 * volatile.
 *
 * Generated (2478 names) with:
 *   select proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
 *   where nspname = 'pg_catalog' and prokind = 'f'
 *   group by proname having bool_and(provolatile <> 'v') order by proname;
 */
const NAMES = `
abbrev abs aclcontains acldefault aclexplode aclinsert aclitemeq aclitemin aclitemout aclremove
acos acosd acosh age any_in any_out any_value_transfn anyarray_in anyarray_out anyarray_recv
anyarray_send anycompatible_in anycompatible_out anycompatiblearray_in anycompatiblearray_out
anycompatiblearray_recv anycompatiblearray_send anycompatiblemultirange_in
anycompatiblemultirange_out anycompatiblenonarray_in anycompatiblenonarray_out
anycompatiblerange_in anycompatiblerange_out anyelement_in anyelement_out anyenum_in anyenum_out
anymultirange_in anymultirange_out anynonarray_in anynonarray_out anyrange_in anyrange_out
anytextcat area areajoinsel areasel array_agg_array_combine array_agg_array_deserialize
array_agg_array_finalfn array_agg_array_serialize array_agg_array_transfn array_agg_combine
array_agg_deserialize array_agg_finalfn array_agg_serialize array_agg_transfn array_append
array_append_support array_cat array_dims array_eq array_fill array_ge array_gt array_in
array_larger array_le array_length array_lower array_lt array_ndims array_ne array_out
array_position array_positions array_prepend array_prepend_support array_recv array_remove
array_replace array_reverse array_send array_smaller array_sort array_subscript_handler
array_subscript_handler_support array_to_json array_to_string array_to_tsvector array_typanalyze
array_unnest_support array_upper arraycontained arraycontains arraycontjoinsel arraycontsel
arrayoverlap ascii asin asind asinh atan atan2 atan2d atand atanh big5_to_euc_tw big5_to_mic
big5_to_utf8 bit bit_count bit_in bit_length bit_out bit_recv bit_send bitand bitcat bitcmp
biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright bittypmodin
bittypmodout bitxor bool bool_accum bool_accum_inv bool_alltrue bool_anytrue booland_statefunc
booleq boolge boolgt boolin boolle boollt boolne boolor_statefunc boolout boolrecv boolsend
bound_box box box_above box_above_eq box_add box_below box_below_eq box_center box_contain
box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_in box_intersect
box_le box_left box_lt box_mul box_out box_overabove box_overbelow box_overlap box_overleft
box_overright box_recv box_right box_same box_send box_sub bpchar bpchar_larger
bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le bpchar_pattern_lt bpchar_smaller
bpchar_sortsupport bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike
bpcharicregexeq bpcharicregexne bpcharin bpcharle bpcharlike bpcharlt bpcharne bpcharnlike
bpcharout bpcharrecv bpcharregexeq bpcharregexne bpcharsend bpchartypmodin bpchartypmodout
brin_bloom_add_value brin_bloom_consistent brin_bloom_opcinfo brin_bloom_options
brin_bloom_summary_in brin_bloom_summary_out brin_bloom_summary_recv brin_bloom_summary_send
brin_bloom_union brin_inclusion_add_value brin_inclusion_consistent brin_inclusion_opcinfo
brin_inclusion_union brin_minmax_add_value brin_minmax_consistent brin_minmax_multi_add_value
brin_minmax_multi_consistent brin_minmax_multi_distance_date brin_minmax_multi_distance_float4
brin_minmax_multi_distance_float8 brin_minmax_multi_distance_inet
brin_minmax_multi_distance_int2 brin_minmax_multi_distance_int4 brin_minmax_multi_distance_int8
brin_minmax_multi_distance_interval brin_minmax_multi_distance_macaddr
brin_minmax_multi_distance_macaddr8 brin_minmax_multi_distance_numeric
brin_minmax_multi_distance_pg_lsn brin_minmax_multi_distance_tid brin_minmax_multi_distance_time
brin_minmax_multi_distance_timestamp brin_minmax_multi_distance_timetz
brin_minmax_multi_distance_uuid brin_minmax_multi_opcinfo brin_minmax_multi_options
brin_minmax_multi_summary_in brin_minmax_multi_summary_out brin_minmax_multi_summary_recv
brin_minmax_multi_summary_send brin_minmax_multi_union brin_minmax_opcinfo brin_minmax_union
broadcast btarraycmp btboolcmp btboolskipsupport btbpchar_pattern_cmp
btbpchar_pattern_sortsupport btcharcmp btcharskipsupport btequalimage btfloat48cmp btfloat4cmp
btfloat4sortsupport btfloat84cmp btfloat8cmp btfloat8sortsupport btint24cmp btint28cmp btint2cmp
btint2skipsupport btint2sortsupport btint42cmp btint48cmp btint4cmp btint4skipsupport
btint4sortsupport btint82cmp btint84cmp btint8cmp btint8skipsupport btint8sortsupport btnamecmp
btnamesortsupport btnametextcmp btoidcmp btoidskipsupport btoidsortsupport btoidvectorcmp
btrecordcmp btrecordimagecmp btrim bttext_pattern_cmp bttext_pattern_sortsupport bttextcmp
bttextnamecmp bttextsortsupport bttidcmp btvarstrequalimage bytea bytea_larger bytea_smaller
bytea_sortsupport bytea_string_agg_finalfn bytea_string_agg_transfn byteacat byteacmp byteaeq
byteage byteagt byteain byteale bytealike bytealt byteane byteanlike byteaout bytearecv
byteasend cardinality casefold cash_cmp cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2
cash_div_int4 cash_div_int8 cash_eq cash_ge cash_gt cash_in cash_le cash_lt cash_mi
cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4 cash_mul_int8 cash_ne cash_out cash_pl
cash_recv cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center char char_length
character_length chareq charge chargt charin charle charlt charne charout charrecv charsend chr
cideq cidin cidout cidr cidr_in cidr_out cidr_recv cidr_send cidrecv cidsend circle circle_above
circle_add_pt circle_below circle_center circle_contain circle_contain_pt circle_contained
circle_distance circle_div_pt circle_eq circle_ge circle_gt circle_in circle_le circle_left
circle_lt circle_mul_pt circle_ne circle_out circle_overabove circle_overbelow circle_overlap
circle_overleft circle_overright circle_recv circle_right circle_same circle_send circle_sub_pt
close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws
contjoinsel contsel convert convert_from convert_to cos cosd cosh cot cotd crc32 crc32c
cstring_in cstring_out cstring_recv cstring_send cume_dist_final current_database current_schema
current_schemas current_setting current_user database_to_xml database_to_xml_and_xmlschema
database_to_xmlschema date date_add date_bin date_cmp date_cmp_timestamp date_cmp_timestamptz
date_eq date_eq_timestamp date_eq_timestamptz date_ge date_ge_timestamp date_ge_timestamptz
date_gt date_gt_timestamp date_gt_timestamptz date_in date_larger date_le date_le_timestamp
date_le_timestamptz date_lt date_lt_timestamp date_lt_timestamptz date_mi date_mi_interval
date_mii date_ne date_ne_timestamp date_ne_timestamptz date_out date_part date_pl_interval
date_pli date_recv date_send date_skipsupport date_smaller date_sortsupport date_subtract
date_trunc datemultirange daterange daterange_canonical daterange_subdiff datetime_pl
datetimetz_pl dcbrt decode degrees dense_rank_final dexp diagonal diameter dispell_init
dispell_lexize dist_bp dist_bs dist_cpoint dist_cpoly dist_lp dist_ls dist_pathp dist_pb dist_pc
dist_pl dist_polyc dist_polyp dist_ppath dist_ppoly dist_ps dist_sb dist_sl dist_sp div dlog1
dlog10 domain_in domain_recv dpow dround dsimple_init dsimple_lexize dsqrt dsynonym_init
dsynonym_lexize dtrunc elem_contained_by_multirange elem_contained_by_range
elem_contained_by_range_support encode enum_cmp enum_eq enum_first enum_ge enum_gt enum_in
enum_larger enum_last enum_le enum_lt enum_ne enum_out enum_range enum_recv enum_send
enum_smaller eqjoinsel eqsel erf erfc euc_cn_to_mic euc_cn_to_utf8
euc_jis_2004_to_shift_jis_2004 euc_jis_2004_to_utf8 euc_jp_to_mic euc_jp_to_sjis euc_jp_to_utf8
euc_kr_to_mic euc_kr_to_utf8 euc_tw_to_big5 euc_tw_to_mic euc_tw_to_utf8 event_trigger_in
event_trigger_out exp extract factorial family fdw_handler_in fdw_handler_out float4 float48div
float48eq float48ge float48gt float48le float48lt float48mi float48mul float48ne float48pl
float4_accum float4abs float4div float4eq float4ge float4gt float4in float4larger float4le
float4lt float4mi float4mul float4ne float4out float4pl float4recv float4send float4smaller
float4um float4up float8 float84div float84eq float84ge float84gt float84le float84lt float84mi
float84mul float84ne float84pl float8_accum float8_avg float8_combine float8_corr
float8_covar_pop float8_covar_samp float8_regr_accum float8_regr_avgx float8_regr_avgy
float8_regr_combine float8_regr_intercept float8_regr_r2 float8_regr_slope float8_regr_sxx
float8_regr_sxy float8_regr_syy float8_stddev_pop float8_stddev_samp float8_var_pop
float8_var_samp float8abs float8div float8eq float8ge float8gt float8in float8larger float8le
float8lt float8mi float8mul float8ne float8out float8pl float8recv float8send float8smaller
float8um float8up floor flt4_mul_cash flt8_mul_cash fmgr_c_validator fmgr_internal_validator
fmgr_sql_validator format format_type gamma gb18030_to_utf8 gbk_to_utf8 gcd generate_series
generate_series_int4_support generate_series_int8_support generate_series_numeric_support
generate_series_timestamp_support generate_subscripts get_bit get_byte get_current_ts_config
getdatabaseencoding getpgusername gin_cmp_prefix gin_cmp_tslexeme gin_compare_jsonb
gin_consistent_jsonb gin_consistent_jsonb_path gin_extract_jsonb gin_extract_jsonb_path
gin_extract_jsonb_query gin_extract_jsonb_query_path gin_extract_tsquery gin_extract_tsvector
gin_triconsistent_jsonb gin_triconsistent_jsonb_path gin_tsquery_consistent
gin_tsquery_triconsistent ginarrayconsistent ginarrayextract ginarraytriconsistent
ginqueryarrayextract gist_box_consistent gist_box_distance gist_box_penalty gist_box_picksplit
gist_box_same gist_box_union gist_circle_compress gist_circle_consistent gist_circle_distance
gist_point_compress gist_point_consistent gist_point_distance gist_point_fetch
gist_point_sortsupport gist_poly_compress gist_poly_consistent gist_poly_distance
gist_translate_cmptype_common gtsquery_compress gtsquery_consistent gtsquery_penalty
gtsquery_picksplit gtsquery_same gtsquery_union gtsvector_compress gtsvector_consistent
gtsvector_decompress gtsvector_options gtsvector_penalty gtsvector_picksplit gtsvector_same
gtsvector_union gtsvectorin gtsvectorout has_any_column_privilege has_column_privilege
has_database_privilege has_foreign_data_wrapper_privilege has_function_privilege
has_language_privilege has_largeobject_privilege has_parameter_privilege has_schema_privilege
has_sequence_privilege has_server_privilege has_table_privilege has_tablespace_privilege
has_type_privilege hash_aclitem hash_aclitem_extended hash_array hash_array_extended
hash_multirange hash_multirange_extended hash_numeric hash_numeric_extended hash_range
hash_range_extended hash_record hash_record_extended hashbool hashboolextended hashbpchar
hashbpcharextended hashbytea hashbyteaextended hashchar hashcharextended hashcid hashcidextended
hashdate hashdateextended hashenum hashenumextended hashfloat4 hashfloat4extended hashfloat8
hashfloat8extended hashinet hashinetextended hashint2 hashint2extended hashint4 hashint4extended
hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended hashmacaddrextended
hashname hashnameextended hashoid hashoidextended hashoidvector hashoidvectorextended hashtext
hashtextextended hashtid hashtidextended hashvarlena hashvarlenaextended hashxid hashxid8
hashxid8extended hashxidextended height host hostmask iclikejoinsel iclikesel icnlikejoinsel
icnlikesel icregexeqjoinsel icregexeqsel icregexnejoinsel icregexnesel icu_unicode_version
in_range index_am_handler_in index_am_handler_out inet_client_addr inet_client_port
inet_gist_compress inet_gist_consistent inet_gist_fetch inet_gist_penalty inet_gist_picksplit
inet_gist_same inet_gist_union inet_in inet_merge inet_out inet_recv inet_same_family inet_send
inet_server_addr inet_server_port inet_spg_choose inet_spg_config inet_spg_inner_consistent
inet_spg_leaf_consistent inet_spg_picksplit inetand inetmi inetmi_int8 inetnot inetor inetpl
initcap int2 int24div int24eq int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl
int28div int28eq int28ge int28gt int28le int28lt int28mi int28mul int28ne int28pl int2_accum
int2_accum_inv int2_avg_accum int2_avg_accum_inv int2_mul_cash int2_sum int2abs int2and int2div
int2eq int2ge int2gt int2in int2int4_sum int2larger int2le int2lt int2mi int2mod int2mul int2ne
int2not int2or int2out int2pl int2recv int2send int2shl int2shr int2smaller int2um int2up
int2vectorin int2vectorout int2vectorrecv int2vectorsend int2xor int4 int42div int42eq int42ge
int42gt int42le int42lt int42mi int42mul int42ne int42pl int48div int48eq int48ge int48gt
int48le int48lt int48mi int48mul int48ne int48pl int4_accum int4_accum_inv int4_avg_accum
int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div int4eq int4ge
int4gt int4in int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne
int4not int4or int4out int4pl int4range int4range_canonical int4range_subdiff int4recv int4send
int4shl int4shr int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le
int82lt int82mi int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt
int84mi int84mul int84ne int84pl int8_accum int8_accum_inv int8_avg int8_avg_accum
int8_avg_accum_inv int8_avg_combine int8_avg_deserialize int8_avg_serialize int8_mul_cash
int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge int8gt int8in int8inc
int8inc_any int8inc_float8_float8 int8inc_support int8larger int8le int8lt int8mi int8mod
int8mul int8multirange int8ne int8not int8or int8out int8pl int8pl_inet int8range
int8range_canonical int8range_subdiff int8recv int8send int8shl int8shr int8smaller int8um
int8up int8xor integer_pl_date inter_lb inter_sb inter_sl internal_in internal_out interval
interval_avg interval_avg_accum interval_avg_accum_inv interval_avg_combine
interval_avg_deserialize interval_avg_serialize interval_cmp interval_div interval_eq
interval_ge interval_gt interval_hash interval_hash_extended interval_in interval_larger
interval_le interval_lt interval_mi interval_mul interval_ne interval_out interval_pl
interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz
interval_pl_timetz interval_recv interval_send interval_smaller interval_sum interval_support
interval_um intervaltypmodin intervaltypmodout is_normalized isclosed isempty isfinite
ishorizontal iso8859_1_to_utf8 iso8859_to_utf8 iso_to_koi8r iso_to_mic iso_to_win1251
iso_to_win866 isopen isparallel isperp isvertical johab_to_utf8 json_agg_finalfn
json_agg_strict_transfn json_agg_transfn json_array_element json_array_element_text
json_array_elements json_array_elements_text json_array_length json_build_array
json_build_object json_each json_each_text json_extract_path json_extract_path_text json_in
json_object json_object_agg_finalfn json_object_agg_strict_transfn json_object_agg_transfn
json_object_agg_unique_strict_transfn json_object_agg_unique_transfn json_object_field
json_object_field_text json_object_keys json_out json_populate_record json_populate_recordset
json_recv json_send json_strip_nulls json_to_record json_to_recordset json_to_tsvector
json_typeof jsonb_agg_finalfn jsonb_agg_strict_transfn jsonb_agg_transfn jsonb_array_element
jsonb_array_element_text jsonb_array_elements jsonb_array_elements_text jsonb_array_length
jsonb_build_array jsonb_build_object jsonb_cmp jsonb_concat jsonb_contained jsonb_contains
jsonb_delete jsonb_delete_path jsonb_each jsonb_each_text jsonb_eq jsonb_exists jsonb_exists_all
jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt jsonb_hash
jsonb_hash_extended jsonb_in jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object
jsonb_object_agg_finalfn jsonb_object_agg_strict_transfn jsonb_object_agg_transfn
jsonb_object_agg_unique_strict_transfn jsonb_object_agg_unique_transfn jsonb_object_field
jsonb_object_field_text jsonb_object_keys jsonb_out jsonb_path_exists jsonb_path_exists_opr
jsonb_path_exists_tz jsonb_path_match jsonb_path_match_opr jsonb_path_match_tz jsonb_path_query
jsonb_path_query_array jsonb_path_query_array_tz jsonb_path_query_first
jsonb_path_query_first_tz jsonb_path_query_tz jsonb_populate_record jsonb_populate_record_valid
jsonb_populate_recordset jsonb_pretty jsonb_recv jsonb_send jsonb_set jsonb_set_lax
jsonb_strip_nulls jsonb_subscript_handler jsonb_to_record jsonb_to_recordset jsonb_to_tsvector
jsonb_typeof jsonpath_in jsonpath_out jsonpath_recv jsonpath_send justify_days justify_hours
justify_interval koi8r_to_iso koi8r_to_mic koi8r_to_utf8 koi8r_to_win1251 koi8r_to_win866
koi8u_to_utf8 language_handler_in language_handler_out latin1_to_mic latin2_to_mic
latin2_to_win1250 latin3_to_mic latin4_to_mic lcm left length lgamma like like_escape
likejoinsel likesel line line_distance line_eq line_horizontal line_in line_interpt
line_intersect line_out line_parallel line_perp line_recv line_send line_vertical ln log log10
lower lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt
lseg_horizontal lseg_in lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_out
lseg_parallel lseg_perp lseg_recv lseg_send lseg_vertical ltrim macaddr macaddr8 macaddr8_and
macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt macaddr8_in macaddr8_le macaddr8_lt macaddr8_ne
macaddr8_not macaddr8_or macaddr8_out macaddr8_recv macaddr8_send macaddr8_set7bit macaddr_and
macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_in macaddr_le macaddr_lt macaddr_ne
macaddr_not macaddr_or macaddr_out macaddr_recv macaddr_send macaddr_sortsupport make_date
make_interval make_time make_timestamp make_timestamptz makeaclitem masklen matchingjoinsel
matchingsel md5 mic_to_big5 mic_to_euc_cn mic_to_euc_jp mic_to_euc_kr mic_to_euc_tw mic_to_iso
mic_to_koi8r mic_to_latin1 mic_to_latin2 mic_to_latin3 mic_to_latin4 mic_to_sjis mic_to_win1250
mic_to_win1251 mic_to_win866 min_scale mod mode_final money mul_d_interval multirange
multirange_adjacent_multirange multirange_adjacent_range multirange_after_multirange
multirange_after_range multirange_agg_finalfn multirange_agg_transfn
multirange_before_multirange multirange_before_range multirange_cmp
multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem
multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge
multirange_gist_compress multirange_gist_consistent multirange_gt multirange_in
multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt
multirange_minus multirange_ne multirange_out multirange_overlaps_multirange
multirange_overlaps_range multirange_overleft_multirange multirange_overleft_range
multirange_overright_multirange multirange_overright_range multirange_recv multirange_send
multirange_typanalyze multirange_union multirangesel mxid_age name nameconcatoid nameeq
nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq
nameicregexne namein namele nameletext namelike namelt namelttext namene namenetext namenlike
nameout namerecv nameregexeq nameregexne namesend neqjoinsel neqsel netmask network network_cmp
network_eq network_ge network_gt network_larger network_le network_lt network_ne network_overlap
network_smaller network_sortsupport network_sub network_subeq network_subset_support network_sup
network_supeq networkjoinsel networksel nlikejoinsel nlikesel normalize notlike now npoints
num_nonnulls num_nulls numeric numeric_abs numeric_accum numeric_accum_inv numeric_add
numeric_avg numeric_avg_accum numeric_avg_combine numeric_avg_deserialize numeric_avg_serialize
numeric_cmp numeric_combine numeric_deserialize numeric_div numeric_div_trunc numeric_eq
numeric_exp numeric_ge numeric_gt numeric_in numeric_inc numeric_larger numeric_le numeric_ln
numeric_log numeric_lt numeric_mod numeric_mul numeric_ne numeric_out numeric_pl_pg_lsn
numeric_poly_avg numeric_poly_combine numeric_poly_deserialize numeric_poly_serialize
numeric_poly_stddev_pop numeric_poly_stddev_samp numeric_poly_sum numeric_poly_var_pop
numeric_poly_var_samp numeric_power numeric_recv numeric_send numeric_serialize numeric_smaller
numeric_sortsupport numeric_sqrt numeric_stddev_pop numeric_stddev_samp numeric_sub numeric_sum
numeric_support numeric_uminus numeric_uplus numeric_var_pop numeric_var_samp numerictypmodin
numerictypmodout nummultirange numnode numrange numrange_subdiff obj_description octet_length
oid oideq oidge oidgt oidin oidlarger oidle oidlt oidne oidout oidrecv oidsend oidsmaller
oidvectoreq oidvectorge oidvectorgt oidvectorin oidvectorle oidvectorlt oidvectorne oidvectorout
oidvectorrecv oidvectorsend oidvectortypes on_pb on_pl on_ppath on_ps on_sb on_sl
ordered_set_transition ordered_set_transition_multi overlaps overlay parse_ident path path_add
path_add_pt path_contain_pt path_distance path_div_pt path_in path_inter path_length path_mul_pt
path_n_eq path_n_ge path_n_gt path_n_le path_n_lt path_npoints path_out path_recv path_send
path_sub_pt pclose percent_rank_final percentile_cont_float8_final
percentile_cont_float8_multi_final percentile_cont_interval_final
percentile_cont_interval_multi_final percentile_disc_final percentile_disc_multi_final
pg_available_extension_versions pg_available_extensions pg_backend_pid pg_basetype
pg_char_to_encoding pg_client_encoding pg_collation_for pg_collation_is_visible
pg_column_compression pg_column_is_updatable pg_column_size pg_column_toast_chunk_id
pg_conf_load_time pg_config pg_conversion_is_visible pg_current_snapshot pg_current_xact_id
pg_current_xact_id_if_assigned pg_cursor pg_ddl_command_in pg_ddl_command_out
pg_ddl_command_recv pg_ddl_command_send pg_dependencies_in pg_dependencies_out
pg_dependencies_recv pg_dependencies_send pg_describe_object pg_encoding_max_length
pg_encoding_to_char pg_event_trigger_ddl_commands pg_event_trigger_dropped_objects
pg_event_trigger_table_rewrite_oid pg_event_trigger_table_rewrite_reason
pg_extension_update_paths pg_filenode_relation pg_function_is_visible pg_get_acl
pg_get_catalog_foreign_keys pg_get_constraintdef pg_get_expr pg_get_function_arg_default
pg_get_function_arguments pg_get_function_identity_arguments pg_get_function_result
pg_get_function_sqlbody pg_get_functiondef pg_get_indexdef pg_get_keywords pg_get_object_address
pg_get_partition_constraintdef pg_get_partkeydef pg_get_publication_tables
pg_get_replica_identity_index pg_get_replication_slots pg_get_ruledef pg_get_serial_sequence
pg_get_statisticsobjdef pg_get_statisticsobjdef_columns pg_get_statisticsobjdef_expressions
pg_get_triggerdef pg_get_userbyid pg_get_viewdef pg_has_role pg_identify_object
pg_identify_object_as_address pg_index_column_has_property pg_index_has_property
pg_indexam_has_property pg_indexam_progress_phasename pg_input_error_info pg_input_is_valid
pg_is_other_temp_schema pg_listening_channels pg_lsn pg_lsn_cmp pg_lsn_eq pg_lsn_ge pg_lsn_gt
pg_lsn_hash pg_lsn_hash_extended pg_lsn_in pg_lsn_larger pg_lsn_le pg_lsn_lt pg_lsn_mi
pg_lsn_mii pg_lsn_ne pg_lsn_out pg_lsn_pli pg_lsn_recv pg_lsn_send pg_lsn_smaller pg_mcv_list_in
pg_mcv_list_items pg_mcv_list_out pg_mcv_list_recv pg_mcv_list_send pg_my_temp_schema
pg_ndistinct_in pg_ndistinct_out pg_ndistinct_recv pg_ndistinct_send pg_node_tree_in
pg_node_tree_out pg_node_tree_recv pg_node_tree_send pg_numa_available pg_opclass_is_visible
pg_operator_is_visible pg_opfamily_is_visible pg_options_to_table pg_partition_root
pg_postmaster_start_time pg_prepared_statement pg_relation_filenode pg_relation_filepath
pg_relation_is_publishable pg_relation_is_updatable pg_replication_origin_oid
pg_sequence_parameters pg_settings_get_flags pg_show_all_settings pg_size_bytes pg_size_pretty
pg_snapshot_in pg_snapshot_out pg_snapshot_recv pg_snapshot_send pg_snapshot_xip
pg_snapshot_xmax pg_snapshot_xmin pg_split_walfile_name pg_stat_get_activity
pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count
pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start
pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid
pg_stat_get_backend_idset pg_stat_get_backend_pid pg_stat_get_backend_start
pg_stat_get_backend_subxact pg_stat_get_backend_userid pg_stat_get_backend_wait_event
pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start
pg_stat_get_bgwriter_buf_written_clean pg_stat_get_bgwriter_maxwritten_clean
pg_stat_get_bgwriter_stat_reset_time pg_stat_get_blocks_fetched pg_stat_get_blocks_hit
pg_stat_get_buf_alloc pg_stat_get_checkpointer_buffers_written
pg_stat_get_checkpointer_num_performed pg_stat_get_checkpointer_num_requested
pg_stat_get_checkpointer_num_timed pg_stat_get_checkpointer_restartpoints_performed
pg_stat_get_checkpointer_restartpoints_requested pg_stat_get_checkpointer_restartpoints_timed
pg_stat_get_checkpointer_slru_written pg_stat_get_checkpointer_stat_reset_time
pg_stat_get_checkpointer_sync_time pg_stat_get_checkpointer_write_time
pg_stat_get_db_active_time pg_stat_get_db_blk_read_time pg_stat_get_db_blk_write_time
pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit pg_stat_get_db_checksum_failures
pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all
pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock
pg_stat_get_db_conflict_logicalslot pg_stat_get_db_conflict_snapshot
pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace
pg_stat_get_db_deadlocks pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends
pg_stat_get_db_parallel_workers_launched pg_stat_get_db_parallel_workers_to_launch
pg_stat_get_db_session_time pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned
pg_stat_get_db_sessions_fatal pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time
pg_stat_get_db_temp_bytes pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted
pg_stat_get_db_tuples_fetched pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned
pg_stat_get_db_tuples_updated pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback
pg_stat_get_dead_tuples pg_stat_get_function_calls pg_stat_get_function_self_time
pg_stat_get_function_total_time pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time
pg_stat_get_last_autoanalyze_time pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time
pg_stat_get_lastscan pg_stat_get_live_tuples pg_stat_get_mod_since_analyze pg_stat_get_numscans
pg_stat_get_progress_info pg_stat_get_replication_slot pg_stat_get_slru
pg_stat_get_snapshot_timestamp pg_stat_get_subscription pg_stat_get_subscription_stats
pg_stat_get_total_analyze_time pg_stat_get_total_autoanalyze_time
pg_stat_get_total_autovacuum_time pg_stat_get_total_vacuum_time pg_stat_get_tuples_deleted
pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted
pg_stat_get_tuples_newpage_updated pg_stat_get_tuples_returned pg_stat_get_tuples_updated
pg_stat_get_vacuum_count pg_stat_get_wal pg_stat_get_wal_receiver pg_stat_get_wal_senders
pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_databases pg_tablespace_location
pg_timezone_abbrevs_abbrevs pg_timezone_abbrevs_zone pg_timezone_names pg_trigger_depth
pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible pg_ts_template_is_visible
pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff pg_walfile_name
pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above point_add
point_below point_distance point_div point_eq point_horiz point_in point_left point_mul point_ne
point_out point_recv point_right point_send point_sub point_vert poly_above poly_below
poly_center poly_contain poly_contain_pt poly_contained poly_distance poly_in poly_left
poly_npoints poly_out poly_overabove poly_overbelow poly_overlap poly_overleft poly_overright
poly_recv poly_right poly_same poly_send polygon popen position positionjoinsel positionsel
postgresql_fdw_validator pow power prefixjoinsel prefixsel prsd_end prsd_headline prsd_lextype
prsd_nexttoken prsd_start pt_contained_circle pt_contained_poly querytree quote_ident
quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after
range_after_multirange range_agg_finalfn range_agg_transfn range_before range_before_multirange
range_cmp range_contained_by range_contained_by_multirange range_contains range_contains_elem
range_contains_elem_support range_contains_multirange range_eq range_ge range_gist_consistent
range_gist_penalty range_gist_picksplit range_gist_same range_gist_union range_gt range_in
range_intersect range_intersect_agg_transfn range_le range_lt range_merge range_minus range_ne
range_out range_overlaps range_overlaps_multirange range_overleft range_overleft_multirange
range_overright range_overright_multirange range_recv range_send range_sortsupport
range_typanalyze range_union rangesel rank_final raw_array_subscript_handler record_eq record_ge
record_gt record_image_eq record_image_ge record_image_gt record_image_le record_image_lt
record_image_ne record_in record_larger record_le record_lt record_ne record_out record_recv
record_send record_smaller regclass regclassin regclassout regclassrecv regclasssend
regcollationin regcollationout regcollationrecv regcollationsend regconfigin regconfigout
regconfigrecv regconfigsend regdictionaryin regdictionaryout regdictionaryrecv regdictionarysend
regexeqjoinsel regexeqsel regexnejoinsel regexnesel regexp_count regexp_instr regexp_like
regexp_match regexp_matches regexp_replace regexp_split_to_array regexp_split_to_table
regexp_substr regnamespacein regnamespaceout regnamespacerecv regnamespacesend regoperatorin
regoperatorout regoperatorrecv regoperatorsend regoperin regoperout regoperrecv regopersend
regprocedurein regprocedureout regprocedurerecv regproceduresend regprocin regprocout
regprocrecv regprocsend regrolein regroleout regrolerecv regrolesend regtypein regtypeout
regtyperecv regtypesend repeat replace reverse right round row_security_active row_to_json rpad
rtrim satisfies_hash_partition scalargejoinsel scalargesel scalargtjoinsel scalargtsel
scalarlejoinsel scalarlesel scalarltjoinsel scalarltsel scale schema_to_xml
schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen
setweight sha224 sha256 sha384 sha512 shell_in shell_out shift_jis_2004_to_euc_jis_2004
shift_jis_2004_to_utf8 shobj_description sign similar_escape similar_to_escape sin sind sinh
sjis_to_euc_jp sjis_to_mic sjis_to_utf8 slope spg_bbox_quad_config spg_box_quad_choose
spg_box_quad_config spg_box_quad_inner_consistent spg_box_quad_leaf_consistent
spg_box_quad_picksplit spg_kd_choose spg_kd_config spg_kd_inner_consistent spg_kd_picksplit
spg_poly_quad_compress spg_quad_choose spg_quad_config spg_quad_inner_consistent
spg_quad_leaf_consistent spg_quad_picksplit spg_range_quad_choose spg_range_quad_config
spg_range_quad_inner_consistent spg_range_quad_leaf_consistent spg_range_quad_picksplit
spg_text_choose spg_text_config spg_text_inner_consistent spg_text_leaf_consistent
spg_text_picksplit split_part sqrt starts_with statement_timestamp string_agg_combine
string_agg_deserialize string_agg_finalfn string_agg_serialize string_agg_transfn
string_to_array string_to_table strip strpos substr substring system_user table_am_handler_in
table_am_handler_out table_to_xml table_to_xml_and_xmlschema table_to_xmlschema tan tand tanh
text text_ge text_gt text_larger text_le text_lt text_pattern_ge text_pattern_gt text_pattern_le
text_pattern_lt text_smaller text_starts_with_support textanycat textcat texteq texteqname
textgename textgtname texticlike texticlike_support texticnlike texticregexeq
texticregexeq_support texticregexne textin textlen textlename textlike textlike_support
textltname textne textnename textnlike textout textrecv textregexeq textregexeq_support
textregexne textsend thesaurus_init thesaurus_lexize tideq tidge tidgt tidin tidlarger tidle
tidlt tidne tidout tidrecv tidsend tidsmaller time time_cmp time_eq time_ge time_gt time_hash
time_hash_extended time_in time_larger time_le time_lt time_mi_interval time_mi_time time_ne
time_out time_pl_interval time_recv time_send time_smaller time_support timedate_pl timestamp
timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz timestamp_eq timestamp_eq_date
timestamp_eq_timestamptz timestamp_ge timestamp_ge_date timestamp_ge_timestamptz timestamp_gt
timestamp_gt_date timestamp_gt_timestamptz timestamp_hash timestamp_hash_extended timestamp_in
timestamp_larger timestamp_le timestamp_le_date timestamp_le_timestamptz timestamp_lt
timestamp_lt_date timestamp_lt_timestamptz timestamp_mi timestamp_mi_interval timestamp_ne
timestamp_ne_date timestamp_ne_timestamptz timestamp_out timestamp_pl_interval timestamp_recv
timestamp_send timestamp_skipsupport timestamp_smaller timestamp_sortsupport timestamp_support
timestamptypmodin timestamptypmodout timestamptz timestamptz_cmp timestamptz_cmp_date
timestamptz_cmp_timestamp timestamptz_eq timestamptz_eq_date timestamptz_eq_timestamp
timestamptz_ge timestamptz_ge_date timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date
timestamptz_gt_timestamp timestamptz_hash timestamptz_hash_extended timestamptz_in
timestamptz_larger timestamptz_le timestamptz_le_date timestamptz_le_timestamp timestamptz_lt
timestamptz_lt_date timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval
timestamptz_ne timestamptz_ne_date timestamptz_ne_timestamp timestamptz_out
timestamptz_pl_interval timestamptz_recv timestamptz_send timestamptz_smaller
timestamptztypmodin timestamptztypmodout timetypmodin timetypmodout timetz timetz_cmp timetz_eq
timetz_ge timetz_gt timetz_hash timetz_hash_extended timetz_in timetz_larger timetz_le timetz_lt
timetz_mi_interval timetz_ne timetz_out timetz_pl_interval timetz_recv timetz_send
timetz_smaller timetzdate_pl timetztypmodin timetztypmodout timezone to_ascii to_bin to_char
to_date to_hex to_json to_jsonb to_number to_oct to_regclass to_regcollation to_regnamespace
to_regoper to_regoperator to_regproc to_regprocedure to_regrole to_regtype to_regtypemod
to_timestamp to_tsquery to_tsvector transaction_timestamp translate trigger_in trigger_out
trim_array trim_scale trunc ts_debug ts_delete ts_filter ts_headline ts_lexize ts_match_qv
ts_match_tq ts_match_tt ts_match_vq ts_parse ts_rank ts_rank_cd ts_token_type ts_typanalyze
tsm_handler_in tsm_handler_out tsmatchjoinsel tsmatchsel tsmultirange tsq_mcontained
tsq_mcontains tsquery_and tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le tsquery_lt
tsquery_ne tsquery_not tsquery_or tsquery_phrase tsqueryin tsqueryout tsqueryrecv tsquerysend
tsrange tsrange_subdiff tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat
tsvector_eq tsvector_ge tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array
tsvectorin tsvectorout tsvectorrecv tsvectorsend txid_current txid_current_if_assigned
txid_current_snapshot txid_snapshot_in txid_snapshot_out txid_snapshot_recv txid_snapshot_send
txid_snapshot_xip txid_snapshot_xmax txid_snapshot_xmin txid_visible_in_snapshot uhc_to_utf8
unicode_assigned unicode_version unistr unknownin unknownout unknownrecv unknownsend unnest
upper upper_inc upper_inf utf8_to_big5 utf8_to_euc_cn utf8_to_euc_jis_2004 utf8_to_euc_jp
utf8_to_euc_kr utf8_to_euc_tw utf8_to_gb18030 utf8_to_gbk utf8_to_iso8859 utf8_to_iso8859_1
utf8_to_johab utf8_to_koi8r utf8_to_koi8u utf8_to_shift_jis_2004 utf8_to_sjis utf8_to_uhc
utf8_to_win uuid_cmp uuid_eq uuid_extract_timestamp uuid_extract_version uuid_ge uuid_gt
uuid_hash uuid_hash_extended uuid_in uuid_le uuid_lt uuid_ne uuid_out uuid_recv uuid_send
uuid_skipsupport uuid_sortsupport varbit varbit_in varbit_out varbit_recv varbit_send
varbit_support varbitcmp varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin
varbittypmodout varchar varchar_support varcharin varcharout varcharrecv varcharsend
varchartypmodin varchartypmodout version void_in void_out void_recv void_send
websearch_to_tsquery width width_bucket win1250_to_latin2 win1250_to_mic win1251_to_iso
win1251_to_koi8r win1251_to_mic win1251_to_win866 win866_to_iso win866_to_koi8r win866_to_mic
win866_to_win1251 win_to_utf8 window_cume_dist_support window_dense_rank_support
window_ntile_support window_percent_rank_support window_rank_support window_row_number_support
xid xid8_larger xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8in xid8le xid8lt xid8ne xid8out
xid8recv xid8send xideq xideqint4 xidin xidneq xidneqint4 xidout xidrecv xidsend xml xml_in
xml_is_well_formed xml_is_well_formed_content xml_is_well_formed_document xml_out xml_recv
xml_send xmlcomment xmlconcat2 xmlexists xmltext xmlvalidate xpath xpath_exists
`;
let set;
function isNonVolatileBuiltin(name) {
    set ??= new Set(NAMES.split(/\s+/).filter(Boolean));
    return set.has(name.toLowerCase());
}

;// CONCATENATED MODULE: ./policy/rules/volatile-default.js



/**
 * Whether evaluating the expression may call a volatile function: any function that is not a
 * built-in known to be STABLE or IMMUTABLE counts, and so does a subquery.
 */
function mayBeVolatile(node) {
    if (Array.isArray(node))
        return node.some(mayBeVolatile);
    if (node === null || typeof node !== 'object')
        return false;
    const record = node;
    const call = (0,postgres_ast/* nodeAs */.hK)(record, 'FuncCall');
    if (call) {
        const parts = (0,postgres_ast/* names */.Dy)(call.funcname);
        const schema = parts.length > 1 ? parts[0] : undefined;
        if ((schema && schema !== 'pg_catalog') || !isNonVolatileBuiltin(parts[parts.length - 1] ?? ''))
            return true;
        return mayBeVolatile(call.args);
    }
    if ('SubLink' in record)
        return true;
    for (const value of Object.values(record))
        if (typeof value === 'object' && mayBeVolatile(value))
            return true;
    return false;
}
const volatileDefault = {
    code: 'DB407',
    name: 'volatile-default',
    family: 'locking',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'ADD COLUMN whose value is computed per row (volatile default, serial, identity, stored generated) on an existing table.',
    hint: 'Add the column without the default, set the default afterwards, and backfill existing rows in batches.',
    why: 'Since PostgreSQL 11 a constant or stable default is stored once and the ADD COLUMN is instant. A volatile ' +
        'default (`gen_random_uuid()`, `clock_timestamp()`, `nextval` of a serial), an identity or a stored generated ' +
        'column makes PostgreSQL rewrite the whole table under an ACCESS EXCLUSIVE lock.',
    fix: 'Add the column nullable without default; `ALTER COLUMN … SET DEFAULT …` (applies to new rows only); backfill ' +
        'existing rows in batches; then add NOT NULL the safe way (see DB405).',
    examples: {
        triggers: { sql: 'ALTER TABLE account ADD COLUMN public_id uuid DEFAULT gen_random_uuid();' },
        nearMiss: { sql: 'ALTER TABLE account ADD COLUMN created_at timestamptz DEFAULT now();', note: 'now() is STABLE: evaluated once.' },
    },
    peers: { squawk: ['adding-field-with-default'], bytebase: ['COLUMN_DEFAULT_DISALLOW_VOLATILE', 'STATEMENT_DISALLOW_ADD_COLUMN_WITH_DEFAULT'], atlas: ['PG302', 'PG309', 'PG310'] },
    kinds: ['AlterTableStmt'],
    create: () => ({
        statement(ctx) {
            const alter = (0,postgres_ast/* nodeAs */.hK)(ctx.node, 'AlterTableStmt');
            if (alter.objtype !== 'OBJECT_TABLE')
                return;
            const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
            if (!table)
                return;
            for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                if (!col?.colname)
                    continue;
                const constraints = (0,postgres_ast/* columnConstraints */.zD)(col);
                let why;
                if (isSerialType(col.typeName))
                    why = 'a serial type fills every existing row from a sequence';
                else if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY'))
                    why = 'an identity column fills every existing row from a sequence';
                else if (constraints.some((c) => c.contype === 'CONSTR_GENERATED')) {
                    if (constraints.some((c) => c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v'))
                        why = 'a stored generated column is computed for every existing row';
                    else
                        ctx.exempt('virtual-generated-column');
                }
                else {
                    const def = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr ?? col.raw_default;
                    if (def && mayBeVolatile(def))
                        why = 'its default is volatile, so it is evaluated for every existing row';
                    else if (def)
                        ctx.exempt('non-volatile-default');
                }
                if (!why)
                    continue;
                if (ctx.timeline.isNewTable(table)) {
                    ctx.exempt('created-in-set');
                    continue;
                }
                ctx.report({ message: `Adding column ${col.colname} to existing table ${(0,postgres_ast/* formatRelation */.sE)(table)} rewrites the table under an ACCESS EXCLUSIVE lock: ${why}.` });
            }
        },
    }),
};

;// CONCATENATED MODULE: ./policy/rules/catalog.js















































/** Every built-in rule, in code order. Codes are stable: a retired rule's code is never reused. */
const BUILTIN_RULES = [
    syntax_error/* syntaxError */.I,
    invalid_suppression/* invalidSuppression */.R,
    dropTable,
    dropColumn,
    dropSchema,
    dropDatabase,
    truncateTable,
    truncateCascade,
    deleteAllRows,
    renameTable,
    renameColumn,
    dropNotNull,
    changeColumnType,
    uniqueOnExistingTable,
    notNullOnExistingColumn,
    requiredColumnOnExistingTable,
    createIndexNotConcurrently,
    dropIndexNotConcurrently,
    foreignKeyWithoutNotValid,
    checkWithoutNotValid,
    setNotNullScan,
    columnTypeRewrite,
    volatileDefault,
    addPrimaryKey,
    addUniqueConstraint,
    concurrentlyInTransaction,
    missingLockTimeout,
    reindexNotConcurrently,
    detachPartitionNotConcurrently,
    tableRewriteMaintenance,
    preferBigint,
    preferTimestamptz,
    preferTextOverVarchar,
    noCharType,
    preferIdentity,
    identifierTooLong,
    tableName,
    columnName,
    indexName,
    constraintName,
    foreignKeyName,
    irreversibleWithoutRollback,
    missingAuthor,
    missingComment,
    unrelatedChanges,
    tableWithoutPrimaryKey,
    transactionControl,
];
const byKey = new Map();
for (const rule of BUILTIN_RULES) {
    byKey.set(rule.code.toLowerCase(), rule);
    byKey.set(rule.name, rule);
}
/** A rule by code (`DB101`, any case) or name (`drop-table`). */
function findRule(key) {
    return byKey.get(key.trim().toLowerCase());
}
/** The rules of a family. */
function rulesOfFamily(family) {
    return BUILTIN_RULES.filter((r) => r.family === family);
}


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ invalidSuppression)
/* harmony export */ });
/** Findings of this rule come from reading `dbops:ignore` directives, not from a visitor. */
const invalidSuppression = {
    code: 'DB002',
    name: 'invalid-suppression',
    family: 'parser',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    summary: 'A `dbops:ignore` directive without a reason, or naming an unknown rule.',
    hint: 'Write `dbops:ignore <rule>[, <rule>] reason: <why>`.',
    why: 'A suppression is a decision someone must be able to review: it is shown in the report with its reason. A ' +
        'directive without a reason does not suppress anything, and one naming an unknown rule (a typo) would hide nothing.',
    fix: 'Add `reason: …` after the rule list, and check the rule codes or names against docs/rules/README.md.',
    examples: {
        triggers: { sql: '-- dbops:ignore DB101\nDROP TABLE person;' },
        nearMiss: { sql: '-- dbops:ignore DB101 reason: replaced by people, emptied in release 41\nDROP TABLE person;' },
    },
    peers: { squawk: ['unused-ignore'], bytebase: [], atlas: [] },
    kinds: [],
    create: () => ({}),
};


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ syntaxError)
/* harmony export */ });
/** Findings of this rule come from the parser (source `parser`), not from a visitor. */
const syntaxError = {
    code: 'DB001',
    name: 'syntax-error',
    family: 'parser',
    defaultSeverity: 'error',
    enabledByDefault: true,
    summary: 'A statement PostgreSQL\'s parser rejects.',
    hint: 'Fix the SQL; the message is PostgreSQL\'s own.',
    why: 'The statement would fail when the changeset runs. The check uses the PostgreSQL 18 parser itself ' +
        '(libpg-query), so what it rejects, the server rejects too; other statements of the changeset are still checked.',
    fix: 'Correct the statement. psql meta-commands (`\\set`, `\\gset`) and psql variables (`:name`) are not SQL and cannot be in a changelog.',
    examples: {
        triggers: { sql: 'ALTER TABLE person ADD COLUMN;' },
        nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;' },
    },
    peers: { squawk: ['syntax-error'], bytebase: [], atlas: [] },
    kinds: [],
    create: () => ({}),
};


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 1273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ NO_CONTEXTS),
/* harmony export */   Sw: () => (/* binding */ parseRuntimeContexts),
/* harmony export */   Y5: () => (/* binding */ changeSetMatchesContexts),
/* harmony export */   bs: () => (/* binding */ contextExpressionMatches),
/* harmony export */   oD: () => (/* binding */ contextsColumnValue)
/* harmony export */ });
/* harmony import */ var _filter_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6042);

/** No `--contexts`: every changeset runs except those that require (`@`) a context. */
const NO_CONTEXTS = {};
/**
 * Reads `--contexts` (a comma list, or several values).
 *
 * @example parseRuntimeContexts('test, context-b').names // Set { 'test', 'context-b' }
 */
function parseRuntimeContexts(value) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    // Asked again for every changeset of a run, always with the same `--contexts`.
    if (lastRuntimeContexts?.text !== text)
        lastRuntimeContexts = { text, parsed: runtimeContextsOf(text) };
    return lastRuntimeContexts.parsed;
}
let lastRuntimeContexts;
function runtimeContextsOf(text) {
    const parts = (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(text);
    if (parts.length === 0)
        return NO_CONTEXTS;
    return { names: new Set(parts.map((part) => part.toLowerCase())) };
}
/**
 * Whether one context expression (a changeset's, an include's, a property's) accepts the run.
 * A blank expression accepts everything.
 */
function contextExpressionMatches(expression, runtime) {
    const parsed = (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFilterExpression */ .W2)(expression);
    if (parsed === undefined)
        return true;
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFilterExpression */ .mP)(parsed, runtime.names);
}
/** Whether a changeset runs under the run's contexts: its own expression and every inherited one. */
function changeSetMatchesContexts(changeSet, runtime) {
    return (contextExpressionMatches(changeSet.contextFilter, runtime) &&
        changeSet.inheritedContexts.every((inherited) => contextExpressionMatches(inherited, runtime)));
}
/**
 * The CONTEXTS column of DATABASECHANGELOG: the inherited expressions, innermost first, then the
 * changeset's own, joined with ` AND `; a part holding a comma or a space is parenthesised; each
 * part is written as it was spelled. `null` when there is none.
 *
 * @example contextsColumnValue({ contextFilter: 'a, b', inheritedContexts: ['inc'] }) // 'inc AND (a, b)'
 */
function contextsColumnValue(changeSet) {
    const parts = [...changeSet.inheritedContexts].reverse();
    if (changeSet.contextFilter !== undefined)
        parts.push(changeSet.contextFilter);
    const written = parts
        .filter((part) => part.trim() !== '')
        .map((part) => (part.includes(',') || part.includes(' ') ? `(${part})` : part));
    const value = written.join(' AND ').trim();
    return value === '' ? null : value;
}


/***/ }),

/***/ 1026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ dbmsMatches)
/* harmony export */ });
/**
 * A `dbms` attribute (on a changeset, a property, a change, modifySql): a comma list of database
 * short names where `!x` excludes x, `all` matches every database and `none` none (note §2.3).
 */
/**
 * Whether `definition` admits the `target` database short name. An empty or absent definition
 * gives `ifEmpty` (true in every place Liquibase uses it for changesets and properties).
 *
 * @example dbmsMatches('!mysql, h2', 'postgresql') // false: a positive list that omits it
 * @example dbmsMatches('!mysql', 'postgresql') // true: only exclusions
 */
function dbmsMatches(definition, target, ifEmpty = true) {
    if (definition === undefined || definition === null || definition === '')
        return ifEmpty;
    const entries = (Array.isArray(definition) ? definition : String(definition ?? '').split(','))
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    if (entries.length === 0)
        return ifEmpty;
    const wanted = target.toLowerCase();
    if (entries.includes('all'))
        return true;
    if (entries.includes('none'))
        return false;
    if (entries.some((entry) => entry.startsWith('!') && entry.slice(1).trim() === wanted))
        return false;
    const positives = entries.filter((entry) => !entry.startsWith('!'));
    return positives.length === 0 || positives.includes(wanted);
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ FilterExpressionError),
/* harmony export */   W2: () => (/* binding */ parseFilterExpression),
/* harmony export */   mP: () => (/* binding */ evaluateFilterExpression),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export hasRequiredName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8645);

/** A filter expression that cannot be parsed. */
class FilterExpressionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'FilterExpressionError';
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (/\s/.test(ch)) {
            i++;
        }
        else if (ch === '(' || ch === ')' || ch === ',' || ch === '!' || ch === '@') {
            tokens.push({ type: ch });
            i++;
        }
        else {
            let j = i;
            while (j < source.length && !/[\s(),!@]/.test(source[j]))
                j++;
            tokens.push({ type: 'word', text: source.slice(i, j) });
            i = j;
        }
    }
    return tokens;
}
const isKeyword = (token, keyword) => token?.type === 'word' && token.text.toLowerCase() === keyword;
/**
 * Parses an expression. An empty or blank string gives `undefined` (no filter).
 *
 * @example parseFilterExpression('test, !prod and @qa')
 */
function parseFilterExpression(source) {
    if (source === undefined || source === null || source.trim() === '')
        return undefined;
    // A run evaluates the same few expressions for every changeset; the trees are never modified.
    let parsed = parsedExpressions.get(source);
    if (parsed === undefined) {
        parsed = parse(source);
        if (parsedExpressions.size >= 1024)
            parsedExpressions.clear();
        parsedExpressions.set(source, parsed);
    }
    return parsed;
}
const parsedExpressions = new Map();
function parse(source) {
    const tokens = tokenize(source);
    let pos = 0;
    const fail = (what) => {
        throw new FilterExpressionError(`Cannot parse expression '${source}': ${what}`);
    };
    const parseOr = () => {
        const operands = [parseAnd()];
        while (tokens[pos]?.type === ',' || isKeyword(tokens[pos], 'or')) {
            pos++;
            operands.push(parseAnd());
        }
        return operands.length === 1 ? operands[0] : { kind: 'or', operands };
    };
    const parseAnd = () => {
        const operands = [parseUnary()];
        while (isKeyword(tokens[pos], 'and')) {
            pos++;
            operands.push(parseUnary());
        }
        return operands.length === 1 ? operands[0] : { kind: 'and', operands };
    };
    const parseUnary = () => {
        const token = tokens[pos];
        if (token?.type === '!' || (isKeyword(token, 'not') && tokens[pos + 1] !== undefined)) {
            pos++;
            return { kind: 'not', operand: parseUnary() };
        }
        if (token?.type === '@') {
            pos++;
            return markRequired(parseUnary());
        }
        return parsePrimary();
    };
    const parsePrimary = () => {
        const token = tokens[pos];
        if (token === undefined)
            return fail('unexpected end');
        if (token.type === '(') {
            pos++;
            const inner = parseOr();
            if (tokens[pos]?.type !== ')')
                fail('missing )');
            pos++;
            return inner;
        }
        if (token.type !== 'word' || isKeyword(token, 'and') || isKeyword(token, 'or')) {
            return fail(`unexpected '${token.type === 'word' ? token.text : token.type}'`);
        }
        // Words written side by side form one name, as Liquibase compares the whole text.
        const words = [token.text];
        pos++;
        while (tokens[pos]?.type === 'word' && !['and', 'or', 'not'].includes(tokens[pos].text.toLowerCase())) {
            words.push(tokens[pos].text);
            pos++;
        }
        return { kind: 'name', name: words.join(' ').toLowerCase(), required: false };
    };
    const expression = parseOr();
    if (pos < tokens.length)
        fail(`unexpected '${tokens[pos].type === 'word' ? tokens[pos].text : tokens[pos].type}'`);
    return expression;
}
function markRequired(expression) {
    switch (expression.kind) {
        case 'name':
            return { ...expression, required: true };
        case 'not':
            return { kind: 'not', operand: markRequired(expression.operand) };
        default:
            return { kind: expression.kind, operands: expression.operands.map(markRequired) };
    }
}
/** Whether the expression uses `@` anywhere. */
function hasRequiredName(expression) {
    switch (expression.kind) {
        case 'name':
            return expression.required;
        case 'not':
            return hasRequiredName(expression.operand);
        default:
            return expression.operands.some(hasRequiredName);
    }
}
/**
 * Evaluates against supplied names (lower-cased). `undefined` means "nothing supplied": then
 * every part without `@` is true as a whole, and a required name is false.
 */
function evaluateFilterExpression(expression, supplied) {
    if (supplied === undefined && !hasRequiredName(expression))
        return true;
    switch (expression.kind) {
        case 'name':
            return supplied !== undefined && supplied.has(expression.name);
        case 'not':
            return !evaluateFilterExpression(expression.operand, supplied);
        case 'and':
            return expression.operands.every((e) => evaluateFilterExpression(e, supplied));
        case 'or':
            return expression.operands.some((e) => evaluateFilterExpression(e, supplied));
    }
}
/** Splits a comma list the way Liquibase does (trimmed, blanks dropped). */
function splitList(value) {
    if (!value)
        return [];
    return value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ labelsColumnValue),
/* harmony export */   RN: () => (/* binding */ parseRuntimeLabels),
/* harmony export */   V1: () => (/* binding */ changeSetMatchesLabels),
/* harmony export */   qt: () => (/* binding */ parseLabelList),
/* harmony export */   ze: () => (/* binding */ labelsMatch)
/* harmony export */ });
/* harmony import */ var _filter_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6042);

/** Parses `--labels`. A blank value means no filter. */
function parseRuntimeLabels(value) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFilterExpression */ .W2)(text.replace(/\\/g, ''));
}
/** Splits a `labels` attribute into its labels: trimmed, lower-cased, without duplicates (Liquibase's Labels). */
function parseLabelList(value) {
    if (!value)
        return [];
    return [...new Set((0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(value).map((label) => label.toLowerCase()))];
}
/** Whether one list of labels (a changeset's own, or an include's) passes the run's filter. */
function labelsMatch(labels, runtime) {
    if (labels.length === 0 || runtime === undefined)
        return true;
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFilterExpression */ .mP)(runtime, new Set(labels.map((label) => label.toLowerCase())));
}
/** Whether a changeset runs under the run's label filter: its own labels and every inherited list. */
function changeSetMatchesLabels(changeSet, runtime) {
    return (labelsMatch(changeSet.labels, runtime) &&
        changeSet.inheritedLabels.every((inherited) => labelsMatch(parseLabelList(inherited), runtime)));
}
/**
 * The LABELS column of DATABASECHANGELOG: inherited label lists, innermost first, then the
 * changeset's own; each list lower-cased, without duplicates, comma-joined without spaces.
 * `null` when there is none.
 *
 * @example labelsColumnValue({ labels: ['B', 'c'], inheritedLabels: ['inc'] }) // 'inc,b,c'
 */
function labelsColumnValue(changeSet) {
    const lists = [...changeSet.inheritedLabels].reverse().map(parseLabelList);
    lists.push([...changeSet.labels]);
    const parts = lists
        .map((list) => [...new Set(list.map((label) => label.toLowerCase()))].join(','))
        .filter((part) => part !== '');
    const value = parts.join(',');
    return value === '' ? null : value;
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ChangeLogProperties),
/* harmony export */   R: () => (/* binding */ parsePropertiesFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8645);
/* harmony import */ var _context_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1273);
/* harmony import */ var _label_expression_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8590);
/* harmony import */ var _dbms_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1026);




class ChangeLogProperties {
    system = [];
    global = [];
    local = new Map();
    options;
    constructor(options = {}) {
        this.options = options;
        for (const [name, value] of Object.entries(options.environment ?? {})) {
            if (value !== undefined)
                this.system.push({ name, value, filterable: false });
        }
        for (const [name, value] of Object.entries(options.builtIns ?? {}))
            this.global.push({ name, value, filterable: true });
        for (const [name, value] of Object.entries(options.commandLine ?? {}))
            this.global.push({ name, value, filterable: true });
    }
    /** Records a `<property>`; an earlier visible definition of the same name keeps winning. */
    define(definition, changeLogFile) {
        const stored = {
            name: definition.name,
            value: definition.value,
            context: definition.context,
            labels: definition.labels,
            dbms: definition.dbms,
            filterable: true,
        };
        if (definition.global) {
            this.global.push(stored);
        }
        else {
            const list = this.local.get(changeLogFile) ?? [];
            list.push(stored);
            this.local.set(changeLogFile, list);
        }
    }
    /** The raw (unexpanded) value visible for `name` in a changelog, or undefined. */
    lookup(name, scope) {
        const execution = this.executionValue(name, scope);
        if (execution !== undefined)
            return execution;
        const key = name.toLowerCase();
        const lists = [this.system, this.global, this.local.get(scope.changeLogFile) ?? []];
        for (const list of lists) {
            const found = list.find((p) => p.name.toLowerCase() === key && this.visible(p));
            if (found)
                return found.value;
        }
        return undefined;
    }
    /** Whether `name` has a visible value (the `changeLogPropertyDefined` precondition). */
    isDefined(name, scope) {
        return this.lookup(name, scope) !== undefined;
    }
    /**
     * Expands `${name}` references, innermost first (`${a${b}}` looks up `a` + value of `b`), and
     * expands values that themselves hold references. Unknown names follow `missingPropertyMode`.
     *
     * @example properties.expand('create table ${schema}.t', { changeLogFile: 'db/a.xml' })
     */
    expand(text, scope) {
        if (!text.includes('${'))
            return text;
        return this.expandFrom(text, 0, false, scope, new Set()).text;
    }
    /** Properties the changelogs defined (first visible definition of each name), for reports. */
    definedProperties() {
        const result = {};
        const all = [...this.global.slice(Object.keys(this.options.builtIns ?? {}).length + Object.keys(this.options.commandLine ?? {}).length)];
        for (const list of this.local.values())
            all.push(...list);
        for (const property of all) {
            if (this.visible(property) && !(property.name in result))
                result[property.name] = property.value;
        }
        return result;
    }
    visible(property) {
        const hasFilters = Boolean(property.context?.trim() || property.labels?.trim() || property.dbms?.trim());
        if (!property.filterable && !hasFilters)
            return true;
        return ((0,_context_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .contextExpressionMatches */ .bs)(property.context, this.options.contexts ?? _context_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CONTEXTS */ .$K) &&
            (0,_label_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .labelsMatch */ .ze)((0,_label_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLabelList */ .qt)(property.labels), this.options.labels) &&
            (this.options.dbms === undefined || (0,_dbms_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .dbmsMatches */ .e)(property.dbms, this.options.dbms)));
    }
    executionValue(name, scope) {
        switch (name.toUpperCase()) {
            case 'LIQUIBASE_EXECUTION_DEPLOYMENT_ID':
                return this.options.deploymentId;
            case 'LIQUIBASE_EXECUTION_CHANGELOG_FILE':
                return scope.changeLogFile;
            case 'LIQUIBASE_EXECUTION_CHANGESET_ID':
                return scope.changeSet?.id;
            case 'LIQUIBASE_EXECUTION_CHANGESET_AUTHOR':
                return scope.changeSet?.author;
            default:
                return undefined;
        }
    }
    /**
     * Reads from `start`; inside an expression it stops at the closing `}`. Returns the text and
     * where reading stopped, and whether the `}` was found.
     */
    expandFrom(text, start, inExpression, scope, expanding) {
        let out = '';
        let i = start;
        while (i < text.length) {
            const ch = text[i];
            if (ch === '$' && text[i + 1] === '{') {
                const inner = this.expandFrom(text, i + 2, true, scope, expanding);
                i = inner.end;
                if (!inner.closed) {
                    out += `\${${inner.text}`;
                    continue;
                }
                out += this.replacement(inner.text, scope, expanding);
                continue;
            }
            if (ch === '}' && inExpression)
                return { text: out, end: i + 1, closed: true };
            out += ch;
            i++;
        }
        return { text: out, end: i, closed: false };
    }
    replacement(expression, scope, expanding) {
        if (expression.startsWith(':') && this.options.supportPropertyEscaping)
            return `\${${expression.slice(1).trim()}}`;
        const name = expression.trim();
        const value = this.lookup(name, scope);
        if (value === undefined) {
            switch (this.options.missingPropertyMode ?? 'PRESERVE') {
                case 'EMPTY':
                    return '';
                case 'ERROR':
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Could not resolve expression \`\${${expression}}\` in file ${scope.changeLogFile}`, {
                        location: scope.location,
                        changeSet: scope.changeSet?.id !== undefined ? { id: scope.changeSet.id, author: scope.changeSet.author ?? '' } : undefined,
                    });
                default:
                    return `\${${expression}}`;
            }
        }
        // A property whose value refers to itself would loop for ever; Liquibase overflows its stack.
        if (expanding.has(name.toLowerCase())) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Property '${name}' refers to itself`, { location: scope.location });
        }
        if (!value.includes('${'))
            return value;
        expanding.add(name.toLowerCase());
        try {
            return this.expandFrom(value, 0, false, scope, expanding).text;
        }
        finally {
            expanding.delete(name.toLowerCase());
        }
    }
}
/**
 * Reads a Java `.properties` file (`<property file="...">`): `key=value`, `key: value` or
 * `key value`, `#`/`!` comments, `\` line continuations and escapes (`\n`, `\t`, `\uXXXX`).
 */
function parsePropertiesFile(content) {
    const entries = [];
    const physical = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (let i = 0; i < physical.length; i++) {
        let line = physical[i].replace(/^[ \t\f]+/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        while (endsWithOddBackslashes(line) && i + 1 < physical.length) {
            line = line.slice(0, -1) + physical[++i].replace(/^[ \t\f]+/, '');
        }
        let keyEnd = 0;
        while (keyEnd < line.length) {
            const ch = line[keyEnd];
            if (ch === '\\') {
                keyEnd += 2;
                continue;
            }
            if (ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f')
                break;
            keyEnd++;
        }
        const key = line.slice(0, keyEnd);
        let rest = line.slice(keyEnd).replace(/^[ \t\f]+/, '');
        if (rest.startsWith('=') || rest.startsWith(':'))
            rest = rest.slice(1).replace(/^[ \t\f]+/, '');
        entries.push([unescapeProperty(key), unescapeProperty(rest)]);
    }
    return entries;
}
function endsWithOddBackslashes(line) {
    let count = 0;
    for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
function unescapeProperty(text) {
    return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape) => {
        if (escape.startsWith('u') && escape.length === 5)
            return String.fromCharCode(parseInt(escape.slice(1), 16));
        switch (escape) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            default:
                return escape;
        }
    });
}


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger),
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
function processIo() {
    return {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        isTTY: Boolean(process.stderr.isTTY),
        env: process.env,
        cwd: process.cwd(),
    };
}
/** Logs to stderr so that stdout carries only the command's output (SQL, JSON). */
function stderrLogger(io, level, redact) {
    const order = { debug: 0, info: 1, warn: 2, error: 3 };
    const at = (name, prefix) => (message) => {
        if (order[name] >= order[level])
            io.stderr(`${prefix}${redact(message)}\n`);
    };
    return { debug: at('debug', 'debug: '), info: at('info', ''), warn: at('warn', 'warning: '), error: at('error', 'error: ') };
}


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N7: () => (/* binding */ reportError),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./errors.js
var errors = __nccwpck_require__(8645);
// EXTERNAL MODULE: ./version.js
var version = __nccwpck_require__(56);
;// CONCATENATED MODULE: ./cli/arguments.js

/** Options that never take a value. */
const FLAGS = new Set(['help', 'version', 'verbose', 'force', 'no-rename-detection', 'commit', 'dry-run', 'json', 'no-default-policies', 'compare-data', 'require-rollback', 'include-drops', 'overwrite-output-file']);
function parseArguments(argv) {
    const parsed = { options: {}, properties: {}, positionals: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            parsed.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('-D') && arg.length > 2) {
            const body = arg.slice(2);
            const eq = body.indexOf('=');
            if (eq <= 0)
                throw new errors/* ConfigurationError */.j1(`${arg}: a property is written -Dname=value`);
            parsed.properties[body.slice(0, eq)] = body.slice(eq + 1);
            continue;
        }
        if (arg === '-h') {
            parsed.options.help = 'true';
            continue;
        }
        if (arg.startsWith('--')) {
            const body = arg.slice(2);
            const eq = body.indexOf('=');
            const name = kebabCase(eq >= 0 ? body.slice(0, eq) : body);
            if (eq >= 0) {
                parsed.options[name] = body.slice(eq + 1);
            }
            else if (FLAGS.has(name) || i + 1 >= argv.length || isOption(argv[i + 1])) {
                parsed.options[name] = 'true';
            }
            else {
                parsed.options[name] = argv[++i];
            }
            continue;
        }
        if (arg.startsWith('-') && arg.length > 1)
            throw new errors/* ConfigurationError */.j1(`Unknown option ${arg} (options are written --name=value)`);
        if (parsed.command === undefined)
            parsed.command = arg;
        else
            parsed.positionals.push(arg);
    }
    return parsed;
}
function isOption(arg) {
    return arg.startsWith('--') || (arg.startsWith('-D') && arg.includes('='));
}
/** `changeLogFile` → `changelog-file`, `contextFilter` → `context-filter`; kebab-case passes through. */
function kebabCase(name) {
    const aliases = { changeLogFile: 'changelog-file', changelogFile: 'changelog-file' };
    if (aliases[name])
        return aliases[name];
    return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

;// CONCATENATED MODULE: ./cli/help.js
const COMMON_OPTIONS = `Options (as in Liquibase 4; also read from liquibase.properties and LIQUIBASE_COMMAND_* variables):
  --changelog-file=FILE     root changelog (XML, YAML, JSON or formatted SQL)
  --url=URL                 postgresql://user@host:5432/db, jdbc:postgresql://host:5432/db,
                            or pglite:<folder>; omitted: an embedded PostgreSQL in memory
  --username=USER --password=PASSWORD
  --contexts=EXPR           run changesets whose context matches (list or expression)
  --labels=EXPR             label filter expression
  -Dname=value              changelog property for \${name}
  --search-path=DIRS        directories changelog paths are relative to (default: .)
  --defaults-file=FILE      properties file (default: liquibase.properties if present)
  --format=text|json        json: one JSON document on stdout
  --liquibase-schema-name, --database-changelog-table-name, --database-changelog-lock-table-name
  --lock-wait-timeout=SECONDS  how long to wait for another process's lock (default 300)
`;
function generalHelp(commands) {
    const width = Math.max(...Object.keys(commands).map((name) => name.length));
    const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
    return `dbops: database changes shipped like application code (Liquibase-compatible changelogs)

Usage: dbops <command> [options]

Commands:
${lines.join('\n')}

${COMMON_OPTIONS}
Run 'dbops <command> --help' for a command's options.
`;
}
const SCHEMA_FILTERS = '  --schemas=a,b             schemas to read (default: every user schema)\n' +
    '  --include=GLOB,..         only objects whose name matches (orders*, app.*)\n' +
    '  --exclude=GLOB,..         leave these out (wins over --include)\n';
const COMMAND_OPTIONS = {
    'update-count': '  --count=N                 how many pending changesets\n',
    'update-count-sql': '  --count=N\n',
    'update-to-tag': '  --tag=TAG                 stop after the changeset whose tagDatabase sets TAG\n',
    'update-to-tag-sql': '  --tag=TAG\n',
    rollback: '  --tag=TAG                 undo everything applied after TAG\n',
    'rollback-sql': '  --tag=TAG\n',
    'rollback-count': '  --count=N                 undo the last N changesets\n',
    'rollback-count-sql': '  --count=N\n',
    'rollback-to-date': '  --date=DATE               undo changesets applied after DATE (ISO 8601)\n',
    'rollback-to-date-sql': '  --date=DATE\n',
    'future-rollback-count-sql': '  --count=N\n',
    tag: '  --tag=TAG\n',
    'tag-exists': '  --tag=TAG\n',
    'changelog-sync-to-tag': '  --tag=TAG\n',
    status: '  --verbose                 list every changeset, not only the pending ones\n',
    'calculate-checksum': '  --changeset-identifier=PATH::ID::AUTHOR\n',
    'rollback-verify': '  --url=URL                 a SCRATCH database: its pending changesets are applied and rolled back (default: the embedded PostgreSQL)\n' +
        '  --compare-data            also compare the rows of the tables each changeset touches\n' +
        '  --require-rollback        a changeset without any rollback fails the check too\n',
    'policy-check': '  --policy-dir=DIR          your Rego policies (.rego) and OPA-compiled policies (policy.wasm, bundle.tar.gz)\n' +
        '  --config=FILE             rules configuration (default: dbops-policy.yaml if present)\n' +
        '  --environment=ENV         per-environment settings of the configuration\n' +
        '  --fail-on=LEVEL           error | warning | notice | never\n' +
        '  --format=text|json|sarif  sarif: for github/codeql-action/upload-sarif\n' +
        '  --no-default-policies     leave out the Rego policies shipped with dbops\n' +
        '  --url=URL                 check only what this database has not applied yet\n',
    snapshot: '  --url=SOURCE              a database URL (none: the embedded PostgreSQL), changelog:PATH (the schema\n' +
        '                            that changelog builds) or a snapshot file\n' +
        '  --output-file=FILE        write the JSON snapshot there (default: stdout)\n' +
        SCHEMA_FILTERS,
    diff: '  --url=TARGET              what to compare: a database URL, snapshot:FILE.json (or FILE.json,\n' +
        '                            or offline:postgresql?snapshot=FILE.json), or changelog:PATH (applied to\n' +
        '                            a throwaway embedded PostgreSQL, with --contexts/--labels)\n' +
        '  --reference-url=REFERENCE what it should look like (the same forms)\n' +
        '  --reference-username, --reference-password  credentials of the reference database\n' +
        '  --format=text|json        json: the diff object (missing, unexpected, changed, renamed)\n' +
        '  --no-rename-detection     report look-alike tables and columns as a drop and an add\n' +
        SCHEMA_FILTERS +
        '  Exit 0 whether or not they differ (use drift for a check that fails).\n',
    'diff-changelog': '  --url=TARGET --reference-url=REFERENCE  as for diff; the changesets make TARGET look like REFERENCE\n' +
        '  --changelog-file=OUT      the changelog written (.yaml, .yml, .xml, .json, .sql); appended to when it\n' +
        '                            exists (its ids are refused, its comments and layout kept)\n' +
        '  --author=NAME             default: <user> (generated)\n' +
        '  --changeset-id-prefix=P   ids P-1, P-2, ... (default: <epoch ms>-1, ...)\n' +
        '  --contexts=C --labels=L   written on every generated changeset\n' +
        '  --comment=TEXT            put in front of every changeset comment\n' +
        '  --include-drops           also drop what only TARGET has (default: left alone, listed in a warning)\n' +
        '  --no-rename-detection     a drop and an add instead of renameTable/renameColumn\n' +
        SCHEMA_FILTERS,
    'generate-changelog': '  --url=URL                 the database to describe (a snapshot file or changelog:PATH works too)\n' +
        '  --changelog-file=OUT      the changelog written; refused when it exists unless --overwrite-output-file\n' +
        '  --author=NAME             default: <user> (generated)\n' +
        '  --changeset-id-prefix=P --contexts=C --labels=L --comment=TEXT  as for diff-changelog\n' +
        SCHEMA_FILTERS,
    drift: '  --url=URL                 the database to check\n' +
        '  --changelog-file=FILE     its changelog; the changesets its DATABASECHANGELOG records are replayed\n' +
        '                            on the embedded PostgreSQL and the two schemas compared\n' +
        '  --contexts, --labels, -D  as the database was updated with (they decide which modifySql apply)\n' +
        '  --format=text|json\n' +
        '  --no-rename-detection\n' +
        SCHEMA_FILTERS +
        '  Exit 1 on drift, 0 without.\n',
};
function commandHelp(name, summary) {
    const own = COMMAND_OPTIONS[name];
    return `dbops ${name}: ${summary}\n\n${own ? `Command options:\n${own}\n` : ''}${COMMON_OPTIONS}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./changelog/properties.js
var changelog_properties = __nccwpck_require__(1184);
;// CONCATENATED MODULE: ./cli/settings.js





/** Environment variables Liquibase users already set in their pipelines, and ours. */
const ENVIRONMENT_OPTIONS = {
    LIQUIBASE_COMMAND_URL: 'url',
    LIQUIBASE_COMMAND_USERNAME: 'username',
    LIQUIBASE_COMMAND_PASSWORD: 'password',
    LIQUIBASE_COMMAND_CHANGELOG_FILE: 'changelog-file',
    LIQUIBASE_COMMAND_CONTEXTS: 'contexts',
    LIQUIBASE_COMMAND_LABEL_FILTER: 'labels',
    LIQUIBASE_SEARCH_PATH: 'search-path',
    DBOPS_URL: 'url',
    DBOPS_USERNAME: 'username',
    DBOPS_PASSWORD: 'password',
    DBOPS_CHANGELOG_FILE: 'changelog-file',
};
/**
 * Precedence: command line, then environment, then the defaults file (`--defaults-file`, else
 * `liquibase.properties` in the working directory if present).
 */
async function resolveSettings(args, env, cwd) {
    const options = {};
    const properties = {};
    const defaultsFile = args.options['defaults-file'] ?? 'liquibase.properties';
    const defaultsPath = external_node_path_.resolve(cwd, defaultsFile);
    let defaultsText;
    try {
        defaultsText = await (0,promises_.readFile)(defaultsPath, 'utf8');
    }
    catch (error) {
        if (args.options['defaults-file'])
            throw new errors/* ConfigurationError */.j1(`--defaults-file ${defaultsFile}: ${error.message}`);
    }
    if (defaultsText !== undefined) {
        for (const [key, value] of (0,changelog_properties/* parsePropertiesFile */.R)(defaultsText)) {
            if (key.startsWith('parameter.'))
                properties[key.slice('parameter.'.length)] = value;
            else
                options[normalizeOptionName(key)] = value;
        }
    }
    for (const [variable, option] of Object.entries(ENVIRONMENT_OPTIONS)) {
        const value = env[variable];
        if (value !== undefined && value !== '')
            options[option] = value;
    }
    Object.assign(options, args.options);
    Object.assign(properties, args.properties);
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
        throw new errors/* ConfigurationError */.j1(`--format must be text or json (or sarif for policy-check), got '${format}'`);
    const workingDirectory = external_node_path_.resolve(cwd, options['working-directory'] ?? '.');
    return {
        command: args.command,
        changelogFile: options['changelog-file'],
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts ?? options['context-filter'],
        labels: options.labels ?? options['label-filter'],
        searchPath: (options['search-path'] ?? '.').split(',').map((p) => external_node_path_.resolve(workingDirectory, p.trim())),
        properties,
        format,
        options,
        workingDirectory,
    };
}
/** liquibase.properties keys: `changeLogFile`, `liquibase.command.url`, `url` ... → kebab-case option names. */
function normalizeOptionName(key) {
    const bare = key.replace(/^liquibase\.(command\.)?/, '');
    return kebabCase(bare);
}

;// CONCATENATED MODULE: ./cli/main.js





const engine = (name) => async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(2982), __nccwpck_require__.e(8194)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8194))).engineCommand(name);
/** Every command, named as in Liquibase 4 where Liquibase has it. */
const COMMANDS = {
    update: { summary: 'Apply every pending changeset', load: engine('update') },
    'update-sql': { summary: 'Print the SQL update would run (tracking statements included), change nothing', load: engine('update-sql') },
    'update-count': { summary: 'Apply the next --count pending changesets', load: engine('update-count') },
    'update-count-sql': { summary: 'Print the SQL of update-count', load: engine('update-count-sql') },
    'update-to-tag': { summary: 'Apply changesets up to and including the one that sets --tag', load: engine('update-to-tag') },
    'update-to-tag-sql': { summary: 'Print the SQL of update-to-tag', load: engine('update-to-tag-sql') },
    status: { summary: 'List pending changesets (--verbose: every changeset and its state)', load: engine('status') },
    history: { summary: 'List applied changesets, grouped by deployment', load: engine('history') },
    validate: { summary: 'Check the changelog and the stored checksums; change nothing', load: engine('validate') },
    rollback: { summary: 'Undo changesets applied after the --tag', load: engine('rollback') },
    'rollback-sql': { summary: 'Print the SQL of rollback --tag', load: engine('rollback-sql') },
    'rollback-count': { summary: 'Undo the last --count changesets', load: engine('rollback-count') },
    'rollback-count-sql': { summary: 'Print the SQL of rollback-count', load: engine('rollback-count-sql') },
    'rollback-to-date': { summary: 'Undo changesets applied after --date', load: engine('rollback-to-date') },
    'rollback-to-date-sql': { summary: 'Print the SQL of rollback-to-date', load: engine('rollback-to-date-sql') },
    'future-rollback-sql': { summary: 'Print the SQL that would undo the pending changesets once applied', load: engine('future-rollback-sql') },
    'future-rollback-count-sql': { summary: 'future-rollback-sql for the next --count pending changesets', load: engine('future-rollback-count-sql') },
    tag: { summary: 'Tag the current state of the database with --tag', load: engine('tag') },
    'changelog-sync': { summary: 'Record pending changesets as applied without running them', load: engine('changelog-sync') },
    'changelog-sync-sql': { summary: 'Print the SQL of changelog-sync', load: engine('changelog-sync-sql') },
    'changelog-sync-to-tag': { summary: 'changelog-sync up to and including the changeset that sets --tag', load: engine('changelog-sync-to-tag') },
    'mark-next-changeset-ran': { summary: 'Record the next pending changeset as applied without running it', load: engine('mark-next-changeset-ran') },
    'mark-next-changeset-ran-sql': { summary: 'Print the SQL of mark-next-changeset-ran', load: engine('mark-next-changeset-ran-sql') },
    'update-testing-rollback': { summary: 'Update, roll back what it applied, and update again', load: engine('update-testing-rollback') },
    'tag-exists': { summary: 'Say whether a row of DATABASECHANGELOG carries --tag', load: engine('tag-exists') },
    'unexpected-changesets': { summary: 'List applied changesets the changelog no longer contains', load: engine('unexpected-changesets') },
    'clear-checksums': { summary: 'Set every stored checksum to NULL (recomputed on the next update)', load: engine('clear-checksums') },
    'release-locks': { summary: 'Clear the change log lock, whoever holds it', load: engine('release-locks') },
    'list-locks': { summary: 'Show who holds the change log lock', load: engine('list-locks') },
    'policy-check': {
        summary: 'Check the SQL the changesets will run: built-in rules and Rego policies (--format text|json|sarif)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8280), __nccwpck_require__.e(5307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1814))).policyCheckCommand,
    },
    'rollback-verify': {
        summary: 'Apply, roll back and re-apply each pending changeset; report rollbacks that do not restore the schema',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(2982), __nccwpck_require__.e(6987)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6987))).rollbackVerifyCommand,
    },
    'status-matrix': { summary: 'Which changesets each environment has applied (--environments=name=url,...; or DBOPS_ENVIRONMENTS)', load: async () => (await __nccwpck_require__.e(/* import() */ 3981).then(__nccwpck_require__.bind(__nccwpck_require__, 3981))).statusMatrixCommand },
    demo: { summary: 'Run the main job on the embedded PostgreSQL with the example changelog (no setup)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(2982), __nccwpck_require__.e(6574)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6574))).demoCommand },
    'calculate-checksum': { summary: 'Print the checksum of --changeset-identifier path::id::author', load: engine('calculate-checksum') },
    snapshot: { summary: 'Write the schema as a JSON snapshot (--url SOURCE, --output-file F)', load: async () => (await __nccwpck_require__.e(/* import() */ 6736).then(__nccwpck_require__.bind(__nccwpck_require__, 6736))).snapshotCommand },
    diff: { summary: 'Compare two schemas (--url TARGET, --reference-url REFERENCE): databases, snapshot files or changelogs', load: async () => (await __nccwpck_require__.e(/* import() */ 6736).then(__nccwpck_require__.bind(__nccwpck_require__, 6736))).diffCommand },
    'diff-changelog': { summary: 'Write the changesets that make --url look like --reference-url into --changelog-file (appends)', load: async () => (await __nccwpck_require__.e(/* import() */ 2656).then(__nccwpck_require__.bind(__nccwpck_require__, 2656))).diffChangelogCommand },
    'generate-changelog': { summary: 'Write everything in the database as a new changelog (--changelog-file)', load: async () => (await __nccwpck_require__.e(/* import() */ 2656).then(__nccwpck_require__.bind(__nccwpck_require__, 2656))).generateChangelogCommand },
    drift: { summary: 'Check that the database matches what its applied changesets build (exit 1 on drift)', load: async () => (await __nccwpck_require__.e(/* import() */ 4442).then(__nccwpck_require__.bind(__nccwpck_require__, 4442))).driftCommand },
};
/** Runs the CLI; returns the exit code (0 success, 1 failure, 2 usage or configuration error). */
async function runCli(argv, io) {
    let settings;
    try {
        const args = parseArguments(argv);
        if (args.options.version === 'true' || args.command === 'version') {
            io.stdout(`dbops ${version/* DBOPS_VERSION */.m}\n`);
            return 0;
        }
        if (!args.command || args.command === 'help') {
            const topic = args.command === 'help' ? args.positionals[0] : undefined;
            io.stdout(topic && COMMANDS[topic] ? commandHelp(topic, COMMANDS[topic].summary) : generalHelp(COMMANDS));
            return args.command || args.options.help === 'true' ? 0 : 2;
        }
        const entry = COMMANDS[args.command];
        if (!entry) {
            io.stderr(`dbops: unknown command '${args.command}'. Run 'dbops --help' for the list.\n`);
            return 2;
        }
        if (args.options.help === 'true') {
            io.stdout(commandHelp(args.command, entry.summary));
            return 0;
        }
        settings = await resolveSettings(args, io.env, io.cwd);
        const handler = await entry.load();
        return await handler(settings, io);
    }
    catch (error) {
        return reportError(error, io);
    }
}
/** One line that says what failed, then detail; configuration errors exit 2, others 1. */
function reportError(error, io, redact = (t) => t) {
    const message = error instanceof Error ? error.message : String(error);
    const [first, ...rest] = redact(message).split('\n');
    io.stderr(`dbops: ${first}\n`);
    if (rest.length)
        io.stderr(`${rest.join('\n')}\n`);
    if (!(error instanceof errors/* ConfigurationError */.j1) && error instanceof Error && error.stack && io.env.DBOPS_DEBUG)
        io.stderr(`${redact(error.stack)}\n`);
    return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ ChangelogValidationError),
/* harmony export */   br: () => (/* binding */ ChangelogError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Two kinds of failure, as in github/codeql-action: a ConfigurationError means "fix your
 * workflow, changelog or command line"; anything else is a bug or a database failure.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    constructor(message, options) {
        super(message, options);
    }
}
/** A changelog that cannot be read or is invalid. Raised before anything touches the database. */
class ChangelogError extends ConfigurationError {
    name = 'ChangelogError';
    location;
    changeSet;
    /** The message without the location prefix. */
    reason;
    constructor(reason, context = {}, options) {
        super(formatChangelogMessage(reason, context), options);
        this.reason = reason;
        this.location = context.location;
        this.changeSet = context.changeSet;
    }
}
function formatChangelogMessage(reason, { location, changeSet }) {
    const where = [];
    if (location)
        where.push(location.line ? `${location.file}:${location.line}` : location.file);
    if (changeSet)
        where.push(`changeset ${changeSet.id}::${changeSet.author}`);
    return where.length ? `${where.join(', ')}: ${reason}` : reason;
}
/** Several changelog problems found in one pass (validation reports them all, not just the first). */
class ChangelogValidationError extends ConfigurationError {
    errors;
    name = 'ChangelogValidationError';
    constructor(errors) {
        super(errors.length === 1
            ? errors[0].message
            : `${errors.length} changelog errors:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
        this.errors = errors;
    }
}


/***/ }),

/***/ 56:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ DBOPS_VERSION)
/* harmony export */ });
/** dbops's own version (a test keeps it equal to package.json's). */
const DBOPS_VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   Wr: () => (/* reexport safe */ _cli_cli_io_js__WEBPACK_IMPORTED_MODULE_1__.W),
/* harmony export */   ak: () => (/* reexport safe */ _cli_main_js__WEBPACK_IMPORTED_MODULE_0__.ak)
/* harmony export */ });
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3489);
/* harmony import */ var _cli_cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7628);


/** Runs the action `name` (see actions/run-action.ts); loaded on demand, so the CLI does not load the actions' code. */
async function runAction(name, deps) {
    return (await __nccwpck_require__.e(/* import() */ 7068).then(__nccwpck_require__.bind(__nccwpck_require__, 7068))).runAction(name, deps);
}

var __webpack_exports__processIo = __webpack_exports__.Wr;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runCli = __webpack_exports__.ak;
export { __webpack_exports__processIo as processIo, __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };

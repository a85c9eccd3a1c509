export const id = 992;
export const ids = [992];
export const modules = {

/***/ 8303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegoCompileError: () => (/* reexport */ RegoCompileError),
  RegoEvalError: () => (/* reexport */ RegoEvalError),
  RegoObject: () => (/* reexport */ rego_value/* RegoObject */.FC),
  RegoParseError: () => (/* reexport */ RegoParseError),
  RegoSet: () => (/* reexport */ rego_value/* RegoSet */.e1),
  collectPolicyMessages: () => (/* reexport */ policy_messages/* collectPolicyMessages */.j),
  compileModules: () => (/* binding */ compileModules),
  evaluate: () => (/* binding */ evaluate),
  evaluateValues: () => (/* binding */ evaluateValues),
  fromJson: () => (/* reexport */ rego_value/* fromJson */.Rf),
  toJson: () => (/* reexport */ rego_value/* toJson */.aB),
  toValue: () => (/* binding */ toValue)
});

// EXTERNAL MODULE: ./policy/rego/value.js
var rego_value = __webpack_require__(4494);
;// CONCATENATED MODULE: ./policy/rego/errors.js
function formatLocation(loc) {
    return loc ? `${loc.file}:${loc.line}:${loc.col}` : '<unknown>';
}
/** A module that cannot be parsed: the message starts with `file:line:col`. */
class RegoParseError extends Error {
    reason;
    location;
    name = 'RegoParseError';
    constructor(reason, location) {
        super(`${formatLocation(location)}: rego_parse_error: ${reason}`);
        this.reason = reason;
        this.location = location;
    }
}
/**
 * A policy that parses but cannot be compiled: unsafe variables, unknown functions, or Rego this
 * evaluator does not support (the message names the construct so users know what to rewrite).
 */
class RegoCompileError extends Error {
    reason;
    location;
    name = 'RegoCompileError';
    constructor(reason, location) {
        super(location ? `${formatLocation(location)}: rego_compile_error: ${reason}` : `rego_compile_error: ${reason}`);
        this.reason = reason;
        this.location = location;
    }
}
/**
 * An error while evaluating. The message follows OPA's format
 * `<file>:<row>: <code>: <message>` so that users can compare with OPA's output.
 */
class RegoEvalError extends Error {
    code;
    reason;
    location;
    name = 'RegoEvalError';
    constructor(code, reason, location) {
        super(location ? `${location.file}:${location.line}: ${code}: ${reason}` : `${code}: ${reason}`);
        this.code = code;
        this.reason = reason;
        this.location = location;
    }
}
/**
 * Raised by a builtin implementation; the evaluator turns it into a RegoEvalError with the call's
 * location, or makes the call undefined when strict builtin errors are off.
 */
class BuiltinError extends Error {
    code;
    name = 'BuiltinError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./policy/rego/builtins/builtin.js


function def(arity, fn) {
    return { arity, fn };
}
/** OPA's wording: `<name>: operand <n> must be <expected> but got <type>`. */
function operandError(name, pos, expected, got) {
    return new BuiltinError('eval_type_error', `${name}: operand ${pos} must be ${expected} but got ${(0,rego_value/* typeName */.go)(got)}`);
}
function builtinError(name, message) {
    return new BuiltinError('eval_builtin_error', `${name}: ${message}`);
}
function str(name, args, i) {
    const v = args[i];
    if (typeof v !== 'string')
        throw operandError(name, i + 1, 'string', v);
    return v;
}
function num(name, args, i) {
    const v = args[i];
    if (!(0,rego_value/* isNumber */.Et)(v))
        throw operandError(name, i + 1, 'number', v);
    return v;
}
function arr(name, args, i) {
    const v = args[i];
    if (!Array.isArray(v))
        throw operandError(name, i + 1, 'array', v);
    return v;
}
function obj(name, args, i) {
    const v = args[i];
    if (!(v instanceof rego_value/* RegoObject */.FC))
        throw operandError(name, i + 1, 'object', v);
    return v;
}
function set(name, args, i) {
    const v = args[i];
    if (!(v instanceof rego_value/* RegoSet */.e1))
        throw operandError(name, i + 1, 'set', v);
    return v;
}
function bool(name, args, i) {
    const v = args[i];
    if (typeof v !== 'boolean')
        throw operandError(name, i + 1, 'boolean', v);
    return v;
}
/** An integer operand as a JS number (for indexes, counts and similar small integers). */
function builtin_int(name, args, i) {
    const v = num(name, args, i);
    if (typeof v === 'bigint')
        return Number(v);
    if (!Number.isInteger(v))
        throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
    return v;
}
/** Elements of an array or set operand (OPA accepts either for many collection builtins). */
function arrayOrSet(name, args, i) {
    const v = args[i];
    if (Array.isArray(v))
        return [...v];
    if (v instanceof rego_value/* RegoSet */.e1)
        return [...v.values()];
    throw operandError(name, i + 1, 'one of {array, set}', v);
}

;// CONCATENATED MODULE: ./policy/rego/builtins/arithmetic.js



function isInteger(n) {
    return typeof n === 'bigint' || Number.isInteger(n);
}
function big(n) {
    return typeof n === 'bigint' ? n : BigInt(n);
}
function arithmetic_float(n) {
    return Number(n);
}
/** Integers stay exact (as OPA's big.Int); anything with a fraction is a float64. */
function add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b))
            return (0,rego_value/* normalizeNumber */.Jo)(r);
    }
    if (isInteger(a) && isInteger(b))
        return (0,rego_value/* normalizeNumber */.Jo)(big(a) + big(b));
    return (0,rego_value/* normalizeNumber */.Jo)(arithmetic_float(a) + arithmetic_float(b));
}
function subtract(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b))
            return (0,rego_value/* normalizeNumber */.Jo)(r);
    }
    if (isInteger(a) && isInteger(b))
        return (0,rego_value/* normalizeNumber */.Jo)(big(a) - big(b));
    return (0,rego_value/* normalizeNumber */.Jo)(arithmetic_float(a) - arithmetic_float(b));
}
function multiply(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b))
            return (0,rego_value/* normalizeNumber */.Jo)(r);
    }
    if (isInteger(a) && isInteger(b))
        return (0,rego_value/* normalizeNumber */.Jo)(big(a) * big(b));
    return (0,rego_value/* normalizeNumber */.Jo)(arithmetic_float(a) * arithmetic_float(b));
}
function divide(a, b) {
    if (b == 0)
        throw builtinError('div', 'divide by zero');
    if (isInteger(a) && isInteger(b) && big(a) % big(b) === 0n)
        return (0,rego_value/* normalizeNumber */.Jo)(big(a) / big(b));
    return (0,rego_value/* normalizeNumber */.Jo)(arithmetic_float(a) / arithmetic_float(b));
}
function remainder(a, b) {
    if (!isInteger(a) || !isInteger(b))
        throw builtinError('rem', 'modulo on floating-point number');
    if (b == 0)
        throw builtinError('rem', 'modulo by zero');
    return (0,rego_value/* normalizeNumber */.Jo)(big(a) % big(b));
}
/** Go's math.Round: halves away from zero. */
function roundHalfAway(n) {
    return Math.sign(n) * Math.round(Math.abs(n));
}
function numericOrSet(name, args, op, setOp) {
    const [a, b] = args;
    if ((0,rego_value/* isNumber */.Et)(a) && (0,rego_value/* isNumber */.Et)(b))
        return op(a, b);
    if (setOp && a instanceof rego_value/* RegoSet */.e1 && b instanceof rego_value/* RegoSet */.e1)
        return setOp(a, b);
    const expected = setOp ? 'one of {number, set}' : 'number';
    if (!(0,rego_value/* isNumber */.Et)(a) && !(setOp && a instanceof rego_value/* RegoSet */.e1))
        throw operandError(name, 1, expected, a);
    // The first operand decides what the second must be.
    throw operandError(name, 2, (0,rego_value/* isNumber */.Et)(a) ? 'number' : 'set', b);
}
function range(from, to, step) {
    const out = [];
    if (typeof from === 'number' && typeof to === 'number' && typeof step === 'number') {
        if (from <= to)
            for (let i = from; i <= to; i += step)
                out.push(i);
        else
            for (let i = from; i >= to; i -= step)
                out.push(i);
        return out;
    }
    const f = big(from);
    const t = big(to);
    const s = big(step);
    if (f <= t)
        for (let i = f; i <= t; i += s)
            out.push((0,rego_value/* normalizeNumber */.Jo)(i));
    else
        for (let i = f; i >= t; i -= s)
            out.push((0,rego_value/* normalizeNumber */.Jo)(i));
    return out;
}
function rangeInt(name, args, i) {
    const v = num(name, args, i);
    if (!isInteger(v))
        throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
    return v;
}
const arithmeticBuiltins = {
    plus: def(2, (a) => numericOrSet('plus', a, add)),
    minus: def(2, (a) => numericOrSet('minus', a, subtract, (x, y) => new rego_value/* RegoSet */.e1([...x.values()].filter((v) => !y.has(v))))),
    mul: def(2, (a) => numericOrSet('mul', a, multiply)),
    div: def(2, (a) => numericOrSet('div', a, divide)),
    rem: def(2, (a) => numericOrSet('rem', a, remainder)),
    abs: def(1, (a) => {
        const n = num('abs', a, 0);
        return typeof n === 'bigint' ? (0,rego_value/* normalizeNumber */.Jo)(n < 0n ? -n : n) : Math.abs(n);
    }),
    round: def(1, (a) => {
        const n = num('round', a, 0);
        return typeof n === 'bigint' ? n : (0,rego_value/* normalizeNumber */.Jo)(roundHalfAway(n));
    }),
    ceil: def(1, (a) => {
        const n = num('ceil', a, 0);
        return typeof n === 'bigint' ? n : (0,rego_value/* normalizeNumber */.Jo)(Math.ceil(n));
    }),
    floor: def(1, (a) => {
        const n = num('floor', a, 0);
        return typeof n === 'bigint' ? n : (0,rego_value/* normalizeNumber */.Jo)(Math.floor(n));
    }),
    'numbers.range': def(2, (a) => range(rangeInt('numbers.range', a, 0), rangeInt('numbers.range', a, 1), 1)),
    'numbers.range_step': def(3, (a) => {
        const from = rangeInt('numbers.range_step', a, 0);
        const to = rangeInt('numbers.range_step', a, 1);
        const step = rangeInt('numbers.range_step', a, 2);
        if ((0,rego_value/* compareNumbers */.S$)(step, 0) <= 0)
            throw builtinError('numbers.range_step', 'step must be a positive number above zero');
        return range(from, to, step);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/aggregates.js




function numbers(name, args) {
    const items = arrayOrSet(name, args, 0);
    for (const v of items) {
        if (!(0,rego_value/* isNumber */.Et)(v))
            throw new BuiltinError('eval_type_error', `${name}: operand 1 must be one of {set, array} containing numbers but got ${(0,rego_value/* typeName */.go)(v)}`);
    }
    return items;
}
function extreme(name, args, sign) {
    const items = arrayOrSet(name, args, 0);
    if (items.length === 0)
        return undefined;
    return items.reduce((best, v) => ((0,rego_value/* compareValues */.ck)(v, best) * sign > 0 ? v : best));
}
function truthy(name, args, want) {
    const v = args[0];
    let items;
    if (Array.isArray(v))
        items = [...v];
    else if (v instanceof rego_value/* RegoSet */.e1)
        items = [...v.values()];
    else
        throw operandError(name, 1, 'one of {array, set}', v);
    return want ? items.every((x) => x === true) : items.some((x) => x === true);
}
const aggregateBuiltins = {
    count: def(1, ([v]) => {
        if (typeof v === 'string')
            return (0,rego_value/* runeLength */.hO)(v);
        if (Array.isArray(v))
            return v.length;
        if (v instanceof rego_value/* RegoSet */.e1 || v instanceof rego_value/* RegoObject */.FC)
            return v.size;
        throw operandError('count', 1, 'one of {array, object, set, string}', v);
    }),
    sum: def(1, (a) => numbers('sum', a).reduce((s, n) => add(s, n), 0)),
    product: def(1, (a) => numbers('product', a).reduce((s, n) => multiply(s, n), 1)),
    max: def(1, (a) => extreme('max', a, 1)),
    min: def(1, (a) => extreme('min', a, -1)),
    sort: def(1, (a) => arrayOrSet('sort', a, 0).sort(rego_value/* compareValues */.ck)),
    all: def(1, (a) => truthy('all', a, true)),
    any: def(1, (a) => truthy('any', a, false)),
};

;// CONCATENATED MODULE: ./policy/rego/lexer.js

const PUNCT2 = [':=', '==', '!=', '<=', '>='];
const PUNCT1 = '{}[]().,;:=<>+-*/%&|';
/** Splits Rego source into tokens; errors carry file:line:col. */
function lexer_tokenize(source, file) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let newlineBefore = false;
    let spaceBefore = false;
    const loc = (at) => ({ file, line, col: at - lineStart + 1 });
    const fail = (reason, at) => {
        throw new RegoParseError(reason, loc(at));
    };
    const push = (kind, text, startLine, startCol, raw) => {
        tokens.push({ kind, text, raw, line: startLine, col: startCol, newlineBefore, spaceBefore });
        newlineBefore = false;
        spaceBefore = false;
    };
    while (i < source.length) {
        const c = source[i];
        if (c === '\n') {
            i++;
            line++;
            lineStart = i;
            newlineBefore = true;
            spaceBefore = true;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
            spaceBefore = true;
            continue;
        }
        if (c === '#') {
            while (i < source.length && source[i] !== '\n')
                i++;
            spaceBefore = true;
            continue;
        }
        const startLine = line;
        const startCol = i - lineStart + 1;
        if (/[A-Za-z_]/.test(c)) {
            let j = i + 1;
            while (j < source.length && /[A-Za-z0-9_]/.test(source[j]))
                j++;
            push('ident', source.slice(i, j), startLine, startCol);
            i = j;
            continue;
        }
        if (/[0-9]/.test(c)) {
            const m = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(source.slice(i, i + 400));
            if (!m)
                fail('invalid number', i);
            const text = m[0];
            if (/[A-Za-z_0-9.]/.test(source[i + text.length] ?? ''))
                fail(`invalid number ${JSON.stringify(source.slice(i, i + text.length + 1))}`, i);
            push('number', text, startLine, startCol);
            i += text.length;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let out = '';
            for (;;) {
                if (j >= source.length || source[j] === '\n')
                    fail('non-terminated string', i);
                const d = source[j];
                if (d === '"')
                    break;
                if (d === '\\') {
                    const e = source[j + 1];
                    const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                    if (e !== undefined && e in simple) {
                        out += simple[e];
                        j += 2;
                        continue;
                    }
                    if (e === 'u') {
                        const hex = source.slice(j + 2, j + 6);
                        if (!/^[0-9A-Fa-f]{4}$/.test(hex))
                            fail('illegal \\u escape in string', j);
                        out += String.fromCharCode(parseInt(hex, 16));
                        j += 6;
                        continue;
                    }
                    fail(`illegal escape sequence \\${e ?? ''} in string`, j);
                }
                out += d;
                j++;
            }
            push('string', out, startLine, startCol);
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const end = source.indexOf('`', i + 1);
            if (end < 0)
                fail('non-terminated raw string', i);
            const text = source.slice(i + 1, end);
            push('string', text, startLine, startCol, true);
            for (const ch of text) {
                if (ch === '\n')
                    line++;
            }
            const lastNl = text.lastIndexOf('\n');
            if (lastNl >= 0)
                lineStart = i + 1 + lastNl + 1;
            i = end + 1;
            continue;
        }
        const two = source.slice(i, i + 2);
        if (PUNCT2.includes(two)) {
            push('punct', two, startLine, startCol);
            i += 2;
            continue;
        }
        if (PUNCT1.includes(c)) {
            push('punct', c, startLine, startCol);
            i++;
            continue;
        }
        fail(`illegal token ${JSON.stringify(c)}`, i);
    }
    tokens.push({ kind: 'eof', text: '', line, col: i - lineStart + 1, newlineBefore: true, spaceBefore: true });
    return tokens;
}

;// CONCATENATED MODULE: ./policy/rego/parser.js


const FUTURE_KEYWORDS = ['in', 'every', 'if', 'contains'];
const RELATION_OPS = { '==': 'equal', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const ARITH_OPS = { '+': 'plus', '-': 'minus' };
const FACTOR_OPS = { '*': 'mul', '/': 'div', '%': 'rem' };
/**
 * Recursive-descent parser for Rego modules and queries, following OPA's grammar and operator
 * precedence (membership `in` < relations < `|` < `&` < `+ -` < `* / %`).
 */
class Parser {
    tokens;
    file;
    version;
    pos = 0;
    keywords = new Set();
    wildcards = 0;
    constructor(tokens, file, version) {
        this.tokens = tokens;
        this.file = file;
        this.version = version;
        if (version === 'v1')
            for (const k of FUTURE_KEYWORDS)
                this.keywords.add(k);
    }
    // --- token helpers ---
    get tok() {
        return this.tokens[this.pos];
    }
    peek(n = 1) {
        return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)];
    }
    loc(t = this.tok) {
        return { file: this.file, line: t.line, col: t.col };
    }
    fail(reason, t = this.tok) {
        throw new RegoParseError(reason, this.loc(t));
    }
    isPunct(text, t = this.tok) {
        return t.kind === 'punct' && t.text === text;
    }
    isIdent(text, t = this.tok) {
        return t.kind === 'ident' && t.text === text;
    }
    isKeyword(word, t = this.tok) {
        return t.kind === 'ident' && t.text === word && this.keywords.has(word);
    }
    expectPunct(text) {
        if (!this.isPunct(text))
            this.fail(`expected ${text} but found ${this.describe(this.tok)}`);
        return this.tokens[this.pos++];
    }
    describe(t) {
        if (t.kind === 'eof')
            return 'end of file';
        if (t.kind === 'string')
            return 'string';
        return JSON.stringify(t.text);
    }
    // --- module ---
    parseModule() {
        if (!this.isIdent('package'))
            this.fail('package expected');
        this.pos++;
        const packagePath = this.parsePackagePath();
        const imports = [];
        let regoV1 = this.version === 'v1';
        while (this.isIdent('import')) {
            const imp = this.parseImport();
            imports.push(imp);
            const p = imp.path.join('.');
            if (p === 'rego.v1') {
                regoV1 = true;
                for (const k of FUTURE_KEYWORDS)
                    this.keywords.add(k);
            }
            else if (p === 'future.keywords') {
                for (const k of FUTURE_KEYWORDS)
                    this.keywords.add(k);
            }
            else if (imp.path[0] === 'future') {
                if (imp.path[1] !== 'keywords' || imp.path.length !== 3 || !FUTURE_KEYWORDS.includes(imp.path[2])) {
                    this.fail(`unexpected future import ${p}`);
                }
                this.keywords.add(imp.path[2]);
                // `every` is written with `in`, so importing it brings `in` too (as in OPA).
                if (imp.path[2] === 'every')
                    this.keywords.add('in');
            }
        }
        const rules = [];
        while (this.tok.kind !== 'eof') {
            if (this.isIdent('package') || this.isIdent('import'))
                this.fail(`unexpected ${this.tok.text} (only one package, and imports come first)`);
            rules.push(...this.parseRule(regoV1));
        }
        return { file: this.file, packagePath, imports, rules, regoV1 };
    }
    parsePackagePath() {
        const path = [];
        if (this.tok.kind !== 'ident')
            this.fail('package name expected');
        path.push(this.tokens[this.pos++].text);
        for (;;) {
            if (this.isPunct('.') && !this.tok.spaceBefore) {
                this.pos++;
                if (this.tok.kind !== 'ident')
                    this.fail('name expected after "."');
                path.push(this.tokens[this.pos++].text);
            }
            else if (this.isPunct('[') && !this.tok.spaceBefore) {
                this.pos++;
                if (this.tok.kind !== 'string')
                    this.fail('package path elements must be strings');
                path.push(this.tokens[this.pos++].text);
                this.expectPunct(']');
            }
            else
                break;
        }
        return path;
    }
    parseImport() {
        const start = this.tok;
        this.pos++;
        const path = this.parsePackagePath();
        if (!['data', 'input', 'future', 'rego'].includes(path[0])) {
            this.fail(`invalid import path ${path.join('.')}: must begin with input or data`, start);
        }
        let alias;
        if (this.isIdent('as') && !this.tok.newlineBefore) {
            this.pos++;
            if (this.tok.kind !== 'ident')
                this.fail('alias name expected');
            alias = this.tokens[this.pos++].text;
        }
        return { path, alias, loc: this.loc(start) };
    }
    // --- rules ---
    parseRule(regoV1) {
        const start = this.tok;
        const isDefault = this.isIdent('default');
        if (isDefault)
            this.pos++;
        if (this.tok.kind !== 'ident')
            this.fail(`unexpected ${this.describe(this.tok)}: rule name expected`);
        const ref = [{ type: 'scalar', value: this.tok.text, loc: this.loc() }];
        this.pos++;
        let lastBracket = false;
        for (;;) {
            if (this.isPunct('.') && !this.tok.spaceBefore) {
                lastBracket = false;
                this.pos++;
                if (this.tok.kind !== 'ident')
                    this.fail('name expected after "."');
                ref.push({ type: 'scalar', value: this.tok.text, loc: this.loc() });
                this.pos++;
            }
            else if (this.isPunct('[') && !this.tok.newlineBefore) {
                lastBracket = true;
                this.pos++;
                ref.push(this.parseTerm());
                this.expectPunct(']');
            }
            else
                break;
        }
        let args;
        if (this.isPunct('(') && !this.tok.spaceBefore) {
            this.pos++;
            args = [];
            while (!this.isPunct(')')) {
                args.push(this.parseTerm());
                if (!this.isPunct(','))
                    break;
                this.pos++;
            }
            this.expectPunct(')');
        }
        const rule = { kind: args ? 'function' : 'single', isDefault, ref, args, body: [], elses: [], loc: this.loc(start) };
        if (isDefault) {
            if (!this.isPunct('=') && !this.isPunct(':='))
                this.fail('default rules must have a value: default <name> := <term>');
            this.pos++;
            rule.value = this.parseTerm();
            rule.body = [trueLiteral(rule.loc)];
            return [rule];
        }
        let hasValue = false;
        if (this.isKeyword('contains')) {
            this.pos++;
            rule.kind = 'multi';
            rule.key = this.parseTerm();
        }
        else if (this.isPunct('=') || this.isPunct(':=')) {
            this.pos++;
            rule.value = this.parseTerm();
            hasValue = true;
        }
        if (rule.kind === 'single' && !hasValue && !regoV1 && ref.length === 2 && lastBracket && !this.isKeyword('if')) {
            // Rego v0: `p[x] { ... }` is a partial set rule.
            rule.kind = 'multi';
            rule.key = ref.pop();
        }
        const bodies = this.parseRuleBodies(regoV1, rule.loc);
        rule.body = bodies[0];
        while (this.isIdent('else')) {
            const elseTok = this.tok;
            if (rule.kind === 'multi')
                this.fail('else keyword cannot be used on multi-value rules', elseTok);
            this.pos++;
            let value;
            if (this.isPunct('=') || this.isPunct(':=')) {
                this.pos++;
                value = this.parseTerm();
            }
            let body;
            if (this.isKeyword('if')) {
                this.pos++;
                body = this.parseIfBody();
            }
            else if (this.isPunct('{')) {
                body = this.parseBraceBody();
            }
            else {
                body = [trueLiteral(this.loc(elseTok))];
            }
            rule.elses.push({ value, body, loc: this.loc(elseTok) });
        }
        if (bodies.length === 1)
            return [rule];
        return bodies.map((body) => ({ ...rule, body }));
    }
    parseRuleBodies(regoV1, loc) {
        if (this.isKeyword('if')) {
            this.pos++;
            return [this.parseIfBody()];
        }
        if (this.isPunct('{')) {
            if (regoV1)
                this.fail('`if` keyword is required before rule body');
            const bodies = [this.parseBraceBody()];
            while (this.isPunct('{'))
                bodies.push(this.parseBraceBody());
            return bodies;
        }
        return [[trueLiteral(loc)]];
    }
    /** After `if`: a braced body, or one literal (which may itself start with `{`, e.g. a comprehension). */
    parseIfBody() {
        if (!this.isPunct('{'))
            return [this.parseLiteral()];
        const save = this.pos;
        try {
            return this.parseBraceBody();
        }
        catch (e) {
            if (!(e instanceof RegoParseError))
                throw e;
            this.pos = save;
            try {
                return [this.parseLiteral()];
            }
            catch {
                throw e;
            }
        }
    }
    parseBraceBody() {
        this.expectPunct('{');
        const body = this.parseQueryUntil('}');
        this.expectPunct('}');
        if (body.length === 0)
            this.fail('found empty body');
        return body;
    }
    /** Literals separated by `;` or newlines, up to the closing token (not consumed). */
    parseQueryUntil(end) {
        const body = [];
        const atEnd = () => (end === 'eof' ? this.tok.kind === 'eof' : this.isPunct(end));
        while (!atEnd()) {
            body.push(this.parseLiteral());
            if (this.isPunct(';')) {
                this.pos++;
                continue;
            }
            if (atEnd())
                break;
            if (!this.tok.newlineBefore)
                this.fail(`unexpected ${this.describe(this.tok)}`);
        }
        return body;
    }
    // --- literals ---
    parseLiteral() {
        const loc = this.loc();
        let negated = false;
        let expr;
        if (this.isIdent('some')) {
            this.pos++;
            expr = this.parseSome();
        }
        else if (this.isKeyword('every')) {
            this.pos++;
            expr = this.parseEvery();
        }
        else {
            if (this.isIdent('not') && !this.isPunct('.', this.peek()) && !this.isPunct('[', this.peek())) {
                this.pos++;
                negated = true;
            }
            expr = this.parseExpr();
        }
        const withs = [];
        while (this.isIdent('with')) {
            const wt = this.tok;
            this.pos++;
            const target = this.parseTerm({ noIn: true });
            if (!this.isIdent('as'))
                this.fail('expected as after with target');
            this.pos++;
            const value = this.parseTerm({ noIn: true });
            withs.push({ target, value, loc: this.loc(wt) });
        }
        return { negated, expr, withs, loc };
    }
    parseSome() {
        const first = this.parseTerm({ noIn: true });
        const terms = [first];
        while (this.isPunct(',')) {
            this.pos++;
            terms.push(this.parseTerm({ noIn: true }));
        }
        if (this.isKeyword('in')) {
            this.pos++;
            if (terms.length > 2)
                this.fail('unexpected , in some declaration: at most key, value');
            const collection = this.parseTerm({ noIn: true });
            return terms.length === 2
                ? { type: 'somein', key: terms[0], value: terms[1], collection }
                : { type: 'somein', value: terms[0], collection };
        }
        for (const t of terms)
            if (t.type !== 'var')
                this.fail('expected var in some declaration');
        return { type: 'some', vars: terms };
    }
    parseEvery() {
        const first = this.parseTerm({ noIn: true });
        let key;
        let value = first;
        if (this.isPunct(',')) {
            this.pos++;
            key = first;
            value = this.parseTerm({ noIn: true });
        }
        if (!this.isKeyword('in'))
            this.fail('expected in in every expression');
        this.pos++;
        const collection = this.parseTerm({ noIn: true });
        const body = this.parseBraceBody();
        for (const t of key ? [key, value] : [value])
            if (t.type !== 'var')
                this.fail('every: expected variables before in');
        return { type: 'every', key, value, collection, body };
    }
    parseExpr() {
        const left = this.parseTerm({}, true);
        if (this.isPunct('=') || this.isPunct(':=')) {
            const op = this.tokens[this.pos++].text;
            const right = this.parseTerm({}, true);
            return op === '=' ? { type: 'unify', left, right } : { type: 'assign', left, right };
        }
        return { type: 'term', term: left };
    }
    // --- terms with operators ---
    /** Term with infix operators. `allowKeyValue` permits `k, v in xs` at the top of an expression. */
    parseTerm(opts = {}, allowKeyValue = false) {
        const lhs = this.parseRelation(opts);
        if (opts.noIn)
            return lhs;
        return this.parseInTail(lhs, opts, allowKeyValue);
    }
    parseInTail(lhs, opts, allowKeyValue) {
        if (allowKeyValue && this.isPunct(',') && this.keywords.has('in')) {
            const save = this.pos;
            this.pos++;
            try {
                const mhs = this.parseRelation(opts);
                if (this.isKeyword('in')) {
                    const t = this.tok;
                    this.pos++;
                    const rhs = this.parseRelation(opts);
                    const call = { type: 'call', fn: builtinRef('internal.member_3', this.loc(t)), args: [lhs, mhs, rhs], loc: lhs.loc };
                    return this.parseInTail(call, opts, false);
                }
            }
            catch (e) {
                if (!(e instanceof RegoParseError))
                    throw e;
            }
            this.pos = save;
        }
        if (this.isKeyword('in')) {
            const t = this.tok;
            this.pos++;
            const rhs = this.parseRelation(opts);
            const call = { type: 'call', fn: builtinRef('internal.member_2', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
            return this.parseInTail(call, opts, false);
        }
        return lhs;
    }
    binaryLoop(next, ops, opts) {
        let lhs = next();
        for (;;) {
            const t = this.tok;
            if (t.kind !== 'punct' || !(t.text in ops))
                return lhs;
            if (t.text === '|' && opts.noBar)
                return lhs;
            if (t.text === '-' && t.newlineBefore)
                return lhs;
            this.pos++;
            const rhs = next();
            lhs = { type: 'call', fn: builtinRef(ops[t.text], this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
        }
    }
    parseRelation(opts) {
        return this.binaryLoop(() => this.parseOr(opts), RELATION_OPS, opts);
    }
    parseOr(opts) {
        return this.binaryLoop(() => this.parseAnd(opts), { '|': 'or' }, opts);
    }
    parseAnd(opts) {
        return this.binaryLoop(() => this.parseArith(opts), { '&': 'and' }, opts);
    }
    parseArith(opts) {
        return this.binaryLoop(() => this.parseFactor(opts), ARITH_OPS, opts);
    }
    parseFactor(opts) {
        return this.binaryLoop(() => this.parseUnary(), FACTOR_OPS, opts);
    }
    parseUnary() {
        if (this.isPunct('-')) {
            const t = this.tok;
            this.pos++;
            if (this.tok.kind === 'number' && !this.tok.spaceBefore) {
                const n = this.tok;
                this.pos++;
                return this.parseRefTail({ type: 'scalar', value: parseNumber('-' + n.text), loc: this.loc(t) });
            }
            const operand = this.parseUnary();
            return { type: 'call', fn: builtinRef('minus', this.loc(t)), args: [{ type: 'scalar', value: 0, loc: this.loc(t) }, operand], loc: this.loc(t) };
        }
        return this.parsePrimary();
    }
    // --- primary terms ---
    parsePrimary() {
        const t = this.tok;
        const loc = this.loc(t);
        let term;
        switch (t.kind) {
            case 'number':
                this.pos++;
                term = { type: 'scalar', value: parseNumber(t.text), loc };
                break;
            case 'string':
                this.pos++;
                term = { type: 'scalar', value: t.text, loc };
                break;
            case 'ident':
                this.pos++;
                if (t.text === 'true' || t.text === 'false')
                    term = { type: 'scalar', value: t.text === 'true', loc };
                else if (t.text === 'null')
                    term = { type: 'scalar', value: null, loc };
                else if (t.text === 'set' && this.isPunct('(') && this.isPunct(')', this.peek()) && !this.tok.spaceBefore) {
                    this.pos += 2;
                    term = { type: 'set', items: [], loc };
                }
                else if (t.text === '_')
                    term = { type: 'var', name: `$wildcard${this.wildcards++}`, loc };
                else if (['package', 'import', 'else', 'with', 'as', 'default', 'not', 'some'].includes(t.text) || (this.keywords.has(t.text) && t.text !== 'contains')) {
                    this.fail(`unexpected ${t.text} keyword`, t);
                }
                else
                    term = { type: 'var', name: t.text, loc };
                break;
            case 'punct':
                if (t.text === '[')
                    term = this.parseArray();
                else if (t.text === '{')
                    term = this.parseBrace();
                else if (t.text === '(') {
                    this.pos++;
                    term = this.parseTerm({}, true);
                    this.expectPunct(')');
                }
                else
                    this.fail(`unexpected ${this.describe(t)}`);
                break;
            default:
                this.fail(`unexpected ${this.describe(t)}`);
        }
        return this.parseRefTail(term);
    }
    /** `.name`, `[term]` and `(args)` after a term, on the same line. */
    parseRefTail(term) {
        for (;;) {
            const t = this.tok;
            if (this.isPunct('.') && !t.spaceBefore) {
                this.pos++;
                if (this.tok.kind !== 'ident')
                    this.fail('name expected after "."');
                const name = { type: 'scalar', value: this.tok.text, loc: this.loc() };
                this.pos++;
                term = appendRef(term, name);
            }
            else if (this.isPunct('[') && !t.spaceBefore) {
                this.pos++;
                const key = this.parseTerm();
                this.expectPunct(']');
                term = appendRef(term, key);
            }
            else if (this.isPunct('(') && !t.spaceBefore && isCallable(term)) {
                this.pos++;
                const args = [];
                while (!this.isPunct(')')) {
                    args.push(this.parseTerm());
                    if (!this.isPunct(','))
                        break;
                    this.pos++;
                }
                this.expectPunct(')');
                term = { type: 'call', fn: term, args, loc: term.loc };
            }
            else
                return term;
        }
    }
    parseArray() {
        const loc = this.loc();
        this.expectPunct('[');
        if (this.isPunct(']')) {
            this.pos++;
            return { type: 'array', items: [], loc };
        }
        const save = this.pos;
        const head = this.parseTerm({ noBar: true });
        if (this.isPunct('|')) {
            this.pos++;
            const body = this.parseQueryUntil(']');
            this.expectPunct(']');
            return { type: 'arraycomp', head, body, loc };
        }
        this.pos = save;
        const items = this.parseList(']');
        return { type: 'array', items, loc };
    }
    parseList(end) {
        const items = [];
        while (!this.isPunct(end)) {
            items.push(this.parseTerm());
            if (!this.isPunct(','))
                break;
            this.pos++;
        }
        this.expectPunct(end);
        return items;
    }
    parseBrace() {
        const loc = this.loc();
        this.expectPunct('{');
        if (this.isPunct('}')) {
            this.pos++;
            return { type: 'object', pairs: [], loc };
        }
        const save = this.pos;
        const first = this.parseTerm({ noBar: true });
        if (this.isPunct(':')) {
            this.pos++;
            const value = this.parseTerm({ noBar: true });
            if (this.isPunct('|')) {
                this.pos++;
                const body = this.parseQueryUntil('}');
                this.expectPunct('}');
                return { type: 'objectcomp', key: first, value, body, loc };
            }
            this.pos = save;
            const pairs = [];
            while (!this.isPunct('}')) {
                const k = this.parseTerm();
                this.expectPunct(':');
                const v = this.parseTerm();
                pairs.push([k, v]);
                if (!this.isPunct(','))
                    break;
                this.pos++;
            }
            this.expectPunct('}');
            return { type: 'object', pairs, loc };
        }
        if (this.isPunct('|')) {
            this.pos++;
            const body = this.parseQueryUntil('}');
            this.expectPunct('}');
            return { type: 'setcomp', head: first, body, loc };
        }
        this.pos = save;
        return { type: 'set', items: this.parseList('}'), loc };
    }
}
function trueLiteral(loc) {
    return { negated: false, expr: { type: 'term', term: { type: 'scalar', value: true, loc } }, withs: [], loc };
}
function builtinRef(name, loc) {
    const parts = name.split('.');
    const head = { type: 'var', name: parts[0], loc };
    if (parts.length === 1)
        return head;
    return { type: 'ref', head, path: parts.slice(1).map((p) => ({ type: 'scalar', value: p, loc })), loc };
}
function appendRef(term, key) {
    if (term.type === 'ref')
        return { ...term, path: [...term.path, key] };
    return { type: 'ref', head: term, path: [key], loc: term.loc };
}
function isCallable(term) {
    if (term.type === 'var')
        return true;
    return term.type === 'ref' && term.head.type === 'var' && term.path.every((p) => p.type === 'scalar' && typeof p.value === 'string');
}
/**
 * Number literal. Integers (including `1e21`-style literals whose value is integral) are exact,
 * becoming bigint beyond 2^53, like OPA's arbitrary-precision numbers; others are float64.
 */
function parseNumber(text) {
    const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (m) {
        const [, sign, intPart, frac = '', expText] = m;
        const exp = expText ? Number(expText) : 0;
        const digits = (intPart ?? '') + frac;
        const fracTrimmed = frac.replace(/0+$/, '');
        if (exp >= fracTrimmed.length && exp - frac.length < 400) {
            const scale = exp - frac.length;
            const big = scale >= 0 ? BigInt((digits || '0') + '0'.repeat(scale)) : BigInt(digits.slice(0, digits.length + scale) || '0');
            const n = sign ? -big : big;
            return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
        }
    }
    return Number(text);
}
/** Parses one Rego module. The file name is used in error locations. */
function parseModule(source, file, version = 'v1') {
    return new Parser(lexer_tokenize(source, file), file, version).parseModule();
}
/** Parses a query (a body: literals separated by `;` or newlines), always with v1 keywords. */
function parseQuery(source, file = 'query') {
    const p = new Parser(lexer_tokenize(source, file), file, 'v1');
    const body = p.parseQueryUntil('eof');
    if (body.length === 0)
        throw new RegoParseError('empty query', { file, line: 1, col: 1 });
    return body;
}
/** Parses a single term (used for `input_term`-style values written in Rego syntax). */
function parseTermText(source, file = 'term') {
    const p = new Parser(tokenize(source, file), file, 'v1');
    return p.parseTerm();
}

;// CONCATENATED MODULE: ./policy/rego/builtins/casts.js




/** to_number accepts what Go's strconv/json number syntax accepts (no hex, no spaces). */
function toNumber(v) {
    if (v === null)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if ((0,rego_value/* isNumber */.Et)(v))
        return v;
    if (typeof v === 'string') {
        if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v))
            throw new BuiltinError('eval_builtin_error', `to_number: strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
        const text = v.replace(/^\+/, '');
        const n = parseNumber(text);
        return typeof n === 'number' || typeof n === 'bigint' ? (0,rego_value/* normalizeNumber */.Jo)(n) : null;
    }
    throw operandError('to_number', 1, 'one of {null, boolean, number, string}', v);
}
/** Deprecated cast_* builtins (Rego v0 only). */
const castBuiltins = {
    to_number: def(1, ([v]) => toNumber(v)),
    cast_array: def(1, ([v]) => {
        if (Array.isArray(v))
            return v;
        if (v instanceof rego_value/* RegoSet */.e1)
            return v.sorted();
        throw operandError('cast_array', 1, 'one of {array, set}', v);
    }),
    cast_set: def(1, ([v]) => {
        if (v instanceof rego_value/* RegoSet */.e1)
            return v;
        if (Array.isArray(v))
            return new rego_value/* RegoSet */.e1(v);
        throw operandError('cast_set', 1, 'one of {array, set}', v);
    }),
    cast_string: def(1, ([v]) => {
        if (typeof v !== 'string')
            throw operandError('cast_string', 1, 'string', v);
        return v;
    }),
    cast_boolean: def(1, ([v]) => {
        if (typeof v !== 'boolean')
            throw operandError('cast_boolean', 1, 'boolean', v);
        return v;
    }),
    cast_null: def(1, ([v]) => {
        if (v !== null)
            throw operandError('cast_null', 1, 'null', v);
        return v;
    }),
    cast_object: def(1, ([v]) => {
        if (!(v instanceof rego_value/* RegoObject */.FC))
            throw operandError('cast_object', 1, 'object', v);
        return v;
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/collections.js


function unionAll(name, v) {
    if (!(v instanceof rego_value/* RegoSet */.e1))
        throw operandError(name, 1, 'set', v);
    const out = new rego_value/* RegoSet */.e1();
    for (const s of v.values()) {
        if (!(s instanceof rego_value/* RegoSet */.e1))
            throw operandError(name, 1, 'set of sets', v);
        for (const x of s.values())
            out.add(x);
    }
    return out;
}
function intersectAll(name, v) {
    if (!(v instanceof rego_value/* RegoSet */.e1))
        throw operandError(name, 1, 'set', v);
    const sets = [...v.values()];
    for (const s of sets)
        if (!(s instanceof rego_value/* RegoSet */.e1))
            throw operandError(name, 1, 'set of sets', v);
    if (sets.length === 0)
        return new rego_value/* RegoSet */.e1();
    const [first, ...rest] = sets;
    return new rego_value/* RegoSet */.e1([...first.values()].filter((x) => rest.every((s) => s.has(x))));
}
/** Builtins over arrays and sets (array.*, set operators, union/intersection). */
const collectionBuiltins = {
    'array.concat': def(2, (a) => [...arr('array.concat', a, 0), ...arr('array.concat', a, 1)]),
    'array.reverse': def(1, (a) => [...arr('array.reverse', a, 0)].reverse()),
    'array.slice': def(3, (a) => {
        const xs = arr('array.slice', a, 0);
        let start = builtin_int('array.slice', a, 1);
        let stop = builtin_int('array.slice', a, 2);
        if (start < 0)
            start = 0;
        if (stop > xs.length)
            stop = xs.length;
        if (start >= stop)
            return [];
        return xs.slice(start, stop);
    }),
    or: def(2, (a) => {
        const x = set('or', a, 0);
        const y = set('or', a, 1);
        return new rego_value/* RegoSet */.e1([...x.values(), ...y.values()]);
    }),
    and: def(2, (a) => {
        const x = set('and', a, 0);
        const y = set('and', a, 1);
        return new rego_value/* RegoSet */.e1([...x.values()].filter((v) => y.has(v)));
    }),
    set_diff: def(2, (a) => {
        const x = set('set_diff', a, 0);
        const y = set('set_diff', a, 1);
        return new rego_value/* RegoSet */.e1([...x.values()].filter((v) => !y.has(v)));
    }),
    union: def(1, ([v]) => unionAll('union', v)),
    intersection: def(1, ([v]) => intersectAll('intersection', v)),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/comparison.js


/** `x in xs`: membership by value in an array, set or object values; false for anything else. */
function member(x, coll) {
    if (Array.isArray(coll))
        return coll.some((v) => (0,rego_value/* valuesEqual */.lu)(v, x));
    if (coll instanceof rego_value/* RegoSet */.e1)
        return coll.has(x);
    if (coll instanceof rego_value/* RegoObject */.FC) {
        for (const [, v] of coll.pairs())
            if ((0,rego_value/* valuesEqual */.lu)(v, x))
                return true;
    }
    return false;
}
/** `k, v in xs`: the key exists and holds the value. */
function memberWithKey(k, x, coll) {
    if (Array.isArray(coll)) {
        if (typeof k !== 'number' || !Number.isInteger(k))
            return false;
        return k >= 0 && k < coll.length && (0,rego_value/* valuesEqual */.lu)(coll[k], x);
    }
    if (coll instanceof rego_value/* RegoObject */.FC) {
        const v = coll.get(k);
        return v !== undefined && (0,rego_value/* valuesEqual */.lu)(v, x);
    }
    if (coll instanceof rego_value/* RegoSet */.e1)
        return (0,rego_value/* valuesEqual */.lu)(k, x) && coll.has(x);
    return false;
}
/** Comparison operators work across types using Rego's total order. */
const comparisonBuiltins = {
    equal: def(2, ([a, b]) => (0,rego_value/* valuesEqual */.lu)(a, b)),
    neq: def(2, ([a, b]) => !(0,rego_value/* valuesEqual */.lu)(a, b)),
    lt: def(2, ([a, b]) => (0,rego_value/* compareValues */.ck)(a, b) < 0),
    lte: def(2, ([a, b]) => (0,rego_value/* compareValues */.ck)(a, b) <= 0),
    gt: def(2, ([a, b]) => (0,rego_value/* compareValues */.ck)(a, b) > 0),
    gte: def(2, ([a, b]) => (0,rego_value/* compareValues */.ck)(a, b) >= 0),
    'internal.member_2': def(2, ([x, c]) => member(x, c)),
    'internal.member_3': def(3, ([k, x, c]) => memberWithKey(k, x, c)),
};

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
;// CONCATENATED MODULE: ./policy/rego/builtins/encoding.js




/** Go's json.MarshalIndent layout as OPA emits it: every line prefixed, empty containers stay `[]`/`{}`. */
function indentJson(v, prefix, indent, depth = 0) {
    return (depth === 0 ? prefix : '') + indentInner(v, prefix, indent, depth);
}
function indentInner(v, prefix, indent, depth) {
    const nl = (d) => '\n' + prefix + indent.repeat(d);
    if (Array.isArray(v) || v instanceof rego_value/* RegoSet */.e1) {
        const items = Array.isArray(v) ? v : v.sorted();
        if (items.length === 0)
            return '[]';
        return '[' + items.map((x) => nl(depth + 1) + indentInner(x, prefix, indent, depth + 1)).join(',') + nl(depth) + ']';
    }
    if (v instanceof rego_value/* RegoObject */.FC) {
        const pairs = v.sortedPairs().map(([k, x]) => [typeof k === 'string' ? k : (0,rego_value/* jsonText */.s$)(k, true), x]);
        if (pairs.length === 0)
            return '{}';
        return '{' + pairs.map(([k, x]) => nl(depth + 1) + (0,rego_value/* quoteJsonString */.uw)(k, true) + ': ' + indentInner(x, prefix, indent, depth + 1)).join(',') + nl(depth) + '}';
    }
    return (0,rego_value/* jsonText */.s$)(v, true);
}
function unmarshal(name, text) {
    try {
        return (0,rego_value/* fromJson */.Rf)(JSON.parse(text));
    }
    catch (e) {
        throw builtinError(name, e.message);
    }
}
/** Error text close to Go's yaml package (`yaml: line N: ...`). */
function yamlErrorText(e) {
    const err = e;
    const line = err.linePos?.[0]?.line ?? 1;
    const reason = /Flow sequence|Flow map/.test(err.message ?? '') ? "did not find expected ',' or ']'" : (err.message ?? String(e)).split('\n')[0];
    return `yaml: line ${line}: ${reason}`;
}
function yamlToValue(x) {
    return (0,rego_value/* fromJson */.Rf)(x);
}
/** Go decodes invalid UTF-8 byte by byte into U+FFFD; Node's decoder does the same per byte. */
function bytesToString(b) {
    return new TextDecoder('utf-8', { fatal: false }).decode(b);
}
function base64Decode(name, s, url) {
    const alphabet = url ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    if (!alphabet.test(s) || (!url && s.length % 4 !== 0))
        throw builtinError(name, 'illegal base64 data');
    return bytesToString(Buffer.from(s, url ? 'base64url' : 'base64'));
}
const encodingBuiltins = {
    'base64.encode': def(1, (a) => Buffer.from(str('base64.encode', a, 0), 'utf8').toString('base64')),
    'base64.decode': def(1, (a) => base64Decode('base64.decode', str('base64.decode', a, 0), false)),
    'base64.is_valid': def(1, ([v]) => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0),
    'base64url.encode': def(1, (a) => {
        const b = Buffer.from(str('base64url.encode', a, 0), 'utf8').toString('base64url');
        return b + '='.repeat((4 - (b.length % 4)) % 4);
    }),
    'base64url.encode_no_pad': def(1, (a) => Buffer.from(str('base64url.encode_no_pad', a, 0), 'utf8').toString('base64url')),
    'base64url.decode': def(1, (a) => base64Decode('base64url.decode', str('base64url.decode', a, 0), true)),
    'hex.encode': def(1, (a) => Buffer.from(str('hex.encode', a, 0), 'utf8').toString('hex')),
    'hex.decode': def(1, (a) => {
        const s = str('hex.decode', a, 0);
        if (!/^([0-9A-Fa-f]{2})*$/.test(s))
            throw builtinError('hex.decode', 'invalid byte in hex string');
        return bytesToString(Buffer.from(s, 'hex'));
    }),
    'json.marshal': def(1, ([v]) => (0,rego_value/* jsonText */.s$)(v, true)),
    'json.marshal_with_options': def(2, (a) => {
        const opts = obj('json.marshal_with_options', a, 1);
        let pretty;
        let prefix = '';
        let indent = '\t';
        let sawFormat = false;
        for (const [k, v] of opts.pairs()) {
            if (k === 'pretty') {
                if (typeof v !== 'boolean')
                    throw new BuiltinError('eval_type_error', 'json.marshal_with_options: pretty must be a boolean');
                pretty = v;
            }
            else if (k === 'prefix' || k === 'indent') {
                if (typeof v !== 'string')
                    throw new BuiltinError('eval_type_error', `json.marshal_with_options: ${k} must be a string`);
                if (k === 'prefix')
                    prefix = v;
                else
                    indent = v;
                sawFormat = true;
            }
            else {
                throw new BuiltinError('eval_type_error', `json.marshal_with_options: object contained unknown key ${(0,rego_value/* jsonText */.s$)(k)}`);
            }
        }
        if (pretty === false || (pretty === undefined && !sawFormat))
            return (0,rego_value/* jsonText */.s$)(a[0], true);
        return indentJson(a[0], prefix, indent);
    }),
    'json.unmarshal': def(1, (a) => unmarshal('json.unmarshal', str('json.unmarshal', a, 0))),
    'json.is_valid': def(1, ([v]) => {
        if (typeof v !== 'string')
            return false;
        try {
            JSON.parse(v);
            return true;
        }
        catch {
            return false;
        }
    }),
    'yaml.unmarshal': def(1, (a) => {
        try {
            return yamlToValue((0,dist.parse)(str('yaml.unmarshal', a, 0)));
        }
        catch (e) {
            throw builtinError('yaml.unmarshal', yamlErrorText(e));
        }
    }),
    'yaml.is_valid': def(1, ([v]) => {
        if (typeof v !== 'string')
            return false;
        try {
            (0,dist.parse)(v);
            return true;
        }
        catch {
            return false;
        }
    }),
    'yaml.marshal': def(1, ([v]) => (0,dist/* stringify */.As)((0,rego_value/* toJson */.aB)(v))),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/bits.js



function integer(name, a, i) {
    const n = num(name, a, i);
    if (typeof n === 'number' && !Number.isInteger(n))
        throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
    return BigInt(n);
}
/** Bitwise operations on integers of any size (Go's big.Int semantics). */
const bitsBuiltins = {
    'bits.and': def(2, (a) => (0,rego_value/* normalizeNumber */.Jo)(integer('bits.and', a, 0) & integer('bits.and', a, 1))),
    'bits.or': def(2, (a) => (0,rego_value/* normalizeNumber */.Jo)(integer('bits.or', a, 0) | integer('bits.or', a, 1))),
    'bits.xor': def(2, (a) => (0,rego_value/* normalizeNumber */.Jo)(integer('bits.xor', a, 0) ^ integer('bits.xor', a, 1))),
    'bits.negate': def(1, (a) => (0,rego_value/* normalizeNumber */.Jo)(~integer('bits.negate', a, 0))),
    'bits.lsh': def(2, (a) => {
        const s = integer('bits.lsh', a, 1);
        if (s < 0n)
            throw new BuiltinError('eval_type_error', 'bits.lsh: operand 2 must be an unsigned integer number but got a negative integer');
        return (0,rego_value/* normalizeNumber */.Jo)(integer('bits.lsh', a, 0) << s);
    }),
    'bits.rsh': def(2, (a) => {
        const s = integer('bits.rsh', a, 1);
        if (s < 0n)
            throw new BuiltinError('eval_type_error', 'bits.rsh: operand 2 must be an unsigned integer number but got a negative integer');
        return (0,rego_value/* normalizeNumber */.Jo)(integer('bits.rsh', a, 0) >> s);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/glob.js


const cache = new Map();
/** Escapes a character for use outside a class (u-mode allows only syntax characters). */
function escapeChar(c) {
    return /[\\^$.*+?()[\]{}|\/]/.test(c) ? '\\' + c : c;
}
/** Escapes a character inside a class. */
function escapeClassChar(c) {
    return /[\\\]\[^-]/.test(c) ? '\\' + c : c;
}
/**
 * Compiles a glob with the semantics of gobwas/glob (which OPA uses): `*` stops at delimiters,
 * `**` does not, `?` is one non-delimiter character, `[abc]`, `[!a-c]`, `{a,b}`, `\` escapes.
 */
function compileGlob(pattern, delimiters) {
    const key = JSON.stringify([pattern, delimiters]);
    const hit = cache.get(key);
    if (hit)
        return hit;
    const notDelim = delimiters.length ? `[^${delimiters.map(escapeClassChar).join('')}]` : '[\\s\\S]';
    let i = 0;
    const parse = (inAlt) => {
        let out = '';
        while (i < pattern.length) {
            const c = pattern[i];
            if (inAlt && (c === ',' || c === '}'))
                return out;
            i++;
            if (c === '*') {
                if (pattern[i] === '*') {
                    i++;
                    out += '[\\s\\S]*';
                }
                else
                    out += `${notDelim}*`;
            }
            else if (c === '?')
                out += notDelim;
            else if (c === '\\') {
                if (i >= pattern.length)
                    throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
                out += escapeChar(pattern[i++]);
            }
            else if (c === '[') {
                let neg = false;
                if (pattern[i] === '!') {
                    neg = true;
                    i++;
                }
                let body = '';
                while (i < pattern.length && pattern[i] !== ']') {
                    const ch = pattern[i++];
                    body += ch === '-' ? '-' : escapeClassChar(ch);
                }
                if (i >= pattern.length)
                    throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
                i++;
                out += `[${neg ? '^' : ''}${body}]`;
            }
            else if (c === '{') {
                const alts = [];
                for (;;) {
                    alts.push(parse(true));
                    if (pattern[i] === ',') {
                        i++;
                        continue;
                    }
                    if (pattern[i] === '}') {
                        i++;
                        break;
                    }
                    throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
                }
                out += `(?:${alts.join('|')})`;
            }
            else
                out += escapeChar(c);
        }
        return out;
    };
    const re = new RegExp(`^(?:${parse(false)})$`, 'u');
    cache.set(key, re);
    return re;
}
const globBuiltins = {
    'glob.match': def(3, (a) => {
        const pattern = str('glob.match', a, 0);
        let delimiters;
        if (a[1] === null)
            delimiters = [];
        else {
            const list = arr('glob.match', a, 1);
            delimiters = list.map((d) => {
                if (typeof d !== 'string')
                    throw operandError('glob.match', 2, 'array of strings', a[1]);
                return d;
            });
            if (delimiters.length === 0)
                delimiters = ['.'];
        }
        const value = str('glob.match', a, 2);
        return compileGlob(pattern, delimiters).test(value);
    }),
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./policy/rego/builtins/hashing.js


function digest(name, algorithm) {
    return def(1, (a) => (0,external_node_crypto_.createHash)(algorithm).update(str(name, a, 0), 'utf8').digest('hex'));
}
function hmac(name, algorithm) {
    return def(2, (a) => (0,external_node_crypto_.createHmac)(algorithm, str(name, a, 1)).update(str(name, a, 0), 'utf8').digest('hex'));
}
/** Hashes (hex digests), as OPA's crypto.* hash builtins; certificates and keys are not supported. */
const hashingBuiltins = {
    'crypto.md5': digest('crypto.md5', 'md5'),
    'crypto.sha1': digest('crypto.sha1', 'sha1'),
    'crypto.sha256': digest('crypto.sha256', 'sha256'),
    'crypto.hmac.md5': hmac('crypto.hmac.md5', 'md5'),
    'crypto.hmac.sha1': hmac('crypto.hmac.sha1', 'sha1'),
    'crypto.hmac.sha256': hmac('crypto.hmac.sha256', 'sha256'),
    'crypto.hmac.sha512': hmac('crypto.hmac.sha512', 'sha512'),
    'crypto.hmac.equal': def(2, (a) => {
        const x = Buffer.from(str('crypto.hmac.equal', a, 0));
        const y = Buffer.from(str('crypto.hmac.equal', a, 1));
        return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/semver.js


const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parse(s) {
    const m = SEMVER.exec(s);
    if (!m)
        return undefined;
    return { core: [BigInt(m[1]), BigInt(m[2]), BigInt(m[3])], pre: m[4] ? m[4].split('.') : [] };
}
/** SemVer 2.0 precedence; build metadata is ignored. */
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.core[i] !== b.core[i])
            return a.core[i] < b.core[i] ? -1 : 1;
    if (a.pre.length === 0 || b.pre.length === 0)
        return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return BigInt(x) < BigInt(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return Math.sign(a.pre.length - b.pre.length);
}
const semverBuiltins = {
    'semver.is_valid': def(1, ([v]) => typeof v === 'string' && parse(v) !== undefined),
    'semver.compare': def(2, (a) => {
        const x = str('semver.compare', a, 0);
        const y = str('semver.compare', a, 1);
        const px = parse(x);
        const py = parse(y);
        if (!px)
            throw new BuiltinError('eval_builtin_error', `semver.compare: operand 1: string ${JSON.stringify(x)} is not a valid SemVer`);
        if (!py)
            throw new BuiltinError('eval_builtin_error', `semver.compare: operand 2: string ${JSON.stringify(y)} is not a valid SemVer`);
        return compare(px, py);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/time.js



const NS_PER_MS = 1000000n;
/** Go keeps times as int64 nanoseconds (years 1678 to 2262). */
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
function nanos(name, v) {
    if (!(0,rego_value/* isNumber */.Et)(v))
        throw operandError(name, 1, 'number', v);
    const ns = typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
    if (ns > INT64_MAX || ns < INT64_MIN)
        throw builtinError(name, 'timestamp too big');
    return ns;
}
/** `ns` or `[ns, timezone]`; the time zone is any IANA name ("" and "UTC" mean UTC). */
function instant(name, v) {
    if (Array.isArray(v)) {
        if (v.length !== 2 || typeof v[1] !== 'string')
            throw operandError(name, 1, 'either a number or an array of [number, string]', v);
        return { ns: nanos(name, v[0]), zone: v[1] === '' ? 'UTC' : v[1] };
    }
    return { ns: nanos(name, v), zone: 'UTC' };
}
/** Calendar fields of an instant in a time zone (Intl knows the IANA database). */
function fields(name, ns, zone) {
    const ms = Number(ns / NS_PER_MS - (ns % NS_PER_MS < 0n ? 1n : 0n));
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone === 'Local' ? undefined : zone,
            year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'long',
            hourCycle: 'h23', era: 'short',
        }).formatToParts(new Date(ms));
    }
    catch {
        throw builtinError(name, `unknown time zone ${zone}`);
    }
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    const bc = get('era') === 'BC';
    const year = Number(get('year'));
    return {
        year: bc ? 1 - year : year,
        month: Number(get('month')),
        day: Number(get('day')),
        hour: Number(get('hour')),
        minute: Number(get('minute')),
        second: Number(get('second')),
        weekday: get('weekday'),
    };
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseRfc3339(s) {
    const m = RFC3339.exec(s);
    if (!m)
        throw builtinError('time.parse_rfc3339_ns', `parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse`);
    const [, y, mo, d, h, mi, se, frac = '', , sign, oh, om] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
    let ns = BigInt(ms) * NS_PER_MS + BigInt(frac.padEnd(9, '0') || '0');
    if (sign) {
        const offset = BigInt((Number(oh) * 60 + Number(om)) * 60) * 1000000000n;
        ns += sign === '+' ? -offset : offset;
    }
    return ns;
}
const DURATION_UNITS = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
/** Go's time.ParseDuration. */
function parseDuration(s) {
    const fail = () => builtinError('time.parse_duration_ns', `time: invalid duration ${JSON.stringify(s)}`);
    let rest = s;
    let sign = 1n;
    if (rest.startsWith('-') || rest.startsWith('+')) {
        if (rest[0] === '-')
            sign = -1n;
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0n;
    if (rest === '')
        throw fail();
    let total = 0;
    while (rest !== '') {
        const m = /^(\d*(?:\.\d*)?)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
        if (!m || m[1] === '' || m[1] === '.')
            throw fail();
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        rest = rest.slice(m[0].length);
    }
    return sign * BigInt(Math.round(total));
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Time builtins on nanoseconds since the epoch. Go layouts (time.format, time.parse_ns) are not supported. */
const timeBuiltins = {
    'time.now_ns': def(0, (_args, ctx) => ctx.nowNs),
    'time.parse_rfc3339_ns': def(1, (a) => (0,rego_value/* normalizeNumber */.Jo)(parseRfc3339(str('time.parse_rfc3339_ns', a, 0)))),
    'time.parse_duration_ns': def(1, (a) => (0,rego_value/* normalizeNumber */.Jo)(parseDuration(str('time.parse_duration_ns', a, 0)))),
    'time.date': def(1, ([v]) => {
        const { ns, zone } = instant('time.date', v);
        const f = fields('time.date', ns, zone);
        return [f.year, f.month, f.day];
    }),
    'time.clock': def(1, ([v]) => {
        const { ns, zone } = instant('time.clock', v);
        const f = fields('time.clock', ns, zone);
        return [f.hour, f.minute, f.second];
    }),
    'time.weekday': def(1, ([v]) => {
        const { ns, zone } = instant('time.weekday', v);
        const f = fields('time.weekday', ns, zone);
        if (!WEEKDAYS.includes(f.weekday))
            throw new BuiltinError('eval_builtin_error', 'time.weekday: cannot determine the weekday');
        return f.weekday;
    }),
    'time.add_date': def(4, (a) => {
        const ns = nanos('time.add_date', num('time.add_date', a, 0));
        const years = builtin_int('time.add_date', a, 1);
        const months = builtin_int('time.add_date', a, 2);
        const days = builtin_int('time.add_date', a, 3);
        const msPart = ns / NS_PER_MS - (ns % NS_PER_MS < 0n ? 1n : 0n);
        const sub = ns - msPart * NS_PER_MS;
        const d = new Date(Number(msPart));
        // Date.UTC normalises overflow (Jan 31 + 1 month = Mar 3) the way Go's AddDate does.
        const ms = Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth() + months, d.getUTCDate() + days, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
        const result = BigInt(ms) * NS_PER_MS + sub;
        if (!Number.isFinite(ms) || result > INT64_MAX || result < INT64_MIN)
            throw builtinError('time.add_date', 'time outside of valid range');
        return (0,rego_value/* normalizeNumber */.Jo)(result);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/json-paths.js



/** Paths as `"a/b/c"` strings or `["a", "b", "c"]` arrays (OPA accepts both, in an array or set). */
function pathTree(name, v) {
    let list;
    if (Array.isArray(v))
        list = [...v];
    else if (v instanceof rego_value/* RegoSet */.e1)
        list = [...v.values()];
    else
        throw operandError(name, 2, 'one of {array, set}', v);
    const root = { end: false, children: new Map() };
    for (const p of list) {
        let parts;
        if (typeof p === 'string')
            parts = p.replace(/^\//, '').split('/').filter((s) => s !== '').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        else if (Array.isArray(p))
            parts = [...p];
        else
            throw new BuiltinError('eval_type_error', `${name}: operand 2 must be one of {set, array} containing string paths or array of path segments but got ${(0,rego_value/* typeName */.go)(p)}`);
        let node = root;
        for (const part of parts) {
            const k = segmentKey(part);
            let next = node.children.get(k);
            if (!next) {
                next = { end: false, children: new Map() };
                node.children.set(k, next);
            }
            node = next;
        }
        node.end = true;
    }
    return root;
}
/** Path segments match object keys and array indexes by their text ("0" finds index 0). */
function segmentKey(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : (0,rego_value/* keyOf */.TN)(v);
}
function filter(v, tree) {
    if (tree.end)
        return v;
    if (v instanceof rego_value/* RegoObject */.FC) {
        const out = new rego_value/* RegoObject */.FC();
        for (const [k, x] of v.pairs()) {
            const sub = tree.children.get(segmentKey(k));
            if (!sub)
                continue;
            const kept = filter(x, sub);
            if (kept !== undefined)
                out.set(k, kept);
        }
        return out;
    }
    if (Array.isArray(v)) {
        const out = [];
        v.forEach((x, i) => {
            const sub = tree.children.get(String(i));
            if (!sub)
                return;
            const kept = filter(x, sub);
            if (kept !== undefined)
                out.push(kept);
        });
        return out;
    }
    if (v instanceof rego_value/* RegoSet */.e1)
        return new rego_value/* RegoSet */.e1([...v.values()].filter((x) => tree.children.has(segmentKey(x))));
    return undefined;
}
function remove(v, tree) {
    if (tree.end)
        return undefined;
    if (v instanceof rego_value/* RegoObject */.FC) {
        const out = new rego_value/* RegoObject */.FC();
        for (const [k, x] of v.pairs()) {
            const sub = tree.children.get(segmentKey(k));
            const kept = sub ? remove(x, sub) : x;
            if (kept !== undefined)
                out.set(k, kept);
        }
        return out;
    }
    if (Array.isArray(v)) {
        const out = [];
        v.forEach((x, i) => {
            const sub = tree.children.get(String(i));
            const kept = sub ? remove(x, sub) : x;
            if (kept !== undefined)
                out.push(kept);
        });
        return out;
    }
    if (v instanceof rego_value/* RegoSet */.e1)
        return new rego_value/* RegoSet */.e1([...v.values()].filter((x) => !tree.children.get(segmentKey(x))?.end));
    return v;
}
/** json.filter and json.remove: keep or drop the listed paths of an object. */
const jsonPathBuiltins = {
    'json.filter': def(2, (a) => filter(obj('json.filter', a, 0), pathTree('json.filter', a[1])) ?? new rego_value/* RegoObject */.FC()),
    'json.remove': def(2, (a) => remove(obj('json.remove', a, 0), pathTree('json.remove', a[1])) ?? new rego_value/* RegoObject */.FC()),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/objects.js


/** Keys named by the second operand of object.remove / object.filter: array, set or object keys. */
function keyList(name, v) {
    if (Array.isArray(v))
        return [...v];
    if (v instanceof rego_value/* RegoSet */.e1)
        return [...v.values()];
    if (v instanceof rego_value/* RegoObject */.FC)
        return v.keys();
    throw operandError(name, 2, 'one of {object, set, array}', v);
}
/** Child of a composite value by key, as a reference would select it. */
function selectChild(v, key) {
    if (v instanceof rego_value/* RegoObject */.FC)
        return v.get(key);
    if (Array.isArray(v))
        return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < v.length ? v[key] : undefined;
    if (v instanceof rego_value/* RegoSet */.e1)
        return v.has(key) ? key : undefined;
    return undefined;
}
/** object.union: right wins, except that two objects under the same key merge recursively. */
function mergeObjects(a, b) {
    const out = new rego_value/* RegoObject */.FC(a.pairs());
    for (const [k, v] of b.pairs()) {
        const existing = out.get(k);
        out.set(k, existing instanceof rego_value/* RegoObject */.FC && v instanceof rego_value/* RegoObject */.FC ? mergeObjects(existing, v) : v);
    }
    return out;
}
/**
 * object.subset: objects recursively (every key of sub in super, with a value that is a subset or
 * equal), sets by membership, arrays as a contiguous run, and a set against an array by membership.
 */
function isSubset(sup, sub) {
    if (sup instanceof rego_value/* RegoObject */.FC && sub instanceof rego_value/* RegoObject */.FC) {
        for (const [k, v] of sub.pairs()) {
            const sv = sup.get(k);
            if (sv === undefined)
                return false;
            // Values under the same key compare as subsets when both are collections of a kind that can.
            if (comparable(sv, v) ? !isSubset(sv, v) : !(0,rego_value/* valuesEqual */.lu)(sv, v))
                return false;
        }
        return true;
    }
    if (sup instanceof rego_value/* RegoSet */.e1 && sub instanceof rego_value/* RegoSet */.e1)
        return [...sub.values()].every((v) => sup.has(v));
    if (Array.isArray(sup) && sub instanceof rego_value/* RegoSet */.e1)
        return [...sub.values()].every((v) => sup.some((x) => (0,rego_value/* valuesEqual */.lu)(x, v)));
    if (Array.isArray(sup) && Array.isArray(sub)) {
        if (sub.length === 0)
            return true;
        for (let i = 0; i + sub.length <= sup.length; i++) {
            if (sub.every((v, j) => (0,rego_value/* valuesEqual */.lu)(sup[i + j], v)))
                return true;
        }
        return false;
    }
    throw operandError('object.subset', 1, 'object, set or array (with a matching second operand)', sup);
}
function comparable(sup, sub) {
    return ((sup instanceof rego_value/* RegoObject */.FC && sub instanceof rego_value/* RegoObject */.FC) ||
        (sup instanceof rego_value/* RegoSet */.e1 && sub instanceof rego_value/* RegoSet */.e1) ||
        (Array.isArray(sup) && (Array.isArray(sub) || sub instanceof rego_value/* RegoSet */.e1)));
}
/** walk: every [path, value] in a document, the document itself first, children in order. */
function walk(v, path, out) {
    out.push([path, v]);
    if (v instanceof rego_value/* RegoObject */.FC)
        for (const [k, x] of v.sortedPairs())
            walk(x, [...path, k], out);
    else if (v instanceof rego_value/* RegoSet */.e1)
        for (const x of v.sorted())
            walk(x, [...path, x], out);
    else if (Array.isArray(v))
        v.forEach((x, i) => walk(x, [...path, i], out));
}
const objectBuiltins = {
    'object.subset': def(2, (a) => isSubset(a[0], a[1])),
    walk: {
        arity: 1,
        relation: true,
        fn: ([v]) => {
            const out = [];
            walk(v, [], out);
            return out;
        },
    },
    'object.get': def(3, (a) => {
        const o = obj('object.get', a, 0);
        const key = a[1];
        if (Array.isArray(key)) {
            let cur = o;
            for (const k of key) {
                cur = cur === undefined ? undefined : selectChild(cur, k);
                if (cur === undefined)
                    return a[2];
            }
            return cur;
        }
        return o.get(key) ?? a[2];
    }),
    'object.keys': def(1, (a) => new rego_value/* RegoSet */.e1(obj('object.keys', a, 0).keys())),
    'object.remove': def(2, (a) => {
        const o = obj('object.remove', a, 0);
        const drop = new rego_value/* RegoSet */.e1(keyList('object.remove', a[1]));
        return new rego_value/* RegoObject */.FC([...o.pairs()].filter(([k]) => !drop.has(k)));
    }),
    'object.filter': def(2, (a) => {
        const o = obj('object.filter', a, 0);
        const keep = new rego_value/* RegoSet */.e1(keyList('object.filter', a[1]));
        return new rego_value/* RegoObject */.FC([...o.pairs()].filter(([k]) => keep.has(k)));
    }),
    'object.union': def(2, (a) => mergeObjects(obj('object.union', a, 0), obj('object.union', a, 1))),
    'object.union_n': def(1, (a) => {
        const list = arr('object.union_n', a, 0);
        let out = new rego_value/* RegoObject */.FC();
        for (const o of list) {
            if (!(o instanceof rego_value/* RegoObject */.FC))
                throw operandError('object.union_n', 1, 'array of objects', a[0]);
            out = mergeObjects(out, o);
        }
        return out;
    }),
};

;// CONCATENATED MODULE: ./policy/rego/re2-syntax.js
/**
 * Parser for Go RE2 regular-expression syntax (what Rego's regex builtins take), producing a
 * small syntax tree in which flags are already applied: `(?i)` has become case-folded classes,
 * `(?s)` a `.` that matches newlines, `(?m)` line anchors, `(?U)` swapped greediness. Two
 * back ends read the tree: re2-to-js.ts (JavaScript RegExp source) and re2-backtrack.ts (a
 * linear-time matcher for patterns that would backtrack exponentially in JavaScript).
 */
/** RE2 rejected the pattern; the message follows Go's `error parsing regexp: ...`. */
class Re2SyntaxError extends Error {
    name = 'Re2SyntaxError';
    constructor(code, fragment) {
        super(`error parsing regexp: ${code}: \`${fragment}\``);
    }
}
const MAX_CODE_POINT = 0x10ffff;
const SPACE = [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]];
const DIGIT = [[0x30, 0x39]];
const WORD = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const POSIX = {
    alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
    alpha: [[0x41, 0x5a], [0x61, 0x7a]],
    ascii: [[0x00, 0x7f]],
    blank: [[0x09, 0x09], [0x20, 0x20]],
    cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
    space: [[0x09, 0x0d], [0x20, 0x20]],
    upper: [[0x41, 0x5a]],
    word: WORD,
    xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};
/** Sorted, merged ranges. */
function normalizeRanges(ranges) {
    const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1)
            last[1] = Math.max(last[1], r[1]);
        else
            out.push([r[0], r[1]]);
    }
    return out;
}
function complement(ranges) {
    const out = [];
    let next = 0;
    for (const [a, b] of normalizeRanges(ranges)) {
        if (a > next)
            out.push([next, a - 1]);
        next = b + 1;
    }
    if (next <= MAX_CODE_POINT)
        out.push([next, MAX_CODE_POINT]);
    return out;
}
/** Simple case variants of one code point (RE2 also folds k/K/Kelvin and s/S/long s). */
function caseVariants(cp) {
    const ch = String.fromCodePoint(cp);
    const set = new Set([cp]);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
        if ([...v].length === 1)
            set.add(v.codePointAt(0));
    }
    const extra = { 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b], 0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53] };
    for (const e of extra[cp] ?? [])
        set.add(e);
    return [...set];
}
function foldRanges(ranges) {
    const out = [...ranges];
    for (const [a, b] of ranges) {
        // ASCII letters by arithmetic; other code points one by one when the range is small.
        const lo = Math.max(a, 0x41);
        const hi = Math.min(b, 0x5a);
        if (lo <= hi)
            out.push([lo + 32, hi + 32]);
        const lo2 = Math.max(a, 0x61);
        const hi2 = Math.min(b, 0x7a);
        if (lo2 <= hi2)
            out.push([lo2 - 32, hi2 - 32]);
        if (b - a <= 2000) {
            for (let c = a; c <= b; c++) {
                if (c < 0x80 && c !== 0x6b && c !== 0x4b && c !== 0x73 && c !== 0x53)
                    continue;
                for (const v of caseVariants(c))
                    out.push([v, v]);
            }
        }
    }
    return normalizeRanges(out);
}
function literal(cp, flags) {
    const ranges = flags.i ? caseVariants(cp).map((v) => [v, v]) : [[cp, cp]];
    return { t: 'class', ranges: normalizeRanges(ranges), negated: false, props: [] };
}
/** Unicode class name as JS spells it: general categories as is, anything else as a script. */
function unicodeProperty(name, negated, fragment) {
    const generalCategories = new Set(['C', 'Cc', 'Cf', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs']);
    if (name === 'Any')
        return { ranges: negated ? [] : [[0, MAX_CODE_POINT]] };
    let prop;
    if (generalCategories.has(name))
        prop = name;
    else {
        try {
            new RegExp(`\\p{Script=${name}}`, 'u');
        }
        catch {
            throw new Re2SyntaxError('invalid character class range', fragment);
        }
        prop = `Script=${name}`;
    }
    return { prop: `\\${negated ? 'P' : 'p'}{${prop}}` };
}
class re2_syntax_Parser {
    p;
    pos = 0;
    groups = 0;
    names = [undefined];
    constructor(p) {
        this.p = p;
    }
    parse() {
        const root = this.parseAlternation({ i: false, m: false, s: false, U: false }, 0);
        if (this.pos < this.p.length)
            throw new Re2SyntaxError('unexpected )', this.p);
        return { root, groupCount: this.groups, names: this.names };
    }
    get ch() {
        return this.p[this.pos];
    }
    parseAlternation(flags, depth) {
        const branches = [];
        const state = { flags: { ...flags } };
        for (;;) {
            branches.push(this.parseConcat(state, depth));
            if (this.ch === '|') {
                this.pos++;
                continue;
            }
            break;
        }
        return branches.length === 1 ? branches[0] : { t: 'alt', items: branches };
    }
    /** Atoms up to `|`, `)` or the end; `(?flags)` changes `state.flags` for what follows. */
    parseConcat(state, depth) {
        const items = [];
        while (this.pos < this.p.length) {
            const c = this.ch;
            if (c === '|')
                break;
            if (c === ')') {
                if (depth === 0)
                    throw new Re2SyntaxError('unexpected )', this.p);
                break;
            }
            if (c === '*' || c === '+' || c === '?' || (c === '{' && this.isRepeat())) {
                const start = this.pos;
                const last = items[items.length - 1];
                const [min, max] = this.readRepeatOp();
                if (!last)
                    throw new Re2SyntaxError('missing argument to repetition operator', this.p.slice(start, this.pos));
                if (last.repeated)
                    throw new Re2SyntaxError('invalid nested repetition operator', this.p.slice(start - 1, this.pos));
                let greedy = true;
                if (this.ch === '?') {
                    this.pos++;
                    greedy = false;
                }
                if (state.flags.U)
                    greedy = !greedy;
                items[items.length - 1] = { node: { t: 'repeat', min, max, greedy, child: last.node }, repeated: true };
                continue;
            }
            const node = this.parseAtom(state, depth);
            if (node)
                items.push({ node, repeated: false });
        }
        if (items.length === 0)
            return { t: 'empty' };
        return items.length === 1 ? items[0].node : { t: 'concat', items: items.map((i) => i.node) };
    }
    isRepeat() {
        return /^\{(\d+)(,(\d*))?\}/.test(this.p.slice(this.pos));
    }
    readRepeatOp() {
        const c = this.ch;
        if (c !== '{') {
            this.pos++;
            return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
        }
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.pos));
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (min > 1000 || (max !== Infinity && (max > 1000 || max < min)))
            throw new Re2SyntaxError('invalid repeat count', m[0]);
        this.pos += m[0].length;
        return [min, max];
    }
    parseAtom(state, depth) {
        const flags = state.flags;
        switch (this.ch) {
            case '(':
                return this.parseGroup(state, depth);
            case '[':
                return this.parseClass(flags);
            case '.':
                this.pos++;
                return { t: 'class', ranges: flags.s ? [[0, MAX_CODE_POINT]] : [[0, 9], [11, MAX_CODE_POINT]], negated: false, props: [] };
            case '^':
                this.pos++;
                return { t: 'assert', kind: flags.m ? 'bol' : 'bot' };
            case '$':
                this.pos++;
                return { t: 'assert', kind: flags.m ? 'eol' : 'eot' };
            case '\\':
                return this.parseEscape(flags);
            default: {
                const cp = this.p.codePointAt(this.pos);
                this.pos += cp > 0xffff ? 2 : 1;
                return literal(cp, flags);
            }
        }
    }
    parseGroup(state, depth) {
        const start = this.pos;
        this.pos++;
        let capture;
        let inner = { ...state.flags };
        if (this.ch === '?') {
            const rest = this.p.slice(this.pos);
            const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
            if (named) {
                this.pos += named[0].length;
                capture = { index: ++this.groups, name: named[1] };
                this.names[capture.index] = named[1];
            }
            else {
                const m = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
                if (!m || m[2] === '' || (m[1] === '' && m[2] === undefined && m[3] === ')')) {
                    const end = this.p.indexOf(')', this.pos);
                    const code = rest.startsWith('?P') || rest.startsWith('?<') ? 'invalid named capture' : 'invalid or unsupported Perl syntax';
                    throw new Re2SyntaxError(code, this.p.slice(start, end < 0 ? this.p.length : end + 1));
                }
                this.pos += m[0].length;
                const next = { ...state.flags };
                for (const f of m[1])
                    next[f] = true;
                for (const f of m[2] ?? '')
                    next[f] = false;
                if (m[3] === ')') {
                    // `(?i)`: applies to the rest of the enclosing group.
                    state.flags = next;
                    return undefined;
                }
                inner = next;
            }
        }
        else {
            capture = { index: ++this.groups };
            this.names[capture.index] = undefined;
        }
        const body = this.parseAlternation(inner, depth + 1);
        if (this.ch !== ')')
            throw new Re2SyntaxError('missing closing )', this.p.slice(start));
        this.pos++;
        if (!capture)
            return body;
        return { t: 'group', index: capture.index, name: capture.name, child: body };
    }
    /** Escapes outside a class. */
    parseEscape(flags) {
        const start = this.pos;
        const e = this.p[this.pos + 1];
        if (e === undefined)
            throw new Re2SyntaxError('trailing backslash at end of expression', '');
        switch (e) {
            case 'A':
                this.pos += 2;
                return { t: 'assert', kind: 'bot' };
            case 'z':
                this.pos += 2;
                return { t: 'assert', kind: 'eot' };
            case 'b':
                this.pos += 2;
                return { t: 'assert', kind: 'wordb' };
            case 'B':
                this.pos += 2;
                return { t: 'assert', kind: 'nonwordb' };
            case 'Q': {
                const end = this.p.indexOf('\\E', this.pos + 2);
                const text = end < 0 ? this.p.slice(this.pos + 2) : this.p.slice(this.pos + 2, end);
                this.pos = end < 0 ? this.p.length : end + 2;
                const items = [...text].map((ch) => literal(ch.codePointAt(0), flags));
                return items.length === 0 ? { t: 'empty' } : items.length === 1 ? items[0] : { t: 'concat', items };
            }
            case 'E':
                // A stray \E is ignored by RE2.
                this.pos += 2;
                return { t: 'empty' };
            case 'C':
                throw new Re2SyntaxError('invalid escape sequence', '\\C');
        }
        const cls = this.classEscape();
        if (cls) {
            if (cls.prop)
                return { t: 'class', ranges: [], negated: false, props: [cls.prop] };
            return { t: 'class', ranges: flags.i ? foldRanges(cls.ranges) : normalizeRanges(cls.ranges), negated: false, props: [] };
        }
        this.pos = start;
        return literal(this.escapedCodePoint(), flags);
    }
    /** `\d \s \w \p{..}` and their negations; undefined if the escape is not a class. */
    classEscape() {
        const e = this.p[this.pos + 1];
        const simple = { d: DIGIT, s: SPACE, w: WORD };
        if (e.toLowerCase() in simple) {
            this.pos += 2;
            const base = simple[e.toLowerCase()];
            return { ranges: e === e.toLowerCase() ? base : complement(base) };
        }
        if (e === 'p' || e === 'P') {
            const start = this.pos;
            let name;
            if (this.p[this.pos + 2] === '{') {
                const end = this.p.indexOf('}', this.pos + 3);
                if (end < 0)
                    throw new Re2SyntaxError('invalid character class range', this.p.slice(start));
                name = this.p.slice(this.pos + 3, end);
                this.pos = end + 1;
            }
            else {
                name = this.p[this.pos + 2] ?? '';
                this.pos += 3;
            }
            let negated = e === 'P';
            if (name.startsWith('^')) {
                negated = !negated;
                name = name.slice(1);
            }
            return unicodeProperty(name, negated, this.p.slice(start, this.pos));
        }
        return undefined;
    }
    /** A single escaped character: `\n`, `\x41`, `\x{263a}`, `\101`, `\.`; advances past it. */
    escapedCodePoint() {
        const start = this.pos;
        const e = this.p[this.pos + 1];
        this.pos += 2;
        const controls = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        if (e in controls)
            return controls[e];
        if (e === 'x') {
            if (this.ch === '{') {
                const end = this.p.indexOf('}', this.pos);
                const digits = end < 0 ? '' : this.p.slice(this.pos + 1, end);
                if (!/^[0-9A-Fa-f]+$/.test(digits) || parseInt(digits, 16) > MAX_CODE_POINT)
                    throw new Re2SyntaxError('invalid escape sequence', this.p.slice(start, end + 1));
                this.pos = end + 1;
                return parseInt(digits, 16);
            }
            const digits = this.p.slice(this.pos, this.pos + 2);
            if (!/^[0-9A-Fa-f]{2}$/.test(digits))
                throw new Re2SyntaxError('invalid escape sequence', this.p.slice(start, this.pos + 2));
            this.pos += 2;
            return parseInt(digits, 16);
        }
        if (/[0-7]/.test(e)) {
            // Octal: \0 alone, or \1-\7 followed by more digits (a single \1 would be a backreference).
            let digits = e;
            while (digits.length < 3 && /[0-7]/.test(this.ch ?? ''))
                digits += this.p[this.pos++];
            if (e !== '0' && digits.length === 1)
                throw new Re2SyntaxError('invalid escape sequence', `\\${e}`);
            return parseInt(digits, 8);
        }
        if (/[A-Za-z0-9]/.test(e))
            throw new Re2SyntaxError('invalid escape sequence', `\\${e}`);
        return e.codePointAt(0);
    }
    parseClass(flags) {
        const start = this.pos;
        this.pos++;
        let negated = false;
        if (this.ch === '^') {
            negated = true;
            this.pos++;
        }
        const ranges = [];
        const props = [];
        let first = true;
        for (;;) {
            if (this.pos >= this.p.length)
                throw new Re2SyntaxError('missing closing ]', this.p.slice(start));
            const c = this.ch;
            // RE2: a `]` first in the class (after `[` or `[^`) is a literal.
            if (c === ']' && !first) {
                this.pos++;
                break;
            }
            first = false;
            if (c === '[' && this.p[this.pos + 1] === ':') {
                const m = /^\[:(\^?)([a-z]+):\]/.exec(this.p.slice(this.pos));
                if (m) {
                    const base = POSIX[m[2]];
                    if (!base)
                        throw new Re2SyntaxError('invalid character class range', m[0]);
                    ranges.push(...(m[1] ? complement(base) : base));
                    this.pos += m[0].length;
                    continue;
                }
            }
            if (c === '\\' && this.pos + 1 < this.p.length) {
                const cls = this.classEscape();
                if (cls?.ranges) {
                    ranges.push(...cls.ranges);
                    continue;
                }
                if (cls?.prop) {
                    props.push(cls.prop);
                    continue;
                }
            }
            const lo = this.classChar();
            if (this.ch === '-' && this.p[this.pos + 1] !== ']' && this.pos + 1 < this.p.length) {
                const dash = this.pos;
                this.pos++;
                const hi = this.classChar();
                if (hi < lo)
                    throw new Re2SyntaxError('invalid character class range', this.p.slice(dash - 1, this.pos));
                ranges.push([lo, hi]);
            }
            else
                ranges.push([lo, lo]);
        }
        return { t: 'class', ranges: flags.i ? foldRanges(ranges) : normalizeRanges(ranges), negated, props };
    }
    classChar() {
        if (this.ch === '\\') {
            if (this.pos + 1 >= this.p.length)
                throw new Re2SyntaxError('missing closing ]', this.p);
            return this.escapedCodePoint();
        }
        const cp = this.p.codePointAt(this.pos);
        this.pos += cp > 0xffff ? 2 : 1;
        return cp;
    }
}
/** Parses an RE2 pattern; throws Re2SyntaxError with Go's wording for invalid patterns. */
function parseRe2(pattern) {
    return new re2_syntax_Parser(pattern).parse();
}
/** A node that matches exactly one character. */
function isSingleChar(n) {
    return n.t === 'class';
}
/**
 * Rewrites `(x+)+` to `(x+)` and `(x+)*` to `(?:(x+))?` (x one character): same language and,
 * for greedy repetition, the same captures, but without the nested repetition that makes a
 * backtracking engine exponential on a failing match (RE2 itself never backtracks).
 */
function flattenNestedRepeats(n) {
    switch (n.t) {
        case 'group':
            return { ...n, child: flattenNestedRepeats(n.child) };
        case 'concat':
        case 'alt':
            return { ...n, items: n.items.map(flattenNestedRepeats) };
        case 'repeat': {
            const child = flattenNestedRepeats(n.child);
            if (n.greedy && n.min <= 1 && n.max === Infinity &&
                child.t === 'group' && child.child.t === 'repeat' && child.child.greedy && child.child.min === 1 && child.child.max === Infinity && isSingleChar(child.child.child)) {
                return n.min === 1 ? child : { t: 'repeat', min: 0, max: 1, greedy: true, child };
            }
            return { ...n, child };
        }
        default:
            return n;
    }
}
/**
 * True if a backtracking engine could take exponential time: a repetition (more than once) of
 * something that itself repeats or branches, or of a capture group (whose per-iteration capture
 * JavaScript also resets where Go keeps it).
 */
function needsLinearEngine(n) {
    const inner = (x) => {
        switch (x.t) {
            case 'repeat':
                return x.max > 1 || inner(x.child);
            case 'alt':
                return true;
            case 'group':
                return true;
            case 'concat':
                return x.items.some(inner);
            default:
                return false;
        }
    };
    switch (n.t) {
        case 'repeat':
            return (n.max > 1 && inner(n.child)) || needsLinearEngine(n.child);
        case 'group':
            return needsLinearEngine(n.child);
        case 'concat':
        case 'alt':
            return n.items.some(needsLinearEngine);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./policy/rego/re2-backtrack.js
/**
 * A linear-time matcher for RE2 syntax trees, used for patterns that JavaScript's backtracking
 * engine could take exponential time on (see needsLinearEngine). It is a bounded backtracker
 * like RE2's BitState: a compiled program explored depth-first in priority order (so the first
 * match found is the leftmost-first one, with Go's captures), never visiting the same
 * (instruction, position) twice, which bounds the work by program size × text length.
 */

function inRanges(ranges, cp) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = ranges[mid];
        if (cp < a)
            hi = mid - 1;
        else if (cp > b)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
function classTest(n) {
    const ranges = normalizeRanges(n.ranges.map((r) => [r[0], r[1]]));
    const props = n.props.length ? new RegExp(`^[${n.props.join('')}]$`, 'u') : undefined;
    const member = (cp) => inRanges(ranges, cp) || (props !== undefined && props.test(String.fromCodePoint(cp)));
    return n.negated ? (cp) => !member(cp) : member;
}
class Compiler {
    prog = [];
    emit(inst) {
        this.prog.push(inst);
        return this.prog.length - 1;
    }
    compile(n) {
        switch (n.t) {
            case 'empty':
                return;
            case 'class':
                this.emit({ op: 'char', test: classTest(n) });
                return;
            case 'assert':
                this.emit({ op: 'assert', kind: n.kind });
                return;
            case 'group':
                this.emit({ op: 'save', slot: 2 * n.index });
                this.compile(n.child);
                this.emit({ op: 'save', slot: 2 * n.index + 1 });
                return;
            case 'concat':
                for (const item of n.items)
                    this.compile(item);
                return;
            case 'alt': {
                const jumps = [];
                n.items.forEach((item, i) => {
                    if (i < n.items.length - 1) {
                        const split = this.emit({ op: 'split', x: 0, y: 0 });
                        this.prog[split].x = this.prog.length;
                        this.compile(item);
                        jumps.push(this.emit({ op: 'jmp', x: 0 }));
                        this.prog[split].y = this.prog.length;
                    }
                    else
                        this.compile(item);
                });
                for (const j of jumps)
                    this.prog[j].x = this.prog.length;
                return;
            }
            case 'repeat': {
                for (let i = 0; i < n.min; i++)
                    this.compile(n.child);
                if (n.max === Infinity) {
                    const loop = this.emit({ op: 'split', x: 0, y: 0 });
                    const body = this.prog.length;
                    this.compile(n.child);
                    this.emit({ op: 'jmp', x: loop });
                    this.setSplit(loop, body, this.prog.length, n.greedy);
                    return;
                }
                const splits = [];
                for (let i = n.min; i < n.max; i++) {
                    const split = this.emit({ op: 'split', x: 0, y: 0 });
                    splits.push(split);
                    const body = this.prog.length;
                    this.compile(n.child);
                    this.setSplit(split, body, -1, n.greedy);
                }
                for (const s of splits)
                    this.patchExit(s, this.prog.length);
                return;
            }
        }
    }
    /** A split that prefers `body` (greedy) or the exit (lazy). */
    setSplit(split, body, exit, greedy) {
        const inst = this.prog[split];
        if (greedy) {
            inst.x = body;
            inst.y = exit;
        }
        else {
            inst.x = exit;
            inst.y = body;
        }
    }
    patchExit(split, exit) {
        const inst = this.prog[split];
        if (inst.y === -1)
            inst.y = exit;
        else
            inst.x = exit;
    }
}
function isWordAt(s, i) {
    if (i < 0 || i >= s.length)
        return false;
    return inRanges(WORD, s.charCodeAt(i));
}
function assertHolds(kind, s, pos) {
    switch (kind) {
        case 'bot':
            return pos === 0;
        case 'eot':
            return pos === s.length;
        case 'bol':
            return pos === 0 || s.charCodeAt(pos - 1) === 10;
        case 'eol':
            return pos === s.length || s.charCodeAt(pos) === 10;
        case 'wordb':
            return isWordAt(s, pos - 1) !== isWordAt(s, pos);
        case 'nonwordb':
            return isWordAt(s, pos - 1) === isWordAt(s, pos);
    }
}
/** A compiled pattern for the bounded backtracker. */
class BacktrackMatcher {
    prog;
    slots;
    constructor(pattern) {
        const c = new Compiler();
        c.compile({ t: 'group', index: 0, child: pattern.root });
        c.prog.push({ op: 'match' });
        this.prog = c.prog;
        this.slots = 2 * (pattern.groupCount + 1);
    }
    /** The leftmost-first match starting at or after `from` (a UTF-16 offset). */
    exec(s, from) {
        const width = s.length + 1;
        const visited = new Uint32Array(Math.ceil((this.prog.length * width) / 32));
        for (let start = from; start <= s.length;) {
            const caps = this.run(s, start, visited, width);
            if (caps) {
                const groups = [];
                for (let g = 0; g < this.slots / 2; g++) {
                    const a = caps[2 * g];
                    const b = caps[2 * g + 1];
                    groups.push(a >= 0 && b >= 0 ? s.slice(a, b) : undefined);
                }
                return { index: caps[0], end: caps[1], groups };
            }
            const c = s.charCodeAt(start);
            start += c >= 0xd800 && c <= 0xdbff && start + 1 < s.length ? 2 : 1;
        }
        return null;
    }
    run(s, start, visited, width) {
        const caps = new Array(this.slots).fill(-1);
        // Jobs: [pc, pos] to explore, or [-1 - slot, old value] to restore a capture on backtrack.
        const stack = [0, start];
        while (stack.length) {
            const b = stack.pop();
            const a = stack.pop();
            if (a < 0) {
                caps[-1 - a] = b;
                continue;
            }
            let pc = a;
            let pos = b;
            for (;;) {
                const bit = pc * width + pos;
                if (visited[bit >>> 5] & (1 << (bit & 31)))
                    break;
                visited[bit >>> 5] |= 1 << (bit & 31);
                const inst = this.prog[pc];
                if (inst.op === 'char') {
                    if (pos >= s.length)
                        break;
                    const cp = s.codePointAt(pos);
                    if (!inst.test(cp))
                        break;
                    pos += cp > 0xffff ? 2 : 1;
                    pc++;
                }
                else if (inst.op === 'split') {
                    stack.push(inst.y, pos);
                    pc = inst.x;
                }
                else if (inst.op === 'jmp') {
                    pc = inst.x;
                }
                else if (inst.op === 'save') {
                    stack.push(-1 - inst.slot, caps[inst.slot]);
                    caps[inst.slot] = pos;
                    pc++;
                }
                else if (inst.op === 'assert') {
                    if (!assertHolds(inst.kind, s, pos))
                        break;
                    pc++;
                }
                else {
                    return caps;
                }
            }
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./policy/rego/re2-to-js.js
/**
 * Translates Go RE2 regular-expression syntax (what Rego's regex builtins take) into an
 * equivalent JavaScript RegExp source, always compiled with the `u` flag.
 *
 * JavaScript reads several RE2 constructs differently or not at all: `(?i)` and `(?i:...)` flag
 * groups, `[^]...]` (RE2: `]` right after `[`/`[^` is a literal; JS: `[^]` is "any character"),
 * `\A`/`\z`, POSIX classes `[[:alpha:]]`, `\Q...\E`, `(?P<name>...)`, ASCII-only `\s`, and `.`
 * excluding only `\n`. Rather than rewriting text piecemeal, the pattern is parsed
 * (re2-syntax.ts) and every node is emitted explicitly (classes as code-point ranges), so no JS
 * flag other than `u` is needed and flags can change in the middle of a pattern, as RE2 allows.
 */


const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
function hex(cp) {
    return `\\u{${cp.toString(16)}}`;
}
function emitLiteral(cp) {
    const ch = String.fromCodePoint(cp);
    if (SYNTAX_CHARS.has(ch))
        return '\\' + ch;
    if (cp < 0x20 || cp === 0x7f || ch === '-' || ch === ',')
        return hex(cp);
    return ch;
}
function emitClass(n) {
    if (!n.negated && n.props.length === 0 && n.ranges.length === 1 && n.ranges[0][0] === n.ranges[0][1]) {
        return emitLiteral(n.ranges[0][0]);
    }
    const body = n.ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
    return `[${n.negated ? '^' : ''}${body}${n.props.join('')}]`;
}
function quantifier(min, max) {
    if (min === 0 && max === Infinity)
        return '*';
    if (min === 1 && max === Infinity)
        return '+';
    if (min === 0 && max === 1)
        return '?';
    if (max === Infinity)
        return `{${min},}`;
    return min === max ? `{${min}}` : `{${min},${max}}`;
}
/** Emits a node; `atom` asks for something a quantifier can apply to. */
function emit(n, atom = false) {
    switch (n.t) {
        case 'empty':
            return atom ? '(?:)' : '';
        case 'class':
            return emitClass(n);
        case 'assert': {
            const src = { bot: '^', eot: '$', bol: '(?<![^\\n])', eol: '(?![^\\n])', wordb: '\\b', nonwordb: '\\B' }[n.kind];
            // JS cannot quantify an assertion directly (RE2 can: `^*`).
            return atom ? `(?:${src})` : src;
        }
        case 'group':
            return `(${emit(n.child)})`;
        case 'concat': {
            const s = n.items.map((x) => emit(x)).join('');
            return atom ? `(?:${s})` : s;
        }
        case 'alt': {
            const s = n.items.map((x) => emit(x)).join('|');
            return `(?:${s})`;
        }
        case 'repeat':
            return emit(n.child, true) + quantifier(n.min, n.max) + (n.greedy ? '' : '?');
    }
}
/** Translates an RE2 pattern; throws Re2SyntaxError with Go's wording for invalid patterns. */
function translateRe2(pattern) {
    const parsed = parseRe2(pattern);
    const root = flattenNestedRepeats(parsed.root);
    // The top-level alternation needs no group of its own.
    const source = root.t === 'alt' ? root.items.map((x) => emit(x)).join('|') : emit(root);
    return { source, groupCount: parsed.groupCount, names: parsed.names };
}
const re2_to_js_cache = new Map();
/**
 * Compiles an RE2 pattern to a global JS RegExp, cached (policies call the same patterns for
 * every statement). Callers must reset `lastIndex` before use.
 */
function compileRe2(pattern) {
    let re = re2_to_js_cache.get(pattern);
    if (!re) {
        const { source } = translateRe2(pattern);
        re = new RegExp(source, 'gu');
        if (re2_to_js_cache.size > 1000)
            re2_to_js_cache.clear();
        re2_to_js_cache.set(pattern, re);
    }
    return re;
}

;// CONCATENATED MODULE: ./policy/rego/re2-matcher.js
/**
 * One interface over the two ways of running an RE2 pattern: JavaScript's RegExp on the
 * translated pattern (fast, used for most patterns) and the bounded backtracker (linear time,
 * used where a backtracking engine could blow up or would give other captures than Go).
 */



class JsMatcher {
    re;
    names;
    engine = 'js';
    constructor(re, names) {
        this.re = re;
        this.names = names;
    }
    exec(s, from) {
        this.re.lastIndex = from;
        const m = this.re.exec(s);
        if (!m)
            return null;
        return { index: m.index, end: m.index + m[0].length, groups: [...m] };
    }
}
class LinearMatcher {
    matcher;
    names;
    engine = 'linear';
    constructor(matcher, names) {
        this.matcher = matcher;
        this.names = names;
    }
    exec(s, from) {
        return this.matcher.exec(s, from);
    }
}
const re2_matcher_cache = new Map();
/** Compiles (and caches) a matcher; throws Re2SyntaxError for patterns RE2 rejects. */
function compileRe2Matcher(pattern) {
    let m = re2_matcher_cache.get(pattern);
    if (!m) {
        const parsed = parseRe2(pattern);
        const root = flattenNestedRepeats(parsed.root);
        if (needsLinearEngine(root)) {
            m = new LinearMatcher(new BacktrackMatcher({ ...parsed, root }), parsed.names);
        }
        else {
            m = new JsMatcher(new RegExp(translateRe2(pattern).source, 'gu'), parsed.names);
        }
        if (re2_matcher_cache.size > 1000)
            re2_matcher_cache.clear();
        re2_matcher_cache.set(pattern, m);
    }
    return m;
}

;// CONCATENATED MODULE: ./policy/rego/go-regexp.js

function runeWidth(s, pos) {
    const c = s.charCodeAt(pos);
    return c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length ? 2 : 1;
}
/**
 * All successive non-overlapping matches, with Go's rules: at most `n` (all if n < 0), and an
 * empty match right after the previous match is skipped.
 */
function findAllMatches(pattern, s, n) {
    const re = compileRe2Matcher(pattern);
    const out = [];
    let pos = 0;
    let prevEnd = -1;
    while ((n < 0 || out.length < n) && pos <= s.length) {
        const m = re.exec(s, pos);
        if (!m)
            break;
        const end = m.end;
        let accept = true;
        if (end === m.index) {
            if (m.index === prevEnd)
                accept = false;
            pos = m.index < s.length ? m.index + runeWidth(s, m.index) : s.length + 1;
        }
        else {
            pos = end;
        }
        prevEnd = end;
        if (accept)
            out.push({ index: m.index, end, groups: m.groups.map((g) => g ?? '') });
    }
    return out;
}
function regexMatches(pattern, s) {
    return compileRe2Matcher(pattern).exec(s, 0) !== null;
}
/** Go's regexp.Split(s, -1). */
function regexSplit(pattern, s) {
    if (s === '')
        return [''];
    const matches = findAllMatches(pattern, s, -1);
    const out = [];
    let beg = 0;
    let end = 0;
    for (const m of matches) {
        end = m.index;
        if (m.end !== 0)
            out.push(s.slice(beg, end));
        beg = m.end;
    }
    if (end !== s.length)
        out.push(s.slice(beg));
    return out;
}
/** Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expand(template, m, names) {
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c !== '$') {
            out += c;
            continue;
        }
        const rest = template.slice(i + 1);
        if (rest.startsWith('$')) {
            out += '$';
            i++;
            continue;
        }
        const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
        const bare = /^[A-Za-z0-9_]+/.exec(rest);
        const name = braced ? braced[1] : bare ? bare[0] : undefined;
        if (name === undefined) {
            out += '$';
            continue;
        }
        i += braced ? braced[0].length : bare[0].length;
        const index = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
        out += index >= 0 ? (m.groups[index] ?? '') : '';
    }
    return out;
}
/** Go's Regexp.ReplaceAllString. */
function regexReplaceAll(pattern, s, repl) {
    const re = compileRe2Matcher(pattern);
    let out = '';
    let lastEnd = 0;
    let searchPos = 0;
    while (searchPos <= s.length) {
        const m = re.exec(s, searchPos);
        if (!m)
            break;
        const start = m.index;
        const end = m.end;
        out += s.slice(lastEnd, start);
        if (end > lastEnd || start === 0)
            out += expand(repl, m, re.names);
        lastEnd = end;
        const width = searchPos < s.length ? runeWidth(s, searchPos) : 1;
        if (searchPos + width > end)
            searchPos += width;
        else if (searchPos + 1 > end)
            searchPos++;
        else
            searchPos = end;
    }
    return out + s.slice(lastEnd);
}

;// CONCATENATED MODULE: ./policy/rego/builtins/regex.js




/** Runs a regex operation, turning pattern errors into builtin errors named after the builtin. */
function withPattern(name, pattern, f) {
    try {
        compileRe2Matcher(pattern);
    }
    catch (e) {
        throw new BuiltinError('eval_builtin_error', `${name}: ${e.message}`);
    }
    return f();
}
function match(name, a) {
    const pattern = str(name, a, 0);
    const value = str(name, a, 1);
    return withPattern(name, pattern, () => regexMatches(pattern, value));
}
/**
 * regex.template_match: the template is literal text with regular expressions between the
 * delimiters (`urn:{[a-z]+}:x`); delimiters nest, as in OPA (gorilla/mux style).
 */
function templateMatch(a) {
    const name = 'regex.template_match';
    const template = str(name, a, 0);
    const value = str(name, a, 1);
    const open = str(name, a, 2);
    const close = str(name, a, 3);
    if ([...open].length !== 1 || [...close].length !== 1)
        throw new BuiltinError('eval_builtin_error', `${name}: delimiters must be single characters`);
    let pattern = '^';
    let i = 0;
    while (i < template.length) {
        const start = template.indexOf(open, i);
        if (start < 0) {
            pattern += quoteMeta(template.slice(i));
            break;
        }
        pattern += quoteMeta(template.slice(i, start));
        let depth = 0;
        let end = -1;
        for (let j = start; j < template.length; j++) {
            if (template[j] === open)
                depth++;
            else if (template[j] === close && --depth === 0) {
                end = j;
                break;
            }
        }
        if (end < 0)
            throw new BuiltinError('eval_builtin_error', `${name}: unbalanced braces in ${JSON.stringify(template)}`);
        pattern += `(?:${template.slice(start + 1, end)})`;
        i = end + 1;
    }
    pattern += '$';
    return withPattern(name, pattern, () => regexMatches(pattern, value));
}
/** Go's regexp.QuoteMeta. */
function quoteMeta(s) {
    return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
const regexBuiltins = {
    'regex.template_match': def(4, templateMatch),
    'regex.match': def(2, (a) => match('regex.match', a)),
    re_match: def(2, (a) => match('re_match', a)),
    'regex.is_valid': def(1, ([p]) => {
        if (typeof p !== 'string')
            return false;
        try {
            compileRe2Matcher(p);
            return true;
        }
        catch {
            return false;
        }
    }),
    'regex.find_n': def(3, (a) => {
        const pattern = str('regex.find_n', a, 0);
        const value = str('regex.find_n', a, 1);
        const n = builtin_int('regex.find_n', a, 2);
        return withPattern('regex.find_n', pattern, () => findAllMatches(pattern, value, n).map((m) => m.groups[0]));
    }),
    'regex.find_all_string_submatch_n': def(3, (a) => {
        const name = 'regex.find_all_string_submatch_n';
        const pattern = str(name, a, 0);
        const value = str(name, a, 1);
        const n = builtin_int(name, a, 2);
        return withPattern(name, pattern, () => findAllMatches(pattern, value, n).map((m) => m.groups));
    }),
    'regex.split': def(2, (a) => {
        const pattern = str('regex.split', a, 0);
        const value = str('regex.split', a, 1);
        return withPattern('regex.split', pattern, () => regexSplit(pattern, value));
    }),
    'regex.replace': def(3, (a) => {
        const s = str('regex.replace', a, 0);
        const pattern = str('regex.replace', a, 1);
        const value = str('regex.replace', a, 2);
        return withPattern('regex.replace', pattern, () => regexReplaceAll(pattern, s, value));
    }),
};

;// CONCATENATED MODULE: ./policy/rego/go-sprintf.js
/**
 * Go's fmt.Sprintf, as Rego's `sprintf` uses it. OPA hands Go integers (int or *big.Int) for
 * integral numbers, float64 for other numbers, strings as is, and every other value as its Rego
 * text, so `%s` of an array prints `["a", 1]` and `%d` of a string prints `%!d(string=a)`.
 */

const go_sprintf_INT64_MAX = (1n << 63n) - 1n;
const go_sprintf_INT64_MIN = -(1n << 63n);
function toGoArg(v) {
    if (typeof v === 'bigint' && !Number.isFinite(Number(v))) {
        // Beyond float64 OPA passes the number's own text (e.g. 2e308).
        const digits = (v < 0n ? -v : v).toString();
        const mant = digits.replace(/0+$/, '');
        const text = `${v < 0n ? '-' : ''}${mant[0]}${mant.length > 1 ? '.' + mant.slice(1) : ''}e${digits.length - 1}`;
        return { kind: 'string', v: text };
    }
    if (typeof v === 'bigint')
        return { kind: 'int', v, big: v > go_sprintf_INT64_MAX || v < go_sprintf_INT64_MIN };
    if (typeof v === 'number') {
        if (Number.isInteger(v))
            return { kind: 'int', v: BigInt(v), big: false };
        return { kind: 'float', v };
    }
    if (typeof v === 'string')
        return { kind: 'string', v };
    return { kind: 'string', v: (0,rego_value/* regoText */.$7)(v) };
}
function goTypeName(a) {
    if (a.kind === 'int')
        return a.big ? '*big.Int' : 'int';
    return a.kind === 'float' ? 'float64' : 'string';
}
/** Go's strconv.Quote. */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        switch (ch) {
            case '"':
                out += '\\"';
                continue;
            case '\\':
                out += '\\\\';
                continue;
            case '\x07':
                out += '\\a';
                continue;
            case '\b':
                out += '\\b';
                continue;
            case '\f':
                out += '\\f';
                continue;
            case '\n':
                out += '\\n';
                continue;
            case '\r':
                out += '\\r';
                continue;
            case '\t':
                out += '\\t';
                continue;
            case '\v':
                out += '\\v';
                continue;
        }
        if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if ((cp >= 0x80 && cp < 0xa0) || cp === 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff) {
            out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
        }
        else
            out += ch;
    }
    return out + '"';
}
function pad(s, spec, zeroAllowed) {
    if (spec.width === undefined)
        return s;
    const len = [...s].length;
    if (len >= spec.width)
        return s;
    const fill = spec.width - len;
    if (spec.minus)
        return s + ' '.repeat(fill);
    if (spec.zero && zeroAllowed) {
        const sign = /^[+\- ]/.test(s) ? s[0] : '';
        const rest = s.slice(sign.length);
        const prefix = /^0[xXbo]/.test(rest) && spec.sharp ? rest.slice(0, 2) : '';
        return sign + prefix + '0'.repeat(fill) + rest.slice(prefix.length);
    }
    return ' '.repeat(fill) + s;
}
function signed(s, negative, spec) {
    if (negative)
        return '-' + s;
    if (spec.plus)
        return '+' + s;
    if (spec.space)
        return ' ' + s;
    return s;
}
function formatInt(a, spec) {
    const neg = a.v < 0n;
    const abs = neg ? -a.v : a.v;
    let digits;
    switch (spec.verb) {
        case 'd':
        case 'v':
            digits = abs.toString(10);
            break;
        case 's':
            if (!a.big)
                return undefined;
            digits = abs.toString(10);
            break;
        case 'b':
            digits = abs.toString(2);
            break;
        case 'o':
            digits = abs.toString(8);
            if (spec.sharp && digits[0] !== '0')
                digits = '0' + digits;
            break;
        case 'O':
            digits = '0o' + abs.toString(8);
            break;
        case 'x':
            digits = abs.toString(16);
            if (spec.sharp)
                digits = '0x' + digits;
            break;
        case 'X':
            digits = abs.toString(16).toUpperCase();
            if (spec.sharp)
                digits = '0X' + digits;
            break;
        case 'c':
            return pad(String.fromCodePoint(Number(a.v)), spec, false);
        case 'q':
            return pad("'" + String.fromCodePoint(Number(a.v)) + "'", spec, false);
        case 'U':
            return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec, false);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (a.big)
                return undefined;
            return undefined;
        default:
            return undefined;
    }
    if (spec.prec !== undefined && digits.length < spec.prec)
        digits = digits.padStart(spec.prec, '0');
    return pad(signed(digits, neg, spec), spec, spec.prec === undefined);
}
function expDigits(s) {
    // JS writes e+0; Go writes at least two exponent digits.
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}
function formatFloat(v, spec) {
    if (!Number.isFinite(v)) {
        const s = Number.isNaN(v) ? 'NaN' : v > 0 ? (spec.plus ? '+Inf' : 'Inf') : '-Inf';
        return pad(s, spec, false);
    }
    const neg = v < 0 || Object.is(v, -0);
    const abs = Math.abs(v);
    let body;
    switch (spec.verb) {
        case 'v':
        case 'g':
        case 'G': {
            if (spec.prec === undefined) {
                // Go's shortest form switches to e-notation for exponents < -4 or >= 6 (not 21 as JS).
                const e = abs === 0 ? 0 : Number(abs.toExponential().split('e')[1]);
                body = e < -4 || e >= 6 ? expDigits(abs.toExponential()) : shortestFixed(abs);
            }
            else {
                const p = spec.prec === 0 ? 1 : spec.prec;
                const e = abs === 0 ? 0 : Number(abs.toExponential(p - 1).split('e')[1]);
                if (e < -4 || e >= p)
                    body = expDigits(trimZeros(abs.toExponential(p - 1), spec.sharp));
                else
                    body = trimZeros(abs.toFixed(Math.max(0, p - 1 - e)), spec.sharp);
            }
            if (spec.verb === 'G')
                body = body.toUpperCase();
            break;
        }
        case 'e':
        case 'E':
            body = expDigits(abs.toExponential(spec.prec ?? 6));
            if (spec.verb === 'E')
                body = body.toUpperCase();
            break;
        case 'f':
        case 'F':
            body = goFixed(abs, spec.prec ?? 6);
            break;
        default:
            return undefined;
    }
    return pad(signed(body, neg, spec), spec, true);
}
/**
 * toFixed with Go's rounding: an exact tie (2.25 to one digit) goes to the even digit, where JS
 * always rounds up.
 */
function goFixed(abs, prec) {
    const rounded = abs.toFixed(prec);
    const long = abs.toFixed(Math.min(100, prec + 30));
    const dot = long.indexOf('.');
    const rest = long.slice(dot + 1 + prec);
    if (!/^50*$/.test(rest))
        return rounded;
    const truncated = prec === 0 ? long.slice(0, dot) : long.slice(0, dot + 1 + prec);
    const lastDigit = Number(truncated[truncated.length - 1]);
    return lastDigit % 2 === 0 ? truncated : rounded;
}
function shortestFixed(abs) {
    const s = String(abs);
    if (!s.includes('e'))
        return s;
    // Small exponents that JS writes in e-notation but Go in plain digits.
    return abs.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
function trimZeros(s, keep) {
    if (keep)
        return s;
    const [mant, exp] = s.split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    return exp === undefined ? m : `${m}e${exp}`;
}
function formatString(s, spec) {
    switch (spec.verb) {
        case 's':
        case 'v': {
            const t = spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s;
            return pad(t, spec, true);
        }
        case 'q':
            return pad(goQuote(s), spec, false);
        case 'x':
        case 'X': {
            let h = Buffer.from(s, 'utf8').toString('hex');
            if (spec.verb === 'X')
                h = h.toUpperCase();
            return pad(h, spec, false);
        }
        default:
            return undefined;
    }
}
function formatValueV(a) {
    if (a.kind === 'int')
        return a.v.toString();
    if (a.kind === 'float')
        return formatFloat(a.v, { verb: 'v', minus: false, plus: false, space: false, zero: false, sharp: false });
    return a.v;
}
function formatArg(a, spec) {
    let out;
    if (spec.verb === 'T')
        return pad(goTypeName(a), spec, false);
    if (a.kind === 'int')
        out = formatInt(a, spec);
    else if (a.kind === 'float')
        out = formatFloat(a.v, spec);
    else
        out = formatString(a.v, spec);
    return out ?? `%!${spec.verb}(${goTypeName(a)}=${formatValueV(a)})`;
}
/** Formats like Go's fmt.Sprintf with Rego values as arguments. */
function goSprintf(format, values) {
    const args = values.map(toGoArg);
    let argi = 0;
    let out = '';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (c !== '%') {
            out += c;
            continue;
        }
        i++;
        if (i >= format.length) {
            out += '%!(NOVERB)';
            break;
        }
        const spec = { minus: false, plus: false, space: false, zero: false, sharp: false, verb: '' };
        for (; i < format.length; i++) {
            const f = format[i];
            if (f === '-')
                spec.minus = true;
            else if (f === '+')
                spec.plus = true;
            else if (f === ' ')
                spec.space = true;
            else if (f === '0')
                spec.zero = !spec.minus;
            else if (f === '#')
                spec.sharp = true;
            else
                break;
        }
        let m = /^\d+/.exec(format.slice(i));
        if (m) {
            spec.width = Number(m[0]);
            i += m[0].length;
        }
        if (format[i] === '.') {
            i++;
            m = /^\d+/.exec(format.slice(i));
            spec.prec = m ? Number(m[0]) : 0;
            if (m)
                i += m[0].length;
        }
        if (i >= format.length) {
            out += '%!(NOVERB)';
            break;
        }
        const cp = format.codePointAt(i);
        spec.verb = String.fromCodePoint(cp);
        if (cp > 0xffff)
            i++;
        if (spec.verb === '%') {
            out += '%';
            continue;
        }
        if (argi >= args.length) {
            out += `%!${spec.verb}(MISSING)`;
            continue;
        }
        out += formatArg(args[argi++], spec);
    }
    if (argi < args.length) {
        out += '%!(EXTRA ' + args.slice(argi).map((a) => `${goTypeName(a)}=${formatValueV(a)}`).join(', ') + ')';
    }
    return out;
}

;// CONCATENATED MODULE: ./policy/rego/builtins/strings.js




/** Strings are indexed by runes (code points) in Go/OPA, not UTF-16 units. */
function runes(s) {
    return [...s];
}
function stringList(name, v, pos) {
    let items;
    if (Array.isArray(v))
        items = [...v];
    else if (v instanceof rego_value/* RegoSet */.e1)
        items = [...v.values()];
    else
        throw operandError(name, pos, 'one of {set, array}', v);
    return items.map((x) => {
        if (typeof x !== 'string')
            throw operandError(name, pos, 'array of strings', v);
        return x;
    });
}
/** Operand of strings.any_prefix_match and friends: a string, or an array/set of strings. */
function stringOrList(name, v, pos) {
    if (typeof v === 'string')
        return [v];
    let items;
    if (Array.isArray(v))
        items = [...v];
    else if (v instanceof rego_value/* RegoSet */.e1)
        items = [...v.values()];
    else
        throw operandError(name, pos, 'one of {string, set, array}', v);
    for (const x of items) {
        if (typeof x !== 'string') {
            throw new BuiltinError('eval_type_error', `${name}: operand ${pos} must be array of strings but got array containing ${(0,rego_value/* typeName */.go)(x)}`);
        }
    }
    return items;
}
function cutsetTrim(s, cutset, left, right) {
    const cut = new Set(runes(cutset));
    const rs = runes(s);
    let a = 0;
    let b = rs.length;
    if (left)
        while (a < b && cut.has(rs[a]))
            a++;
    if (right)
        while (b > a && cut.has(rs[b - 1]))
            b--;
    return rs.slice(a, b).join('');
}
/** Go's unicode.IsSpace, used by strings.TrimSpace. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
/** Go's strings.Split: an empty separator splits into runes. */
function goSplit(s, sep) {
    if (sep === '')
        return runes(s);
    return s.split(sep);
}
/** Go's strings.NewReplacer(...).Replace: one pass, earlier pairs win at each position. */
function replaceN(pairs, s) {
    let out = '';
    let i = 0;
    outer: while (i <= s.length) {
        for (const [from, to] of pairs) {
            if (from === '')
                continue;
            if (s.startsWith(from, i)) {
                out += to;
                i += from.length;
                continue outer;
            }
        }
        if (i < s.length)
            out += s[i];
        i++;
    }
    return out;
}
function strings_formatInt(a) {
    const n = num('format_int', a, 0);
    const base = a[1];
    if (!(0,rego_value/* isNumber */.Et)(base) || ![2, 8, 10, 16].includes(Number(base))) {
        throw new BuiltinError('eval_type_error', `format_int: operand 2 must be one of {2, 8, 10, 16}`);
    }
    const i = typeof n === 'bigint' ? n : BigInt(Math.trunc(n));
    const neg = i < 0n;
    return (neg ? '-' : '') + (neg ? -i : i).toString(Number(base));
}
const stringBuiltins = {
    concat: def(2, (a) => stringList('concat', a[1], 2).join(str('concat', a, 0))),
    contains: def(2, (a) => str('contains', a, 0).includes(str('contains', a, 1))),
    startswith: def(2, (a) => str('startswith', a, 0).startsWith(str('startswith', a, 1))),
    endswith: def(2, (a) => str('endswith', a, 0).endsWith(str('endswith', a, 1))),
    lower: def(1, (a) => str('lower', a, 0).toLowerCase()),
    upper: def(1, (a) => str('upper', a, 0).toUpperCase()),
    split: def(2, (a) => goSplit(str('split', a, 0), str('split', a, 1))),
    replace: def(3, (a) => str('replace', a, 0).replaceAll(str('replace', a, 1), str('replace', a, 2))),
    'strings.replace_n': def(2, (a) => {
        const patterns = a[0];
        if (!(patterns instanceof rego_value/* RegoObject */.FC))
            throw operandError('strings.replace_n', 1, 'object', patterns);
        const s = str('strings.replace_n', a, 1);
        const pairs = [];
        for (const [k, v] of patterns.sortedPairs()) {
            if (typeof k !== 'string')
                throw new BuiltinError('eval_type_error', 'strings.replace_n: operand 1 non-string key found in pattern object');
            if (typeof v !== 'string')
                throw new BuiltinError('eval_type_error', 'strings.replace_n: operand 1 non-string value found in pattern object');
            pairs.push([k, v]);
        }
        return replaceN(pairs, s);
    }),
    substring: def(3, (a) => {
        const rs = runes(str('substring', a, 0));
        const start = builtin_int('substring', a, 1);
        const length = builtin_int('substring', a, 2);
        if (start < 0)
            throw builtinError('substring', 'negative offset');
        if (start >= rs.length)
            return '';
        if (length < 0)
            return rs.slice(start).join('');
        return rs.slice(start, Math.min(rs.length, start + length)).join('');
    }),
    indexof: def(2, (a) => {
        const s = str('indexof', a, 0);
        const sub = str('indexof', a, 1);
        const i = s.indexOf(sub);
        return i < 0 ? -1 : (0,rego_value/* runeLength */.hO)(s.slice(0, i));
    }),
    indexof_n: def(2, (a) => {
        const s = str('indexof_n', a, 0);
        const sub = str('indexof_n', a, 1);
        const out = [];
        if (sub === '')
            return out;
        for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1))
            out.push((0,rego_value/* runeLength */.hO)(s.slice(0, i)));
        return out;
    }),
    trim: def(2, (a) => cutsetTrim(str('trim', a, 0), str('trim', a, 1), true, true)),
    trim_left: def(2, (a) => cutsetTrim(str('trim_left', a, 0), str('trim_left', a, 1), true, false)),
    trim_right: def(2, (a) => cutsetTrim(str('trim_right', a, 0), str('trim_right', a, 1), false, true)),
    trim_prefix: def(2, (a) => {
        const s = str('trim_prefix', a, 0);
        const p = str('trim_prefix', a, 1);
        return s.startsWith(p) ? s.slice(p.length) : s;
    }),
    trim_suffix: def(2, (a) => {
        const s = str('trim_suffix', a, 0);
        const p = str('trim_suffix', a, 1);
        return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    }),
    trim_space: def(1, (a) => str('trim_space', a, 0).replace(GO_SPACE, '')),
    sprintf: def(2, (a) => goSprintf(str('sprintf', a, 0), arr('sprintf', a, 1))),
    format_int: def(2, strings_formatInt),
    'strings.reverse': def(1, (a) => {
        const v = a[0];
        if (typeof v !== 'string')
            throw operandError('reverse', 1, 'string', v);
        return runes(v).reverse().join('');
    }),
    'strings.count': def(2, (a) => {
        const s = str('strings.count', a, 0);
        const sub = str('strings.count', a, 1);
        if (sub === '')
            return (0,rego_value/* runeLength */.hO)(s) + 1;
        return s.split(sub).length - 1;
    }),
    'strings.any_prefix_match': def(2, (a) => {
        const search = stringOrList('strings.any_prefix_match', a[0], 1);
        const base = stringOrList('strings.any_prefix_match', a[1], 2);
        return search.some((s) => base.some((b) => s.startsWith(b)));
    }),
    'strings.any_suffix_match': def(2, (a) => {
        const search = stringOrList('strings.any_suffix_match', a[0], 1);
        const base = stringOrList('strings.any_suffix_match', a[1], 2);
        return search.some((s) => base.some((b) => s.endsWith(b)));
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/types.js


/** is_* return false (not undefined) for other types, as in OPA. */
const typeBuiltins = {
    is_string: def(1, ([v]) => typeof v === 'string'),
    is_number: def(1, ([v]) => (0,rego_value/* isNumber */.Et)(v)),
    is_boolean: def(1, ([v]) => typeof v === 'boolean'),
    is_array: def(1, ([v]) => Array.isArray(v)),
    is_set: def(1, ([v]) => v instanceof rego_value/* RegoSet */.e1),
    is_object: def(1, ([v]) => v instanceof rego_value/* RegoObject */.FC),
    is_null: def(1, ([v]) => v === null),
    type_name: def(1, ([v]) => (0,rego_value/* typeName */.go)(v)),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/units.js


function parseDecimal(text) {
    const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === '')))
        return undefined;
    const frac = m[2] ?? '';
    return { mantissa: BigInt((m[1] ?? '') + frac || '0'), scale: frac.length };
}
function decimalToNumber(d, truncate) {
    const div = 10n ** BigInt(d.scale);
    if (d.mantissa % div === 0n || truncate)
        return (0,rego_value/* normalizeNumber */.Jo)(d.mantissa / div);
    return Number(`${d.mantissa}e-${d.scale}`);
}
const DECIMAL_UNITS = { k: 10n ** 3n, m: 10n ** 6n, g: 10n ** 9n, t: 10n ** 12n, p: 10n ** 15n, e: 10n ** 18n };
const BINARY_UNITS = { ki: 1n << 10n, mi: 1n << 20n, gi: 1n << 30n, ti: 1n << 40n, pi: 1n << 50n, ei: 1n << 60n };
/** Splits `"10Ki"` into amount and unit after OPA's checks (quotes stripped, no spaces). */
function split(name, raw, what) {
    const s = raw.replace(/"/g, '');
    if (/\s/.test(s))
        throw builtinError(name, 'spaces not allowed in resource strings');
    const m = /^([0-9.]*)(.*)$/.exec(s);
    if (m[1] === '')
        throw builtinError(name, `no ${what} provided`);
    const d = parseDecimal(m[1]);
    if (!d)
        throw builtinError(name, `could not parse ${what} to a number`);
    return [d, m[2]];
}
const unitBuiltins = {
    'units.parse': def(1, (a) => {
        const [d, unit] = split('units.parse', str('units.parse', a, 0), 'amount');
        if (unit === 'm')
            return decimalToNumber({ mantissa: d.mantissa, scale: d.scale + 3 }, false);
        const u = unit.toLowerCase();
        if (u === '')
            return decimalToNumber(d, false);
        const factor = DECIMAL_UNITS[u] ?? BINARY_UNITS[u];
        if (factor === undefined)
            throw builtinError('units.parse', `unit ${unit} not recognized`);
        return decimalToNumber({ mantissa: d.mantissa * factor, scale: d.scale }, false);
    }),
    'units.parse_bytes': def(1, (a) => {
        const [d, unit] = split('units.parse_bytes', str('units.parse_bytes', a, 0), 'byte amount');
        let u = unit.toLowerCase();
        if (u === '' || u === 'b')
            return decimalToNumber(d, true);
        if (u.endsWith('b'))
            u = u.slice(0, -1);
        const factor = DECIMAL_UNITS[u] ?? BINARY_UNITS[u];
        if (factor === undefined)
            throw builtinError('units.parse_bytes', `byte unit ${unit} not recognized`);
        return decimalToNumber({ mantissa: d.mantissa * factor, scale: d.scale }, true);
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/urlquery.js


/** Go's url.QueryEscape: everything but unreserved characters is %XX, a space is `+`. */
function queryEscape(s) {
    let out = '';
    for (const byte of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** Go's url.QueryUnescape. */
function queryUnescape(name, s) {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '%') {
            const hex = s.slice(i + 1, i + 3);
            if (!/^[0-9A-Fa-f]{2}$/.test(hex))
                throw builtinError(name, `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
            bytes.push(parseInt(hex, 16));
            i += 2;
        }
        else if (c === '+')
            bytes.push(0x20);
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return new TextDecoder().decode(Uint8Array.from(bytes));
}
const urlqueryBuiltins = {
    'urlquery.encode': def(1, (a) => queryEscape(str('urlquery.encode', a, 0))),
    'urlquery.decode': def(1, (a) => queryUnescape('urlquery.decode', str('urlquery.decode', a, 0))),
    'urlquery.encode_object': def(1, (a) => {
        const o = obj('urlquery.encode_object', a, 0);
        const pairs = [];
        for (const [k, v] of o.pairs()) {
            if (typeof k !== 'string')
                throw operandError('urlquery.encode_object', 1, 'object with string keys', o);
            const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : v instanceof rego_value/* RegoSet */.e1 ? v.sorted() : undefined;
            if (!values || values.some((x) => typeof x !== 'string'))
                throw operandError('urlquery.encode_object', 1, 'object of strings, arrays or sets of strings', o);
            for (const x of values)
                pairs.push([k, x]);
        }
        // url.Values.Encode sorts by key and keeps the order of each key's values.
        const keys = [...new Set(pairs.map((p) => p[0]))].sort(rego_value/* compareStrings */.Kt);
        return keys.flatMap((k) => pairs.filter((p) => p[0] === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`)).join('&');
    }),
    'urlquery.decode_object': def(1, (a) => {
        const s = str('urlquery.decode_object', a, 0);
        const out = new Map();
        for (const part of s.split('&')) {
            if (part === '')
                continue;
            const eq = part.indexOf('=');
            const key = queryUnescape('urlquery.decode_object', eq < 0 ? part : part.slice(0, eq));
            const value = eq < 0 ? '' : queryUnescape('urlquery.decode_object', part.slice(eq + 1));
            out.set(key, [...(out.get(key) ?? []), value]);
        }
        return new rego_value/* RegoObject */.FC([...out].map(([k, v]) => [k, v]));
    }),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/runtime.js


/** `opa.runtime()` is empty: dbops runs no OPA server, so there is no config or environment to show. */
const runtimeBuiltins = {
    'opa.runtime': def(0, () => new rego_value/* RegoObject */.FC()),
};

;// CONCATENATED MODULE: ./policy/rego/builtins/registry.js



















/** Every builtin the evaluator implements, by OPA name. */
const BUILTINS = new Map(Object.entries({
    ...arithmeticBuiltins,
    ...comparisonBuiltins,
    ...aggregateBuiltins,
    ...collectionBuiltins,
    ...objectBuiltins,
    ...typeBuiltins,
    ...castBuiltins,
    ...stringBuiltins,
    ...regexBuiltins,
    ...globBuiltins,
    ...encodingBuiltins,
    ...jsonPathBuiltins,
    ...unitBuiltins,
    ...urlqueryBuiltins,
    ...runtimeBuiltins,
    ...hashingBuiltins,
    ...semverBuiltins,
    ...timeBuiltins,
    ...bitsBuiltins,
}));
/** Deprecated builtins: accepted in Rego v0 modules, rejected in v1 modules (as OPA does). */
const DEPRECATED_BUILTINS = new Set([
    're_match', 'any', 'all', 'set_diff', 'cast_array', 'cast_set', 'cast_string', 'cast_boolean', 'cast_null', 'cast_object',
]);
/**
 * OPA builtins this evaluator does not implement. Naming them lets a policy that uses one fail
 * at compile time with a clear message instead of "undefined function".
 */
const UNSUPPORTED_BUILTINS = new Set([
    'http.send', 'trace', 'rego.parse_module', 'rego.metadata.chain', 'rego.metadata.rule',
    'time.parse_ns', 'time.diff', 'time.format',
    'rand.intn', 'uuid.rfc4122', 'uuid.parse',
    'crypto.x509.parse_certificates', 'crypto.x509.parse_and_verify_certificates', 'crypto.x509.parse_certificate_request',
    'crypto.x509.parse_rsa_private_key', 'crypto.x509.parse_keypair', 'crypto.parse_private_keys',
    'io.jwt.decode', 'io.jwt.decode_verify', 'io.jwt.encode_sign', 'io.jwt.encode_sign_raw', 'io.jwt.verify_rs256', 'io.jwt.verify_hs256',
    'io.jwt.verify_es256', 'io.jwt.verify_ps256',
    'net.cidr_contains', 'net.cidr_intersects', 'net.cidr_overlap', 'net.cidr_merge', 'net.cidr_expand', 'net.cidr_is_valid',
    'net.cidr_contains_matches', 'net.lookup_ip_addr',
    'regex.globs_match', 'glob.quote_meta', 'json.patch',
    'json.verify_schema', 'json.match_schema', 'graph.reachable', 'graph.reachable_paths',
    'graphql.is_valid', 'graphql.parse', 'graphql.parse_and_verify', 'graphql.parse_query', 'graphql.parse_schema', 'graphql.schema_is_valid',
    'providers.aws.sign_req', 'strings.render_template', 'units.parse_duration', 'net.cidr_is_valid', 'numbers.rand',
]);

;// CONCATENATED MODULE: ./policy/rego/safety-order.js

/**
 * Orders a body so that each literal runs once the variables it reads are bound, keeping the
 * written order where possible (as OPA's compiler does). Closure bodies are ordered too.
 */
function orderBody(body, safeInit, outerNames) {
    const direct = body.map((l) => directVarsOfLiteral(l));
    const bodyDirect = new Set();
    for (const d of direct)
        for (const v of d)
            bodyDirect.add(v);
    const visible = new Set([...outerNames, ...bodyDirect, ...safeInit]);
    // Order closure bodies first: their captured variables are those visible here.
    const withClosures = body.map((l) => orderClosures(l, visible));
    const remaining = withClosures.map((l, i) => ({ l, i }));
    const out = [];
    const safe = new Set(safeInit);
    while (remaining.length) {
        let progressed = false;
        for (let j = 0; j < remaining.length;) {
            const { l, i } = remaining[j];
            const elsewhere = new Set(outerNames);
            direct.forEach((d, k) => {
                if (k !== i)
                    for (const v of d)
                        elsewhere.add(v);
            });
            const res = analyzeLiteral(l, safe, elsewhere, visible);
            if (res) {
                out.push(l);
                for (const v of res)
                    safe.add(v);
                remaining.splice(j, 1);
                progressed = true;
            }
            else
                j++;
        }
        if (!progressed) {
            const l = remaining[0].l;
            const unsafe = [...directVarsOfLiteral(l)].filter((v) => !safe.has(v));
            const names = unsafe.map((v) => v.replace(/\$.*$/, '')).filter((v) => v !== '');
            throw new RegoCompileError(`var ${names.length ? names.join(', ') : '_'} is unsafe`);
        }
    }
    return out;
}
function orderClosures(l, visible) {
    const mapTerm = (t) => mapClosures(t, (c) => {
        const captured = new Set([...closureVars(c)].filter((v) => visible.has(v)));
        const innerVisible = new Set(visible);
        if (c.type === 'arraycomp' || c.type === 'setcomp') {
            for (const v of allVarNames(c.head))
                innerVisible.add(v);
            return { ...c, body: orderBody(c.body, captured, innerVisible) };
        }
        if (c.type === 'objectcomp') {
            for (const v of [...allVarNames(c.key), ...allVarNames(c.value)])
                innerVisible.add(v);
            return { ...c, body: orderBody(c.body, captured, innerVisible) };
        }
        return c;
    });
    const e = l.expr;
    let expr;
    switch (e.type) {
        case 'term':
            expr = { type: 'term', term: mapTerm(e.term) };
            break;
        case 'unify':
        case 'assign':
            expr = { type: e.type, left: mapTerm(e.left), right: mapTerm(e.right) };
            break;
        case 'somein':
            expr = { ...e, collection: mapTerm(e.collection) };
            break;
        case 'every': {
            const vars = new Set([...(e.key ? allVarNames(e.key) : []), ...allVarNames(e.value)]);
            const bodyVars = new Set();
            for (const b of e.body)
                for (const v of allVarsOfLiteral(b))
                    bodyVars.add(v);
            const captured = new Set([...bodyVars].filter((v) => visible.has(v)));
            for (const v of vars)
                captured.add(v);
            expr = { ...e, collection: mapTerm(e.collection), body: orderBody(e.body, captured, new Set([...visible, ...vars])) };
            break;
        }
        default:
            expr = e;
    }
    const withs = l.withs.map((w) => ({ ...w, value: mapTerm(w.value), target: w.target }));
    return { ...l, expr, withs };
}
function patternVarNames(t) {
    switch (t.type) {
        case 'var':
            return [t.name];
        case 'array':
            return t.items.flatMap(patternVarNames);
        case 'object':
            return t.pairs.flatMap(([, v]) => patternVarNames(v));
        default:
            return [];
    }
}
function mapClosures(t, f) {
    switch (t.type) {
        case 'arraycomp':
        case 'setcomp':
        case 'objectcomp':
            return f(t);
        case 'ref':
            return { ...t, head: mapClosures(t.head, f), path: t.path.map((p) => mapClosures(p, f)) };
        case 'dref':
            return { ...t, path: t.path.map((p) => mapClosures(p, f)) };
        case 'array':
        case 'set':
            return { ...t, items: t.items.map((x) => mapClosures(x, f)) };
        case 'object':
            return { ...t, pairs: t.pairs.map(([k, v]) => [mapClosures(k, f), mapClosures(v, f)]) };
        case 'rcall':
            return { ...t, args: t.args.map((a) => mapClosures(a, f)) };
        default:
            return t;
    }
}
/** Every variable name in a term, including inside closures. */
function allVarNames(t, out = new Set()) {
    switch (t.type) {
        case 'var':
            out.add(t.name);
            break;
        case 'ref':
            allVarNames(t.head, out);
            for (const p of t.path)
                allVarNames(p, out);
            break;
        case 'dref':
            for (const p of t.path)
                allVarNames(p, out);
            break;
        case 'array':
        case 'set':
            for (const x of t.items)
                allVarNames(x, out);
            break;
        case 'object':
            for (const [k, v] of t.pairs) {
                allVarNames(k, out);
                allVarNames(v, out);
            }
            break;
        case 'arraycomp':
        case 'setcomp':
            allVarNames(t.head, out);
            for (const l of t.body)
                allVarsOfLiteral(l, out);
            break;
        case 'objectcomp':
            allVarNames(t.key, out);
            allVarNames(t.value, out);
            for (const l of t.body)
                allVarsOfLiteral(l, out);
            break;
        case 'call':
        case 'rcall':
            for (const a of t.args)
                allVarNames(a, out);
            break;
    }
    return out;
}
function allVarsOfLiteral(l, out = new Set()) {
    const e = l.expr;
    switch (e.type) {
        case 'term':
            allVarNames(e.term, out);
            break;
        case 'unify':
        case 'assign':
            allVarNames(e.left, out);
            allVarNames(e.right, out);
            break;
        case 'some':
            break;
        case 'somein':
            if (e.key)
                allVarNames(e.key, out);
            allVarNames(e.value, out);
            allVarNames(e.collection, out);
            break;
        case 'every':
            allVarNames(e.collection, out);
            for (const b of e.body)
                allVarsOfLiteral(b, out);
            break;
    }
    for (const w of l.withs)
        allVarNames(w.value, out);
    return out;
}
/** Variables of a closure that may come from outside (names renamed as declared inside never do). */
function closureVars(c) {
    const all = allVarNames(c);
    return new Set([...all].filter((v) => !v.includes('$')));
}
/** Variables used directly by a literal (outside closures). */
function directVarsOfLiteral(l) {
    const out = new Set();
    const walk = (t) => {
        switch (t.type) {
            case 'var':
                out.add(t.name);
                break;
            case 'ref':
                walk(t.head);
                t.path.forEach(walk);
                break;
            case 'dref':
                t.path.forEach(walk);
                break;
            case 'array':
            case 'set':
                t.items.forEach(walk);
                break;
            case 'object':
                for (const [k, v] of t.pairs) {
                    walk(k);
                    walk(v);
                }
                break;
            case 'call':
            case 'rcall':
                t.args.forEach(walk);
                break;
            default:
                break;
        }
    };
    const e = l.expr;
    switch (e.type) {
        case 'term':
            walk(e.term);
            break;
        case 'unify':
        case 'assign':
            walk(e.left);
            walk(e.right);
            break;
        case 'somein':
            if (e.key)
                walk(e.key);
            walk(e.value);
            walk(e.collection);
            break;
        case 'every':
            walk(e.collection);
            break;
        default:
            break;
    }
    for (const w of l.withs)
        walk(w.value);
    return out;
}
/**
 * Decides whether a literal can run with the variables in `safe` bound. Returns the variables it
 * binds, or undefined when it must wait.
 */
function analyzeLiteral(l, safe, elsewhere, visible) {
    const out = new Set();
    const isSafe = (v) => safe.has(v) || out.has(v);
    // Variables a closure shares with its scope must be bound before it runs.
    const closureOk = (c) => [...closureVars(c)].every((v) => !visible.has(v) || isSafe(v));
    /** Term evaluated as a value: bare variables must be bound; ref keys may enumerate. */
    const evalOk = (t) => {
        switch (t.type) {
            case 'scalar':
                return true;
            case 'var':
                return isSafe(t.name);
            case 'dref':
                return t.path.every(refKeyOk);
            case 'ref':
                return evalOk(t.head) && t.path.every(refKeyOk);
            case 'array':
            case 'set':
                return t.items.every(evalOk);
            case 'object':
                return t.pairs.every(([k, v]) => evalOk(k) && evalOk(v));
            case 'rcall':
            case 'call':
                // References in arguments may bind variables that other arguments use (`x == xs[x]`).
                return t.args.filter((a) => a.type !== 'var').every(evalOk) && t.args.every(evalOk);
            case 'arraycomp':
            case 'setcomp':
            case 'objectcomp':
                return closureOk(t);
        }
    };
    const refKeyOk = (p) => {
        if (p.type === 'var') {
            if (!isSafe(p.name))
                out.add(p.name);
            return true;
        }
        if (p.type === 'array' || p.type === 'object') {
            if (evalOk(p))
                return true;
            for (const v of patternVarNames(p))
                out.add(v);
            return true;
        }
        return evalOk(p);
    };
    const patternVarsUnsafe = (t) => patternVarNames(t).filter((v) => !isSafe(v));
    const isUnboundVar = (t) => t.type === 'var' && !isSafe(t.name);
    const unifyOk = (a, b) => {
        if (isUnboundVar(a) && isUnboundVar(b))
            return false;
        if (isUnboundVar(a)) {
            if (!evalOk(b))
                return false;
            out.add(a.name);
            return true;
        }
        if (isUnboundVar(b))
            return unifyOk(b, a);
        if (a.type === 'array' && b.type === 'array' && a.items.length === b.items.length) {
            const pending = a.items.map((x, i) => [x, b.items[i]]);
            let progress = true;
            while (pending.length && progress) {
                progress = false;
                for (let i = 0; i < pending.length;) {
                    if (unifyOk(pending[i][0], pending[i][1])) {
                        pending.splice(i, 1);
                        progress = true;
                    }
                    else
                        i++;
                }
            }
            return pending.length === 0;
        }
        if (a.type === 'object' && b.type === 'object' && patternVarsUnsafe(a).length + patternVarsUnsafe(b).length > 0) {
            for (const [ka, va] of a.pairs) {
                const match = b.pairs.find(([kb]) => ka.type === 'scalar' && kb.type === 'scalar' && ka.value === kb.value);
                if (match && !unifyOk(va, match[1]))
                    return false;
            }
            return true;
        }
        if (patternVarsUnsafe(a).length === 0 && evalOk(a)) {
            if (isPatternTerm(b)) {
                for (const v of patternVarNames(b))
                    if (!isSafe(v))
                        out.add(v);
                return evalPatternParts(b);
            }
            return evalOk(b);
        }
        if (patternVarsUnsafe(b).length === 0 && evalOk(b)) {
            if (isPatternTerm(a)) {
                for (const v of patternVarNames(a))
                    if (!isSafe(v))
                        out.add(v);
                return evalPatternParts(a);
            }
            return evalOk(a);
        }
        return false;
    };
    /** Non-variable parts of a pattern (refs inside arrays) must still be evaluable. */
    const evalPatternParts = (t) => {
        switch (t.type) {
            case 'var':
                return true;
            case 'array':
                return t.items.every(evalPatternParts);
            case 'object':
                return t.pairs.every(([k, v]) => evalOk(k) && evalPatternParts(v));
            default:
                return evalOk(t);
        }
    };
    const e = l.expr;
    let ok;
    switch (e.type) {
        case 'term':
            ok = evalOk(e.term);
            break;
        case 'unify':
        case 'assign':
            ok = unifyOk(e.left, e.right);
            break;
        case 'some':
            ok = true;
            break;
        case 'somein':
            ok = evalOk(e.collection);
            if (ok) {
                for (const t of e.key ? [e.key, e.value] : [e.value]) {
                    if (!evalPatternParts(t))
                        ok = false;
                    for (const v of patternVarNames(t))
                        if (!isSafe(v))
                            out.add(v);
                }
            }
            break;
        case 'every': {
            ok = evalOk(e.collection);
            const inner = new Set();
            for (const b of e.body)
                allVarsOfLiteral(b, inner);
            for (const v of inner)
                if (!v.includes('$') && elsewhere.has(v) && !isSafe(v))
                    ok = false;
            break;
        }
    }
    if (ok)
        for (const w of l.withs)
            if (!evalOk(w.value))
                ok = false;
    if (!ok)
        return undefined;
    if (l.negated || e.type === 'every') {
        // Variables also used elsewhere must be bound first; the rest are local to the negation.
        for (const v of out)
            if (elsewhere.has(v))
                return undefined;
        return new Set();
    }
    return out;
}
function isPatternTerm(t) {
    return t.type === 'var' || t.type === 'array' || t.type === 'object';
}

;// CONCATENATED MODULE: ./policy/rego/compiler.js




/** A node of the tree of rules, mirroring the `data` document. */
class RuleNode {
    children = new Map();
    rules = [];
    functions = [];
    /** Packages (and their parents) exist as documents even when no rule in them is defined. */
    isPackage = false;
    child(key, create) {
        const k = (0,rego_value/* keyOf */.TN)(key);
        let c = this.children.get(k);
        if (!c && create) {
            c = { key, node: new RuleNode() };
            this.children.set(k, c);
        }
        return c?.node;
    }
    lookup(path) {
        let n = this;
        for (const k of path) {
            n = n.child(k, false);
            if (!n)
                return undefined;
        }
        return n;
    }
}
/**
 * Names declared so far (`:=`, `some`, arguments). Declarations are positional, as in OPA: a
 * name used before its `:=` (for instance inside an earlier comprehension) is a different
 * variable, so declared names get unique runtime names unless `rename` is off (queries keep
 * their names because callers read the bindings by name).
 */
class Scope {
    parent;
    rename;
    declared = new Map();
    constructor(parent, rename) {
        this.parent = parent;
        this.rename = rename;
    }
    lookup(name) {
        return this.declared.get(name) ?? this.parent?.lookup(name);
    }
    declare(name) {
        if (name.startsWith('$'))
            return;
        this.declared.set(name, this.rename ? `${name}$${++renameCounter}` : name);
    }
}
let renameCounter = 0;
/** Compiles parsed modules into the rule tree. */
class RegoCompiler {
    root = new RuleNode();
    functionArity = new Map();
    packageRules = new Map();
    /** Calls of builtins we do not implement; tolerated only when a `with` replaces them. */
    unsupportedCalls = [];
    mockedBuiltins = new Set();
    compile(modules, options = {}) {
        // First pass: names, so that any module can refer to rules of its package defined elsewhere.
        for (const m of modules) {
            const names = this.namesOf(m.packagePath);
            for (const r of m.rules)
                names.add(r.ref[0].type === 'scalar' ? String(r.ref[0].value) : '');
            for (const r of m.rules) {
                if (r.kind !== 'function')
                    continue;
                const path = [...m.packagePath, ...r.ref.map((t) => (t.type === 'scalar' ? String(t.value) : '?'))];
                const k = path.join('.');
                const prev = this.functionArity.get(k);
                if (prev !== undefined && prev !== r.args.length) {
                    throw new RegoCompileError(`function ${k} has arity ${prev} and ${r.args.length}`, r.loc);
                }
                this.functionArity.set(k, r.args.length);
            }
            let n = this.root;
            n.isPackage = true;
            for (const p of m.packagePath) {
                n = n.child(p, true);
                n.isPackage = true;
            }
        }
        for (const m of modules) {
            const scope = {
                packagePath: m.packagePath,
                ruleNames: this.namesOf(m.packagePath),
                imports: new Map(),
                rejectDeprecated: options.rejectDeprecated ?? m.regoV1,
                file: m.file,
            };
            for (const imp of m.imports) {
                if (imp.path[0] !== 'data' && imp.path[0] !== 'input')
                    continue;
                const alias = imp.alias ?? imp.path[imp.path.length - 1];
                scope.imports.set(alias, { root: imp.path[0], path: imp.path.slice(1) });
            }
            for (const r of m.rules)
                this.addRule(r, scope);
        }
        this.checkUnsupported();
    }
    checkUnsupported() {
        const bad = this.unsupportedCalls.find((c) => !this.mockedBuiltins.has(c.name));
        if (bad)
            throw new RegoCompileError(`built-in function ${bad.name} is not supported by dbops's Rego evaluator`, bad.loc);
    }
    namesOf(pkg) {
        const k = pkg.join('\u0000');
        let s = this.packageRules.get(k);
        if (!s) {
            s = new Set();
            this.packageRules.set(k, s);
        }
        return s;
    }
    addRule(r, ms) {
        const scope = new Scope(undefined, true);
        const ctx = new BodyContext(this, ms);
        // Function arguments are bound by the call.
        const argNames = new Set();
        for (const a of r.args ?? [])
            for (const v of patternVarNames(a))
                argNames.add(v);
        for (const v of argNames)
            scope.declared.set(v, v);
        const body = ctx.resolveBody(r.body, scope);
        const resolveHead = (t) => (t ? ctx.resolveTerm(t, scope) : undefined);
        const args = r.args?.map((a) => ctx.resolveTerm(a, scope));
        const refTerms = r.ref.slice(1).map((t) => ctx.resolveTerm(t, scope));
        const key = resolveHead(r.key);
        const value = resolveHead(r.value) ?? { type: 'scalar', value: true, loc: r.loc };
        const headVars = new Set();
        for (const t of [...refTerms, key, value, ...(args ?? [])])
            if (t)
                for (const v of allVarNames(t))
                    headVars.add(v);
        const safe = new Set();
        for (const a of args ?? [])
            for (const v of allVarNames(a))
                safe.add(v);
        const ordered = orderBody(body, safe, headVars);
        const elses = r.elses.map((e) => {
            const es = new Scope(undefined, true);
            for (const v of argNames)
                es.declared.set(v, v);
            const ebody = ctx.resolveBody(e.body, es);
            // `else { ... }` without a value means `else = true`, not the rule's own value.
            const evalue = e.value ? ctx.resolveTerm(e.value, es) : { type: 'scalar', value: true, loc: e.loc };
            const evars = new Set(allVarNames(evalue));
            return { value: evalue, body: orderBody(ebody, new Set(safe), evars) };
        });
        // Constant part of the head: package path, the name, then leading scalar keys.
        const path = [...ms.packagePath, String(r.ref[0].value)];
        let i = 0;
        while (i < refTerms.length && refTerms[i].type === 'scalar') {
            path.push(normalizeScalar(refTerms[i].value));
            i++;
        }
        const dynamic = refTerms.slice(i);
        if (r.kind === 'function' && dynamic.length > 0)
            throw new RegoCompileError('function heads must be plain names', r.loc);
        const compiled = { kind: r.kind, isDefault: r.isDefault, path, dynamic, key, value, args, body: ordered, elses, loc: r.loc };
        let node = this.root;
        path.forEach((p, i) => {
            node = node.child(p, true);
            // Nodes between the package and a rule (`a.b.c := 1`, `f.g(x)`) exist as objects, as in OPA.
            if (i >= ms.packagePath.length && i < path.length - 1)
                node.isPackage = true;
        });
        (r.kind === 'function' ? node.functions : node.rules).push(compiled);
    }
    /** Compiles an ad-hoc query against the modules. Returns the ordered body and its variable names. */
    compileQuery(body) {
        const ms = { packagePath: [], ruleNames: new Set(), imports: new Map(), rejectDeprecated: false, file: 'query' };
        const ctx = new BodyContext(this, ms);
        const scope = new Scope(undefined, false);
        const resolved = ctx.resolveBody(body, scope);
        const vars = new Set();
        for (const l of resolved)
            for (const v of directVarsOfLiteral(l))
                if (!v.includes('$'))
                    vars.add(v);
        const ordered = orderBody(resolved, new Set(), new Set());
        this.checkUnsupported();
        return { body: ordered, vars: [...vars] };
    }
    functionArityOf(path) {
        return this.functionArity.get(path.join('.'));
    }
}
function normalizeScalar(v) {
    return typeof v === 'number' || typeof v === 'bigint' ? (0,rego_value/* normalizeNumber */.Jo)(v) : v;
}
/** Context for resolving and ordering bodies of one module. */
class BodyContext {
    compiler;
    ms;
    constructor(compiler, ms) {
        this.compiler = compiler;
        this.ms = ms;
    }
    fail(reason, loc) {
        throw new RegoCompileError(reason, loc);
    }
    resolveBody(body, scope) {
        return body.map((l) => this.resolveLiteral(l, scope));
    }
    resolveLiteral(l, scope) {
        const withs = l.withs.map((w) => this.resolveWith(w, scope));
        const e = l.expr;
        let expr;
        // print() output is not shown by dbops: the calls are erased, as OPA does when printing
        // is disabled (so an undefined argument does not make the rule fail).
        if (e.type === 'term' && e.term.type === 'call' && dottedName(e.term.fn) === 'print' && scope.lookup('print') === undefined) {
            return { ...l, expr: { type: 'term', term: { type: 'scalar', value: true, loc: l.loc } }, withs: [] };
        }
        switch (e.type) {
            case 'term': {
                // A call with one argument more than the function takes is the old form `f(x, out)`.
                if (e.term.type === 'call') {
                    const { call, output } = this.resolveCall(e.term, scope, true);
                    expr = output ? { type: 'unify', left: output, right: call } : { type: 'term', term: call };
                }
                else
                    expr = { type: 'term', term: this.resolveTerm(e.term, scope) };
                break;
            }
            case 'unify':
                expr = { type: 'unify', left: this.resolveTerm(e.left, scope), right: this.resolveTerm(e.right, scope) };
                break;
            case 'assign': {
                const right = this.resolveTerm(e.right, scope);
                for (const n of patternVarNames(e.left))
                    scope.declare(n);
                expr = { type: 'assign', left: this.resolveTerm(e.left, scope), right };
                break;
            }
            case 'some':
                for (const v of e.vars)
                    scope.declare(v.name);
                expr = { type: 'some', vars: e.vars.map((v) => this.resolveTerm(v, scope)) };
                break;
            case 'somein': {
                const collection = this.resolveTerm(e.collection, scope);
                for (const t of e.key ? [e.key, e.value] : [e.value])
                    for (const n of patternVarNames(t))
                        scope.declare(n);
                expr = {
                    type: 'somein',
                    key: e.key && this.resolveTerm(e.key, scope),
                    value: this.resolveTerm(e.value, scope),
                    collection,
                };
                break;
            }
            case 'every': {
                const inner = this.nestedScope(scope, [...(e.key ? [e.key] : []), e.value]);
                expr = {
                    type: 'every',
                    key: e.key && this.resolveTerm(e.key, inner),
                    value: this.resolveTerm(e.value, inner),
                    collection: this.resolveTerm(e.collection, scope),
                    body: this.resolveBody(e.body, inner),
                };
                break;
            }
        }
        return { ...l, expr, withs };
    }
    /** A scope for a closure body; declared names get unique runtime names so they cannot clash. */
    nestedScope(parent, declaredTerms) {
        const s = new Scope(parent, true);
        for (const n of declaredTerms.flatMap(patternVarNames))
            s.declare(n);
        return s;
    }
    resolveWith(w, scope) {
        const target = w.target;
        const dotted = dottedName(target);
        let resolved;
        const rt = this.resolveTerm(target, scope);
        if (rt.type === 'dref' && rt.root === 'input')
            resolved = { kind: 'input', path: rt.path };
        else if (rt.type === 'dref' && rt.root === 'data') {
            const strPath = rt.path.every((p) => p.type === 'scalar' && typeof p.value === 'string')
                ? rt.path.map((p) => String(p.value))
                : undefined;
            if (strPath && this.compiler.functionArityOf(strPath) !== undefined)
                resolved = { kind: 'function', path: strPath };
            else
                resolved = { kind: 'data', path: rt.path };
        }
        else if (dotted && BUILTINS.has(dotted))
            resolved = { kind: 'builtin', name: dotted };
        else if (dotted && UNSUPPORTED_BUILTINS.has(dotted))
            resolved = { kind: 'builtin', name: dotted };
        else
            this.fail(`with keyword target must reference existing input, data, or a function: ${dotted ?? target.type}`, w.loc);
        if (resolved.kind === 'builtin')
            this.compiler.mockedBuiltins.add(resolved.name);
        const value = this.resolveTerm(w.value, scope);
        let fnValue;
        if (value.type === 'dref' && value.root === 'data' && value.path.every((p) => p.type === 'scalar')) {
            const p = value.path.map((x) => String(x.value));
            if (this.compiler.functionArityOf(p) !== undefined)
                fnValue = { kind: 'function', path: p };
        }
        else {
            const dv = dottedName(w.value);
            if (dv && (value.type === 'var' || value.type === 'ref') && (BUILTINS.has(dv) || UNSUPPORTED_BUILTINS.has(dv)) && !scope.lookup(dv.split('.')[0])) {
                fnValue = { kind: 'builtin', name: dv };
            }
        }
        // A function given as the replacement is not evaluated as a value.
        const valueTerm = fnValue ? { type: 'scalar', value: null, loc: w.loc } : value;
        return { ...w, target: rt, value: valueTerm, resolved, fnValue };
    }
    resolveTerm(t, scope) {
        switch (t.type) {
            case 'scalar':
            case 'rcall':
            case 'dref':
                return t;
            case 'var':
                return this.resolveVar(t.name, t.loc, scope, []);
            case 'ref': {
                const path = t.path.map((p) => this.resolveTerm(p, scope));
                if (t.head.type === 'var')
                    return this.resolveVar(t.head.name, t.head.loc, scope, path);
                const head = this.resolveTerm(t.head, scope);
                if (head.type === 'dref')
                    return { ...head, path: [...head.path, ...path] };
                return { type: 'ref', head, path, loc: t.loc };
            }
            case 'array':
                return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
            case 'set':
                return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
            case 'object':
                return { ...t, pairs: t.pairs.map(([k, v]) => [this.resolveTerm(k, scope), this.resolveTerm(v, scope)]) };
            case 'arraycomp':
            case 'setcomp': {
                // The body first: the head sees the names the body declares.
                const inner = this.nestedScope(scope, []);
                const body = this.resolveBody(t.body, inner);
                return { ...t, head: this.resolveTerm(t.head, inner), body };
            }
            case 'objectcomp': {
                const inner = this.nestedScope(scope, []);
                const body = this.resolveBody(t.body, inner);
                return { ...t, key: this.resolveTerm(t.key, inner), value: this.resolveTerm(t.value, inner), body };
            }
            case 'call':
                return this.resolveCall(t, scope, false).call;
        }
    }
    resolveVar(name, loc, scope, path) {
        const local = scope.lookup(name);
        const asRef = (head) => (path.length ? { type: 'ref', head, path, loc } : head);
        if (local !== undefined)
            return asRef({ type: 'var', name: local, loc });
        if (name === 'input')
            return { type: 'dref', root: 'input', path, loc };
        if (name === 'data')
            return { type: 'dref', root: 'data', path, loc };
        const imp = this.ms.imports.get(name);
        if (imp)
            return { type: 'dref', root: imp.root, path: [...imp.path.map((p) => compiler_str(p, loc)), ...path], loc };
        if (this.ms.ruleNames.has(name)) {
            return { type: 'dref', root: 'data', path: [...this.ms.packagePath.map((p) => compiler_str(p, loc)), compiler_str(name, loc), ...path], loc };
        }
        return asRef({ type: 'var', name, loc });
    }
    /** Resolves the called function; `output` is the extra last argument of `f(x, out)` (statements only). */
    resolveCall(t, scope, statement) {
        const args = t.args.map((a) => this.resolveTerm(a, scope));
        const name = dottedName(t.fn);
        let target;
        let arity;
        const fnResolved = name && scope.lookup(name.split('.')[0]) === undefined ? this.resolveTerm(t.fn, scope) : undefined;
        if (fnResolved?.type === 'dref' && fnResolved.root === 'data' && fnResolved.path.every((p) => p.type === 'scalar')) {
            const path = fnResolved.path.map((p) => String(p.value));
            arity = this.compiler.functionArityOf(path);
            if (arity !== undefined)
                target = { kind: 'function', path, name: path.join('.') };
        }
        if (!target && name) {
            const def = BUILTINS.get(name);
            if (def) {
                if (this.ms.rejectDeprecated && DEPRECATED_BUILTINS.has(name)) {
                    this.fail(`deprecated built-in function calls in expression: ${name}`, t.loc);
                }
                target = { kind: 'builtin', name };
                arity = def.arity;
            }
            else if (UNSUPPORTED_BUILTINS.has(name)) {
                // Allowed only if every use is replaced with `with` (checked once all modules are read).
                this.compiler.unsupportedCalls.push({ name, loc: t.loc });
                target = { kind: 'builtin', name };
                arity = args.length;
            }
        }
        if (!target || arity === undefined)
            this.fail(`undefined function ${name ?? '<expression>'}`, t.loc);
        if (args.length === arity + 1 && statement) {
            return { call: { type: 'rcall', target, args: args.slice(0, arity), loc: t.loc }, output: args[arity] };
        }
        if (args.length !== arity) {
            this.fail(`${target.name}: arity mismatch: ${args.length} arguments, expected ${arity}`, t.loc);
        }
        return { call: { type: 'rcall', target, args, loc: t.loc } };
    }
}
function compiler_str(s, loc) {
    return { type: 'scalar', value: s, loc };
}
/** `a.b.c` for a var or a ref made only of names; undefined otherwise. */
function dottedName(t) {
    if (t.type === 'var')
        return t.name;
    if (t.type === 'ref' && t.head.type === 'var' && t.path.every((p) => p.type === 'scalar' && typeof p.value === 'string')) {
        return [t.head.name, ...t.path.map((p) => String(p.value))].join('.');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./policy/rego/evaluator.js




/** Variable bindings of one rule body (or query). Bindings are undone on backtracking. */
class Env {
    vars = new Map();
    get(name) {
        return this.vars.get(name);
    }
    /** Binds, runs the continuation, unbinds. */
    with(name, v, k) {
        this.vars.set(name, v);
        try {
            return k();
        }
        finally {
            this.vars.delete(name);
        }
    }
}
/**
 * What one evaluation sees: input, data overrides and function mocks (`with`), and caches of
 * rule values and function results, which are only valid for exactly this view.
 */
class EvalContext {
    input;
    dataOverrides;
    mocks;
    cache = new Map();
    inProgress = new Set();
    constructor(input, dataOverrides, mocks) {
        this.input = input;
        this.dataOverrides = dataOverrides;
        this.mocks = mocks;
    }
}
/** Results of a relation builtin (`walk`): each value is one solution of the call. */
class Relation {
    values;
    constructor(values) {
        this.values = values;
    }
}
/** Top-down evaluator with backtracking in continuation-passing style. */
class Evaluator {
    root;
    baseData;
    settings;
    /** First builtin error seen in strict mode; reported when evaluation ends. */
    firstBuiltinError;
    builtinContext = { nowNs: BigInt(Date.now()) * 1000000n };
    constructor(root, baseData, settings) {
        this.root = root;
        this.baseData = baseData;
        this.settings = settings;
    }
    /** Runs a compiled query; calls `onSolution` with the variable bindings of each solution. */
    runQuery(body, vars, input, onSolution) {
        const ctx = new EvalContext(input, [], new Map());
        const env = new Env();
        this.evalBody(ctx, body, 0, env, () => {
            const b = new Map();
            for (const v of vars) {
                const val = env.get(v);
                if (val !== undefined)
                    b.set(v, val);
            }
            onSolution(b);
            return false;
        });
    }
    // --- bodies and literals ---
    evalBody(ctx, body, i, env, k) {
        if (i === body.length)
            return k();
        const lit = body[i];
        const next = () => this.evalBody(ctx, body, i + 1, env, k);
        if (lit.withs.length)
            return this.applyWiths(ctx, lit.withs, 0, env, ctx, (c2) => this.evalLiteral(c2, lit, env, next));
        return this.evalLiteral(ctx, lit, env, next);
    }
    evalLiteral(ctx, lit, env, k) {
        if (lit.negated) {
            let found = false;
            this.evalExpr(ctx, lit, env, () => {
                found = true;
                return true;
            });
            return found ? false : k();
        }
        return this.evalExpr(ctx, lit, env, k);
    }
    evalExpr(ctx, lit, env, k) {
        const e = lit.expr;
        switch (e.type) {
            case 'term':
                return this.evalTerm(ctx, e.term, env, (v) => (v === false ? false : k()));
            case 'unify':
            case 'assign':
                return this.unify(ctx, e.left, e.right, env, k);
            case 'some':
                return k();
            case 'somein':
                return this.evalTerm(ctx, e.collection, env, (coll) => this.forEachEntry(coll, (key, value) => {
                    if (e.key)
                        return this.unifyValue(ctx, e.key, key, env, () => this.unifyValue(ctx, e.value, value, env, k));
                    return this.unifyValue(ctx, e.value, value, env, k);
                }));
            case 'every': {
                let domain;
                this.evalTerm(ctx, e.collection, env, (v) => {
                    domain = v;
                    return true;
                });
                // An undefined or non-iterable domain makes `every` undefined, as in OPA.
                if (domain === undefined || !(Array.isArray(domain) || domain instanceof rego_value/* RegoObject */.FC || domain instanceof rego_value/* RegoSet */.e1))
                    return false;
                let allOk = true;
                this.forEachEntry(domain, (key, value) => {
                    let found = false;
                    const run = () => this.evalBody(ctx, e.body, 0, env, () => {
                        found = true;
                        return true;
                    });
                    const bindValue = () => this.unifyValue(ctx, e.value, value, env, run);
                    if (e.key)
                        this.unifyValue(ctx, e.key, key, env, bindValue);
                    else
                        bindValue();
                    if (!found)
                        allOk = false;
                    return !found;
                });
                return allOk ? k() : false;
            }
        }
    }
    /** Iterates (key, value) pairs: array index/element, object key/value, set element twice. */
    forEachEntry(coll, f) {
        if (Array.isArray(coll)) {
            for (let i = 0; i < coll.length; i++)
                if (f(i, coll[i]))
                    return true;
        }
        else if (coll instanceof rego_value/* RegoObject */.FC) {
            for (const [key, value] of [...coll.pairs()])
                if (f(key, value))
                    return true;
        }
        else if (coll instanceof rego_value/* RegoSet */.e1) {
            for (const v of [...coll.values()])
                if (f(v, v))
                    return true;
        }
        return false;
    }
    // --- with ---
    applyWiths(ctx, withs, i, env, acc, k) {
        if (i === withs.length)
            return k(acc);
        const w = withs[i];
        const target = w.resolved;
        if ((target.kind === 'builtin' || target.kind === 'function') && w.fnValue) {
            const mocks = new Map(acc.mocks);
            mocks.set(mockKey(target), w.fnValue.kind === 'builtin' ? { kind: 'builtin', name: w.fnValue.name } : { kind: 'function', path: w.fnValue.path });
            return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, acc.dataOverrides, mocks), k);
        }
        return this.evalTerm(ctx, w.value, env, (value) => {
            if (target.kind === 'builtin' || target.kind === 'function') {
                const mocks = new Map(acc.mocks);
                mocks.set(mockKey(target), { kind: 'value', value });
                return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, acc.dataOverrides, mocks), k);
            }
            return this.evalTerms(ctx, target.path, 0, env, [], (path) => {
                if (target.kind === 'input') {
                    const input = setPath(acc.input, path, value);
                    return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(input, acc.dataOverrides, acc.mocks), k);
                }
                const overrides = [...acc.dataOverrides.filter((o) => !isPrefix(path, o.path)), { path, value }];
                return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, overrides, acc.mocks), k);
            });
        });
    }
    // --- terms ---
    evalTerms(ctx, terms, i, env, acc, k) {
        // Terms with one value are taken in a loop: a literal list of thousands of items must not
        // cost a stack frame per item.
        let pushed = 0;
        while (i < terms.length) {
            const g = groundValue(terms[i], env);
            if (g === undefined)
                break;
            acc.push(g);
            pushed++;
            i++;
        }
        try {
            if (i === terms.length)
                return k(acc.slice());
            return this.evalTermsStep(ctx, terms, i, env, acc, k);
        }
        finally {
            acc.length -= pushed;
        }
    }
    evalTermsStep(ctx, terms, i, env, acc, k) {
        return this.evalTerm(ctx, terms[i], env, (v) => {
            acc.push(v);
            try {
                return this.evalTerms(ctx, terms, i + 1, env, acc, k);
            }
            finally {
                acc.pop();
            }
        });
    }
    /**
     * Call arguments: references first, since they may bind variables that plain variable
     * arguments then use (`x == xs[x]`); values are passed in the written order.
     */
    evalArgs(ctx, args, env, k) {
        if (!args.some((a) => a.type === 'var' && env.get(a.name) === undefined))
            return this.evalTerms(ctx, args, 0, env, [], k);
        const order = args.map((_, i) => i).sort((a, b) => Number(args[a].type === 'var') - Number(args[b].type === 'var'));
        return this.evalTerms(ctx, order.map((i) => args[i]), 0, env, [], (vs) => {
            const out = new Array(args.length);
            order.forEach((i, j) => (out[i] = vs[j]));
            return k(out);
        });
    }
    evalTerm(ctx, t, env, k) {
        switch (t.type) {
            case 'scalar':
                return k(t.value);
            case 'var': {
                const v = env.get(t.name);
                if (v === undefined)
                    throw new RegoEvalError('eval_internal_error', `var ${displayName(t.name)} is unsafe (not bound before use)`, t.loc);
                return k(v);
            }
            case 'dref':
                if (t.root === 'input') {
                    if (ctx.input === undefined)
                        return false;
                    return this.walkValue(ctx, ctx.input, t.path, 0, env, k);
                }
                return this.walkData(ctx, this.root, this.baseData, [], t.path, 0, env, k);
            case 'ref':
                return this.evalTerm(ctx, t.head, env, (hv) => this.walkValue(ctx, hv, t.path, 0, env, k));
            case 'array': {
                const g = groundValue(t, env);
                if (g !== undefined)
                    return k(g);
                return this.evalTerms(ctx, t.items, 0, env, [], (vs) => k(vs));
            }
            case 'set': {
                const g = groundValue(t, env);
                if (g !== undefined)
                    return k(g);
                return this.evalTerms(ctx, t.items, 0, env, [], (vs) => k(new rego_value/* RegoSet */.e1(vs)));
            }
            case 'object': {
                const g = groundValue(t, env);
                if (g !== undefined)
                    return k(g);
                const flat = t.pairs.flat();
                return this.evalTerms(ctx, flat, 0, env, [], (vs) => {
                    const o = new rego_value/* RegoObject */.FC();
                    for (let i = 0; i < vs.length; i += 2)
                        o.set(vs[i], vs[i + 1]);
                    return k(o);
                });
            }
            case 'arraycomp': {
                const out = [];
                this.evalBody(ctx, t.body, 0, env, () => this.evalTerm(ctx, t.head, env, (v) => (out.push(v), false)));
                return k(out);
            }
            case 'setcomp': {
                const out = new rego_value/* RegoSet */.e1();
                this.evalBody(ctx, t.body, 0, env, () => this.evalTerm(ctx, t.head, env, (v) => (out.add(v), false)));
                return k(out);
            }
            case 'objectcomp': {
                const out = new rego_value/* RegoObject */.FC();
                this.evalBody(ctx, t.body, 0, env, () => this.evalTerm(ctx, t.key, env, (key) => this.evalTerm(ctx, t.value, env, (value) => {
                    const prev = out.get(key);
                    if (prev !== undefined && !(0,rego_value/* valuesEqual */.lu)(prev, value))
                        throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', t.loc);
                    out.set(key, value);
                    return false;
                })));
                return k(out);
            }
            case 'rcall':
                return this.evalArgs(ctx, t.args, env, (args) => {
                    const r = this.call(ctx, t.target, args, t.loc);
                    if (r instanceof Relation) {
                        for (const v of r.values)
                            if (k(v))
                                return true;
                        return false;
                    }
                    return r === undefined ? false : k(r);
                });
            case 'call':
                throw new RegoEvalError('eval_internal_error', 'unresolved call', t.loc);
        }
    }
    /**
     * Follows a reference path into a value; unbound variables in the path iterate. `base` marks
     * base documents, whose object keys are strings that numbers also find.
     */
    walkValue(ctx, v, path, i, env, k, base = false) {
        if (i === path.length)
            return k(v);
        const p = path[i];
        if (p.type === 'var' && env.get(p.name) === undefined) {
            return this.forEachEntry(v, (key, child) => env.with(p.name, key, () => this.walkValue(ctx, child, path, i + 1, env, k, base)));
        }
        if (this.hasUnbound(p, env)) {
            return this.forEachEntry(v, (key, child) => this.unifyValue(ctx, p, key, env, () => this.walkValue(ctx, child, path, i + 1, env, k, base)));
        }
        return this.evalTerm(ctx, p, env, (key) => {
            const child = base ? selectBase(v, key) : selectChild(v, key);
            return child === undefined ? false : this.walkValue(ctx, child, path, i + 1, env, k, base);
        });
    }
    /** Follows a path under `data`, where rules and base documents share one tree. */
    walkData(ctx, node, base, prefix, path, i, env, k) {
        const override = ctx.dataOverrides.find((o) => sameKeys(o.path, prefix));
        if (override)
            return this.walkValue(ctx, override.value, path, i, env, k);
        const hasOverrideBelow = ctx.dataOverrides.some((o) => o.path.length > prefix.length && isPrefix(prefix, o.path));
        if (!node || (node.children.size === 0 && !hasOverrideBelow) || node.rules.length > 0 || i === path.length) {
            const v = this.nodeValue(ctx, node, base, prefix);
            return v === undefined ? false : this.walkValue(ctx, v, path, i, env, k, !node);
        }
        const p = path[i];
        const step = (key) => {
            const child = node.child(key, false);
            const childBase = base === undefined ? undefined : selectBase(base, key);
            if (!child && childBase === undefined && !ctx.dataOverrides.some((o) => isPrefix([...prefix, key], o.path)))
                return false;
            return this.walkData(ctx, child, childBase, [...prefix, key], path, i + 1, env, k);
        };
        if (this.hasUnbound(p, env)) {
            const whole = this.nodeValue(ctx, node, base, prefix);
            if (whole === undefined)
                return false;
            return this.walkValue(ctx, whole, path, i, env, k);
        }
        return this.evalTerm(ctx, p, env, step);
    }
    // --- virtual documents ---
    /** The document at a node: base data, child nodes and the rules defined there, merged. */
    nodeValue(ctx, node, base, prefix) {
        const override = ctx.dataOverrides.find((o) => sameKeys(o.path, prefix));
        if (override)
            return override.value;
        const cacheKey = (0,rego_value/* keyOf */.TN)(prefix);
        if (ctx.cache.has(cacheKey))
            return ctx.cache.get(cacheKey);
        if (ctx.inProgress.has(cacheKey)) {
            throw new RegoEvalError('eval_internal_error', `rego_recursion_error: rule data.${prefix.map(String).join('.')} is recursive`);
        }
        ctx.inProgress.add(cacheKey);
        try {
            let value = this.computeNodeValue(ctx, node, base, prefix);
            for (const o of ctx.dataOverrides) {
                if (o.path.length > prefix.length && isPrefix(prefix, o.path))
                    value = setPath(value, o.path.slice(prefix.length), o.value);
            }
            ctx.cache.set(cacheKey, value);
            return value;
        }
        finally {
            ctx.inProgress.delete(cacheKey);
        }
    }
    computeNodeValue(ctx, node, base, prefix) {
        if (!node)
            return base;
        // Base data wins over a rule at the same path (OPA reports no conflict there).
        if (base !== undefined && !(base instanceof rego_value/* RegoObject */.FC))
            return base;
        let doc = base === undefined ? undefined : structureOf(base);
        let defined = base !== undefined || node.isPackage;
        for (const { key, node: child } of node.children.values()) {
            const cv = this.nodeValue(ctx, child, base === undefined ? undefined : selectBase(base, key), [...prefix, key]);
            if (cv !== undefined)
                doc = mergeStructure(doc, [key], cv);
        }
        // A function of no arguments is also a document (OPA shows `f() = 1` in `data`).
        if (node.functions.length && node.functions[0].args.length === 0 && node.rules.length === 0) {
            const v = this.callFunction(ctx, prefix.map(String), [], node.functions[0].loc);
            if (v !== undefined)
                doc = mergeStructure(doc, [], v);
        }
        const complete = node.rules.filter((r) => r.kind === 'single' && r.dynamic.length === 0);
        if (complete.length) {
            const v = this.completeValue(ctx, complete);
            if (v !== undefined) {
                if (doc && doc.kind === 'obj' && doc.entries.size > 0 && !(v instanceof rego_value/* RegoObject */.FC)) {
                    throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', complete[0].loc);
                }
                doc = doc && doc.kind === 'obj' && doc.entries.size > 0 ? mergeStructure(doc, [], v) : { kind: 'leaf', value: v };
            }
        }
        for (const rule of node.rules) {
            if (rule.kind === 'single' && rule.dynamic.length === 0)
                continue;
            defined = true;
            if (rule.kind === 'multi' && rule.dynamic.length === 0)
                doc = ensureSet(doc, [], rule.loc);
            else
                doc = ensureObj(doc, rule.loc);
            const env = new Env();
            const target = { doc };
            this.evalBody(ctx, rule.body, 0, env, () => this.evalTerms(ctx, rule.dynamic, 0, env, [], (keys) => {
                if (rule.kind === 'multi') {
                    return this.evalTerm(ctx, rule.key, env, (elem) => {
                        target.doc = insertSetElem(target.doc, keys, elem, rule.loc);
                        return false;
                    });
                }
                return this.evalTerm(ctx, rule.value, env, (value) => {
                    target.doc = insertLeaf(target.doc, keys, value, rule.loc);
                    return false;
                });
            }));
            doc = target.doc;
        }
        if (!doc)
            return defined ? new rego_value/* RegoObject */.FC() : undefined;
        return docToValue(doc);
    }
    /** Value of complete rules at one path: one value, a default, or undefined; two is a conflict. */
    completeValue(ctx, rules) {
        const values = new Map();
        let conflictAt;
        for (const rule of rules) {
            if (rule.isDefault)
                continue;
            for (const v of this.ruleValues(ctx, rule, new Env())) {
                values.set((0,rego_value/* keyOf */.TN)(v), v);
                if (values.size > 1)
                    conflictAt ??= rule.loc;
            }
        }
        if (conflictAt)
            throw new RegoEvalError('eval_conflict_error', 'complete rules must not produce multiple outputs', conflictAt);
        if (values.size === 1)
            return values.values().next().value;
        const dflt = rules.find((r) => r.isDefault);
        if (!dflt)
            return undefined;
        let out;
        this.evalTerm(ctx, dflt.value, new Env(), (v) => ((out = v), true));
        return out;
    }
    /** Values of one rule (or function definition, env pre-bound with arguments), with else chains. */
    ruleValues(ctx, rule, env) {
        const clauses = [{ body: rule.body, value: rule.value }, ...rule.elses];
        for (const clause of clauses) {
            const out = new Map();
            this.evalBody(ctx, clause.body, 0, env, () => this.evalTerm(ctx, clause.value, env, (v) => {
                out.set((0,rego_value/* keyOf */.TN)(v), v);
                return false;
            }));
            if (out.size)
                return [...out.values()];
        }
        return [];
    }
    // --- calls ---
    call(ctx, target, args, loc, skipMock = false) {
        if (!skipMock && ctx.mocks.size) {
            const mock = ctx.mocks.get(target.kind === 'builtin' ? `builtin:${target.name}` : `fn:${target.path.join('.')}`);
            if (mock) {
                if (mock.kind === 'value')
                    return mock.value;
                // The replacement runs without the mocks in force (OPA: a mock never calls another mock,
                // and a mock calling the function it replaces gets the original).
                const plain = this.withoutMocks(ctx);
                if (mock.kind === 'builtin')
                    return this.call(plain, { kind: 'builtin', name: mock.name }, args, loc, true);
                return this.call(plain, { kind: 'function', path: mock.path, name: mock.path.join('.') }, args, loc, true);
            }
        }
        if (target.kind === 'builtin')
            return this.callBuiltin(target.name, args, loc);
        return this.callFunction(ctx, target.path, args, loc);
    }
    withoutMocks(ctx) {
        let plain = this.plainContexts.get(ctx);
        if (!plain) {
            plain = new EvalContext(ctx.input, ctx.dataOverrides, new Map());
            this.plainContexts.set(ctx, plain);
        }
        return plain;
    }
    plainContexts = new WeakMap();
    callBuiltin(name, args, loc) {
        const def = BUILTINS.get(name);
        if (!def)
            throw new RegoEvalError('eval_builtin_error', `built-in function ${name} is not supported by dbops's Rego evaluator`, loc);
        try {
            const result = def.fn(args, this.builtinContext);
            return def.relation && Array.isArray(result) ? new Relation(result) : result;
        }
        catch (e) {
            if (e instanceof BuiltinError) {
                if (this.settings.strictBuiltinErrors)
                    this.firstBuiltinError ??= new RegoEvalError(e.code, e.message, loc);
                return undefined;
            }
            throw e;
        }
    }
    callFunction(ctx, path, args, loc) {
        const node = this.root.lookup(path);
        const defs = node?.functions ?? [];
        const cacheKey = `fn:${path.join('.')}:${(0,rego_value/* keyOf */.TN)(args)}`;
        if (ctx.cache.has(cacheKey))
            return ctx.cache.get(cacheKey);
        const values = new Map();
        let conflictAt;
        for (const d of defs) {
            if (d.isDefault)
                continue;
            const env = new Env();
            const argTerms = d.args;
            const bindArgs = (i) => {
                if (i === argTerms.length) {
                    for (const v of this.ruleValues(ctx, d, env)) {
                        values.set((0,rego_value/* keyOf */.TN)(v), v);
                        if (values.size > 1)
                            conflictAt ??= d.loc;
                    }
                    return false;
                }
                return this.unifyValue(ctx, argTerms[i], args[i], env, () => bindArgs(i + 1));
            };
            bindArgs(0);
        }
        if (conflictAt)
            throw new RegoEvalError('eval_conflict_error', 'functions must not produce multiple outputs for same inputs', conflictAt);
        let result = values.size ? values.values().next().value : undefined;
        if (result === undefined) {
            const dflt = defs.find((d) => d.isDefault);
            if (dflt)
                this.evalTerm(ctx, dflt.value, new Env(), (v) => ((result = v), true));
        }
        ctx.cache.set(cacheKey, result);
        return result;
    }
    // --- unification ---
    /** True if the term has unbound variables where unification could bind them. */
    hasUnbound(t, env) {
        switch (t.type) {
            case 'var':
                return env.get(t.name) === undefined;
            case 'array':
                return t.items.some((x) => this.hasUnbound(x, env));
            case 'object':
                return t.pairs.some(([, v]) => this.hasUnbound(v, env));
            default:
                return false;
        }
    }
    unify(ctx, a, b, env, k) {
        const aFree = this.hasUnbound(a, env);
        const bFree = this.hasUnbound(b, env);
        if (!aFree)
            return this.evalTerm(ctx, a, env, (av) => this.unifyValue(ctx, b, av, env, k));
        if (!bFree)
            return this.evalTerm(ctx, b, env, (bv) => this.unifyValue(ctx, a, bv, env, k));
        if (a.type === 'array' && b.type === 'array') {
            if (a.items.length !== b.items.length)
                return false;
            return this.unifyPairs(ctx, a.items.map((x, i) => [x, b.items[i]]), env, k);
        }
        if (a.type === 'object' && b.type === 'object') {
            if (a.pairs.length !== b.pairs.length)
                return false;
            return this.evalTerms(ctx, a.pairs.map((p) => p[0]), 0, env, [], (ak) => this.evalTerms(ctx, b.pairs.map((p) => p[0]), 0, env, [], (bk) => {
                const pairs = [];
                for (let i = 0; i < ak.length; i++) {
                    const j = bk.findIndex((x) => (0,rego_value/* valuesEqual */.lu)(x, ak[i]));
                    if (j < 0)
                        return false;
                    pairs.push([a.pairs[i][1], b.pairs[j][1]]);
                }
                return this.unifyPairs(ctx, pairs, env, k);
            }));
        }
        throw new RegoEvalError('eval_internal_error', 'cannot unify two terms that both have unbound variables', a.loc);
    }
    unifyPairs(ctx, pairs, env, k) {
        if (pairs.length === 0)
            return k();
        let idx = pairs.findIndex(([x, y]) => !this.hasUnbound(x, env) || !this.hasUnbound(y, env));
        if (idx < 0)
            idx = 0;
        const [x, y] = pairs[idx];
        const rest = pairs.filter((_, i) => i !== idx);
        return this.unify(ctx, x, y, env, () => this.unifyPairs(ctx, rest, env, k));
    }
    /** Unifies a term (possibly with unbound variables) with a value. */
    unifyValue(ctx, t, v, env, k) {
        switch (t.type) {
            case 'var': {
                const cur = env.get(t.name);
                if (cur === undefined)
                    return env.with(t.name, v, k);
                return (0,rego_value/* valuesEqual */.lu)(cur, v) ? k() : false;
            }
            case 'scalar':
                return (0,rego_value/* valuesEqual */.lu)(t.value, v) ? k() : false;
            case 'array': {
                if (!Array.isArray(v) || v.length !== t.items.length)
                    return false;
                const arr = v;
                const step = (i) => (i === t.items.length ? k() : this.unifyValue(ctx, t.items[i], arr[i], env, () => step(i + 1)));
                return step(0);
            }
            case 'object': {
                if (!(v instanceof rego_value/* RegoObject */.FC) || v.size !== t.pairs.length)
                    return false;
                if (!this.hasUnbound(t, env))
                    return this.evalTerm(ctx, t, env, (tv) => ((0,rego_value/* valuesEqual */.lu)(tv, v) ? k() : false));
                const obj = v;
                return this.evalTerms(ctx, t.pairs.map((p) => p[0]), 0, env, [], (keys) => {
                    const step = (i) => {
                        if (i === keys.length)
                            return k();
                        const child = obj.get(keys[i]);
                        return child === undefined ? false : this.unifyValue(ctx, t.pairs[i][1], child, env, () => step(i + 1));
                    };
                    return step(0);
                });
            }
            default:
                return this.evalTerm(ctx, t, env, (tv) => ((0,rego_value/* valuesEqual */.lu)(tv, v) ? k() : false));
        }
    }
}
/** Base documents come from JSON, whose keys are strings: `data.x[2]` finds the key "2". */
function selectBase(base, key) {
    const v = selectChild(base, key);
    if (v !== undefined || !(base instanceof rego_value/* RegoObject */.FC) || (typeof key !== 'number' && typeof key !== 'bigint'))
        return v;
    return base.get(String(key));
}
/** Literal terms without variables never change: build each once. */
const constants = new WeakMap();
/**
 * The single value of a term that needs no search: a scalar, a bound variable, or a composite of
 * such terms; undefined when the term must be evaluated.
 */
function groundValue(t, env) {
    switch (t.type) {
        case 'scalar':
            return t.value;
        case 'var':
            return env.get(t.name);
        case 'array':
        case 'set':
        case 'object': {
            const cached = constants.get(t);
            if (cached !== undefined)
                return cached;
            let v;
            if (t.type === 'object') {
                const o = new rego_value/* RegoObject */.FC();
                for (const [kt, vt] of t.pairs) {
                    const key = groundValue(kt, env);
                    const val = key === undefined ? undefined : groundValue(vt, env);
                    if (key === undefined || val === undefined)
                        return undefined;
                    o.set(key, val);
                }
                v = o;
            }
            else {
                const items = [];
                for (const x of t.items) {
                    const iv = groundValue(x, env);
                    if (iv === undefined)
                        return undefined;
                    items.push(iv);
                }
                v = t.type === 'array' ? items : new rego_value/* RegoSet */.e1(items);
            }
            if (!hasVars(t))
                constants.set(t, v);
            return v;
        }
        default:
            return undefined;
    }
}
function hasVars(t) {
    switch (t.type) {
        case 'var':
            return true;
        case 'array':
        case 'set':
            return t.items.some(hasVars);
        case 'object':
            return t.pairs.some(([k, v]) => hasVars(k) || hasVars(v));
        case 'scalar':
            return false;
        default:
            return true;
    }
}
function mockKey(target) {
    return target.kind === 'builtin' ? `builtin:${target.name}` : `fn:${target.path.join('.')}`;
}
function displayName(name) {
    return name.startsWith('$') ? '_' : name.replace(/\$.*$/, '');
}
function sameKeys(a, b) {
    return a.length === b.length && a.every((x, i) => (0,rego_value/* valuesEqual */.lu)(x, b[i]));
}
function isPrefix(prefix, path) {
    return prefix.length <= path.length && prefix.every((x, i) => (0,rego_value/* valuesEqual */.lu)(x, path[i]));
}
/** Returns a copy of `v` with `path` set to `value`, creating objects on the way. */
function setPath(v, path, value) {
    if (path.length === 0)
        return value;
    const obj = v instanceof rego_value/* RegoObject */.FC ? new rego_value/* RegoObject */.FC(v.pairs()) : new rego_value/* RegoObject */.FC();
    const [head, ...rest] = path;
    obj.set(head, setPath(obj.get(head), rest, value));
    return obj;
}
function structureOf(v) {
    if (v instanceof rego_value/* RegoObject */.FC) {
        const entries = new Map();
        for (const [k, x] of v.pairs())
            entries.set((0,rego_value/* keyOf */.TN)(k), { key: k, doc: structureOf(x) });
        return { kind: 'obj', entries };
    }
    return { kind: 'leaf', value: v };
}
/** Merges a value produced by a child path into the document as mergeable structure. */
function mergeStructure(doc, keys, v) {
    if (v instanceof rego_value/* RegoObject */.FC) {
        let d = ensureObjAt(doc, keys);
        for (const [k, x] of v.pairs())
            d = mergeStructure(d, [...keys, k], x);
        return d;
    }
    if (v instanceof rego_value/* RegoSet */.e1) {
        let d = doc;
        for (const x of v.values())
            d = insertSetElem(d, keys, x, undefined);
        if (v.size === 0)
            d = ensureSet(d, keys, undefined);
        return d;
    }
    return insertLeaf(doc, keys, v, undefined);
}
function ensureObj(doc, loc) {
    if (!doc)
        return { kind: 'obj', entries: new Map() };
    if (doc.kind !== 'obj')
        throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
    return doc;
}
function ensureObjAt(doc, keys) {
    const root = ensureObj(doc, undefined);
    let cur = root;
    for (const k of keys) {
        const kk = (0,rego_value/* keyOf */.TN)(k);
        let e = cur.entries.get(kk);
        if (!e) {
            e = { key: k, doc: { kind: 'obj', entries: new Map() } };
            cur.entries.set(kk, e);
        }
        if (e.doc.kind !== 'obj')
            throw new RegoEvalError('eval_conflict_error', 'object keys must be unique');
        cur = e.doc;
    }
    return root;
}
function ensureSet(doc, keys, loc) {
    if (keys.length === 0) {
        if (!doc)
            return { kind: 'set', set: new rego_value/* RegoSet */.e1() };
        if (doc.kind === 'set')
            return doc;
        if (doc.kind === 'obj' && doc.entries.size === 0)
            return { kind: 'set', set: new rego_value/* RegoSet */.e1() };
        throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
    }
    const root = ensureObj(doc, loc);
    const [head, ...rest] = keys;
    const kk = (0,rego_value/* keyOf */.TN)(head);
    const e = root.entries.get(kk);
    root.entries.set(kk, { key: head, doc: ensureSet(e?.doc, rest, loc) });
    return root;
}
function insertSetElem(doc, keys, elem, loc) {
    const d = ensureSet(doc, keys, loc);
    let cur = d;
    for (const k of keys)
        cur = cur.entries.get((0,rego_value/* keyOf */.TN)(k)).doc;
    cur.set.add(elem);
    return d;
}
function insertLeaf(doc, keys, value, loc) {
    if (keys.length === 0) {
        if (!doc)
            return { kind: 'leaf', value };
        if (doc.kind === 'leaf' && (0,rego_value/* valuesEqual */.lu)(doc.value, value))
            return doc;
        throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
    }
    const root = ensureObj(doc, loc);
    const [head, ...rest] = keys;
    const kk = (0,rego_value/* keyOf */.TN)(head);
    const e = root.entries.get(kk);
    root.entries.set(kk, { key: head, doc: insertLeaf(e?.doc, rest, value, loc) });
    return root;
}
function docToValue(doc) {
    switch (doc.kind) {
        case 'leaf':
            return doc.value;
        case 'set':
            return new rego_value/* RegoSet */.e1(doc.set.values());
        case 'obj':
            return new rego_value/* RegoObject */.FC([...doc.entries.values()].map((e) => [e.key, docToValue(e.doc)]));
    }
}

// EXTERNAL MODULE: ./policy/rego/policy-messages.js
var policy_messages = __webpack_require__(6586);
;// CONCATENATED MODULE: ./policy/rego/index.js








/**
 * Parses and compiles Rego modules together (they may refer to each other's rules).
 * Throws RegoParseError or RegoCompileError, whose messages start with `path:line:col`.
 */
function compileModules(modules, options = {}) {
    const version = options.regoVersion ?? 'auto';
    const asts = modules.map((m) => parseWithVersion(m, version));
    const compiler = new RegoCompiler();
    compiler.compile(asts);
    const seen = new Set();
    const packages = [];
    for (const a of asts) {
        const k = a.packagePath.join('.');
        if (!seen.has(k)) {
            seen.add(k);
            packages.push(a.packagePath);
        }
    }
    return { packages, compiler };
}
function parseWithVersion(m, version) {
    if (version !== 'auto')
        return parseModule(m.source, m.path, version);
    if (/^\s*import\s+rego\.v1\b/m.test(m.source))
        return parseModule(m.source, m.path, 'v1');
    if (/^\s*import\s+future\.keywords\b/m.test(m.source))
        return parseModule(m.source, m.path, 'v0');
    try {
        return parseModule(m.source, m.path, 'v1');
    }
    catch (v1Error) {
        if (!(v1Error instanceof RegoParseError))
            throw v1Error;
        try {
            return parseModule(m.source, m.path, 'v0');
        }
        catch {
            throw v1Error;
        }
    }
}
/**
 * Evaluates a query against compiled modules. Parse and compile errors of the query throw
 * (they are configuration errors); evaluation errors are returned in `error`.
 */
function evaluate(policySet, options) {
    const input = options.input === undefined ? undefined : toValue(options.input);
    return evaluateValues(policySet, { ...options, inputValue: input });
}
/** Like {@link evaluate} but with the input already a Rego value (it may hold sets). */
function evaluateValues(policySet, options) {
    const { body, vars } = policySet.compiler.compileQuery(parseQuery(options.query));
    const data = options.data === undefined || options.data === null ? new rego_value/* RegoObject */.FC() : toValue(options.data);
    const evaluator = new Evaluator(policySet.compiler.root, data, { strictBuiltinErrors: options.strictBuiltinErrors ?? false });
    const values = [];
    let error;
    try {
        evaluator.runQuery(body, vars, options.inputValue, (b) => values.push(b));
    }
    catch (e) {
        if (e instanceof RegoEvalError)
            error = e;
        else if (e instanceof RangeError)
            error = new RegoEvalError('eval_internal_error', `evaluation too deep: ${e.message}`);
        else
            throw e;
    }
    error ??= evaluator.firstBuiltinError;
    const solutions = values.map((b) => Object.fromEntries([...b].map(([k, v]) => [k, (0,rego_value/* toJson */.aB)(v)])));
    return { solutions, values, error };
}
/** Plain JSON-like data (or Rego values) as a Rego value. */
function toValue(x) {
    return (0,rego_value/* fromJson */.Rf)(x);
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ messagesOf),
/* harmony export */   j: () => (/* binding */ collectPolicyMessages)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8303);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4494);


/**
 * Evaluates `deny` and `warn` in every package and collects their messages. A rule may produce
 * strings, or objects with a `msg` field (conftest style); anything else is shown as JSON.
 * Never throws for evaluation errors: they are listed in `errors`.
 *
 * @example
 * ```ts
 * const set = compileModules([{ path: 'p.rego', source: 'package p\ndeny["always"] { true }' }]);
 * collectPolicyMessages(set, {}).deny; // [{ package: 'p', message: 'always' }]
 * ```
 */
function collectPolicyMessages(policySet, input) {
    const out = { deny: [], warn: [], errors: [] };
    const inputValue = (0,_index_js__WEBPACK_IMPORTED_MODULE_0__.toValue)(input);
    for (const pkg of policySet.packages) {
        const name = pkg.join('.');
        const ref = 'data' + pkg.map((p) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');
        for (const kind of ['deny', 'warn']) {
            const r = (0,_index_js__WEBPACK_IMPORTED_MODULE_0__.evaluateValues)(policySet, { query: `x := ${ref}.${kind}`, inputValue });
            if (r.error) {
                out.errors.push({ package: name, error: r.error });
                continue;
            }
            for (const sol of r.values)
                out[kind].push(...messagesOf(sol.get('x')).map((message) => ({ package: name, message })));
        }
    }
    return out;
}
/**
 * Messages in a deny/warn document: a set or array of strings or `{msg}` objects; an object
 * mapping messages to true; `true` (a boolean deny rule) gives one generic message.
 */
function messagesOf(v) {
    // `deny[msg] if { ... }` in Rego v0 with `if` makes an object {msg: true}; its keys are the messages.
    if (v instanceof _value_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoObject */ .FC && v.size > 0 && [...v.pairs()].every(([, x]) => x === true))
        return messagesOf(new _value_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoSet */ .e1(v.keys()));
    const items = v instanceof _value_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoSet */ .e1 ? v.sorted() : Array.isArray(v) ? v : v === true ? ['(no message)'] : v === false || v === null ? [] : [v];
    return items.map((m) => {
        if (typeof m === 'string')
            return m;
        if (m instanceof _value_js__WEBPACK_IMPORTED_MODULE_1__/* .RegoObject */ .FC) {
            const msg = m.get('msg');
            if (typeof msg === 'string')
                return msg;
        }
        return (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(m);
    });
}


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ regoText),
/* harmony export */   Et: () => (/* binding */ isNumber),
/* harmony export */   FC: () => (/* binding */ RegoObject),
/* harmony export */   Jo: () => (/* binding */ normalizeNumber),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Rf: () => (/* binding */ fromJson),
/* harmony export */   S$: () => (/* binding */ compareNumbers),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   ck: () => (/* binding */ compareValues),
/* harmony export */   e1: () => (/* binding */ RegoSet),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   hO: () => (/* binding */ runeLength),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   uw: () => (/* binding */ quoteJsonString)
/* harmony export */ });
/* unused harmony exports isArray, typeRank, formatNumber */
/**
 * Rego values as the evaluator holds them.
 *
 * JSON-like values map onto JavaScript directly (null, boolean, string, arrays), except that
 * numbers are `number | bigint` (OPA keeps integers exact: beyond 2^53 we switch to bigint), and
 * objects and sets are our own classes because Rego allows any value as an object key or set
 * element, compared by value.
 */
/** A set of values compared by value. Treated as immutable once built. */
class RegoSet {
    items = new Map();
    cachedKey;
    constructor(values = []) {
        for (const v of values)
            this.items.set(keyOf(v), v);
    }
    /** Adds a value while the set is still being built. */
    add(v) {
        this.items.set(keyOf(v), v);
    }
    has(v) {
        return this.items.has(keyOf(v));
    }
    get size() {
        return this.items.size;
    }
    values() {
        return this.items.values();
    }
    /** Canonical key, cached: sets are immutable after construction. */
    get key() {
        if (this.cachedKey === undefined) {
            this.cachedKey = '<' + [...this.items.keys()].sort().join(',') + '>';
        }
        return this.cachedKey;
    }
    /** Elements in Rego's sort order. */
    sorted() {
        return [...this.items.values()].sort(compareValues);
    }
}
/** An object whose keys may be any value. Treated as immutable once built. */
class RegoObject {
    entries = new Map();
    cachedKey;
    constructor(pairs = []) {
        for (const [k, v] of pairs)
            this.entries.set(keyOf(k), [k, v]);
    }
    set(k, v) {
        this.entries.set(keyOf(k), [k, v]);
    }
    get(k) {
        return this.entries.get(keyOf(k))?.[1];
    }
    has(k) {
        return this.entries.has(keyOf(k));
    }
    get size() {
        return this.entries.size;
    }
    keys() {
        return [...this.entries.values()].map((e) => e[0]);
    }
    pairs() {
        return this.entries.values();
    }
    get key() {
        if (this.cachedKey === undefined) {
            const parts = [...this.entries.entries()]
                .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
                .map(([k, [, v]]) => k + ':' + keyOf(v));
            this.cachedKey = '{' + parts.join(',') + '}';
        }
        return this.cachedKey;
    }
    /** Pairs sorted by key in Rego's order. */
    sortedPairs() {
        return [...this.entries.values()].sort((a, b) => compareValues(a[0], b[0]));
    }
}
function isNumber(v) {
    return typeof v === 'number' || typeof v === 'bigint';
}
function isArray(v) {
    return Array.isArray(v);
}
/** Brings a number to its one canonical form so that keys and equality work by value. */
function normalizeNumber(n) {
    if (typeof n === 'bigint') {
        return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    if (Number.isInteger(n) && !Number.isSafeInteger(n))
        return BigInt(n);
    if (Object.is(n, -0))
        return 0;
    return n;
}
/** A string that is equal for two values exactly when the values are equal in Rego. */
function keyOf(v) {
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
        case 'bigint':
            return '#' + String(v);
        case 'boolean':
            return v ? 't' : 'f';
        case 'object':
            if (v === null)
                return 'n';
            if (Array.isArray(v))
                return '[' + v.map(keyOf).join(',') + ']';
            return v.key;
    }
    throw new Error(`not a Rego value: ${String(v)}`);
}
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        if (isNumber(a) && isNumber(b))
            return a == b;
        return false;
    }
    return keyOf(a) === keyOf(b);
}
/** Rego's type order: null < boolean < number < string < array < object < set. */
function typeRank(v) {
    if (v === null)
        return 0;
    switch (typeof v) {
        case 'boolean':
            return 1;
        case 'number':
        case 'bigint':
            return 2;
        case 'string':
            return 3;
    }
    if (Array.isArray(v))
        return 4;
    return v instanceof RegoObject ? 5 : 6;
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Total order over values, as OPA's ast.Compare. */
function compareValues(a, b) {
    const ra = typeRank(a);
    const rb = typeRank(b);
    if (ra !== rb)
        return ra - rb;
    switch (ra) {
        case 0:
            return 0;
        case 1:
            return a === b ? 0 : a ? 1 : -1;
        case 2:
            return compareNumbers(a, b);
        case 3:
            return compareStrings(a, b);
        case 4: {
            const x = a;
            const y = b;
            for (let i = 0; i < Math.min(x.length, y.length); i++) {
                const c = compareValues(x[i], y[i]);
                if (c !== 0)
                    return c;
            }
            return x.length - y.length;
        }
        case 5: {
            const x = a.sortedPairs();
            const y = b.sortedPairs();
            for (let i = 0; i < Math.min(x.length, y.length); i++) {
                const c = compareValues(x[i][0], y[i][0]) || compareValues(x[i][1], y[i][1]);
                if (c !== 0)
                    return c;
            }
            return x.length - y.length;
        }
        default: {
            const x = a.sorted();
            const y = b.sorted();
            for (let i = 0; i < Math.min(x.length, y.length); i++) {
                const c = compareValues(x[i], y[i]);
                if (c !== 0)
                    return c;
            }
            return x.length - y.length;
        }
    }
}
/** Go compares strings bytewise (UTF-8), which is code point order, not UTF-16 unit order. */
function compareStrings(a, b) {
    if (a === b)
        return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca !== cb) {
            const surrogateA = ca >= 0xd800 && ca <= 0xdfff;
            const surrogateB = cb >= 0xd800 && cb <= 0xdfff;
            if (surrogateA !== surrogateB)
                return surrogateA ? 1 : -1;
            return ca - cb;
        }
    }
    return a.length - b.length;
}
function typeName(v) {
    return ['null', 'boolean', 'number', 'string', 'array', 'object', 'set'][typeRank(v)];
}
/** Converts parsed JSON (or any plain JS data) into a Rego value. */
function fromJson(x) {
    if (x === null || x === undefined)
        return null;
    switch (typeof x) {
        case 'string':
        case 'boolean':
            return x;
        case 'number':
        case 'bigint':
            return normalizeNumber(x);
    }
    if (Array.isArray(x))
        return x.map(fromJson);
    if (x instanceof RegoObject || x instanceof RegoSet)
        return x;
    if (x instanceof Set)
        return new RegoSet([...x].map(fromJson));
    if (x instanceof Map)
        return new RegoObject([...x].map(([k, v]) => [fromJson(k), fromJson(v)]));
    const obj = new RegoObject();
    for (const [k, v] of Object.entries(x))
        obj.set(k, fromJson(v));
    return obj;
}
/**
 * Converts a value to plain JSON data as OPA's ast.JSON does: sets become sorted arrays and
 * non-string object keys become their JSON text. Big integers stay bigint.
 */
function toJson(v) {
    if (v === null || typeof v !== 'object')
        return v;
    if (Array.isArray(v))
        return v.map(toJson);
    if (v instanceof RegoSet)
        return v.sorted().map(toJson);
    const out = {};
    for (const [k, val] of v.sortedPairs()) {
        out[typeof k === 'string' ? k : jsonText(k)] = toJson(val);
    }
    return out;
}
/** Compact JSON text of a value with Go's encoding/json conventions (sorted keys). */
function jsonText(v, escapeHtml = false) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return String(v);
        case 'number':
        case 'bigint':
            return formatNumber(v);
        case 'string':
            return quoteJsonString(v, escapeHtml);
    }
    if (Array.isArray(v))
        return '[' + v.map((x) => jsonText(x, escapeHtml)).join(',') + ']';
    if (v instanceof RegoSet)
        return '[' + v.sorted().map((x) => jsonText(x, escapeHtml)).join(',') + ']';
    const pairs = v
        .sortedPairs()
        .map(([k, val]) => [typeof k === 'string' ? k : jsonText(k, escapeHtml), val])
        .sort((a, b) => compareStrings(a[0], b[0]));
    return '{' + pairs.map(([k, val]) => quoteJsonString(k, escapeHtml) + ':' + jsonText(val, escapeHtml)).join(',') + '}';
}
/** JSON string quoting as Go's encoding/json does it (optionally escaping <, > and &). */
function quoteJsonString(s, escapeHtml = false) {
    let out = JSON.stringify(s);
    if (escapeHtml)
        out = out.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    return out;
}
/** Number text as OPA prints it: integers in full, floats in the shortest form. */
function formatNumber(n) {
    if (typeof n === 'bigint')
        return n.toString();
    if (Number.isInteger(n) && Math.abs(n) < 1e21)
        return n.toFixed(0);
    return String(n);
}
/** Rego source text of a value, as OPA's Value.String() prints it (used by sprintf %v). */
function regoText(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return String(v);
        case 'number':
        case 'bigint':
            return formatNumber(v);
        case 'string':
            return JSON.stringify(v);
    }
    if (Array.isArray(v))
        return '[' + v.map(regoText).join(', ') + ']';
    if (v instanceof RegoSet)
        return v.size === 0 ? 'set()' : '{' + v.sorted().map(regoText).join(', ') + '}';
    return '{' + v.sortedPairs().map(([k, val]) => regoText(k) + ': ' + regoText(val)).join(', ') + '}';
}
/** Length in Unicode code points, which is what Go counts as runes. */
function runeLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}


/***/ })

};

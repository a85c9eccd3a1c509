export const id = 5307;
export const ids = [5307,7914];
export const modules = {

/***/ 1814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   policyCheckCommand: () => (/* binding */ policyCheckCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _policy_policy_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8280);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7628);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56);






const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/**
 * `dbops policy-check --changelog-file F [--policy-dir DIR] [--config FILE] [--url URL]
 * [--environment ENV] [--fail-on LEVEL] [--format text|json|sarif]`: exit 1 when a finding at or
 * above the failing level remains (suppressed findings never fail).
 */
const policyCheckCommand = async (settings, io) => {
    const format = settings.options.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format must be text, json or sarif, got '${format}'`);
    if (!settings.changelogFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--changelog-file is required');
    const failOn = settings.options['fail-on'];
    if (failOn !== undefined && !FAIL_ON.includes(failOn))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOn}'`);
    const configOption = settings.options.config;
    const configFile = configOption ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(settings.workingDirectory, configOption) : node_path__WEBPACK_IMPORTED_MODULE_0__.join(settings.workingDirectory, _policy_policy_config_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_CONFIG_FILE */ .z9);
    if (configOption && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--config ${configOption} does not exist`);
    const { policyCheck } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(7143), __webpack_require__.e(7630)]).then(__webpack_require__.bind(__webpack_require__, 7143));
    const redact = (text) => (settings.password ? text.split(settings.password).join('***') : text);
    const result = await policyCheck({
        changelogFile: settings.changelogFile,
        searchPath: settings.searchPath,
        url: settings.url,
        username: settings.username,
        password: settings.password,
        contexts: settings.contexts,
        labels: settings.labels,
        properties: settings.properties,
        env: io.env,
        environment: settings.options.environment,
        configFile: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile) ? configFile : undefined,
        policiesDirectory: settings.options['policy-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(settings.workingDirectory, settings.options['policy-dir']) : undefined,
        noDefaultPolicies: settings.options['no-default-policies'] === 'true',
        failOn: failOn,
        logger: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLogger */ .D)(io, 'warn', redact),
    });
    if (format === 'json')
        io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
    else if (format === 'sarif') {
        const { renderSarif } = await __webpack_require__.e(/* import() */ 3709).then(__webpack_require__.bind(__webpack_require__, 6090));
        const { sarifRuleDescriptors } = await __webpack_require__.e(/* import() */ 9948).then(__webpack_require__.bind(__webpack_require__, 9948));
        io.stdout(`${redact(JSON.stringify(renderSarif(result, { toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .DBOPS_VERSION */ .m, rules: sarifRuleDescriptors() }), null, 2))}\n`);
    }
    else {
        const { renderPolicyText } = await __webpack_require__.e(/* import() */ 591).then(__webpack_require__.bind(__webpack_require__, 591));
        io.stdout(redact(renderPolicyText(result, { color: io.isTTY && !io.env.NO_COLOR })));
    }
    return result.ok ? 0 : 1;
};


/***/ }),

/***/ 744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ isComment),
/* harmony export */   Ez: () => (/* binding */ isWordPart),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   az: () => (/* binding */ isContent),
/* harmony export */   dd: () => (/* binding */ isWordStart),
/* harmony export */   pT: () => (/* binding */ SqlScanner)
/* harmony export */ });
/* unused harmony export tokenize */
function isComment(token) {
    return token.kind === 'line-comment' || token.kind === 'block-comment';
}
/** Not whitespace and not a comment: the token belongs to a statement's SQL. */
function isContent(token) {
    return token.kind !== 'whitespace' && !isComment(token);
}
/**
 * Walks the tokens of a text without making an object per token: after each `next()`, the
 * scanner itself is the current token (`kind`, `start`, `end`, `unterminated`).
 */
class SqlScanner {
    text;
    syntax;
    kind = 'whitespace';
    start = 0;
    end = 0;
    unterminated = false;
    constructor(text, syntax, 
    /** Where the first token starts. */
    from = 0) {
        this.text = text;
        this.syntax = syntax;
        this.end = from;
    }
    /** Moves to the next token; false at the end of the text. */
    next() {
        const { text, syntax } = this;
        const pos = this.end;
        if (pos >= text.length)
            return false;
        this.start = pos;
        this.unterminated = false;
        const code = text.charCodeAt(pos);
        if (isWhitespaceCode(code)) {
            let end = pos + 1;
            while (end < text.length && isWhitespaceCode(text.charCodeAt(end)))
                end++;
            return this.found('whitespace', end);
        }
        if (isWordStartCode(code)) {
            let end = pos + 1;
            while (end < text.length && isWordPartCode(text.charCodeAt(end)))
                end++;
            // E'…' is one escape-string token; any other prefix (U&, B, X, N) quotes as usual.
            if (syntax.escapeStrings && end === pos + 1 && (code === 0x45 || code === 0x65) && text.charCodeAt(end) === 0x27) {
                return this.quoted(end, 'string', true);
            }
            return this.found('word', end);
        }
        const next = text.charCodeAt(pos + 1);
        if (code === 0x2d && next === 0x2d && (!syntax.dashCommentNeedsSpace || pos + 2 >= text.length || isWhitespaceCode(text.charCodeAt(pos + 2)))) {
            return this.lineComment();
        }
        if (code === 0x23 && syntax.hashComments)
            return this.lineComment();
        if (code === 0x2f && next === 0x2a)
            return this.blockComment();
        const c = text[pos];
        if (syntax.stringQuotes.includes(c))
            return this.quoted(pos, 'string', syntax.backslashEscapes);
        if (syntax.identifierQuotes.includes(c))
            return this.quoted(pos, 'quoted-identifier', false);
        if (code === 0x24 && syntax.dollarQuotes && this.dollarQuoted())
            return true;
        return this.found('symbol', pos + 1);
    }
    /** Continues after `position` (which the caller has read otherwise). */
    skipTo(position) {
        this.end = position;
    }
    /** The current token as an object of its own. */
    token() {
        return this.unterminated ? { kind: this.kind, start: this.start, end: this.end, unterminated: true } : { kind: this.kind, start: this.start, end: this.end };
    }
    found(kind, end, unterminated = false) {
        this.kind = kind;
        this.end = end;
        this.unterminated = unterminated;
        return true;
    }
    lineComment() {
        const { text } = this;
        let end = this.start;
        for (let code = text.charCodeAt(end); end < text.length && code !== 0x0a && code !== 0x0d; code = text.charCodeAt(++end))
            ;
        return this.found('line-comment', end);
    }
    blockComment() {
        const { text } = this;
        const nested = this.syntax.nestedBlockComments;
        let depth = 1;
        let i = this.start + 2;
        while (i < text.length) {
            const close = text.indexOf('*/', i);
            const open = nested ? text.indexOf('/*', i) : -1;
            if (close < 0)
                break;
            if (open >= 0 && open < close) {
                depth++;
                i = open + 2;
            }
            else {
                i = close + 2;
                if (--depth === 0)
                    return this.found('block-comment', i);
            }
        }
        return this.found('block-comment', text.length, true);
    }
    /** A quoted run from `quoteAt`; a doubled quote stays inside, as does an escaped one. */
    quoted(quoteAt, kind, backslashEscapes) {
        const { text } = this;
        const quote = text[quoteAt];
        let escape = backslashEscapes ? text.indexOf('\\', quoteAt + 1) : -1;
        let i = quoteAt + 1;
        for (;;) {
            const at = text.indexOf(quote, i);
            if (at < 0)
                return this.found(kind, text.length, true);
            if (escape >= 0 && escape < at) {
                i = escape + 2;
                escape = text.indexOf('\\', i);
            }
            else if (text[at + 1] === quote) {
                i = at + 2;
            }
            else {
                return this.found(kind, at + 1);
            }
            if (i >= text.length)
                return this.found(kind, text.length, true);
        }
    }
    /** `$tag$…$tag$`; false when the `$` opens no body (a parameter such as `$1`, or a lone `$`). */
    dollarQuoted() {
        const { text } = this;
        DOLLAR_TAG.lastIndex = this.start;
        const open = DOLLAR_TAG.exec(text);
        if (!open)
            return false;
        const delimiter = open[0];
        const close = text.indexOf(delimiter, this.start + delimiter.length);
        return close < 0 ? this.found('dollar-quoted', text.length, true) : this.found('dollar-quoted', close + delimiter.length);
    }
}
const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
/** Every token of `text`, in order. */
function* tokenize(text, syntax) {
    const scanner = new SqlScanner(text, syntax);
    while (scanner.next())
        yield scanner.token();
}
function isWhitespace(c) {
    return isWhitespaceCode(c.charCodeAt(0));
}
/** Letters, `_`, digits and anything beyond ASCII start a word (identifier, keyword or number). */
function isWordStart(c) {
    return isWordStartCode(c.charCodeAt(0));
}
/** `$` continues a word, as in PostgreSQL identifiers (`a$b`) and MySQL ones. */
function isWordPart(c) {
    return isWordPartCode(c.charCodeAt(0));
}
/** Space, tab, line feed, vertical tab, form feed, carriage return. */
function isWhitespaceCode(code) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
function isWordStartCode(code) {
    return ((code >= 0x61 && code <= 0x7a) || // a-z
        (code >= 0x41 && code <= 0x5a) || // A-Z
        (code >= 0x30 && code <= 0x39) || // 0-9
        code === 0x5f || // _
        code >= 0x80);
}
function isWordPartCode(code) {
    return isWordStartCode(code) || code === 0x24;
}


/***/ }),

/***/ 8795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hw: () => (/* binding */ postgresSyntax)
/* harmony export */ });
/* unused harmony exports genericSyntax, mysqlSyntax, sqlSyntaxFor */
const postgresSyntax = {
    name: 'postgresql',
    stringQuotes: "'",
    identifierQuotes: '"',
    backslashEscapes: false,
    escapeStrings: true,
    dollarQuotes: true,
    nestedBlockComments: true,
    hashComments: false,
    dashCommentNeedsSpace: false,
    blocks: 'routine-bodies',
    parenthesesHoldDelimiters: true,
    delimiterCommand: false,
};
/** What Liquibase's own splitter assumes for every database: standard quoting and BEGIN/END blocks. */
const genericSyntax = {
    name: 'generic',
    stringQuotes: "'",
    identifierQuotes: '"',
    backslashEscapes: false,
    escapeStrings: false,
    dollarQuotes: false,
    nestedBlockComments: false,
    hashComments: false,
    dashCommentNeedsSpace: false,
    blocks: 'blocks',
    parenthesesHoldDelimiters: false,
    delimiterCommand: false,
};
const mysqlSyntax = {
    name: 'mysql',
    stringQuotes: `'"`,
    identifierQuotes: '`',
    backslashEscapes: true,
    escapeStrings: false,
    dollarQuotes: false,
    nestedBlockComments: false,
    hashComments: true,
    dashCommentNeedsSpace: true,
    blocks: 'blocks',
    parenthesesHoldDelimiters: false,
    delimiterCommand: true,
};
/**
 * The syntax for a Liquibase dbms short name (`postgresql`, `mysql`, `mariadb`, …); databases
 * without their own rules get Liquibase's generic ones.
 */
function sqlSyntaxFor(dbms) {
    switch (dbms.toLowerCase()) {
        case 'postgresql':
        case 'cockroachdb':
            return postgresSyntax;
        case 'mysql':
        case 'mariadb':
            return mysqlSyntax;
        default:
            return genericSyntax;
    }
}


/***/ })

};

export const id = 2526;
export const ids = [2526];
export const modules = {

/***/ 2526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   javaTrim: () => (/* binding */ javaTrim),
/* harmony export */   xmlChangeLogParser: () => (/* binding */ xmlChangeLogParser)
/* harmony export */ });
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(628);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _changelog_tree_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8934);
/* harmony import */ var _file_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6327);




/**
 * Reads dbchangelog XML (any schema version) into the format-neutral tree, as Liquibase's SAX
 * handler does: elements and attributes by local name (namespace prefixes dropped), attributes from
 * other namespaces (`xsi:schemaLocation`, extension attributes) left out, element text trimmed
 * the way Java's `String.trim()` does, CDATA kept as text.
 *
 * Entities declared inside the document (`<!ENTITY x "text">`) are expanded; external entities
 * (`SYSTEM`/`PUBLIC`) are refused, so a changelog can never make the reader open a file or URL.
 */
const xmlChangeLogParser = {
    supports(resourcePath) {
        return (0,_file_path_js__WEBPACK_IMPORTED_MODULE_3__/* .fileExtension */ .i_)(resourcePath) === 'xml';
    },
    parse(resourcePath, content, context) {
        return (0,_changelog_tree_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readWholeTree */ .sV)(this.parseTree(resourcePath, content), resourcePath, context);
    },
    parseTree(resourcePath, content) {
        // Without a `$` in the file, and without a character or entity reference (`&`) that could
        // produce one, no text or attribute of the tree can hold `${`.
        const mayReferenceProperties = content.includes('$') || content.includes('&');
        return { root: parseXmlTree(resourcePath, content), strictAttributes: true, mayReferenceProperties };
    },
};
/** Java's `String.trim()`: strips code points up to U+0020, not Unicode spaces like NBSP. */
function javaTrim(text) {
    return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}
/** Only code points up to U+0020: what javaTrim removes. */
const JAVA_BLANK = /^[\u0000-\u0020]*$/;
function parseXmlTree(resourcePath, content) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ xmlns: true, position: true, fileName: resourcePath });
    const stack = [];
    let root;
    let startLine = 1;
    let startColumn = 1;
    const fail = (reason, line = parser.line, column = parser.column + 1) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(reason, { location: { file: resourcePath, line, column } });
    };
    parser.on('error', (error) => {
        // saxes prefixes "file:line:column: "; the ChangelogError carries the location itself.
        const reason = error.message.replace(/^.*?:\d+:\d+: /, '');
        fail(`Malformed XML: ${reason}`);
    });
    // saxes stores each handler as a property added to the parser after its construction; a seventh
    // one turns the parser into a dictionary-mode object, and every property read of its character
    // loop into a hash lookup (a third of the parse time). So the handlers for a DOCTYPE and for
    // CDATA sections, which a file can only have if it spells them out, are set only then.
    const hasDoctype = content.includes('<!DOCTYPE');
    const hasCdata = content.includes('<![CDATA[');
    if (hasDoctype) {
        parser.on('doctype', (doctype) => {
            const declarations = doctype.replace(/<!--[\s\S]*?-->/g, '');
            for (const match of declarations.matchAll(/<!ENTITY\s+(%\s+)?([^\s>]+)\s+([^>]*)>/g)) {
                const [, parameter, name, body] = match;
                if (parameter || /^(SYSTEM|PUBLIC)\b/.test(body.trim())) {
                    fail(`External entity '${name}' is not allowed in a changelog: include the file with <include file="…"/> instead`);
                }
                const value = /^(["'])([\s\S]*)\1$/.exec(body.trim());
                if (value)
                    parser.ENTITIES[name] = value[2];
            }
        });
    }
    parser.on('opentagstart', () => {
        startLine = parser.line;
        startColumn = parser.column;
    });
    parser.on('opentag', (tag) => {
        const node = {
            name: tag.local,
            attributes: {},
            children: [],
            location: { file: resourcePath, line: startLine, column: startColumn },
        };
        const attributes = tag.attributes;
        for (const name in attributes) {
            const attribute = attributes[name];
            if (attribute.prefix !== '' || attribute.local === 'xmlns')
                continue;
            node.attributes[attribute.local] = attribute.value;
        }
        if (stack.length === 0) {
            if (tag.local !== 'databaseChangeLog') {
                fail(`The root element must be <databaseChangeLog>, not <${tag.name}>`, startLine, startColumn);
            }
            root = node;
        }
        else {
            stack[stack.length - 1].node.children.push(node);
        }
        stack.push({ node, text: '' });
    });
    const addText = (text) => {
        if (stack.length === 0)
            return;
        const open = stack[stack.length - 1];
        // Whitespace before any other text is trimmed away at the end anyway: most of it is the
        // indentation between elements, not worth collecting.
        if (open.text === '' && JAVA_BLANK.test(text))
            return;
        open.text += text;
    };
    parser.on('text', addText);
    if (hasCdata)
        parser.on('cdata', addText);
    parser.on('closetag', () => {
        const open = stack.pop();
        if (!open)
            return;
        if (open.text === '')
            return;
        const text = javaTrim(open.text);
        if (text !== '')
            open.node.text = text;
    });
    parser.write(content.replace(/^\uFEFF/, '')).close();
    if (!root)
        fail('The file has no <databaseChangeLog> element');
    return root;
}


/***/ })

};

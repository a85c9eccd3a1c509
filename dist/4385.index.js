export const id = 4385;
export const ids = [4385,9900,7914];
export const modules = {

/***/ 7284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changeSetsOf: () => (/* binding */ changeSetsOf),
  diffToChangelog: () => (/* binding */ diffToChangelog),
  writeDiffChangelog: () => (/* binding */ writeDiffChangelog)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/saxes/saxes.js
var saxes = __webpack_require__(628);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
;// CONCATENATED MODULE: ./changelog/writers/formatted-sql-changelog-writer.js
const FORMATTED_SQL_HEADER = '-- liquibase formatted sql';
/**
 * A formatted SQL changelog: `-- liquibase formatted sql`, then per changeset its
 * `-- changeset author:id` line, `-- comment:`, the SQL of its changes and `-- rollback` lines.
 * Without an explicit rollback, the automatic one (`inverse`) is written out, since formatted SQL
 * has none of its own. Bodies holding `;` inside a statement (functions) turn statement splitting
 * off for the changeset.
 *
 * @example
 * await writeFormattedSqlChangelog(changeSets, { sqlFor: (node) => sqlOf(node) });
 */
async function writeFormattedSqlChangelog(changeSets, options) {
    const blocks = [FORMATTED_SQL_HEADER];
    for (const changeSet of changeSets)
        blocks.push(await formattedSqlChangeSet(changeSet, options.sqlFor));
    return `${blocks.join('\n\n')}\n`;
}
async function formattedSqlChangeSet(changeSet, sqlFor) {
    const body = await statementsOf(changeSet.changes, changeSet, sqlFor);
    const rollbackNodes = changeSet.rollback ?? changeSet.inverse;
    const rollback = rollbackNodes === undefined ? undefined : await statementsOf(rollbackNodes, changeSet, sqlFor);
    // The SQL is written out already quoted: a quoting strategy means nothing in this format.
    const { objectQuotingStrategy: _, ...attributes } = { ...changeSet.attributes };
    if (body.some(needsWholeText))
        attributes.splitStatements = false;
    if (rollback?.some(needsWholeText))
        attributes.rollbackSplitStatements = false;
    const head = [`-- changeset ${quoted(changeSet.author, /[\s:"]/)}:${quoted(changeSet.id, /[\s"]/)}`];
    for (const [key, value] of Object.entries(attributes))
        if (value !== null)
            head.push(`${key}:${quoted(String(value), /[\s"]/)}`);
    const lines = [head.join(' ')];
    if (changeSet.comment)
        lines.push(`-- comment: ${changeSet.comment.replace(/\s*\n\s*/g, ' ')}`);
    lines.push(...body.map((statement) => `${statement};`));
    if (rollback !== undefined) {
        if (rollback.length === 0)
            lines.push('-- rollback empty');
        else if (rollback.some((s) => s.includes('\n') || s.includes('*/'))) {
            lines.push('/* liquibase rollback', ...rollback.map((s) => `${s};`), '*/');
        }
        else
            lines.push(...rollback.map((s) => `-- rollback ${s};`));
    }
    return lines.join('\n');
}
async function statementsOf(nodes, changeSet, sqlFor) {
    const statements = [];
    for (const node of nodes) {
        for (const sql of await sqlFor(node, changeSet)) {
            const statement = sql.trim().replace(/;\s*$/, '').trimEnd();
            if (statement)
                statements.push(statement);
        }
    }
    return statements;
}
/** A statement Liquibase's splitter would cut: a `;` or a dollar-quoted body inside it. */
function needsWholeText(statement) {
    return statement.includes(';') || /\$[A-Za-z_]*\$/.test(statement);
}
function quoted(value, needsQuotes) {
    return needsQuotes.test(value) ? `"${value.replaceAll('"', '')}"` : value;
}

;// CONCATENATED MODULE: ./changelog/writers/xml-changelog-writer.js
const DBCHANGELOG_NAMESPACE = 'http://www.liquibase.org/xml/ns/dbchangelog';
const DBCHANGELOG_XSD = 'http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd';
/**
 * A whole XML changelog with the dbchangelog namespace and XSD location, as Liquibase writes it,
 * indented with four spaces.
 *
 * @example
 * writeXmlChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
function writeXmlChangelog(changeSets) {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<databaseChangeLog',
        `    xmlns="${DBCHANGELOG_NAMESPACE}"`,
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        `    xsi:schemaLocation="${DBCHANGELOG_NAMESPACE} ${DBCHANGELOG_XSD}">`,
    ];
    for (const changeSet of changeSets)
        lines.push('', ...xmlChangeSetLines(changeSet, { indent: '    ', depth: 1 }));
    lines.push('', '</databaseChangeLog>', '');
    return lines.join('\n');
}
/** One `<changeSet>` element, as lines (for whole files and for appending to an existing one). */
function xmlChangeSetLines(changeSet, layout) {
    const attributes = { id: changeSet.id, author: changeSet.author, ...changeSet.attributes };
    const children = [];
    if (changeSet.comment !== undefined)
        children.push(textNode('comment', changeSet.comment));
    children.push(...changeSet.changes);
    if (changeSet.rollback !== undefined)
        children.push({ name: 'rollback', attributes: {}, children: changeSet.rollback, location: { file: '' } });
    return elementLines({ name: 'changeSet', attributes, children, location: { file: '' } }, layout, layout.depth);
}
function elementLines(node, layout, depth) {
    const pad = layout.indent.repeat(depth);
    const name = layout.prefix ? `${layout.prefix}:${node.name}` : node.name;
    const attributes = Object.entries(node.attributes)
        .filter(([, value]) => value !== null)
        .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
        .join('');
    const text = node.text;
    if (node.children.length === 0) {
        if (text === undefined || text === '')
            return [`${pad}<${name}${attributes}/>`];
        return [`${pad}<${name}${attributes}>${escapeText(text)}</${name}>`];
    }
    const lines = [`${pad}<${name}${attributes}>`];
    for (const child of node.children)
        lines.push(...elementLines(child, layout, depth + 1));
    if (text !== undefined && text !== '')
        lines.push(`${layout.indent.repeat(depth + 1)}${escapeText(text)}`);
    lines.push(`${pad}</${name}>`);
    return lines;
}
function textNode(name, text) {
    return { name, attributes: {}, children: [], text, location: { file: '' } };
}
/**
 * Element text: SQL with `<` or `&` goes into CDATA so it stays readable (a `]]>` inside is split
 * across two sections); other text is escaped.
 */
function escapeText(text) {
    if (/[<&]/.test(text))
        return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
    return text.replaceAll(']]>', ']]&gt;');
}
function escapeAttribute(value) {
    return value
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;')
        .replaceAll('\n', '&#10;')
        .replaceAll('\r', '&#13;')
        .replaceAll('\t', '&#9;');
}

;// CONCATENATED MODULE: ./changelog/writers/yaml-tree.js
function changeSetToYaml(changeSet) {
    const body = { id: changeSet.id, author: changeSet.author };
    for (const [key, value] of Object.entries(changeSet.attributes ?? {}))
        body[key] = value;
    if (changeSet.comment !== undefined)
        body.comment = changeSet.comment;
    body.changes = changeSet.changes.map(changeToYaml);
    if (changeSet.rollback !== undefined)
        body.rollback = changeSet.rollback.map(changeToYaml);
    return { changeSet: body };
}
function changeToYaml(node) {
    return { [node.name]: nodeBody(node) };
}
/** The key a change's text goes under (XML element text). */
const TEXT_KEYS = {
    sql: 'sql',
    createView: 'selectQuery',
    createProcedure: 'procedureBody',
    column: 'value',
    output: 'message',
    stop: 'message',
    where: 'where',
};
/** Children written as a list under a plural key. */
const COLLECTIONS = { column: 'columns', param: 'params' };
function nodeBody(node) {
    const body = {};
    for (const [key, value] of Object.entries(node.attributes))
        if (value !== null)
            body[key] = value;
    const byName = new Map();
    for (const child of node.children)
        byName.set(child.name, [...(byName.get(child.name) ?? []), child]);
    for (const [name, children] of byName) {
        const collection = COLLECTIONS[name];
        if (collection)
            body[collection] = children.map((child) => ({ [name]: nodeBody(child) }));
        else if (children.length > 1)
            body[name] = children.map((child) => ({ [name]: simple(child) }));
        else
            body[name] = simple(children[0]);
    }
    if (node.text !== undefined)
        body[TEXT_KEYS[node.name] ?? 'value'] = node.text;
    return body;
}
/** A text-only child is its text; anything else its body. */
function simple(node) {
    if (node.children.length === 0 && Object.keys(node.attributes).length === 0 && node.text !== undefined)
        return node.text;
    return nodeBody(node);
}

;// CONCATENATED MODULE: ./changelog/writers/yaml-changelog-writer.js


/** Options for the yaml library's output: long SQL lines are never folded. */
const YAML_OUTPUT = { lineWidth: 0, minContentWidth: 0 };
/**
 * A whole YAML changelog (`databaseChangeLog: [ - changeSet: ... ]`). Multi-line SQL is written
 * as block literals.
 *
 * @example
 * writeYamlChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
function writeYamlChangelog(changeSets) {
    return new dist/* Document */.yo({ databaseChangeLog: changeSets.map(changeSetToYaml) }).toString(YAML_OUTPUT);
}

;// CONCATENATED MODULE: ./changelog/writers/json-changelog-writer.js

/**
 * A whole JSON changelog: Liquibase's YAML tree in JSON, two-space indentation, final newline.
 *
 * @example
 * writeJsonChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
function writeJsonChangelog(changeSets) {
    return `${JSON.stringify({ databaseChangeLog: changeSets.map(changeSetToYaml) }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./changelog/writers/changelog-format.js





/** The changelog format a file name asks for: `.xml`, `.yaml`/`.yml`, `.json`, `.sql`. */
function changelogFormatForPath(path) {
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
    switch (extension) {
        case 'xml':
            return 'xml';
        case 'yaml':
        case 'yml':
            return 'yaml';
        case 'json':
            return 'json';
        case 'sql':
            return 'sql';
        default:
            throw new errors/* ConfigurationError */.j1(`cannot tell the changelog format of ${path}: use a .xml, .yaml, .yml, .json or .sql file name`);
    }
}
/**
 * A whole changelog in the given format.
 *
 * @example
 * await writeFile(path, await writeChangelog(changelogFormatForPath(path), changeSets, { sqlFor }));
 */
async function writeChangelog(format, changeSets, options = {}) {
    switch (format) {
        case 'xml':
            return writeXmlChangelog(changeSets);
        case 'yaml':
            return writeYamlChangelog(changeSets);
        case 'json':
            return writeJsonChangelog(changeSets);
        case 'sql':
            if (!options.sqlFor)
                throw new errors/* ConfigurationError */.j1('a formatted SQL changelog needs the SQL of each change (sqlFor)');
            return writeFormattedSqlChangelog(changeSets, { sqlFor: options.sqlFor });
    }
}

;// CONCATENATED MODULE: ./changelog/writers/append-to-changelog.js








/**
 * Adds changesets at the end of an existing changelog, keeping what is there as it is: comments,
 * indentation, quoting. Refuses (ConfigurationError) when a new changeset's id and author are
 * already in the file, or appear twice among the new ones, since Liquibase would reject the file.
 *
 * - YAML: through the yaml library's Document API (comments and scalar styles survive);
 * - XML: inserted before `</databaseChangeLog>` with the file's own indentation and prefix;
 * - JSON: parsed and written again with the file's indentation (JSON has no comments);
 * - formatted SQL: appended after the last changeset.
 *
 * @example
 * const text = await appendToChangelog(await readFile(path, 'utf8'), 'yaml', changeSets);
 */
async function appendToChangelog(existingText, format, newChangeSets, options = {}) {
    const origin = options.origin ?? 'the changelog';
    refuseDuplicates(existingIdentifiers(existingText, format, origin), newChangeSets, origin);
    if (existingText.trim() === '')
        return writeChangelog(format, newChangeSets, options);
    switch (format) {
        case 'yaml':
            return appendYaml(existingText, newChangeSets, origin);
        case 'xml':
            return appendXml(existingText, newChangeSets, origin);
        case 'json':
            return appendJson(existingText, newChangeSets, origin);
        case 'sql':
            return appendSql(existingText, newChangeSets, options);
    }
}
/** The changesets a changelog text defines (its own, not those of included files). */
function existingIdentifiers(text, format, origin = 'the changelog') {
    if (text.trim() === '')
        return [];
    switch (format) {
        case 'yaml':
        case 'json':
            return yamlIdentifiers(text, format, origin);
        case 'xml':
            return xmlIdentifiers(text, origin);
        case 'sql':
            return sqlIdentifiers(text);
    }
}
function refuseDuplicates(existing, added, origin) {
    // Compared without case: the tracking table matches ids and authors case-insensitively.
    const identity = (id, author) => `${id.toLowerCase()}::${author.toLowerCase()}`;
    const known = new Map(existing.map((e) => [identity(e.id, e.author), e]));
    const problems = [];
    const seen = new Set();
    for (const changeSet of added) {
        const key = identity(changeSet.id, changeSet.author);
        const clash = known.get(key);
        if (clash)
            problems.push(`changeset ${changeSet.id}::${changeSet.author} already exists in ${origin}${clash.line ? ` (line ${clash.line})` : ''}`);
        else if (seen.has(key))
            problems.push(`changeset ${changeSet.id}::${changeSet.author} appears twice among the new changesets`);
        seen.add(key);
    }
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: ${problems.join('; ')}. Choose another id prefix (or first number) so that every id::author is unique`);
    }
}
// ---------------------------------------------------------------- YAML / JSON
function parseYaml(text, format, origin) {
    const document = (0,dist/* parseDocument */.Tp)(text, { version: format === 'json' ? '1.2' : '1.1', uniqueKeys: false });
    if (document.errors.length > 0) {
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: it is not valid ${format.toUpperCase()} (${document.errors[0].message.split('\n')[0]})`);
    }
    return document;
}
function yamlIdentifiers(text, format, origin) {
    const document = parseYaml(text, format, origin);
    const list = document.get('databaseChangeLog', true);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const found = [];
    for (const item of list.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const changeSet = item.get('changeSet', true);
        if (!(0,dist/* isMap */.jh)(changeSet))
            continue;
        const id = changeSet.get('id', true);
        const author = changeSet.get('author', true);
        if (!(0,dist/* isScalar */.jn)(id) || !(0,dist/* isScalar */.jn)(author))
            continue;
        const line = id.range ? text.slice(0, id.range[0]).split('\n').length : undefined;
        found.push({ id: String(id.value), author: String(author.value), line });
    }
    return found;
}
function appendYaml(text, changeSets, origin) {
    const document = parseYaml(text, 'yaml', origin);
    const contents = document.contents;
    const list = document.get('databaseChangeLog', true);
    const items = changeSets.map(changeSetToYaml);
    // The usual case, a block list that ends the file: the new items are written after it as text,
    // so nothing of the existing file changes, not even the spacing the yaml library would normalise.
    if ((0,dist/* isSeq */.oP)(list) && !list.flow && list.items.length > 0 && (0,dist/* isMap */.jh)(contents) && contents.items.at(-1)?.value === list) {
        const first = list.items[0];
        const lineStart = text.lastIndexOf('\n', (first.range?.[0] ?? 0) - 1) + 1;
        const dash = text.slice(lineStart).search(/-/);
        const indent = ' '.repeat(Math.max(0, dash));
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const rendered = new dist/* Document */.yo(items).toString(YAML_OUTPUT).trimEnd().split('\n').map((line) => (line ? indent + line : line));
        return `${text.replace(/\s*$/, '')}${eol}${rendered.join(eol)}${eol}`;
    }
    let target = list;
    if (target === undefined || target === null || ((0,dist/* isScalar */.jn)(target) && target.value === null)) {
        target = new dist/* YAMLSeq */.Rw();
        document.set('databaseChangeLog', target);
    }
    if (!(0,dist/* isSeq */.oP)(target))
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: databaseChangeLog is not a list`);
    for (const item of items)
        target.add(document.createNode(item));
    // Keep the file's way of indenting list items (`- changeSet` under the key, or level with it).
    const indentSeq = !/^databaseChangeLog:[^\n]*\n(?:\s*#[^\n]*\n)*-/m.test(text);
    return document.toString({ ...YAML_OUTPUT, indentSeq });
}
function appendJson(text, changeSets, origin) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: it is not valid JSON (${error.message})`, { cause: error });
    }
    if (value.databaseChangeLog === undefined || value.databaseChangeLog === null)
        value.databaseChangeLog = [];
    if (!Array.isArray(value.databaseChangeLog))
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: databaseChangeLog is not a list`);
    value.databaseChangeLog.push(...changeSets.map(changeSetToYaml));
    const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
    return `${JSON.stringify(value, null, indent)}\n`;
}
// ---------------------------------------------------------------- XML
function xmlIdentifiers(text, origin) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: true, position: true });
    const found = [];
    let error;
    parser.on('error', (e) => {
        error ??= e;
    });
    parser.on('opentag', (tag) => {
        if (tag.local !== 'changeSet')
            return;
        const id = tag.attributes['id'];
        const author = tag.attributes['author'];
        const value = (a) => (typeof a === 'string' ? a : a?.value);
        const idValue = value(id);
        const authorValue = value(author);
        if (idValue !== undefined && authorValue !== undefined)
            found.push({ id: idValue, author: authorValue, line: parser.line });
    });
    parser.write(text).close();
    if (error)
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: it is not well-formed XML (${error.message})`, { cause: error });
    return found;
}
function appendXml(text, changeSets, origin) {
    const closing = /<\/(?:([\w.-]+):)?databaseChangeLog\s*>(?![\s\S]*<\/(?:[\w.-]+:)?databaseChangeLog\s*>)/.exec(text);
    const selfClosing = /<(?:([\w.-]+):)?databaseChangeLog\b[^>]*\/>/.exec(text);
    if (!closing && !selfClosing)
        throw new errors/* ConfigurationError */.j1(`cannot append to ${origin}: no databaseChangeLog element`);
    const prefix = closing ? closing[1] : selfClosing[1];
    // Indentation as the file has it: the first changeSet's, or one level of the root's children.
    const changeSetIndent = /\n([ \t]*)<(?:[\w.-]+:)?changeSet\b/.exec(text)?.[1];
    const childIndent = /\n([ \t]+)</.exec(text)?.[1];
    const indent = changeSetIndent ?? childIndent ?? '    ';
    const unit = indent.length > 0 ? indent : '    ';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const added = changeSets.map((changeSet) => xmlChangeSetLines(changeSet, { indent: unit, depth: 1, prefix }).join(eol)).join(`${eol}${eol}`);
    if (closing) {
        const head = text.slice(0, closing.index);
        const closingIndent = /[ \t]*$/.exec(head)[0];
        return `${head.replace(/\s*$/, '')}${eol}${eol}${added}${eol}${eol}${closingIndent}${text.slice(closing.index)}`;
    }
    const open = selfClosing[0].replace(/\s*\/>$/, '>');
    const name = prefix ? `${prefix}:databaseChangeLog` : 'databaseChangeLog';
    const after = text.slice(selfClosing.index + selfClosing[0].length);
    return `${text.slice(0, selfClosing.index)}${open}${eol}${eol}${added}${eol}${eol}</${name}>${after}`;
}
// ---------------------------------------------------------------- formatted SQL
function sqlIdentifiers(text) {
    const found = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const match = /^\s*--\s*changeset\s+("[^"]+"|[^:]+):\s*("[^"]+"|\S+)/i.exec(line);
        if (match)
            found.push({ author: unquote(match[1].trim()), id: unquote(match[2]), line: index + 1 });
    });
    return found;
}
async function appendSql(text, changeSets, options) {
    if (!options.sqlFor)
        throw new errors/* ConfigurationError */.j1('a formatted SQL changelog needs the SQL of each change (sqlFor)');
    const blocks = [];
    for (const changeSet of changeSets)
        blocks.push(await formattedSqlChangeSet(changeSet, options.sqlFor));
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    if (!/^\s*--\s*liquibase\s+formatted/i.test(text)) {
        throw new errors/* ConfigurationError */.j1(`cannot append to ${options.origin ?? 'the changelog'}: it is a plain SQL file, not a formatted SQL changelog (its first line is not "${FORMATTED_SQL_HEADER}")`);
    }
    return `${text.replace(/\s*$/, '')}${eol}${eol}${blocks.join(`${eol}${eol}`).replaceAll('\n', eol)}${eol}`;
}
function unquote(value) {
    return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

// EXTERNAL MODULE: ./changelog/resource-accessor.js
var resource_accessor = __webpack_require__(7489);
// EXTERNAL MODULE: ./changes/registry.js + 57 modules
var registry = __webpack_require__(2866);
// EXTERNAL MODULE: ./dialect/postgres/postgres-dialect.js + 6 modules
var postgres_dialect = __webpack_require__(5142);
;// CONCATENATED MODULE: ./diff/change-sql.js



/**
 * The SQL one generated change runs, from its change type (the same code `update` runs): what a
 * formatted SQL changelog holds for it. The `sqlFor` of the changelog writers.
 *
 * @example
 * await writeChangelog('sql', changeSets, { sqlFor: sqlForChange });
 */
async function sqlForChange(node, written) {
    const change = (0,registry/* loadChange */.H)(node, { changeSet: { id: written.id, author: written.author } });
    const type = registry/* changeTypes */.u.get(change.type);
    if (!type)
        throw new Error(`no change type ${change.type} for changeset ${written.id}`);
    const statements = await type.generateSql(change, {
        dialect: (0,postgres_dialect/* postgresDialect */.S)(),
        changeSet: changeSetOf(written),
        resources: new resource_accessor/* MemoryResourceAccessor */.B({}),
        expand: (text) => text,
    });
    return statements.map((s) => s.sql);
}
/** The parts of a changeset that change types read when they write SQL. */
function changeSetOf(written) {
    const quoting = written.attributes?.objectQuotingStrategy;
    return {
        id: written.id,
        author: written.author,
        filePath: 'generated',
        physicalPath: 'generated',
        location: { file: 'generated' },
        changes: [],
        inheritedContexts: [],
        labels: [],
        inheritedLabels: [],
        runAlways: false,
        runOnChange: false,
        failOnError: true,
        runInTransaction: written.attributes?.runInTransaction !== false,
        ignore: false,
        onValidationFail: 'HALT',
        validCheckSums: [],
        modifySql: [],
        ...(typeof quoting === 'string' ? { objectQuotingStrategy: quoting } : {}),
    };
}

;// CONCATENATED MODULE: ./diff/default-value.js
const TEXT_TYPES = /^(character varying|character|text|bpchar|varchar|char)(\(\d+\))?$/;
function defaultValueAttribute(expression, columnType) {
    const text = expression.trim();
    if (text === 'true' || text === 'false')
        return { name: 'defaultValueBoolean', value: text === 'true' };
    const numeric = /^\(?(-?\d+(?:\.\d+)?)\)?$/.exec(text) ?? /^'(-?\d+(?:\.\d+)?)'::(?:integer|bigint|smallint|numeric(?:\(\d+(?:,\d+)?\))?|real|double precision)$/.exec(text);
    if (numeric)
        return { name: 'defaultValueNumeric', value: numeric[1] };
    const literal = /^'((?:[^']|'')*)'::(.+)$/s.exec(text);
    if (literal && TEXT_TYPES.test(literal[2]) && TEXT_TYPES.test(columnType) && !literal[1].includes('\\')) {
        return { name: 'defaultValue', value: literal[1].replaceAll("''", "'") };
    }
    return { name: 'defaultValueComputed', value: text };
}

// EXTERNAL MODULE: ./diff/postgres-quoting.js
var postgres_quoting = __webpack_require__(2309);
;// CONCATENATED MODULE: ./diff/postgres-ddl.js

/**
 * PostgreSQL statements for what Liquibase's change types cannot express (partitioned tables,
 * generated columns, user-defined types, triggers, comments on anything, ...). They go into `sql`
 * changes. Text from the snapshot (types, defaults, definitions) is used as PostgreSQL printed
 * it, already schema-qualified.
 */
/** `CREATE TABLE` for a table createTable cannot describe. Constraints other than the primary key are added separately. */
function createTableSql(table) {
    const name = (0,postgres_quoting/* qualifiedName */.OL)(table.schema, table.name);
    const unlogged = table.unlogged ? 'UNLOGGED ' : '';
    if (table.partitionOf) {
        const parent = (0,postgres_quoting/* qualifiedName */.OL)(table.partitionOf.schema, table.partitionOf.table);
        const partitioned = table.partitioning ? ` PARTITION BY ${table.partitioning.strategy.toUpperCase()} (${table.partitioning.key})` : '';
        return `CREATE ${unlogged}TABLE ${name} PARTITION OF ${parent} ${table.partitionOf.bound}${partitioned}`;
    }
    const items = table.columns.filter((c) => !c.inherited).map((c) => `    ${columnDefinitionSql(c, table.schema)}`);
    if (table.primaryKey && !table.primaryKey.inherited) {
        items.push(`    CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(table.primaryKey.name)} ${table.primaryKey.definition}`);
    }
    const inherits = table.inherits?.length ? ` INHERITS (${table.inherits.map((p) => (0,postgres_quoting/* qualifiedName */.OL)(p.schema, p.table)).join(', ')})` : '';
    const partitioned = table.partitioning ? ` PARTITION BY ${table.partitioning.strategy.toUpperCase()} (${table.partitioning.key})` : '';
    return `CREATE ${unlogged}TABLE ${name} (\n${items.join(',\n')}\n)${inherits}${partitioned}`;
}
/** A column as in CREATE TABLE / ADD COLUMN of a table in `schema`. */
function columnDefinitionSql(column, schema) {
    const parts = [(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name), column.type];
    if (column.collation)
        parts.push(`COLLATE ${column.collation}`);
    if (column.generated)
        parts.push(`GENERATED ALWAYS AS (${stripParentheses(column.generated.expression)}) ${column.generated.kind.toUpperCase()}`);
    else if (column.identity) {
        const options = identityOptionsSql(column.identity, column.type, schema);
        parts.push(`GENERATED ${column.identity.generation} AS IDENTITY${options ? ` (${options})` : ''}`);
    }
    else if (column.default !== undefined)
        parts.push(`DEFAULT ${column.default}`);
    if (!column.nullable && !column.identity)
        parts.push('NOT NULL');
    return parts.join(' ');
}
/**
 * The non-default options of an identity column of a table in `schema`, as
 * `SEQUENCE NAME app.t_seq START WITH 100 INCREMENT BY 2` (an unqualified SEQUENCE NAME would go
 * to the first schema of the search_path, not the table's).
 */
function identityOptionsSql(identity, dataType, schema) {
    const name = identity.sequenceName ? [`SEQUENCE NAME ${(0,postgres_quoting/* qualifiedName */.OL)(schema, identity.sequenceName)}`] : [];
    return [...name, ...sequenceOptionsSql({ ...identity, dataType }, { withDataType: false })].join(' ');
}
function sequenceOptionsSql(sequence, { withDataType }) {
    const defaults = sequenceDefaults(sequence.dataType, sequence.increment ?? '1');
    const options = [];
    if (withDataType && sequence.dataType !== 'bigint')
        options.push(`AS ${sequence.dataType}`);
    if (sequence.start !== undefined && sequence.start !== (BigInt(sequence.increment ?? '1') > 0n ? sequence.min ?? defaults.min : sequence.max ?? defaults.max)) {
        options.push(`START WITH ${sequence.start}`);
    }
    if (sequence.increment !== undefined && sequence.increment !== '1')
        options.push(`INCREMENT BY ${sequence.increment}`);
    if (sequence.min !== undefined && sequence.min !== defaults.min)
        options.push(`MINVALUE ${sequence.min}`);
    if (sequence.max !== undefined && sequence.max !== defaults.max)
        options.push(`MAXVALUE ${sequence.max}`);
    if (sequence.cache !== undefined && sequence.cache !== '1')
        options.push(`CACHE ${sequence.cache}`);
    if (sequence.cycle)
        options.push('CYCLE');
    return options;
}
/** PostgreSQL's default bounds for a sequence of this type and direction. */
function sequenceDefaults(dataType, increment) {
    const max = dataType === 'smallint' ? '32767' : dataType === 'integer' ? '2147483647' : '9223372036854775807';
    const min = dataType === 'smallint' ? '-32768' : dataType === 'integer' ? '-2147483648' : '-9223372036854775808';
    return BigInt(increment) > 0n ? { min: '1', max } : { min, max: '-1' };
}
function createTypeSql(type) {
    const name = (0,postgres_quoting/* qualifiedName */.OL)(type.schema, type.name);
    switch (type.kind) {
        case 'enum':
            return `CREATE TYPE ${name} AS ENUM (${type.labels.map(postgres_quoting/* quoteLiteral */.ce).join(', ')})`;
        case 'composite':
            return `CREATE TYPE ${name} AS (${type.attributes
                .map((a) => `${(0,postgres_quoting/* quoteIdentifier */.Cm)(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`)
                .join(', ')})`;
        case 'domain': {
            const parts = [`CREATE DOMAIN ${name} AS ${type.baseType}`];
            if (type.collation)
                parts.push(`COLLATE ${type.collation}`);
            if (type.default !== undefined)
                parts.push(`DEFAULT ${type.default}`);
            if (!type.nullable)
                parts.push('NOT NULL');
            for (const constraint of type.constraints)
                parts.push(`CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(constraint.name)} ${constraint.definition}`);
            return parts.join(' ');
        }
    }
}
function dropTypeSql(type) {
    return `DROP ${type.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${(0,postgres_quoting/* qualifiedName */.OL)(type.schema, type.name)}`;
}
/** `COMMENT ON <what> IS '...'` (or `IS NULL` to remove it). */
function commentSql(what, comment) {
    return `COMMENT ON ${what} IS ${comment === undefined ? 'NULL' : (0,postgres_quoting/* quoteLiteral */.ce)(comment)}`;
}
function typeCommentTarget(type) {
    return `${type.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${(0,postgres_quoting/* qualifiedName */.OL)(type.schema, type.name)}`;
}
function viewCommentTarget(view) {
    return `${view.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${(0,postgres_quoting/* qualifiedName */.OL)(view.schema, view.name)}`;
}
function routineTarget(routine) {
    return `${routine.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${(0,postgres_quoting/* qualifiedName */.OL)(routine.schema, routine.name)}(${routine.arguments})`;
}
function addConstraintSql(schema, table, name, definition) {
    return `ALTER TABLE ${(0,postgres_quoting/* qualifiedName */.OL)(schema, table)} ADD CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(name)} ${definition}`;
}
function dropConstraintSql(schema, table, name) {
    return `ALTER TABLE ${(0,postgres_quoting/* qualifiedName */.OL)(schema, table)} DROP CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(name)}`;
}
function renameConstraintSql(schema, table, from, to) {
    return `ALTER TABLE ${(0,postgres_quoting/* qualifiedName */.OL)(schema, table)} RENAME CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(from)} TO ${(0,postgres_quoting/* quoteIdentifier */.Cm)(to)}`;
}
/** CREATE VIEW / CREATE MATERIALIZED VIEW with options. */
function createViewSql(view, { replace } = { replace: false }) {
    const options = view.options?.length ? ` WITH (${view.options.join(', ')})` : '';
    const kind = view.materialized ? 'MATERIALIZED VIEW' : `${replace ? 'OR REPLACE ' : ''}VIEW`;
    return `CREATE ${kind} ${(0,postgres_quoting/* qualifiedName */.OL)(view.schema, view.name)}${options} AS\n${view.definition}`;
}
function dropViewSql(view) {
    return `DROP ${view.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${(0,postgres_quoting/* qualifiedName */.OL)(view.schema, view.name)}`;
}
const TRIGGER_STATE = {
    O: 'ENABLE TRIGGER',
    D: 'DISABLE TRIGGER',
    R: 'ENABLE REPLICA TRIGGER',
    A: 'ENABLE ALWAYS TRIGGER',
};
function triggerStateSql(trigger) {
    return `ALTER TABLE ${(0,postgres_quoting/* qualifiedName */.OL)(trigger.schema, trigger.table)} ${TRIGGER_STATE[trigger.enabled]} ${(0,postgres_quoting/* quoteIdentifier */.Cm)(trigger.name)}`;
}
function dropTriggerSql(trigger) {
    return `DROP TRIGGER ${(0,postgres_quoting/* quoteIdentifier */.Cm)(trigger.name)} ON ${(0,postgres_quoting/* qualifiedName */.OL)(trigger.schema, trigger.table)}`;
}
/** pg_get_expr wraps generation expressions in one pair of parentheses; GENERATED ... AS adds its own. */
function stripParentheses(expression) {
    const trimmed = expression.trim();
    if (!trimmed.startsWith('(') || !trimmed.endsWith(')'))
        return trimmed;
    let depth = 0;
    for (let i = 0; i < trimmed.length; i++) {
        if (trimmed[i] === '(')
            depth++;
        else if (trimmed[i] === ')')
            depth--;
        if (depth === 0 && i < trimmed.length - 1)
            return trimmed;
    }
    return trimmed.slice(1, -1);
}

;// CONCATENATED MODULE: ./diff/change-nodes.js



/**
 * Liquibase change elements as ParsedNode trees, with Liquibase's element and attribute names
 * exactly as its XML schema spells them (dbchangelog-4.x), in the XML shape: `column` elements are
 * direct children of createTable / addColumn / createIndex, SQL text is the node's text. The
 * change-type modules load this shape, and the writers turn it into YAML/JSON's.
 */
const GENERATED = { file: '(generated)' };
function change(name, attributes, children = [], text) {
    const clean = {};
    for (const [key, value] of Object.entries(attributes))
        if (value !== undefined)
            clean[key] = value;
    const node = { name, attributes: clean, children, location: GENERATED };
    if (text !== undefined)
        node.text = text;
    return node;
}
/** A raw SQL change. Statements are joined with `;` and never split by Liquibase (function bodies hold `;`). */
function sqlChange(statements, comment) {
    const children = comment ? [change('comment', {}, [], comment)] : [];
    const splittable = statements.every((s) => !s.includes(';') && !s.includes('$'));
    return change('sql', { splitStatements: splittable ? undefined : false }, children, statements.map((s) => `${s.trimEnd()};`).join('\n'));
}
function columnNode(column, options = {}) {
    const attributes = { name: column.name, type: column.type };
    if (column.identity) {
        attributes.autoIncrement = true;
        attributes.generationType = column.identity.generation;
        if (column.identity.start !== undefined && column.identity.start !== '1')
            attributes.startWith = column.identity.start;
        if (column.identity.increment !== undefined && column.identity.increment !== '1')
            attributes.incrementBy = column.identity.increment;
    }
    else if (column.default !== undefined) {
        const value = defaultValueAttribute(column.default, column.type);
        attributes[value.name] = value.value;
    }
    attributes.remarks = column.comment;
    const constraints = {};
    if (options.primaryKeyName) {
        constraints.nullable = false;
        constraints.primaryKey = true;
        constraints.primaryKeyName = options.primaryKeyName;
    }
    else if (!column.nullable)
        constraints.nullable = false;
    return change('column', attributes, Object.keys(constraints).length ? [change('constraints', constraints)] : []);
}
function createTableNode(table, inlinePrimaryKey) {
    const pkColumns = new Set(inlinePrimaryKey ? table.primaryKey?.columns : []);
    return change('createTable', { schemaName: table.schema, tableName: table.name, remarks: table.comment }, table.columns.map((c) => columnNode(c, { primaryKeyName: pkColumns.has(c.name) ? table.primaryKey.name : undefined })));
}
function dropTableNode(schema, table) {
    return change('dropTable', { schemaName: schema, tableName: table });
}
function addColumnNode(schema, table, column) {
    return change('addColumn', { schemaName: schema, tableName: table }, [columnNode(column)]);
}
function dropColumnNode(schema, table, column) {
    return change('dropColumn', { schemaName: schema, tableName: table, columnName: column });
}
function renameTableNode(schema, from, to) {
    return change('renameTable', { schemaName: schema, oldTableName: from, newTableName: to });
}
function renameColumnNode(schema, table, from, to, dataType) {
    return change('renameColumn', { schemaName: schema, tableName: table, oldColumnName: from, newColumnName: to, columnDataType: dataType });
}
function modifyDataTypeNode(schema, table, column, type) {
    return change('modifyDataType', { schemaName: schema, tableName: table, columnName: column, newDataType: type });
}
function notNullNode(add, schema, table, column, type) {
    return change(add ? 'addNotNullConstraint' : 'dropNotNullConstraint', {
        schemaName: schema,
        tableName: table,
        columnName: column,
        columnDataType: type,
    });
}
function addDefaultValueNode(schema, table, column) {
    const value = defaultValueAttribute(column.default, column.type);
    return change('addDefaultValue', {
        schemaName: schema,
        tableName: table,
        columnName: column.name,
        columnDataType: column.type,
        [value.name]: value.value,
    });
}
function dropDefaultValueNode(schema, table, column) {
    return change('dropDefaultValue', { schemaName: schema, tableName: table, columnName: column.name, columnDataType: column.type });
}
function setTableRemarksNode(schema, table, remarks) {
    return change('setTableRemarks', { schemaName: schema, tableName: table, remarks: remarks ?? '' });
}
function setColumnRemarksNode(schema, table, column, remarks) {
    return change('setColumnRemarks', {
        schemaName: schema,
        tableName: table,
        columnName: column.name,
        columnDataType: column.type,
        remarks: remarks ?? '',
    });
}
/** Whether addPrimaryKey says all of it (no INCLUDE, no DEFERRABLE, no storage options). */
function isPlainPrimaryKey(key) {
    return key.definition === `PRIMARY KEY (${key.columns.map(postgres_quoting/* quoteIdentifier */.Cm).join(', ')})` && key.validated !== false;
}
function addPrimaryKeyNode(schema, table, key) {
    return change('addPrimaryKey', { schemaName: schema, tableName: table, columnNames: key.columns.join(', '), constraintName: key.name });
}
function dropPrimaryKeyNode(schema, table, name) {
    return change('dropPrimaryKey', { schemaName: schema, tableName: table, constraintName: name });
}
/** Whether addUniqueConstraint says all of it. */
function isPlainUniqueConstraint(unique) {
    const deferral = unique.deferrable ? (unique.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
    return unique.definition === `UNIQUE (${unique.columns.map(postgres_quoting/* quoteIdentifier */.Cm).join(', ')})${deferral}` && unique.validated !== false;
}
function addUniqueConstraintNode(schema, table, unique) {
    return change('addUniqueConstraint', {
        schemaName: schema,
        tableName: table,
        columnNames: unique.columns.join(', '),
        constraintName: unique.name,
        deferrable: unique.deferrable || undefined,
        initiallyDeferred: unique.initiallyDeferred || undefined,
    });
}
function dropUniqueConstraintNode(schema, table, name) {
    return change('dropUniqueConstraint', { schemaName: schema, tableName: table, constraintName: name });
}
/** Whether addForeignKeyConstraint says all of it (MATCH FULL/PARTIAL and column lists in ON DELETE SET NULL (...) do not fit). */
function isPlainForeignKey(key) {
    return key.match === 'SIMPLE' && !/\bSET (NULL|DEFAULT) \(/.test(key.definition);
}
function addForeignKeyNode(schema, table, key) {
    return change('addForeignKeyConstraint', {
        baseTableSchemaName: schema,
        baseTableName: table,
        baseColumnNames: key.columns.join(', '),
        constraintName: key.name,
        referencedTableSchemaName: key.referencedSchema,
        referencedTableName: key.referencedTable,
        referencedColumnNames: key.referencedColumns.join(', '),
        onDelete: key.onDelete === 'NO ACTION' ? undefined : key.onDelete,
        onUpdate: key.onUpdate === 'NO ACTION' ? undefined : key.onUpdate,
        deferrable: key.deferrable || undefined,
        initiallyDeferred: key.initiallyDeferred || undefined,
        validate: key.validated === false ? false : undefined,
    });
}
function dropForeignKeyNode(schema, table, name) {
    return change('dropForeignKeyConstraint', { baseTableSchemaName: schema, baseTableName: table, constraintName: name });
}
/**
 * Whether createIndex says all of it: a btree on plain columns, ascending or descending with the
 * default NULLS order, default operator classes and collations, no INCLUDE, no predicate, no
 * storage parameters or tablespace. Anything else is written as SQL.
 */
function isPlainIndex(index) {
    return (index.method === 'btree' &&
        index.include.length === 0 &&
        index.predicate === undefined &&
        index.storageParameters === undefined &&
        index.columns.every((c) => c.name !== undefined && c.nullsFirst === undefined && !c.opclass && !c.collation) &&
        index.definition.endsWith(')') &&
        !index.definition.includes(' TABLESPACE '));
}
function createIndexNode(schema, table, index) {
    return change('createIndex', { schemaName: schema, tableName: table, indexName: index.name, unique: index.unique || undefined }, index.columns.map((c) => change('column', { name: c.name, descending: c.descending || undefined })));
}
function dropIndexNode(schema, table, name) {
    return change('dropIndex', { schemaName: schema, tableName: table, indexName: name });
}
function createSequenceNode(sequence) {
    const defaults = sequenceDefaults(sequence.dataType, sequence.increment);
    const ascending = BigInt(sequence.increment) > 0n;
    return change('createSequence', {
        schemaName: sequence.schema,
        sequenceName: sequence.name,
        dataType: sequence.dataType === 'bigint' ? undefined : sequence.dataType,
        startValue: sequence.start === (ascending ? sequence.min : sequence.max) ? undefined : sequence.start,
        incrementBy: sequence.increment === '1' ? undefined : sequence.increment,
        minValue: sequence.min === defaults.min ? undefined : sequence.min,
        maxValue: sequence.max === defaults.max ? undefined : sequence.max,
        cacheSize: sequence.cache === '1' ? undefined : sequence.cache,
        cycle: sequence.cycle || undefined,
    });
}
function alterSequenceNode(sequence) {
    return change('alterSequence', {
        schemaName: sequence.schema,
        sequenceName: sequence.name,
        dataType: sequence.dataType,
        incrementBy: sequence.increment,
        minValue: sequence.min,
        maxValue: sequence.max,
        cacheSize: sequence.cache,
        cycle: sequence.cycle,
    });
}
function dropSequenceNode(schema, name) {
    return change('dropSequence', { schemaName: schema, sequenceName: name });
}
function createViewNode(view, replace) {
    return change('createView', { schemaName: view.schema, viewName: view.name, replaceIfExists: replace || undefined }, [], view.definition);
}
function dropViewNode(schema, name) {
    return change('dropView', { schemaName: schema, viewName: name });
}

;// CONCATENATED MODULE: ./diff/liquibase-column-types.js
/**
 * Whether a column type, as PostgreSQL prints it (format_type), comes out of Liquibase's type
 * translation as the same type. Liquibase rewrites types on the way to SQL, and some rewrites
 * change them: `money` becomes DECIMAL, `"char"` CHAR(1), `serial` an identity column, an interval
 * with fields loses them, `character varying(5)[]` becomes invalid, and names are upper-cased (so
 * a quoted upper-case type breaks). Columns of any other type are written as SQL.
 */
const KEPT = new RegExp('^(?:' +
    [
        'smallint', 'integer', 'bigint', 'real', 'double precision', 'numeric(?:\\(\\d+(?:,-?\\d+)?\\))?',
        'character varying(?:\\(\\d+\\))?', 'character(?:\\(\\d+\\))?', 'text', 'bytea', 'boolean', 'date',
        'time(?:\\(\\d\\))? with(?:out)? time zone', 'timestamp(?:\\(\\d\\))? with(?:out)? time zone', 'interval(?:\\(\\d\\))?',
        'uuid', 'json', 'jsonb', 'xml', 'inet', 'cidr', 'macaddr8?', 'bit(?:\\(\\d+\\))?', 'bit varying(?:\\(\\d+\\))?',
        'tsvector', 'tsquery', '(?:int4|int8|num|ts|tstz|date)range', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle',
        'oid', 'name',
        // A user-defined type whose schema and name PostgreSQL folds to themselves.
        '[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*',
    ].join('|') +
    ')$');
/** Arrays keep their element type only when it has no modifier (`integer[]`, not `varchar(5)[]`). */
function liquibaseKeepsType(type) {
    const array = /^(.*?)((?:\[\])+)$/.exec(type);
    if (array)
        return !array[1].includes('(') && KEPT.test(array[1]);
    return KEPT.test(type);
}

;// CONCATENATED MODULE: ./diff/change-planner.js




/**
 * Where each kind of step goes when nothing else orders it. Drops of dependent objects come
 * before everything; drops of the objects they depended on come last, in reverse creation order.
 * Triggers and views are dropped even before the renames: their definitions (and the rollback
 * that recreates them) name things as the target does.
 */
const PHASE = {
    dropTrigger: -2,
    dropView: -1,
    renameTable: 0,
    renameColumn: 1,
    dropForeignKey: 7,
    dropConstraint: 8,
    extension: 10,
    schema: 11,
    type: 12,
    sequence: 13,
    table: 20,
    column: 21,
    sequenceOwner: 21.5,
    constraint: 22,
    index: 23,
    foreignKey: 24,
    function: 25,
    view: 26,
    viewIndex: 27,
    trigger: 28,
    comment: 29,
    dropColumn: 30,
    dropTable: 31,
    dropFunction: 32,
    dropSequence: 33,
    dropType: 34,
    dropExtension: 34.5,
    dropSchema: 35,
};
function planChanges(diff, warnings) {
    return new ChangePlanner(diff, warnings).plan();
}
class ChangePlanner {
    diff;
    warnings;
    steps = [];
    droppedTables = new Map();
    droppedColumns = new Set();
    /** Materialized views dropped and created again: their indexes come with the new one. */
    recreatedViews = new Set();
    /**
     * Views dropped and created again: changed ones that CREATE OR REPLACE cannot change, and the
     * views that read them or a column whose type changes.
     */
    rebuiltViews = new Map();
    constructor(diff, warnings) {
        this.diff = diff;
        this.warnings = warnings;
    }
    plan() {
        const { diff } = this;
        for (const e of diff.unexpected) {
            if (e.kind === 'table')
                this.droppedTables.set(key(e.object), e.object);
            if (e.kind === 'column')
                this.droppedColumns.add(`${e.relation.schema}.${e.relation.name}.${e.object.name}`);
        }
        for (const e of diff.changed) {
            if (e.kind === 'view' && mustRecreateView(e.reference, e.target, e.differences)) {
                this.rebuiltViews.set(key(e.reference), { reference: e.reference, target: e.target });
            }
            for (const dependent of e.dependentViews ?? [])
                this.rebuiltViews.set(key(dependent.reference), dependent);
        }
        for (const [id, { reference }] of this.rebuiltViews)
            if (reference.materialized)
                this.recreatedViews.add(id);
        for (const rename of diff.renamed)
            this.rename(rename);
        for (const e of diff.missing)
            this.create(e);
        for (const e of diff.changed)
            this.alter(e);
        this.moveClusterMarks();
        for (const { reference, target } of this.rebuiltViews.values()) {
            this.dropView(target);
            this.createView(reference);
        }
        for (const e of diff.unexpected)
            this.drop(e);
        return this.steps;
    }
    // ---------------------------------------------------------------- creation
    create(e) {
        switch (e.kind) {
            case 'schema':
                return this.createSchema(e.object);
            case 'extension':
                return this.createExtension(e.object);
            case 'type':
                return this.createType(e.object);
            case 'sequence':
                // A serial's sequence too: Liquibase turns a `serial` type into an identity column, so the
                // sequence, the nextval() default and OWNED BY are written out as they are.
                return this.createSequence(e.object);
            case 'table':
                return this.createTable(e.object);
            case 'view':
                return this.createView(e.object);
            case 'function':
                return this.createRoutine(e.object);
            case 'trigger':
                return this.createTrigger(e.object);
            case 'column':
                return this.addColumn(e.relation, e.object);
            case 'primaryKey':
                return this.addPrimaryKey(e.relation, e.object);
            case 'uniqueConstraint':
                return this.addUnique(e.relation, e.object);
            case 'checkConstraint':
            case 'exclusionConstraint':
                return this.addSqlConstraint(e.relation, e.object, e.kind === 'checkConstraint' ? 'check constraint' : 'exclusion constraint');
            case 'foreignKey':
                return this.addForeignKey(e.relation, e.object);
            case 'index':
                if (!this.recreatedViews.has(key(e.relation)))
                    this.createIndex(e.relation, e.object);
                return;
        }
    }
    createSchema(schema) {
        const name = (0,postgres_quoting/* quoteIdentifier */.Cm)(schema.name);
        const statements = [`CREATE SCHEMA ${name}`];
        if (schema.comment)
            statements.push(commentSql(`SCHEMA ${name}`, schema.comment));
        this.add({
            phase: PHASE.schema,
            description: `Create schema ${schema.name}`,
            provides: [`schema:${schema.name}`],
            changes: [sqlChange(statements)],
            rollback: [sqlChange([`DROP SCHEMA ${name}`])],
        });
    }
    createExtension(extension) {
        this.add({
            phase: PHASE.extension,
            description: `Create extension ${extension.name}`,
            requires: [`schema:${extension.schema}`],
            changes: [sqlChange([createExtensionSql(extension)])],
            rollback: [sqlChange([`DROP EXTENSION ${(0,postgres_quoting/* quoteIdentifier */.Cm)(extension.name)}`])],
        });
    }
    createType(type) {
        const statements = [createTypeSql(type)];
        if (type.comment)
            statements.push(commentSql(typeCommentTarget(type), type.comment));
        this.add({
            phase: PHASE.type,
            description: `Create ${type.kind === 'domain' ? 'domain' : `${type.kind} type`} ${key(type)}`,
            provides: [key(type)],
            requires: type.kind === 'enum' ? [] : type.dependsOn,
            changes: [sqlChange(statements)],
            rollback: [sqlChange([dropTypeSql(type)])],
        });
    }
    createSequence(sequence) {
        const changes = [createSequenceNode(sequence)];
        if (sequence.comment)
            changes.push(sqlChange([commentSql(`SEQUENCE ${(0,postgres_quoting/* qualifiedName */.OL)(sequence.schema, sequence.name)}`, sequence.comment)]));
        const inverse = [dropSequenceNode(sequence.schema, sequence.name)];
        this.add({
            phase: PHASE.sequence,
            description: `Create sequence ${key(sequence)}`,
            provides: [key(sequence)],
            changes,
            ...(changes.length === 1 ? { inverse } : { rollback: inverse }),
        });
        if (sequence.ownedBy)
            this.setSequenceOwner(sequence, sequence.ownedBy, undefined);
    }
    setSequenceOwner(sequence, owner, previous) {
        const ownerSql = (o) => `ALTER SEQUENCE ${(0,postgres_quoting/* qualifiedName */.OL)(sequence.schema, sequence.name)} OWNED BY ${o ? `${(0,postgres_quoting/* qualifiedName */.OL)(o.schema, o.table)}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(o.column)}` : 'NONE'}`;
        this.add({
            phase: PHASE.sequenceOwner,
            description: `Set the owner of sequence ${key(sequence)}`,
            requires: owner ? [`${owner.schema}.${owner.table}`, key(sequence)] : [key(sequence)],
            changes: [sqlChange([ownerSql(owner)])],
            rollback: [sqlChange([ownerSql(previous)])],
        });
    }
    createTable(table) {
        const relation = { schema: table.schema, name: table.name };
        const parents = [
            ...(table.partitionOf ? [`${table.partitionOf.schema}.${table.partitionOf.table}`] : []),
            ...(table.inherits ?? []).map((p) => `${p.schema}.${p.table}`),
        ];
        const { changes, inverse, rollback, primaryKeyDone } = this.tableCreation(table);
        this.add({
            phase: PHASE.table,
            description: `Create table ${key(table)}`,
            provides: [key(table)],
            requires: [...table.dependsOn, ...parents, `schema:${table.schema}`, ...this.columnRequirements(table.columns)],
            changes,
            inverse,
            rollback,
        });
        if (table.primaryKey && !table.primaryKey.inherited && !primaryKeyDone)
            this.addPrimaryKey(relation, table.primaryKey);
        for (const unique of table.uniqueConstraints.filter(own))
            this.addUnique(relation, unique);
        for (const check of table.checkConstraints.filter(own))
            this.addSqlConstraint(relation, check, 'check constraint');
        for (const exclusion of table.exclusionConstraints.filter(own))
            this.addSqlConstraint(relation, exclusion, 'exclusion constraint');
        for (const index of table.indexes.filter(own))
            this.createIndex(relation, index);
        for (const foreignKey of table.foreignKeys.filter(own))
            this.addForeignKey(relation, foreignKey);
    }
    /** The changes creating a table alone (no constraints but the primary key), and how to undo them. */
    tableCreation(table) {
        const drop = [dropTableNode(table.schema, table.name)];
        if (needsSqlDefinition(table)) {
            const statements = [createTableSql(table)];
            const name = (0,postgres_quoting/* qualifiedName */.OL)(table.schema, table.name);
            if (table.primaryKey?.clustered && !table.primaryKey.inherited)
                statements.push(clusterSql(table.schema, table.name, table.primaryKey.name));
            if (table.comment)
                statements.push(commentSql(`TABLE ${name}`, table.comment));
            for (const column of table.columns.filter((c) => c.comment && !c.inherited)) {
                statements.push(commentSql(`COLUMN ${name}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name)}`, column.comment));
            }
            return { changes: [sqlChange(statements)], rollback: drop, primaryKeyDone: true };
        }
        const key = table.primaryKey;
        // createTable cannot say CLUSTER ON: a clustered key is added on its own (addPrimaryKey and the mark).
        const inline = key !== undefined && !key.inherited && !key.clustered && isPlainPrimaryKey(key) && inTableOrder(key.columns, table.columns);
        return { changes: [createTableNode(table, inline)], inverse: drop, primaryKeyDone: inline };
    }
    addColumn(relation, column) {
        const table = (0,postgres_quoting/* qualifiedName */.OL)(relation.schema, relation.name);
        const drop = [dropColumnNode(relation.schema, relation.name, column.name)];
        const id = `${relation.schema}.${relation.name}.${column.name}`;
        if (!column.nullable && column.default === undefined && !column.identity && !column.generated) {
            this.warnings.push(`column ${id} is added NOT NULL without a default: this fails if the table has rows`);
        }
        const base = {
            phase: PHASE.column,
            description: `Add column ${id}`,
            provides: [`${relation.schema}.${relation.name}`],
            requires: this.columnRequirements([column]),
        };
        if (needsSqlColumn(column)) {
            const statements = [`ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(column, relation.schema)}`];
            if (column.comment)
                statements.push(commentSql(`COLUMN ${table}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name)}`, column.comment));
            this.add({ ...base, changes: [sqlChange(statements)], rollback: drop });
        }
        else {
            this.add({ ...base, changes: [addColumnNode(relation.schema, relation.name, column)], inverse: drop });
        }
    }
    addPrimaryKey(relation, key) {
        const drop = [dropPrimaryKeyNode(relation.schema, relation.name, key.name)];
        const changes = [
            isPlainPrimaryKey(key)
                ? addPrimaryKeyNode(relation.schema, relation.name, key)
                : sqlChange([addConstraintSql(relation.schema, relation.name, key.name, key.definition)]),
        ];
        if (key.clustered)
            changes.push(sqlChange([clusterSql(relation.schema, relation.name, key.name)]));
        this.addConstraintComment(changes, relation, key);
        this.add({
            phase: PHASE.constraint,
            description: `Add primary key ${key.name} on ${relationKey(relation)}`,
            provides: [relationKey(relation)],
            requires: [relationKey(relation)],
            changes,
            ...(changes.length === 1 && changes[0].name !== 'sql' ? { inverse: drop } : { rollback: drop }),
        });
    }
    addUnique(relation, unique) {
        const drop = [dropUniqueConstraintNode(relation.schema, relation.name, unique.name)];
        const changes = [
            isPlainUniqueConstraint(unique)
                ? addUniqueConstraintNode(relation.schema, relation.name, unique)
                : sqlChange([addConstraintSql(relation.schema, relation.name, unique.name, unique.definition)]),
        ];
        if (unique.clustered)
            changes.push(sqlChange([clusterSql(relation.schema, relation.name, unique.name)]));
        this.addConstraintComment(changes, relation, unique);
        this.add({
            phase: PHASE.constraint,
            description: `Add unique constraint ${unique.name} on ${relationKey(relation)}`,
            provides: [relationKey(relation)],
            requires: [relationKey(relation)],
            changes,
            ...(changes.length === 1 && changes[0].name !== 'sql' ? { inverse: drop } : { rollback: drop }),
        });
    }
    addSqlConstraint(relation, constraint, label) {
        const changes = [sqlChange([addConstraintSql(relation.schema, relation.name, constraint.name, constraint.definition)])];
        this.addConstraintComment(changes, relation, constraint);
        this.add({
            phase: PHASE.constraint,
            description: `Add ${label} ${constraint.name} on ${relationKey(relation)}`,
            provides: [relationKey(relation)],
            requires: [relationKey(relation)],
            changes,
            rollback: [sqlChange([dropConstraintSql(relation.schema, relation.name, constraint.name)])],
        });
    }
    addConstraintComment(changes, relation, constraint) {
        if (!constraint.comment)
            return;
        changes.push(sqlChange([commentSql(`CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(constraint.name)} ON ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, relation.name)}`, constraint.comment)]));
    }
    addForeignKey(relation, foreignKey) {
        const drop = [dropForeignKeyNode(relation.schema, relation.name, foreignKey.name)];
        const changes = [
            isPlainForeignKey(foreignKey)
                ? addForeignKeyNode(relation.schema, relation.name, foreignKey)
                : sqlChange([addConstraintSql(relation.schema, relation.name, foreignKey.name, foreignKey.definition)]),
        ];
        this.addConstraintComment(changes, relation, foreignKey);
        this.add({
            phase: PHASE.foreignKey,
            description: `Add foreign key ${foreignKey.name} on ${relationKey(relation)}`,
            // No `provides`: two tables may reference each other, and a key never orders its tables.
            requires: [relationKey(relation), `${foreignKey.referencedSchema}.${foreignKey.referencedTable}`],
            changes,
            ...(changes.length === 1 && changes[0].name !== 'sql' ? { inverse: drop } : { rollback: drop }),
        });
    }
    createIndex(relation, index) {
        const plain = isPlainIndex(index) && !relation.materializedView;
        const drop = plain
            ? [dropIndexNode(relation.schema, relation.name, index.name)]
            : [sqlChange([`DROP INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, index.name)}`])];
        // A partitioned table's index is printed ON ONLY (pg_dump attaches the partitions' indexes
        // later); created without ONLY it is built on every partition at once.
        const changes = [plain ? createIndexNode(relation.schema, relation.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')])];
        if (index.clustered)
            changes.push(sqlChange([clusterSql(relation.schema, relation.name, index.name, relation.materializedView)]));
        if (index.comment)
            changes.push(sqlChange([commentSql(`INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, index.name)}`, index.comment)]));
        this.add({
            phase: relation.materializedView ? PHASE.viewIndex : PHASE.index,
            description: `Create index ${index.name} on ${relationKey(relation)}`,
            requires: [relationKey(relation)],
            changes,
            ...(changes.length === 1 && plain ? { inverse: drop } : { rollback: drop }),
        });
    }
    createView(view) {
        const { changes, undo, automatic } = this.viewCreation(view);
        this.add({
            phase: PHASE.view,
            description: `Create ${view.materialized ? 'materialized view' : 'view'} ${key(view)}`,
            provides: [key(view)],
            requires: [...view.dependsOn, `schema:${view.schema}`],
            changes,
            ...(automatic ? { inverse: undo } : { rollback: undo }),
        });
        if (view.materialized) {
            for (const index of view.indexes)
                this.createIndex({ schema: view.schema, name: view.name, materializedView: true }, index);
        }
    }
    viewCreation(view) {
        const statements = [];
        if (view.comment)
            statements.push(commentSql(viewCommentTarget(view), view.comment));
        for (const column of view.columns.filter((c) => c.comment)) {
            statements.push(commentSql(`COLUMN ${(0,postgres_quoting/* qualifiedName */.OL)(view.schema, view.name)}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name)}`, column.comment));
        }
        if (!view.materialized && !view.options) {
            const changes = [createViewNode(view, false), ...(statements.length ? [sqlChange(statements)] : [])];
            return { changes, undo: [dropViewNode(view.schema, view.name)], automatic: statements.length === 0 };
        }
        return {
            changes: [sqlChange([createViewSql(view), ...statements])],
            undo: view.materialized ? [sqlChange([dropViewSql(view)])] : [dropViewNode(view.schema, view.name)],
            automatic: false,
        };
    }
    createRoutine(routine) {
        const statements = [routine.definition];
        if (routine.comment)
            statements.push(commentSql(routineTarget(routine), routine.comment));
        this.add({
            phase: PHASE.function,
            description: `Create ${routine.kind} ${routineKey(routine)}`,
            provides: [routineKey(routine)],
            requires: [...routine.dependsOn, `schema:${routine.schema}`],
            changes: [sqlChange(statements)],
            rollback: [sqlChange([`DROP ${routineTarget(routine)}`])],
        });
    }
    createTrigger(trigger) {
        this.add({
            phase: PHASE.trigger,
            description: `Create trigger ${trigger.name} on ${trigger.schema}.${trigger.table}`,
            requires: [`${trigger.schema}.${trigger.table}`, `${trigger.function.schema}.${trigger.function.name}()`],
            changes: [sqlChange(triggerCreation(trigger))],
            rollback: [sqlChange([dropTriggerSql(trigger)])],
        });
    }
    // ---------------------------------------------------------------- renames
    rename(rename) {
        const detected = `Detected as a probable rename (confidence ${rename.confidence.toFixed(2)}: ${rename.reason}); if it is not a rename, replace this changeset with a drop and an add`;
        if (rename.kind === 'table') {
            this.add({
                phase: PHASE.renameTable,
                description: `Rename table ${rename.schema}.${rename.from} to ${rename.to}. ${detected}`,
                changes: [renameTableNode(rename.schema, rename.from, rename.to)],
                inverse: [renameTableNode(rename.schema, rename.to, rename.from)],
            });
        }
        else {
            const table = rename.table ?? '';
            this.add({
                phase: PHASE.renameColumn,
                description: `Rename column ${rename.schema}.${table}.${rename.from} to ${rename.to}. ${detected}`,
                changes: [renameColumnNode(rename.schema, table, rename.from, rename.to)],
                inverse: [renameColumnNode(rename.schema, table, rename.to, rename.from)],
            });
        }
    }
    // ---------------------------------------------------------------- changes
    alter(e) {
        switch (e.kind) {
            case 'schema':
                return this.commentStep(`Change the comment of schema ${e.id}`, PHASE.schema, `SCHEMA ${(0,postgres_quoting/* quoteIdentifier */.Cm)(e.reference.name)}`, e.reference.comment, e.target.comment);
            case 'extension':
                return this.alterExtension(e.reference, e.target, e.differences);
            case 'type':
                return this.alterType(e.reference, e.target, e.differences);
            case 'sequence':
                return this.alterSequence(e.reference, e.target, e.differences);
            case 'table':
                return this.alterTable(e.reference, e.target, e.differences);
            case 'column':
                return this.alterColumn(e.relation, e.reference, e.target, e.differences);
            case 'primaryKey':
                return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'primary key', (o) => this.addPrimaryKey(e.relation, o), (o) => this.dropPrimaryKey(e.relation, o));
            case 'uniqueConstraint':
                return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'unique constraint', (o) => this.addUnique(e.relation, o), (o) => this.dropUnique(e.relation, o));
            case 'checkConstraint':
            case 'exclusionConstraint': {
                const label = e.kind === 'checkConstraint' ? 'check constraint' : 'exclusion constraint';
                return this.alterConstraint(e.relation, e.reference, e.target, e.differences, label, (o) => this.addSqlConstraint(e.relation, o, label), (o) => this.dropSqlConstraint(e.relation, o, label));
            }
            case 'foreignKey':
                return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'foreign key', (o) => this.addForeignKey(e.relation, o), (o) => this.dropForeignKey(e.relation, o));
            case 'index':
                if (this.recreatedViews.has(relationKey(e.relation)))
                    return;
                return this.alterIndex(e.relation, e.reference, e.target, e.differences);
            case 'view':
                return this.alterView(e.reference, e.target, e.differences);
            case 'function':
                return this.alterRoutine(e.reference, e.target, e.differences);
            case 'trigger':
                return this.alterTrigger(e.reference, e.target, e.differences);
        }
    }
    /**
     * CLUSTER ON is one mark per table: where it moves from one index to another (or goes), one
     * step per table sets it after the indexes and constraints exist, so that marking one and
     * unmarking the other cannot undo each other, and its rollback puts it back (names as after
     * the renames, which are undone later). New and dropped indexes carry their own mark.
     */
    moveClusterMarks() {
        const moves = new Map();
        const clusterable = (kind) => kind === 'primaryKey' || kind === 'uniqueConstraint' || kind === 'index';
        for (const e of this.diff.changed) {
            if (!clusterable(e.kind) || !('relation' in e) || !e.differences.some((d) => d.attribute === 'clustered'))
                continue;
            const reference = e.reference;
            const target = e.target;
            const move = moves.get(relationKey(e.relation)) ?? { relation: e.relation };
            moves.set(relationKey(e.relation), move);
            if (reference.clustered)
                move.to = reference.name;
            if (target.clustered)
                move.from = reference.name;
        }
        for (const e of this.diff.missing) {
            const move = 'relation' in e ? moves.get(relationKey(e.relation)) : undefined;
            if (move && clusterable(e.kind) && e.object.clustered)
                move.to = e.object.name;
        }
        for (const { relation, to, from } of moves.values()) {
            const mark = (name) => sqlChange([clusterSql(relation.schema, relation.name, name, relation.materializedView)]);
            this.add({
                phase: (relation.materializedView ? PHASE.viewIndex : PHASE.index) + 0.5,
                description: to ? `Cluster ${relationKey(relation)} on ${to}` : `Remove the CLUSTER ON mark of ${relationKey(relation)}`,
                requires: [relationKey(relation)],
                changes: [mark(to)],
                rollback: [mark(from)],
            });
        }
    }
    commentStep(description, phase, target, wanted, current, requires = []) {
        this.add({
            phase,
            description,
            requires,
            changes: [sqlChange([commentSql(target, wanted)])],
            rollback: [sqlChange([commentSql(target, current)])],
        });
    }
    alterExtension(reference, target, differences) {
        const name = (0,postgres_quoting/* quoteIdentifier */.Cm)(reference.name);
        const forward = [];
        const backward = [];
        for (const { attribute } of differences) {
            if (attribute === 'version') {
                forward.push(`ALTER EXTENSION ${name} UPDATE TO ${(0,postgres_quoting/* quoteLiteral */.ce)(reference.version)}`);
                backward.unshift(`ALTER EXTENSION ${name} UPDATE TO ${(0,postgres_quoting/* quoteLiteral */.ce)(target.version)}`);
            }
            else if (attribute === 'schema') {
                forward.push(`ALTER EXTENSION ${name} SET SCHEMA ${(0,postgres_quoting/* quoteIdentifier */.Cm)(reference.schema)}`);
                backward.unshift(`ALTER EXTENSION ${name} SET SCHEMA ${(0,postgres_quoting/* quoteIdentifier */.Cm)(target.schema)}`);
            }
            else if (attribute === 'comment') {
                forward.push(commentSql(`EXTENSION ${name}`, reference.comment));
                backward.unshift(commentSql(`EXTENSION ${name}`, target.comment));
            }
        }
        this.add({
            phase: PHASE.extension,
            description: `Change extension ${reference.name}`,
            requires: [`schema:${reference.schema}`],
            changes: [sqlChange(forward)],
            rollback: [sqlChange(backward)],
        });
    }
    alterType(reference, target, differences) {
        const id = key(reference);
        const changed = new Set(differences.map((d) => d.attribute));
        const forward = [];
        const backward = [];
        let runInTransaction;
        let recreate = changed.has('kind');
        if (!recreate && reference.kind === 'enum' && target.kind === 'enum' && changed.has('labels')) {
            const added = enumAdditions(target.labels, reference.labels);
            if (added) {
                forward.push(...added.map((label) => `ALTER TYPE ${(0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name)} ADD VALUE ${label}`));
                // ALTER TYPE ... ADD VALUE cannot run in a transaction block before PostgreSQL 12.
                runInTransaction = false;
            }
            else {
                this.warnings.push(`enum ${id}: values removed or reordered; the generated change recreates the type and converts the columns using it through text, review it`);
                forward.push(...recreateEnumSql(reference));
            }
        }
        if (!recreate && reference.kind === 'composite' && target.kind === 'composite' && changed.has('attributes')) {
            const [f, b] = compositeAlterations(reference, target);
            forward.push(...f);
            backward.unshift(...b);
        }
        if (!recreate && reference.kind === 'domain' && target.kind === 'domain') {
            if (changed.has('baseType') || changed.has('collation'))
                recreate = true;
            else {
                const [f, b] = domainAlterations(reference, target, changed);
                forward.push(...f);
                backward.unshift(...b);
            }
        }
        if (recreate) {
            this.warnings.push(`type ${id} must be dropped and created again (${differences.map((d) => d.attribute).join(', ')}); this fails while columns use it, review it`);
            forward.splice(0, forward.length, dropTypeSql(target), createTypeSql(reference));
            backward.splice(0, backward.length, dropTypeSql(reference), createTypeSql(target));
        }
        if (changed.has('comment') || (recreate && reference.comment)) {
            forward.push(commentSql(typeCommentTarget(reference), reference.comment));
            backward.unshift(commentSql(typeCommentTarget(target), target.comment));
        }
        if (forward.length === 0)
            return;
        this.add({
            phase: PHASE.type,
            description: `Change ${reference.kind === 'domain' ? 'domain' : 'type'} ${id}`,
            provides: [id],
            changes: [sqlChange(forward)],
            // Enum values cannot be removed again: no rollback block, so a rollback stops here with Liquibase's error.
            rollback: backward.length > 0 ? [sqlChange(backward)] : undefined,
            runInTransaction,
        });
    }
    alterSequence(reference, target, differences) {
        const changed = new Set(differences.map((d) => d.attribute));
        const name = (0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name);
        const changes = [];
        const rollback = [];
        const options = ['dataType', 'increment', 'min', 'max', 'cache', 'cycle'].filter((a) => changed.has(a));
        if (options.length > 0) {
            changes.push(pick(alterSequenceNode(reference), options));
            rollback.unshift(pick(alterSequenceNode(target), options));
        }
        if (changed.has('start')) {
            changes.push(sqlChange([`ALTER SEQUENCE ${name} START WITH ${reference.start}`]));
            rollback.unshift(sqlChange([`ALTER SEQUENCE ${name} START WITH ${target.start}`]));
        }
        if (changed.has('comment')) {
            changes.push(sqlChange([commentSql(`SEQUENCE ${name}`, reference.comment)]));
            rollback.unshift(sqlChange([commentSql(`SEQUENCE ${name}`, target.comment)]));
        }
        if (changes.length > 0) {
            this.add({ phase: PHASE.sequence, description: `Change sequence ${key(reference)}`, provides: [key(reference)], changes, rollback });
        }
        if (changed.has('ownedBy'))
            this.setSequenceOwner(reference, reference.ownedBy, target.ownedBy);
    }
    alterTable(reference, target, differences) {
        for (const { attribute } of differences) {
            if (attribute === 'comment') {
                this.add({
                    phase: PHASE.comment,
                    description: `Change the comment of table ${key(reference)}`,
                    changes: [setTableRemarksNode(reference.schema, reference.name, reference.comment)],
                    rollback: [setTableRemarksNode(reference.schema, reference.name, target.comment)],
                });
            }
            else if (attribute === 'unlogged') {
                const name = (0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name);
                const set = (unlogged) => `ALTER TABLE ${name} SET ${unlogged ? 'UNLOGGED' : 'LOGGED'}`;
                this.add({
                    phase: PHASE.column,
                    description: `Make table ${key(reference)} ${reference.unlogged ? 'unlogged' : 'logged'}`,
                    changes: [sqlChange([set(reference.unlogged)])],
                    rollback: [sqlChange([set(target.unlogged)])],
                });
            }
            else {
                this.warnings.push(`table ${key(reference)}: ${attribute} differs and cannot be changed in place; recreate the table by hand`);
            }
        }
    }
    alterColumn(relation, reference, target, differences) {
        const changed = new Set(differences.map((d) => d.attribute));
        const { schema, name: tableName } = relation;
        const table = (0,postgres_quoting/* qualifiedName */.OL)(schema, tableName);
        const column = (0,postgres_quoting/* quoteIdentifier */.Cm)(reference.name);
        const id = `${schema}.${tableName}.${reference.name}`;
        const forward = [];
        const backward = [];
        const both = (f, b) => {
            forward.push(f);
            backward.unshift(b);
        };
        if (changed.has('generated')) {
            this.warnings.push(`column ${id}: the generation expression changes; the column is dropped and added again (its values are recomputed)`);
            both(sqlChange([`ALTER TABLE ${table} DROP COLUMN ${column}`, `ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(reference, schema)}`]), sqlChange([`ALTER TABLE ${table} DROP COLUMN ${column}`, `ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(target, schema)}`]));
        }
        else {
            const defaultChanges = changed.has('default');
            const typeChanges = changed.has('type') || changed.has('collation');
            // A default that may not fit the new type goes before the type changes and comes back after.
            if (defaultChanges && target.default !== undefined) {
                both(dropDefaultValueNode(schema, tableName, target), addDefaultValueNode(schema, tableName, target));
            }
            if (typeChanges) {
                if (changed.has('collation') || !liquibaseKeepsType(reference.type) || !liquibaseKeepsType(target.type)) {
                    const typeSql = (c) => `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${c.type}${c.collation ? ` COLLATE ${c.collation}` : ''}`;
                    both(sqlChange([typeSql(reference)]), sqlChange([typeSql(target)]));
                }
                else {
                    both(modifyDataTypeNode(schema, tableName, reference.name, reference.type), modifyDataTypeNode(schema, tableName, reference.name, target.type));
                }
            }
            if (defaultChanges && reference.default !== undefined) {
                both(addDefaultValueNode(schema, tableName, reference), dropDefaultValueNode(schema, tableName, reference));
            }
            if (changed.has('identity')) {
                const [f, b] = identityAlterations(schema, table, column, reference, target);
                both(sqlChange(f), sqlChange(b));
            }
            const sequence = differences.find((d) => d.attribute === 'identitySequence');
            if (sequence && reference.identity && target.identity) {
                const rename = (from, to) => `ALTER SEQUENCE ${(0,postgres_quoting/* qualifiedName */.OL)(schema, String(from))} RENAME TO ${(0,postgres_quoting/* quoteIdentifier */.Cm)(String(to))}`;
                both(sqlChange([rename(sequence.target, sequence.reference)]), sqlChange([rename(sequence.reference, sequence.target)]));
            }
            if (changed.has('nullable') && !(reference.identity && !target.identity)) {
                both(notNullNode(!reference.nullable, schema, tableName, reference.name, reference.type), notNullNode(reference.nullable, schema, tableName, reference.name, target.type));
                if (!reference.nullable && reference.default === undefined && !reference.identity) {
                    this.warnings.push(`column ${id} becomes NOT NULL: this fails while rows hold NULL in it`);
                }
            }
        }
        if (changed.has('comment')) {
            both(setColumnRemarksNode(schema, tableName, reference, reference.comment), setColumnRemarksNode(schema, tableName, reference, target.comment));
        }
        if (changed.has('type') && !changed.has('generated')) {
            this.warnings.push(`column ${id} changes type from ${target.type} to ${reference.type}: existing values are converted (review for data loss)`);
        }
        if (forward.length === 0)
            return;
        this.add({
            phase: PHASE.column,
            description: `Change column ${id} (${differences.map((d) => d.attribute).join(', ')})`,
            provides: [relationKey(relation)],
            requires: [...this.columnRequirements([reference]), relationKey(relation)],
            changes: forward,
            rollback: backward,
        });
    }
    alterConstraint(relation, reference, target, differences, label, add, drop) {
        // The CLUSTER ON mark moves in a step of its own (see moveClusterMarks).
        const attributes = differences.map((d) => d.attribute).filter((a) => a !== 'clustered');
        if (attributes.length === 0)
            return;
        if (attributes.every((a) => a === 'name' || a === 'comment')) {
            const forward = [];
            const backward = [];
            if (attributes.includes('name')) {
                forward.push(renameConstraintSql(relation.schema, relation.name, target.name, reference.name));
                backward.unshift(renameConstraintSql(relation.schema, relation.name, reference.name, target.name));
            }
            if (attributes.includes('comment')) {
                const on = (name) => `CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(name)} ON ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, relation.name)}`;
                forward.push(commentSql(on(reference.name), reference.comment));
                backward.unshift(commentSql(on(reference.name), target.comment));
            }
            this.add({
                phase: PHASE.constraint,
                description: `Change ${label} ${reference.name} on ${relationKey(relation)} (${attributes.join(', ')})`,
                requires: [relationKey(relation)],
                changes: [sqlChange(forward)],
                rollback: [sqlChange(backward)],
            });
            return;
        }
        drop(target);
        add(reference);
    }
    alterIndex(relation, reference, target, differences) {
        const attributes = differences.map((d) => d.attribute).filter((a) => a !== 'clustered');
        if (attributes.length === 0)
            return;
        if (attributes.every((a) => a === 'name' || a === 'comment')) {
            const forward = [];
            const backward = [];
            if (attributes.includes('name')) {
                forward.push(`ALTER INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, target.name)} RENAME TO ${(0,postgres_quoting/* quoteIdentifier */.Cm)(reference.name)}`);
                backward.unshift(`ALTER INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, reference.name)} RENAME TO ${(0,postgres_quoting/* quoteIdentifier */.Cm)(target.name)}`);
            }
            if (attributes.includes('comment')) {
                forward.push(commentSql(`INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, reference.name)}`, reference.comment));
                backward.unshift(commentSql(`INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, reference.name)}`, target.comment));
            }
            this.add({
                phase: relation.materializedView ? PHASE.viewIndex : PHASE.index,
                description: `Change index ${reference.name} on ${relationKey(relation)} (${attributes.join(', ')})`,
                requires: [relationKey(relation)],
                changes: [sqlChange(forward)],
                rollback: [sqlChange(backward)],
            });
            return;
        }
        this.dropIndex(relation, target);
        this.createIndex(relation, reference);
    }
    alterView(reference, target, differences) {
        const changed = new Set(differences.map((d) => d.attribute));
        const id = key(reference);
        // Dropped and created from the reference (see plan()): that covers every difference.
        if (this.rebuiltViews.has(id))
            return;
        const changes = [];
        const rollback = [];
        if (changed.has('definition')) {
            // CREATE OR REPLACE VIEW resets the options it is not given: options go with the text.
            const replace = (view) => (view.options ? sqlChange([createViewSql(view, { replace: true })]) : createViewNode(view, true));
            changes.push(replace(reference));
            rollback.unshift(compatible(reference, target) ? replace(target) : sqlChange([dropViewSql(reference), createViewSql(target)]));
        }
        const statements = [];
        const undo = [];
        const name = (0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name);
        if (changed.has('options')) {
            const kind = reference.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
            const [set, reset] = optionChanges(reference.options, target.options);
            const [unset, restore] = optionChanges(target.options, reference.options);
            if (set.length)
                statements.push(`ALTER ${kind} ${name} SET (${set.join(', ')})`);
            if (reset.length)
                statements.push(`ALTER ${kind} ${name} RESET (${reset.join(', ')})`);
            if (unset.length)
                undo.push(`ALTER ${kind} ${name} SET (${unset.join(', ')})`);
            if (restore.length)
                undo.push(`ALTER ${kind} ${name} RESET (${restore.join(', ')})`);
        }
        if (changed.has('comment')) {
            statements.push(commentSql(viewCommentTarget(reference), reference.comment));
            undo.push(commentSql(viewCommentTarget(reference), target.comment));
        }
        if (changed.has('columnComments')) {
            for (const column of reference.columns) {
                const current = target.columns.find((c) => c.name === column.name)?.comment;
                if (current === column.comment)
                    continue;
                statements.push(commentSql(`COLUMN ${name}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name)}`, column.comment));
                undo.push(commentSql(`COLUMN ${name}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(column.name)}`, current));
            }
        }
        if (statements.length)
            changes.push(sqlChange(statements));
        if (undo.length)
            rollback.unshift(sqlChange(undo));
        if (changes.length === 0)
            return;
        this.add({
            phase: PHASE.view,
            description: `Change ${reference.materialized ? 'materialized view' : 'view'} ${id} (${[...changed].join(', ')})`,
            provides: [id],
            requires: reference.dependsOn,
            changes,
            rollback,
        });
    }
    alterRoutine(reference, target, differences) {
        const changed = new Set(differences.map((d) => d.attribute));
        const forward = [];
        const backward = [];
        if (changed.has('definition') || changed.has('returns') || changed.has('language')) {
            // CREATE OR REPLACE cannot change the result type or the parameters' names and defaults.
            const header = (f) => f.definition.split('\n')[0];
            const mustDrop = reference.returns !== target.returns || header(reference) !== header(target);
            forward.push(...(mustDrop ? [`DROP ${routineTarget(target)}`] : []), reference.definition);
            backward.push(...(mustDrop ? [`DROP ${routineTarget(reference)}`] : []), target.definition);
        }
        if (changed.has('comment') || (forward.length > 0 && reference.comment)) {
            forward.push(commentSql(routineTarget(reference), reference.comment));
            backward.push(commentSql(routineTarget(target), target.comment));
        }
        this.add({
            phase: PHASE.function,
            description: `Change ${reference.kind} ${routineKey(reference)} (${[...changed].join(', ')})`,
            provides: [routineKey(reference)],
            requires: reference.dependsOn,
            changes: [sqlChange(forward)],
            rollback: [sqlChange(backward)],
        });
    }
    alterTrigger(reference, target, differences) {
        const changed = new Set(differences.map((d) => d.attribute));
        let forward = [];
        let backward = [];
        if (changed.has('definition')) {
            forward = [dropTriggerSql(target), ...triggerCreation(reference)];
            backward = [dropTriggerSql(reference), ...triggerCreation(target)];
        }
        else {
            if (changed.has('enabled')) {
                forward.push(triggerStateSql(reference));
                backward.push(triggerStateSql(target));
            }
            if (changed.has('comment')) {
                const on = `TRIGGER ${(0,postgres_quoting/* quoteIdentifier */.Cm)(reference.name)} ON ${(0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.table)}`;
                forward.push(commentSql(on, reference.comment));
                backward.push(commentSql(on, target.comment));
            }
        }
        this.add({
            phase: PHASE.trigger,
            description: `Change trigger ${reference.name} on ${reference.schema}.${reference.table} (${[...changed].join(', ')})`,
            requires: [`${reference.schema}.${reference.table}`, `${reference.function.schema}.${reference.function.name}()`],
            changes: [sqlChange(forward)],
            rollback: [sqlChange(backward)],
        });
    }
    // ---------------------------------------------------------------- drops
    drop(e) {
        switch (e.kind) {
            case 'schema': {
                const name = (0,postgres_quoting/* quoteIdentifier */.Cm)(e.object.name);
                const create = [`CREATE SCHEMA ${name}`, ...(e.object.comment ? [commentSql(`SCHEMA ${name}`, e.object.comment)] : [])];
                return this.add({
                    phase: PHASE.dropSchema,
                    description: `Drop schema ${e.id}`,
                    changes: [sqlChange([`DROP SCHEMA ${name}`])],
                    rollback: [sqlChange(create)],
                });
            }
            case 'extension':
                return this.add({
                    phase: PHASE.dropExtension,
                    description: `Drop extension ${e.id}`,
                    changes: [sqlChange([`DROP EXTENSION ${(0,postgres_quoting/* quoteIdentifier */.Cm)(e.object.name)}`])],
                    rollback: [sqlChange([createExtensionSql(e.object, true)])],
                });
            case 'type':
                return this.add({
                    phase: PHASE.dropType,
                    description: `Drop ${e.object.kind === 'domain' ? 'domain' : 'type'} ${e.id}`,
                    changes: [sqlChange([dropTypeSql(e.object)])],
                    rollback: [sqlChange([createTypeSql(e.object), ...(e.object.comment ? [commentSql(typeCommentTarget(e.object), e.object.comment)] : [])])],
                });
            case 'sequence': {
                const owner = e.object.ownedBy;
                // A serial's sequence goes with its column or table.
                if (owner && (this.droppedTables.has(`${owner.schema}.${owner.table}`) || this.droppedColumns.has(`${owner.schema}.${owner.table}.${owner.column}`)))
                    return;
                return this.add({
                    phase: PHASE.dropSequence,
                    description: `Drop sequence ${e.id}`,
                    changes: [dropSequenceNode(e.object.schema, e.object.name)],
                    rollback: [createSequenceNode(e.object)],
                });
            }
            case 'table':
                return this.dropTable(e.object);
            case 'view':
                return this.dropView(e.object);
            case 'function':
                return this.add({
                    phase: PHASE.dropFunction,
                    description: `Drop ${e.object.kind} ${e.id}`,
                    changes: [sqlChange([`DROP ${routineTarget(e.object)}`])],
                    rollback: [sqlChange([e.object.definition, ...(e.object.comment ? [commentSql(routineTarget(e.object), e.object.comment)] : [])])],
                });
            case 'trigger':
                return this.add({
                    phase: PHASE.dropTrigger,
                    description: `Drop trigger ${e.object.name} on ${e.object.schema}.${e.object.table}`,
                    changes: [sqlChange([dropTriggerSql(e.object)])],
                    rollback: [sqlChange(triggerCreation(e.object))],
                });
            case 'column': {
                const column = e.object;
                const table = (0,postgres_quoting/* qualifiedName */.OL)(e.relation.schema, e.relation.name);
                const restore = needsSqlColumn(column)
                    ? sqlChange([`ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(column, e.relation.schema)}`])
                    : addColumnNode(e.relation.schema, e.relation.name, column);
                this.warnings.push(`column ${e.id} is dropped with its data`);
                return this.add({
                    phase: PHASE.dropColumn,
                    description: `Drop column ${e.id}`,
                    changes: [dropColumnNode(e.relation.schema, e.relation.name, column.name)],
                    rollback: [restore],
                });
            }
            case 'primaryKey':
                return this.dropPrimaryKey(e.relation, e.object);
            case 'uniqueConstraint':
                return this.dropUnique(e.relation, e.object);
            case 'checkConstraint':
                return this.dropSqlConstraint(e.relation, e.object, 'check constraint');
            case 'exclusionConstraint':
                return this.dropSqlConstraint(e.relation, e.object, 'exclusion constraint');
            case 'foreignKey':
                return this.dropForeignKey(e.relation, e.object);
            case 'index':
                return this.dropIndex(e.relation, e.object);
        }
    }
    dropTable(table) {
        const id = key(table);
        // Rolling back recreates the table with its constraints and indexes (not its data).
        const { changes: restore, primaryKeyDone } = this.tableCreation(table);
        const primaryKey = table.primaryKey;
        if (primaryKey && !primaryKey.inherited && !primaryKeyDone) {
            restore.push(isPlainPrimaryKey(primaryKey) ? addPrimaryKeyNode(table.schema, table.name, primaryKey) : sqlChange([addConstraintSql(table.schema, table.name, primaryKey.name, primaryKey.definition)]));
            if (primaryKey.clustered)
                restore.push(sqlChange([clusterSql(table.schema, table.name, primaryKey.name)]));
        }
        for (const unique of table.uniqueConstraints.filter(own)) {
            restore.push(isPlainUniqueConstraint(unique) ? addUniqueConstraintNode(table.schema, table.name, unique) : sqlChange([addConstraintSql(table.schema, table.name, unique.name, unique.definition)]));
            if (unique.clustered)
                restore.push(sqlChange([clusterSql(table.schema, table.name, unique.name)]));
        }
        for (const constraint of [...table.checkConstraints, ...table.exclusionConstraints].filter(own)) {
            restore.push(sqlChange([addConstraintSql(table.schema, table.name, constraint.name, constraint.definition)]));
        }
        for (const index of table.indexes.filter(own)) {
            restore.push(isPlainIndex(index) ? createIndexNode(table.schema, table.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')]));
            if (index.clustered)
                restore.push(sqlChange([clusterSql(table.schema, table.name, index.name)]));
        }
        for (const foreignKey of table.foreignKeys.filter(own)) {
            restore.push(isPlainForeignKey(foreignKey) ? addForeignKeyNode(table.schema, table.name, foreignKey) : sqlChange([addConstraintSql(table.schema, table.name, foreignKey.name, foreignKey.definition)]));
        }
        // Tables being dropped that reference this one (or inherit from it) go first.
        const dependents = [...this.droppedTables.values()].filter((other) => other !== table &&
            (other.foreignKeys.some((f) => f.referencedSchema === table.schema && f.referencedTable === table.name) ||
                (other.partitionOf && other.partitionOf.schema === table.schema && other.partitionOf.table === table.name) ||
                other.inherits?.some((p) => p.schema === table.schema && p.table === table.name)));
        const referencedByDropped = dependents.some((other) => other.foreignKeys.some((f) => f.referencedSchema === table.schema && f.referencedTable === table.name));
        const drop = dropTableNode(table.schema, table.name);
        // Two dropped tables may reference each other; CASCADE CONSTRAINTS removes the foreign keys in the way.
        if (referencedByDropped)
            drop.attributes.cascadeConstraints = true;
        this.warnings.push(`table ${id} is dropped with its data`);
        this.add({
            phase: PHASE.dropTable,
            description: `Drop table ${id}`,
            provides: [`drop:${id}`],
            requires: dependents.map((d) => `drop:${key(d)}`),
            changes: [drop],
            rollback: restore,
        });
    }
    dropView(view) {
        const id = key(view);
        const { changes: restore } = this.viewCreation(view);
        if (view.materialized) {
            for (const index of view.indexes)
                restore.push(sqlChange([index.definition]));
        }
        // Views being dropped that read this one go first.
        const dropped = [
            ...this.diff.unexpected.filter((e) => e.kind === 'view').map((e) => e.object),
            ...[...this.rebuiltViews.values()].map((v) => v.target),
        ];
        const dependents = dropped.filter((other) => other !== view && other.dependsOn.includes(id)).map((other) => `drop:${key(other)}`);
        this.add({
            phase: PHASE.dropView,
            description: `Drop ${view.materialized ? 'materialized view' : 'view'} ${id}`,
            provides: [`drop:${id}`],
            requires: dependents,
            changes: [view.materialized ? sqlChange([dropViewSql(view)]) : dropViewNode(view.schema, view.name)],
            rollback: restore,
        });
    }
    dropPrimaryKey(relation, key) {
        this.add({
            phase: PHASE.dropConstraint,
            description: `Drop primary key ${key.name} on ${relationKey(relation)}`,
            changes: [dropPrimaryKeyNode(relation.schema, relation.name, key.name)],
            rollback: [
                isPlainPrimaryKey(key)
                    ? addPrimaryKeyNode(relation.schema, relation.name, key)
                    : sqlChange([addConstraintSql(relation.schema, relation.name, key.name, key.definition)]),
                ...(key.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, key.name)])] : []),
            ],
        });
    }
    dropUnique(relation, unique) {
        this.add({
            phase: PHASE.dropConstraint,
            description: `Drop unique constraint ${unique.name} on ${relationKey(relation)}`,
            changes: [dropUniqueConstraintNode(relation.schema, relation.name, unique.name)],
            rollback: [
                isPlainUniqueConstraint(unique)
                    ? addUniqueConstraintNode(relation.schema, relation.name, unique)
                    : sqlChange([addConstraintSql(relation.schema, relation.name, unique.name, unique.definition)]),
                ...(unique.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, unique.name)])] : []),
            ],
        });
    }
    dropSqlConstraint(relation, constraint, label) {
        this.add({
            phase: PHASE.dropConstraint,
            description: `Drop ${label} ${constraint.name} on ${relationKey(relation)}`,
            changes: [sqlChange([dropConstraintSql(relation.schema, relation.name, constraint.name)])],
            rollback: [sqlChange([addConstraintSql(relation.schema, relation.name, constraint.name, constraint.definition)])],
        });
    }
    dropForeignKey(relation, foreignKey) {
        this.add({
            phase: PHASE.dropForeignKey,
            description: `Drop foreign key ${foreignKey.name} on ${relationKey(relation)}`,
            changes: [dropForeignKeyNode(relation.schema, relation.name, foreignKey.name)],
            rollback: [
                isPlainForeignKey(foreignKey)
                    ? addForeignKeyNode(relation.schema, relation.name, foreignKey)
                    : sqlChange([addConstraintSql(relation.schema, relation.name, foreignKey.name, foreignKey.definition)]),
            ],
        });
    }
    dropIndex(relation, index) {
        const plain = isPlainIndex(index) && !relation.materializedView;
        this.add({
            phase: PHASE.dropConstraint,
            description: `Drop index ${index.name} on ${relationKey(relation)}`,
            changes: [plain ? dropIndexNode(relation.schema, relation.name, index.name) : sqlChange([`DROP INDEX ${(0,postgres_quoting/* qualifiedName */.OL)(relation.schema, index.name)}`])],
            rollback: [
                plain ? createIndexNode(relation.schema, relation.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')]),
                ...(index.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, index.name, relation.materializedView)])] : []),
            ],
        });
    }
    // ---------------------------------------------------------------- helpers
    add(step) {
        const provides = step.provides ?? [];
        const requires = (step.requires ?? []).filter((r) => !provides.includes(r));
        const full = { ...step, provides, requires };
        if (full.rollback === undefined)
            delete full.rollback;
        if (full.inverse === undefined)
            delete full.inverse;
        if (full.runInTransaction === undefined)
            delete full.runInTransaction;
        this.steps.push(full);
    }
    /**
     * Keys a column needs: its type when user-defined (`app.mood`, `app.mood[]`) and the sequence of
     * a nextval() default. Keys nobody provides are objects that already exist.
     */
    columnRequirements(columns) {
        const keys = [];
        for (const column of columns) {
            keys.push(column.type.replace(/(\[\])+$/, '').replace(/"/g, ''));
            const sequence = column.default && /^nextval\('(.+)'::regclass\)$/.exec(column.default);
            if (sequence)
                keys.push(sequence[1].replace(/"/g, ''));
        }
        return keys;
    }
}
/** CREATE OR REPLACE VIEW keeps the existing columns (it may add some at the end); a materialized view cannot be replaced at all. */
function compatible(from, to) {
    return from.columns.every((c, i) => to.columns[i]?.name === c.name && to.columns[i]?.type === c.type);
}
function mustRecreateView(reference, target, differences) {
    const changed = new Set(differences.map((d) => d.attribute));
    return changed.has('materialized') || (changed.has('definition') && (reference.materialized || !compatible(target, reference)));
}
function key(o) {
    return `${o.schema}.${o.name}`;
}
function relationKey(relation) {
    return `${relation.schema}.${relation.name}`;
}
function routineKey(routine) {
    return `${routine.schema}.${routine.name}(${routine.arguments})`;
}
function own(o) {
    return !o.inherited;
}
function inTableOrder(keyColumns, columns) {
    const order = columns.map((c) => c.name).filter((name) => keyColumns.includes(name));
    return order.length === keyColumns.length && order.every((name, i) => name === keyColumns[i]);
}
/** Tables createTable cannot describe: partitioning, inheritance, UNLOGGED, generated or collated columns, identity options. */
function needsSqlDefinition(table) {
    return Boolean(table.partitioning || table.partitionOf || table.inherits?.length || table.unlogged) || table.columns.some(needsSqlColumn);
}
function needsSqlColumn(column) {
    if (column.generated || column.collation || !liquibaseKeepsType(column.type))
        return true;
    if (!column.identity)
        return false;
    const { identity } = column;
    const defaults = sequenceDefaults(column.type, identity.increment ?? '1');
    return (identity.sequenceName !== undefined ||
        (identity.min !== undefined && identity.min !== defaults.min) ||
        (identity.max !== undefined && identity.max !== defaults.max) ||
        (identity.cache !== undefined && identity.cache !== '1') ||
        identity.cycle === true);
}
function createExtensionSql(extension, withVersion = false) {
    const version = withVersion ? ` VERSION ${(0,postgres_quoting/* quoteLiteral */.ce)(extension.version)}` : '';
    return `CREATE EXTENSION IF NOT EXISTS ${(0,postgres_quoting/* quoteIdentifier */.Cm)(extension.name)} WITH SCHEMA ${(0,postgres_quoting/* quoteIdentifier */.Cm)(extension.schema)}${version}`;
}
function triggerCreation(trigger) {
    const statements = [trigger.definition];
    if (trigger.enabled !== 'O')
        statements.push(triggerStateSql(trigger));
    if (trigger.comment)
        statements.push(commentSql(`TRIGGER ${(0,postgres_quoting/* quoteIdentifier */.Cm)(trigger.name)} ON ${(0,postgres_quoting/* qualifiedName */.OL)(trigger.schema, trigger.table)}`, trigger.comment));
    return statements;
}
/**
 * `ADD VALUE` clauses turning `current` into `wanted` when values were only added, each placed
 * after its predecessor (or before the first value); undefined when values were removed or moved.
 */
function enumAdditions(current, wanted) {
    const kept = wanted.filter((label) => current.includes(label));
    if (kept.length !== current.length || kept.some((label, i) => label !== current[i]))
        return undefined;
    const clauses = [];
    wanted.forEach((label, i) => {
        if (current.includes(label))
            return;
        clauses.push(i > 0 ? `${(0,postgres_quoting/* quoteLiteral */.ce)(label)} AFTER ${(0,postgres_quoting/* quoteLiteral */.ce)(wanted[i - 1])}` : `${(0,postgres_quoting/* quoteLiteral */.ce)(label)} BEFORE ${(0,postgres_quoting/* quoteLiteral */.ce)(wanted[1])}`);
    });
    return clauses;
}
/** Recreates an enum with other values, converting every column that uses it through text. */
function recreateEnumSql(type) {
    const name = (0,postgres_quoting/* qualifiedName */.OL)(type.schema, type.name);
    const old = `${type.name}__old`;
    const oldName = (0,postgres_quoting/* qualifiedName */.OL)(type.schema, old);
    return [
        `ALTER TYPE ${name} RENAME TO ${(0,postgres_quoting/* quoteIdentifier */.Cm)(old)}`,
        createTypeSql(type),
        `DO $dbops$
DECLARE r record;
BEGIN
  FOR r IN SELECT a.attrelid::regclass AS tbl, quote_ident(a.attname) AS col
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.atttypid = ${(0,postgres_quoting/* quoteLiteral */.ce)(oldName)}::regtype AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %s TYPE ${name.replaceAll('%', '%%')} USING %s::text::${name.replaceAll('%', '%%')}', r.tbl, r.col, r.col);
  END LOOP;
END
$dbops$`,
        `DROP TYPE ${oldName}`,
    ];
}
function compositeAlterations(reference, target) {
    const name = (0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name);
    const forward = [];
    const backward = [];
    const attribute = (a) => `${(0,postgres_quoting/* quoteIdentifier */.Cm)(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
    for (const wanted of reference.attributes) {
        const current = target.attributes.find((a) => a.name === wanted.name);
        if (!current) {
            forward.push(`ALTER TYPE ${name} ADD ATTRIBUTE ${attribute(wanted)}`);
            backward.unshift(`ALTER TYPE ${name} DROP ATTRIBUTE ${(0,postgres_quoting/* quoteIdentifier */.Cm)(wanted.name)}`);
        }
        else if (current.type !== wanted.type || current.collation !== wanted.collation) {
            const alter = (a) => `ALTER TYPE ${name} ALTER ATTRIBUTE ${(0,postgres_quoting/* quoteIdentifier */.Cm)(a.name)} TYPE ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
            forward.push(alter(wanted));
            backward.unshift(alter(current));
        }
    }
    for (const current of target.attributes) {
        if (reference.attributes.some((a) => a.name === current.name))
            continue;
        forward.push(`ALTER TYPE ${name} DROP ATTRIBUTE ${(0,postgres_quoting/* quoteIdentifier */.Cm)(current.name)}`);
        backward.unshift(`ALTER TYPE ${name} ADD ATTRIBUTE ${attribute(current)}`);
    }
    return [forward, backward];
}
function domainAlterations(reference, target, changed) {
    const name = (0,postgres_quoting/* qualifiedName */.OL)(reference.schema, reference.name);
    const forward = [];
    const backward = [];
    const setDefault = (d) => (d === undefined ? `ALTER DOMAIN ${name} DROP DEFAULT` : `ALTER DOMAIN ${name} SET DEFAULT ${d}`);
    const setNull = (nullable) => `ALTER DOMAIN ${name} ${nullable ? 'DROP' : 'SET'} NOT NULL`;
    if (changed.has('default')) {
        forward.push(setDefault(reference.default));
        backward.unshift(setDefault(target.default));
    }
    if (changed.has('nullable')) {
        forward.push(setNull(reference.nullable));
        backward.unshift(setNull(target.nullable));
    }
    if (changed.has('constraints')) {
        const sameConstraint = (a, b) => a.name === b.name && a.definition === b.definition;
        for (const current of target.constraints.filter((c) => !reference.constraints.some((r) => sameConstraint(r, c)))) {
            forward.push(`ALTER DOMAIN ${name} DROP CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(current.name)}`);
            backward.unshift(`ALTER DOMAIN ${name} ADD CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(current.name)} ${current.definition}`);
        }
        for (const wanted of reference.constraints.filter((r) => !target.constraints.some((c) => sameConstraint(r, c)))) {
            forward.push(`ALTER DOMAIN ${name} ADD CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(wanted.name)} ${wanted.definition}`);
            backward.unshift(`ALTER DOMAIN ${name} DROP CONSTRAINT ${(0,postgres_quoting/* quoteIdentifier */.Cm)(wanted.name)}`);
        }
    }
    return [forward, backward];
}
/**
 * Marks the table CLUSTER ON an index, as pg_dump does: the mark only (the next plain CLUSTER
 * uses it), not the rewrite `CLUSTER ... USING` would do under an exclusive lock.
 */
function clusterSql(schema, table, indexName, materializedView = false) {
    const relation = `ALTER ${materializedView ? 'MATERIALIZED VIEW' : 'TABLE'} ${(0,postgres_quoting/* qualifiedName */.OL)(schema, table)}`;
    return indexName === undefined ? `${relation} SET WITHOUT CLUSTER` : `${relation} CLUSTER ON ${(0,postgres_quoting/* quoteIdentifier */.Cm)(indexName)}`;
}
/** Statements turning an identity column from `target` into `reference` and back. */
function identityAlterations(schema, table, column, reference, target) {
    const alter = `ALTER TABLE ${table} ALTER COLUMN ${column}`;
    const add = (c) => {
        const options = identityOptionsSql(c.identity, c.type, schema);
        return `${alter} ADD GENERATED ${c.identity.generation} AS IDENTITY${options ? ` (${options})` : ''}`;
    };
    const drop = `${alter} DROP IDENTITY`;
    if (reference.identity && !target.identity) {
        const forward = [...(target.default !== undefined ? [`${alter} DROP DEFAULT`] : []), ...(target.nullable ? [`${alter} SET NOT NULL`] : []), add(reference)];
        const backward = [drop, ...(target.nullable ? [`${alter} DROP NOT NULL`] : []), ...(target.default !== undefined ? [`${alter} SET DEFAULT ${target.default}`] : [])];
        return [forward, backward];
    }
    if (!reference.identity && target.identity) {
        const forward = [drop, ...(reference.default !== undefined ? [`${alter} SET DEFAULT ${reference.default}`] : [])];
        const backward = [...(reference.default !== undefined ? [`${alter} DROP DEFAULT`] : []), add(target)];
        return [forward, backward];
    }
    const set = (c) => `${alter} SET GENERATED ${c.identity.generation} ${setOptions(c)}`.trimEnd();
    return [[set(reference)], [set(target)]];
}
/** Identity options as ALTER COLUMN ... SET clauses (each option spelled out, so going back is exact). */
function setOptions(column) {
    const identity = column.identity;
    const parts = [];
    if (identity.increment !== undefined)
        parts.push(`SET INCREMENT BY ${identity.increment}`);
    if (identity.min !== undefined)
        parts.push(`SET MINVALUE ${identity.min}`);
    if (identity.max !== undefined)
        parts.push(`SET MAXVALUE ${identity.max}`);
    if (identity.start !== undefined)
        parts.push(`SET START WITH ${identity.start}`);
    if (identity.cache !== undefined)
        parts.push(`SET CACHE ${identity.cache}`);
    if (identity.cycle !== undefined)
        parts.push(identity.cycle ? 'SET CYCLE' : 'SET NO CYCLE');
    return parts.join(' ');
}
/** `name=value` options to SET and names to RESET to go from `current` to `wanted`. */
function optionChanges(wanted, current) {
    const name = (option) => option.split('=')[0];
    const set = (wanted ?? []).filter((o) => !(current ?? []).includes(o));
    const reset = (current ?? []).map(name).filter((n) => !(wanted ?? []).some((o) => name(o) === n));
    return [set, reset];
}
/** Keeps the sequence name and the given options of an alterSequence node. */
function pick(node, options) {
    const names = { dataType: 'dataType', increment: 'incrementBy', min: 'minValue', max: 'maxValue', cache: 'cacheSize', cycle: 'cycle' };
    const keep = new Set(['schemaName', 'sequenceName', ...options.map((o) => names[o])]);
    return { ...node, attributes: Object.fromEntries(Object.entries(node.attributes).filter(([k]) => keep.has(k))) };
}

;// CONCATENATED MODULE: ./diff/step-ordering.js
function orderSteps(steps) {
    const providers = new Map();
    steps.forEach((step, index) => {
        for (const key of step.provides) {
            let set = providers.get(key);
            if (!set)
                providers.set(key, (set = new Set()));
            set.add(index);
        }
    });
    const waitingOn = steps.map((step, index) => {
        const before = new Set();
        for (const key of step.requires)
            for (const provider of providers.get(key) ?? [])
                if (provider !== index)
                    before.add(provider);
        return before;
    });
    const done = new Set();
    const ordered = [];
    const priority = (i) => steps[i].phase * 1_000_000 + i;
    const pending = new Set(steps.map((_, i) => i));
    while (pending.size > 0) {
        let next = -1;
        for (const i of pending) {
            if ([...waitingOn[i]].every((j) => done.has(j)) && (next < 0 || priority(i) < priority(next)))
                next = i;
        }
        if (next < 0)
            break;
        pending.delete(next);
        done.add(next);
        ordered.push(steps[next]);
    }
    const cyclic = [...pending].sort((a, b) => priority(a) - priority(b)).map((i) => steps[i]);
    return { ordered: [...ordered, ...cyclic], cyclic };
}

;// CONCATENATED MODULE: ./diff/changeset-generator.js


/**
 * The changesets that make TARGET look like REFERENCE (Liquibase's diff-changelog), as ParsedNode
 * trees with Liquibase's change names, in dependency order: renames first; then drops of what
 * depends on other objects (triggers, views, foreign keys, indexes); then extensions, schemas,
 * types and sequences, tables, columns, constraints, indexes, foreign keys, functions, views in
 * pg_depend order, triggers and comments; finally drops of columns, tables, functions, sequences,
 * types, extensions and schemas. Each changeset holds the changes to one object, with a rollback
 * block wherever Liquibase's automatic rollback would not restore the target.
 *
 * @example
 * const { changeSets, warnings } = generateChangeSets(diffSnapshots(reference, target), { author: 'jane', idPrefix: 'JIRA-42' });
 * await writeFile('changes.yaml', writeChangelog('yaml', changeSets));
 */
function generateChangeSets(diff, options) {
    const warnings = [];
    const steps = planChanges(filterDrops(diff, options.includeDrops ?? true), warnings);
    const { ordered, cyclic } = orderSteps(steps);
    if (cyclic.length > 0) {
        warnings.push(`dependency cycle between: ${cyclic.map((s) => s.description).join('; ')}; they are written in a default order, review it`);
    }
    const first = options.firstNumber ?? 1;
    const stamp = (options.clock ?? (() => new Date()))().getTime();
    const changeSets = ordered.map((step, index) => {
        const attributes = {};
        if (options.contexts)
            attributes.context = options.contexts;
        if (options.labels)
            attributes.labels = options.labels;
        if (step.runInTransaction === false)
            attributes.runInTransaction = false;
        if ([...step.changes, ...(step.rollback ?? []), ...(step.inverse ?? [])].some(needsExactQuoting)) {
            attributes.objectQuotingStrategy = 'QUOTE_ALL_OBJECTS';
        }
        const changeSet = {
            id: options.idPrefix ? `${options.idPrefix}-${first + index}` : `${stamp}-${first + index}`,
            author: options.author,
            comment: options.comment ? `${options.comment}: ${step.description}` : step.description,
            changes: step.changes,
        };
        if (Object.keys(attributes).length > 0)
            changeSet.attributes = attributes;
        if (step.rollback)
            changeSet.rollback = step.rollback;
        if (step.inverse)
            changeSet.inverse = step.inverse;
        return changeSet;
    });
    return { changeSets, warnings };
}
function filterDrops(diff, includeDrops) {
    if (includeDrops)
        return diff;
    return { ...diff, unexpected: [] };
}
/** Attributes of the generated changes that hold object names (comma lists included). */
const NAME_ATTRIBUTES = new Set([
    'schemaName', 'tableName', 'columnName', 'name', 'indexName', 'constraintName', 'sequenceName', 'viewName',
    'baseTableSchemaName', 'baseTableName', 'baseColumnNames', 'referencedTableSchemaName', 'referencedTableName',
    'referencedColumnNames', 'columnNames', 'oldTableName', 'newTableName', 'oldColumnName', 'newColumnName', 'primaryKeyName',
]);
/**
 * Liquibase's default (LEGACY) quoting leaves names in one case bare, and PostgreSQL folds a bare
 * `ORDERS` to `orders`: a changeset naming an upper-case object quotes every name instead, which
 * is exact for names read from the catalog.
 */
function needsExactQuoting(node) {
    for (const [key, value] of Object.entries(node.attributes)) {
        if (!NAME_ATTRIBUTES.has(key) || typeof value !== 'string')
            continue;
        if (value.split(',').some((name) => /[A-Z]/.test(name) && name.trim() === name.trim().toUpperCase()))
            return true;
    }
    return node.children.some(needsExactQuoting);
}

// EXTERNAL MODULE: ./diff/schema-change.js
var schema_change = __webpack_require__(9900);
// EXTERNAL MODULE: ./diff/schema-source.js + 1 modules
var schema_source = __webpack_require__(4187);
;// CONCATENATED MODULE: ./diff/diff-changelog.js
/**
 * diff-changelog and generate-changelog: the changesets that make a target look like a reference,
 * written into a changelog file (new, or appended to), in the format its extension names. Also the
 * diff-to-changelog action's command.
 */









/**
 * Generates the changesets of a diff and writes them. Throws a ConfigurationError, writing nothing,
 * when the file name has no changelog extension, when the file exists and may not be touched, or
 * when a generated id is already in it.
 *
 * @example
 * const { diff } = await compareSchemaSources(parseSchemaSource(devUrl), parseSchemaSource('changelog:db/changelog.yaml'), options);
 * await writeDiffChangelog(diff, { changelogFile: '/repo/db/changes/JIRA-42.yaml', author: 'jane', idPrefix: 'JIRA-42', whenExists: 'append' });
 */
async function writeDiffChangelog(diff, options) {
    const format = changelogFormatForPath(options.changelogFile);
    const origin = options.origin ?? options.changelogFile;
    const existing = await readIfExists(options.changelogFile);
    if (existing !== undefined && options.whenExists === 'refuse') {
        throw new errors/* ConfigurationError */.j1(`${origin} already exists (use --overwrite-output-file to replace it, or diff-changelog to append to it)`);
    }
    const { changeSets, warnings } = changeSetsOf(diff, options);
    const result = { changelogFile: options.changelogFile, changeSets, warnings };
    if (changeSets.length === 0)
        return { ...result, written: 'unchanged' };
    const sqlFor = format === 'sql' ? { sqlFor: sqlForChange } : {};
    const append = existing !== undefined && options.whenExists === 'append';
    const text = append
        ? await appendToChangelog(existing, format, changeSets, { ...sqlFor, origin })
        : await writeChangelog(format, changeSets, sqlFor);
    await (0,promises_.mkdir)(external_node_path_.dirname(options.changelogFile), { recursive: true });
    await (0,promises_.writeFile)(options.changelogFile, text, 'utf8');
    return { ...result, written: append ? 'appended' : existing !== undefined ? 'overwritten' : 'created' };
}
/** The changesets and warnings, with a warning naming what `includeDrops: false` leaves alone. */
function changeSetsOf(diff, options) {
    const generated = generateChangeSets(diff, options);
    const warnings = [...generated.warnings];
    if (options.includeDrops === false && diff.unexpected.length > 0) {
        const names = diff.unexpected.map((e) => `${e.kind} ${e.id}`);
        const shown = names.length > 10 ? [...names.slice(0, 10), `and ${names.length - 10} more`] : names;
        warnings.push(`not dropped (only in the target; drops are generated with --include-drops): ${shown.join(', ')}`);
    }
    return { changeSets: generated.changeSets, warnings };
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* ConfigurationError */.j1(`cannot read ${file}: ${error.message}`, { cause: error });
    }
}
/**
 * The diff-to-changelog action's command. The changelog is one side, applied to the embedded
 * PostgreSQL; the other is a database: `referenceUrl` (the database designed in, the usual case:
 * the result is what the changelog lacks) or `url` (the result brings that database to the
 * changelog). With both, the two databases are compared. Unexpected objects are not dropped (a
 * warning lists them): a developer's database rarely holds everything others have merged.
 */
async function diffToChangelog(o) {
    if (!o.referenceUrl && !o.url) {
        throw new errors/* ConfigurationError */.j1('diff-to-changelog compares the changelog with a database: set reference-url (the database you designed in) or url');
    }
    const changelog = { kind: 'changelog', path: o.changelogFile };
    const base = { workingDirectory: o.searchPath[0] ?? process.cwd(), searchPath: o.searchPath, contexts: o.contexts, labels: o.labels, env: o.env, logger: o.logger };
    const { diff, reference, target } = await (0,schema_source.compareSchemaSources)(o.referenceUrl ? { kind: 'database', url: o.referenceUrl } : changelog, o.url ? { kind: 'database', url: o.url } : changelog, { reference: base, target: { ...base, username: o.username, password: o.password } });
    o.logger.info(`Compared ${target} with ${reference}`);
    const format = formatOf(o.changelogFile);
    const { changeSets, warnings } = changeSetsOf(diff, { author: o.author, includeDrops: false });
    for (const warning of warnings)
        o.logger.warn(warning);
    return {
        change: (0,schema_change.schemaChangeOf)(diff),
        ...(changeSets.length > 0 ? { changeLogText: await writeChangelog(format, changeSets, format === 'sql' ? { sqlFor: sqlForChange } : {}) } : {}),
        defaultFileName: `dbops-diff.changelog.${format === 'sql' ? 'sql' : format}`,
        changeSets: changeSets.length,
    };
}
/** The project's changelog format, so the generated file can be included as it is; YAML otherwise. */
function formatOf(changelogFile) {
    try {
        return changelogFormatForPath(changelogFile);
    }
    catch {
        return 'yaml';
    }
}


/***/ }),

/***/ 9900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaChangeOf: () => (/* binding */ schemaChangeOf)
/* harmony export */ });
/**
 * The tables and views a diff touches, for the PR comment's table and Mermaid diagram: new and
 * dropped relations with their columns, changed ones with the columns that changed, the foreign
 * keys added or dropped (and the tables they point to). A table whose indexes, constraints or
 * triggers changed is marked changed. Functions, types, sequences of their own, schemas and
 * extensions have no place in an ER diagram: the text and JSON outputs list them.
 *
 * @example
 * renderSchemaChangeSection(schemaChangeOf(diffSnapshots(reference, target)), { kind: 'diff' });
 */
function schemaChangeOf(diff, options = {}) {
    const towardsReference = (options.perspective ?? 'reference') === 'reference';
    const added = towardsReference ? diff.missing : diff.unexpected;
    const removed = towardsReference ? diff.unexpected : diff.missing;
    const diagram = new DiagramBuilder();
    for (const rename of diff.renamed) {
        const table = diagram.touch(rename.schema, rename.kind === 'table' ? rename.to : rename.table);
        const [name, previous] = towardsReference ? [rename.to, rename.from] : [rename.from, rename.to];
        // The diff keeps no column object for a plain rename: the type column says what happened.
        if (rename.kind === 'column')
            diagram.column(table, { name, type: `renamed from ${previous}`, change: 'changed' });
    }
    for (const entry of added)
        diagram.entry(entry, 'new');
    for (const entry of removed)
        diagram.entry(entry, 'dropped');
    for (const entry of diff.changed)
        diagram.changed(entry, towardsReference);
    return diagram.build();
}
class DiagramBuilder {
    tables = new Map();
    foreignKeys = [];
    entry(entry, mark) {
        switch (entry.kind) {
            case 'table':
                this.relation(entry.object, mark);
                for (const fk of entry.object.foreignKeys)
                    this.foreignKey(entry.object.schema, entry.object.name, fk, mark);
                return;
            case 'view':
                this.relation(entry.object, mark);
                return;
            case 'column':
                this.column(this.touch(entry.relation.schema, entry.relation.name), columnOf(entry.object, [], mark));
                return;
            case 'foreignKey':
                this.touch(entry.relation.schema, entry.relation.name);
                this.foreignKey(entry.relation.schema, entry.relation.name, entry.object, mark);
                return;
            case 'primaryKey':
            case 'uniqueConstraint':
            case 'checkConstraint':
            case 'exclusionConstraint':
            case 'index':
                this.touch(entry.relation.schema, entry.relation.name);
                return;
            case 'trigger':
                this.touch(entry.object.schema, entry.object.table);
                return;
            case 'sequence':
                if (entry.object.ownedBy)
                    this.touch(entry.object.ownedBy.schema, entry.object.ownedBy.table);
                return;
            default:
                return;
        }
    }
    changed(entry, towardsReference) {
        switch (entry.kind) {
            case 'column': {
                const [after, before] = towardsReference ? [entry.reference, entry.target] : [entry.target, entry.reference];
                const column = columnOf(after, [], 'changed');
                if (after.type !== before.type)
                    column.previousType = before.type;
                this.column(this.touch(entry.relation.schema, entry.relation.name), column);
                return;
            }
            case 'foreignKey':
                this.touch(entry.relation.schema, entry.relation.name);
                this.foreignKey(entry.relation.schema, entry.relation.name, towardsReference ? entry.reference : entry.target, 'changed');
                return;
            case 'primaryKey':
            case 'uniqueConstraint':
            case 'checkConstraint':
            case 'exclusionConstraint':
            case 'index':
                this.touch(entry.relation.schema, entry.relation.name);
                return;
            case 'view':
                this.touch(entry.reference.schema, entry.reference.name);
                return;
            case 'trigger':
                this.touch(entry.reference.schema, entry.reference.table);
                return;
            case 'sequence':
                if (entry.reference.ownedBy)
                    this.touch(entry.reference.ownedBy.schema, entry.reference.ownedBy.table);
                return;
            default:
                return;
        }
    }
    /** The table's entry, created as `changed` when the diff has not named it yet. */
    touch(schema, name) {
        const key = qualified(schema, name);
        let table = this.tables.get(key);
        if (!table) {
            table = { name, ...(schema === 'public' ? {} : { schema }), change: 'changed', columns: [] };
            this.tables.set(key, table);
        }
        else if (table.change === 'unchanged') {
            table.change = 'changed';
        }
        return table;
    }
    column(table, column) {
        const existing = table.columns.find((c) => c.name === column.name);
        if (existing)
            Object.assign(existing, column);
        else
            table.columns.push(column);
    }
    build() {
        // The tables foreign keys point to, drawn (unchanged) so that each line has both ends.
        for (const fk of this.foreignKeys) {
            if (!this.tables.has(fk.toTable)) {
                const [schema, name] = fk.toTable.includes('.') ? splitQualified(fk.toTable) : ['public', fk.toTable];
                this.tables.set(fk.toTable, { name, ...(schema === 'public' ? {} : { schema }), change: 'unchanged', columns: [] });
            }
        }
        // New tables first, then changed, dropped, and the unchanged ones drawn for context.
        const rank = { new: 0, changed: 1, dropped: 2, unchanged: 3 };
        const tables = [...this.tables.entries()]
            .sort(([a, x], [b, y]) => rank[x.change ?? 'unchanged'] - rank[y.change ?? 'unchanged'] || (a < b ? -1 : a > b ? 1 : 0))
            .map(([, table]) => table);
        return { tables, foreignKeys: this.foreignKeys };
    }
    relation(relation, mark) {
        const key = qualified(relation.schema, relation.name);
        const pk = 'primaryKey' in relation ? (relation.primaryKey?.columns ?? []) : [];
        const columns = relation.columns.map((c) => columnOf(c, pk, mark));
        this.tables.set(key, { name: relation.name, ...(relation.schema === 'public' ? {} : { schema: relation.schema }), change: mark, columns });
    }
    foreignKey(schema, table, fk, mark) {
        this.foreignKeys.push({
            name: fk.name,
            fromTable: qualified(schema, table),
            fromColumns: fk.columns,
            toTable: qualified(fk.referencedSchema, fk.referencedTable),
            toColumns: fk.referencedColumns,
            change: mark,
        });
    }
}
function columnOf(column, pk, mark) {
    return {
        name: column.name,
        type: column.type,
        ...(pk.includes(column.name) ? { pk: true } : {}),
        ...('nullable' in column ? { nullable: column.nullable } : {}),
        change: mark,
    };
}
/** As er-diagram's qualifiedName: `schema.name`, the bare name in `public`. */
function qualified(schema, name) {
    return schema === 'public' ? name : `${schema}.${name}`;
}
function splitQualified(key) {
    const dot = key.indexOf('.');
    return [key.slice(0, dot), key.slice(dot + 1)];
}


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

export const id = 834;
export const ids = [834];
export const modules = {

/***/ 8934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ readTopLevelNode),
/* harmony export */   Pb: () => (/* binding */ asChangelogError),
/* harmony export */   SA: () => (/* binding */ readRootSettings),
/* harmony export */   ro: () => (/* binding */ topLevelNodes),
/* harmony export */   sV: () => (/* binding */ readWholeTree)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);
/* harmony import */ var _changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4992);
/* harmony import */ var _file_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6327);
/* harmony import */ var _filter_expression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6042);
/* harmony import */ var _label_expression_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8590);





const ROOT_ATTRIBUTES = ['logicalFilePath', 'context', 'contextFilter', 'changeLogId', 'objectQuotingStrategy'];
const CHANGESET_ATTRIBUTES = [
    'id', 'author', 'context', 'contextFilter', 'labels', 'dbms', 'runOnChange', 'runAlways', 'alwaysRun',
    'failOnError', 'onValidationFail', 'runInTransaction', 'logicalFilePath', 'objectQuotingStrategy',
    'created', 'runOrder', 'ignore', 'runWith', 'runWithSpoolFile',
];
// author, id and created are declared by the 4.28 XSD on include (and on property, target) and
// accepted by Liquibase, which does nothing with them; so does dbops.
const INCLUDE_ATTRIBUTES = ['file', 'relativeToChangelogFile', 'errorIfMissing', 'context', 'contextFilter', 'labels', 'ignore', 'logicalFilePath', 'author', 'id', 'created'];
const INCLUDE_ALL_ATTRIBUTES = [
    'path', 'relativeToChangelogFile', 'errorIfMissingOrEmpty', 'filter', 'resourceFilter', 'resourceComparator',
    'context', 'contextFilter', 'labels', 'ignore', 'logicalFilePath', 'minDepth', 'maxDepth', 'endsWithFilter',
];
const PROPERTY_ATTRIBUTES = ['name', 'value', 'file', 'context', 'contextFilter', 'labels', 'dbms', 'global', 'relativeToChangelogFile', 'errorIfMissing', 'target'];
const CONTAINER_ATTRIBUTES = ['onFail', 'onError', 'onFailMessage', 'onErrorMessage', 'onSqlOutput', 'onUpdateSQL', 'onUpdateSql'];
const ROLLBACK_ATTRIBUTES = ['changeSetId', 'changeSetAuthor', 'changeSetPath'];
const MODIFY_SQL_ATTRIBUTES = ['dbms', 'context', 'contextFilter', 'labels', 'applyToRollback'];
/** Every precondition Liquibase 4.28 open source knows. */
const PRECONDITION_TYPES = new Set([
    'and', 'or', 'not', 'dbms', 'runningAs', 'changeSetExecuted', 'columnExists', 'tableExists', 'viewExists',
    'foreignKeyConstraintExists', 'indexExists', 'sequenceExists', 'primaryKeyExists', 'uniqueConstraintExists',
    'sqlCheck', 'changeLogPropertyDefined', 'customPrecondition', 'expectedQuotingStrategy', 'tableIsEmpty', 'rowCount',
]);
const FAIL_ACTIONS = ['HALT', 'CONTINUE', 'MARK_RAN', 'WARN'];
const QUOTING_STRATEGIES = ['LEGACY', 'QUOTE_ALL_OBJECTS', 'QUOTE_ONLY_RESERVED_WORDS'];
const MODIFY_SQL_KINDS = ['replace', 'regExpReplace', 'prepend', 'append'];
/** Reads the root node's attributes (not expanded, as Liquibase reads them before anything else). */
function readRootSettings(tree, context) {
    const root = tree.root;
    if (tree.strictAttributes)
        checkAttributes(root, ROOT_ATTRIBUTES, context, 'databaseChangeLog');
    const settings = {};
    const logical = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(root, 'logicalFilePath')?.trim();
    if (logical)
        settings.logicalFilePath = (0,_file_path_js__WEBPACK_IMPORTED_MODULE_1__/* .logicalFilePathValue */ .Us)(logical);
    const contextFilter = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(root, 'contextFilter')) ?? nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(root, 'context'));
    if (contextFilter !== undefined)
        settings.contextFilter = checkContextExpression(contextFilter, root.location, undefined, context);
    const quoting = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(root, 'objectQuotingStrategy');
    if (quoting !== undefined)
        settings.objectQuotingStrategy = quotingStrategy(quoting, root.location, undefined, context);
    return settings;
}
/** The nodes under the root that are entries (root attributes given as YAML list items excluded). */
function topLevelNodes(tree) {
    return tree.root.children.filter((child) => !(ROOT_ATTRIBUTES.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0));
}
/**
 * Reads one top-level node: expands it, then returns its entries (a changeset, an include, ...).
 * Properties are defined through the context as they are met.
 */
function readTopLevelNode(raw, context) {
    let node = raw;
    if (context.mayReferenceProperties !== false) {
        const scope = raw.name === 'changeSet' ? { id: (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(raw, 'id'), author: (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(raw, 'author') } : undefined;
        try {
            node = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .mapStrings */ .to)(raw, (text) => context.expand(text, scope));
        }
        catch (error) {
            context.report(asChangelogError(error, raw.location));
            return [];
        }
    }
    switch (node.name) {
        case 'changeSet': {
            const changeSet = readChangeSet(node, context);
            return changeSet ? [{ kind: 'changeSet', changeSet }] : [];
        }
        case 'include': {
            const include = readInclude(node, context);
            return include ? [include] : [];
        }
        case 'includeAll': {
            const includeAll = readIncludeAll(node, context);
            return includeAll ? [includeAll] : [];
        }
        case 'preConditions':
            return [{ kind: 'preConditions', preconditions: readPreconditionContainer(node, context, undefined) }];
        case 'property': {
            const file = readProperty(node, context);
            return file ? [file] : [];
        }
        case 'modifyChangeSets':
            // runWith executors are not supported; the includes inside still count, in place.
            return node.children.flatMap((child) => (child.name === 'include' || child.name === 'includeAll' ? readTopLevelNode(child, context) : []));
        case 'removeChangeSetProperty': {
            const change = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'change');
            const property = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'remove');
            if (!change || !property) {
                context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br('removeChangeSetProperty needs change and remove attributes', { location: node.location }));
            }
            else if (context.removeChangeProperty) {
                context.removeChangeProperty({ change, property, dbms: (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'dbms') });
            }
            else {
                context.warn(`${where(node)}: removeChangeSetProperty is ignored`);
            }
            return [];
        }
        default:
            // Liquibase tolerates a stray scalar (a YAML key it does not know) but not an element with content.
            if (context.strictAttributes || node.children.length > 0 || Object.keys(node.attributes).length > 0) {
                context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Unexpected element '${node.name}' under databaseChangeLog; expected changeSet, include, includeAll, property or preConditions`, { location: node.location }));
            }
            return [];
    }
}
/** Reads a whole tree without I/O, for the synchronous ChangeLogParser contract. */
function readWholeTree(tree, resourcePath, parseContext) {
    const errors = [];
    const report = (error) => void errors.push(error);
    const settings = readRootSettings(tree, { report, resourcePath });
    const filePath = settings.logicalFilePath ?? parseContext.filePath;
    const context = {
        resourcePath,
        filePath,
        strictAttributes: tree.strictAttributes,
        mayReferenceProperties: tree.mayReferenceProperties,
        objectQuotingStrategy: settings.objectQuotingStrategy,
        expand: (text) => parseContext.expand(text),
        defineProperty: (property) => parseContext.defineProperty(property),
        loadChange: (node, changeSet) => parseContext.loadChange(node, changeSet),
        report,
        warn: () => { },
    };
    const entries = [];
    for (const node of topLevelNodes(tree)) {
        for (const entry of readTopLevelNode(node, context)) {
            if (entry.kind === 'propertyFile') {
                report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br('<property file=…> needs the changelog loader (loadChangeLog) to read the file', { location: entry.location }));
            }
            else {
                entries.push(entry);
            }
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogValidationError */ ._E(errors);
    const parsed = { entries };
    if (settings.logicalFilePath !== undefined)
        parsed.logicalFilePath = settings.logicalFilePath;
    if (settings.contextFilter !== undefined)
        parsed.contextFilter = settings.contextFilter;
    return parsed;
}
// ---------------------------------------------------------------------------------------------
// changeSet
function readChangeSet(node, context) {
    const id = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'id');
    const author = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'author');
    const label = { id: id ?? '?', author: author ?? '?' };
    let valid = true;
    const fail = (reason, location = node.location) => {
        valid = false;
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(reason, { location, changeSet: id !== undefined && author !== undefined ? { id, author } : undefined }));
    };
    if (id === undefined || id.trim() === '')
        fail(`changeSet has no id${author ? ` (author ${author})` : ''}: add id="…"; id and author are required`);
    if (author === undefined || author.trim() === '')
        fail(`changeSet${id ? ` '${id}'` : ''} has no author: add author="…"; id and author are required`);
    if (context.strictAttributes)
        checkAttributes(node, CHANGESET_ATTRIBUTES, context, 'changeSet', label);
    const bool = (name, fallback) => booleanOf(node, name, fallback, context, label);
    const logical = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'logicalFilePath')?.trim();
    const contextFilter = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'contextFilter')) ?? nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'context'));
    const onValidationFail = ((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onValidationFail') ?? 'HALT').trim();
    if (onValidationFail !== 'HALT' && onValidationFail !== 'MARK_RAN') {
        fail(`onValidationFail must be HALT or MARK_RAN, not '${onValidationFail}'`);
    }
    const runOrderText = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'runOrder')?.trim().toLowerCase();
    if (runOrderText !== undefined && runOrderText !== 'first' && runOrderText !== 'last') {
        fail(`runOrder must be 'first' or 'last', not '${runOrderText}'`);
    }
    const quotingText = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'objectQuotingStrategy')?.trim();
    const objectQuotingStrategy = quotingText ? quotingStrategy(quotingText, node.location, label, context) : context.objectQuotingStrategy;
    const changeSet = {
        id: id ?? '',
        author: author ?? '',
        filePath: logical ? (0,_file_path_js__WEBPACK_IMPORTED_MODULE_1__/* .logicalFilePathValue */ .Us)(logical) : context.filePath,
        physicalPath: context.resourcePath,
        location: node.location,
        changes: [],
        inheritedContexts: [],
        labels: (0,_label_expression_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLabelList */ .qt)((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'labels')),
        inheritedLabels: [],
        runAlways: bool('runAlways', bool('alwaysRun', false)),
        runOnChange: bool('runOnChange', false),
        failOnError: bool('failOnError', true),
        runInTransaction: bool('runInTransaction', true),
        ignore: bool('ignore', false),
        onValidationFail: onValidationFail === 'MARK_RAN' ? 'MARK_RAN' : 'HALT',
        validCheckSums: [],
        modifySql: [],
    };
    if (contextFilter !== undefined)
        changeSet.contextFilter = checkContextExpression(contextFilter, node.location, label, context);
    const dbms = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'dbms'));
    if (dbms !== undefined)
        changeSet.dbms = dbms.trim();
    if (runOrderText === 'first' || runOrderText === 'last')
        changeSet.runOrder = runOrderText;
    if (objectQuotingStrategy !== undefined)
        changeSet.objectQuotingStrategy = objectQuotingStrategy;
    const created = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'created');
    if (created !== undefined)
        changeSet.created = created;
    const runWith = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'runWith'));
    if (runWith !== undefined)
        changeSet.runWith = runWith.trim();
    const comments = [];
    const attributeComment = node.attributes['comment'];
    if (attributeComment !== undefined && attributeComment !== null)
        comments.push(String(attributeComment));
    for (const checksum of [node.attributes['validCheckSum'], node.attributes['validCheckSums']]) {
        if (checksum !== undefined && checksum !== null)
            changeSet.validCheckSums.push(String(checksum).trim());
    }
    const ids = { id: changeSet.id, author: changeSet.author };
    if (Object.prototype.hasOwnProperty.call(node.attributes, 'rollback')) {
        // YAML `rollback: drop table x` (SQL) or an empty `rollback:` (nothing to undo).
        const value = node.attributes['rollback'];
        const rollbackNode = { name: 'rollback', attributes: {}, children: [], location: node.location };
        if (value !== null && value !== undefined)
            rollbackNode.text = String(value);
        changeSet.rollback = readRollback(rollbackNode, changeSet.rollback, context, ids);
    }
    const readChange = (child) => {
        try {
            changeSet.changes.push(context.loadChange(child, ids));
        }
        catch (error) {
            valid = false;
            context.report(asChangelogError(error, child.location, ids, `Cannot read change '${child.name}'`));
        }
    };
    for (const child of node.children) {
        switch (child.name) {
            case 'comment':
                comments.push(child.text ?? '');
                break;
            case 'validCheckSum':
            case 'validCheckSums':
                changeSet.validCheckSums.push(...textValues(child).map((value) => value.trim()).filter((value) => value !== ''));
                break;
            case 'preConditions':
                changeSet.preconditions = readPreconditionContainer(child, context, ids);
                break;
            case 'rollback':
                changeSet.rollback = readRollback(child, changeSet.rollback, context, ids);
                break;
            case 'modifySql':
                changeSet.modifySql.push(...readModifySql(child, context, ids));
                break;
            case 'changes':
                for (const change of child.children)
                    readChange(change);
                break;
            default:
                if (context.strictAttributes && CHANGESET_ATTRIBUTES.includes(child.name))
                    break;
                // A YAML scalar Liquibase does not know is kept as a changeset attribute, not a change.
                if (!context.strictAttributes && child.children.length === 0 && Object.keys(child.attributes).length === 0 && CHANGESET_ATTRIBUTES.includes(child.name))
                    break;
                readChange(child);
        }
    }
    const comment = comments.join('\n').trim();
    if (comment !== '')
        changeSet.comment = comment;
    return valid ? changeSet : undefined;
}
// ---------------------------------------------------------------------------------------------
// rollback
function readRollback(node, existing, context, ids) {
    const block = existing ?? { changes: [], references: [], location: node.location };
    if (context.strictAttributes)
        checkAttributes(node, ROLLBACK_ATTRIBUTES, context, 'rollback', ids);
    const referenceId = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'changeSetId');
    if (referenceId !== undefined) {
        const referenceAuthor = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'changeSetAuthor');
        if (referenceAuthor === undefined) {
            context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br('rollback changeSetId needs changeSetAuthor too', { location: node.location, changeSet: ids }));
            return block;
        }
        const reference = { id: referenceId, author: referenceAuthor };
        const path = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'changeSetPath');
        if (path !== undefined)
            reference.path = path;
        block.references.push(reference);
        return block;
    }
    const sqlTexts = [];
    if (node.text !== undefined && node.text.trim() !== '')
        sqlTexts.push({ text: node.text, location: node.location });
    if (!context.strictAttributes) {
        // YAML `rollback: {sql: "drop table x"}`: Liquibase reads the key as a change holding the text.
        for (const [name, value] of Object.entries(node.attributes)) {
            if (ROLLBACK_ATTRIBUTES.includes(name) || value === null)
                continue;
            const changeNode = { name, attributes: {}, text: String(value), children: [], location: node.location };
            try {
                block.changes.push(context.loadChange(changeNode, ids));
            }
            catch (error) {
                context.report(asChangelogError(error, node.location, ids, `Cannot read rollback change '${name}'`));
            }
        }
    }
    for (const child of node.children) {
        // YAML `rollback: ["drop table x"]` gives text-only children named after the list.
        if (child.name === 'rollback' && child.children.length === 0 && child.text !== undefined) {
            if (child.text.trim() !== '')
                sqlTexts.push({ text: child.text, location: child.location });
            continue;
        }
        if (ROLLBACK_ATTRIBUTES.includes(child.name))
            continue;
        try {
            block.changes.push(context.loadChange(child, ids));
        }
        catch (error) {
            context.report(asChangelogError(error, child.location, ids, `Cannot read rollback change '${child.name}'`));
        }
    }
    for (const { text, location } of sqlTexts) {
        // Liquibase splits rollback text on `;` with comments stripped; one sql change that splits
        // the same way at execution keeps the declared order and needs no second splitter here.
        const sqlNode = {
            name: 'sql',
            attributes: { splitStatements: 'true', stripComments: 'true', endDelimiter: ';' },
            text: text.trim(),
            children: [],
            location,
        };
        try {
            block.changes.push(context.loadChange(sqlNode, ids));
        }
        catch (error) {
            context.report(asChangelogError(error, location, ids, 'Cannot read rollback SQL'));
        }
    }
    return block;
}
// ---------------------------------------------------------------------------------------------
// preconditions
function readPreconditionContainer(node, context, ids) {
    if (context.strictAttributes)
        checkAttributes(node, CONTAINER_ATTRIBUTES, context, 'preConditions', ids);
    const action = (name) => {
        const value = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, name)?.trim().toUpperCase();
        if (value === undefined || value === '')
            return 'HALT';
        if (FAIL_ACTIONS.includes(value))
            return value;
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`preConditions ${name} must be one of ${FAIL_ACTIONS.join(', ')}, not '${value}'`, { location: node.location, changeSet: ids }));
        return 'HALT';
    };
    const sqlOutputText = ((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onSqlOutput') ?? (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onUpdateSQL') ?? (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onUpdateSql'))?.trim().toUpperCase();
    let onSqlOutput = 'IGNORE';
    if (sqlOutputText === 'TEST' || sqlOutputText === 'FAIL' || sqlOutputText === 'IGNORE')
        onSqlOutput = sqlOutputText;
    else if (sqlOutputText !== undefined && sqlOutputText !== '') {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`preConditions onSqlOutput must be IGNORE, TEST or FAIL, not '${sqlOutputText}'`, { location: node.location, changeSet: ids }));
    }
    const container = {
        onFail: action('onFail'),
        onError: action('onError'),
        onSqlOutput,
        conditions: readNestedPreconditions(node, context, ids, CONTAINER_ATTRIBUTES),
        location: node.location,
    };
    const onFailMessage = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onFailMessage');
    if (onFailMessage !== undefined)
        container.onFailMessage = onFailMessage;
    const onErrorMessage = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'onErrorMessage');
    if (onErrorMessage !== undefined)
        container.onErrorMessage = onErrorMessage;
    return container;
}
function readNestedPreconditions(node, context, ids, ownAttributes) {
    const result = [];
    for (const child of node.children) {
        if (ownAttributes.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0)
            continue;
        // YAML spells a group's content either directly or under `nestedPreconditions`.
        if (child.name === 'nestedPreconditions') {
            result.push(...readNestedPreconditions(child, context, ids, []));
            continue;
        }
        if (!PRECONDITION_TYPES.has(child.name)) {
            context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Unknown precondition '${child.name}'; check the spelling (known: ${[...PRECONDITION_TYPES].join(', ')})`, {
                location: child.location,
                changeSet: ids,
            }));
            continue;
        }
        result.push(readPrecondition(child, context, ids));
    }
    return result;
}
function readPrecondition(node, context, ids) {
    const precondition = {
        type: node.name,
        attributes: { ...node.attributes },
        nested: [],
        location: node.location,
    };
    if (node.name === 'and' || node.name === 'or' || node.name === 'not') {
        precondition.nested = readNestedPreconditions(node, context, ids, []);
        return precondition;
    }
    // Other preconditions keep their child elements (customPrecondition `param`s) as nested nodes.
    precondition.nested = node.children
        .filter((child) => child.children.length > 0 || Object.keys(child.attributes).length > 0)
        .map((child) => readPrecondition(child, context, ids));
    for (const child of node.children) {
        if (child.children.length === 0 && Object.keys(child.attributes).length === 0 && child.text !== undefined) {
            precondition.attributes[child.name] = child.text;
        }
    }
    if (node.name === 'sqlCheck') {
        const sql = node.text ?? (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'sql');
        if (sql !== undefined)
            precondition.text = sql.trim();
        if (precondition.text === undefined || precondition.text === '') {
            context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br('sqlCheck has no SQL: write the query as the element text (XML) or as sql: (YAML/JSON)', { location: node.location, changeSet: ids }));
        }
    }
    else if (node.text !== undefined) {
        precondition.text = node.text;
    }
    return precondition;
}
// ---------------------------------------------------------------------------------------------
// modifySql
function readModifySql(node, context, ids) {
    if (context.strictAttributes)
        checkAttributes(node, MODIFY_SQL_ATTRIBUTES, context, 'modifySql', ids);
    const result = [];
    for (const child of node.children) {
        if (MODIFY_SQL_ATTRIBUTES.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0)
            continue;
        if (!MODIFY_SQL_KINDS.includes(child.name)) {
            context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Unknown modifySql element '${child.name}'; expected one of ${MODIFY_SQL_KINDS.join(', ')}`, { location: child.location, changeSet: ids }));
            continue;
        }
        // Settings on modifySql apply to each visitor; a YAML visitor may carry its own.
        const setting = (name) => nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(child, name)) ?? nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, name));
        const visitor = {
            kind: child.name,
            applyToRollback: booleanOf(child, 'applyToRollback', booleanOf(node, 'applyToRollback', false, context, ids), context, ids),
            location: child.location,
        };
        if (visitor.kind === 'replace' || visitor.kind === 'regExpReplace') {
            const replace = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(child, 'replace');
            const withText = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(child, 'with');
            if (replace === undefined) {
                context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`modifySql ${visitor.kind} needs replace="…"`, { location: child.location, changeSet: ids }));
            }
            else {
                visitor.replace = replace;
            }
            visitor.with = withText ?? '';
        }
        else {
            const value = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(child, 'value');
            if (value === undefined) {
                context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`modifySql ${visitor.kind} needs value="…"`, { location: child.location, changeSet: ids }));
            }
            else {
                visitor.value = value;
            }
        }
        const dbms = setting('dbms');
        if (dbms !== undefined)
            visitor.dbms = dbms;
        const contextFilter = setting('contextFilter') ?? setting('context');
        if (contextFilter !== undefined)
            visitor.contextFilter = checkContextExpression(contextFilter, child.location, ids, context);
        const labels = setting('labels');
        if (labels !== undefined)
            visitor.labels = labels;
        result.push(visitor);
    }
    return result;
}
// ---------------------------------------------------------------------------------------------
// include, includeAll, property
function readInclude(node, context) {
    if (context.strictAttributes)
        checkAttributes(node, INCLUDE_ATTRIBUTES, context, 'include');
    const file = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'file'));
    if (file === undefined) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br("include has no 'file' attribute: write <include file=\"path/to/changelog.xml\"/>", { location: node.location }));
        return undefined;
    }
    const entry = {
        kind: 'include',
        file: file.trim().replace(/\\/g, '/'),
        relativeToChangelogFile: booleanOf(node, 'relativeToChangelogFile', false, context),
        errorIfMissing: booleanOf(node, 'errorIfMissing', true, context),
        ignore: booleanOf(node, 'ignore', false, context),
        location: node.location,
    };
    addIncludeFilters(entry, node, context);
    return entry;
}
function readIncludeAll(node, context) {
    if (context.strictAttributes)
        checkAttributes(node, INCLUDE_ALL_ATTRIBUTES, context, 'includeAll');
    const path = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'path'));
    if (path === undefined) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br("includeAll has no 'path' attribute: write <includeAll path=\"db/changes/\"/>", { location: node.location }));
        return undefined;
    }
    const filter = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'filter') ?? (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'resourceFilter');
    if (filter !== undefined) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`includeAll resourceFilter '${filter}' names a Java class, which cannot be used here; use endsWithFilter, minDepth or maxDepth`, {
            location: node.location,
        }));
        return undefined;
    }
    const comparator = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'resourceComparator');
    if (comparator !== undefined)
        context.warn(`${where(node)}: includeAll resourceComparator '${comparator}' (a Java class) is ignored; files are sorted by path`);
    const entry = {
        kind: 'includeAll',
        path: path.trim().replace(/\\/g, '/'),
        relativeToChangelogFile: booleanOf(node, 'relativeToChangelogFile', false, context),
        errorIfMissingOrEmpty: booleanOf(node, 'errorIfMissingOrEmpty', true, context),
        ignore: booleanOf(node, 'ignore', false, context),
        location: node.location,
    };
    addIncludeFilters(entry, node, context);
    const minDepth = integerOf(node, 'minDepth', context);
    const maxDepth = integerOf(node, 'maxDepth', context);
    if (minDepth !== undefined)
        entry.minDepth = minDepth;
    if (maxDepth !== undefined)
        entry.maxDepth = maxDepth;
    if (minDepth !== undefined && maxDepth !== undefined && maxDepth < minDepth) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`includeAll maxDepth (${maxDepth}) must not be less than minDepth (${minDepth})`, { location: node.location }));
        return undefined;
    }
    const endsWith = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'endsWithFilter'));
    if (endsWith !== undefined)
        entry.endsWithFilter = endsWith.trim();
    return entry;
}
function addIncludeFilters(entry, node, context) {
    const contextFilter = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'contextFilter')) ?? nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'context'));
    if (contextFilter !== undefined)
        entry.context = checkContextExpression(contextFilter, node.location, undefined, context);
    const labels = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'labels'));
    if (labels !== undefined)
        entry.labels = labels;
    const logical = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'logicalFilePath'));
    if (logical !== undefined)
        entry.logicalFilePath = (0,_file_path_js__WEBPACK_IMPORTED_MODULE_1__/* .logicalFilePathValue */ .Us)(logical.trim());
}
function readProperty(node, context) {
    if (context.strictAttributes)
        checkAttributes(node, PROPERTY_ATTRIBUTES, context, 'property');
    const contextFilter = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'contextFilter')) ?? nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'context'));
    const labels = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'labels'));
    const dbms = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'dbms'));
    const global = booleanOf(node, 'global', true, context);
    const file = nonBlank((0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'file'));
    const filters = {
        ...(contextFilter !== undefined ? { context: contextFilter } : {}),
        ...(labels !== undefined ? { labels } : {}),
        ...(dbms !== undefined ? { dbms } : {}),
    };
    if (file !== undefined) {
        return {
            kind: 'propertyFile',
            file: file.trim(),
            relativeToChangelogFile: booleanOf(node, 'relativeToChangelogFile', false, context),
            errorIfMissing: booleanOf(node, 'errorIfMissing', true, context),
            global,
            location: node.location,
            ...filters,
        };
    }
    const name = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'name');
    const value = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOf */ .Je)(node, 'value') ?? node.text;
    if (name === undefined || name.trim() === '' || value === undefined) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br('property needs name and value (or file="….properties")', { location: node.location }));
        return undefined;
    }
    context.defineProperty({ name: name.trim(), value, global, location: node.location, ...filters });
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// helpers
function nonBlank(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
}
function where(node) {
    return node.location.line ? `${node.location.file}:${node.location.line}` : node.location.file;
}
function textValues(node) {
    const values = [];
    if (node.text !== undefined)
        values.push(node.text);
    for (const child of node.children)
        values.push(...textValues(child));
    return values;
}
function booleanOf(node, name, fallback, context, ids) {
    const value = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarOf */ .ol)(node, name);
    if (value === undefined || value === null)
        return fallback;
    if (typeof value === 'boolean')
        return value;
    const text = String(value).trim().toLowerCase();
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    if (text === '')
        return fallback;
    context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`${node.name} ${name} must be true or false, not '${value}'`, { location: node.location, changeSet: ids }));
    return fallback;
}
function integerOf(node, name, context) {
    const value = (0,_changelog_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarOf */ .ol)(node, name);
    if (value === undefined || value === null || String(value).trim() === '')
        return undefined;
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isInteger(number) || number < 0) {
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`${node.name} ${name} must be a whole number, not '${value}'`, { location: node.location }));
        return undefined;
    }
    return number;
}
function quotingStrategy(value, location, ids, context) {
    const upper = value.trim();
    if (QUOTING_STRATEGIES.includes(upper))
        return upper;
    context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`objectQuotingStrategy must be one of ${QUOTING_STRATEGIES.join(', ')}, not '${value}'`, { location, changeSet: ids }));
    return undefined;
}
function checkContextExpression(expression, location, ids, context) {
    try {
        (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFilterExpression */ .W2)(expression);
    }
    catch (error) {
        if (!(error instanceof _filter_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .FilterExpressionError */ .Dx))
            throw error;
        context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`invalid context expression: ${error.message}`, { location, changeSet: ids }));
    }
    return expression;
}
function checkAttributes(node, allowed, context, element, ids) {
    for (const name of Object.keys(node.attributes)) {
        if (!allowed.includes(name)) {
            context.report(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Attribute '${name}' is not allowed on <${element}> (allowed: ${allowed.join(', ')})`, {
                location: node.location,
                changeSet: ids,
            }));
        }
    }
}
/** Any failure from a change-type module becomes a ChangelogError that says where it happened. */
function asChangelogError(error, location, changeSet, prefix) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br) {
        if (error.location && (error.changeSet || !changeSet))
            return error;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(error.reason, { location: error.location ?? location, changeSet: error.changeSet ?? changeSet }, { cause: error.cause ?? error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(prefix ? `${prefix}: ${message}` : message, { location, changeSet }, { cause: error });
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ sameFilePath),
/* harmony export */   Us: () => (/* binding */ logicalFilePathValue),
/* harmony export */   i_: () => (/* binding */ fileExtension),
/* harmony export */   j7: () => (/* binding */ normalizeFilePath),
/* harmony export */   t1: () => (/* binding */ resolveSibling)
/* harmony export */ });
/* unused harmony export directoryOf */
/**
 * Changelog paths as Liquibase spells them: search-path relative, forward slashes. FILENAME in
 * DATABASECHANGELOG is compared with these rules, so a path that changes spelling (a leading `/`,
 * `classpath:`, `\`, `./`, case) must still find its stored rows.
 */
/**
 * Liquibase's normalisation of a changelog path (note §3.4), plus `..` resolution:
 * strips `classpath:`, turns `\` into `/`, collapses `//` and `/./`, strips a drive letter and a
 * leading `/` or `./`, resolves `a/../`, and drops a trailing `/`.
 *
 * @example normalizeFilePath('classpath:/db\\sub/../a.xml') // 'db/a.xml'
 */
function normalizeFilePath(filePath) {
    // A run normalises the same few paths thousands of times (every changeset and tracking row).
    let normalized = normalizedPaths.get(filePath);
    if (normalized === undefined) {
        if (normalizedPaths.size >= 1024)
            normalizedPaths.clear();
        normalized = normalize(filePath);
        normalizedPaths.set(filePath, normalized);
    }
    return normalized;
}
const normalizedPaths = new Map();
function normalize(filePath) {
    let path = filePath;
    if (path.startsWith('classpath:'))
        path = path.slice('classpath:'.length);
    path = path.replace(/\\/g, '/');
    path = path.replace(/^[a-zA-Z]:(?=\/|$)/, '');
    const out = [];
    const segments = path.split('/');
    for (const segment of segments) {
        if (segment === '' || segment === '.')
            continue;
        // A `..` that climbs above the search path cannot be resolved; it is kept, as Java's Path keeps it.
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(segment);
    }
    return out.join('/');
}
/** Whether two FILENAME values denote the same changelog (normalised, case-insensitive). */
function sameFilePath(a, b) {
    return normalizeFilePath(a).toLowerCase() === normalizeFilePath(b).toLowerCase();
}
/** The directory part of a resource path (`db/a.xml` → `db`; `a.xml` → ``). */
function directoryOf(resourcePath) {
    const path = resourcePath.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/**
 * Resolves `relative` against the directory of `changelogPath` and normalises the result, as
 * Liquibase does for `relativeToChangelogFile="true"` (4.18+).
 *
 * @example resolveSibling('db/changelog.xml', '../common/b.xml') // 'common/b.xml'
 */
function resolveSibling(changelogPath, relative) {
    const directory = directoryOf(changelogPath);
    const rel = relative.replace(/\\/g, '/');
    return normalizeFilePath(directory ? `${directory}/${rel}` : rel);
}
/**
 * A `logicalFilePath` as Liquibase stores it: backslashes become `/` and one leading `/` goes.
 * Nothing else is normalised, so `logicalFilePath="db/./x"` is written as given.
 */
function logicalFilePathValue(logicalFilePath) {
    return logicalFilePath.replace(/\\/g, '/').replace(/^\//, '');
}
/** The extension of a path, lower-cased, without the dot (`a/B.XML` → `xml`). */
function fileExtension(resourcePath) {
    const name = resourcePath.slice(resourcePath.replace(/\\/g, '/').lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}


/***/ }),

/***/ 1720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ loadChangeLog)
});

// UNUSED EXPORTS: defaultChangeLogParsers

;// CONCATENATED MODULE: ./changelog/parser.js
function isLazyParser(parser) {
    return typeof parser.load === 'function';
}

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./logger.js
var logger = __webpack_require__(9594);
// EXTERNAL MODULE: ./changelog/changelog-tree.js
var changelog_tree = __webpack_require__(4992);
// EXTERNAL MODULE: ./changelog/changelog-tree-reader.js
var changelog_tree_reader = __webpack_require__(8934);
// EXTERNAL MODULE: ./changelog/context-expression.js
var context_expression = __webpack_require__(1273);
// EXTERNAL MODULE: ./changelog/dbms-filter.js
var dbms_filter = __webpack_require__(1026);
// EXTERNAL MODULE: ./changelog/file-path.js
var file_path = __webpack_require__(6327);
;// CONCATENATED MODULE: ./changelog/decode-changelog.js

/**
 * Turns a changelog's bytes into text. A byte-order mark wins; an XML file may name its encoding
 * in its declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`, as Liquibase's XML parser
 * honours it); everything else is UTF-8, Liquibase's default file encoding.
 */
function decodeChangelog(resourcePath, bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    if ((0,file_path/* fileExtension */.i_)(resourcePath) === 'xml') {
        const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
        const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
        if (declared) {
            try {
                return new TextDecoder(declared.toLowerCase()).decode(bytes);
            }
            catch {
                // An encoding TextDecoder does not know: UTF-8 is the best remaining guess.
            }
        }
    }
    return new TextDecoder('utf-8').decode(bytes);
}

// EXTERNAL MODULE: ./changelog/label-expression.js
var label_expression = __webpack_require__(8590);
// EXTERNAL MODULE: ./changelog/properties.js
var properties = __webpack_require__(1184);
// EXTERNAL MODULE: ./changelog/filter-expression.js
var filter_expression = __webpack_require__(6042);
;// CONCATENATED MODULE: ./changelog/formatted-sql-parser.js




/**
 * Liquibase formatted SQL changelogs (note §6): `--liquibase formatted sql`, then `--changeset
 * author:id attr:value …` lines, each followed by its SQL and its `--rollback`, `--comment`,
 * `--preconditions` … lines.
 *
 * Every line is classified exactly as Liquibase 4.28 does, because that decides what goes into a
 * changeset's SQL, and so into its checksum: `-- note: x` is SQL, but `-- comment about x` sets
 * the changeset's comment (the colon is optional) and is not SQL. Where Liquibase's behaviour is a
 * plain bug with no effect on DATABASECHANGELOG, this parser does the intended thing instead (each
 * place says so).
 *
 * @example
 * const parsed = formattedSqlParser.parse('db/changes.sql', text, context);
 * parsed.entries[0] // { kind: 'changeSet', changeSet: { id, author, changes: [sql change], rollback, … } }
 */
const formattedSqlParser = {
    supports(resourcePath, content) {
        return (0,file_path/* fileExtension */.i_)(resourcePath) === 'sql' && isFormattedSqlChangeLog(content);
    },
    parse(resourcePath, content, context) {
        return new FormattedSqlReader(resourcePath, context).read(content);
    },
};
/** Whether the first non-blank line is the `--liquibase formatted sql` header (note §6.1). */
function isFormattedSqlChangeLog(content) {
    const first = linesOf(content).find((line) => javaTrim(line) !== '');
    return first !== undefined && HEADER.test(first);
}
/**
 * A `.sql` file without the formatted header, met through include or includeAll (note §6.6): one
 * changeset `raw::includeAll` whose `sql` change runs the whole file unsplit, comments kept and
 * nothing `${…}`-expanded (its checksum is that of the trimmed text, as Liquibase computes it).
 */
function plainSqlChangeLog(resourcePath, content, context) {
    const location = { file: resourcePath, line: 1 };
    const ids = { id: 'raw', author: 'includeAll' };
    const text = javaTrim(withoutBom(content));
    if (text === '') {
        throw new errors/* ChangelogError */.br(`'${resourcePath}' holds no SQL: an included .sql file needs at least one statement`, { location });
    }
    const change = context.loadChange(sqlNode(text, { splitStatements: false, stripComments: false }, location), ids);
    const changeSet = { ...changeSetDefaults(), ...ids, filePath: context.filePath, physicalPath: resourcePath, location, changes: [change] };
    return { entries: [{ kind: 'changeSet', changeSet }] };
}
// Line shapes, as Liquibase 4.28 matches them: a pattern must match the whole line, directives
// may be indented except --comment, --validCheckSum and --ignoreLines, and case never matters.
const HEADER = /^\s*--\s*liquibase\s*formatted.*$/i;
const PROPERTY = /^\s*--\s*property\s+(.*:.*)\s+(.*:.*).*$/i;
const PROPERTY_TYPO = /^\s*?-+\s*property\s.*$/i;
const IGNORE_LINES = /^--\s*ignoreLines:(\w+)$/i;
const IGNORE_LINES_TYPO = /^-\s*?ignoreLines:(\w+).*$/i;
const IGNORE_TYPO = /^--\s*ignore:(\w+)$/i;
const CHANGESET = /^\s*--\s*changeset\s+("[^"]+"|[^:]+):\s*("[^"]+"|\S+).*$/i;
const CHANGESET_TYPO = /^(?:-\s*changeset\s.*|\s*--\s*changeset.*)$/i;
const COMMENT = /^--\s*comment:? (.*)$/i;
const COMMENT_TYPO = /^(?:-\s*comment:? .*|--\s*comments:? .*)$/i;
const VALID_CHECKSUM = /^--\s*validCheckSum:? (.*)$/i;
const VALID_CHECKSUM_TYPO = /^-\s*validCheckSum.*$/i;
const ROLLBACK = /^\s*--\s*rollback (.*)$/i;
const ROLLBACK_TYPO = /^\s*-\s*rollback\s.*$/i;
const ROLLBACK_BLOCK_START = /^\s*\/\*\s*liquibase\s*rollback\s*$/i;
const ROLLBACK_BLOCK_END = /\*\/\s*$/;
const PRECONDITIONS = /^\s*--\s*preconditions(.*)$/i;
const PRECONDITIONS_TYPO = /^\s*-\s*preconditions\s.*$/i;
const PRECONDITION = /^\s*--\s*precondition-([a-zA-Z0-9-]+) (.*)$/i;
const PRECONDITION_BARE = /^\s*--\s*precondition-([a-zA-Z0-9-]+)$/i;
const PRECONDITION_TYPO = /^\s*-\s*precondition.*$/i;
/** Pro-only directives (Liquibase Open Source reads them as SQL comments, which surprises everyone). */
const UNSUPPORTED_DIRECTIVE = /^\s*--\s*(include\s+file|includeAll\s+path):/i;
/**
 * `name:value` on a `--changeset` (or `--property`, `--preconditions`) line. Liquibase takes the
 * last occurrence anywhere on the line; `wholeName` also refuses a longer name ending the same way
 * (Liquibase 4.28 reads `rollbackEndDelimiter:x` as `endDelimiter:x` too, and
 * `rollbackSplitStatements:false` as `splitStatements:false`; neither reaches DATABASECHANGELOG).
 */
function attribute(line, name, value, wholeName = false) {
    const pattern = new RegExp(`^.*${wholeName ? '(?<![A-Za-z])' : ''}${name}:(${value}).*$`, 'i');
    return pattern.exec(line)?.[1];
}
const WORD = '\\w+';
const QUOTED_OR_WORD = '".*?"|\\S*';
const NON_SPACE = '\\S*';
class FormattedSqlReader {
    resourcePath;
    context;
    entries = [];
    errors = [];
    /** The header's logicalFilePath as written; expanded for each changeset, as Liquibase does. */
    fileLogicalFilePath;
    open;
    /** After a malformed `--changeset` line, its lines belong to nothing. */
    discarding = false;
    lines = [];
    index = 0;
    constructor(resourcePath, context) {
        this.resourcePath = resourcePath;
        this.context = context;
    }
    read(content) {
        this.lines = linesOf(withoutBom(content));
        for (this.index = 0; this.index < this.lines.length; this.index++) {
            try {
                this.readLine(this.lines[this.index]);
            }
            catch (error) {
                if (!(error instanceof errors/* ChangelogError */.br))
                    throw error;
                this.errors.push(error);
            }
        }
        this.close(true);
        if (this.errors.length > 0)
            throw new errors/* ChangelogValidationError */._E(this.errors);
        const header = this.fileLogicalFilePath !== undefined ? (0,file_path/* logicalFilePathValue */.Us)(this.context.expand(this.fileLogicalFilePath)) : undefined;
        return { ...(header ? { logicalFilePath: header } : {}), entries: this.entries };
    }
    get lineNumber() {
        return this.index + 1;
    }
    location(line = this.lineNumber) {
        return { file: this.resourcePath, line };
    }
    error(reason, line = this.lineNumber) {
        return new errors/* ChangelogError */.br(reason, { location: this.location(line), ...(this.open ? { changeSet: this.open.ids } : {}) });
    }
    readLine(line) {
        if (PROPERTY.test(line))
            return this.defineProperty(line);
        if (PROPERTY_TYPO.test(line))
            throw this.error("Unexpected formatting: write '--property name:<name> value:<value>'");
        if (HEADER.test(line)) {
            // Liquibase reads every header-like line, and one without logicalFilePath clears it.
            this.fileLogicalFilePath = nonEmpty(attribute(line, 'logicalFilePath', NON_SPACE));
        }
        const ignoreLines = IGNORE_LINES.exec(line);
        if (ignoreLines)
            return this.ignoreLines(ignoreLines[1]);
        if (IGNORE_LINES_TYPO.test(line) || IGNORE_TYPO.test(line)) {
            throw this.error("Unexpected formatting: write '--ignoreLines:<count>', or '--ignoreLines:start' … '--ignoreLines:end'");
        }
        const changeSetLine = CHANGESET.exec(line);
        if (changeSetLine) {
            this.close(false);
            this.discarding = false;
            return this.openChangeSet(line, changeSetLine[1], changeSetLine[2]);
        }
        if (CHANGESET_TYPO.test(line)) {
            this.close(false);
            this.discarding = true;
            throw this.error("Unexpected formatting: write '--changeset <author>:<id>' (two dashes; quote an author or id holding ':' or spaces)");
        }
        const unsupported = UNSUPPORTED_DIRECTIVE.exec(line);
        if (unsupported) {
            throw this.error(`'--${unsupported[1].split(/\s/)[0]}' is not supported in formatted SQL changelogs (Liquibase Open Source ignores it): include this file from an XML, YAML or JSON changelog instead`);
        }
        if (this.open)
            return this.readChangeSetLine(this.open, line);
        if (this.discarding)
            return;
        if (COMMENT.test(line))
            throw this.error("A '--comment' line must follow a '--changeset' line: formatted SQL allows no comment outside changesets");
        // Anything else before the first changeset (ordinary comments, stray SQL) is ignored, as in Liquibase.
    }
    readChangeSetLine(open, line) {
        const comment = COMMENT.exec(line);
        if (comment) {
            open.changeSet.comment = nonEmpty(javaTrim(comment[1]));
            return;
        }
        if (COMMENT_TYPO.test(line))
            throw this.error("Unexpected formatting: write '--comment: <text>'");
        const validCheckSum = VALID_CHECKSUM.exec(line);
        if (validCheckSum) {
            open.changeSet.validCheckSums.push(javaTrim(validCheckSum[1]));
            return;
        }
        if (VALID_CHECKSUM_TYPO.test(line))
            throw this.error("Unexpected formatting: write '--validCheckSum: <checksum>'");
        const rollback = ROLLBACK.exec(line);
        if (rollback) {
            open.rollback.push(rollback[1]);
            open.rollbackLine ??= this.lineNumber;
            return;
        }
        if (ROLLBACK_TYPO.test(line))
            throw this.error("Unexpected formatting: write '--rollback <SQL>'");
        if (ROLLBACK_BLOCK_START.test(line))
            return this.readRollbackBlock(open);
        const preconditions = PRECONDITIONS.exec(line);
        if (preconditions)
            return this.readPreconditions(open, preconditions[1]);
        if (PRECONDITIONS_TYPO.test(line)) {
            throw this.error("Unexpected formatting: write '--preconditions onFail:<HALT|CONTINUE|MARK_RAN|WARN> onError:<…>'");
        }
        const precondition = PRECONDITION.exec(line);
        if (precondition)
            return this.readPrecondition(open, precondition[1], precondition[2]);
        if (PRECONDITION_TYPO.test(line))
            throw this.error("Unexpected formatting: write '--precondition-sql-check expectedResult:<value> <SQL>'");
        const bare = PRECONDITION_BARE.exec(line);
        if (bare)
            throw this.error(preconditionUsage(bare[1]));
        open.body.push({ text: line, line: this.lineNumber });
    }
    openChangeSet(line, authorText, idText) {
        const lineNumber = this.lineNumber;
        // `author: id` matches the pattern, but Liquibase wants author and id side by side.
        const sideBySide = new RegExp(`^\\s*--\\s*changeset\\s+${escapeRegExp(`${authorText}:${idText}`)}.*$`, 'i');
        if (!sideBySide.test(line)) {
            this.discarding = true;
            throw this.error("Unexpected formatting: write '--changeset <author>:<id>' with no space after the colon");
        }
        const expand = (text) => this.context.expand(text);
        const id = expand(stripEnclosingQuotes(idText));
        const author = expand(stripEnclosingQuotes(authorText));
        if (id.replace(/[: ]/g, '') === '') {
            this.discarding = true;
            throw this.error(`The changeset id cannot be empty: '${line}'`);
        }
        const ids = { id, author };
        const bool = (name, fallback, wholeName = false) => {
            const value = attribute(line, name, WORD, wholeName);
            return value === undefined ? fallback : value.toLowerCase() === 'true';
        };
        const quoted = (name) => {
            const value = attribute(line, name, QUOTED_OR_WORD);
            return value === undefined || value === '' ? undefined : expand(stripEnclosingQuotes(value));
        };
        const logicalFilePath = nonEmpty(attribute(line, 'logicalFilePath', NON_SPACE)) ?? this.fileLogicalFilePath;
        const changeSet = {
            ...changeSetDefaults(),
            ...ids,
            filePath: logicalFilePath !== undefined ? (0,file_path/* logicalFilePathValue */.Us)(expand(logicalFilePath)) : this.context.filePath,
            physicalPath: this.resourcePath,
            location: this.location(lineNumber),
            changes: [],
            runOnChange: bool('runOnChange', false),
            runAlways: bool('runAlways', false),
            runInTransaction: bool('runInTransaction', true),
            failOnError: bool('failOnError', true),
            labels: (0,label_expression/* parseLabelList */.qt)(quoted('labels')),
        };
        const contextFilter = nonEmpty(quoted('contextFilter')) ?? nonEmpty(quoted('context'));
        if (contextFilter !== undefined)
            changeSet.contextFilter = this.checkedContext(contextFilter, ids);
        const dbms = attribute(line, 'dbms', '[^,][\\w!,]+');
        if (dbms !== undefined && javaTrim(expand(dbms)) !== '')
            changeSet.dbms = javaTrim(expand(dbms));
        const ignore = attribute(line, 'ignore', '\\w*');
        changeSet.ignore = ignore !== undefined && expand(ignore).toLowerCase() === 'true';
        const runWith = attribute(line, 'runWith', '[\\w\\$\\{\\}]+');
        if (runWith !== undefined && expand(runWith).toLowerCase() !== 'jdbc') {
            this.errors.push(new errors/* ChangelogError */.br(`runWith:${expand(runWith)} is not supported: changesets run through dbops's own database connection (runWith:jdbc)`, {
                location: changeSet.location,
                changeSet: ids,
            }));
        }
        const endDelimiter = attribute(line, 'endDelimiter', NON_SPACE, true);
        const rollbackEndDelimiter = attribute(line, 'rollbackEndDelimiter', NON_SPACE);
        this.open = {
            changeSet,
            ids,
            body: [],
            rollback: [],
            splitStatements: bool('splitStatements', true, true),
            stripComments: bool('stripComments', true),
            ...(endDelimiter !== undefined ? { endDelimiter } : {}),
            rollbackSplitStatements: bool('rollbackSplitStatements', true),
            ...(rollbackEndDelimiter !== undefined ? { rollbackEndDelimiter } : {}),
        };
    }
    checkedContext(expression, ids) {
        try {
            (0,filter_expression/* parseFilterExpression */.W2)(expression);
        }
        catch (error) {
            if (!(error instanceof filter_expression/* FilterExpressionError */.Dx))
                throw error;
            this.errors.push(new errors/* ChangelogError */.br(`invalid context expression: ${error.message}`, { location: this.location(), changeSet: ids }));
        }
        return expression;
    }
    /** Ends the open changeset: its SQL becomes one `sql` change, its rollback lines another. */
    close(atEndOfFile) {
        const open = this.open;
        if (!open)
            return;
        this.open = undefined;
        const { changeSet, ids } = open;
        const fail = (reason, line = changeSet.location.line) => {
            this.errors.push(new errors/* ChangelogError */.br(reason, { location: this.location(line), changeSet: ids }));
        };
        // Liquibase joins the lines with the line separator, trims, expands, and trims again (setSql).
        const text = javaTrim(this.context.expand(javaTrim(open.body.map((line) => line.text).join('\n'))));
        if (text === '') {
            // Liquibase 4.28 gives a last changeset with no line at all the SQL of the one before it.
            fail("The changeset has no SQL: write its statements after the '--changeset' line");
        }
        else {
            let endDelimiter = open.endDelimiter;
            // Only for the last changeset of the file, as in Liquibase: a body ending in a `/` line
            // is split on `/` lines only (Oracle style).
            if (atEndOfFile && endDelimiter === undefined && text.endsWith('\n/'))
                endDelimiter = '\\n/$';
            const firstLine = open.body.find((line) => javaTrim(line.text) !== '')?.line ?? changeSet.location.line;
            const node = sqlNode(text, { splitStatements: open.splitStatements, stripComments: open.stripComments, endDelimiter }, this.location(firstLine));
            const change = this.loadChange(node, ids);
            if (change)
                changeSet.changes.push(change);
        }
        const rollback = this.rollbackOf(open);
        if (rollback)
            changeSet.rollback = rollback;
        this.entries.push({ kind: 'changeSet', changeSet });
    }
    rollbackOf(open) {
        const raw = open.rollback.join('\n');
        const trimmed = javaTrim(raw);
        if (trimmed === '')
            return undefined;
        const location = this.location(open.rollbackLine);
        const block = { changes: [], references: [], location };
        // `empty` / `not required` as whole words (Liquibase also takes `--rollback emptyTable()`).
        if (/^(?:empty|not required)(?![\w])[^\n]*$/i.test(trimmed))
            return block;
        if (trimmed.toLowerCase().includes('changesetid')) {
            // Liquibase removes the line breaks, gluing `x` and `changesetAuthor:y` of two lines together.
            const line = raw.replace(/[\r\n]/g, ' ');
            const id = nonEmpty(attribute(line, 'changeSetId', '\\S+'));
            const author = nonEmpty(attribute(line, 'changesetAuthor', '\\S+'));
            const path = nonEmpty(attribute(line, 'changesetPath', '\\S+'));
            if (id === undefined || author === undefined) {
                this.errors.push(new errors/* ChangelogError */.br(`'${id === undefined ? 'changesetId' : 'changesetAuthor'}' not set in rollback '${line}': write '--rollback changesetId:<id> changesetAuthor:<author> [changesetPath:<path>]'`, {
                    location,
                    changeSet: open.ids,
                }));
                return block;
            }
            const expand = (text) => this.context.expand(text);
            block.references.push({ id: expand(id), author: expand(author), ...(path !== undefined ? { path: expand(path) } : {}) });
            return block;
        }
        const text = javaTrim(this.context.expand(raw));
        const node = sqlNode(text, { splitStatements: open.rollbackSplitStatements, stripComments: false, endDelimiter: open.rollbackEndDelimiter }, location);
        const change = this.loadChange(node, open.ids);
        if (change)
            block.changes.push(change);
        return block;
    }
    loadChange(node, ids) {
        try {
            return this.context.loadChange(node, ids);
        }
        catch (error) {
            if (error instanceof errors/* ChangelogValidationError */._E)
                this.errors.push(...error.errors);
            else if (error instanceof errors/* ChangelogError */.br)
                this.errors.push(error);
            else
                throw error;
            return undefined;
        }
    }
    /**
     * `/* liquibase rollback` … `*\/`. Liquibase 4.28 glues these lines together without line
     * breaks (`select 1` + `from t` runs as `select 1from t`); they are joined with LF here.
     */
    readRollbackBlock(open) {
        const start = this.lineNumber;
        open.rollbackLine ??= start;
        for (this.index++; this.index < this.lines.length; this.index++) {
            const line = this.lines[this.index];
            const end = ROLLBACK_BLOCK_END.exec(line);
            if (end) {
                const before = line.slice(0, end.index);
                if (javaTrim(before) !== '')
                    open.rollback.push(before);
                return;
            }
            open.rollback.push(line);
        }
        throw this.error("'/* liquibase rollback' is never closed: end the rollback block with '*/'", start);
    }
    readPreconditions(open, settings) {
        const container = this.preconditionsOf(open);
        const action = (name) => {
            const value = attribute(settings, name, WORD);
            if (value === undefined)
                return undefined;
            const upper = value.toUpperCase();
            if (upper === 'HALT' || upper === 'CONTINUE' || upper === 'MARK_RAN' || upper === 'WARN')
                return upper;
            throw this.error(`${name}:${value} is not one of HALT, CONTINUE, MARK_RAN, WARN`);
        };
        const onFail = action('onFail');
        const onError = action('onError');
        if (onFail)
            container.onFail = onFail;
        if (onError)
            container.onError = onError;
        const onUpdateSql = attribute(settings, 'onUpdateSql', WORD);
        const onSqlOutput = attribute(settings, 'onSqlOutput', WORD);
        if (onUpdateSql !== undefined && onSqlOutput !== undefined) {
            throw this.error("Set either 'onUpdateSql' or 'onSqlOutput' on '--preconditions', not both");
        }
        const output = (onSqlOutput ?? onUpdateSql)?.toUpperCase();
        if (output !== undefined) {
            if (output !== 'IGNORE' && output !== 'TEST' && output !== 'FAIL')
                throw this.error(`onSqlOutput:${output} is not one of IGNORE, TEST, FAIL`);
            container.onSqlOutput = output;
        }
        const onFailMessage = attribute(settings, 'onFailMessage', '"[^"]*"|\\S+');
        if (onFailMessage !== undefined)
            container.onFailMessage = this.context.expand(stripEnclosingQuotes(onFailMessage));
        const onErrorMessage = attribute(settings, 'onErrorMessage', '"[^"]*"|\\S+');
        if (onErrorMessage !== undefined)
            container.onErrorMessage = this.context.expand(stripEnclosingQuotes(onErrorMessage));
    }
    /**
     * The changeset's container, created with the defaults by whichever precondition line comes
     * first. (Liquibase replaces the container at `--preconditions`, silently dropping conditions
     * written above it; they are kept here.)
     */
    preconditionsOf(open) {
        open.changeSet.preconditions ??= { onFail: 'HALT', onError: 'HALT', onSqlOutput: 'IGNORE', conditions: [], location: this.location() };
        return open.changeSet.preconditions;
    }
    readPrecondition(open, name, rest) {
        const kind = name.toLowerCase();
        const body = javaTrim(this.context.expand(javaTrim(rest)));
        if (body === '' || !['sql-check', 'table-exists', 'view-exists'].includes(kind))
            throw this.error(preconditionUsage(name));
        const location = this.location();
        const condition = (type, attributes, text) => ({
            type,
            attributes,
            ...(text !== undefined ? { text } : {}),
            nested: [],
            location,
        });
        let parsed;
        if (kind === 'sql-check') {
            const match = /^(?:expectedResult:)?(\w+) (.*)$/i.exec(body) ?? /^(?:expectedResult:)?'([^']+)' (.*)$/i.exec(body) ?? /^(?:expectedResult:)?"([^"]+)" (.*)$/i.exec(body);
            if (!match)
                throw this.error(`Could not read a sqlCheck precondition from '${body}': ${preconditionUsage(name)}`);
            parsed = condition('sqlCheck', { expectedResult: match[1] }, match[2]);
        }
        else {
            const objectKey = kind === 'table-exists' ? 'table' : 'view';
            const objectName = attribute(body, objectKey, '\\w+');
            if (objectName === undefined)
                throw this.error(`${objectKey} name missing in '--precondition-${name}': ${preconditionUsage(name)}`);
            const schemaName = attribute(body, 'schema', '\\w+');
            parsed = condition(kind === 'table-exists' ? 'tableExists' : 'viewExists', {
                [`${objectKey}Name`]: objectName,
                ...(schemaName !== undefined ? { schemaName } : {}),
            });
        }
        this.preconditionsOf(open).conditions.push(parsed);
    }
    ignoreLines(argument) {
        if (argument.toLowerCase() === 'start') {
            // Without an end line, Liquibase ignores the rest of the file.
            for (this.index++; this.index < this.lines.length; this.index++) {
                const line = this.lines[this.index];
                if (IGNORE_LINES.exec(line)?.[1].toLowerCase() === 'end')
                    return;
                if (IGNORE_LINES_TYPO.test(line))
                    throw this.error("Unexpected formatting: write '--ignoreLines:end'");
            }
            return;
        }
        if (!/^\d+$/.test(argument)) {
            throw this.error(`Unknown ignoreLines syntax: "${argument}": write '--ignoreLines:<count>', or '--ignoreLines:start' … '--ignoreLines:end'`);
        }
        this.index = Math.min(this.index + Number(argument), this.lines.length - 1);
    }
    defineProperty(line) {
        const name = attribute(line, 'name', '\\s*\\S+')?.trim();
        const value = attribute(line, 'value', '\\s*\\S+')?.trim();
        if (name === undefined || value === undefined) {
            throw this.error("Unexpected formatting: write '--property name:<name> value:<value> [context:…] [labels:…] [dbms:…] [global:…]'");
        }
        const expand = (text) => this.context.expand(text);
        const quoted = (key) => {
            const found = attribute(line, key, QUOTED_OR_WORD);
            return found === undefined || found === '' ? undefined : expand(stripEnclosingQuotes(found));
        };
        const context = quoted('contextFilter') ?? quoted('context');
        const labels = quoted('labels');
        const dbms = attribute(line, 'dbms', '[^,][\\w!,]+');
        const global = attribute(line, 'global', '\\S+');
        this.context.defineProperty({
            name: expand(name),
            value: expand(value),
            ...(context !== undefined ? { context } : {}),
            ...(labels !== undefined ? { labels } : {}),
            ...(dbms !== undefined ? { dbms: expand(javaTrim(dbms)) } : {}),
            // Liquibase < 3.4 behaviour, kept since: properties are global unless `global:false`.
            global: global === undefined || global.toLowerCase() === 'true',
            location: this.location(),
        });
    }
}
function preconditionUsage(name) {
    switch (name.toLowerCase()) {
        case 'sql-check':
            return "write '--precondition-sql-check expectedResult:<value> <SQL>'";
        case 'table-exists':
            return "write '--precondition-table-exists table:<name> [schema:<name>]'";
        case 'view-exists':
            return "write '--precondition-view-exists view:<name> [schema:<name>]'";
        default:
            return `The '${name}' precondition type is not supported: formatted SQL knows --precondition-sql-check, --precondition-table-exists and --precondition-view-exists`;
    }
}
function sqlNode(text, settings, location) {
    return {
        name: 'sql',
        attributes: {
            splitStatements: String(settings.splitStatements),
            stripComments: String(settings.stripComments),
            ...(settings.endDelimiter !== undefined ? { endDelimiter: settings.endDelimiter } : {}),
        },
        text,
        children: [],
        location,
    };
}
function changeSetDefaults() {
    return {
        inheritedContexts: [],
        labels: [],
        inheritedLabels: [],
        runAlways: false,
        runOnChange: false,
        failOnError: true,
        runInTransaction: true,
        ignore: false,
        onValidationFail: 'HALT',
        validCheckSums: [],
        modifySql: [],
    };
}
/** Lines as Java's readLine gives them: `\r\n`, `\n` or `\r` ends one; no empty line after the last break. */
function linesOf(content) {
    if (content === '')
        return [];
    const lines = content.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function withoutBom(content) {
    return content.startsWith('\uFEFF') ? content.slice(1) : content;
}
/** Java's String.trim: every character up to U+0020 goes, other Unicode spaces stay (checksums see them). */
function javaTrim(text) {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20)
        start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20)
        end--;
    return text.slice(start, end);
}
function stripEnclosingQuotes(text) {
    const first = text[0];
    return text.length > 1 && (first === '"' || first === "'") && text[text.length - 1] === first ? text.slice(1, -1) : text;
}
function nonEmpty(text) {
    return text === undefined || text === '' ? undefined : text;
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

;// CONCATENATED MODULE: ./changelog/load-changelog.js












/**
 * A `.sql` file without the formatted header, met through include or includeAll, is one raw
 * changeset (note §6.6); the formatted SQL module builds it.
 */
const plainSqlParser = {
    supports: (resourcePath, content) => (0,file_path/* fileExtension */.i_)(resourcePath) === 'sql' && !isFormattedSqlChangeLog(content),
    parse: plainSqlChangeLog,
};
/** XML (saxes) and YAML/JSON (yaml): imported when the first file of the format is read. */
const xmlParser = {
    supports: (resourcePath) => (0,file_path/* fileExtension */.i_)(resourcePath) === 'xml',
    load: async () => (await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(2824)]).then(__webpack_require__.bind(__webpack_require__, 2824))).xmlChangeLogParser,
};
const yamlParser = {
    supports: (resourcePath) => ['yaml', 'yml', 'json'].includes((0,file_path/* fileExtension */.i_)(resourcePath)),
    load: async () => (await Promise.all(/* import() */[__webpack_require__.e(3483), __webpack_require__.e(5532)]).then(__webpack_require__.bind(__webpack_require__, 5532))).yamlChangeLogParser,
};
/** The parsers used when none are given: XML, YAML/JSON, formatted SQL and plain SQL files. */
const defaultChangeLogParsers = [xmlParser, yamlParser, formattedSqlParser, plainSqlParser];
/**
 * Reads a changelog and everything it includes into one ordered list of changesets, checked before
 * anything touches a database. Every problem found (malformed files, unknown elements, missing
 * id/author, duplicate changesets, missing includes, invalid changes) is collected; if there is
 * any, a ChangelogValidationError lists them all.
 *
 * @example
 * const changeLog = await loadChangeLog('db/changelog.xml', {
 *   resources: new FileSystemResourceAccessor('.'),
 *   loadChange,
 *   contexts: 'test',
 *   properties: { schema: 'app' },
 * });
 */
async function loadChangeLog(rootPath, options) {
    const loader = new ChangeLogLoader(rootPath, options);
    return loader.load();
}
class ChangeLogLoader {
    rootPath;
    options;
    properties;
    parsers;
    logger;
    errors = [];
    changeSets = [];
    preconditions = [];
    /** Files being read, outermost first, to detect circular includes. */
    includeStack = [];
    includeAllStack = [];
    constructor(rootPath, options) {
        this.rootPath = rootPath;
        this.options = options;
        this.properties = new properties/* ChangeLogProperties */.C({
            commandLine: options.properties,
            environment: options.environment,
            builtIns: options.builtInProperties,
            contexts: (0,context_expression/* parseRuntimeContexts */.Sw)(options.contexts),
            labels: (0,label_expression/* parseRuntimeLabels */.RN)(options.labels),
            dbms: options.dbms,
            missingPropertyMode: options.missingPropertyMode,
            supportPropertyEscaping: options.supportPropertyEscaping,
        });
        this.parsers = [...(options.additionalParsers ?? []), ...(options.parsers ?? defaultChangeLogParsers)];
        this.logger = options.logger ?? logger/* silentLogger */.q;
    }
    async load() {
        const location = { file: this.rootPath };
        const bytes = await this.options.resources.read((0,file_path/* normalizeFilePath */.j7)(this.rootPath));
        if (bytes === undefined) {
            this.errors.push(new errors/* ChangelogError */.br(`The changelog file '${this.rootPath}' does not exist: check the path and the search path`, { location }));
        }
        else {
            const result = await this.loadFile(this.rootPath, this.rootPath, bytes, { contexts: [], labels: [], ignore: false });
            if (result && 'unknownFormat' in result) {
                this.errors.push(new errors/* ChangelogError */.br(this.unknownFormatMessage(this.rootPath), { location }));
            }
        }
        this.checkDuplicates();
        this.checkRollbackReferences();
        if (this.errors.length > 0)
            throw new errors/* ChangelogValidationError */._E(this.errors);
        return {
            rootPath: this.rootPath,
            changeSets: applyRunOrder(this.changeSets),
            preconditions: this.preconditions,
            properties: this.properties.definedProperties(),
        };
    }
    /** Reads one file; `filePath` is its FILENAME unless the file sets its own logicalFilePath. */
    async loadFile(resourcePath, filePath, bytes, inherited) {
        const content = decodeChangelog(resourcePath, bytes);
        const candidate = this.parsers.find((parser) => parser.supports(resourcePath, content));
        if (!candidate)
            return { unknownFormat: true };
        const parser = isLazyParser(candidate) ? await candidate.load() : candidate;
        this.includeStack.push(resourcePath);
        try {
            if ((0,changelog_tree/* isTreeParser */.YI)(parser))
                await this.loadTree(parser, resourcePath, content, filePath, inherited);
            else
                await this.loadParsed(parser, resourcePath, content, filePath, inherited);
        }
        finally {
            this.includeStack.pop();
        }
    }
    async loadTree(parser, resourcePath, content, defaultFilePath, inherited) {
        let tree;
        try {
            tree = parser.parseTree(resourcePath, content);
        }
        catch (error) {
            this.errors.push((0,changelog_tree_reader/* asChangelogError */.Pb)(error, { file: resourcePath }));
            return;
        }
        const report = (error) => void this.errors.push(error);
        const settings = (0,changelog_tree_reader/* readRootSettings */.SA)(tree, { report, resourcePath });
        const filePath = settings.logicalFilePath ?? defaultFilePath;
        const ownInheritance = {
            ...inherited,
            contexts: settings.contextFilter !== undefined ? [...inherited.contexts, settings.contextFilter] : inherited.contexts,
        };
        const removals = [];
        const context = {
            resourcePath,
            filePath,
            strictAttributes: tree.strictAttributes,
            mayReferenceProperties: tree.mayReferenceProperties,
            objectQuotingStrategy: settings.objectQuotingStrategy,
            // Most strings hold no `${`: skip building the scope for them.
            expand: (text, changeSet) => (text.includes('${') ? this.properties.expand(text, { changeLogFile: filePath, changeSet, location: { file: resourcePath } }) : text),
            defineProperty: (property) => this.properties.define(property, filePath),
            loadChange: (node, changeSet) => this.options.loadChange(withoutRemovedProperties(node, removals), { changeSet }),
            report,
            warn: (message) => this.logger.warn(message),
            removeChangeProperty: (removal) => {
                if (this.options.dbms === undefined || (0,dbms_filter/* dbmsMatches */.e)(removal.dbms, this.options.dbms))
                    removals.push(removal);
            },
        };
        for (const node of (0,changelog_tree_reader/* topLevelNodes */.ro)(tree)) {
            for (const entry of (0,changelog_tree_reader/* readTopLevelNode */.MM)(node, context)) {
                await this.handleEntry(entry, resourcePath, filePath, ownInheritance);
            }
        }
    }
    async loadParsed(parser, resourcePath, content, defaultFilePath, inherited) {
        const context = {
            filePath: defaultFilePath,
            expand: (text) => this.properties.expand(text, { changeLogFile: defaultFilePath, location: { file: resourcePath } }),
            defineProperty: (property) => this.properties.define(property, defaultFilePath),
            loadChange: (node, changeSet) => this.options.loadChange(node, { changeSet }),
        };
        let parsed;
        try {
            parsed = parser.parse(resourcePath, content, context);
        }
        catch (error) {
            if (error instanceof errors/* ChangelogValidationError */._E)
                this.errors.push(...error.errors);
            else
                this.errors.push((0,changelog_tree_reader/* asChangelogError */.Pb)(error, { file: resourcePath }));
            return;
        }
        const filePath = parsed.logicalFilePath ?? defaultFilePath;
        const ownInheritance = {
            ...inherited,
            contexts: parsed.contextFilter !== undefined ? [...inherited.contexts, parsed.contextFilter] : inherited.contexts,
        };
        for (const entry of parsed.entries)
            await this.handleEntry(entry, resourcePath, filePath, ownInheritance);
    }
    async handleEntry(entry, resourcePath, filePath, inherited) {
        switch (entry.kind) {
            case 'changeSet':
                this.addChangeSet(entry.changeSet, inherited);
                break;
            case 'preConditions':
                this.preconditions.push(entry.preconditions);
                break;
            case 'include':
                await this.include(entry, resourcePath, inherited);
                break;
            case 'includeAll':
                await this.includeAll(entry, resourcePath, inherited);
                break;
            case 'propertyFile':
                await this.readPropertyFile(entry, resourcePath, filePath);
                break;
        }
    }
    addChangeSet(changeSet, inherited) {
        if (this.options.dbms !== undefined && !(0,dbms_filter/* dbmsMatches */.e)(changeSet.dbms, this.options.dbms))
            return;
        changeSet.inheritedContexts = [...inherited.contexts, ...changeSet.inheritedContexts];
        changeSet.inheritedLabels = [...inherited.labels, ...changeSet.inheritedLabels];
        if (inherited.ignore)
            changeSet.ignore = true;
        this.changeSets.push(changeSet);
    }
    async include(entry, includingPath, inherited) {
        if (entry.file.toLowerCase() === '.svn' || entry.file.toLowerCase() === 'cvs')
            return;
        const path = entry.relativeToChangelogFile ? (0,file_path/* resolveSibling */.t1)(includingPath, entry.file) : entry.file;
        await this.includeResource(path, entry.logicalFilePath ?? path, entry, includingPath, inherited, 'FAIL', entry.errorIfMissing);
    }
    /** Reads one included resource, checking that it exists, is not circular, and has a known format. */
    async includeResource(path, filePath, entry, includingPath, inherited, onUnknownFormat, errorIfMissing) {
        const readPath = (0,file_path/* normalizeFilePath */.j7)(path);
        const chain = this.includeStack.findIndex((open) => (0,file_path/* sameFilePath */.Iq)(open, readPath));
        if (chain >= 0) {
            const cycle = [...this.includeStack.slice(chain), readPath].join(' → ');
            this.errors.push(new errors/* ChangelogError */.br(`Circular include: ${cycle}; remove one of these includes`, { location: entry.location }));
            return;
        }
        const bytes = await this.options.resources.read(readPath);
        if (bytes === undefined) {
            const message = `Included file '${path}' does not exist${entry.kind === 'include' && entry.relativeToChangelogFile ? ` (resolved relative to ${includingPath})` : ''}`;
            if (errorIfMissing && this.options.onMissingInclude !== 'WARN') {
                this.errors.push(new errors/* ChangelogError */.br(`${message}: check the path, relativeToChangelogFile, or set errorIfMissing="false"`, { location: entry.location }));
            }
            else {
                this.logger.warn(`${entry.location.file}${entry.location.line ? `:${entry.location.line}` : ''}: ${message}; skipped`);
            }
            return;
        }
        const childInheritance = {
            contexts: entry.context !== undefined ? [...inherited.contexts, entry.context] : inherited.contexts,
            labels: entry.labels !== undefined ? [...inherited.labels, entry.labels] : inherited.labels,
            ignore: inherited.ignore || entry.ignore,
        };
        const result = await this.loadFile(readPath, filePath, bytes, childInheritance);
        if (result && 'unknownFormat' in result) {
            if (onUnknownFormat === 'FAIL')
                this.errors.push(new errors/* ChangelogError */.br(this.unknownFormatMessage(path), { location: entry.location }));
            else
                this.logger.warn(`included file ${path} is not a recognized file type; skipped`);
        }
    }
    async includeAll(entry, includingPath, inherited) {
        let directory = entry.relativeToChangelogFile ? (0,file_path/* resolveSibling */.t1)(includingPath, entry.path) : entry.path.replace(/\\/g, '/');
        if (directory !== '' && !directory.endsWith('/'))
            directory += '/';
        const key = (0,file_path/* normalizeFilePath */.j7)(directory).toLowerCase();
        if (this.includeAllStack.includes(key)) {
            this.errors.push(new errors/* ChangelogError */.br(`Circular reference detected in includeAll '${directory}'`, { location: entry.location }));
            return;
        }
        const listed = await this.options.resources.list((0,file_path/* normalizeFilePath */.j7)(directory));
        const base = (0,file_path/* normalizeFilePath */.j7)(directory);
        const minDepth = entry.minDepth ?? 0;
        const maxDepth = entry.maxDepth ?? Number.POSITIVE_INFINITY;
        const endsWith = entry.endsWithFilter?.toLowerCase();
        const candidates = listed
            .map((resourcePath) => resourcePath.replace(/\\/g, '/'))
            .filter((resourcePath) => {
            const relative = (0,file_path/* normalizeFilePath */.j7)(resourcePath).slice(base === '' ? 0 : base.length + 1);
            const depth = relative.split('/').length;
            if (depth < minDepth || depth > maxDepth)
                return false;
            return endsWith === undefined || resourcePath.toLowerCase().endsWith(endsWith);
        });
        // Liquibase's default comparator: the full path in UTF-16 code-unit order (note §5.2).
        const sortKey = (p) => p.replace('WEB-INF/classes/', '');
        const resources = [...new Map(candidates.map((p) => [sortKey(p), p])).values()].sort((a, b) => {
            const ka = sortKey(a);
            const kb = sortKey(b);
            return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
        if (resources.length === 0) {
            const message = `Could not find directory, directory was empty, or no changelogs matched the provided search criteria for includeAll '${entry.path}'`;
            if (entry.errorIfMissingOrEmpty)
                this.errors.push(new errors/* ChangelogError */.br(`${message}; set errorIfMissingOrEmpty="false" if that is expected`, { location: entry.location }));
            else
                this.logger.warn(`${entry.location.file}: ${message}`);
            return;
        }
        this.includeAllStack.push(key);
        try {
            for (const resourcePath of resources) {
                this.logger.debug(`Reading resource: ${resourcePath}`);
                await this.includeResource(resourcePath, entry.logicalFilePath ?? resourcePath, entry, includingPath, inherited, 'WARN', entry.errorIfMissingOrEmpty);
            }
        }
        finally {
            this.includeAllStack.pop();
        }
    }
    async readPropertyFile(entry, includingPath, filePath) {
        const path = entry.relativeToChangelogFile ? (0,file_path/* resolveSibling */.t1)(includingPath, entry.file) : (0,file_path/* normalizeFilePath */.j7)(entry.file);
        const bytes = await this.options.resources.read(path);
        if (bytes === undefined) {
            const message = `Property file '${entry.file}' does not exist`;
            if (entry.errorIfMissing)
                this.errors.push(new errors/* ChangelogError */.br(`${message}: check the path or set errorIfMissing="false"`, { location: entry.location }));
            else
                this.logger.warn(`${entry.location.file}: ${message}`);
            return;
        }
        // Java reads .properties files as ISO-8859-1 unless they are valid UTF-8 (Java 9+).
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            text = new TextDecoder('latin1').decode(bytes);
        }
        for (const [name, value] of (0,properties/* parsePropertiesFile */.R)(text)) {
            this.properties.define({
                name,
                value,
                global: entry.global,
                location: entry.location,
                ...(entry.context !== undefined ? { context: entry.context } : {}),
                ...(entry.labels !== undefined ? { labels: entry.labels } : {}),
                ...(entry.dbms !== undefined ? { dbms: entry.dbms } : {}),
            }, filePath);
        }
    }
    unknownFormatMessage(path) {
        return `Cannot find a parser for '${path}': changelogs must be .xml, .yaml, .yml, .json or .sql`;
    }
    /** Two changesets with the same id, author and FILENAME that would both run are an error (Liquibase's validate). */
    checkDuplicates() {
        const runtimeContexts = (0,context_expression/* parseRuntimeContexts */.Sw)(this.options.contexts);
        const runtimeLabels = (0,label_expression/* parseRuntimeLabels */.RN)(this.options.labels);
        const seen = new Map();
        for (const changeSet of this.changeSets) {
            if (!(0,context_expression/* changeSetMatchesContexts */.Y5)(changeSet, runtimeContexts) || !(0,label_expression/* changeSetMatchesLabels */.V1)(changeSet, runtimeLabels))
                continue;
            const key = `${changeSet.filePath}::${changeSet.id}::${changeSet.author}`;
            const first = seen.get(key);
            if (!first) {
                seen.set(key, changeSet);
                continue;
            }
            // Without a target database, `dbms="db2"` and `dbms="!db2"` twins can never both run.
            if (!canRunTogether(first.dbms, changeSet.dbms))
                continue;
            this.errors.push(new errors/* ChangelogError */.br(`Duplicate changeset identifier ${key}: also defined at ${describe(first.location)}; give one of them another id`, { location: changeSet.location, changeSet: { id: changeSet.id, author: changeSet.author } }));
        }
    }
    /** `<rollback changeSetId=… changeSetAuthor=…/>` must name a changeset read before it. */
    checkRollbackReferences() {
        for (let index = 0; index < this.changeSets.length; index++) {
            const changeSet = this.changeSets[index];
            for (const reference of changeSet.rollback?.references ?? []) {
                const path = reference.path ?? changeSet.filePath;
                const found = this.changeSets
                    .slice(0, index)
                    .some((other) => other.id.toLowerCase() === reference.id.toLowerCase() &&
                    other.author.toLowerCase() === reference.author.toLowerCase() &&
                    (0,file_path/* sameFilePath */.Iq)(other.filePath, path));
                if (!found) {
                    this.errors.push(new errors/* ChangelogError */.br(`Rollback refers to changeset ${path}::${reference.id}::${reference.author}, which does not exist (before this one)`, {
                        location: changeSet.rollback.location,
                        changeSet: { id: changeSet.id, author: changeSet.author },
                    }));
                }
            }
        }
    }
}
/** runOrder="first"/"last" moves a changeset within the whole flattened list (note §5.2, #7392). */
function applyRunOrder(changeSets) {
    return [
        ...changeSets.filter((c) => c.runOrder === 'first'),
        ...changeSets.filter((c) => c.runOrder === undefined),
        ...changeSets.filter((c) => c.runOrder === 'last'),
    ];
}
/** Whether some database would run both changesets (any named one, or one neither names). */
function canRunTogether(a, b) {
    const named = [a, b].flatMap((d) => (d ?? '').split(',')).map((d) => d.trim().replace(/^!/, '').toLowerCase());
    const candidates = [...new Set(named.filter((d) => d !== '' && d !== 'all' && d !== 'none')), '\u0000another database'];
    return candidates.some((database) => (0,dbms_filter/* dbmsMatches */.e)(a, database) && (0,dbms_filter/* dbmsMatches */.e)(b, database));
}
function describe(location) {
    return location.line ? `${location.file}:${location.line}` : location.file;
}
/**
 * A change node without the properties `removeChangeSetProperty` removed for its type (on the change
 * and on its nested elements, e.g. addColumn's `afterColumn` sits on each column).
 */
function withoutRemovedProperties(node, removals) {
    const properties = removals.filter((removal) => removal.change === node.name).map((removal) => removal.property);
    if (properties.length === 0)
        return node;
    const strip = (n) => ({
        ...n,
        attributes: Object.fromEntries(Object.entries(n.attributes).filter(([name]) => !properties.includes(name))),
        children: n.children.filter((child) => !properties.includes(child.name)).map(strip),
    });
    return strip(node);
}


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ postgresBuiltInProperties)
/* harmony export */ });
function postgresBuiltInProperties(server, tracking) {
    return {
        'database.typeName': 'postgresql',
        'database.shortName': 'postgresql',
        'database.databaseProductName': 'PostgreSQL',
        'database.databaseProductVersion': server.productVersion,
        'database.databaseMajorVersion': String(server.majorVersion),
        'database.databaseMinorVersion': String(server.minorVersion),
        'database.defaultSchemaName': server.schema,
        'database.defaultCatalogName': server.database,
        'database.liquibaseSchemaName': tracking.schema ?? server.schema,
        'database.liquibaseCatalogName': server.database,
        'database.databaseChangeLogTableName': tracking.changelogTable,
        'database.databaseChangeLogLockTableName': tracking.lockTable,
        'database.autoIncrementClause': 'GENERATED BY DEFAULT AS IDENTITY',
        'database.currentDateTimeFunction': 'NOW()',
        'database.lineComment': '--',
        'database.isSafeToRunUpdate': 'true',
        'database.requiresPassword': 'false',
        'database.requiresUsername': 'false',
        'database.supportsForeignKeyDisable': 'false',
        'database.supportsInitiallyDeferrableColumns': 'true',
        'database.supportsRestrictForeignKeys': 'true',
        'database.supportsSchemas': 'true',
        'database.supportsCatalogs': 'true',
        'database.supportsSequences': 'true',
        'database.supportsTablespaces': 'true',
        'database.supportsAutoIncrement': 'true',
        'database.supportsDDLInTransaction': 'true',
    };
}


/***/ }),

/***/ 834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ executionExpander),
/* harmony export */   openEngine: () => (/* binding */ openEngine)
/* harmony export */ });
/* harmony import */ var _changelog_load_changelog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1720);
/* harmony import */ var _changelog_properties_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1184);
/* harmony import */ var _changelog_resource_accessor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7489);
/* harmony import */ var _changes_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2866);
/* harmony import */ var _database_connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5990);
/* harmony import */ var _database_database_url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2043);
/* harmony import */ var _dialect_postgres_postgres_dialect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5142);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8645);
/* harmony import */ var _github_masking_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1946);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4806);
/* harmony import */ var _database_properties_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7878);











/**
 * Reads the changelog, then connects. The changelog is read and validated first, so a malformed
 * changelog is rejected before anything touches the database.
 */
async function openEngine(options) {
    const redact = (0,_github_masking_js__WEBPACK_IMPORTED_MODULE_9__/* .createRedactor */ .lY)([options.url, options.password]);
    const target = (0,_database_database_url_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDatabaseUrl */ .mx)(options.url, { username: options.username, password: options.password });
    const trackingNames = {
        schema: options.trackingSchema,
        changelogTable: (options.changelogTableName ?? 'databasechangelog').toLowerCase(),
        lockTable: (options.lockTableName ?? 'databasechangeloglock').toLowerCase(),
    };
    // Connecting only reads the server's facts (schema, version) that the changelog's `database.*`
    // properties need; nothing is written before the whole changelog has been read and validated.
    let db;
    if (options.connection) {
        db = options.connection;
    }
    else {
        try {
            db = await (0,_database_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connect */ .Ng)(target);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`Cannot connect to ${redact(options.url ?? 'the embedded database')}: ${redact(error.message)}`, { cause: error });
        }
    }
    try {
        if (options.connection) {
            const zone = (0,_database_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .processTimeZone */ .T5)();
            if (zone)
                await (0,_database_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .useTimeZone */ .pH)(db, zone);
        }
        const server = await serverFacts(db);
        const dialect = new _dialect_postgres_postgres_dialect_js__WEBPACK_IMPORTED_MODULE_6__/* .PostgresDialect */ .a({ defaultSchema: server.schema, serverMajorVersion: server.majorVersion });
        const builtIns = (0,_database_properties_js__WEBPACK_IMPORTED_MODULE_10__/* .postgresBuiltInProperties */ .m)(server, trackingNames);
        const resources = new _changelog_resource_accessor_js__WEBPACK_IMPORTED_MODULE_2__/* .FileSystemResourceAccessor */ .d(options.searchPath);
        const changeLog = await (0,_changelog_load_changelog_js__WEBPACK_IMPORTED_MODULE_0__/* .loadChangeLog */ .R)(options.changelogFile, {
            resources,
            loadChange: _changes_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .loadChange */ .H,
            properties: options.properties,
            environment: options.environment,
            builtInProperties: builtIns,
            contexts: options.contexts,
            labels: options.labels,
            dbms: dialect.name,
            logger: options.logger,
        });
        const lockWaitSeconds = options.lockWaitSeconds ?? 300;
        const context = {
            db,
            dialect,
            changeLog,
            resources,
            contexts: options.contexts,
            labels: options.labels,
            tracking: new _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_8__/* .TrackingSql */ .o$(trackingNames, server.schema),
            logger: options.logger,
            expand: executionExpander(changeLog.rootPath, changeLog.properties, { ...builtIns, ...(options.properties ?? {}) }, options.environment ?? {}),
            // Liquibase's lookup order: environment first, then `-D` and `database.*`, then the changelog's.
            properties: { ...changeLog.properties, ...builtIns, ...(options.properties ?? {}), ...options.environment },
            lock: { waitMs: lockWaitSeconds * 1000, pollMs: Math.min(1000, Math.max(50, lockWaitSeconds * 100)) },
            onProgress: options.onProgress,
        };
        return { context, redact, close: async () => (options.connection ? undefined : db.close()) };
    }
    catch (error) {
        if (!options.connection)
            await db.close().catch(() => { });
        throw error;
    }
}
/**
 * `${…}` expansion at execution time (sqlFile content is expanded when it runs, not when it is
 * checksummed), with the same precedence as when the changelog was read.
 */
function executionExpander(rootPath, changeLogProperties, commandLine, environment) {
    const properties = new _changelog_properties_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangeLogProperties */ .C({ commandLine, environment });
    for (const [name, value] of Object.entries(changeLogProperties)) {
        properties.define({ name, value, global: true, location: { file: rootPath } }, rootPath);
    }
    return (text) => properties.expand(text, { changeLogFile: rootPath });
}
/** The connection's current schema (unqualified names go there), database and server version. */
async function serverFacts(db) {
    const result = await db.query(`SELECT current_schema() AS schema, current_database() AS database, current_setting('server_version_num') AS version_num, current_setting('server_version') AS version`);
    const row = result.rows[0];
    const versionNum = Number(row?.version_num ?? 150000);
    return {
        schema: row?.schema ?? 'public',
        database: row?.database ?? '',
        majorVersion: Math.floor(versionNum / 10000),
        minorVersion: versionNum % 10000,
        productVersion: row?.version ?? '',
    };
}


/***/ }),

/***/ 4806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o$: () => (/* binding */ TrackingSql),
  NB: () => (/* binding */ readRanChangeSets),
  F9: () => (/* binding */ tableExists),
  CI: () => (/* binding */ trackingTablesExist),
  RM: () => (/* binding */ truncateColumn)
});

// UNUSED EXPORTS: LIQUIBASE_COLUMN_VERSION, defaultTrackingTableNames

;// CONCATENATED MODULE: ./tracking/sql-literal.js
/**
 * SQL literals for the tracking statements. They are inlined (not bound) so that update-sql prints
 * exactly what update runs, as Liquibase does. Assumes standard_conforming_strings (the default
 * since PostgreSQL 9.1): only the quote is doubled.
 */
function sqlString(value) {
    if (value === null || value === undefined)
        return 'NULL';
    if (value.includes('\0'))
        throw new Error('NUL characters cannot be stored in a tracking row');
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./tracking/tracking-tables.js

const defaultTrackingTableNames = {
    schema: undefined,
    changelogTable: 'databasechangelog',
    lockTable: 'databasechangeloglock',
};
/**
 * The version written to the LIQUIBASE column. The reference (npm liquibase@4.28.1) really writes
 * 4.28.0, as recorded in test/golden/liquibase; later Liquibase releases key compatibility retries on
 * this value, and 4.28.x falls in none of their windows.
 */
const LIQUIBASE_COLUMN_VERSION = '4.28.0';
/**
 * The statements that create, read and write the tracking tables, as text (update-sql prints them,
 * update runs them). Column names and types are Liquibase 4.x's, created unquoted (lower case on
 * PostgreSQL) so that Liquibase and dbops can take turns on the same database.
 */
class TrackingSql {
    names;
    defaultSchema;
    changelogTable;
    lockTable;
    constructor(names, defaultSchema) {
        this.names = names;
        this.defaultSchema = defaultSchema;
        const schema = names.schema ?? defaultSchema;
        this.changelogTable = `${schema}.${names.changelogTable}`;
        this.lockTable = `${schema}.${names.lockTable}`;
    }
    get schema() {
        return this.names.schema ?? this.defaultSchema;
    }
    createChangelogTable() {
        return `CREATE TABLE ${this.changelogTable} (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))`;
    }
    createLockTable() {
        return `CREATE TABLE ${this.lockTable} (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT ${this.names.lockTable}_pkey PRIMARY KEY (ID))`;
    }
    initLockRow() {
        return [`DELETE FROM ${this.lockTable}`, `INSERT INTO ${this.lockTable} (ID, LOCKED) VALUES (1, FALSE)`];
    }
    acquireLock(lockedBy) {
        return `UPDATE ${this.lockTable} SET LOCKED = TRUE, LOCKEDBY = ${sqlString(lockedBy)}, LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE`;
    }
    releaseLock() {
        return `UPDATE ${this.lockTable} SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1`;
    }
    insertRow(row) {
        return `INSERT INTO ${this.changelogTable} (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID${row.tag !== null ? ', TAG' : ''}) VALUES (${sqlString(row.id)}, ${sqlString(row.author)}, ${sqlString(row.filename)}, NOW(), ${row.orderExecuted}, ${sqlString(row.md5sum)}, ${sqlString(row.description)}, ${sqlString(row.comments)}, ${sqlString(row.execType)}, ${sqlString(row.contexts)}, ${sqlString(row.labels)}, ${sqlString(LIQUIBASE_COLUMN_VERSION)}, ${sqlString(row.deploymentId)}${row.tag !== null ? `, ${sqlString(row.tag)}` : ''})`;
    }
    /** Re-execution (runAlways / runOnChange): the row is updated, keyed by its stored FILENAME. */
    updateRerun(row, storedFilename) {
        return `UPDATE ${this.changelogTable} SET DATEEXECUTED = NOW(), ORDEREXECUTED = ${row.orderExecuted}, MD5SUM = ${sqlString(row.md5sum)}, EXECTYPE = 'RERAN', DEPLOYMENT_ID = ${sqlString(row.deploymentId)}, COMMENTS = ${sqlString(row.comments)}, CONTEXTS = ${sqlString(row.contexts)}, LABELS = ${sqlString(row.labels)}, LIQUIBASE = ${sqlString(LIQUIBASE_COLUMN_VERSION)}, DESCRIPTION = ${sqlString(row.description)}${row.tag !== null ? `, TAG = ${sqlString(row.tag)}` : ''} WHERE ${this.keyCondition(row.id, row.author, storedFilename)}`;
    }
    deleteRow(id, author, storedFilename) {
        return `DELETE FROM ${this.changelogTable} WHERE ${this.keyCondition(id, author, storedFilename)}`;
    }
    updateChecksum(id, author, storedFilename, md5sum) {
        return `UPDATE ${this.changelogTable} SET MD5SUM = ${sqlString(md5sum)} WHERE ${this.keyCondition(id, author, storedFilename)}`;
    }
    clearChecksums() {
        return `UPDATE ${this.changelogTable} SET MD5SUM = NULL`;
    }
    /** Tags the most recent row (the `tag` command). */
    tagLatest(tag) {
        return `UPDATE ${this.changelogTable} SET TAG = ${sqlString(tag)} FROM (SELECT DATEEXECUTED, ORDEREXECUTED FROM ${this.changelogTable} ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC LIMIT 1) AS latest WHERE ${this.changelogTable}.DATEEXECUTED = latest.DATEEXECUTED AND ${this.changelogTable}.ORDEREXECUTED = latest.ORDEREXECUTED`;
    }
    /** Every row, in execution order, as one JSON array (see readRanChangeSets). */
    selectRows() {
        return `SELECT COALESCE(json_agg(ran ORDER BY ran.dateexecuted ASC, ran.orderexecuted ASC), '[]') AS rows FROM ${this.changelogTable} AS ran`;
    }
    keyCondition(id, author, filename) {
        return `ID = ${sqlString(id)} AND AUTHOR = ${sqlString(author)} AND FILENAME = ${sqlString(filename)}`;
    }
}
/** Which of the two tracking tables exist, in one catalog query. */
async function trackingTablesExist(db, sql) {
    const result = await db.query(`SELECT c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname IN ($2, $3) AND c.relkind IN ('r', 'p')`, [sql.schema, sql.names.changelogTable, sql.names.lockTable]);
    const names = new Set(result.rows.map((row) => row.name));
    return { changelogTable: names.has(sql.names.changelogTable), lockTable: names.has(sql.names.lockTable) };
}
/** Whether a table exists (schema-qualified, exact lower-case names as created unquoted). */
async function tableExists(db, schema, table) {
    const result = await db.query(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`, [schema, table]);
    return result.rows[0]?.found === true;
}
/**
 * Reads DATABASECHANGELOG in execution order. The rows come as one JSON value: decoding a row per
 * changeset costs the drivers more than json_agg and JSON.parse (4 ms of a `status` of 900
 * changesets). DATEEXECUTED (a timestamp without time zone) arrives as ISO text without an
 * offset, which `new Date` reads as local time, as the drivers read such a column.
 */
async function readRanChangeSets(db, sql) {
    const result = await db.query(sql.selectRows());
    const value = result.rows[0]?.rows ?? [];
    const rows = typeof value === 'string' ? JSON.parse(value) : value;
    return rows.map((row) => {
        const execType = String(row.exectype);
        if (execType !== 'EXECUTED' && execType !== 'RERAN' && execType !== 'MARK_RAN') {
            throw new Error(`Unknown EXECTYPE from database: ${execType} (changeset ${String(row.id)}::${String(row.author)})`);
        }
        return {
            id: String(row.id),
            author: String(row.author),
            filename: String(row.filename),
            dateExecuted: row.dateexecuted instanceof Date ? row.dateexecuted : new Date(String(row.dateexecuted)),
            orderExecuted: Number(row.orderexecuted),
            execType,
            md5sum: row.md5sum ?? null,
            description: row.description ?? null,
            comments: row.comments ?? null,
            tag: row.tag ?? null,
            liquibase: row.liquibase ?? null,
            contexts: row.contexts ?? null,
            labels: row.labels ?? null,
            deploymentId: row.deployment_id ?? null,
        };
    });
}
/** Liquibase cuts DESCRIPTION and COMMENTS at 250 characters, ending with `...`. */
function truncateColumn(value) {
    return value.length > 250 ? `${value.slice(0, 247)}...` : value;
}


/***/ })

};

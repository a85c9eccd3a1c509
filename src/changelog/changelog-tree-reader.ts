import { ChangelogError, ChangelogValidationError } from '../errors.js';
import { mapStrings, scalarOf, stringOf, type ChangeLogTree } from './changelog-tree.js';
import { logicalFilePathValue } from './file-path.js';
import { parseFilterExpression, FilterExpressionError } from './filter-expression.js';
import { parseLabelList } from './label-expression.js';
import type {
  Change,
  ChangeSet,
  ModifySql,
  ParsedNode,
  Precondition,
  PreconditionContainer,
  PreconditionFailAction,
  RollbackBlock,
  SourceLocation,
} from './model.js';
import type { ChangeLogEntry, IncludeAllEntry, IncludeEntry, ParsedChangeLog, ParseContext, PropertyDefinition } from './parser.js';

/**
 * Turns the format-neutral tree of an XML/YAML/JSON changelog into the changelog model, with
 * Liquibase's rules for each element (DatabaseChangeLog / ChangeSet / PreconditionContainer
 * loading). Problems are reported one by one through the context so a run lists them all.
 */

/** What the reader needs from its caller (the loader, or a plain ParseContext). */
export interface TreeReadContext {
  /** The file as resolved (search-path relative). */
  readonly resourcePath: string;
  /** FILENAME for changesets without their own logicalFilePath (the file's own value applied). */
  readonly filePath: string;
  readonly strictAttributes: boolean;
  /** See ChangeLogTree.mayReferenceProperties. */
  readonly mayReferenceProperties?: boolean;
  /** The file's objectQuotingStrategy, inherited by its changesets. */
  readonly objectQuotingStrategy?: ChangeSet['objectQuotingStrategy'];
  expand(text: string, changeSet?: { id?: string; author?: string }): string;
  defineProperty(property: PropertyDefinition): void;
  loadChange(node: ParsedNode, changeSet: { id: string; author: string }): Change;
  report(error: ChangelogError): void;
  warn(message: string): void;
  /** `<removeChangeSetProperty change="addColumn" remove="afterColumn" dbms="..."/>`: applies to the changes read after it. */
  removeChangeProperty?(removal: ChangePropertyRemoval): void;
}

/** A property that changes of one type lose when they are read (Liquibase's removeChangeSetProperty). */
export interface ChangePropertyRemoval {
  change: string;
  property: string;
  dbms?: string;
}

/** `<property file=…>`: needs I/O, so the loader reads it. */
export interface PropertyFileEntry {
  kind: 'propertyFile';
  file: string;
  relativeToChangelogFile: boolean;
  errorIfMissing: boolean;
  context?: string;
  labels?: string;
  dbms?: string;
  global: boolean;
  location: SourceLocation;
}

export type TreeEntry = ChangeLogEntry | PropertyFileEntry;

/** The root node's own settings. */
export interface RootSettings {
  logicalFilePath?: string;
  contextFilter?: string;
  objectQuotingStrategy?: ChangeSet['objectQuotingStrategy'];
}

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
const FAIL_ACTIONS: PreconditionFailAction[] = ['HALT', 'CONTINUE', 'MARK_RAN', 'WARN'];
const QUOTING_STRATEGIES = ['LEGACY', 'QUOTE_ALL_OBJECTS', 'QUOTE_ONLY_RESERVED_WORDS'] as const;
const MODIFY_SQL_KINDS = ['replace', 'regExpReplace', 'prepend', 'append'] as const;

/** Reads the root node's attributes (not expanded, as Liquibase reads them before anything else). */
export function readRootSettings(tree: ChangeLogTree, context: Pick<TreeReadContext, 'report' | 'resourcePath'>): RootSettings {
  const root = tree.root;
  if (tree.strictAttributes) checkAttributes(root, ROOT_ATTRIBUTES, context, 'databaseChangeLog');
  const settings: RootSettings = {};
  const logical = stringOf(root, 'logicalFilePath')?.trim();
  if (logical) settings.logicalFilePath = logicalFilePathValue(logical);
  const contextFilter = nonBlank(stringOf(root, 'contextFilter')) ?? nonBlank(stringOf(root, 'context'));
  if (contextFilter !== undefined) settings.contextFilter = checkContextExpression(contextFilter, root.location, undefined, context);
  const quoting = stringOf(root, 'objectQuotingStrategy');
  if (quoting !== undefined) settings.objectQuotingStrategy = quotingStrategy(quoting, root.location, undefined, context);
  return settings;
}

/** The nodes under the root that are entries (root attributes given as YAML list items excluded). */
export function topLevelNodes(tree: ChangeLogTree): ParsedNode[] {
  return tree.root.children.filter(
    (child) => !(ROOT_ATTRIBUTES.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0),
  );
}

/**
 * Reads one top-level node: expands it, then returns its entries (a changeset, an include, ...).
 * Properties are defined through the context as they are met.
 */
export function readTopLevelNode(raw: ParsedNode, context: TreeReadContext): TreeEntry[] {
  let node = raw;
  if (context.mayReferenceProperties !== false) {
    const scope = raw.name === 'changeSet' ? { id: stringOf(raw, 'id'), author: stringOf(raw, 'author') } : undefined;
    try {
      node = mapStrings(raw, (text) => context.expand(text, scope));
    } catch (error) {
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
      const change = stringOf(node, 'change');
      const property = stringOf(node, 'remove');
      if (!change || !property) {
        context.report(new ChangelogError('removeChangeSetProperty needs change and remove attributes', { location: node.location }));
      } else if (context.removeChangeProperty) {
        context.removeChangeProperty({ change, property, dbms: stringOf(node, 'dbms') });
      } else {
        context.warn(`${where(node)}: removeChangeSetProperty is ignored`);
      }
      return [];
    }
    default:
      // Liquibase tolerates a stray scalar (a YAML key it does not know) but not an element with content.
      if (context.strictAttributes || node.children.length > 0 || Object.keys(node.attributes).length > 0) {
        context.report(
          new ChangelogError(
            `Unexpected element '${node.name}' under databaseChangeLog; expected changeSet, include, includeAll, property or preConditions`,
            { location: node.location },
          ),
        );
      }
      return [];
  }
}

/** Reads a whole tree without I/O, for the synchronous ChangeLogParser contract. */
export function readWholeTree(tree: ChangeLogTree, resourcePath: string, parseContext: ParseContext): ParsedChangeLog {
  const errors: ChangelogError[] = [];
  const report = (error: ChangelogError) => void errors.push(error);
  const settings = readRootSettings(tree, { report, resourcePath });
  const filePath = settings.logicalFilePath ?? parseContext.filePath;
  const context: TreeReadContext = {
    resourcePath,
    filePath,
    strictAttributes: tree.strictAttributes,
    mayReferenceProperties: tree.mayReferenceProperties,
    objectQuotingStrategy: settings.objectQuotingStrategy,
    expand: (text) => parseContext.expand(text),
    defineProperty: (property) => parseContext.defineProperty(property),
    loadChange: (node, changeSet) => parseContext.loadChange(node, changeSet),
    report,
    warn: () => {},
  };
  const entries: ChangeLogEntry[] = [];
  for (const node of topLevelNodes(tree)) {
    for (const entry of readTopLevelNode(node, context)) {
      if (entry.kind === 'propertyFile') {
        report(new ChangelogError('<property file=…> needs the changelog loader (loadChangeLog) to read the file', { location: entry.location }));
      } else {
        entries.push(entry);
      }
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ChangelogValidationError(errors);
  const parsed: ParsedChangeLog = { entries };
  if (settings.logicalFilePath !== undefined) parsed.logicalFilePath = settings.logicalFilePath;
  if (settings.contextFilter !== undefined) parsed.contextFilter = settings.contextFilter;
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// changeSet

function readChangeSet(node: ParsedNode, context: TreeReadContext): ChangeSet | undefined {
  const id = stringOf(node, 'id');
  const author = stringOf(node, 'author');
  const label = { id: id ?? '?', author: author ?? '?' };
  let valid = true;
  const fail = (reason: string, location = node.location) => {
    valid = false;
    context.report(new ChangelogError(reason, { location, changeSet: id !== undefined && author !== undefined ? { id, author } : undefined }));
  };
  if (id === undefined || id.trim() === '') fail(`changeSet has no id${author ? ` (author ${author})` : ''}: add id="…"; id and author are required`);
  if (author === undefined || author.trim() === '') fail(`changeSet${id ? ` '${id}'` : ''} has no author: add author="…"; id and author are required`);
  if (context.strictAttributes) checkAttributes(node, CHANGESET_ATTRIBUTES, context, 'changeSet', label);

  const bool = (name: string, fallback: boolean): boolean => booleanOf(node, name, fallback, context, label);
  const logical = stringOf(node, 'logicalFilePath')?.trim();
  const contextFilter = nonBlank(stringOf(node, 'contextFilter')) ?? nonBlank(stringOf(node, 'context'));
  const onValidationFail = (stringOf(node, 'onValidationFail') ?? 'HALT').trim();
  if (onValidationFail !== 'HALT' && onValidationFail !== 'MARK_RAN') {
    fail(`onValidationFail must be HALT or MARK_RAN, not '${onValidationFail}'`);
  }
  const runOrderText = stringOf(node, 'runOrder')?.trim().toLowerCase();
  if (runOrderText !== undefined && runOrderText !== 'first' && runOrderText !== 'last') {
    fail(`runOrder must be 'first' or 'last', not '${runOrderText}'`);
  }
  const quotingText = stringOf(node, 'objectQuotingStrategy')?.trim();
  const objectQuotingStrategy = quotingText ? quotingStrategy(quotingText, node.location, label, context) : context.objectQuotingStrategy;

  const changeSet: ChangeSet = {
    id: id ?? '',
    author: author ?? '',
    filePath: logical ? logicalFilePathValue(logical) : context.filePath,
    physicalPath: context.resourcePath,
    location: node.location,
    changes: [],
    inheritedContexts: [],
    labels: parseLabelList(stringOf(node, 'labels')),
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
  if (contextFilter !== undefined) changeSet.contextFilter = checkContextExpression(contextFilter, node.location, label, context);
  const dbms = nonBlank(stringOf(node, 'dbms'));
  if (dbms !== undefined) changeSet.dbms = dbms.trim();
  if (runOrderText === 'first' || runOrderText === 'last') changeSet.runOrder = runOrderText;
  if (objectQuotingStrategy !== undefined) changeSet.objectQuotingStrategy = objectQuotingStrategy;
  const created = stringOf(node, 'created');
  if (created !== undefined) changeSet.created = created;
  const runWith = nonBlank(stringOf(node, 'runWith'));
  if (runWith !== undefined) changeSet.runWith = runWith.trim();

  const comments: string[] = [];
  const attributeComment = node.attributes['comment'];
  if (attributeComment !== undefined && attributeComment !== null) comments.push(String(attributeComment));
  for (const checksum of [node.attributes['validCheckSum'], node.attributes['validCheckSums']]) {
    if (checksum !== undefined && checksum !== null) changeSet.validCheckSums.push(String(checksum).trim());
  }

  const ids = { id: changeSet.id, author: changeSet.author };
  if (Object.prototype.hasOwnProperty.call(node.attributes, 'rollback')) {
    // YAML `rollback: drop table x` (SQL) or an empty `rollback:` (nothing to undo).
    const value = node.attributes['rollback'];
    const rollbackNode: ParsedNode = { name: 'rollback', attributes: {}, children: [], location: node.location };
    if (value !== null && value !== undefined) rollbackNode.text = String(value);
    changeSet.rollback = readRollback(rollbackNode, changeSet.rollback, context, ids);
  }
  const readChange = (child: ParsedNode) => {
    try {
      changeSet.changes.push(context.loadChange(child, ids));
    } catch (error) {
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
        for (const change of child.children) readChange(change);
        break;
      default:
        if (context.strictAttributes && CHANGESET_ATTRIBUTES.includes(child.name)) break;
        // A YAML scalar Liquibase does not know is kept as a changeset attribute, not a change.
        if (!context.strictAttributes && child.children.length === 0 && Object.keys(child.attributes).length === 0 && CHANGESET_ATTRIBUTES.includes(child.name)) break;
        readChange(child);
    }
  }
  const comment = comments.join('\n').trim();
  if (comment !== '') changeSet.comment = comment;
  return valid ? changeSet : undefined;
}

// ---------------------------------------------------------------------------------------------
// rollback

function readRollback(node: ParsedNode, existing: RollbackBlock | undefined, context: TreeReadContext, ids: { id: string; author: string }): RollbackBlock {
  const block: RollbackBlock = existing ?? { changes: [], references: [], location: node.location };
  if (context.strictAttributes) checkAttributes(node, ROLLBACK_ATTRIBUTES, context, 'rollback', ids);
  const referenceId = stringOf(node, 'changeSetId');
  if (referenceId !== undefined) {
    const referenceAuthor = stringOf(node, 'changeSetAuthor');
    if (referenceAuthor === undefined) {
      context.report(new ChangelogError('rollback changeSetId needs changeSetAuthor too', { location: node.location, changeSet: ids }));
      return block;
    }
    const reference: RollbackBlock['references'][number] = { id: referenceId, author: referenceAuthor };
    const path = stringOf(node, 'changeSetPath');
    if (path !== undefined) reference.path = path;
    block.references.push(reference);
    return block;
  }
  const sqlTexts: Array<{ text: string; location: SourceLocation }> = [];
  if (node.text !== undefined && node.text.trim() !== '') sqlTexts.push({ text: node.text, location: node.location });
  if (!context.strictAttributes) {
    // YAML `rollback: {sql: "drop table x"}`: Liquibase reads the key as a change holding the text.
    for (const [name, value] of Object.entries(node.attributes)) {
      if (ROLLBACK_ATTRIBUTES.includes(name) || value === null) continue;
      const changeNode: ParsedNode = { name, attributes: {}, text: String(value), children: [], location: node.location };
      try {
        block.changes.push(context.loadChange(changeNode, ids));
      } catch (error) {
        context.report(asChangelogError(error, node.location, ids, `Cannot read rollback change '${name}'`));
      }
    }
  }
  for (const child of node.children) {
    // YAML `rollback: ["drop table x"]` gives text-only children named after the list.
    if (child.name === 'rollback' && child.children.length === 0 && child.text !== undefined) {
      if (child.text.trim() !== '') sqlTexts.push({ text: child.text, location: child.location });
      continue;
    }
    if (ROLLBACK_ATTRIBUTES.includes(child.name)) continue;
    try {
      block.changes.push(context.loadChange(child, ids));
    } catch (error) {
      context.report(asChangelogError(error, child.location, ids, `Cannot read rollback change '${child.name}'`));
    }
  }
  for (const { text, location } of sqlTexts) {
    // Liquibase splits rollback text on `;` with comments stripped; one sql change that splits
    // the same way at execution keeps the declared order and needs no second splitter here.
    const sqlNode: ParsedNode = {
      name: 'sql',
      attributes: { splitStatements: 'true', stripComments: 'true', endDelimiter: ';' },
      text: text.trim(),
      children: [],
      location,
    };
    try {
      block.changes.push(context.loadChange(sqlNode, ids));
    } catch (error) {
      context.report(asChangelogError(error, location, ids, 'Cannot read rollback SQL'));
    }
  }
  return block;
}

// ---------------------------------------------------------------------------------------------
// preconditions

function readPreconditionContainer(node: ParsedNode, context: TreeReadContext, ids: { id: string; author: string } | undefined): PreconditionContainer {
  if (context.strictAttributes) checkAttributes(node, CONTAINER_ATTRIBUTES, context, 'preConditions', ids);
  const action = (name: string): PreconditionFailAction => {
    const value = stringOf(node, name)?.trim().toUpperCase();
    if (value === undefined || value === '') return 'HALT';
    if ((FAIL_ACTIONS as string[]).includes(value)) return value as PreconditionFailAction;
    context.report(new ChangelogError(`preConditions ${name} must be one of ${FAIL_ACTIONS.join(', ')}, not '${value}'`, { location: node.location, changeSet: ids }));
    return 'HALT';
  };
  const sqlOutputText = (stringOf(node, 'onSqlOutput') ?? stringOf(node, 'onUpdateSQL') ?? stringOf(node, 'onUpdateSql'))?.trim().toUpperCase();
  let onSqlOutput: PreconditionContainer['onSqlOutput'] = 'IGNORE';
  if (sqlOutputText === 'TEST' || sqlOutputText === 'FAIL' || sqlOutputText === 'IGNORE') onSqlOutput = sqlOutputText;
  else if (sqlOutputText !== undefined && sqlOutputText !== '') {
    context.report(new ChangelogError(`preConditions onSqlOutput must be IGNORE, TEST or FAIL, not '${sqlOutputText}'`, { location: node.location, changeSet: ids }));
  }
  const container: PreconditionContainer = {
    onFail: action('onFail'),
    onError: action('onError'),
    onSqlOutput,
    conditions: readNestedPreconditions(node, context, ids, CONTAINER_ATTRIBUTES),
    location: node.location,
  };
  const onFailMessage = stringOf(node, 'onFailMessage');
  if (onFailMessage !== undefined) container.onFailMessage = onFailMessage;
  const onErrorMessage = stringOf(node, 'onErrorMessage');
  if (onErrorMessage !== undefined) container.onErrorMessage = onErrorMessage;
  return container;
}

function readNestedPreconditions(
  node: ParsedNode,
  context: TreeReadContext,
  ids: { id: string; author: string } | undefined,
  ownAttributes: string[],
): Precondition[] {
  const result: Precondition[] = [];
  for (const child of node.children) {
    if (ownAttributes.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0) continue;
    // YAML spells a group's content either directly or under `nestedPreconditions`.
    if (child.name === 'nestedPreconditions') {
      result.push(...readNestedPreconditions(child, context, ids, []));
      continue;
    }
    if (!PRECONDITION_TYPES.has(child.name)) {
      context.report(
        new ChangelogError(`Unknown precondition '${child.name}'; check the spelling (known: ${[...PRECONDITION_TYPES].join(', ')})`, {
          location: child.location,
          changeSet: ids,
        }),
      );
      continue;
    }
    result.push(readPrecondition(child, context, ids));
  }
  return result;
}

function readPrecondition(node: ParsedNode, context: TreeReadContext, ids: { id: string; author: string } | undefined): Precondition {
  const precondition: Precondition = {
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
    const sql = node.text ?? stringOf(node, 'sql');
    if (sql !== undefined) precondition.text = sql.trim();
    if (precondition.text === undefined || precondition.text === '') {
      context.report(new ChangelogError('sqlCheck has no SQL: write the query as the element text (XML) or as sql: (YAML/JSON)', { location: node.location, changeSet: ids }));
    }
  } else if (node.text !== undefined) {
    precondition.text = node.text;
  }
  return precondition;
}

// ---------------------------------------------------------------------------------------------
// modifySql

function readModifySql(node: ParsedNode, context: TreeReadContext, ids: { id: string; author: string }): ModifySql[] {
  if (context.strictAttributes) checkAttributes(node, MODIFY_SQL_ATTRIBUTES, context, 'modifySql', ids);
  const result: ModifySql[] = [];
  for (const child of node.children) {
    if (MODIFY_SQL_ATTRIBUTES.includes(child.name) && child.children.length === 0 && Object.keys(child.attributes).length === 0) continue;
    if (!(MODIFY_SQL_KINDS as readonly string[]).includes(child.name)) {
      context.report(
        new ChangelogError(`Unknown modifySql element '${child.name}'; expected one of ${MODIFY_SQL_KINDS.join(', ')}`, { location: child.location, changeSet: ids }),
      );
      continue;
    }
    // Settings on modifySql apply to each visitor; a YAML visitor may carry its own.
    const setting = (name: string) => nonBlank(stringOf(child, name)) ?? nonBlank(stringOf(node, name));
    const visitor: ModifySql = {
      kind: child.name as ModifySql['kind'],
      applyToRollback: booleanOf(child, 'applyToRollback', booleanOf(node, 'applyToRollback', false, context, ids), context, ids),
      location: child.location,
    };
    if (visitor.kind === 'replace' || visitor.kind === 'regExpReplace') {
      const replace = stringOf(child, 'replace');
      const withText = stringOf(child, 'with');
      if (replace === undefined) {
        context.report(new ChangelogError(`modifySql ${visitor.kind} needs replace="…"`, { location: child.location, changeSet: ids }));
      } else {
        visitor.replace = replace;
      }
      visitor.with = withText ?? '';
    } else {
      const value = stringOf(child, 'value');
      if (value === undefined) {
        context.report(new ChangelogError(`modifySql ${visitor.kind} needs value="…"`, { location: child.location, changeSet: ids }));
      } else {
        visitor.value = value;
      }
    }
    const dbms = setting('dbms');
    if (dbms !== undefined) visitor.dbms = dbms;
    const contextFilter = setting('contextFilter') ?? setting('context');
    if (contextFilter !== undefined) visitor.contextFilter = checkContextExpression(contextFilter, child.location, ids, context);
    const labels = setting('labels');
    if (labels !== undefined) visitor.labels = labels;
    result.push(visitor);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// include, includeAll, property

function readInclude(node: ParsedNode, context: TreeReadContext): IncludeEntry | undefined {
  if (context.strictAttributes) checkAttributes(node, INCLUDE_ATTRIBUTES, context, 'include');
  const file = nonBlank(stringOf(node, 'file'));
  if (file === undefined) {
    context.report(new ChangelogError("include has no 'file' attribute: write <include file=\"path/to/changelog.xml\"/>", { location: node.location }));
    return undefined;
  }
  const entry: IncludeEntry = {
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

function readIncludeAll(node: ParsedNode, context: TreeReadContext): IncludeAllEntry | undefined {
  if (context.strictAttributes) checkAttributes(node, INCLUDE_ALL_ATTRIBUTES, context, 'includeAll');
  const path = nonBlank(stringOf(node, 'path'));
  if (path === undefined) {
    context.report(new ChangelogError("includeAll has no 'path' attribute: write <includeAll path=\"db/changes/\"/>", { location: node.location }));
    return undefined;
  }
  const filter = stringOf(node, 'filter') ?? stringOf(node, 'resourceFilter');
  if (filter !== undefined) {
    context.report(
      new ChangelogError(`includeAll resourceFilter '${filter}' names a Java class, which cannot be used here; use endsWithFilter, minDepth or maxDepth`, {
        location: node.location,
      }),
    );
    return undefined;
  }
  const comparator = stringOf(node, 'resourceComparator');
  if (comparator !== undefined) context.warn(`${where(node)}: includeAll resourceComparator '${comparator}' (a Java class) is ignored; files are sorted by path`);
  const entry: IncludeAllEntry = {
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
  if (minDepth !== undefined) entry.minDepth = minDepth;
  if (maxDepth !== undefined) entry.maxDepth = maxDepth;
  if (minDepth !== undefined && maxDepth !== undefined && maxDepth < minDepth) {
    context.report(new ChangelogError(`includeAll maxDepth (${maxDepth}) must not be less than minDepth (${minDepth})`, { location: node.location }));
    return undefined;
  }
  const endsWith = nonBlank(stringOf(node, 'endsWithFilter'));
  if (endsWith !== undefined) entry.endsWithFilter = endsWith.trim();
  return entry;
}

function addIncludeFilters(entry: IncludeEntry | IncludeAllEntry, node: ParsedNode, context: TreeReadContext): void {
  const contextFilter = nonBlank(stringOf(node, 'contextFilter')) ?? nonBlank(stringOf(node, 'context'));
  if (contextFilter !== undefined) entry.context = checkContextExpression(contextFilter, node.location, undefined, context);
  const labels = nonBlank(stringOf(node, 'labels'));
  if (labels !== undefined) entry.labels = labels;
  const logical = nonBlank(stringOf(node, 'logicalFilePath'));
  if (logical !== undefined) entry.logicalFilePath = logicalFilePathValue(logical.trim());
}

function readProperty(node: ParsedNode, context: TreeReadContext): PropertyFileEntry | undefined {
  if (context.strictAttributes) checkAttributes(node, PROPERTY_ATTRIBUTES, context, 'property');
  const contextFilter = nonBlank(stringOf(node, 'contextFilter')) ?? nonBlank(stringOf(node, 'context'));
  const labels = nonBlank(stringOf(node, 'labels'));
  const dbms = nonBlank(stringOf(node, 'dbms'));
  const global = booleanOf(node, 'global', true, context);
  const file = nonBlank(stringOf(node, 'file'));
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
  const name = stringOf(node, 'name');
  const value = stringOf(node, 'value') ?? node.text;
  if (name === undefined || name.trim() === '' || value === undefined) {
    context.report(new ChangelogError('property needs name and value (or file="….properties")', { location: node.location }));
    return undefined;
  }
  context.defineProperty({ name: name.trim(), value, global, location: node.location, ...filters });
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// helpers

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function where(node: ParsedNode): string {
  return node.location.line ? `${node.location.file}:${node.location.line}` : node.location.file;
}

function textValues(node: ParsedNode): string[] {
  const values: string[] = [];
  if (node.text !== undefined) values.push(node.text);
  for (const child of node.children) values.push(...textValues(child));
  return values;
}

function booleanOf(
  node: ParsedNode,
  name: string,
  fallback: boolean,
  context: Pick<TreeReadContext, 'report'>,
  ids?: { id: string; author: string },
): boolean {
  const value = scalarOf(node, name);
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '') return fallback;
  context.report(new ChangelogError(`${node.name} ${name} must be true or false, not '${value}'`, { location: node.location, changeSet: ids }));
  return fallback;
}

function integerOf(node: ParsedNode, name: string, context: Pick<TreeReadContext, 'report'>): number | undefined {
  const value = scalarOf(node, name);
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(number) || number < 0) {
    context.report(new ChangelogError(`${node.name} ${name} must be a whole number, not '${value}'`, { location: node.location }));
    return undefined;
  }
  return number;
}

function quotingStrategy(
  value: string,
  location: SourceLocation,
  ids: { id: string; author: string } | undefined,
  context: Pick<TreeReadContext, 'report'>,
): ChangeSet['objectQuotingStrategy'] {
  const upper = value.trim();
  if ((QUOTING_STRATEGIES as readonly string[]).includes(upper)) return upper as ChangeSet['objectQuotingStrategy'];
  context.report(new ChangelogError(`objectQuotingStrategy must be one of ${QUOTING_STRATEGIES.join(', ')}, not '${value}'`, { location, changeSet: ids }));
  return undefined;
}

function checkContextExpression(
  expression: string,
  location: SourceLocation,
  ids: { id: string; author: string } | undefined,
  context: Pick<TreeReadContext, 'report'>,
): string {
  try {
    parseFilterExpression(expression);
  } catch (error) {
    if (!(error instanceof FilterExpressionError)) throw error;
    context.report(new ChangelogError(`invalid context expression: ${error.message}`, { location, changeSet: ids }));
  }
  return expression;
}

function checkAttributes(
  node: ParsedNode,
  allowed: string[],
  context: Pick<TreeReadContext, 'report'>,
  element: string,
  ids?: { id: string; author: string },
): void {
  for (const name of Object.keys(node.attributes)) {
    if (!allowed.includes(name)) {
      context.report(
        new ChangelogError(`Attribute '${name}' is not allowed on <${element}> (allowed: ${allowed.join(', ')})`, {
          location: node.location,
          changeSet: ids,
        }),
      );
    }
  }
}

/** Any failure from a change-type module becomes a ChangelogError that says where it happened. */
export function asChangelogError(
  error: unknown,
  location: SourceLocation,
  changeSet?: { id: string; author: string },
  prefix?: string,
): ChangelogError {
  if (error instanceof ChangelogError) {
    if (error.location && (error.changeSet || !changeSet)) return error;
    return new ChangelogError(error.reason, { location: error.location ?? location, changeSet: error.changeSet ?? changeSet }, { cause: error.cause ?? error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ChangelogError(prefix ? `${prefix}: ${message}` : message, { location, changeSet }, { cause: error });
}


import type { Change, ChangeSet, DatabaseChangeLog, ParsedNode, PreconditionContainer, SourceLocation } from './model.js';
import { isLazyParser, type ChangeLogEntry, type ChangeLogParser, type IncludeAllEntry, type IncludeEntry, type LazyChangeLogParser, type ParseContext } from './parser.js';
import type { ResourceAccessor } from './resource-accessor.js';
import type { LoadContext } from '../changes/change-type.js';
import { ChangelogError, ChangelogValidationError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { isTreeParser, type ChangeLogTreeParser } from './changelog-tree.js';
import {
  asChangelogError,
  readRootSettings,
  readTopLevelNode,
  type ChangePropertyRemoval,
  topLevelNodes,
  type PropertyFileEntry,
  type TreeEntry,
  type TreeReadContext,
} from './changelog-tree-reader.js';
import { changeSetMatchesContexts, parseRuntimeContexts } from './context-expression.js';
import { dbmsMatches } from './dbms-filter.js';
import { decodeChangelog } from './decode-changelog.js';
import { fileExtension, normalizeFilePath, resolveSibling, sameFilePath } from './file-path.js';
import { changeSetMatchesLabels, parseRuntimeLabels } from './label-expression.js';
import { ChangeLogProperties, parsePropertiesFile, type MissingPropertyMode } from './properties.js';
import { formattedSqlParser, isFormattedSqlChangeLog, plainSqlChangeLog } from './formatted-sql-parser.js';

/** Options of {@link loadChangeLog}. */
export interface LoadChangeLogOptions {
  /** Where changelogs, included files and property files are read (the search path). */
  resources: ResourceAccessor;
  /** Loads one change through its change-type module (src/changes/registry.ts `loadChange`). */
  loadChange: (node: ParsedNode, context: LoadContext) => Change;
  /** Replaces the default parsers (XML, YAML/JSON, formatted SQL, plain SQL). */
  parsers?: Array<ChangeLogParser | LazyChangeLogParser>;
  /** Tried before the defaults (a format of an extension, or a replacement for one of them). */
  additionalParsers?: Array<ChangeLogParser | LazyChangeLogParser>;
  /** `-Dname=value` from the command line. */
  properties?: Record<string, string>;
  /** Environment variables visible to `${…}` (pass `process.env` from the CLI; none by default). */
  environment?: Record<string, string | undefined>;
  /** `database.*` built-ins for the target (`database.typeName`, `database.defaultSchemaName`, ...). */
  builtInProperties?: Record<string, string>;
  /** `--contexts`: a list or an expression; limits which properties are visible and which changesets are checked for duplicates. */
  contexts?: string | string[];
  /** `--labels`: an expression. */
  labels?: string | string[];
  /** Target database short name (`postgresql`): changesets whose `dbms` excludes it are left out, as Liquibase does. */
  dbms?: string;
  /** What `${unknown}` becomes; default PRESERVE. */
  missingPropertyMode?: MissingPropertyMode;
  supportPropertyEscaping?: boolean;
  /** `WARN` turns a missing include into a warning (Liquibase's onMissingIncludeChangelog). */
  onMissingInclude?: 'FAIL' | 'WARN';
  logger?: Logger;
}

/**
 * A `.sql` file without the formatted header, met through include or includeAll, is one raw
 * changeset (note §6.6); the formatted SQL module builds it.
 */
const plainSqlParser: ChangeLogParser = {
  supports: (resourcePath, content) => fileExtension(resourcePath) === 'sql' && !isFormattedSqlChangeLog(content),
  parse: plainSqlChangeLog,
};

/** XML (saxes) and YAML/JSON (yaml): imported when the first file of the format is read. */
const xmlParser: LazyChangeLogParser = {
  supports: (resourcePath) => fileExtension(resourcePath) === 'xml',
  load: async () => (await import('./xml-parser.js')).xmlChangeLogParser,
};
const yamlParser: LazyChangeLogParser = {
  supports: (resourcePath) => ['yaml', 'yml', 'json'].includes(fileExtension(resourcePath)),
  load: async () => (await import('./yaml-parser.js')).yamlChangeLogParser,
};

/** The parsers used when none are given: XML, YAML/JSON, formatted SQL and plain SQL files. */
export const defaultChangeLogParsers: ReadonlyArray<ChangeLogParser | LazyChangeLogParser> = [xmlParser, yamlParser, formattedSqlParser, plainSqlParser];

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
export async function loadChangeLog(rootPath: string, options: LoadChangeLogOptions): Promise<DatabaseChangeLog> {
  const loader = new ChangeLogLoader(rootPath, options);
  return loader.load();
}

/** What an include passes on to the file it includes. */
interface Inheritance {
  /** Context expressions from the includes and the files' root `context`, outermost first. */
  contexts: string[];
  labels: string[];
  ignore: boolean;
}

type UnknownFormat = { unknownFormat: true };

class ChangeLogLoader {
  private readonly properties: ChangeLogProperties;
  private readonly parsers: Array<ChangeLogParser | LazyChangeLogParser>;
  private readonly logger: Logger;
  private readonly errors: ChangelogError[] = [];
  private readonly changeSets: ChangeSet[] = [];
  private readonly preconditions: PreconditionContainer[] = [];
  /** Files being read, outermost first, to detect circular includes. */
  private readonly includeStack: string[] = [];
  private readonly includeAllStack: string[] = [];

  constructor(
    private readonly rootPath: string,
    private readonly options: LoadChangeLogOptions,
  ) {
    this.properties = new ChangeLogProperties({
      commandLine: options.properties,
      environment: options.environment,
      builtIns: options.builtInProperties,
      contexts: parseRuntimeContexts(options.contexts),
      labels: parseRuntimeLabels(options.labels),
      dbms: options.dbms,
      missingPropertyMode: options.missingPropertyMode,
      supportPropertyEscaping: options.supportPropertyEscaping,
    });
    this.parsers = [...(options.additionalParsers ?? []), ...(options.parsers ?? defaultChangeLogParsers)];
    this.logger = options.logger ?? silentLogger;
  }

  async load(): Promise<DatabaseChangeLog> {
    const location: SourceLocation = { file: this.rootPath };
    const bytes = await this.options.resources.read(normalizeFilePath(this.rootPath));
    if (bytes === undefined) {
      this.errors.push(new ChangelogError(`The changelog file '${this.rootPath}' does not exist: check the path and the search path`, { location }));
    } else {
      const result = await this.loadFile(this.rootPath, this.rootPath, bytes, { contexts: [], labels: [], ignore: false });
      if (result && 'unknownFormat' in result) {
        this.errors.push(new ChangelogError(this.unknownFormatMessage(this.rootPath), { location }));
      }
    }
    this.checkDuplicates();
    this.checkRollbackReferences();
    if (this.errors.length > 0) throw new ChangelogValidationError(this.errors);
    return {
      rootPath: this.rootPath,
      changeSets: applyRunOrder(this.changeSets),
      preconditions: this.preconditions,
      properties: this.properties.definedProperties(),
    };
  }

  /** Reads one file; `filePath` is its FILENAME unless the file sets its own logicalFilePath. */
  private async loadFile(resourcePath: string, filePath: string, bytes: Uint8Array, inherited: Inheritance): Promise<UnknownFormat | void> {
    const content = decodeChangelog(resourcePath, bytes);
    const candidate = this.parsers.find((parser) => parser.supports(resourcePath, content));
    if (!candidate) return { unknownFormat: true };
    const parser = isLazyParser(candidate) ? await candidate.load() : candidate;
    this.includeStack.push(resourcePath);
    try {
      if (isTreeParser(parser)) await this.loadTree(parser, resourcePath, content, filePath, inherited);
      else await this.loadParsed(parser, resourcePath, content, filePath, inherited);
    } finally {
      this.includeStack.pop();
    }
  }

  private async loadTree(parser: ChangeLogTreeParser, resourcePath: string, content: string, defaultFilePath: string, inherited: Inheritance): Promise<void> {
    let tree;
    try {
      tree = parser.parseTree(resourcePath, content);
    } catch (error) {
      this.errors.push(asChangelogError(error, { file: resourcePath }));
      return;
    }
    const report = (error: ChangelogError) => void this.errors.push(error);
    const settings = readRootSettings(tree, { report, resourcePath });
    const filePath = settings.logicalFilePath ?? defaultFilePath;
    const ownInheritance: Inheritance = {
      ...inherited,
      contexts: settings.contextFilter !== undefined ? [...inherited.contexts, settings.contextFilter] : inherited.contexts,
    };
    const removals: ChangePropertyRemoval[] = [];
    const context: TreeReadContext = {
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
        if (this.options.dbms === undefined || dbmsMatches(removal.dbms, this.options.dbms)) removals.push(removal);
      },
    };
    for (const node of topLevelNodes(tree)) {
      for (const entry of readTopLevelNode(node, context)) {
        await this.handleEntry(entry, resourcePath, filePath, ownInheritance);
      }
    }
  }

  private async loadParsed(parser: ChangeLogParser, resourcePath: string, content: string, defaultFilePath: string, inherited: Inheritance): Promise<void> {
    const context: ParseContext = {
      filePath: defaultFilePath,
      expand: (text) => this.properties.expand(text, { changeLogFile: defaultFilePath, location: { file: resourcePath } }),
      defineProperty: (property) => this.properties.define(property, defaultFilePath),
      loadChange: (node, changeSet) => this.options.loadChange(node, { changeSet }),
    };
    let parsed;
    try {
      parsed = parser.parse(resourcePath, content, context);
    } catch (error) {
      if (error instanceof ChangelogValidationError) this.errors.push(...error.errors);
      else this.errors.push(asChangelogError(error, { file: resourcePath }));
      return;
    }
    const filePath = parsed.logicalFilePath ?? defaultFilePath;
    const ownInheritance: Inheritance = {
      ...inherited,
      contexts: parsed.contextFilter !== undefined ? [...inherited.contexts, parsed.contextFilter] : inherited.contexts,
    };
    for (const entry of parsed.entries) await this.handleEntry(entry, resourcePath, filePath, ownInheritance);
  }

  private async handleEntry(entry: TreeEntry | ChangeLogEntry, resourcePath: string, filePath: string, inherited: Inheritance): Promise<void> {
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

  private addChangeSet(changeSet: ChangeSet, inherited: Inheritance): void {
    if (this.options.dbms !== undefined && !dbmsMatches(changeSet.dbms, this.options.dbms)) return;
    changeSet.inheritedContexts = [...inherited.contexts, ...changeSet.inheritedContexts];
    changeSet.inheritedLabels = [...inherited.labels, ...changeSet.inheritedLabels];
    if (inherited.ignore) changeSet.ignore = true;
    this.changeSets.push(changeSet);
  }

  private async include(entry: IncludeEntry, includingPath: string, inherited: Inheritance): Promise<void> {
    if (entry.file.toLowerCase() === '.svn' || entry.file.toLowerCase() === 'cvs') return;
    const path = entry.relativeToChangelogFile ? resolveSibling(includingPath, entry.file) : entry.file;
    await this.includeResource(path, entry.logicalFilePath ?? path, entry, includingPath, inherited, 'FAIL', entry.errorIfMissing);
  }

  /** Reads one included resource, checking that it exists, is not circular, and has a known format. */
  private async includeResource(
    path: string,
    filePath: string,
    entry: IncludeEntry | IncludeAllEntry,
    includingPath: string,
    inherited: Inheritance,
    onUnknownFormat: 'FAIL' | 'WARN',
    errorIfMissing: boolean,
  ): Promise<void> {
    const readPath = normalizeFilePath(path);
    const chain = this.includeStack.findIndex((open) => sameFilePath(open, readPath));
    if (chain >= 0) {
      const cycle = [...this.includeStack.slice(chain), readPath].join(' → ');
      this.errors.push(new ChangelogError(`Circular include: ${cycle}; remove one of these includes`, { location: entry.location }));
      return;
    }
    const bytes = await this.options.resources.read(readPath);
    if (bytes === undefined) {
      const message = `Included file '${path}' does not exist${entry.kind === 'include' && entry.relativeToChangelogFile ? ` (resolved relative to ${includingPath})` : ''}`;
      if (errorIfMissing && this.options.onMissingInclude !== 'WARN') {
        this.errors.push(new ChangelogError(`${message}: check the path, relativeToChangelogFile, or set errorIfMissing="false"`, { location: entry.location }));
      } else {
        this.logger.warn(`${entry.location.file}${entry.location.line ? `:${entry.location.line}` : ''}: ${message}; skipped`);
      }
      return;
    }
    const childInheritance: Inheritance = {
      contexts: entry.context !== undefined ? [...inherited.contexts, entry.context] : inherited.contexts,
      labels: entry.labels !== undefined ? [...inherited.labels, entry.labels] : inherited.labels,
      ignore: inherited.ignore || entry.ignore,
    };
    const result = await this.loadFile(readPath, filePath, bytes, childInheritance);
    if (result && 'unknownFormat' in result) {
      if (onUnknownFormat === 'FAIL') this.errors.push(new ChangelogError(this.unknownFormatMessage(path), { location: entry.location }));
      else this.logger.warn(`included file ${path} is not a recognized file type; skipped`);
    }
  }

  private async includeAll(entry: IncludeAllEntry, includingPath: string, inherited: Inheritance): Promise<void> {
    let directory = entry.relativeToChangelogFile ? resolveSibling(includingPath, entry.path) : entry.path.replace(/\\/g, '/');
    if (directory !== '' && !directory.endsWith('/')) directory += '/';
    const key = normalizeFilePath(directory).toLowerCase();
    if (this.includeAllStack.includes(key)) {
      this.errors.push(new ChangelogError(`Circular reference detected in includeAll '${directory}'`, { location: entry.location }));
      return;
    }
    const listed = await this.options.resources.list(normalizeFilePath(directory));
    const base = normalizeFilePath(directory);
    const minDepth = entry.minDepth ?? 0;
    const maxDepth = entry.maxDepth ?? Number.POSITIVE_INFINITY;
    const endsWith = entry.endsWithFilter?.toLowerCase();
    const candidates = listed
      .map((resourcePath) => resourcePath.replace(/\\/g, '/'))
      .filter((resourcePath) => {
        const relative = normalizeFilePath(resourcePath).slice(base === '' ? 0 : base.length + 1);
        const depth = relative.split('/').length;
        if (depth < minDepth || depth > maxDepth) return false;
        return endsWith === undefined || resourcePath.toLowerCase().endsWith(endsWith);
      });
    // Liquibase's default comparator: the full path in UTF-16 code-unit order (note §5.2).
    const sortKey = (p: string) => p.replace('WEB-INF/classes/', '');
    const resources = [...new Map(candidates.map((p) => [sortKey(p), p])).values()].sort((a, b) => {
      const ka = sortKey(a);
      const kb = sortKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    if (resources.length === 0) {
      const message = `Could not find directory, directory was empty, or no changelogs matched the provided search criteria for includeAll '${entry.path}'`;
      if (entry.errorIfMissingOrEmpty) this.errors.push(new ChangelogError(`${message}; set errorIfMissingOrEmpty="false" if that is expected`, { location: entry.location }));
      else this.logger.warn(`${entry.location.file}: ${message}`);
      return;
    }
    this.includeAllStack.push(key);
    try {
      for (const resourcePath of resources) {
        this.logger.debug(`Reading resource: ${resourcePath}`);
        await this.includeResource(resourcePath, entry.logicalFilePath ?? resourcePath, entry, includingPath, inherited, 'WARN', entry.errorIfMissingOrEmpty);
      }
    } finally {
      this.includeAllStack.pop();
    }
  }

  private async readPropertyFile(entry: PropertyFileEntry, includingPath: string, filePath: string): Promise<void> {
    const path = entry.relativeToChangelogFile ? resolveSibling(includingPath, entry.file) : normalizeFilePath(entry.file);
    const bytes = await this.options.resources.read(path);
    if (bytes === undefined) {
      const message = `Property file '${entry.file}' does not exist`;
      if (entry.errorIfMissing) this.errors.push(new ChangelogError(`${message}: check the path or set errorIfMissing="false"`, { location: entry.location }));
      else this.logger.warn(`${entry.location.file}: ${message}`);
      return;
    }
    // Java reads .properties files as ISO-8859-1 unless they are valid UTF-8 (Java 9+).
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('latin1').decode(bytes);
    }
    for (const [name, value] of parsePropertiesFile(text)) {
      this.properties.define(
        {
          name,
          value,
          global: entry.global,
          location: entry.location,
          ...(entry.context !== undefined ? { context: entry.context } : {}),
          ...(entry.labels !== undefined ? { labels: entry.labels } : {}),
          ...(entry.dbms !== undefined ? { dbms: entry.dbms } : {}),
        },
        filePath,
      );
    }
  }

  private unknownFormatMessage(path: string): string {
    return `Cannot find a parser for '${path}': changelogs must be .xml, .yaml, .yml, .json or .sql`;
  }

  /** Two changesets with the same id, author and FILENAME that would both run are an error (Liquibase's validate). */
  private checkDuplicates(): void {
    const runtimeContexts = parseRuntimeContexts(this.options.contexts);
    const runtimeLabels = parseRuntimeLabels(this.options.labels);
    const seen = new Map<string, ChangeSet>();
    for (const changeSet of this.changeSets) {
      if (!changeSetMatchesContexts(changeSet, runtimeContexts) || !changeSetMatchesLabels(changeSet, runtimeLabels)) continue;
      const key = `${changeSet.filePath}::${changeSet.id}::${changeSet.author}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, changeSet);
        continue;
      }
      // Without a target database, `dbms="db2"` and `dbms="!db2"` twins can never both run.
      if (!canRunTogether(first.dbms, changeSet.dbms)) continue;
      this.errors.push(
        new ChangelogError(
          `Duplicate changeset identifier ${key}: also defined at ${describe(first.location)}; give one of them another id`,
          { location: changeSet.location, changeSet: { id: changeSet.id, author: changeSet.author } },
        ),
      );
    }
  }

  /** `<rollback changeSetId=… changeSetAuthor=…/>` must name a changeset read before it. */
  private checkRollbackReferences(): void {
    for (let index = 0; index < this.changeSets.length; index++) {
      const changeSet = this.changeSets[index]!;
      for (const reference of changeSet.rollback?.references ?? []) {
        const path = reference.path ?? changeSet.filePath;
        const found = this.changeSets
          .slice(0, index)
          .some(
            (other) =>
              other.id.toLowerCase() === reference.id.toLowerCase() &&
              other.author.toLowerCase() === reference.author.toLowerCase() &&
              sameFilePath(other.filePath, path),
          );
        if (!found) {
          this.errors.push(
            new ChangelogError(`Rollback refers to changeset ${path}::${reference.id}::${reference.author}, which does not exist (before this one)`, {
              location: changeSet.rollback!.location,
              changeSet: { id: changeSet.id, author: changeSet.author },
            }),
          );
        }
      }
    }
  }
}

/** runOrder="first"/"last" moves a changeset within the whole flattened list (note §5.2, #7392). */
function applyRunOrder(changeSets: ChangeSet[]): ChangeSet[] {
  return [
    ...changeSets.filter((c) => c.runOrder === 'first'),
    ...changeSets.filter((c) => c.runOrder === undefined),
    ...changeSets.filter((c) => c.runOrder === 'last'),
  ];
}

/** Whether some database would run both changesets (any named one, or one neither names). */
function canRunTogether(a: string | undefined, b: string | undefined): boolean {
  const named = [a, b].flatMap((d) => (d ?? '').split(',')).map((d) => d.trim().replace(/^!/, '').toLowerCase());
  const candidates = [...new Set(named.filter((d) => d !== '' && d !== 'all' && d !== 'none')), '\u0000another database'];
  return candidates.some((database) => dbmsMatches(a, database) && dbmsMatches(b, database));
}

function describe(location: SourceLocation): string {
  return location.line ? `${location.file}:${location.line}` : location.file;
}

/**
 * A change node without the properties `removeChangeSetProperty` removed for its type (on the change
 * and on its nested elements, e.g. addColumn's `afterColumn` sits on each column).
 */
function withoutRemovedProperties(node: ParsedNode, removals: readonly ChangePropertyRemoval[]): ParsedNode {
  const properties = removals.filter((removal) => removal.change === node.name).map((removal) => removal.property);
  if (properties.length === 0) return node;
  const strip = (n: ParsedNode): ParsedNode => ({
    ...n,
    attributes: Object.fromEntries(Object.entries(n.attributes).filter(([name]) => !properties.includes(name))),
    children: n.children.filter((child) => !properties.includes(child.name)).map(strip),
  });
  return strip(node);
}

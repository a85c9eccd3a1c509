import { ChangelogError, ChangelogValidationError } from '../errors.js';
import { fileExtension, logicalFilePathValue } from './file-path.js';
import { FilterExpressionError, parseFilterExpression } from './filter-expression.js';
import { parseLabelList } from './label-expression.js';
import type {
  Change,
  ChangeSet,
  ParsedNode,
  Precondition,
  PreconditionContainer,
  PreconditionFailAction,
  RollbackBlock,
  SourceLocation,
} from './model.js';
import type { ChangeLogParser, ParseContext, ParsedChangeLog } from './parser.js';

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
export const formattedSqlParser: ChangeLogParser = {
  supports(resourcePath: string, content: string): boolean {
    return fileExtension(resourcePath) === 'sql' && isFormattedSqlChangeLog(content);
  },
  parse(resourcePath: string, content: string, context: ParseContext): ParsedChangeLog {
    return new FormattedSqlReader(resourcePath, context).read(content);
  },
};

/** Whether the first non-blank line is the `--liquibase formatted sql` header (note §6.1). */
export function isFormattedSqlChangeLog(content: string): boolean {
  const first = linesOf(content).find((line) => javaTrim(line) !== '');
  return first !== undefined && HEADER.test(first);
}

/**
 * A `.sql` file without the formatted header, met through include or includeAll (note §6.6): one
 * changeset `raw::includeAll` whose `sql` change runs the whole file unsplit, comments kept and
 * nothing `${…}`-expanded (its checksum is that of the trimmed text, as Liquibase computes it).
 */
export function plainSqlChangeLog(resourcePath: string, content: string, context: ParseContext): ParsedChangeLog {
  const location: SourceLocation = { file: resourcePath, line: 1 };
  const ids = { id: 'raw', author: 'includeAll' };
  const text = javaTrim(withoutBom(content));
  if (text === '') {
    throw new ChangelogError(`'${resourcePath}' holds no SQL: an included .sql file needs at least one statement`, { location });
  }
  const change = context.loadChange(sqlNode(text, { splitStatements: false, stripComments: false }, location), ids);
  const changeSet: ChangeSet = { ...changeSetDefaults(), ...ids, filePath: context.filePath, physicalPath: resourcePath, location, changes: [change] };
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
function attribute(line: string, name: string, value: string, wholeName = false): string | undefined {
  const pattern = new RegExp(`^.*${wholeName ? '(?<![A-Za-z])' : ''}${name}:(${value}).*$`, 'i');
  return pattern.exec(line)?.[1];
}

const WORD = '\\w+';
const QUOTED_OR_WORD = '".*?"|\\S*';
const NON_SPACE = '\\S*';

interface OpenChangeSet {
  changeSet: ChangeSet;
  ids: { id: string; author: string };
  body: Array<{ text: string; line: number }>;
  rollback: string[];
  rollbackLine?: number;
  splitStatements: boolean;
  stripComments: boolean;
  endDelimiter?: string;
  rollbackSplitStatements: boolean;
  rollbackEndDelimiter?: string;
}

class FormattedSqlReader {
  private readonly entries: ParsedChangeLog['entries'] = [];
  private readonly errors: ChangelogError[] = [];
  /** The header's logicalFilePath as written; expanded for each changeset, as Liquibase does. */
  private fileLogicalFilePath: string | undefined;
  private open: OpenChangeSet | undefined;
  /** After a malformed `--changeset` line, its lines belong to nothing. */
  private discarding = false;
  private lines: string[] = [];
  private index = 0;

  constructor(
    private readonly resourcePath: string,
    private readonly context: ParseContext,
  ) {}

  read(content: string): ParsedChangeLog {
    this.lines = linesOf(withoutBom(content));
    for (this.index = 0; this.index < this.lines.length; this.index++) {
      try {
        this.readLine(this.lines[this.index]!);
      } catch (error) {
        if (!(error instanceof ChangelogError)) throw error;
        this.errors.push(error);
      }
    }
    this.close(true);
    if (this.errors.length > 0) throw new ChangelogValidationError(this.errors);
    const header = this.fileLogicalFilePath !== undefined ? logicalFilePathValue(this.context.expand(this.fileLogicalFilePath)) : undefined;
    return { ...(header ? { logicalFilePath: header } : {}), entries: this.entries };
  }

  private get lineNumber(): number {
    return this.index + 1;
  }

  private location(line = this.lineNumber): SourceLocation {
    return { file: this.resourcePath, line };
  }

  private error(reason: string, line = this.lineNumber): ChangelogError {
    return new ChangelogError(reason, { location: this.location(line), ...(this.open ? { changeSet: this.open.ids } : {}) });
  }

  private readLine(line: string): void {
    if (PROPERTY.test(line)) return this.defineProperty(line);
    if (PROPERTY_TYPO.test(line)) throw this.error("Unexpected formatting: write '--property name:<name> value:<value>'");
    if (HEADER.test(line)) {
      // Liquibase reads every header-like line, and one without logicalFilePath clears it.
      this.fileLogicalFilePath = nonEmpty(attribute(line, 'logicalFilePath', NON_SPACE));
    }
    const ignoreLines = IGNORE_LINES.exec(line);
    if (ignoreLines) return this.ignoreLines(ignoreLines[1]!);
    if (IGNORE_LINES_TYPO.test(line) || IGNORE_TYPO.test(line)) {
      throw this.error("Unexpected formatting: write '--ignoreLines:<count>', or '--ignoreLines:start' … '--ignoreLines:end'");
    }
    const changeSetLine = CHANGESET.exec(line);
    if (changeSetLine) {
      this.close(false);
      this.discarding = false;
      return this.openChangeSet(line, changeSetLine[1]!, changeSetLine[2]!);
    }
    if (CHANGESET_TYPO.test(line)) {
      this.close(false);
      this.discarding = true;
      throw this.error("Unexpected formatting: write '--changeset <author>:<id>' (two dashes; quote an author or id holding ':' or spaces)");
    }
    const unsupported = UNSUPPORTED_DIRECTIVE.exec(line);
    if (unsupported) {
      throw this.error(
        `'--${unsupported[1]!.split(/\s/)[0]}' is not supported in formatted SQL changelogs (Liquibase Open Source ignores it): include this file from an XML, YAML or JSON changelog instead`,
      );
    }
    if (this.open) return this.readChangeSetLine(this.open, line);
    if (this.discarding) return;
    if (COMMENT.test(line)) throw this.error("A '--comment' line must follow a '--changeset' line: formatted SQL allows no comment outside changesets");
    // Anything else before the first changeset (ordinary comments, stray SQL) is ignored, as in Liquibase.
  }

  private readChangeSetLine(open: OpenChangeSet, line: string): void {
    const comment = COMMENT.exec(line);
    if (comment) {
      open.changeSet.comment = nonEmpty(javaTrim(comment[1]!));
      return;
    }
    if (COMMENT_TYPO.test(line)) throw this.error("Unexpected formatting: write '--comment: <text>'");
    const validCheckSum = VALID_CHECKSUM.exec(line);
    if (validCheckSum) {
      open.changeSet.validCheckSums.push(javaTrim(validCheckSum[1]!));
      return;
    }
    if (VALID_CHECKSUM_TYPO.test(line)) throw this.error("Unexpected formatting: write '--validCheckSum: <checksum>'");
    const rollback = ROLLBACK.exec(line);
    if (rollback) {
      open.rollback.push(rollback[1]!);
      open.rollbackLine ??= this.lineNumber;
      return;
    }
    if (ROLLBACK_TYPO.test(line)) throw this.error("Unexpected formatting: write '--rollback <SQL>'");
    if (ROLLBACK_BLOCK_START.test(line)) return this.readRollbackBlock(open);
    const preconditions = PRECONDITIONS.exec(line);
    if (preconditions) return this.readPreconditions(open, preconditions[1]!);
    if (PRECONDITIONS_TYPO.test(line)) {
      throw this.error("Unexpected formatting: write '--preconditions onFail:<HALT|CONTINUE|MARK_RAN|WARN> onError:<…>'");
    }
    const precondition = PRECONDITION.exec(line);
    if (precondition) return this.readPrecondition(open, precondition[1]!, precondition[2]!);
    if (PRECONDITION_TYPO.test(line)) throw this.error("Unexpected formatting: write '--precondition-sql-check expectedResult:<value> <SQL>'");
    const bare = PRECONDITION_BARE.exec(line);
    if (bare) throw this.error(preconditionUsage(bare[1]!));
    open.body.push({ text: line, line: this.lineNumber });
  }

  private openChangeSet(line: string, authorText: string, idText: string): void {
    const lineNumber = this.lineNumber;
    // `author: id` matches the pattern, but Liquibase wants author and id side by side.
    const sideBySide = new RegExp(`^\\s*--\\s*changeset\\s+${escapeRegExp(`${authorText}:${idText}`)}.*$`, 'i');
    if (!sideBySide.test(line)) {
      this.discarding = true;
      throw this.error("Unexpected formatting: write '--changeset <author>:<id>' with no space after the colon");
    }
    const expand = (text: string) => this.context.expand(text);
    const id = expand(stripEnclosingQuotes(idText));
    const author = expand(stripEnclosingQuotes(authorText));
    if (id.replace(/[: ]/g, '') === '') {
      this.discarding = true;
      throw this.error(`The changeset id cannot be empty: '${line}'`);
    }
    const ids = { id, author };
    const bool = (name: string, fallback: boolean, wholeName = false) => {
      const value = attribute(line, name, WORD, wholeName);
      return value === undefined ? fallback : value.toLowerCase() === 'true';
    };
    const quoted = (name: string) => {
      const value = attribute(line, name, QUOTED_OR_WORD);
      return value === undefined || value === '' ? undefined : expand(stripEnclosingQuotes(value));
    };

    const logicalFilePath = nonEmpty(attribute(line, 'logicalFilePath', NON_SPACE)) ?? this.fileLogicalFilePath;
    const changeSet: ChangeSet = {
      ...changeSetDefaults(),
      ...ids,
      filePath: logicalFilePath !== undefined ? logicalFilePathValue(expand(logicalFilePath)) : this.context.filePath,
      physicalPath: this.resourcePath,
      location: this.location(lineNumber),
      changes: [],
      runOnChange: bool('runOnChange', false),
      runAlways: bool('runAlways', false),
      runInTransaction: bool('runInTransaction', true),
      failOnError: bool('failOnError', true),
      labels: parseLabelList(quoted('labels')),
    };
    const contextFilter = nonEmpty(quoted('contextFilter')) ?? nonEmpty(quoted('context'));
    if (contextFilter !== undefined) changeSet.contextFilter = this.checkedContext(contextFilter, ids);
    const dbms = attribute(line, 'dbms', '[^,][\\w!,]+');
    if (dbms !== undefined && javaTrim(expand(dbms)) !== '') changeSet.dbms = javaTrim(expand(dbms));
    const ignore = attribute(line, 'ignore', '\\w*');
    changeSet.ignore = ignore !== undefined && expand(ignore).toLowerCase() === 'true';
    const runWith = attribute(line, 'runWith', '[\\w\\$\\{\\}]+');
    if (runWith !== undefined && expand(runWith).toLowerCase() !== 'jdbc') {
      this.errors.push(
        new ChangelogError(`runWith:${expand(runWith)} is not supported: changesets run through dbops's own database connection (runWith:jdbc)`, {
          location: changeSet.location,
          changeSet: ids,
        }),
      );
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

  private checkedContext(expression: string, ids: { id: string; author: string }): string {
    try {
      parseFilterExpression(expression);
    } catch (error) {
      if (!(error instanceof FilterExpressionError)) throw error;
      this.errors.push(new ChangelogError(`invalid context expression: ${error.message}`, { location: this.location(), changeSet: ids }));
    }
    return expression;
  }

  /** Ends the open changeset: its SQL becomes one `sql` change, its rollback lines another. */
  private close(atEndOfFile: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const { changeSet, ids } = open;
    const fail = (reason: string, line = changeSet.location.line) => {
      this.errors.push(new ChangelogError(reason, { location: this.location(line), changeSet: ids }));
    };

    // Liquibase joins the lines with the line separator, trims, expands, and trims again (setSql).
    const text = javaTrim(this.context.expand(javaTrim(open.body.map((line) => line.text).join('\n'))));
    if (text === '') {
      // Liquibase 4.28 gives a last changeset with no line at all the SQL of the one before it.
      fail("The changeset has no SQL: write its statements after the '--changeset' line");
    } else {
      let endDelimiter = open.endDelimiter;
      // Only for the last changeset of the file, as in Liquibase: a body ending in a `/` line
      // is split on `/` lines only (Oracle style).
      if (atEndOfFile && endDelimiter === undefined && text.endsWith('\n/')) endDelimiter = '\\n/$';
      const firstLine = open.body.find((line) => javaTrim(line.text) !== '')?.line ?? changeSet.location.line;
      const node = sqlNode(text, { splitStatements: open.splitStatements, stripComments: open.stripComments, endDelimiter }, this.location(firstLine));
      const change = this.loadChange(node, ids);
      if (change) changeSet.changes.push(change);
    }

    const rollback = this.rollbackOf(open);
    if (rollback) changeSet.rollback = rollback;
    this.entries.push({ kind: 'changeSet', changeSet });
  }

  private rollbackOf(open: OpenChangeSet): RollbackBlock | undefined {
    const raw = open.rollback.join('\n');
    const trimmed = javaTrim(raw);
    if (trimmed === '') return undefined;
    const location = this.location(open.rollbackLine);
    const block: RollbackBlock = { changes: [], references: [], location };
    // `empty` / `not required` as whole words (Liquibase also takes `--rollback emptyTable()`).
    if (/^(?:empty|not required)(?![\w])[^\n]*$/i.test(trimmed)) return block;
    if (trimmed.toLowerCase().includes('changesetid')) {
      // Liquibase removes the line breaks, gluing `x` and `changesetAuthor:y` of two lines together.
      const line = raw.replace(/[\r\n]/g, ' ');
      const id = nonEmpty(attribute(line, 'changeSetId', '\\S+'));
      const author = nonEmpty(attribute(line, 'changesetAuthor', '\\S+'));
      const path = nonEmpty(attribute(line, 'changesetPath', '\\S+'));
      if (id === undefined || author === undefined) {
        this.errors.push(
          new ChangelogError(`'${id === undefined ? 'changesetId' : 'changesetAuthor'}' not set in rollback '${line}': write '--rollback changesetId:<id> changesetAuthor:<author> [changesetPath:<path>]'`, {
            location,
            changeSet: open.ids,
          }),
        );
        return block;
      }
      const expand = (text: string) => this.context.expand(text);
      block.references.push({ id: expand(id), author: expand(author), ...(path !== undefined ? { path: expand(path) } : {}) });
      return block;
    }
    const text = javaTrim(this.context.expand(raw));
    const node = sqlNode(text, { splitStatements: open.rollbackSplitStatements, stripComments: false, endDelimiter: open.rollbackEndDelimiter }, location);
    const change = this.loadChange(node, open.ids);
    if (change) block.changes.push(change);
    return block;
  }

  private loadChange(node: ParsedNode, ids: { id: string; author: string }): Change | undefined {
    try {
      return this.context.loadChange(node, ids);
    } catch (error) {
      if (error instanceof ChangelogValidationError) this.errors.push(...error.errors);
      else if (error instanceof ChangelogError) this.errors.push(error);
      else throw error;
      return undefined;
    }
  }

  /**
   * `/* liquibase rollback` … `*\/`. Liquibase 4.28 glues these lines together without line
   * breaks (`select 1` + `from t` runs as `select 1from t`); they are joined with LF here.
   */
  private readRollbackBlock(open: OpenChangeSet): void {
    const start = this.lineNumber;
    open.rollbackLine ??= start;
    for (this.index++; this.index < this.lines.length; this.index++) {
      const line = this.lines[this.index]!;
      const end = ROLLBACK_BLOCK_END.exec(line);
      if (end) {
        const before = line.slice(0, end.index);
        if (javaTrim(before) !== '') open.rollback.push(before);
        return;
      }
      open.rollback.push(line);
    }
    throw this.error("'/* liquibase rollback' is never closed: end the rollback block with '*/'", start);
  }

  private readPreconditions(open: OpenChangeSet, settings: string): void {
    const container = this.preconditionsOf(open);
    const action = (name: string): PreconditionFailAction | undefined => {
      const value = attribute(settings, name, WORD);
      if (value === undefined) return undefined;
      const upper = value.toUpperCase();
      if (upper === 'HALT' || upper === 'CONTINUE' || upper === 'MARK_RAN' || upper === 'WARN') return upper;
      throw this.error(`${name}:${value} is not one of HALT, CONTINUE, MARK_RAN, WARN`);
    };
    const onFail = action('onFail');
    const onError = action('onError');
    if (onFail) container.onFail = onFail;
    if (onError) container.onError = onError;
    const onUpdateSql = attribute(settings, 'onUpdateSql', WORD);
    const onSqlOutput = attribute(settings, 'onSqlOutput', WORD);
    if (onUpdateSql !== undefined && onSqlOutput !== undefined) {
      throw this.error("Set either 'onUpdateSql' or 'onSqlOutput' on '--preconditions', not both");
    }
    const output = (onSqlOutput ?? onUpdateSql)?.toUpperCase();
    if (output !== undefined) {
      if (output !== 'IGNORE' && output !== 'TEST' && output !== 'FAIL') throw this.error(`onSqlOutput:${output} is not one of IGNORE, TEST, FAIL`);
      container.onSqlOutput = output;
    }
    const onFailMessage = attribute(settings, 'onFailMessage', '"[^"]*"|\\S+');
    if (onFailMessage !== undefined) container.onFailMessage = this.context.expand(stripEnclosingQuotes(onFailMessage));
    const onErrorMessage = attribute(settings, 'onErrorMessage', '"[^"]*"|\\S+');
    if (onErrorMessage !== undefined) container.onErrorMessage = this.context.expand(stripEnclosingQuotes(onErrorMessage));
  }

  /**
   * The changeset's container, created with the defaults by whichever precondition line comes
   * first. (Liquibase replaces the container at `--preconditions`, silently dropping conditions
   * written above it; they are kept here.)
   */
  private preconditionsOf(open: OpenChangeSet): PreconditionContainer {
    open.changeSet.preconditions ??= { onFail: 'HALT', onError: 'HALT', onSqlOutput: 'IGNORE', conditions: [], location: this.location() };
    return open.changeSet.preconditions;
  }

  private readPrecondition(open: OpenChangeSet, name: string, rest: string): void {
    const kind = name.toLowerCase();
    const body = javaTrim(this.context.expand(javaTrim(rest)));
    if (body === '' || !['sql-check', 'table-exists', 'view-exists'].includes(kind)) throw this.error(preconditionUsage(name));
    const location = this.location();
    const condition = (type: string, attributes: Record<string, string>, text?: string): Precondition => ({
      type,
      attributes,
      ...(text !== undefined ? { text } : {}),
      nested: [],
      location,
    });
    let parsed: Precondition;
    if (kind === 'sql-check') {
      const match = /^(?:expectedResult:)?(\w+) (.*)$/i.exec(body) ?? /^(?:expectedResult:)?'([^']+)' (.*)$/i.exec(body) ?? /^(?:expectedResult:)?"([^"]+)" (.*)$/i.exec(body);
      if (!match) throw this.error(`Could not read a sqlCheck precondition from '${body}': ${preconditionUsage(name)}`);
      parsed = condition('sqlCheck', { expectedResult: match[1]! }, match[2]!);
    } else {
      const objectKey = kind === 'table-exists' ? 'table' : 'view';
      const objectName = attribute(body, objectKey, '\\w+');
      if (objectName === undefined) throw this.error(`${objectKey} name missing in '--precondition-${name}': ${preconditionUsage(name)}`);
      const schemaName = attribute(body, 'schema', '\\w+');
      parsed = condition(kind === 'table-exists' ? 'tableExists' : 'viewExists', {
        [`${objectKey}Name`]: objectName,
        ...(schemaName !== undefined ? { schemaName } : {}),
      });
    }
    this.preconditionsOf(open).conditions.push(parsed);
  }

  private ignoreLines(argument: string): void {
    if (argument.toLowerCase() === 'start') {
      // Without an end line, Liquibase ignores the rest of the file.
      for (this.index++; this.index < this.lines.length; this.index++) {
        const line = this.lines[this.index]!;
        if (IGNORE_LINES.exec(line)?.[1]!.toLowerCase() === 'end') return;
        if (IGNORE_LINES_TYPO.test(line)) throw this.error("Unexpected formatting: write '--ignoreLines:end'");
      }
      return;
    }
    if (!/^\d+$/.test(argument)) {
      throw this.error(`Unknown ignoreLines syntax: "${argument}": write '--ignoreLines:<count>', or '--ignoreLines:start' … '--ignoreLines:end'`);
    }
    this.index = Math.min(this.index + Number(argument), this.lines.length - 1);
  }

  private defineProperty(line: string): void {
    const name = attribute(line, 'name', '\\s*\\S+')?.trim();
    const value = attribute(line, 'value', '\\s*\\S+')?.trim();
    if (name === undefined || value === undefined) {
      throw this.error("Unexpected formatting: write '--property name:<name> value:<value> [context:…] [labels:…] [dbms:…] [global:…]'");
    }
    const expand = (text: string) => this.context.expand(text);
    const quoted = (key: string) => {
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

function preconditionUsage(name: string): string {
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

function sqlNode(text: string, settings: { splitStatements: boolean; stripComments: boolean; endDelimiter?: string | undefined }, location: SourceLocation): ParsedNode {
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

function changeSetDefaults(): Omit<ChangeSet, 'id' | 'author' | 'filePath' | 'physicalPath' | 'location' | 'changes'> {
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
function linesOf(content: string): string[] {
  if (content === '') return [];
  const lines = content.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function withoutBom(content: string): string {
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/** Java's String.trim: every character up to U+0020 goes, other Unicode spaces stay (checksums see them). */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

function stripEnclosingQuotes(text: string): string {
  const first = text[0];
  return text.length > 1 && (first === '"' || first === "'") && text[text.length - 1] === first ? text.slice(1, -1) : text;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

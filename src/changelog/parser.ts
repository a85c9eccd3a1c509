import type { Change, ChangeSet, ParsedNode, PreconditionContainer, SourceLocation } from './model.js';

/**
 * The contract between the changelog loader (which resolves includes, properties and file paths)
 * and one format's parser (XML, YAML/JSON, formatted SQL).
 */
export interface ChangeLogParser {
  /** Whether this parser reads the file (by extension, or by content for formatted SQL). */
  supports(resourcePath: string, content: string): boolean;
  parse(resourcePath: string, content: string, context: ParseContext): ParsedChangeLog;
}

/**
 * A parser whose module is imported when the first file it reads is met, so that a run loads only
 * the format libraries it needs (the YAML library is large; an XML changelog never needs it).
 * `supports` must answer exactly as the loaded parser's does.
 */
export interface LazyChangeLogParser {
  supports(resourcePath: string, content: string): boolean;
  load(): Promise<ChangeLogParser>;
}

export function isLazyParser(parser: ChangeLogParser | LazyChangeLogParser): parser is LazyChangeLogParser {
  return typeof (parser as Partial<LazyChangeLogParser>).load === 'function';
}

export interface ParseContext {
  /**
   * FILENAME to record for changesets of this file when they set no logicalFilePath of their own
   * (the loader has already applied the include's and the file's logicalFilePath rules when known;
   * a parser that finds a changelog-level logicalFilePath in the file itself uses that instead).
   */
  readonly filePath: string;
  /** Expands `${name}` with the properties visible at this point of the file. */
  expand(text: string): string;
  /** Defines a property (the first definition of a name wins, as in Liquibase). */
  defineProperty(property: PropertyDefinition): void;
  /** Loads and validates one change through its change-type module; throws ChangelogError. */
  loadChange(node: ParsedNode, changeSet: { id: string; author: string }): Change;
}

export interface PropertyDefinition {
  name: string;
  value: string;
  context?: string;
  labels?: string;
  dbms?: string;
  /** Default true: visible in every changelog; false: only in this file and its includes. */
  global: boolean;
  location: SourceLocation;
}

export interface IncludeEntry {
  kind: 'include';
  file: string;
  relativeToChangelogFile: boolean;
  errorIfMissing: boolean;
  context?: string;
  labels?: string;
  ignore: boolean;
  logicalFilePath?: string;
  location: SourceLocation;
}

export interface IncludeAllEntry {
  kind: 'includeAll';
  path: string;
  relativeToChangelogFile: boolean;
  errorIfMissingOrEmpty: boolean;
  context?: string;
  labels?: string;
  ignore: boolean;
  logicalFilePath?: string;
  minDepth?: number;
  maxDepth?: number;
  endsWithFilter?: string;
  location: SourceLocation;
}

export type ChangeLogEntry =
  | { kind: 'changeSet'; changeSet: ChangeSet }
  | IncludeEntry
  | IncludeAllEntry
  | { kind: 'preConditions'; preconditions: PreconditionContainer };

/** One file's content, in declared order; the loader flattens includes. */
export interface ParsedChangeLog {
  /** Changelog-level logicalFilePath written in the file itself. */
  logicalFilePath?: string;
  /** Changelog-level context filter (root attribute `context` / `contextFilter`). */
  contextFilter?: string;
  entries: ChangeLogEntry[];
}

/**
 * The changelog model: what the readers (XML, YAML, JSON, formatted SQL) produce and what the
 * planner, the checksum and the executor consume. It is independent of the changelog format and
 * of the target database.
 */

/** Where something was written. `file` is the path as the reader resolved it (search-path relative). */
export interface SourceLocation {
  file: string;
  /** 1-based line, where the format has lines. */
  line?: number;
  column?: number;
}

export type Scalar = string | number | boolean | null;

/**
 * A format-neutral tree of one changelog element, in the spirit of Liquibase's ParsedNode.
 *
 * XML: attributes become `attributes` (strings), child elements become `children`, trimmed text
 * becomes `text`. YAML/JSON: scalar keys become `attributes` (typed as written), object and array
 * keys become `children` (an array `columns: [{column: {...}}]` becomes a child `columns` whose
 * children are the `column` nodes), a scalar given as the node's own value becomes `text`.
 * Every string is already `${…}`-expanded.
 */
export interface ParsedNode {
  name: string;
  attributes: Record<string, Scalar>;
  text?: string;
  children: ParsedNode[];
  location: SourceLocation;
}

/** A value in a change's typed parameter tree. */
export type ParamValue = Scalar | ParamValue[] | { [key: string]: ParamValue };
export type ParamObject = { [key: string]: ParamValue };

/**
 * One change of a changeset, loaded and validated by its change-type module
 * (src/changes/<type>.ts). `params` are typed and normalised the same way whatever the format.
 */
export interface Change {
  /** Liquibase change type name, e.g. `createTable`. */
  type: string;
  params: ParamObject;
  location: SourceLocation;
}

/** Identifies a changeset the way DATABASECHANGELOG does. */
export interface ChangeSetId {
  id: string;
  author: string;
  /** FILENAME as written to DATABASECHANGELOG. */
  filePath: string;
}

export type PreconditionFailAction = 'HALT' | 'CONTINUE' | 'MARK_RAN' | 'WARN';

/** A single precondition or a logical group (`and`, `or`, `not`). */
export interface Precondition {
  /** `and`, `or`, `not`, `dbms`, `runningAs`, `tableExists`, `sqlCheck`, ... */
  type: string;
  attributes: Record<string, Scalar>;
  /** The SQL of `sqlCheck`. */
  text?: string;
  nested: Precondition[];
  location: SourceLocation;
}

/** `<preConditions>`: its conditions are ANDed. */
export interface PreconditionContainer {
  onFail: PreconditionFailAction;
  onError: PreconditionFailAction;
  onFailMessage?: string;
  onErrorMessage?: string;
  /** `onSqlOutput` / `onUpdateSql`: what to do under update-sql. */
  onSqlOutput: 'IGNORE' | 'TEST' | 'FAIL';
  conditions: Precondition[];
  location: SourceLocation;
}

/** `<modifySql>` visitors applied to a changeset's generated SQL. */
export interface ModifySql {
  kind: 'replace' | 'regExpReplace' | 'prepend' | 'append';
  /** replace / regExpReplace */
  replace?: string;
  with?: string;
  /** prepend / append */
  value?: string;
  dbms?: string;
  contextFilter?: string;
  labels?: string;
  applyToRollback: boolean;
  location: SourceLocation;
}

/**
 * An explicit rollback block. Absent on the changeset means "generate one automatically".
 * Present with no changes and no reference means "nothing to do" (`<rollback/>`, `--rollback empty`).
 */
export interface RollbackBlock {
  /** Changes in declared order; raw SQL is held as `sql` changes. */
  changes: Change[];
  /** `<rollback changeSetId=… changeSetAuthor=… [changeSetPath=…]/>`: reuse that changeset's changes. */
  references: Array<{ id: string; author: string; path?: string }>;
  location: SourceLocation;
}

export interface ChangeSet {
  id: string;
  author: string;
  /** FILENAME as written to DATABASECHANGELOG (logicalFilePath rules applied). */
  filePath: string;
  /** The file the changeset was read from, as resolved (used for relative paths and messages). */
  physicalPath: string;
  location: SourceLocation;

  changes: Change[];
  rollback?: RollbackBlock;
  comment?: string;

  /** The changeset's own context expression (`context` / `contextFilter`). */
  contextFilter?: string;
  /** Context expressions inherited from include / includeAll, outermost first. */
  inheritedContexts: string[];
  labels: string[];
  /** Labels inherited from include / includeAll, outermost first. */
  inheritedLabels: string[];
  /** Changeset-level dbms filter (a comma list, `!x` excludes). */
  dbms?: string;

  runAlways: boolean;
  runOnChange: boolean;
  failOnError: boolean;
  runInTransaction: boolean;
  ignore: boolean;
  onValidationFail: 'HALT' | 'MARK_RAN';
  runOrder?: 'first' | 'last';
  objectQuotingStrategy?: 'LEGACY' | 'QUOTE_ALL_OBJECTS' | 'QUOTE_ONLY_RESERVED_WORDS';
  created?: string;
  /** `runWith` as written (the executor); the engine refuses any but `jdbc` before running anything. */
  runWith?: string;

  preconditions?: PreconditionContainer;
  /** Extra accepted checksums (`ANY` accepts anything). */
  validCheckSums: string[];
  modifySql: ModifySql[];
}

/** A changelog with includes resolved into one ordered list of changesets. */
export interface DatabaseChangeLog {
  /** The root changelog as passed on the command line (search-path relative). */
  rootPath: string;
  changeSets: ChangeSet[];
  /** Changelog-level preconditions, root first, then those of included changelogs in order. */
  preconditions: PreconditionContainer[];
  /** Properties defined by the changelogs, after the first-definition-wins rule. */
  properties: Record<string, string>;
}

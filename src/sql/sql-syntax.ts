/**
 * The lexical rules of one database's SQL that statement splitting and comment stripping depend
 * on. A new database is a new constant here, not a branch in the splitter.
 */
export interface SqlSyntax {
  /** For messages and tests. */
  readonly name: string;
  /** Characters that open a string literal (`'`; MySQL also `"`). */
  readonly stringQuotes: string;
  /** Characters that open a quoted identifier (`"` in PostgreSQL, `` ` `` in MySQL). */
  readonly identifierQuotes: string;
  /** Backslash escapes a character inside every string literal (MySQL). */
  readonly backslashEscapes: boolean;
  /** `E'…'` strings, where backslash escapes a character (PostgreSQL). */
  readonly escapeStrings: boolean;
  /** `$$…$$` and `$tag$…$tag$` bodies (PostgreSQL). */
  readonly dollarQuotes: boolean;
  /** `/* … /* … *\/ … *\/` nests, as in PostgreSQL and the SQL standard. */
  readonly nestedBlockComments: boolean;
  /** `#` starts a line comment (MySQL). */
  readonly hashComments: boolean;
  /** `--` starts a comment only when followed by whitespace (MySQL). */
  readonly dashCommentNeedsSpace: boolean;
  /**
   * Which `BEGIN … END` hold their `;`:
   * - `routine-bodies`: only the SQL-standard body of `CREATE [OR REPLACE] FUNCTION|PROCEDURE …
   *   BEGIN ATOMIC … END`, as psql decides (PostgreSQL: `BEGIN;` is a statement, and PL/pgSQL
   *   bodies are dollar-quoted anyway);
   * - `blocks`: every `BEGIN … END` block except `BEGIN TRANSACTION` and the like, as Liquibase
   *   decides for Oracle, SQL Server and others.
   */
  readonly blocks: 'routine-bodies' | 'blocks';
  /** A `;` inside parentheses does not end a statement (psql; needed by `CREATE RULE … DO (…; …)`). */
  readonly parenthesesHoldDelimiters: boolean;
  /** A `DELIMITER x` line changes the delimiter, as the mysql client does. */
  readonly delimiterCommand: boolean;
}

export const postgresSyntax: SqlSyntax = {
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
export const genericSyntax: SqlSyntax = {
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

export const mysqlSyntax: SqlSyntax = {
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
export function sqlSyntaxFor(dbms: string): SqlSyntax {
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

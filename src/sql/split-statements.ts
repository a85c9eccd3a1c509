import { isComment, isContent, isWhitespace, isWordPart, isWordStart, SqlScanner, type SqlToken } from './sql-lexer.js';
import { postgresSyntax, type SqlSyntax } from './sql-syntax.js';
import { joinWithoutComments } from './strip-comments.js';

export { stripComments } from './strip-comments.js';

/** How to split, in the terms of Liquibase's `sql` change attributes. */
export interface SplitOptions {
  /** `false` keeps the whole text as one statement. Default `true`. */
  splitStatements?: boolean;
  /** Remove comments from the statements (string contents are never touched). Default `false`. */
  stripComments?: boolean;
  /**
   * Ends statements instead of `;` and of lines holding only `GO` or `/`. Matched literally
   * (case-insensitive) first, then, as Liquibase allows, as a regular expression (`\n/$`, `\nGO`);
   * `^` and `$` match at line boundaries. The empty string never splits.
   */
  endDelimiter?: string;
  /** Lexical rules of the target database. Default PostgreSQL. */
  syntax?: SqlSyntax;
}

export interface SplitStatement {
  /** The statement without its delimiter, trimmed (and without comments when asked). */
  sql: string;
  /** 1-based line in the input where `sql` starts. */
  line: number;
  /** Offset in the input where the statement starts (UTF-16 code units). */
  start: number;
  /** Offset in the input just after the statement's last character, delimiter excluded. */
  end: number;
  /**
   * Offset just after the previous delimiter (0 for the first statement). The whitespace and
   * comments from here to `start` come before the statement and belong to it: a comment after a
   * `;` is about the next statement.
   */
  leadStart: number;
  /** Offset of the delimiter that ends the statement; the input's length when none does. */
  delimiterStart: number;
}

/**
 * Splits SQL into the statements to execute one by one, as Liquibase does for a `sql` change,
 * but never inside strings, quoted identifiers, comments or (unlike Liquibase) dollar-quoted
 * bodies. Statements holding only comments are dropped.
 *
 * @example
 * splitStatements("create table t (id int);\nDO $$ BEGIN PERFORM 1; END $$;")
 * // [{ sql: 'create table t (id int)', line: 1, … }, { sql: 'DO $$ BEGIN PERFORM 1; END $$', line: 2, … }]
 */
export function splitStatements(text: string, options: SplitOptions = {}): SplitStatement[] {
  const syntax = options.syntax ?? postgresSyntax;
  const strip = options.stripComments ?? false;
  const lines = new LineIndex(text);
  const statements: SplitStatement[] = [];
  const splitting = options.splitStatements ?? true;
  let delimiter = delimiterFor(options.endDelimiter);
  let state = new StatementState(text, syntax, strip);
  let leadStart = 0;

  /** Ends the statement read so far at `delimiterStart`; the next one's lead starts at `next`. */
  const finish = (delimiterStart: number, next: number): void => {
    const statement = buildStatement(text, state, lines, leadStart, delimiterStart);
    if (statement) statements.push(statement);
    state = new StatementState(text, syntax, strip);
    leadStart = next;
  };

  const token = new SqlScanner(text, syntax);
  while (token.next()) {
    if (splitting && !(delimiter.heldByBlocks && state.holdsDelimiters())) {
      const found = delimiter.find(text, token);
      if (found) {
        if (found.at > token.start) state.add({ kind: token.kind, start: token.start, end: found.at });
        finish(found.at, found.end);
        token.skipTo(found.end);
        continue;
      }
      if (syntax.delimiterCommand && !state.hasContent() && isWord(text, token, 'DELIMITER')) {
        const command = readDelimiterCommand(text, token.end);
        if (command.delimiter) {
          finish(token.start, command.end);
          delimiter = new LiteralDelimiter(command.delimiter);
          token.skipTo(command.end);
          continue;
        }
      }
    }
    state.add(token);
  }
  finish(text.length, text.length);
  return statements;
}

function buildStatement(
  text: string,
  state: StatementState,
  lines: LineIndex,
  leadStart: number,
  delimiterStart: number,
): SplitStatement | undefined {
  if (!state.hasContent()) return undefined;
  let start = state.firstStart;
  let end = state.lastEnd;
  let sql: string;
  if (state.tokens) {
    // Without comments: from the first to the last token of SQL.
    const tokens = state.tokens;
    let first = 0;
    while (!isContent(tokens[first]!)) first++;
    let last = tokens.length - 1;
    while (!isContent(tokens[last]!)) last--;
    start = tokens[first]!.start;
    end = tokens[last]!.end;
    sql = joinWithoutComments(text, tokens.slice(first, last + 1));
  } else {
    sql = text.slice(start, end);
  }
  return { sql, line: lines.lineAt(start), start, end, leadStart, delimiterStart };
}

/** What the tokens of the statement being read so far say about where it may end. */
class StatementState {
  /** Every token, kept only when the statement's text is to lose its comments. */
  readonly tokens: SqlToken[] | undefined;
  /** Where the first token that is not whitespace starts (-1 before there is one). */
  firstStart = -1;
  /** Where the last token that is not whitespace ends. */
  lastEnd = -1;
  private parens = 0;
  private blocks = 0;
  /** The first words, upper-cased, to recognise `CREATE [OR REPLACE] FUNCTION|PROCEDURE`. */
  private readonly leadingWords: string[] = [];
  /** The leading words say `CREATE [OR REPLACE] FUNCTION|PROCEDURE`. */
  private definesRoutine = false;
  private content = false;

  constructor(
    private readonly text: string,
    private readonly syntax: SqlSyntax,
    stripComments: boolean,
  ) {
    this.tokens = stripComments ? [] : undefined;
  }

  hasContent(): boolean {
    return this.content;
  }

  holdsDelimiters(): boolean {
    return this.blocks > 0 || (this.syntax.parenthesesHoldDelimiters && this.parens > 0);
  }

  add(token: SqlToken): void {
    this.tokens?.push({ kind: token.kind, start: token.start, end: token.end });
    if (token.kind === 'whitespace') return;
    if (this.firstStart < 0) this.firstStart = token.start;
    this.lastEnd = token.end;
    if (token.kind === 'symbol') {
      this.content = true;
      const c = this.text[token.start];
      if (c === '(') this.parens++;
      else if (c === ')' && this.parens > 0) this.parens--;
    } else if (token.kind === 'word') {
      this.content = true;
      let word: string | undefined;
      if (this.leadingWords.length < 4) {
        word = this.wordOf(token);
        this.leadingWords.push(word);
        this.definesRoutine = startsRoutine(this.leadingWords);
      }
      // Only BEGIN, CASE and END open or close anything.
      const length = token.end - token.start;
      if (length < 3 || length > 5) return;
      if (this.syntax.blocks === 'routine-bodies') {
        if (this.parens === 0 && this.definesRoutine) this.seeRoutineBodyWord(word ?? this.wordOf(token));
      } else {
        this.seeBlockWord(word ?? this.wordOf(token), token);
      }
    } else if (!isComment(token)) {
      this.content = true;
    }
  }

  /**
   * psql's rule: in `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, outside parentheses, BEGIN opens a
   * body (`BEGIN ATOMIC`), CASE inside it opens an expression that also ends with END.
   */
  private seeRoutineBodyWord(word: string): void {
    if (word === 'BEGIN') this.blocks++;
    else if (word === 'CASE' && this.blocks > 0) this.blocks++;
    else if (word === 'END' && this.blocks > 0) this.blocks--;
  }

  /**
   * Liquibase's rule for other databases, BEGIN … END nesting, made to close `END IF`, `END LOOP`
   * and CASE expressions correctly (Liquibase counts `END IF` as a block end, liquibase#5538).
   */
  private seeBlockWord(word: string, token: SqlToken): void {
    if (word === 'BEGIN') {
      const next = this.nextContent(token);
      const startsTransaction = next?.kind === 'word' && NOT_A_BLOCK_AFTER_BEGIN.has(this.wordOf(next));
      const alone = next?.kind === 'symbol' && this.text[next.start] === ';';
      if (!startsTransaction && !alone) this.blocks++;
    } else if (word === 'CASE' && this.blocks > 0) {
      this.blocks++;
    } else if (word === 'END' && this.blocks > 0) {
      const next = this.nextContent(token);
      if (!(next?.kind === 'word' && NOT_A_BLOCK_AFTER_END.has(this.wordOf(next)))) this.blocks--;
    }
  }

  private nextContent(after: SqlToken): SqlToken | undefined {
    const scanner = new SqlScanner(this.text, this.syntax, after.end);
    while (scanner.next()) if (isContent(scanner)) return scanner.token();
    return undefined;
  }

  private wordOf(token: SqlToken): string {
    return this.text.slice(token.start, token.end).toUpperCase();
  }
}

function startsRoutine([w0, w1, w2, w3]: readonly string[]): boolean {
  const routine = (w: string | undefined) => w === 'FUNCTION' || w === 'PROCEDURE';
  return w0 === 'CREATE' && (routine(w1) || (w1 === 'OR' && w2 === 'REPLACE' && routine(w3)));
}

const NOT_A_BLOCK_AFTER_BEGIN = new Set(['TRANSACTION', 'TRAN', 'TRANS', 'WORK', 'ISOLATION', 'DIALOG', 'CONVERSATION', 'DISTRIBUTED']);
const NOT_A_BLOCK_AFTER_END = new Set(['TRANSACTION', 'TRAN', 'TRANS', 'IF', 'LOOP', 'WHILE', 'REPEAT']);

/** Where a statement ends: the delimiter found in `token` (usually at its start), if any. */
interface Delimiter {
  /**
   * Blocks and parentheses protect the `;` they hold; a delimiter chosen instead of `;` (`GO`,
   * `/`, `$$`) is where the author says statements end, so it ends them anywhere.
   */
  readonly heldByBlocks: boolean;
  find(text: string, token: SqlToken): { at: number; end: number } | undefined;
}

function delimiterFor(endDelimiter: string | undefined): Delimiter {
  if (endDelimiter === undefined) return new DefaultDelimiter();
  if (endDelimiter === '') return { heldByBlocks: false, find: () => undefined };
  return isRegexLike(endDelimiter) ? new RegexDelimiter(endDelimiter) : new LiteralDelimiter(endDelimiter);
}

/** `;`, or a line holding only `GO` or only `/` (SQL Server and Oracle scripts), as Liquibase. */
class DefaultDelimiter implements Delimiter {
  readonly heldByBlocks = true;

  find(text: string, token: SqlToken): { at: number; end: number } | undefined {
    const ends =
      token.kind === 'symbol'
        ? text[token.start] === ';' || (text[token.start] === '/' && aloneOnLine(text, token))
        : isWord(text, token, 'GO') && aloneOnLine(text, token);
    return ends ? { at: token.start, end: token.end } : undefined;
  }
}

/** A delimiter written as plain text (`GO`, `//`, `$$`), matched case-insensitively on token boundaries. */
class LiteralDelimiter implements Delimiter {
  readonly heldByBlocks: boolean;
  private readonly lower: string;
  /** `$$` ends `END$$` although `$` continues words, as the mysql client reads it. */
  private readonly insideWords: boolean;

  constructor(private readonly delimiter: string) {
    this.lower = delimiter.toLowerCase();
    this.heldByBlocks = delimiter === ';';
    this.insideWords = !isWordStart(delimiter[0]!) && isWordPart(delimiter[0]!);
  }

  find(text: string, token: SqlToken): { at: number; end: number } | undefined {
    if (this.insideWords && token.kind === 'word') {
      const at = text.slice(token.start, token.end).toLowerCase().indexOf(this.lower);
      if (at > 0) return this.matchAt(text, token.start + at);
    }
    // `$$` may be chosen as delimiter where it would otherwise open a dollar-quoted body.
    const canStartHere = token.kind === 'word' || token.kind === 'symbol' || (token.kind === 'dollar-quoted' && this.delimiter.startsWith('$'));
    return canStartHere ? this.matchAt(text, token.start) : undefined;
  }

  private matchAt(text: string, at: number): { at: number; end: number } | undefined {
    const end = at + this.delimiter.length;
    if (text.slice(at, end).toLowerCase() !== this.lower) return undefined;
    if (isWordPart(this.delimiter[this.delimiter.length - 1]!) && end < text.length && isWordPart(text[end]!)) return undefined;
    // Liquibase: a `/` delimiter counts only at the start of a line, so divisions stay whole.
    if (this.delimiter === '/' && !atLineStart(text, at)) return undefined;
    return { at, end };
  }
}

/**
 * A regular-expression delimiter such as `\n/$` (which Liquibase sets itself for a formatted SQL
 * body ending in a `/` line). Tried after the literal reading, with leading whitespace allowed.
 */
class RegexDelimiter implements Delimiter {
  readonly heldByBlocks = false;
  private readonly literal: LiteralDelimiter;
  private readonly pattern: RegExp | undefined;

  constructor(delimiter: string) {
    this.literal = new LiteralDelimiter(delimiter);
    try {
      this.pattern = new RegExp(`\\s*(?:${delimiter})`, 'imy');
    } catch {
      // Not a valid regular expression: only the literal reading applies, as in Liquibase.
      this.pattern = undefined;
    }
  }

  find(text: string, token: SqlToken): { at: number; end: number } | undefined {
    const literal = this.literal.find(text, token);
    if (literal || !this.pattern) return literal;
    if (token.kind !== 'whitespace' && token.kind !== 'word' && token.kind !== 'symbol') return undefined;
    this.pattern.lastIndex = token.start;
    const match = this.pattern.exec(text);
    if (!match || match[0].trim() === '') return undefined;
    const end = token.start + match[0].length;
    if (isWordPart(text[end - 1]!) && end < text.length && isWordPart(text[end]!)) return undefined;
    return { at: token.start, end };
  }
}

function isRegexLike(delimiter: string): boolean {
  return delimiter.length > 1 && /[\\^$.*+?()[\]{}|]/.test(delimiter);
}

function isWord(text: string, token: SqlToken, upper: string): boolean {
  return token.kind === 'word' && token.end - token.start === upper.length && text.slice(token.start, token.end).toUpperCase() === upper;
}

function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (!isWhitespace(c)) return false;
  }
  return true;
}

function aloneOnLine(text: string, token: SqlToken): boolean {
  if (!atLineStart(text, token.start)) return false;
  for (let i = token.end; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (!isWhitespace(c)) return false;
  }
  return true;
}

/** `DELIMITER $$` up to the end of its line. */
function readDelimiterCommand(text: string, from: number): { delimiter: string; end: number } {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const start = i;
  while (i < text.length && !isWhitespace(text[i]!)) i++;
  const delimiter = text.slice(start, i);
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return { delimiter, end: i };
}

/** 1-based line numbers of offsets; `\r\n`, `\n` and a lone `\r` each end a line. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}


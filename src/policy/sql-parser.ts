import type { Node } from 'libpg-query';
import type { PolicyChangeSet, PolicyInput, PolicyStatement } from './policy-input.js';
import { isContent, SqlScanner } from '../sql/sql-lexer.js';
import { loadPostgresParser, PostgresSyntaxError, type PostgresParser, type RawStatement } from './postgres-parser.js';
import { postgresSyntax } from '../sql/sql-syntax.js';
import { splitStatements, type SplitStatement } from '../sql/split-statements.js';

/**
 * Parses the statements of a policy input with libpg-query (PostgreSQL's own parser compiled to
 * WebAssembly). The WASM module is imported on first use only, so commands that never run
 * policy-check never load it. Results are cached by SQL text: the same statement checked twice
 * (plan, then check, or the same changelog in several environments) is parsed once.
 */

/** One SQL statement as the parser saw it. A policy statement may hold several (raw `sql` changes). */
export interface SqlUnit {
  /** The AST (decoded on first use: most statements are only checked to parse). */
  readonly node: Node;
  /** The node's type, e.g. `CreateStmt`, `AlterTableStmt`. */
  readonly kind: string;
  /** Source text from the end of the previous statement: leading comments (and directives) included. */
  readonly text: string;
  /** Offset in `text` of the statement's first token. */
  readonly codeStart: number;
  /** Offset in `text` just after the statement's last token (before its `;`). */
  readonly codeEnd: number;
  /** Line breaks between the start of the policy statement and the statement's first token. */
  readonly lineOffset: number;
}

/** A statement the parser rejected. */
export interface SqlSyntaxError {
  message: string;
  /** The rejected statement's source text. */
  text: string;
  /** Line breaks between the start of the policy statement and the error. */
  lineOffset: number;
}

export interface ParsedSql {
  units: SqlUnit[];
  errors: SqlSyntaxError[];
}

export interface ParsedStatement {
  statement: PolicyStatement;
  parsed: ParsedSql;
}

export interface ParsedChangeSet {
  changeSet: PolicyChangeSet;
  statements: ParsedStatement[];
}

/** The policy input with every statement parsed: what the built-in rules run on. */
export interface ParsedPolicyInput {
  input: PolicyInput;
  changeSets: ParsedChangeSet[];
}

const cache = new Map<string, ParsedSql>();
/**
 * Bounds the memory the cache holds (an AST takes about ten times its SQL) when a long-lived
 * process checks many changelogs: past this many cached characters, the cache starts over.
 */
const CACHE_CHARS = 4_000_000;
let cachedChars = 0;

/** Parses every statement of the input; a statement the parser rejects becomes an error entry, never an exception. */
export async function parsePolicyInput(input: PolicyInput): Promise<ParsedPolicyInput> {
  const parser = await loadSqlParser();
  const parsed = parser.parseMany(input.changeSets.flatMap((cs) => cs.statements.map((s) => s.sql)));
  let next = 0;
  return {
    input,
    changeSets: input.changeSets.map((changeSet) => ({
      changeSet,
      statements: changeSet.statements.map((statement) => ({ statement, parsed: parsed[next++]! })),
    })),
  };
}

export interface SqlParser {
  /** Parses SQL text holding zero or more statements; cached by text. */
  parse(sql: string): ParsedSql;
  /** The same for many texts, parsed together where possible (one parser call costs more than its statements). */
  parseMany(sqls: readonly string[]): ParsedSql[];
}

/** Loads libpg-query (once) and returns a synchronous, caching parser. */
export async function loadSqlParser(): Promise<SqlParser> {
  const lib = await loadPostgresParser();
  const remember = (sql: string, parsed: ParsedSql) => {
    if (cachedChars + sql.length > CACHE_CHARS) {
      cache.clear();
      cachedChars = 0;
    }
    cache.set(sql, parsed);
    cachedChars += sql.length;
    return parsed;
  };
  const parse = (sql: string): ParsedSql => cache.get(sql) ?? remember(sql, parseText(lib, sql));
  return {
    parse,
    parseMany(sqls) {
      // This call's results, apart from the cache, which may start over while they are parsed.
      const found = new Map<string, ParsedSql>();
      const queued = new Set<string>();
      let batch: string[] = [];
      let size = 0;
      const flush = () => {
        const parsed = parseBatch(lib, batch);
        batch.forEach((sql, i) => found.set(sql, remember(sql, parsed[i]!)));
        batch = [];
        size = 0;
      };
      for (const sql of sqls) {
        if (found.has(sql) || queued.has(sql)) continue;
        const cached = cache.get(sql);
        if (cached) {
          found.set(sql, cached);
          continue;
        }
        if (size + sql.length > BATCH_CHARS && batch.length) flush();
        batch.push(sql);
        queued.add(sql);
        size += sql.length;
      }
      flush();
      return sqls.map((sql) => found.get(sql)!);
    },
  };
}

/** Texts parsed in one call, up to about this many characters. */
const BATCH_CHARS = 256 * 1024;
const SEPARATOR = '\n;\n';
/** Pieces of a rejected text are parsed in windows of about this many characters. */
const WINDOW_CHARS = 16 * 1024;

/** A text the parser rejected: the error, and where in the text it points (UTF-16 offset) when it says. */
interface Rejection {
  error: unknown;
  at: number | undefined;
}

function tryParse(lib: PostgresParser, sql: string): RawStatement[] | Rejection {
  try {
    return lib.parse(sql);
  } catch (error) {
    return { error, at: errorOffset(error, sql) };
  }
}

function isRejection(outcome: RawStatement[] | Rejection): outcome is Rejection {
  return !Array.isArray(outcome);
}

/**
 * Parses several texts in one parser call, joined by `;` on lines of their own, and hands each
 * its statements back (see parseSegments for what happens when the parser rejects the batch).
 */
function parseBatch(lib: PostgresParser, texts: readonly string[]): ParsedSql[] {
  const results: ParsedSql[] = new Array(texts.length);
  const starts: number[] = [];
  let position = 0;
  for (const text of texts) {
    starts.push(position);
    position += text.length + SEPARATOR.length;
  }
  parseSegments(lib, {
    count: texts.length,
    length: (i) => texts[i]!.length + SEPARATOR.length,
    window: (from, to) => (from === 0 && to === texts.length ? texts : texts.slice(from, to)).join(SEPARATOR),
    offset: (from, i) => starts[i]! - starts[from]!,
    accept(from, to, _text, result) {
      const split = splitBatch(result, texts.slice(from, to));
      split?.forEach((parsed, i) => (results[from + i] = parsed));
      return split !== undefined;
    },
    alone(i) {
      results[i] = parseText(lib, texts[i]!);
      return results[i].errors.length === 0;
    },
  });
  return results;
}

/** The parsed batch's statements, handed to the texts they come from; undefined when one spans two texts. */
function splitBatch(statements: readonly RawStatement[], texts: readonly string[]): ParsedSql[] | undefined {
  const lengths = texts.map((t) => Buffer.byteLength(t, 'utf8'));
  const starts: number[] = [];
  let position = 0;
  for (const length of lengths) {
    starts.push(position);
    position += length + SEPARATOR.length;
  }
  const buckets: RawStatement[][] = texts.map(() => []);
  let index = 0;
  for (const statement of statements) {
    const { location, length } = statement;
    while (index + 1 < starts.length && location >= starts[index + 1]!) index++;
    const start = starts[index]!;
    // A text's last statement runs to the separator's `;`, just after the text's end (unitsOf
    // ends it with the text, as parsing the text alone would). Anything longer spans two texts.
    if (location < start || (length && location + length > start + lengths[index]! + 1)) return undefined;
    buckets[index]!.push(statement);
  }
  return texts.map((text, i) => ({ units: unitsOf(buckets[i]!, text, 0, starts[i]!), errors: [] }));
}

function parseText(lib: PostgresParser, sql: string): ParsedSql {
  // libpg-query refuses an empty string; an empty statement simply has nothing in it.
  if (!sql.trim()) return { units: [], errors: [] };
  const whole = tryParse(lib, sql);
  if (!isRejection(whole)) return { units: unitsOf(whole, sql, 0), errors: [] };
  // One rejected statement must not hide the others: they are parsed apart from it.
  const pieces = splitStatements(sql);
  if (pieces.length <= 1) {
    const piece = pieces[0];
    const text = piece ? sql.slice(piece.leadStart, piece.delimiterStart) : sql;
    return { units: [], errors: [syntaxError(whole.error, text, countNewlines(sql, 0, piece?.leadStart ?? 0))] };
  }
  return parsePieces(lib, sql, pieces, whole);
}

/**
 * The statements of a text the parser rejected, given its pieces: a piece is a statement with
 * the comments before it, from the previous `;` up to its own. Each piece gets what parsing it
 * alone would give.
 */
function parsePieces(lib: PostgresParser, sql: string, pieces: readonly SplitStatement[], rejection: Rejection): ParsedSql {
  const result: ParsedSql = { units: [], errors: [] };
  const leads = pieces.map((p) => p.leadStart);
  // Line breaks before an offset; pieces are parsed in order, so the count only moves forward.
  let newlines = 0;
  let counted = 0;
  const linesBefore = (offset: number) => {
    newlines += countNewlines(sql, counted, offset);
    counted = offset;
    return newlines;
  };
  const window = (from: number, to: number) => sql.slice(leads[from]!, pieces[to - 1]!.delimiterStart);
  parseSegments(
    lib,
    {
      count: pieces.length,
      length: (i) => pieces[i]!.delimiterStart - leads[i]! + 1,
      window,
      offset: (from, i) => leads[i]! - leads[from]!,
      accept(from, _to, text, parsed) {
        result.units.push(...unitsOf(parsed, text, linesBefore(leads[from]!)));
        return true;
      },
      alone(i) {
        const text = window(i, i + 1);
        const outcome = tryParse(lib, text);
        if (isRejection(outcome)) result.errors.push(syntaxError(outcome.error, text, linesBefore(leads[i]!)));
        else result.units.push(...unitsOf(outcome, text, linesBefore(leads[i]!)));
        return !isRejection(outcome);
      },
    },
    // The whole text starts where the first piece does, so its rejection points the same way.
    leads[0] === 0 ? rejection : undefined,
  );
  return result;
}

/** Consecutive parts of the parser's input that can be parsed together or one by one. */
interface Segments {
  readonly count: number;
  /** Characters of segment i (to size windows). */
  length(i: number): number;
  /** Segments [from, to) as one parser input. */
  window(from: number, to: number): string;
  /** Where segment i starts in window(from, …). */
  offset(from: number, i: number): number;
  /** Takes the parse of `text`, window(from, to); false when it cannot be handed to the segments (they are then parsed one by one). */
  accept(from: number, to: number, text: string, statements: RawStatement[]): boolean;
  /** Parses segment i on its own; false when the parser rejects it. */
  alone(i: number): boolean;
}

/**
 * Parses segments in as few parser calls as it can: all in one call; when the parser rejects
 * them, the segments before the one it points at again in one call, that one on its own, and
 * the rest the same way, so that a few rejected statements cost a few calls, not one per
 * statement. After a rejection, windows hold about WINDOW_CHARS, since each rejected window is
 * encoded for the parser again from its start. An error the parser does not place, or one it
 * places on a segment it accepts alone, sends the rest to be parsed one by one.
 */
function parseSegments(lib: PostgresParser, segments: Segments, known?: Rejection, first = 0, end = segments.count): void {
  let windowChars = Infinity;
  let from = first;
  const oneByOne = (to: number) => {
    for (let i = from; i < to; i++) segments.alone(i);
    from = to;
  };
  while (from < end) {
    let to = from + 1;
    for (let size = segments.length(from); to < end && size < windowChars; to++) size += segments.length(to);
    if (to - from === 1) {
      oneByOne(to);
      continue;
    }
    const text = known ? '' : segments.window(from, to);
    const outcome = known ?? tryParse(lib, text);
    known = undefined;
    if (!isRejection(outcome)) {
      if (segments.accept(from, to, text, outcome)) from = to;
      else oneByOne(to);
      continue;
    }
    const k = outcome.at === undefined ? undefined : segmentAt(segments, from, to, outcome.at);
    if (k === undefined) {
      oneByOne(to);
      continue;
    }
    if (k > from) parseSegments(lib, segments, undefined, from, k);
    from = k + 1;
    if (segments.alone(k)) {
      oneByOne(end);
      return;
    }
    windowChars = WINDOW_CHARS;
  }
}

/** The segment of window(from, to) that holds `offset`. */
function segmentAt(segments: Segments, from: number, to: number, offset: number): number {
  let low = from;
  let high = to - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments.offset(from, mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Where in `sql` the parser's error points, as a UTF-16 offset. PostgreSQL counts characters
 * (code points) from 0; libpg-query reports 0 also when the error has no position, so 0 is only
 * a hint (callers check that the text it points at is really rejected).
 */
function errorOffset(error: unknown, sql: string): number | undefined {
  if (!(error instanceof PostgresSyntaxError)) return undefined;
  const cursor = error.cursorPosition;
  if (!/[\ud800-\udfff]/.test(sql)) return Math.min(cursor, sql.length);
  let i = 0;
  for (let n = 0; n < cursor && i < sql.length; n++) i += sql.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

function syntaxError(error: unknown, text: string, baseLines: number): SqlSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const cursor = error instanceof PostgresSyntaxError ? error.cursorPosition : undefined;
  // The cursor is a byte position; for non-ASCII text the line may be off by the multi-byte count, never by a line.
  const at = cursor !== undefined && cursor > 0 ? Math.min(cursor - 1, text.length) : firstCodeOffset(text);
  return { message, text, lineOffset: baseLines + countNewlines(text, 0, at) };
}

/**
 * Turns the parser's statements into units. libpg-query reports byte offsets; they are mapped
 * back to characters (exactly, through a byte buffer, when the text is not plain ASCII).
 *
 * PostgreSQL 18 places a statement at its first token, so the comments before it are not part
 * of it; a unit's text starts right after the previous statement's `;`, so that `dbops:ignore`
 * directives written above a statement belong to it (a comment after a `;` belongs to the next
 * statement, as when the engine splits a script into statements).
 */
function unitsOf(statements: readonly RawStatement[], text: string, baseLines: number, byteOffset = 0): SqlUnit[] {
  if (!statements.length) return [];
  const ascii = !/[^\x00-\x7f]/.test(text);
  const bytes = ascii ? undefined : Buffer.from(text, 'utf8');
  const total = bytes ? bytes.length : text.length;
  const slice = (from: number, to: number) => (bytes ? bytes.subarray(from, to).toString('utf8') : text.slice(from, to));
  const spans = statements.map((raw) => {
    const code = raw.location - byteOffset;
    return { code, end: raw.length ? Math.min(code + raw.length, total) : total, start: 0 };
  });
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!;
    const cur = spans[i]!;
    const gap = slice(prev.end, cur.code);
    const after = afterLastDelimiter(gap);
    cur.start = prev.end + (bytes ? Buffer.byteLength(gap.slice(0, after), 'utf8') : after);
  }
  const units: SqlUnit[] = [];
  let newlines = baseLines;
  let counted = 0;
  for (let i = 0; i < statements.length; i++) {
    const span = spans[i]!;
    newlines += bytes ? countByte(bytes, counted, span.code) : countNewlines(text, counted, span.code);
    counted = span.code;
    const raw = statements[i]!;
    units.push(
      new ParsedUnit(
        raw,
        slice(span.start, span.end),
        bytes ? bytes.subarray(span.start, span.code).toString('utf8').length : span.code - span.start,
        bytes ? bytes.subarray(span.start, span.end).toString('utf8').length : span.end - span.start,
        newlines,
      ),
    );
  }
  return units;
}

class ParsedUnit implements SqlUnit {
  readonly kind: string;

  constructor(
    private readonly raw: RawStatement,
    readonly text: string,
    readonly codeStart: number,
    readonly codeEnd: number,
    readonly lineOffset: number,
  ) {
    this.kind = raw.kind;
  }

  /** Decoded when a rule or the schema timeline reads it. */
  get node(): Node {
    return this.raw.node;
  }
}

/**
 * Offset just after the last `;` in `gap` (0 when there is none), the text between two
 * statements: whitespace, comments and the `;` of empty statements.
 */
function afterLastDelimiter(gap: string): number {
  if (!gap.includes('-') && !gap.includes('/')) return gap.lastIndexOf(';') + 1;
  let after = 0;
  const token = new SqlScanner(gap, postgresSyntax);
  while (token.next()) if (token.kind === 'symbol' && gap[token.start] === ';') after = token.end;
  return after;
}

function countByte(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (bytes[i] === 10) count++;
  return count;
}

/** Offset of the first character that is neither whitespace nor inside a comment. */
function firstCodeOffset(text: string): number {
  const token = new SqlScanner(text, postgresSyntax);
  while (token.next()) if (isContent(token)) return token.start;
  return text.length;
}

/** Counts the line breaks in `text` between `start` and `end`. */
function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

import type { SqlSyntax } from './sql-syntax.js';

/**
 * Just enough of a SQL lexer to know where statements and comments are: it never needs the
 * grammar, only which characters are inside strings, quoted identifiers, dollar-quoted bodies and
 * comments. Input it cannot close (an unterminated string, say) runs to the end of the text and is
 * marked, so callers never fail on bad SQL: the database reports it better.
 */

export type SqlTokenKind =
  | 'whitespace'
  | 'line-comment'
  | 'block-comment'
  | 'string'
  | 'quoted-identifier'
  | 'dollar-quoted'
  | 'word'
  | 'symbol';

export interface SqlToken {
  kind: SqlTokenKind;
  /** Offset of the first character (UTF-16 code units, as JavaScript strings count). */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** A string, identifier, body or comment that the text ends inside. */
  unterminated?: boolean;
}

export function isComment(token: SqlToken): boolean {
  return token.kind === 'line-comment' || token.kind === 'block-comment';
}

/** Not whitespace and not a comment: the token belongs to a statement's SQL. */
export function isContent(token: SqlToken): boolean {
  return token.kind !== 'whitespace' && !isComment(token);
}

/**
 * Walks the tokens of a text without making an object per token: after each `next()`, the
 * scanner itself is the current token (`kind`, `start`, `end`, `unterminated`).
 */
export class SqlScanner implements SqlToken {
  kind: SqlTokenKind = 'whitespace';
  start = 0;
  end = 0;
  unterminated = false;

  constructor(
    readonly text: string,
    readonly syntax: SqlSyntax,
    /** Where the first token starts. */
    from = 0,
  ) {
    this.end = from;
  }

  /** Moves to the next token; false at the end of the text. */
  next(): boolean {
    const { text, syntax } = this;
    const pos = this.end;
    if (pos >= text.length) return false;
    this.start = pos;
    this.unterminated = false;
    const code = text.charCodeAt(pos);
    if (isWhitespaceCode(code)) {
      let end = pos + 1;
      while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) end++;
      return this.found('whitespace', end);
    }
    if (isWordStartCode(code)) {
      let end = pos + 1;
      while (end < text.length && isWordPartCode(text.charCodeAt(end))) end++;
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
    if (code === 0x23 && syntax.hashComments) return this.lineComment();
    if (code === 0x2f && next === 0x2a) return this.blockComment();
    const c = text[pos]!;
    if (syntax.stringQuotes.includes(c)) return this.quoted(pos, 'string', syntax.backslashEscapes);
    if (syntax.identifierQuotes.includes(c)) return this.quoted(pos, 'quoted-identifier', false);
    if (code === 0x24 && syntax.dollarQuotes && this.dollarQuoted()) return true;
    return this.found('symbol', pos + 1);
  }

  /** Continues after `position` (which the caller has read otherwise). */
  skipTo(position: number): void {
    this.end = position;
  }

  /** The current token as an object of its own. */
  token(): SqlToken {
    return this.unterminated ? { kind: this.kind, start: this.start, end: this.end, unterminated: true } : { kind: this.kind, start: this.start, end: this.end };
  }

  private found(kind: SqlTokenKind, end: number, unterminated = false): true {
    this.kind = kind;
    this.end = end;
    this.unterminated = unterminated;
    return true;
  }

  private lineComment(): true {
    const { text } = this;
    let end = this.start;
    for (let code = text.charCodeAt(end); end < text.length && code !== 0x0a && code !== 0x0d; code = text.charCodeAt(++end));
    return this.found('line-comment', end);
  }

  private blockComment(): true {
    const { text } = this;
    const nested = this.syntax.nestedBlockComments;
    let depth = 1;
    let i = this.start + 2;
    while (i < text.length) {
      const close = text.indexOf('*/', i);
      const open = nested ? text.indexOf('/*', i) : -1;
      if (close < 0) break;
      if (open >= 0 && open < close) {
        depth++;
        i = open + 2;
      } else {
        i = close + 2;
        if (--depth === 0) return this.found('block-comment', i);
      }
    }
    return this.found('block-comment', text.length, true);
  }

  /** A quoted run from `quoteAt`; a doubled quote stays inside, as does an escaped one. */
  private quoted(quoteAt: number, kind: SqlTokenKind, backslashEscapes: boolean): true {
    const { text } = this;
    const quote = text[quoteAt]!;
    let escape = backslashEscapes ? text.indexOf('\\', quoteAt + 1) : -1;
    let i = quoteAt + 1;
    for (;;) {
      const at = text.indexOf(quote, i);
      if (at < 0) return this.found(kind, text.length, true);
      if (escape >= 0 && escape < at) {
        i = escape + 2;
        escape = text.indexOf('\\', i);
      } else if (text[at + 1] === quote) {
        i = at + 2;
      } else {
        return this.found(kind, at + 1);
      }
      if (i >= text.length) return this.found(kind, text.length, true);
    }
  }

  /** `$tag$…$tag$`; false when the `$` opens no body (a parameter such as `$1`, or a lone `$`). */
  private dollarQuoted(): boolean {
    const { text } = this;
    DOLLAR_TAG.lastIndex = this.start;
    const open = DOLLAR_TAG.exec(text);
    if (!open) return false;
    const delimiter = open[0];
    const close = text.indexOf(delimiter, this.start + delimiter.length);
    return close < 0 ? this.found('dollar-quoted', text.length, true) : this.found('dollar-quoted', close + delimiter.length);
  }
}

const DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;

/** Every token of `text`, in order. */
export function* tokenize(text: string, syntax: SqlSyntax): Generator<SqlToken> {
  const scanner = new SqlScanner(text, syntax);
  while (scanner.next()) yield scanner.token();
}

export function isWhitespace(c: string): boolean {
  return isWhitespaceCode(c.charCodeAt(0));
}

/** Letters, `_`, digits and anything beyond ASCII start a word (identifier, keyword or number). */
export function isWordStart(c: string): boolean {
  return isWordStartCode(c.charCodeAt(0));
}

/** `$` continues a word, as in PostgreSQL identifiers (`a$b`) and MySQL ones. */
export function isWordPart(c: string): boolean {
  return isWordPartCode(c.charCodeAt(0));
}

/** Space, tab, line feed, vertical tab, form feed, carriage return. */
function isWhitespaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isWordStartCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f || // _
    code >= 0x80
  );
}

function isWordPartCode(code: number): boolean {
  return isWordStartCode(code) || code === 0x24;
}

import { isComment, isWhitespace, tokenize, type SqlToken } from './sql-lexer.js';
import { postgresSyntax, type SqlSyntax } from './sql-syntax.js';

/**
 * Removes `--` and `/* *\/` comments (and `#` ones where the syntax has them), leaving strings,
 * quoted identifiers and dollar-quoted bodies exactly as written. Line breaks stay, so line
 * numbers do not move.
 *
 * @example stripComments("select 1 -- one\nfrom t /* x *\/ where a = '--'") // "select 1 \nfrom t  where a = '--'"
 */
export function stripComments(sql: string, syntax: SqlSyntax = postgresSyntax): string {
  return joinWithoutComments(sql, [...tokenize(sql, syntax)]);
}

/**
 * The text of `tokens` without their comments. A comment that alone separated two tokens
 * (`select/*x*\/1`) becomes one space, so the SQL keeps its meaning.
 */
export function joinWithoutComments(text: string, tokens: readonly SqlToken[]): string {
  let out = '';
  let separate = false;
  for (const token of tokens) {
    if (isComment(token)) {
      separate = true;
      continue;
    }
    const piece = text.slice(token.start, token.end);
    if (separate && out !== '' && !isWhitespace(out[out.length - 1]!) && !isWhitespace(piece[0]!)) out += ' ';
    separate = false;
    out += piece;
  }
  return out;
}

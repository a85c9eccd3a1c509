import { RegoParseError, type RegoLocation } from './errors.js';

export type TokenKind = 'ident' | 'number' | 'string' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation text, number literal text, or the decoded string. */
  text: string;
  /** True for a raw (backquoted) string. */
  raw?: boolean;
  line: number;
  col: number;
  /** A newline separates this token from the previous one (Rego ends a literal at a newline). */
  newlineBefore: boolean;
  /** Any whitespace or comment separates this token from the previous one. */
  spaceBefore: boolean;
}

const PUNCT2 = [':=', '==', '!=', '<=', '>='];
const PUNCT1 = '{}[]().,;:=<>+-*/%&|';

/** Splits Rego source into tokens; errors carry file:line:col. */
export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let newlineBefore = false;
  let spaceBefore = false;
  const loc = (at: number): RegoLocation => ({ file, line, col: at - lineStart + 1 });
  const fail = (reason: string, at: number): never => {
    throw new RegoParseError(reason, loc(at));
  };
  const push = (kind: TokenKind, text: string, startLine: number, startCol: number, raw?: boolean) => {
    tokens.push({ kind, text, raw, line: startLine, col: startCol, newlineBefore, spaceBefore });
    newlineBefore = false;
    spaceBefore = false;
  };

  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      newlineBefore = true;
      spaceBefore = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      spaceBefore = true;
      continue;
    }
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      spaceBefore = true;
      continue;
    }
    const startLine = line;
    const startCol = i - lineStart + 1;
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j]!)) j++;
      push('ident', source.slice(i, j), startLine, startCol);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(source.slice(i, i + 400));
      if (!m) fail('invalid number', i);
      const text = m![0];
      if (/[A-Za-z_0-9.]/.test(source[i + text.length] ?? '')) fail(`invalid number ${JSON.stringify(source.slice(i, i + text.length + 1))}`, i);
      push('number', text, startLine, startCol);
      i += text.length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let out = '';
      for (;;) {
        if (j >= source.length || source[j] === '\n') fail('non-terminated string', i);
        const d = source[j]!;
        if (d === '"') break;
        if (d === '\\') {
          const e = source[j + 1];
          const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          if (e !== undefined && e in simple) {
            out += simple[e];
            j += 2;
            continue;
          }
          if (e === 'u') {
            const hex = source.slice(j + 2, j + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail('illegal \\u escape in string', j);
            out += String.fromCharCode(parseInt(hex, 16));
            j += 6;
            continue;
          }
          fail(`illegal escape sequence \\${e ?? ''} in string`, j);
        }
        out += d;
        j++;
      }
      push('string', out, startLine, startCol);
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      if (end < 0) fail('non-terminated raw string', i);
      const text = source.slice(i + 1, end);
      push('string', text, startLine, startCol, true);
      for (const ch of text) {
        if (ch === '\n') line++;
      }
      const lastNl = text.lastIndexOf('\n');
      if (lastNl >= 0) lineStart = i + 1 + lastNl + 1;
      i = end + 1;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (PUNCT2.includes(two)) {
      push('punct', two, startLine, startCol);
      i += 2;
      continue;
    }
    if (PUNCT1.includes(c)) {
      push('punct', c, startLine, startCol);
      i++;
      continue;
    }
    fail(`illegal token ${JSON.stringify(c)}`, i);
  }
  tokens.push({ kind: 'eof', text: '', line, col: i - lineStart + 1, newlineBefore: true, spaceBefore: true });
  return tokens;
}

import { BuiltinError } from '../errors.js';
import { arr, def, operandError, str, type BuiltinTable } from './builtin.js';

const cache = new Map<string, RegExp>();

/** Escapes a character for use outside a class (u-mode allows only syntax characters). */
function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|\/]/.test(c) ? '\\' + c : c;
}

/** Escapes a character inside a class. */
function escapeClassChar(c: string): string {
  return /[\\\]\[^-]/.test(c) ? '\\' + c : c;
}

/**
 * Compiles a glob with the semantics of gobwas/glob (which OPA uses): `*` stops at delimiters,
 * `**` does not, `?` is one non-delimiter character, `[abc]`, `[!a-c]`, `{a,b}`, `\` escapes.
 */
export function compileGlob(pattern: string, delimiters: string[]): RegExp {
  const key = JSON.stringify([pattern, delimiters]);
  const hit = cache.get(key);
  if (hit) return hit;
  const notDelim = delimiters.length ? `[^${delimiters.map(escapeClassChar).join('')}]` : '[\\s\\S]';
  let i = 0;
  const parse = (inAlt: boolean): string => {
    let out = '';
    while (i < pattern.length) {
      const c = pattern[i]!;
      if (inAlt && (c === ',' || c === '}')) return out;
      i++;
      if (c === '*') {
        if (pattern[i] === '*') {
          i++;
          out += '[\\s\\S]*';
        } else out += `${notDelim}*`;
      } else if (c === '?') out += notDelim;
      else if (c === '\\') {
        if (i >= pattern.length) throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
        out += escapeChar(pattern[i++]!);
      } else if (c === '[') {
        let neg = false;
        if (pattern[i] === '!') {
          neg = true;
          i++;
        }
        let body = '';
        while (i < pattern.length && pattern[i] !== ']') {
          const ch = pattern[i++]!;
          body += ch === '-' ? '-' : escapeClassChar(ch);
        }
        if (i >= pattern.length) throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
        i++;
        out += `[${neg ? '^' : ''}${body}]`;
      } else if (c === '{') {
        const alts: string[] = [];
        for (;;) {
          alts.push(parse(true));
          if (pattern[i] === ',') {
            i++;
            continue;
          }
          if (pattern[i] === '}') {
            i++;
            break;
          }
          throw new BuiltinError('eval_builtin_error', `glob.match: unexpected end of input`);
        }
        out += `(?:${alts.join('|')})`;
      } else out += escapeChar(c);
    }
    return out;
  };
  const re = new RegExp(`^(?:${parse(false)})$`, 'u');
  cache.set(key, re);
  return re;
}

export const globBuiltins: BuiltinTable = {
  'glob.match': def(3, (a) => {
    const pattern = str('glob.match', a, 0);
    let delimiters: string[];
    if (a[1] === null) delimiters = [];
    else {
      const list = arr('glob.match', a, 1);
      delimiters = list.map((d) => {
        if (typeof d !== 'string') throw operandError('glob.match', 2, 'array of strings', a[1]!);
        return d;
      });
      if (delimiters.length === 0) delimiters = ['.'];
    }
    const value = str('glob.match', a, 2);
    return compileGlob(pattern, delimiters).test(value);
  }),
};

import { compareStrings, RegoObject, RegoSet, type Value } from '../value.js';
import { builtinError, def, obj, operandError, str, type BuiltinTable } from './builtin.js';

/** Go's url.QueryEscape: everything but unreserved characters is %XX, a space is `+`. */
function queryEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's url.QueryUnescape. */
function queryUnescape(name: string, s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw builtinError(name, `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c === '+') bytes.push(0x20);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

export const urlqueryBuiltins: BuiltinTable = {
  'urlquery.encode': def(1, (a) => queryEscape(str('urlquery.encode', a, 0))),
  'urlquery.decode': def(1, (a) => queryUnescape('urlquery.decode', str('urlquery.decode', a, 0))),
  'urlquery.encode_object': def(1, (a) => {
    const o = obj('urlquery.encode_object', a, 0);
    const pairs: [string, string][] = [];
    for (const [k, v] of o.pairs()) {
      if (typeof k !== 'string') throw operandError('urlquery.encode_object', 1, 'object with string keys', o);
      const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : v instanceof RegoSet ? v.sorted() : undefined;
      if (!values || values.some((x) => typeof x !== 'string')) throw operandError('urlquery.encode_object', 1, 'object of strings, arrays or sets of strings', o);
      for (const x of values) pairs.push([k, x as string]);
    }
    // url.Values.Encode sorts by key and keeps the order of each key's values.
    const keys = [...new Set(pairs.map((p) => p[0]))].sort(compareStrings);
    return keys.flatMap((k) => pairs.filter((p) => p[0] === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`)).join('&');
  }),
  'urlquery.decode_object': def(1, (a) => {
    const s = str('urlquery.decode_object', a, 0);
    const out = new Map<string, Value[]>();
    for (const part of s.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const key = queryUnescape('urlquery.decode_object', eq < 0 ? part : part.slice(0, eq));
      const value = eq < 0 ? '' : queryUnescape('urlquery.decode_object', part.slice(eq + 1));
      out.set(key, [...(out.get(key) ?? []), value]);
    }
    return new RegoObject([...out].map(([k, v]) => [k, v] as const));
  }),
};

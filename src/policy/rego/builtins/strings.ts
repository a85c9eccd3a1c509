import { BuiltinError } from '../errors.js';
import { goSprintf } from '../go-sprintf.js';
import { isNumber, RegoObject, RegoSet, runeLength, typeName, type Value } from '../value.js';
import { arr, builtinError, def, int, num, operandError, str, type BuiltinTable } from './builtin.js';

/** Strings are indexed by runes (code points) in Go/OPA, not UTF-16 units. */
function runes(s: string): string[] {
  return [...s];
}

function stringList(name: string, v: Value, pos: number): string[] {
  let items: Value[];
  if (Array.isArray(v)) items = [...v];
  else if (v instanceof RegoSet) items = [...v.values()];
  else throw operandError(name, pos, 'one of {set, array}', v);
  return items.map((x) => {
    if (typeof x !== 'string') throw operandError(name, pos, 'array of strings', v);
    return x;
  });
}

/** Operand of strings.any_prefix_match and friends: a string, or an array/set of strings. */
function stringOrList(name: string, v: Value, pos: number): string[] {
  if (typeof v === 'string') return [v];
  let items: Value[];
  if (Array.isArray(v)) items = [...v];
  else if (v instanceof RegoSet) items = [...v.values()];
  else throw operandError(name, pos, 'one of {string, set, array}', v);
  for (const x of items) {
    if (typeof x !== 'string') {
      throw new BuiltinError('eval_type_error', `${name}: operand ${pos} must be array of strings but got array containing ${typeName(x)}`);
    }
  }
  return items as string[];
}

function cutsetTrim(s: string, cutset: string, left: boolean, right: boolean): string {
  const cut = new Set(runes(cutset));
  const rs = runes(s);
  let a = 0;
  let b = rs.length;
  if (left) while (a < b && cut.has(rs[a]!)) a++;
  if (right) while (b > a && cut.has(rs[b - 1]!)) b--;
  return rs.slice(a, b).join('');
}

/** Go's unicode.IsSpace, used by strings.TrimSpace. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** Go's strings.Split: an empty separator splits into runes. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return runes(s);
  return s.split(sep);
}

/** Go's strings.NewReplacer(...).Replace: one pass, earlier pairs win at each position. */
function replaceN(pairs: [string, string][], s: string): string {
  let out = '';
  let i = 0;
  outer: while (i <= s.length) {
    for (const [from, to] of pairs) {
      if (from === '') continue;
      if (s.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
}

function formatInt(a: Value[]): Value {
  const n = num('format_int', a, 0);
  const base = a[1];
  if (!isNumber(base) || ![2, 8, 10, 16].includes(Number(base))) {
    throw new BuiltinError('eval_type_error', `format_int: operand 2 must be one of {2, 8, 10, 16}`);
  }
  const i = typeof n === 'bigint' ? n : BigInt(Math.trunc(n));
  const neg = i < 0n;
  return (neg ? '-' : '') + (neg ? -i : i).toString(Number(base));
}

export const stringBuiltins: BuiltinTable = {
  concat: def(2, (a) => stringList('concat', a[1]!, 2).join(str('concat', a, 0))),
  contains: def(2, (a) => str('contains', a, 0).includes(str('contains', a, 1))),
  startswith: def(2, (a) => str('startswith', a, 0).startsWith(str('startswith', a, 1))),
  endswith: def(2, (a) => str('endswith', a, 0).endsWith(str('endswith', a, 1))),
  lower: def(1, (a) => str('lower', a, 0).toLowerCase()),
  upper: def(1, (a) => str('upper', a, 0).toUpperCase()),
  split: def(2, (a) => goSplit(str('split', a, 0), str('split', a, 1))),
  replace: def(3, (a) => str('replace', a, 0).replaceAll(str('replace', a, 1), str('replace', a, 2))),
  'strings.replace_n': def(2, (a) => {
    const patterns = a[0]!;
    if (!(patterns instanceof RegoObject)) throw operandError('strings.replace_n', 1, 'object', patterns);
    const s = str('strings.replace_n', a, 1);
    const pairs: [string, string][] = [];
    for (const [k, v] of patterns.sortedPairs()) {
      if (typeof k !== 'string') throw new BuiltinError('eval_type_error', 'strings.replace_n: operand 1 non-string key found in pattern object');
      if (typeof v !== 'string') throw new BuiltinError('eval_type_error', 'strings.replace_n: operand 1 non-string value found in pattern object');
      pairs.push([k, v]);
    }
    return replaceN(pairs, s);
  }),
  substring: def(3, (a) => {
    const rs = runes(str('substring', a, 0));
    const start = int('substring', a, 1);
    const length = int('substring', a, 2);
    if (start < 0) throw builtinError('substring', 'negative offset');
    if (start >= rs.length) return '';
    if (length < 0) return rs.slice(start).join('');
    return rs.slice(start, Math.min(rs.length, start + length)).join('');
  }),
  indexof: def(2, (a) => {
    const s = str('indexof', a, 0);
    const sub = str('indexof', a, 1);
    const i = s.indexOf(sub);
    return i < 0 ? -1 : runeLength(s.slice(0, i));
  }),
  indexof_n: def(2, (a) => {
    const s = str('indexof_n', a, 0);
    const sub = str('indexof_n', a, 1);
    const out: Value[] = [];
    if (sub === '') return out;
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) out.push(runeLength(s.slice(0, i)));
    return out;
  }),
  trim: def(2, (a) => cutsetTrim(str('trim', a, 0), str('trim', a, 1), true, true)),
  trim_left: def(2, (a) => cutsetTrim(str('trim_left', a, 0), str('trim_left', a, 1), true, false)),
  trim_right: def(2, (a) => cutsetTrim(str('trim_right', a, 0), str('trim_right', a, 1), false, true)),
  trim_prefix: def(2, (a) => {
    const s = str('trim_prefix', a, 0);
    const p = str('trim_prefix', a, 1);
    return s.startsWith(p) ? s.slice(p.length) : s;
  }),
  trim_suffix: def(2, (a) => {
    const s = str('trim_suffix', a, 0);
    const p = str('trim_suffix', a, 1);
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  }),
  trim_space: def(1, (a) => str('trim_space', a, 0).replace(GO_SPACE, '')),
  sprintf: def(2, (a) => goSprintf(str('sprintf', a, 0), arr('sprintf', a, 1))),
  format_int: def(2, formatInt),
  'strings.reverse': def(1, (a) => {
    const v = a[0]!;
    if (typeof v !== 'string') throw operandError('reverse', 1, 'string', v);
    return runes(v).reverse().join('');
  }),
  'strings.count': def(2, (a) => {
    const s = str('strings.count', a, 0);
    const sub = str('strings.count', a, 1);
    if (sub === '') return runeLength(s) + 1;
    return s.split(sub).length - 1;
  }),
  'strings.any_prefix_match': def(2, (a) => {
    const search = stringOrList('strings.any_prefix_match', a[0]!, 1);
    const base = stringOrList('strings.any_prefix_match', a[1]!, 2);
    return search.some((s) => base.some((b) => s.startsWith(b)));
  }),
  'strings.any_suffix_match': def(2, (a) => {
    const search = stringOrList('strings.any_suffix_match', a[0]!, 1);
    const base = stringOrList('strings.any_suffix_match', a[1]!, 2);
    return search.some((s) => base.some((b) => s.endsWith(b)));
  }),
};

import { BuiltinError } from '../errors.js';
import { findAllMatches, regexMatches, regexReplaceAll, regexSplit } from '../go-regexp.js';
import { compileRe2Matcher } from '../re2-matcher.js';
import type { Value } from '../value.js';
import { def, int, str, type BuiltinTable } from './builtin.js';

/** Runs a regex operation, turning pattern errors into builtin errors named after the builtin. */
function withPattern<T>(name: string, pattern: string, f: () => T): T {
  try {
    compileRe2Matcher(pattern);
  } catch (e) {
    throw new BuiltinError('eval_builtin_error', `${name}: ${(e as Error).message}`);
  }
  return f();
}

function match(name: string, a: Value[]): boolean {
  const pattern = str(name, a, 0);
  const value = str(name, a, 1);
  return withPattern(name, pattern, () => regexMatches(pattern, value));
}

/**
 * regex.template_match: the template is literal text with regular expressions between the
 * delimiters (`urn:{[a-z]+}:x`); delimiters nest, as in OPA (gorilla/mux style).
 */
function templateMatch(a: Value[]): boolean {
  const name = 'regex.template_match';
  const template = str(name, a, 0);
  const value = str(name, a, 1);
  const open = str(name, a, 2);
  const close = str(name, a, 3);
  if ([...open].length !== 1 || [...close].length !== 1) throw new BuiltinError('eval_builtin_error', `${name}: delimiters must be single characters`);
  let pattern = '^';
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf(open, i);
    if (start < 0) {
      pattern += quoteMeta(template.slice(i));
      break;
    }
    pattern += quoteMeta(template.slice(i, start));
    let depth = 0;
    let end = -1;
    for (let j = start; j < template.length; j++) {
      if (template[j] === open) depth++;
      else if (template[j] === close && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) throw new BuiltinError('eval_builtin_error', `${name}: unbalanced braces in ${JSON.stringify(template)}`);
    pattern += `(?:${template.slice(start + 1, end)})`;
    i = end + 1;
  }
  pattern += '$';
  return withPattern(name, pattern, () => regexMatches(pattern, value));
}

/** Go's regexp.QuoteMeta. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

export const regexBuiltins: BuiltinTable = {
  'regex.template_match': def(4, templateMatch),
  'regex.match': def(2, (a) => match('regex.match', a)),
  re_match: def(2, (a) => match('re_match', a)),
  'regex.is_valid': def(1, ([p]) => {
    if (typeof p !== 'string') return false;
    try {
      compileRe2Matcher(p);
      return true;
    } catch {
      return false;
    }
  }),
  'regex.find_n': def(3, (a) => {
    const pattern = str('regex.find_n', a, 0);
    const value = str('regex.find_n', a, 1);
    const n = int('regex.find_n', a, 2);
    return withPattern('regex.find_n', pattern, () => findAllMatches(pattern, value, n).map((m) => m.groups[0]!));
  }),
  'regex.find_all_string_submatch_n': def(3, (a) => {
    const name = 'regex.find_all_string_submatch_n';
    const pattern = str(name, a, 0);
    const value = str(name, a, 1);
    const n = int(name, a, 2);
    return withPattern(name, pattern, () => findAllMatches(pattern, value, n).map((m) => m.groups));
  }),
  'regex.split': def(2, (a) => {
    const pattern = str('regex.split', a, 0);
    const value = str('regex.split', a, 1);
    return withPattern('regex.split', pattern, () => regexSplit(pattern, value));
  }),
  'regex.replace': def(3, (a) => {
    const s = str('regex.replace', a, 0);
    const pattern = str('regex.replace', a, 1);
    const value = str('regex.replace', a, 2);
    return withPattern('regex.replace', pattern, () => regexReplaceAll(pattern, s, value));
  }),
};

/**
 * Translates Go RE2 regular-expression syntax (what Rego's regex builtins take) into an
 * equivalent JavaScript RegExp source, always compiled with the `u` flag.
 *
 * JavaScript reads several RE2 constructs differently or not at all: `(?i)` and `(?i:...)` flag
 * groups, `[^]...]` (RE2: `]` right after `[`/`[^` is a literal; JS: `[^]` is "any character"),
 * `\A`/`\z`, POSIX classes `[[:alpha:]]`, `\Q...\E`, `(?P<name>...)`, ASCII-only `\s`, and `.`
 * excluding only `\n`. Rather than rewriting text piecemeal, the pattern is parsed
 * (re2-syntax.ts) and every node is emitted explicitly (classes as code-point ranges), so no JS
 * flag other than `u` is needed and flags can change in the middle of a pattern, as RE2 allows.
 */
import { flattenNestedRepeats, parseRe2, type Re2Node } from './re2-syntax.js';

export { Re2SyntaxError } from './re2-syntax.js';

export interface TranslatedRegex {
  /** JS RegExp source, to be compiled with flags `u` (plus `g`/`y` as the caller needs). */
  source: string;
  /** Number of capturing groups (same numbering as RE2; names are not emitted). */
  groupCount: number;
  /** RE2 group names by group number. */
  names: (string | undefined)[];
}

const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function emitLiteral(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (SYNTAX_CHARS.has(ch)) return '\\' + ch;
  if (cp < 0x20 || cp === 0x7f || ch === '-' || ch === ',') return hex(cp);
  return ch;
}

function emitClass(n: Extract<Re2Node, { t: 'class' }>): string {
  if (!n.negated && n.props.length === 0 && n.ranges.length === 1 && n.ranges[0]![0] === n.ranges[0]![1]) {
    return emitLiteral(n.ranges[0]![0]);
  }
  const body = n.ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
  return `[${n.negated ? '^' : ''}${body}${n.props.join('')}]`;
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (max === Infinity) return `{${min},}`;
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/** Emits a node; `atom` asks for something a quantifier can apply to. */
function emit(n: Re2Node, atom = false): string {
  switch (n.t) {
    case 'empty':
      return atom ? '(?:)' : '';
    case 'class':
      return emitClass(n);
    case 'assert': {
      const src = { bot: '^', eot: '$', bol: '(?<![^\\n])', eol: '(?![^\\n])', wordb: '\\b', nonwordb: '\\B' }[n.kind];
      // JS cannot quantify an assertion directly (RE2 can: `^*`).
      return atom ? `(?:${src})` : src;
    }
    case 'group':
      return `(${emit(n.child)})`;
    case 'concat': {
      const s = n.items.map((x) => emit(x)).join('');
      return atom ? `(?:${s})` : s;
    }
    case 'alt': {
      const s = n.items.map((x) => emit(x)).join('|');
      return `(?:${s})`;
    }
    case 'repeat':
      return emit(n.child, true) + quantifier(n.min, n.max) + (n.greedy ? '' : '?');
  }
}

/** Translates an RE2 pattern; throws Re2SyntaxError with Go's wording for invalid patterns. */
export function translateRe2(pattern: string): TranslatedRegex {
  const parsed = parseRe2(pattern);
  const root = flattenNestedRepeats(parsed.root);
  // The top-level alternation needs no group of its own.
  const source = root.t === 'alt' ? root.items.map((x) => emit(x)).join('|') : emit(root);
  return { source, groupCount: parsed.groupCount, names: parsed.names };
}

const cache = new Map<string, RegExp>();

/**
 * Compiles an RE2 pattern to a global JS RegExp, cached (policies call the same patterns for
 * every statement). Callers must reset `lastIndex` before use.
 */
export function compileRe2(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const { source } = translateRe2(pattern);
    re = new RegExp(source, 'gu');
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

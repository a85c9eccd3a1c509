/**
 * Parser for Go RE2 regular-expression syntax (what Rego's regex builtins take), producing a
 * small syntax tree in which flags are already applied: `(?i)` has become case-folded classes,
 * `(?s)` a `.` that matches newlines, `(?m)` line anchors, `(?U)` swapped greediness. Two
 * back ends read the tree: re2-to-js.ts (JavaScript RegExp source) and re2-backtrack.ts (a
 * linear-time matcher for patterns that would backtrack exponentially in JavaScript).
 */

/** RE2 rejected the pattern; the message follows Go's `error parsing regexp: ...`. */
export class Re2SyntaxError extends Error {
  override name = 'Re2SyntaxError';
  constructor(code: string, fragment: string) {
    super(`error parsing regexp: ${code}: \`${fragment}\``);
  }
}

/** Inclusive code point range. */
export type Range = [number, number];

export type AssertKind =
  /** Start of text (`\A`, or `^` without (?m)). */
  | 'bot'
  /** End of text (`\z`, or `$` without (?m)). */
  | 'eot'
  /** Start of line (`^` with (?m)). */
  | 'bol'
  /** End of line (`$` with (?m)). */
  | 'eol'
  | 'wordb'
  | 'nonwordb';

export type Re2Node =
  | { t: 'empty' }
  /** A set of code points; `props` are Unicode properties as JS spells them (`\p{L}`, `\P{Greek}`). */
  | { t: 'class'; ranges: Range[]; negated: boolean; props: string[] }
  | { t: 'assert'; kind: AssertKind }
  | { t: 'group'; index: number; name?: string; child: Re2Node }
  | { t: 'concat'; items: Re2Node[] }
  | { t: 'alt'; items: Re2Node[] }
  | { t: 'repeat'; min: number; max: number; greedy: boolean; child: Re2Node };

export interface Re2Pattern {
  root: Re2Node;
  /** Number of capturing groups. */
  groupCount: number;
  /** Group names by index (1-based). */
  names: (string | undefined)[];
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

export const MAX_CODE_POINT = 0x10ffff;
const SPACE: Range[] = [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]];
const DIGIT: Range[] = [[0x30, 0x39]];
export const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];

const POSIX: Record<string, Range[]> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: WORD,
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

/** Sorted, merged ranges. */
export function normalizeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [a, b] of normalizeRanges(ranges)) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** Simple case variants of one code point (RE2 also folds k/K/Kelvin and s/S/long s). */
function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const set = new Set<number>([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    if ([...v].length === 1) set.add(v.codePointAt(0)!);
  }
  const extra: Record<number, number[]> = { 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b], 0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53] };
  for (const e of extra[cp] ?? []) set.add(e);
  return [...set];
}

function foldRanges(ranges: Range[]): Range[] {
  const out: Range[] = [...ranges];
  for (const [a, b] of ranges) {
    // ASCII letters by arithmetic; other code points one by one when the range is small.
    const lo = Math.max(a, 0x41);
    const hi = Math.min(b, 0x5a);
    if (lo <= hi) out.push([lo + 32, hi + 32]);
    const lo2 = Math.max(a, 0x61);
    const hi2 = Math.min(b, 0x7a);
    if (lo2 <= hi2) out.push([lo2 - 32, hi2 - 32]);
    if (b - a <= 2000) {
      for (let c = a; c <= b; c++) {
        if (c < 0x80 && c !== 0x6b && c !== 0x4b && c !== 0x73 && c !== 0x53) continue;
        for (const v of caseVariants(c)) out.push([v, v]);
      }
    }
  }
  return normalizeRanges(out);
}

function literal(cp: number, flags: Flags): Re2Node {
  const ranges: Range[] = flags.i ? caseVariants(cp).map((v) => [v, v] as Range) : [[cp, cp]];
  return { t: 'class', ranges: normalizeRanges(ranges), negated: false, props: [] };
}

/** Unicode class name as JS spells it: general categories as is, anything else as a script. */
function unicodeProperty(name: string, negated: boolean, fragment: string): { ranges?: Range[]; prop?: string } {
  const generalCategories = new Set(['C', 'Cc', 'Cf', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs']);
  if (name === 'Any') return { ranges: negated ? [] : [[0, MAX_CODE_POINT]] };
  let prop: string;
  if (generalCategories.has(name)) prop = name;
  else {
    try {
      new RegExp(`\\p{Script=${name}}`, 'u');
    } catch {
      throw new Re2SyntaxError('invalid character class range', fragment);
    }
    prop = `Script=${name}`;
  }
  return { prop: `\\${negated ? 'P' : 'p'}{${prop}}` };
}

type Item = { node: Re2Node; repeated: boolean };

class Parser {
  private pos = 0;
  private groups = 0;
  readonly names: (string | undefined)[] = [undefined];

  constructor(private readonly p: string) {}

  parse(): Re2Pattern {
    const root = this.parseAlternation({ i: false, m: false, s: false, U: false }, 0);
    if (this.pos < this.p.length) throw new Re2SyntaxError('unexpected )', this.p);
    return { root, groupCount: this.groups, names: this.names };
  }

  private get ch(): string | undefined {
    return this.p[this.pos];
  }

  private parseAlternation(flags: Flags, depth: number): Re2Node {
    const branches: Re2Node[] = [];
    const state = { flags: { ...flags } };
    for (;;) {
      branches.push(this.parseConcat(state, depth));
      if (this.ch === '|') {
        this.pos++;
        continue;
      }
      break;
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', items: branches };
  }

  /** Atoms up to `|`, `)` or the end; `(?flags)` changes `state.flags` for what follows. */
  private parseConcat(state: { flags: Flags }, depth: number): Re2Node {
    const items: Item[] = [];
    while (this.pos < this.p.length) {
      const c = this.ch!;
      if (c === '|') break;
      if (c === ')') {
        if (depth === 0) throw new Re2SyntaxError('unexpected )', this.p);
        break;
      }
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.isRepeat())) {
        const start = this.pos;
        const last = items[items.length - 1];
        const [min, max] = this.readRepeatOp();
        if (!last) throw new Re2SyntaxError('missing argument to repetition operator', this.p.slice(start, this.pos));
        if (last.repeated) throw new Re2SyntaxError('invalid nested repetition operator', this.p.slice(start - 1, this.pos));
        let greedy = true;
        if (this.ch === '?') {
          this.pos++;
          greedy = false;
        }
        if (state.flags.U) greedy = !greedy;
        items[items.length - 1] = { node: { t: 'repeat', min, max, greedy, child: last.node }, repeated: true };
        continue;
      }
      const node = this.parseAtom(state, depth);
      if (node) items.push({ node, repeated: false });
    }
    if (items.length === 0) return { t: 'empty' };
    return items.length === 1 ? items[0]!.node : { t: 'concat', items: items.map((i) => i.node) };
  }

  private isRepeat(): boolean {
    return /^\{(\d+)(,(\d*))?\}/.test(this.p.slice(this.pos));
  }

  private readRepeatOp(): [number, number] {
    const c = this.ch!;
    if (c !== '{') {
      this.pos++;
      return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    }
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.pos))!;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (min > 1000 || (max !== Infinity && (max > 1000 || max < min))) throw new Re2SyntaxError('invalid repeat count', m[0]);
    this.pos += m[0].length;
    return [min, max];
  }

  private parseAtom(state: { flags: Flags }, depth: number): Re2Node | undefined {
    const flags = state.flags;
    switch (this.ch!) {
      case '(':
        return this.parseGroup(state, depth);
      case '[':
        return this.parseClass(flags);
      case '.':
        this.pos++;
        return { t: 'class', ranges: flags.s ? [[0, MAX_CODE_POINT]] : [[0, 9], [11, MAX_CODE_POINT]], negated: false, props: [] };
      case '^':
        this.pos++;
        return { t: 'assert', kind: flags.m ? 'bol' : 'bot' };
      case '$':
        this.pos++;
        return { t: 'assert', kind: flags.m ? 'eol' : 'eot' };
      case '\\':
        return this.parseEscape(flags);
      default: {
        const cp = this.p.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
        return literal(cp, flags);
      }
    }
  }

  private parseGroup(state: { flags: Flags }, depth: number): Re2Node | undefined {
    const start = this.pos;
    this.pos++;
    let capture: { index: number; name?: string } | undefined;
    let inner: Flags = { ...state.flags };
    if (this.ch === '?') {
      const rest = this.p.slice(this.pos);
      const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
      if (named) {
        this.pos += named[0].length;
        capture = { index: ++this.groups, name: named[1] };
        this.names[capture.index] = named[1];
      } else {
        const m = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
        if (!m || m[2] === '' || (m[1] === '' && m[2] === undefined && m[3] === ')')) {
          const end = this.p.indexOf(')', this.pos);
          const code = rest.startsWith('?P') || rest.startsWith('?<') ? 'invalid named capture' : 'invalid or unsupported Perl syntax';
          throw new Re2SyntaxError(code, this.p.slice(start, end < 0 ? this.p.length : end + 1));
        }
        this.pos += m[0].length;
        const next: Flags = { ...state.flags };
        for (const f of m[1]!) next[f as keyof Flags] = true;
        for (const f of m[2] ?? '') next[f as keyof Flags] = false;
        if (m[3] === ')') {
          // `(?i)`: applies to the rest of the enclosing group.
          state.flags = next;
          return undefined;
        }
        inner = next;
      }
    } else {
      capture = { index: ++this.groups };
      this.names[capture.index] = undefined;
    }
    const body = this.parseAlternation(inner, depth + 1);
    if (this.ch !== ')') throw new Re2SyntaxError('missing closing )', this.p.slice(start));
    this.pos++;
    if (!capture) return body;
    return { t: 'group', index: capture.index, name: capture.name, child: body };
  }

  /** Escapes outside a class. */
  private parseEscape(flags: Flags): Re2Node {
    const start = this.pos;
    const e = this.p[this.pos + 1];
    if (e === undefined) throw new Re2SyntaxError('trailing backslash at end of expression', '');
    switch (e) {
      case 'A':
        this.pos += 2;
        return { t: 'assert', kind: 'bot' };
      case 'z':
        this.pos += 2;
        return { t: 'assert', kind: 'eot' };
      case 'b':
        this.pos += 2;
        return { t: 'assert', kind: 'wordb' };
      case 'B':
        this.pos += 2;
        return { t: 'assert', kind: 'nonwordb' };
      case 'Q': {
        const end = this.p.indexOf('\\E', this.pos + 2);
        const text = end < 0 ? this.p.slice(this.pos + 2) : this.p.slice(this.pos + 2, end);
        this.pos = end < 0 ? this.p.length : end + 2;
        const items = [...text].map((ch) => literal(ch.codePointAt(0)!, flags));
        return items.length === 0 ? { t: 'empty' } : items.length === 1 ? items[0]! : { t: 'concat', items };
      }
      case 'E':
        // A stray \E is ignored by RE2.
        this.pos += 2;
        return { t: 'empty' };
      case 'C':
        throw new Re2SyntaxError('invalid escape sequence', '\\C');
    }
    const cls = this.classEscape();
    if (cls) {
      if (cls.prop) return { t: 'class', ranges: [], negated: false, props: [cls.prop] };
      return { t: 'class', ranges: flags.i ? foldRanges(cls.ranges!) : normalizeRanges(cls.ranges!), negated: false, props: [] };
    }
    this.pos = start;
    return literal(this.escapedCodePoint(), flags);
  }

  /** `\d \s \w \p{..}` and their negations; undefined if the escape is not a class. */
  private classEscape(): { ranges?: Range[]; prop?: string } | undefined {
    const e = this.p[this.pos + 1]!;
    const simple: Record<string, Range[]> = { d: DIGIT, s: SPACE, w: WORD };
    if (e.toLowerCase() in simple) {
      this.pos += 2;
      const base = simple[e.toLowerCase()]!;
      return { ranges: e === e.toLowerCase() ? base : complement(base) };
    }
    if (e === 'p' || e === 'P') {
      const start = this.pos;
      let name: string;
      if (this.p[this.pos + 2] === '{') {
        const end = this.p.indexOf('}', this.pos + 3);
        if (end < 0) throw new Re2SyntaxError('invalid character class range', this.p.slice(start));
        name = this.p.slice(this.pos + 3, end);
        this.pos = end + 1;
      } else {
        name = this.p[this.pos + 2] ?? '';
        this.pos += 3;
      }
      let negated = e === 'P';
      if (name.startsWith('^')) {
        negated = !negated;
        name = name.slice(1);
      }
      return unicodeProperty(name, negated, this.p.slice(start, this.pos));
    }
    return undefined;
  }

  /** A single escaped character: `\n`, `\x41`, `\x{263a}`, `\101`, `\.`; advances past it. */
  private escapedCodePoint(): number {
    const start = this.pos;
    const e = this.p[this.pos + 1]!;
    this.pos += 2;
    const controls: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (e in controls) return controls[e]!;
    if (e === 'x') {
      if (this.ch === '{') {
        const end = this.p.indexOf('}', this.pos);
        const digits = end < 0 ? '' : this.p.slice(this.pos + 1, end);
        if (!/^[0-9A-Fa-f]+$/.test(digits) || parseInt(digits, 16) > MAX_CODE_POINT) throw new Re2SyntaxError('invalid escape sequence', this.p.slice(start, end + 1));
        this.pos = end + 1;
        return parseInt(digits, 16);
      }
      const digits = this.p.slice(this.pos, this.pos + 2);
      if (!/^[0-9A-Fa-f]{2}$/.test(digits)) throw new Re2SyntaxError('invalid escape sequence', this.p.slice(start, this.pos + 2));
      this.pos += 2;
      return parseInt(digits, 16);
    }
    if (/[0-7]/.test(e)) {
      // Octal: \0 alone, or \1-\7 followed by more digits (a single \1 would be a backreference).
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(this.ch ?? '')) digits += this.p[this.pos++];
      if (e !== '0' && digits.length === 1) throw new Re2SyntaxError('invalid escape sequence', `\\${e}`);
      return parseInt(digits, 8);
    }
    if (/[A-Za-z0-9]/.test(e)) throw new Re2SyntaxError('invalid escape sequence', `\\${e}`);
    return e.codePointAt(0)!;
  }

  private parseClass(flags: Flags): Re2Node {
    const start = this.pos;
    this.pos++;
    let negated = false;
    if (this.ch === '^') {
      negated = true;
      this.pos++;
    }
    const ranges: Range[] = [];
    const props: string[] = [];
    let first = true;
    for (;;) {
      if (this.pos >= this.p.length) throw new Re2SyntaxError('missing closing ]', this.p.slice(start));
      const c = this.ch!;
      // RE2: a `]` first in the class (after `[` or `[^`) is a literal.
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === '[' && this.p[this.pos + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(this.p.slice(this.pos));
        if (m) {
          const base = POSIX[m[2]!];
          if (!base) throw new Re2SyntaxError('invalid character class range', m[0]);
          ranges.push(...(m[1] ? complement(base) : base));
          this.pos += m[0].length;
          continue;
        }
      }
      if (c === '\\' && this.pos + 1 < this.p.length) {
        const cls = this.classEscape();
        if (cls?.ranges) {
          ranges.push(...cls.ranges);
          continue;
        }
        if (cls?.prop) {
          props.push(cls.prop);
          continue;
        }
      }
      const lo = this.classChar();
      if (this.ch === '-' && this.p[this.pos + 1] !== ']' && this.pos + 1 < this.p.length) {
        const dash = this.pos;
        this.pos++;
        const hi = this.classChar();
        if (hi < lo) throw new Re2SyntaxError('invalid character class range', this.p.slice(dash - 1, this.pos));
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    return { t: 'class', ranges: flags.i ? foldRanges(ranges) : normalizeRanges(ranges), negated, props };
  }

  private classChar(): number {
    if (this.ch === '\\') {
      if (this.pos + 1 >= this.p.length) throw new Re2SyntaxError('missing closing ]', this.p);
      return this.escapedCodePoint();
    }
    const cp = this.p.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/** Parses an RE2 pattern; throws Re2SyntaxError with Go's wording for invalid patterns. */
export function parseRe2(pattern: string): Re2Pattern {
  return new Parser(pattern).parse();
}

/** A node that matches exactly one character. */
function isSingleChar(n: Re2Node): boolean {
  return n.t === 'class';
}

/**
 * Rewrites `(x+)+` to `(x+)` and `(x+)*` to `(?:(x+))?` (x one character): same language and,
 * for greedy repetition, the same captures, but without the nested repetition that makes a
 * backtracking engine exponential on a failing match (RE2 itself never backtracks).
 */
export function flattenNestedRepeats(n: Re2Node): Re2Node {
  switch (n.t) {
    case 'group':
      return { ...n, child: flattenNestedRepeats(n.child) };
    case 'concat':
    case 'alt':
      return { ...n, items: n.items.map(flattenNestedRepeats) };
    case 'repeat': {
      const child = flattenNestedRepeats(n.child);
      if (
        n.greedy && n.min <= 1 && n.max === Infinity &&
        child.t === 'group' && child.child.t === 'repeat' && child.child.greedy && child.child.min === 1 && child.child.max === Infinity && isSingleChar(child.child.child)
      ) {
        return n.min === 1 ? child : { t: 'repeat', min: 0, max: 1, greedy: true, child };
      }
      return { ...n, child };
    }
    default:
      return n;
  }
}

/**
 * True if a backtracking engine could take exponential time: a repetition (more than once) of
 * something that itself repeats or branches, or of a capture group (whose per-iteration capture
 * JavaScript also resets where Go keeps it).
 */
export function needsLinearEngine(n: Re2Node): boolean {
  const inner = (x: Re2Node): boolean => {
    switch (x.t) {
      case 'repeat':
        return x.max > 1 || inner(x.child);
      case 'alt':
        return true;
      case 'group':
        return true;
      case 'concat':
        return x.items.some(inner);
      default:
        return false;
    }
  };
  switch (n.t) {
    case 'repeat':
      return (n.max > 1 && inner(n.child)) || needsLinearEngine(n.child);
    case 'group':
      return needsLinearEngine(n.child);
    case 'concat':
    case 'alt':
      return n.items.some(needsLinearEngine);
    default:
      return false;
  }
}

/**
 * Go's fmt.Sprintf, as Rego's `sprintf` uses it. OPA hands Go integers (int or *big.Int) for
 * integral numbers, float64 for other numbers, strings as is, and every other value as its Rego
 * text, so `%s` of an array prints `["a", 1]` and `%d` of a string prints `%!d(string=a)`.
 */
import { regoText, type Value } from './value.js';

type GoArg = { kind: 'int'; v: bigint; big: boolean } | { kind: 'float'; v: number } | { kind: 'string'; v: string };

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

function toGoArg(v: Value): GoArg {
  if (typeof v === 'bigint' && !Number.isFinite(Number(v))) {
    // Beyond float64 OPA passes the number's own text (e.g. 2e308).
    const digits = (v < 0n ? -v : v).toString();
    const mant = digits.replace(/0+$/, '');
    const text = `${v < 0n ? '-' : ''}${mant[0]}${mant.length > 1 ? '.' + mant.slice(1) : ''}e${digits.length - 1}`;
    return { kind: 'string', v: text };
  }
  if (typeof v === 'bigint') return { kind: 'int', v, big: v > INT64_MAX || v < INT64_MIN };
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return { kind: 'int', v: BigInt(v), big: false };
    return { kind: 'float', v };
  }
  if (typeof v === 'string') return { kind: 'string', v };
  return { kind: 'string', v: regoText(v) };
}

function goTypeName(a: GoArg): string {
  if (a.kind === 'int') return a.big ? '*big.Int' : 'int';
  return a.kind === 'float' ? 'float64' : 'string';
}

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  sharp: boolean;
  width?: number;
  prec?: number;
  verb: string;
}

/** Go's strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if ((cp >= 0x80 && cp < 0xa0) || cp === 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff) {
      out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function pad(s: string, spec: Spec, zeroAllowed: boolean): string {
  if (spec.width === undefined) return s;
  const len = [...s].length;
  if (len >= spec.width) return s;
  const fill = spec.width - len;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero && zeroAllowed) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    const rest = s.slice(sign!.length);
    const prefix = /^0[xXbo]/.test(rest) && spec.sharp ? rest.slice(0, 2) : '';
    return sign + prefix + '0'.repeat(fill) + rest.slice(prefix.length);
  }
  return ' '.repeat(fill) + s;
}

function signed(s: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

function formatInt(a: Extract<GoArg, { kind: 'int' }>, spec: Spec): string | undefined {
  const neg = a.v < 0n;
  const abs = neg ? -a.v : a.v;
  let digits: string;
  switch (spec.verb) {
    case 'd':
    case 'v':
      digits = abs.toString(10);
      break;
    case 's':
      if (!a.big) return undefined;
      digits = abs.toString(10);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    case 'o':
      digits = abs.toString(8);
      if (spec.sharp && digits[0] !== '0') digits = '0' + digits;
      break;
    case 'O':
      digits = '0o' + abs.toString(8);
      break;
    case 'x':
      digits = abs.toString(16);
      if (spec.sharp) digits = '0x' + digits;
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (spec.sharp) digits = '0X' + digits;
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(a.v)), spec, false);
    case 'q':
      return pad("'" + String.fromCodePoint(Number(a.v)) + "'", spec, false);
    case 'U':
      return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec, false);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      if (a.big) return undefined;
      return undefined;
    default:
      return undefined;
  }
  if (spec.prec !== undefined && digits.length < spec.prec) digits = digits.padStart(spec.prec, '0');
  return pad(signed(digits, neg, spec), spec, spec.prec === undefined);
}

function expDigits(s: string): string {
  // JS writes e+0; Go writes at least two exponent digits.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatFloat(v: number, spec: Spec): string | undefined {
  if (!Number.isFinite(v)) {
    const s = Number.isNaN(v) ? 'NaN' : v > 0 ? (spec.plus ? '+Inf' : 'Inf') : '-Inf';
    return pad(s, spec, false);
  }
  const neg = v < 0 || Object.is(v, -0);
  const abs = Math.abs(v);
  let body: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
    case 'G': {
      if (spec.prec === undefined) {
        // Go's shortest form switches to e-notation for exponents < -4 or >= 6 (not 21 as JS).
        const e = abs === 0 ? 0 : Number(abs.toExponential().split('e')[1]);
        body = e < -4 || e >= 6 ? expDigits(abs.toExponential()) : shortestFixed(abs);
      } else {
        const p = spec.prec === 0 ? 1 : spec.prec;
        const e = abs === 0 ? 0 : Number(abs.toExponential(p - 1).split('e')[1]);
        if (e < -4 || e >= p) body = expDigits(trimZeros(abs.toExponential(p - 1), spec.sharp));
        else body = trimZeros(abs.toFixed(Math.max(0, p - 1 - e)), spec.sharp);
      }
      if (spec.verb === 'G') body = body.toUpperCase();
      break;
    }
    case 'e':
    case 'E':
      body = expDigits(abs.toExponential(spec.prec ?? 6));
      if (spec.verb === 'E') body = body.toUpperCase();
      break;
    case 'f':
    case 'F':
      body = goFixed(abs, spec.prec ?? 6);
      break;
    default:
      return undefined;
  }
  return pad(signed(body, neg, spec), spec, true);
}

/**
 * toFixed with Go's rounding: an exact tie (2.25 to one digit) goes to the even digit, where JS
 * always rounds up.
 */
function goFixed(abs: number, prec: number): string {
  const rounded = abs.toFixed(prec);
  const long = abs.toFixed(Math.min(100, prec + 30));
  const dot = long.indexOf('.');
  const rest = long.slice(dot + 1 + prec);
  if (!/^50*$/.test(rest)) return rounded;
  const truncated = prec === 0 ? long.slice(0, dot) : long.slice(0, dot + 1 + prec);
  const lastDigit = Number(truncated[truncated.length - 1]);
  return lastDigit % 2 === 0 ? truncated : rounded;
}

function shortestFixed(abs: number): string {
  const s = String(abs);
  if (!s.includes('e')) return s;
  // Small exponents that JS writes in e-notation but Go in plain digits.
  return abs.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

function trimZeros(s: string, keep: boolean): string {
  if (keep) return s;
  const [mant, exp] = s.split('e');
  const m = mant!.includes('.') ? mant!.replace(/0+$/, '').replace(/\.$/, '') : mant!;
  return exp === undefined ? m : `${m}e${exp}`;
}

function formatString(s: string, spec: Spec): string | undefined {
  switch (spec.verb) {
    case 's':
    case 'v': {
      const t = spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s;
      return pad(t, spec, true);
    }
    case 'q':
      return pad(goQuote(s), spec, false);
    case 'x':
    case 'X': {
      let h = Buffer.from(s, 'utf8').toString('hex');
      if (spec.verb === 'X') h = h.toUpperCase();
      return pad(h, spec, false);
    }
    default:
      return undefined;
  }
}

function formatValueV(a: GoArg): string {
  if (a.kind === 'int') return a.v.toString();
  if (a.kind === 'float') return formatFloat(a.v, { verb: 'v', minus: false, plus: false, space: false, zero: false, sharp: false })!;
  return a.v;
}

function formatArg(a: GoArg, spec: Spec): string {
  let out: string | undefined;
  if (spec.verb === 'T') return pad(goTypeName(a), spec, false);
  if (a.kind === 'int') out = formatInt(a, spec);
  else if (a.kind === 'float') out = formatFloat(a.v, spec);
  else out = formatString(a.v, spec);
  return out ?? `%!${spec.verb}(${goTypeName(a)}=${formatValueV(a)})`;
}

/** Formats like Go's fmt.Sprintf with Rego values as arguments. */
export function goSprintf(format: string, values: readonly Value[]): string {
  const args = values.map(toGoArg);
  let argi = 0;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    i++;
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const spec: Spec = { minus: false, plus: false, space: false, zero: false, sharp: false, verb: '' };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = !spec.minus;
      else if (f === '#') spec.sharp = true;
      else break;
    }
    let m = /^\d+/.exec(format.slice(i));
    if (m) {
      spec.width = Number(m[0]);
      i += m[0].length;
    }
    if (format[i] === '.') {
      i++;
      m = /^\d+/.exec(format.slice(i));
      spec.prec = m ? Number(m[0]) : 0;
      if (m) i += m[0].length;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const cp = format.codePointAt(i)!;
    spec.verb = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (spec.verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${spec.verb}(MISSING)`;
      continue;
    }
    out += formatArg(args[argi++]!, spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => `${goTypeName(a)}=${formatValueV(a)}`).join(', ') + ')';
  }
  return out;
}

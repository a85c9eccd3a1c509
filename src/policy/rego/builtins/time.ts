import { BuiltinError } from '../errors.js';
import { isNumber, normalizeNumber, type Value } from '../value.js';
import { builtinError, def, int, num, operandError, str, type BuiltinTable } from './builtin.js';

const NS_PER_MS = 1_000_000n;
/** Go keeps times as int64 nanoseconds (years 1678 to 2262). */
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

function nanos(name: string, v: Value): bigint {
  if (!isNumber(v)) throw operandError(name, 1, 'number', v);
  const ns = typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
  if (ns > INT64_MAX || ns < INT64_MIN) throw builtinError(name, 'timestamp too big');
  return ns;
}

/** `ns` or `[ns, timezone]`; the time zone is any IANA name ("" and "UTC" mean UTC). */
function instant(name: string, v: Value): { ns: bigint; zone: string } {
  if (Array.isArray(v)) {
    if (v.length !== 2 || typeof v[1] !== 'string') throw operandError(name, 1, 'either a number or an array of [number, string]', v);
    return { ns: nanos(name, v[0]!), zone: v[1] === '' ? 'UTC' : v[1] };
  }
  return { ns: nanos(name, v), zone: 'UTC' };
}

/** Calendar fields of an instant in a time zone (Intl knows the IANA database). */
function fields(name: string, ns: bigint, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: string } {
  const ms = Number(ns / NS_PER_MS - (ns % NS_PER_MS < 0n ? 1n : 0n));
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone === 'Local' ? undefined : zone,
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'long',
      hourCycle: 'h23', era: 'short',
    }).formatToParts(new Date(ms));
  } catch {
    throw builtinError(name, `unknown time zone ${zone}`);
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const bc = get('era') === 'BC';
  const year = Number(get('year'));
  return {
    year: bc ? 1 - year : year,
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: get('weekday'),
  };
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;

function parseRfc3339(s: string): bigint {
  const m = RFC3339.exec(s);
  if (!m) throw builtinError('time.parse_rfc3339_ns', `parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse`);
  const [, y, mo, d, h, mi, se, frac = '', , sign, oh, om] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  let ns = BigInt(ms) * NS_PER_MS + BigInt(frac.padEnd(9, '0') || '0');
  if (sign) {
    const offset = BigInt((Number(oh) * 60 + Number(om)) * 60) * 1_000_000_000n;
    ns += sign === '+' ? -offset : offset;
  }
  return ns;
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go's time.ParseDuration. */
function parseDuration(s: string): bigint {
  const fail = () => builtinError('time.parse_duration_ns', `time: invalid duration ${JSON.stringify(s)}`);
  let rest = s;
  let sign = 1n;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1n;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0n;
  if (rest === '') throw fail();
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*(?:\.\d*)?)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!m || m[1] === '' || m[1] === '.') throw fail();
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return sign * BigInt(Math.round(total));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Time builtins on nanoseconds since the epoch. Go layouts (time.format, time.parse_ns) are not supported. */
export const timeBuiltins: BuiltinTable = {
  'time.now_ns': def(0, (_args, ctx) => ctx.nowNs),
  'time.parse_rfc3339_ns': def(1, (a) => normalizeNumber(parseRfc3339(str('time.parse_rfc3339_ns', a, 0)))),
  'time.parse_duration_ns': def(1, (a) => normalizeNumber(parseDuration(str('time.parse_duration_ns', a, 0)))),
  'time.date': def(1, ([v]) => {
    const { ns, zone } = instant('time.date', v!);
    const f = fields('time.date', ns, zone);
    return [f.year, f.month, f.day];
  }),
  'time.clock': def(1, ([v]) => {
    const { ns, zone } = instant('time.clock', v!);
    const f = fields('time.clock', ns, zone);
    return [f.hour, f.minute, f.second];
  }),
  'time.weekday': def(1, ([v]) => {
    const { ns, zone } = instant('time.weekday', v!);
    const f = fields('time.weekday', ns, zone);
    if (!WEEKDAYS.includes(f.weekday)) throw new BuiltinError('eval_builtin_error', 'time.weekday: cannot determine the weekday');
    return f.weekday;
  }),
  'time.add_date': def(4, (a) => {
    const ns = nanos('time.add_date', num('time.add_date', a, 0));
    const years = int('time.add_date', a, 1);
    const months = int('time.add_date', a, 2);
    const days = int('time.add_date', a, 3);
    const msPart = ns / NS_PER_MS - (ns % NS_PER_MS < 0n ? 1n : 0n);
    const sub = ns - msPart * NS_PER_MS;
    const d = new Date(Number(msPart));
    // Date.UTC normalises overflow (Jan 31 + 1 month = Mar 3) the way Go's AddDate does.
    const ms = Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth() + months, d.getUTCDate() + days, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
    const result = BigInt(ms) * NS_PER_MS + sub;
    if (!Number.isFinite(ms) || result > INT64_MAX || result < INT64_MIN) throw builtinError('time.add_date', 'time outside of valid range');
    return normalizeNumber(result);
  }),
};

import { normalizeNumber, type Value } from '../value.js';
import { builtinError, def, str, type BuiltinTable } from './builtin.js';

/** A decimal number as mantissa / 10^scale, so that unit scaling stays exact as in OPA. */
interface Decimal {
  mantissa: bigint;
  scale: number;
}

function parseDecimal(text: string): Decimal | undefined {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) return undefined;
  const frac = m[2] ?? '';
  return { mantissa: BigInt((m[1] ?? '') + frac || '0'), scale: frac.length };
}

function decimalToNumber(d: Decimal, truncate: boolean): Value {
  const div = 10n ** BigInt(d.scale);
  if (d.mantissa % div === 0n || truncate) return normalizeNumber(d.mantissa / div);
  return Number(`${d.mantissa}e-${d.scale}`);
}

const DECIMAL_UNITS: Record<string, bigint> = { k: 10n ** 3n, m: 10n ** 6n, g: 10n ** 9n, t: 10n ** 12n, p: 10n ** 15n, e: 10n ** 18n };
const BINARY_UNITS: Record<string, bigint> = { ki: 1n << 10n, mi: 1n << 20n, gi: 1n << 30n, ti: 1n << 40n, pi: 1n << 50n, ei: 1n << 60n };

/** Splits `"10Ki"` into amount and unit after OPA's checks (quotes stripped, no spaces). */
function split(name: string, raw: string, what: string): [Decimal, string] {
  const s = raw.replace(/"/g, '');
  if (/\s/.test(s)) throw builtinError(name, 'spaces not allowed in resource strings');
  const m = /^([0-9.]*)(.*)$/.exec(s)!;
  if (m[1] === '') throw builtinError(name, `no ${what} provided`);
  const d = parseDecimal(m[1]!);
  if (!d) throw builtinError(name, `could not parse ${what} to a number`);
  return [d, m[2]!];
}

export const unitBuiltins: BuiltinTable = {
  'units.parse': def(1, (a) => {
    const [d, unit] = split('units.parse', str('units.parse', a, 0), 'amount');
    if (unit === 'm') return decimalToNumber({ mantissa: d.mantissa, scale: d.scale + 3 }, false);
    const u = unit.toLowerCase();
    if (u === '') return decimalToNumber(d, false);
    const factor = DECIMAL_UNITS[u] ?? BINARY_UNITS[u];
    if (factor === undefined) throw builtinError('units.parse', `unit ${unit} not recognized`);
    return decimalToNumber({ mantissa: d.mantissa * factor, scale: d.scale }, false);
  }),
  'units.parse_bytes': def(1, (a) => {
    const [d, unit] = split('units.parse_bytes', str('units.parse_bytes', a, 0), 'byte amount');
    let u = unit.toLowerCase();
    if (u === '' || u === 'b') return decimalToNumber(d, true);
    if (u.endsWith('b')) u = u.slice(0, -1);
    const factor = DECIMAL_UNITS[u] ?? BINARY_UNITS[u];
    if (factor === undefined) throw builtinError('units.parse_bytes', `byte unit ${unit} not recognized`);
    return decimalToNumber({ mantissa: d.mantissa * factor, scale: d.scale }, true);
  }),
};

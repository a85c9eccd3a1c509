import { BuiltinError } from '../errors.js';
import { def, str, type BuiltinTable } from './builtin.js';

interface SemVer {
  core: [bigint, bigint, bigint];
  pre: string[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parse(s: string): SemVer | undefined {
  const m = SEMVER.exec(s);
  if (!m) return undefined;
  return { core: [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)], pre: m[4] ? m[4].split('.') : [] };
}

/** SemVer 2.0 precedence; build metadata is ignored. */
function compare(a: SemVer, b: SemVer): number {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i]! < b.core[i]! ? -1 : 1;
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i]!;
    const y = b.pre[i]!;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return BigInt(x) < BigInt(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(a.pre.length - b.pre.length);
}

export const semverBuiltins: BuiltinTable = {
  'semver.is_valid': def(1, ([v]) => typeof v === 'string' && parse(v) !== undefined),
  'semver.compare': def(2, (a) => {
    const x = str('semver.compare', a, 0);
    const y = str('semver.compare', a, 1);
    const px = parse(x);
    const py = parse(y);
    if (!px) throw new BuiltinError('eval_builtin_error', `semver.compare: operand 1: string ${JSON.stringify(x)} is not a valid SemVer`);
    if (!py) throw new BuiltinError('eval_builtin_error', `semver.compare: operand 2: string ${JSON.stringify(y)} is not a valid SemVer`);
    return compare(px, py);
  }),
};

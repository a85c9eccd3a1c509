import { BuiltinError } from '../errors.js';
import { isNumber, normalizeNumber, RegoSet, compareNumbers, type RegoNumber, type Value } from '../value.js';
import { builtinError, def, num, operandError, type BuiltinTable } from './builtin.js';

function isInteger(n: RegoNumber): boolean {
  return typeof n === 'bigint' || Number.isInteger(n);
}

function big(n: RegoNumber): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

function float(n: RegoNumber): number {
  return Number(n);
}

/** Integers stay exact (as OPA's big.Int); anything with a fraction is a float64. */
export function add(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return normalizeNumber(r);
  }
  if (isInteger(a) && isInteger(b)) return normalizeNumber(big(a) + big(b));
  return normalizeNumber(float(a) + float(b));
}

export function subtract(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return normalizeNumber(r);
  }
  if (isInteger(a) && isInteger(b)) return normalizeNumber(big(a) - big(b));
  return normalizeNumber(float(a) - float(b));
}

export function multiply(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return normalizeNumber(r);
  }
  if (isInteger(a) && isInteger(b)) return normalizeNumber(big(a) * big(b));
  return normalizeNumber(float(a) * float(b));
}

function divide(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (b == 0) throw builtinError('div', 'divide by zero');
  if (isInteger(a) && isInteger(b) && big(a) % big(b) === 0n) return normalizeNumber(big(a) / big(b));
  return normalizeNumber(float(a) / float(b));
}

function remainder(a: RegoNumber, b: RegoNumber): RegoNumber {
  if (!isInteger(a) || !isInteger(b)) throw builtinError('rem', 'modulo on floating-point number');
  if (b == 0) throw builtinError('rem', 'modulo by zero');
  return normalizeNumber(big(a) % big(b));
}

/** Go's math.Round: halves away from zero. */
function roundHalfAway(n: number): number {
  return Math.sign(n) * Math.round(Math.abs(n));
}

function numericOrSet(name: string, args: Value[], op: (a: RegoNumber, b: RegoNumber) => RegoNumber, setOp?: (a: RegoSet, b: RegoSet) => Value): Value {
  const [a, b] = args as [Value, Value];
  if (isNumber(a) && isNumber(b)) return op(a, b);
  if (setOp && a instanceof RegoSet && b instanceof RegoSet) return setOp(a, b);
  const expected = setOp ? 'one of {number, set}' : 'number';
  if (!isNumber(a) && !(setOp && a instanceof RegoSet)) throw operandError(name, 1, expected, a);
  // The first operand decides what the second must be.
  throw operandError(name, 2, isNumber(a) ? 'number' : 'set', b);
}

function range(from: RegoNumber, to: RegoNumber, step: RegoNumber): Value[] {
  const out: Value[] = [];
  if (typeof from === 'number' && typeof to === 'number' && typeof step === 'number') {
    if (from <= to) for (let i = from; i <= to; i += step) out.push(i);
    else for (let i = from; i >= to; i -= step) out.push(i);
    return out;
  }
  const f = big(from);
  const t = big(to);
  const s = big(step);
  if (f <= t) for (let i = f; i <= t; i += s) out.push(normalizeNumber(i));
  else for (let i = f; i >= t; i -= s) out.push(normalizeNumber(i));
  return out;
}

function rangeInt(name: string, args: Value[], i: number): RegoNumber {
  const v = num(name, args, i);
  if (!isInteger(v)) throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
  return v;
}

export const arithmeticBuiltins: BuiltinTable = {
  plus: def(2, (a) => numericOrSet('plus', a, add)),
  minus: def(2, (a) =>
    numericOrSet('minus', a, subtract, (x, y) => new RegoSet([...x.values()].filter((v) => !y.has(v)))),
  ),
  mul: def(2, (a) => numericOrSet('mul', a, multiply)),
  div: def(2, (a) => numericOrSet('div', a, divide)),
  rem: def(2, (a) => numericOrSet('rem', a, remainder)),
  abs: def(1, (a) => {
    const n = num('abs', a, 0);
    return typeof n === 'bigint' ? normalizeNumber(n < 0n ? -n : n) : Math.abs(n);
  }),
  round: def(1, (a) => {
    const n = num('round', a, 0);
    return typeof n === 'bigint' ? n : normalizeNumber(roundHalfAway(n));
  }),
  ceil: def(1, (a) => {
    const n = num('ceil', a, 0);
    return typeof n === 'bigint' ? n : normalizeNumber(Math.ceil(n));
  }),
  floor: def(1, (a) => {
    const n = num('floor', a, 0);
    return typeof n === 'bigint' ? n : normalizeNumber(Math.floor(n));
  }),
  'numbers.range': def(2, (a) => range(rangeInt('numbers.range', a, 0), rangeInt('numbers.range', a, 1), 1)),
  'numbers.range_step': def(3, (a) => {
    const from = rangeInt('numbers.range_step', a, 0);
    const to = rangeInt('numbers.range_step', a, 1);
    const step = rangeInt('numbers.range_step', a, 2);
    if (compareNumbers(step, 0) <= 0) throw builtinError('numbers.range_step', 'step must be a positive number above zero');
    return range(from, to, step);
  }),
};


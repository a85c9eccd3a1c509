import { BuiltinError } from '../errors.js';
import { normalizeNumber, type Value } from '../value.js';
import { def, num, type BuiltinTable } from './builtin.js';

function integer(name: string, a: Value[], i: number): bigint {
  const n = num(name, a, i);
  if (typeof n === 'number' && !Number.isInteger(n)) throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
  return BigInt(n);
}

/** Bitwise operations on integers of any size (Go's big.Int semantics). */
export const bitsBuiltins: BuiltinTable = {
  'bits.and': def(2, (a) => normalizeNumber(integer('bits.and', a, 0) & integer('bits.and', a, 1))),
  'bits.or': def(2, (a) => normalizeNumber(integer('bits.or', a, 0) | integer('bits.or', a, 1))),
  'bits.xor': def(2, (a) => normalizeNumber(integer('bits.xor', a, 0) ^ integer('bits.xor', a, 1))),
  'bits.negate': def(1, (a) => normalizeNumber(~integer('bits.negate', a, 0))),
  'bits.lsh': def(2, (a) => {
    const s = integer('bits.lsh', a, 1);
    if (s < 0n) throw new BuiltinError('eval_type_error', 'bits.lsh: operand 2 must be an unsigned integer number but got a negative integer');
    return normalizeNumber(integer('bits.lsh', a, 0) << s);
  }),
  'bits.rsh': def(2, (a) => {
    const s = integer('bits.rsh', a, 1);
    if (s < 0n) throw new BuiltinError('eval_type_error', 'bits.rsh: operand 2 must be an unsigned integer number but got a negative integer');
    return normalizeNumber(integer('bits.rsh', a, 0) >> s);
  }),
};

import { BuiltinError } from '../errors.js';
import { isNumber, normalizeNumber, RegoObject, RegoSet, type Value } from '../value.js';
import { parseNumber } from '../parser.js';
import { def, operandError, type BuiltinTable } from './builtin.js';

/** to_number accepts what Go's strconv/json number syntax accepts (no hex, no spaces). */
function toNumber(v: Value): Value {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNumber(v)) return v;
  if (typeof v === 'string') {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) throw new BuiltinError('eval_builtin_error', `to_number: strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
    const text = v.replace(/^\+/, '');
    const n = parseNumber(text);
    return typeof n === 'number' || typeof n === 'bigint' ? normalizeNumber(n) : null;
  }
  throw operandError('to_number', 1, 'one of {null, boolean, number, string}', v);
}

/** Deprecated cast_* builtins (Rego v0 only). */
export const castBuiltins: BuiltinTable = {
  to_number: def(1, ([v]) => toNumber(v!)),
  cast_array: def(1, ([v]) => {
    if (Array.isArray(v)) return v;
    if (v instanceof RegoSet) return v.sorted();
    throw operandError('cast_array', 1, 'one of {array, set}', v!);
  }),
  cast_set: def(1, ([v]) => {
    if (v instanceof RegoSet) return v;
    if (Array.isArray(v)) return new RegoSet(v);
    throw operandError('cast_set', 1, 'one of {array, set}', v!);
  }),
  cast_string: def(1, ([v]) => {
    if (typeof v !== 'string') throw operandError('cast_string', 1, 'string', v!);
    return v;
  }),
  cast_boolean: def(1, ([v]) => {
    if (typeof v !== 'boolean') throw operandError('cast_boolean', 1, 'boolean', v!);
    return v;
  }),
  cast_null: def(1, ([v]) => {
    if (v !== null) throw operandError('cast_null', 1, 'null', v!);
    return v;
  }),
  cast_object: def(1, ([v]) => {
    if (!(v instanceof RegoObject)) throw operandError('cast_object', 1, 'object', v!);
    return v;
  }),
};

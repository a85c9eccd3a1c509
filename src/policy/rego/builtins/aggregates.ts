import { compareValues, isNumber, RegoObject, RegoSet, runeLength, typeName, type RegoNumber, type Value } from '../value.js';
import { add, multiply } from './arithmetic.js';
import { arrayOrSet, def, operandError, type BuiltinTable } from './builtin.js';
import { BuiltinError } from '../errors.js';

function numbers(name: string, args: Value[]): RegoNumber[] {
  const items = arrayOrSet(name, args, 0);
  for (const v of items) {
    if (!isNumber(v)) throw new BuiltinError('eval_type_error', `${name}: operand 1 must be one of {set, array} containing numbers but got ${typeName(v)}`);
  }
  return items as RegoNumber[];
}

function extreme(name: string, args: Value[], sign: 1 | -1): Value | undefined {
  const items = arrayOrSet(name, args, 0);
  if (items.length === 0) return undefined;
  return items.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
}

function truthy(name: string, args: Value[], want: boolean): boolean {
  const v = args[0]!;
  let items: Value[];
  if (Array.isArray(v)) items = [...v];
  else if (v instanceof RegoSet) items = [...v.values()];
  else throw operandError(name, 1, 'one of {array, set}', v);
  return want ? items.every((x) => x === true) : items.some((x) => x === true);
}

export const aggregateBuiltins: BuiltinTable = {
  count: def(1, ([v]) => {
    if (typeof v === 'string') return runeLength(v);
    if (Array.isArray(v)) return v.length;
    if (v instanceof RegoSet || v instanceof RegoObject) return v.size;
    throw operandError('count', 1, 'one of {array, object, set, string}', v!);
  }),
  sum: def(1, (a) => numbers('sum', a).reduce<RegoNumber>((s, n) => add(s, n), 0)),
  product: def(1, (a) => numbers('product', a).reduce<RegoNumber>((s, n) => multiply(s, n), 1)),
  max: def(1, (a) => extreme('max', a, 1)),
  min: def(1, (a) => extreme('min', a, -1)),
  sort: def(1, (a) => arrayOrSet('sort', a, 0).sort(compareValues)),
  all: def(1, (a) => truthy('all', a, true)),
  any: def(1, (a) => truthy('any', a, false)),
};

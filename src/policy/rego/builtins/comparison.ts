import { compareValues, RegoObject, RegoSet, valuesEqual, type Value } from '../value.js';
import { def, type BuiltinTable } from './builtin.js';

/** `x in xs`: membership by value in an array, set or object values; false for anything else. */
function member(x: Value, coll: Value): boolean {
  if (Array.isArray(coll)) return coll.some((v) => valuesEqual(v, x));
  if (coll instanceof RegoSet) return coll.has(x);
  if (coll instanceof RegoObject) {
    for (const [, v] of coll.pairs()) if (valuesEqual(v, x)) return true;
  }
  return false;
}

/** `k, v in xs`: the key exists and holds the value. */
function memberWithKey(k: Value, x: Value, coll: Value): boolean {
  if (Array.isArray(coll)) {
    if (typeof k !== 'number' || !Number.isInteger(k)) return false;
    return k >= 0 && k < coll.length && valuesEqual(coll[k]!, x);
  }
  if (coll instanceof RegoObject) {
    const v = coll.get(k);
    return v !== undefined && valuesEqual(v, x);
  }
  if (coll instanceof RegoSet) return valuesEqual(k, x) && coll.has(x);
  return false;
}

/** Comparison operators work across types using Rego's total order. */
export const comparisonBuiltins: BuiltinTable = {
  equal: def(2, ([a, b]) => valuesEqual(a!, b!)),
  neq: def(2, ([a, b]) => !valuesEqual(a!, b!)),
  lt: def(2, ([a, b]) => compareValues(a!, b!) < 0),
  lte: def(2, ([a, b]) => compareValues(a!, b!) <= 0),
  gt: def(2, ([a, b]) => compareValues(a!, b!) > 0),
  gte: def(2, ([a, b]) => compareValues(a!, b!) >= 0),
  'internal.member_2': def(2, ([x, c]) => member(x!, c!)),
  'internal.member_3': def(3, ([k, x, c]) => memberWithKey(k!, x!, c!)),
};

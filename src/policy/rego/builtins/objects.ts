import { RegoObject, RegoSet, valuesEqual, type Value } from '../value.js';
import { arr, def, obj, operandError, type BuiltinTable } from './builtin.js';

/** Keys named by the second operand of object.remove / object.filter: array, set or object keys. */
function keyList(name: string, v: Value): Value[] {
  if (Array.isArray(v)) return [...v];
  if (v instanceof RegoSet) return [...v.values()];
  if (v instanceof RegoObject) return v.keys();
  throw operandError(name, 2, 'one of {object, set, array}', v);
}

/** Child of a composite value by key, as a reference would select it. */
export function selectChild(v: Value, key: Value): Value | undefined {
  if (v instanceof RegoObject) return v.get(key);
  if (Array.isArray(v)) return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < v.length ? v[key] : undefined;
  if (v instanceof RegoSet) return v.has(key) ? key : undefined;
  return undefined;
}

/** object.union: right wins, except that two objects under the same key merge recursively. */
function mergeObjects(a: RegoObject, b: RegoObject): RegoObject {
  const out = new RegoObject(a.pairs());
  for (const [k, v] of b.pairs()) {
    const existing = out.get(k);
    out.set(k, existing instanceof RegoObject && v instanceof RegoObject ? mergeObjects(existing, v) : v);
  }
  return out;
}

/**
 * object.subset: objects recursively (every key of sub in super, with a value that is a subset or
 * equal), sets by membership, arrays as a contiguous run, and a set against an array by membership.
 */
function isSubset(sup: Value, sub: Value): boolean {
  if (sup instanceof RegoObject && sub instanceof RegoObject) {
    for (const [k, v] of sub.pairs()) {
      const sv = sup.get(k);
      if (sv === undefined) return false;
      // Values under the same key compare as subsets when both are collections of a kind that can.
      if (comparable(sv, v) ? !isSubset(sv, v) : !valuesEqual(sv, v)) return false;
    }
    return true;
  }
  if (sup instanceof RegoSet && sub instanceof RegoSet) return [...sub.values()].every((v) => sup.has(v));
  if (Array.isArray(sup) && sub instanceof RegoSet) return [...sub.values()].every((v) => sup.some((x) => valuesEqual(x, v)));
  if (Array.isArray(sup) && Array.isArray(sub)) {
    if (sub.length === 0) return true;
    for (let i = 0; i + sub.length <= sup.length; i++) {
      if (sub.every((v, j) => valuesEqual(sup[i + j]!, v))) return true;
    }
    return false;
  }
  throw operandError('object.subset', 1, 'object, set or array (with a matching second operand)', sup);
}

function comparable(sup: Value, sub: Value): boolean {
  return (
    (sup instanceof RegoObject && sub instanceof RegoObject) ||
    (sup instanceof RegoSet && sub instanceof RegoSet) ||
    (Array.isArray(sup) && (Array.isArray(sub) || sub instanceof RegoSet))
  );
}

/** walk: every [path, value] in a document, the document itself first, children in order. */
function walk(v: Value, path: Value[], out: Value[]): void {
  out.push([path, v]);
  if (v instanceof RegoObject) for (const [k, x] of v.sortedPairs()) walk(x, [...path, k], out);
  else if (v instanceof RegoSet) for (const x of v.sorted()) walk(x, [...path, x], out);
  else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], out));
}

export const objectBuiltins: BuiltinTable = {
  'object.subset': def(2, (a) => isSubset(a[0]!, a[1]!)),
  walk: {
    arity: 1,
    relation: true,
    fn: ([v]) => {
      const out: Value[] = [];
      walk(v!, [], out);
      return out;
    },
  },
  'object.get': def(3, (a) => {
    const o = obj('object.get', a, 0);
    const key = a[1]!;
    if (Array.isArray(key)) {
      let cur: Value | undefined = o;
      for (const k of key) {
        cur = cur === undefined ? undefined : selectChild(cur, k);
        if (cur === undefined) return a[2];
      }
      return cur;
    }
    return o.get(key) ?? a[2];
  }),
  'object.keys': def(1, (a) => new RegoSet(obj('object.keys', a, 0).keys())),
  'object.remove': def(2, (a) => {
    const o = obj('object.remove', a, 0);
    const drop = new RegoSet(keyList('object.remove', a[1]!));
    return new RegoObject([...o.pairs()].filter(([k]) => !drop.has(k)));
  }),
  'object.filter': def(2, (a) => {
    const o = obj('object.filter', a, 0);
    const keep = new RegoSet(keyList('object.filter', a[1]!));
    return new RegoObject([...o.pairs()].filter(([k]) => keep.has(k)));
  }),
  'object.union': def(2, (a) => mergeObjects(obj('object.union', a, 0), obj('object.union', a, 1))),
  'object.union_n': def(1, (a) => {
    const list = arr('object.union_n', a, 0);
    let out = new RegoObject();
    for (const o of list) {
      if (!(o instanceof RegoObject)) throw operandError('object.union_n', 1, 'array of objects', a[0]!);
      out = mergeObjects(out, o);
    }
    return out;
  }),
};

import { RegoSet, type Value } from '../value.js';
import { arr, def, int, operandError, set, type BuiltinTable } from './builtin.js';

function unionAll(name: string, v: Value): RegoSet {
  if (!(v instanceof RegoSet)) throw operandError(name, 1, 'set', v);
  const out = new RegoSet();
  for (const s of v.values()) {
    if (!(s instanceof RegoSet)) throw operandError(name, 1, 'set of sets', v);
    for (const x of s.values()) out.add(x);
  }
  return out;
}

function intersectAll(name: string, v: Value): RegoSet {
  if (!(v instanceof RegoSet)) throw operandError(name, 1, 'set', v);
  const sets = [...v.values()];
  for (const s of sets) if (!(s instanceof RegoSet)) throw operandError(name, 1, 'set of sets', v);
  if (sets.length === 0) return new RegoSet();
  const [first, ...rest] = sets as RegoSet[];
  return new RegoSet([...first!.values()].filter((x) => rest.every((s) => s.has(x))));
}

/** Builtins over arrays and sets (array.*, set operators, union/intersection). */
export const collectionBuiltins: BuiltinTable = {
  'array.concat': def(2, (a) => [...arr('array.concat', a, 0), ...arr('array.concat', a, 1)]),
  'array.reverse': def(1, (a) => [...arr('array.reverse', a, 0)].reverse()),
  'array.slice': def(3, (a) => {
    const xs = arr('array.slice', a, 0);
    let start = int('array.slice', a, 1);
    let stop = int('array.slice', a, 2);
    if (start < 0) start = 0;
    if (stop > xs.length) stop = xs.length;
    if (start >= stop) return [];
    return xs.slice(start, stop);
  }),
  or: def(2, (a) => {
    const x = set('or', a, 0);
    const y = set('or', a, 1);
    return new RegoSet([...x.values(), ...y.values()]);
  }),
  and: def(2, (a) => {
    const x = set('and', a, 0);
    const y = set('and', a, 1);
    return new RegoSet([...x.values()].filter((v) => y.has(v)));
  }),
  set_diff: def(2, (a) => {
    const x = set('set_diff', a, 0);
    const y = set('set_diff', a, 1);
    return new RegoSet([...x.values()].filter((v) => !y.has(v)));
  }),
  union: def(1, ([v]) => unionAll('union', v!)),
  intersection: def(1, ([v]) => intersectAll('intersection', v!)),
};


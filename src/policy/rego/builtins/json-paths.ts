import { BuiltinError } from '../errors.js';
import { keyOf, RegoObject, RegoSet, typeName, type Value } from '../value.js';
import { def, obj, operandError, type BuiltinTable } from './builtin.js';

/** A tree of paths; a node with `end` set selects everything below it. */
interface PathTree {
  end: boolean;
  children: Map<string, PathTree>;
}

/** Paths as `"a/b/c"` strings or `["a", "b", "c"]` arrays (OPA accepts both, in an array or set). */
function pathTree(name: string, v: Value): PathTree {
  let list: Value[];
  if (Array.isArray(v)) list = [...v];
  else if (v instanceof RegoSet) list = [...v.values()];
  else throw operandError(name, 2, 'one of {array, set}', v);
  const root: PathTree = { end: false, children: new Map() };
  for (const p of list) {
    let parts: Value[];
    if (typeof p === 'string') parts = p.replace(/^\//, '').split('/').filter((s) => s !== '').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    else if (Array.isArray(p)) parts = [...p];
    else throw new BuiltinError('eval_type_error', `${name}: operand 2 must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`);
    let node = root;
    for (const part of parts) {
      const k = segmentKey(part);
      let next = node.children.get(k);
      if (!next) {
        next = { end: false, children: new Map() };
        node.children.set(k, next);
      }
      node = next;
    }
    node.end = true;
  }
  return root;
}

/** Path segments match object keys and array indexes by their text ("0" finds index 0). */
function segmentKey(v: Value): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : keyOf(v);
}

function filter(v: Value, tree: PathTree): Value | undefined {
  if (tree.end) return v;
  if (v instanceof RegoObject) {
    const out = new RegoObject();
    for (const [k, x] of v.pairs()) {
      const sub = tree.children.get(segmentKey(k));
      if (!sub) continue;
      const kept = filter(x, sub);
      if (kept !== undefined) out.set(k, kept);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const sub = tree.children.get(String(i));
      if (!sub) return;
      const kept = filter(x, sub);
      if (kept !== undefined) out.push(kept);
    });
    return out;
  }
  if (v instanceof RegoSet) return new RegoSet([...v.values()].filter((x) => tree.children.has(segmentKey(x))));
  return undefined;
}

function remove(v: Value, tree: PathTree): Value | undefined {
  if (tree.end) return undefined;
  if (v instanceof RegoObject) {
    const out = new RegoObject();
    for (const [k, x] of v.pairs()) {
      const sub = tree.children.get(segmentKey(k));
      const kept = sub ? remove(x, sub) : x;
      if (kept !== undefined) out.set(k, kept);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out: Value[] = [];
    v.forEach((x, i) => {
      const sub = tree.children.get(String(i));
      const kept = sub ? remove(x, sub) : x;
      if (kept !== undefined) out.push(kept);
    });
    return out;
  }
  if (v instanceof RegoSet) return new RegoSet([...v.values()].filter((x) => !tree.children.get(segmentKey(x))?.end));
  return v;
}

/** json.filter and json.remove: keep or drop the listed paths of an object. */
export const jsonPathBuiltins: BuiltinTable = {
  'json.filter': def(2, (a) => filter(obj('json.filter', a, 0), pathTree('json.filter', a[1]!)) ?? new RegoObject()),
  'json.remove': def(2, (a) => remove(obj('json.remove', a, 0), pathTree('json.remove', a[1]!)) ?? new RegoObject()),
};

/**
 * Rego values as the evaluator holds them.
 *
 * JSON-like values map onto JavaScript directly (null, boolean, string, arrays), except that
 * numbers are `number | bigint` (OPA keeps integers exact: beyond 2^53 we switch to bigint), and
 * objects and sets are our own classes because Rego allows any value as an object key or set
 * element, compared by value.
 */

export type RegoNumber = number | bigint;
export type Value = null | boolean | RegoNumber | string | readonly Value[] | RegoObject | RegoSet;

/** A set of values compared by value. Treated as immutable once built. */
export class RegoSet {
  readonly items = new Map<string, Value>();
  private cachedKey: string | undefined;

  constructor(values: Iterable<Value> = []) {
    for (const v of values) this.items.set(keyOf(v), v);
  }

  /** Adds a value while the set is still being built. */
  add(v: Value): void {
    this.items.set(keyOf(v), v);
  }

  has(v: Value): boolean {
    return this.items.has(keyOf(v));
  }

  get size(): number {
    return this.items.size;
  }

  values(): IterableIterator<Value> {
    return this.items.values();
  }

  /** Canonical key, cached: sets are immutable after construction. */
  get key(): string {
    if (this.cachedKey === undefined) {
      this.cachedKey = '<' + [...this.items.keys()].sort().join(',') + '>';
    }
    return this.cachedKey;
  }

  /** Elements in Rego's sort order. */
  sorted(): Value[] {
    return [...this.items.values()].sort(compareValues);
  }
}

/** An object whose keys may be any value. Treated as immutable once built. */
export class RegoObject {
  readonly entries = new Map<string, readonly [Value, Value]>();
  private cachedKey: string | undefined;

  constructor(pairs: Iterable<readonly [Value, Value]> = []) {
    for (const [k, v] of pairs) this.entries.set(keyOf(k), [k, v]);
  }

  set(k: Value, v: Value): void {
    this.entries.set(keyOf(k), [k, v]);
  }

  get(k: Value): Value | undefined {
    return this.entries.get(keyOf(k))?.[1];
  }

  has(k: Value): boolean {
    return this.entries.has(keyOf(k));
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): Value[] {
    return [...this.entries.values()].map((e) => e[0]);
  }

  pairs(): IterableIterator<readonly [Value, Value]> {
    return this.entries.values();
  }

  get key(): string {
    if (this.cachedKey === undefined) {
      const parts = [...this.entries.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([k, [, v]]) => k + ':' + keyOf(v));
      this.cachedKey = '{' + parts.join(',') + '}';
    }
    return this.cachedKey;
  }

  /** Pairs sorted by key in Rego's order. */
  sortedPairs(): (readonly [Value, Value])[] {
    return [...this.entries.values()].sort((a, b) => compareValues(a[0], b[0]));
  }
}

export function isNumber(v: Value | undefined): v is RegoNumber {
  return typeof v === 'number' || typeof v === 'bigint';
}
export function isArray(v: Value | undefined): v is readonly Value[] {
  return Array.isArray(v);
}

/** Brings a number to its one canonical form so that keys and equality work by value. */
export function normalizeNumber(n: RegoNumber): RegoNumber {
  if (typeof n === 'bigint') {
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return BigInt(n);
  if (Object.is(n, -0)) return 0;
  return n;
}

/** A string that is equal for two values exactly when the values are equal in Rego. */
export function keyOf(v: Value): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
    case 'bigint':
      return '#' + String(v);
    case 'boolean':
      return v ? 't' : 'f';
    case 'object':
      if (v === null) return 'n';
      if (Array.isArray(v)) return '[' + (v as Value[]).map(keyOf).join(',') + ']';
      return (v as RegoObject | RegoSet).key;
  }
  throw new Error(`not a Rego value: ${String(v)}`);
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (isNumber(a) && isNumber(b)) return a == b;
    return false;
  }
  return keyOf(a) === keyOf(b);
}

/** Rego's type order: null < boolean < number < string < array < object < set. */
export function typeRank(v: Value): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
  }
  if (Array.isArray(v)) return 4;
  return v instanceof RegoObject ? 5 : 6;
}

export function compareNumbers(a: RegoNumber, b: RegoNumber): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order over values, as OPA's ast.Compare. */
export function compareValues(a: Value, b: Value): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return a === b ? 0 : a ? 1 : -1;
    case 2:
      return compareNumbers(a as RegoNumber, b as RegoNumber);
    case 3:
      return compareStrings(a as string, b as string);
    case 4: {
      const x = a as Value[];
      const y = b as Value[];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i]!, y[i]!);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    case 5: {
      const x = (a as RegoObject).sortedPairs();
      const y = (b as RegoObject).sortedPairs();
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i]![0], y[i]![0]) || compareValues(x[i]![1], y[i]![1]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    default: {
      const x = (a as RegoSet).sorted();
      const y = (b as RegoSet).sorted();
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i]!, y[i]!);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
  }
}

/** Go compares strings bytewise (UTF-8), which is code point order, not UTF-16 unit order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const surrogateA = ca >= 0xd800 && ca <= 0xdfff;
      const surrogateB = cb >= 0xd800 && cb <= 0xdfff;
      if (surrogateA !== surrogateB) return surrogateA ? 1 : -1;
      return ca - cb;
    }
  }
  return a.length - b.length;
}

export function typeName(v: Value): string {
  return ['null', 'boolean', 'number', 'string', 'array', 'object', 'set'][typeRank(v)]!;
}

/** Converts parsed JSON (or any plain JS data) into a Rego value. */
export function fromJson(x: unknown): Value {
  if (x === null || x === undefined) return null;
  switch (typeof x) {
    case 'string':
    case 'boolean':
      return x;
    case 'number':
    case 'bigint':
      return normalizeNumber(x);
  }
  if (Array.isArray(x)) return x.map(fromJson);
  if (x instanceof RegoObject || x instanceof RegoSet) return x;
  if (x instanceof Set) return new RegoSet([...x].map(fromJson));
  if (x instanceof Map) return new RegoObject([...x].map(([k, v]) => [fromJson(k), fromJson(v)] as const));
  const obj = new RegoObject();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) obj.set(k, fromJson(v));
  return obj;
}

/**
 * Converts a value to plain JSON data as OPA's ast.JSON does: sets become sorted arrays and
 * non-string object keys become their JSON text. Big integers stay bigint.
 */
export function toJson(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof RegoSet) return v.sorted().map(toJson);
  const out: Record<string, unknown> = {};
  for (const [k, val] of (v as RegoObject).sortedPairs()) {
    out[typeof k === 'string' ? k : jsonText(k)] = toJson(val);
  }
  return out;
}

/** Compact JSON text of a value with Go's encoding/json conventions (sorted keys). */
export function jsonText(v: Value, escapeHtml = false): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'number':
    case 'bigint':
      return formatNumber(v);
    case 'string':
      return quoteJsonString(v, escapeHtml);
  }
  if (Array.isArray(v)) return '[' + v.map((x) => jsonText(x, escapeHtml)).join(',') + ']';
  if (v instanceof RegoSet) return '[' + v.sorted().map((x) => jsonText(x, escapeHtml)).join(',') + ']';
  const pairs = (v as RegoObject)
    .sortedPairs()
    .map(([k, val]) => [typeof k === 'string' ? k : jsonText(k, escapeHtml), val] as const)
    .sort((a, b) => compareStrings(a[0], b[0]));
  return '{' + pairs.map(([k, val]) => quoteJsonString(k, escapeHtml) + ':' + jsonText(val, escapeHtml)).join(',') + '}';
}

/** JSON string quoting as Go's encoding/json does it (optionally escaping <, > and &). */
export function quoteJsonString(s: string, escapeHtml = false): string {
  let out = JSON.stringify(s);
  if (escapeHtml) out = out.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return out;
}

/** Number text as OPA prints it: integers in full, floats in the shortest form. */
export function formatNumber(n: RegoNumber): string {
  if (typeof n === 'bigint') return n.toString();
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** Rego source text of a value, as OPA's Value.String() prints it (used by sprintf %v). */
export function regoText(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'number':
    case 'bigint':
      return formatNumber(v);
    case 'string':
      return JSON.stringify(v);
  }
  if (Array.isArray(v)) return '[' + v.map(regoText).join(', ') + ']';
  if (v instanceof RegoSet) return v.size === 0 ? 'set()' : '{' + v.sorted().map(regoText).join(', ') + '}';
  return '{' + (v as RegoObject).sortedPairs().map(([k, val]) => regoText(k) + ': ' + regoText(val)).join(', ') + '}';
}

/** Length in Unicode code points, which is what Go counts as runes. */
export function runeLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

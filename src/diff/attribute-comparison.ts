import type { AttributeDifference } from './model.js';

/**
 * One attribute to compare: its name in the report, how to read it from the reference, and how to
 * read it from the target seen with the reference's names (renames applied). The difference
 * reports the raw values of both sides.
 */
export interface AttributeRule<T> {
  attribute: string;
  reference: (object: T) => unknown;
  /** Defaults to `reference`. */
  target?: (object: T) => unknown;
  /** Only compared when no earlier attribute differed (a catch-all such as the full definition). */
  fallback?: boolean;
  /** What to show for the target (defaults to the raw target value read with `reference`). */
  show?: (object: T) => unknown;
  /** Maps both values before comparing them (spellings that mean the same). */
  compareAs?: (value: unknown) => unknown;
}

export function compareAttributes<T>(reference: T, target: T, rules: Array<AttributeRule<T>>): AttributeDifference[] {
  const differences: AttributeDifference[] = [];
  for (const rule of rules) {
    if (rule.fallback && differences.length > 0) continue;
    const wanted = rule.reference(reference);
    const actual = (rule.target ?? rule.reference)(target);
    const as = rule.compareAs ?? ((value: unknown) => value);
    if (!sameValue(as(wanted), as(actual))) {
      const difference: AttributeDifference = { attribute: rule.attribute };
      if (wanted !== undefined) difference.reference = wanted;
      const shown = (rule.show ?? rule.reference)(target);
      if (shown !== undefined) difference.target = shown;
      differences.push(difference);
    }
  }
  return differences;
}

/** Deep equality on JSON data; an absent key and an undefined value are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Pairs the objects of two lists: first by key (the name), then, among what is left, by a
 * signature (what the object does, whatever it is called). Constraint and index names are often
 * generated, so two databases built from the same changelog by different tools can name the same
 * foreign key differently; a signature match is the same object, reported with a changed name.
 */
export interface Matching<T> {
  pairs: Array<{ reference: T; target: T }>;
  missing: T[];
  unexpected: T[];
}

export function matchObjects<T>(
  references: T[],
  targets: T[],
  key: (object: T, side: 'reference' | 'target') => string,
  signature?: (object: T, side: 'reference' | 'target') => string,
): Matching<T> {
  const targetByKey = new Map<string, T>();
  for (const target of targets) targetByKey.set(key(target, 'target'), target);
  const pairs: Matching<T>['pairs'] = [];
  const missing: T[] = [];
  const matched = new Set<T>();
  for (const reference of references) {
    const target = targetByKey.get(key(reference, 'reference'));
    if (target !== undefined && !matched.has(target)) {
      pairs.push({ reference, target });
      matched.add(target);
    } else missing.push(reference);
  }
  let unexpected = targets.filter((t) => !matched.has(t));
  if (!signature || missing.length === 0 || unexpected.length === 0) return { pairs, missing, unexpected };

  const stillMissing: T[] = [];
  const bySignature = new Map<string, T[]>();
  for (const target of unexpected) {
    const s = signature(target, 'target');
    bySignature.set(s, [...(bySignature.get(s) ?? []), target]);
  }
  for (const reference of missing) {
    const candidates = bySignature.get(signature(reference, 'reference'));
    const target = candidates?.shift();
    if (target !== undefined) {
      pairs.push({ reference, target });
      matched.add(target);
    } else stillMissing.push(reference);
  }
  unexpected = unexpected.filter((t) => !matched.has(t));
  // In the reference's order, however each pair was found.
  const order = new Map(references.map((r, i) => [r, i]));
  pairs.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
  return { pairs, missing: stillMissing, unexpected };
}

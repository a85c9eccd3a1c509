import type { ColumnObject, TableObject } from '../snapshot/model.js';

/**
 * Probable renames: an object that disappears from the target while a look-alike appears in the
 * reference. A rename applied as drop + create loses the data, so the diff proposes the rename,
 * with a confidence and a reason a reviewer can check. Pairs are taken best first; when two
 * candidates are nearly as good for the same object the pairing is ambiguous and nothing is
 * proposed for it.
 */

export interface ScoredPair<T> {
  from: T;
  to: T;
  confidence: number;
  reason: string;
}

/** Below this, a pair is not reported as a rename. */
export const RENAME_THRESHOLD = 0.7;
/** Two candidates closer than this for the same object make the pairing ambiguous. */
const AMBIGUITY_MARGIN = 0.05;

export function pairRenames<T>(
  gone: T[],
  appeared: T[],
  score: (from: T, to: T) => { confidence: number; reason: string } | undefined,
): Array<ScoredPair<T>> {
  const candidates: Array<ScoredPair<T>> = [];
  for (const from of gone) {
    for (const to of appeared) {
      const scored = score(from, to);
      if (scored && scored.confidence >= RENAME_THRESHOLD) candidates.push({ from, to, ...scored });
    }
  }
  // Stable: equal confidences keep the snapshot order, so the result is deterministic.
  candidates.sort((a, b) => b.confidence - a.confidence);
  const taken = new Set<T>();
  const pairs: Array<ScoredPair<T>> = [];
  for (const candidate of candidates) {
    if (taken.has(candidate.from) || taken.has(candidate.to)) continue;
    const rival = candidates.find(
      (other) =>
        other !== candidate &&
        (other.from === candidate.from || other.to === candidate.to) &&
        !taken.has(other.from === candidate.from ? other.to : other.from) &&
        candidate.confidence - other.confidence < AMBIGUITY_MARGIN,
    );
    taken.add(candidate.from);
    taken.add(candidate.to);
    if (!rival) pairs.push(candidate);
  }
  return pairs;
}

export function scoreTableRename(from: TableObject, to: TableObject): { confidence: number; reason: string } | undefined {
  if (from.schema !== to.schema || from.columns.length === 0 || to.columns.length === 0) return undefined;
  if (Boolean(from.partitionOf) !== Boolean(to.partitionOf)) return undefined;
  const signature = (c: ColumnObject) => `${c.name}\u0000${c.type}`;
  const fromColumns = new Set(from.columns.map(signature));
  const toColumns = new Set(to.columns.map(signature));
  const common = [...fromColumns].filter((c) => toColumns.has(c)).length;
  const jaccard = common / (fromColumns.size + toColumns.size - common);
  const sameTypes =
    from.columns.length === to.columns.length && from.columns.every((c, i) => c.type === to.columns[i]!.type);
  const total = Math.max(from.columns.length, to.columns.length);
  let confidence: number;
  let reason: string;
  if (jaccard === 1) {
    confidence = 0.95;
    reason = `same ${total} column${total === 1 ? '' : 's'} with the same names and types`;
  } else if (sameTypes) {
    confidence = 0.75 + 0.15 * jaccard;
    reason = `same column types in the same order, ${common} of ${total} column names equal`;
  } else {
    confidence = 0.8 * jaccard;
    reason = `${common} of ${total} columns equal by name and type`;
  }
  confidence = Math.min(0.99, confidence + 0.04 * nameSimilarity(from.name, to.name));
  return { confidence: round(confidence), reason };
}

export function scoreColumnRename(
  from: ColumnObject,
  fromPosition: number,
  to: ColumnObject,
  toPosition: number,
): { confidence: number; reason: string } | undefined {
  if (from.type !== to.type) return undefined;
  const signs = [`same type ${to.type}`];
  let confidence = 0.6;
  if (from.nullable === to.nullable) {
    confidence += 0.1;
    signs.push('same nullability');
  }
  if ((from.default ?? '') === (to.default ?? '') && JSON.stringify(from.identity) === JSON.stringify(to.identity)) {
    confidence += 0.1;
    signs.push(from.default ? 'same default' : 'no default on either');
  }
  if (fromPosition === toPosition) {
    confidence += 0.1;
    signs.push('same position');
  }
  const similarity = nameSimilarity(from.name, to.name);
  confidence += 0.1 * similarity;
  if (similarity >= 0.5) signs.push('similar name');
  return { confidence: round(confidence), reason: signs.join(', ') };
}

/** 1 for equal names, 0 for nothing in common: 1 - Levenshtein distance / longer length. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[b.length]! / longer;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

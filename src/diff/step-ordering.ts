/**
 * Orders generation steps: every step after the steps providing what it requires, and otherwise
 * by phase, then by the order the steps were made in (so the output is deterministic). A key may
 * be provided by several steps (a table is "complete" once it is created and all its columns are
 * added); a required key nobody provides is something that already exists.
 */
export interface OrderableStep {
  phase: number;
  provides: string[];
  requires: string[];
}

export interface OrderingResult<T> {
  ordered: T[];
  /** Steps caught in a dependency cycle, emitted in phase order at the end. */
  cyclic: T[];
}

export function orderSteps<T extends OrderableStep>(steps: T[]): OrderingResult<T> {
  const providers = new Map<string, Set<number>>();
  steps.forEach((step, index) => {
    for (const key of step.provides) {
      let set = providers.get(key);
      if (!set) providers.set(key, (set = new Set()));
      set.add(index);
    }
  });
  const waitingOn = steps.map((step, index) => {
    const before = new Set<number>();
    for (const key of step.requires) for (const provider of providers.get(key) ?? []) if (provider !== index) before.add(provider);
    return before;
  });
  const done = new Set<number>();
  const ordered: T[] = [];
  const priority = (i: number) => steps[i]!.phase * 1_000_000 + i;
  const pending = new Set(steps.map((_, i) => i));
  while (pending.size > 0) {
    let next = -1;
    for (const i of pending) {
      if ([...waitingOn[i]!].every((j) => done.has(j)) && (next < 0 || priority(i) < priority(next))) next = i;
    }
    if (next < 0) break;
    pending.delete(next);
    done.add(next);
    ordered.push(steps[next]!);
  }
  const cyclic = [...pending].sort((a, b) => priority(a) - priority(b)).map((i) => steps[i]!);
  return { ordered: [...ordered, ...cyclic], cyclic };
}

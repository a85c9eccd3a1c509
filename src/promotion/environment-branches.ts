import { ConfigurationError } from '../errors.js';

/**
 * The promotion model: one branch per environment, lowest first (`dev -> staging -> main`); each
 * branch deploys to its own database, and an environment moves forward when its branch is merged
 * into the next one.
 */
export interface PromotionStep {
  /** The branch this run deployed. */
  branch: string;
  /** The branch to promote into; undefined when `branch` is the last environment. */
  next?: string;
}

/**
 * Where `branch` promotes to: `explicitNext` when given, else the branch after it in `branches`.
 * A branch that is not an environment branch is a configuration error: promoting a feature
 * branch would skip the lower environments.
 */
export function promotionStep(branches: readonly string[], branch: string, explicitNext?: string): PromotionStep {
  if (explicitNext) {
    if (explicitNext === branch) throw new ConfigurationError(`Input 'next-branch' is ${branch}, the branch this run is on: a branch cannot be promoted into itself.`);
    return { branch, next: explicitNext };
  }
  const index = branches.indexOf(branch);
  if (index < 0) {
    throw new ConfigurationError(`This run is on branch '${branch}', which is not one of the environment branches (${branches.join(' -> ')}): set 'branches' or 'next-branch'.`);
  }
  const next = branches[index + 1];
  return next ? { branch, next } : { branch };
}

/** `refs/heads/dev` → `dev`; undefined for tags and pull request refs. */
export function branchOfRef(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

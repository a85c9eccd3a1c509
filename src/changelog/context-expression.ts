import type { ChangeSet } from './model.js';
import { evaluateFilterExpression, parseFilterExpression, splitList } from './filter-expression.js';

/**
 * Contexts (note §5.3): a changeset carries a context *expression*; the run supplies a list of
 * contexts (`--contexts test,context-b`).
 */

/**
 * What the run asked for with `--contexts`: the names supplied, lower-cased. Liquibase 4.28 reads
 * `--contexts` as a comma list of names, nothing more: `--contexts="a and !b"` is one name, and
 * recorded runs confirm it (a changeset `@a` does not run under it).
 */
export interface RuntimeContexts {
  /** Undefined when `--contexts` was not given (then everything runs except `@` contexts). */
  readonly names?: ReadonlySet<string>;
}

/** No `--contexts`: every changeset runs except those that require (`@`) a context. */
export const NO_CONTEXTS: RuntimeContexts = {};

/**
 * Reads `--contexts` (a comma list, or several values).
 *
 * @example parseRuntimeContexts('test, context-b').names // Set { 'test', 'context-b' }
 */
export function parseRuntimeContexts(value: string | readonly string[] | undefined): RuntimeContexts {
  const text = Array.isArray(value) ? value.join(',') : ((value as string | undefined) ?? '');
  // Asked again for every changeset of a run, always with the same `--contexts`.
  if (lastRuntimeContexts?.text !== text) lastRuntimeContexts = { text, parsed: runtimeContextsOf(text) };
  return lastRuntimeContexts.parsed;
}

let lastRuntimeContexts: { text: string; parsed: RuntimeContexts } | undefined;

function runtimeContextsOf(text: string): RuntimeContexts {
  const parts = splitList(text);
  if (parts.length === 0) return NO_CONTEXTS;
  return { names: new Set(parts.map((part) => part.toLowerCase())) };
}

/**
 * Whether one context expression (a changeset's, an include's, a property's) accepts the run.
 * A blank expression accepts everything.
 */
export function contextExpressionMatches(expression: string | undefined, runtime: RuntimeContexts): boolean {
  const parsed = parseFilterExpression(expression);
  if (parsed === undefined) return true;
  return evaluateFilterExpression(parsed, runtime.names);
}

/** Whether a changeset runs under the run's contexts: its own expression and every inherited one. */
export function changeSetMatchesContexts(
  changeSet: Pick<ChangeSet, 'contextFilter' | 'inheritedContexts'>,
  runtime: RuntimeContexts,
): boolean {
  return (
    contextExpressionMatches(changeSet.contextFilter, runtime) &&
    changeSet.inheritedContexts.every((inherited) => contextExpressionMatches(inherited, runtime))
  );
}

/**
 * The CONTEXTS column of DATABASECHANGELOG: the inherited expressions, innermost first, then the
 * changeset's own, joined with ` AND `; a part holding a comma or a space is parenthesised; each
 * part is written as it was spelled. `null` when there is none.
 *
 * @example contextsColumnValue({ contextFilter: 'a, b', inheritedContexts: ['inc'] }) // 'inc AND (a, b)'
 */
export function contextsColumnValue(changeSet: Pick<ChangeSet, 'contextFilter' | 'inheritedContexts'>): string | null {
  const parts = [...changeSet.inheritedContexts].reverse();
  if (changeSet.contextFilter !== undefined) parts.push(changeSet.contextFilter);
  const written = parts
    .filter((part) => part.trim() !== '')
    .map((part) => (part.includes(',') || part.includes(' ') ? `(${part})` : part));
  const value = written.join(' AND ').trim();
  return value === '' ? null : value;
}

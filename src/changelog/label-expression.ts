import type { ChangeSet } from './model.js';
import { evaluateFilterExpression, parseFilterExpression, splitList, type FilterExpression } from './filter-expression.js';

/**
 * Labels (note §5.3) reverse the roles of contexts: a changeset carries a *list* of labels and the
 * run supplies an *expression* (`--labels` / `--label-filter`). Liquibase 4.28 takes changeset
 * labels literally: a label written `@x` is the label `@x`, selected by no filter but `@x` and run
 * when there is no filter (recorded with Liquibase 4.28.0).
 */

/** `--labels` as parsed; `undefined` when the run gave no label filter. */
export type RuntimeLabels = FilterExpression | undefined;

/** Parses `--labels`. A blank value means no filter. */
export function parseRuntimeLabels(value: string | readonly string[] | undefined): RuntimeLabels {
  const text = Array.isArray(value) ? value.join(',') : ((value as string | undefined) ?? '');
  return parseFilterExpression(text.replace(/\\/g, ''));
}

/** Splits a `labels` attribute into its labels: trimmed, lower-cased, without duplicates (Liquibase's Labels). */
export function parseLabelList(value: string | undefined | null): string[] {
  if (!value) return [];
  return [...new Set(splitList(value).map((label) => label.toLowerCase()))];
}

/** Whether one list of labels (a changeset's own, or an include's) passes the run's filter. */
export function labelsMatch(labels: readonly string[], runtime: RuntimeLabels): boolean {
  if (labels.length === 0 || runtime === undefined) return true;
  return evaluateFilterExpression(runtime, new Set(labels.map((label) => label.toLowerCase())));
}

/** Whether a changeset runs under the run's label filter: its own labels and every inherited list. */
export function changeSetMatchesLabels(changeSet: Pick<ChangeSet, 'labels' | 'inheritedLabels'>, runtime: RuntimeLabels): boolean {
  return (
    labelsMatch(changeSet.labels, runtime) &&
    changeSet.inheritedLabels.every((inherited) => labelsMatch(parseLabelList(inherited), runtime))
  );
}

/**
 * The LABELS column of DATABASECHANGELOG: inherited label lists, innermost first, then the
 * changeset's own; each list lower-cased, without duplicates, comma-joined without spaces.
 * `null` when there is none.
 *
 * @example labelsColumnValue({ labels: ['B', 'c'], inheritedLabels: ['inc'] }) // 'inc,b,c'
 */
export function labelsColumnValue(changeSet: Pick<ChangeSet, 'labels' | 'inheritedLabels'>): string | null {
  const lists = [...changeSet.inheritedLabels].reverse().map(parseLabelList);
  lists.push([...changeSet.labels]);
  const parts = lists
    .map((list) => [...new Set(list.map((label) => label.toLowerCase()))].join(','))
    .filter((part) => part !== '');
  const value = parts.join(',');
  return value === '' ? null : value;
}

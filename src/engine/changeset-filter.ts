import { changeSetMatchesContexts, contextExpressionMatches, contextsColumnValue, parseRuntimeContexts, type RuntimeContexts } from '../changelog/context-expression.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import { changeSetMatchesLabels, labelsColumnValue, labelsMatch, parseLabelList, parseRuntimeLabels, type RuntimeLabels } from '../changelog/label-expression.js';
import type { ChangeSet, ModifySql } from '../changelog/model.js';
import type { EngineContext } from './engine-context.js';

type FilterContext = Pick<EngineContext, 'contexts' | 'labels' | 'dialect'>;

/** Whether a changeset takes part in this run (contexts, labels, dbms, ignore), and if not, why. */
export function changeSetFilter(changeSet: ChangeSet, context: FilterContext): { included: boolean; reason?: string } {
  if (changeSet.ignore) return { included: false, reason: 'ignore="true"' };
  if (!dbmsMatches(changeSet.dbms, context.dialect.name)) return { included: false, reason: `dbms ${changeSet.dbms} does not include ${context.dialect.name}` };
  const runtime = runtimeFilters(context);
  if (!changeSetMatchesContexts(changeSet, runtime.contexts)) {
    return { included: false, reason: `context ${contextsColumnValue(changeSet)} does not match --contexts ${context.contexts ?? '(none)'}` };
  }
  if (!changeSetMatchesLabels(changeSet, runtime.labels)) {
    return { included: false, reason: `labels ${labelsColumnValue(changeSet)} do not match --labels ${context.labels ?? '(none)'}` };
  }
  return { included: true };
}

/** Whether a `<modifySql>` visitor applies to this run: its dbms, context and labels. */
export function modifySqlApplies(visitor: ModifySql, context: FilterContext): boolean {
  if (visitor.dbms && !dbmsMatches(visitor.dbms, context.dialect.name)) return false;
  if (visitor.contextFilter && !contextExpressionMatches(visitor.contextFilter, runtimeFilters(context).contexts)) return false;
  if (visitor.labels && !labelsMatch(parseLabelList(visitor.labels), runtimeFilters(context).labels)) return false;
  return true;
}

/** The run's `--contexts` and `--labels`, parsed once per run rather than once per changeset. */
function runtimeFilters(context: FilterContext): ParsedFilters {
  let parsed = parsedFilters.get(context);
  if (!parsed || parsed.contextsText !== context.contexts || parsed.labelsText !== context.labels) {
    parsed = { contextsText: context.contexts, labelsText: context.labels, contexts: parseRuntimeContexts(context.contexts), labels: parseRuntimeLabels(context.labels) };
    parsedFilters.set(context, parsed);
  }
  return parsed;
}

interface ParsedFilters {
  contextsText?: string;
  labelsText?: string;
  contexts: RuntimeContexts;
  labels: RuntimeLabels;
}

const parsedFilters = new WeakMap<FilterContext, ParsedFilters>();

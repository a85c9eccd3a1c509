import { changeSetMatchesContexts, contextExpressionMatches, contextsColumnValue, parseRuntimeContexts } from '../changelog/context-expression.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import { changeSetMatchesLabels, labelsColumnValue, labelsMatch, parseLabelList, parseRuntimeLabels } from '../changelog/label-expression.js';
import type { ChangeSet, ModifySql } from '../changelog/model.js';
import type { EngineContext } from './engine-context.js';

/** Whether a changeset takes part in this run (contexts, labels, dbms, ignore), and if not, why. */
export function changeSetFilter(changeSet: ChangeSet, context: Pick<EngineContext, 'contexts' | 'labels' | 'dialect'>): { included: boolean; reason?: string } {
  if (changeSet.ignore) return { included: false, reason: 'ignore="true"' };
  if (!dbmsMatches(changeSet.dbms, context.dialect.name)) return { included: false, reason: `dbms ${changeSet.dbms} does not include ${context.dialect.name}` };
  if (!changeSetMatchesContexts(changeSet, parseRuntimeContexts(context.contexts))) {
    return { included: false, reason: `context ${contextsColumnValue(changeSet)} does not match --contexts ${context.contexts ?? '(none)'}` };
  }
  if (!changeSetMatchesLabels(changeSet, parseRuntimeLabels(context.labels))) {
    return { included: false, reason: `labels ${labelsColumnValue(changeSet)} do not match --labels ${context.labels ?? '(none)'}` };
  }
  return { included: true };
}

/** Whether a `<modifySql>` visitor applies to this run: its dbms, context and labels. */
export function modifySqlApplies(visitor: ModifySql, context: Pick<EngineContext, 'contexts' | 'labels' | 'dialect'>): boolean {
  if (visitor.dbms && !dbmsMatches(visitor.dbms, context.dialect.name)) return false;
  if (visitor.contextFilter && !contextExpressionMatches(visitor.contextFilter, parseRuntimeContexts(context.contexts))) return false;
  if (visitor.labels && !labelsMatch(parseLabelList(visitor.labels), parseRuntimeLabels(context.labels))) return false;
  return true;
}

import { describe, expect, it } from 'vitest';
import {
  changeSetMatchesContexts,
  contextExpressionMatches,
  contextsColumnValue,
  NO_CONTEXTS,
  parseRuntimeContexts,
} from '../../src/changelog/context-expression.js';
import { evaluateFilterExpression, FilterExpressionError, parseFilterExpression } from '../../src/changelog/filter-expression.js';
import { changeSetMatchesLabels, labelsColumnValue, labelsMatch, parseLabelList, parseRuntimeLabels } from '../../src/changelog/label-expression.js';

describe('filter expressions (note §5.3)', () => {
  const matches = (expression: string, names: string[]) => evaluateFilterExpression(parseFilterExpression(expression)!, new Set(names));

  it('gives not > and > or, with `,` as or, case-insensitively', () => {
    expect(matches('a and b or c', ['c'])).toBe(true);
    expect(matches('a and (b or c)', ['c'])).toBe(false);
    expect(matches('a, b and c', ['a'])).toBe(true);
    expect(matches('!a and B', ['b'])).toBe(true);
    expect(matches('NOT a AND b', ['a', 'b'])).toBe(false);
    expect(matches('(a, b) and !(c or d)', ['b', 'd'])).toBe(false);
    expect(matches('Test', ['test'])).toBe(true);
  });

  it('rejects what it cannot parse', () => {
    expect(() => parseFilterExpression('a and')).toThrow(FilterExpressionError);
    expect(() => parseFilterExpression('(a')).toThrow(FilterExpressionError);
    expect(parseFilterExpression('  ')).toBeUndefined();
  });
});

describe('contexts', () => {
  it('runs everything without --contexts except required (@) contexts', () => {
    expect(contextExpressionMatches('test', NO_CONTEXTS)).toBe(true);
    expect(contextExpressionMatches('!test', NO_CONTEXTS)).toBe(true);
    expect(contextExpressionMatches('@test', NO_CONTEXTS)).toBe(false);
    expect(contextExpressionMatches('@!test', NO_CONTEXTS)).toBe(true);
    expect(contextExpressionMatches('@test', parseRuntimeContexts('TEST'))).toBe(true);
  });

  it('matches a --contexts list against the changeset expression and every inherited one', () => {
    const runtime = parseRuntimeContexts('test, context-b');
    expect(runtime.names).toEqual(new Set(['test', 'context-b']));
    expect(changeSetMatchesContexts({ contextFilter: 'context-a, context-b', inheritedContexts: [] }, runtime)).toBe(true);
    expect(changeSetMatchesContexts({ contextFilter: 'test', inheritedContexts: ['prod'] }, runtime)).toBe(false);
    expect(changeSetMatchesContexts({ contextFilter: undefined, inheritedContexts: ['test or prod', '!demo'] }, runtime)).toBe(true);
    expect(changeSetMatchesContexts({ contextFilter: 'demo', inheritedContexts: [] }, parseRuntimeContexts(['test']))).toBe(false);
  });

  it('reads --contexts as a plain list, as Liquibase 4.28 does (recorded)', () => {
    // Recorded: under --contexts="req and !other", `@req` and `other` do not run, `@!req` and `!other` do.
    const runtime = parseRuntimeContexts('req and !other');
    expect(runtime.names).toEqual(new Set(['req and !other']));
    expect(['@req', '@!req', 'other', '!other'].map((c) => contextExpressionMatches(c, runtime))).toEqual([false, true, false, true]);
    // Recorded: under --contexts=req, `@req` and `!other` run, `@!req` and `other` do not.
    expect(['@req', '@!req', 'other', '!other'].map((c) => contextExpressionMatches(c, parseRuntimeContexts('req')))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('writes CONTEXTS innermost first, complex parts parenthesised', () => {
    expect(contextsColumnValue({ contextFilter: undefined, inheritedContexts: [] })).toBeNull();
    expect(contextsColumnValue({ contextFilter: 'context-a, context-b', inheritedContexts: [] })).toBe('(context-a, context-b)');
    expect(contextsColumnValue({ contextFilter: '!c', inheritedContexts: ['inc1 or x', 'midctx', 'leafinc'] })).toBe(
      'leafinc AND midctx AND (inc1 or x) AND !c',
    );
  });
});

describe('labels', () => {
  it('runs unlabelled changesets always, and takes changeset labels literally (recorded with 4.28)', () => {
    expect(labelsMatch([], parseRuntimeLabels('v1'))).toBe(true);
    expect(labelsMatch(['v1'], undefined)).toBe(true);
    // Recorded: a changeset labelled `@lab` runs without --labels and does not run under --labels=lab.
    expect(labelsMatch(['@lab'], undefined)).toBe(true);
    expect(labelsMatch(['@lab'], parseRuntimeLabels('lab'))).toBe(false);
  });

  it('evaluates the --labels expression against the changeset labels and inherited ones', () => {
    const runtime = parseRuntimeLabels('v1 and !beta');
    expect(changeSetMatchesLabels({ labels: parseLabelList('V1, stable'), inheritedLabels: [] }, runtime)).toBe(true);
    expect(changeSetMatchesLabels({ labels: ['v1', 'beta'], inheritedLabels: [] }, runtime)).toBe(false);
    expect(changeSetMatchesLabels({ labels: ['v1'], inheritedLabels: ['beta'] }, runtime)).toBe(false);
    expect(changeSetMatchesLabels({ labels: ['x'], inheritedLabels: [] }, parseRuntimeLabels('x, y'))).toBe(true);
  });

  it('writes LABELS lower-cased, inherited first, comma-joined', () => {
    expect(labelsColumnValue({ labels: [], inheritedLabels: [] })).toBeNull();
    expect(labelsColumnValue({ labels: parseLabelList('X, y, x'), inheritedLabels: ['IncL', 'leafL'] })).toBe('leafl,incl,x,y');
  });
});

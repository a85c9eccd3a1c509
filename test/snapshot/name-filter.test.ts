import { describe, expect, test } from 'vitest';
import { createNameFilter, globToRegExp } from '../../src/snapshot/name-filter.js';

describe('globToRegExp', () => {
  test.each([
    ['order*', 'orders', true],
    ['order*', 'order', true],
    ['order*', 'my_orders', false],
    ['t?', 't1', true],
    ['t?', 't12', false],
    ['t[0-9]', 't7', true],
    ['t[!0-9]', 't7', false],
    ['t[!0-9]', 'tx', true],
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['tmp_(x)', 'tmp_(x)', true],
    ['[', '[', true],
  ])('%s matches %s: %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });
});

describe('createNameFilter', () => {
  test('no patterns keep everything', () => {
    expect(createNameFilter({})('app', 'anything')).toBe(true);
  });

  test('a pattern without a dot matches the name, with a dot schema.name', () => {
    const keep = createNameFilter({ include: ['orders', 'audit.*'] });
    expect(keep('app', 'orders')).toBe(true);
    expect(keep('audit', 'log')).toBe(true);
    expect(keep('app', 'log')).toBe(false);
  });

  test('exclude wins over include; matching is case-sensitive', () => {
    const keep = createNameFilter({ include: ['*'], exclude: ['tmp_*', 'app.Legacy'] });
    expect(keep('app', 'tmp_1')).toBe(false);
    expect(keep('app', 'Legacy')).toBe(false);
    expect(keep('app', 'legacy')).toBe(true);
  });
});

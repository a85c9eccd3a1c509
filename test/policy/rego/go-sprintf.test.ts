import { describe, expect, it } from 'vitest';
import { goQuote, goSprintf } from '../../../src/policy/rego/go-sprintf.js';
import { RegoObject, RegoSet } from '../../../src/policy/rego/value.js';

describe("goSprintf (Go's fmt.Sprintf with OPA's argument conversion)", () => {
  it('formats strings, integers and floats with Go verbs and flags', () => {
    expect(goSprintf('hi %s', ['there'])).toBe('hi there');
    expect(goSprintf('%d|%5d|%-5d|%05d|%+d', [7, 7, 7, 7, 7])).toBe('7|    7|7    |00007|+7');
    expect(goSprintf('%x %X %#x %o %b', [255, 255, 255, 8, 5])).toBe('ff FF 0xff 10 101');
    expect(goSprintf('%.2f|%05.1f|%e|%g', [3.14159, 2.25, 1234.5678, 0.000012345])).toBe('3.14|002.2|1.234568e+03|1.2345e-05');
    expect(goSprintf('%v %v %v', [1.5, 1.5e-7, 1234567.5])).toBe('1.5 1.5e-07 1.2345675e+06');
    expect(goSprintf('%5s|%-5s|%.3s', ['ab', 'ab', 'abcdef'])).toBe('   ab|ab   |abc');
    expect(goSprintf('%q %x', ['a"b\n', 'hi'])).toBe('"a\\"b\\n" 6869');
    expect(goSprintf('100%%', [])).toBe('100%');
  });

  it('prints other values as Rego text, and wrong verbs the way Go does', () => {
    expect(goSprintf('%v', [[1, 'a']])).toBe('[1, "a"]');
    expect(goSprintf('%s', [new RegoObject([['b', 2], ['a', 1]])])).toBe('{"a": 1, "b": 2}');
    expect(goSprintf('%v %v', [new RegoSet([2, 1]), new RegoSet()])).toBe('{1, 2} set()');
    expect(goSprintf('%v %v', [true, null])).toBe('true null');
    expect(goSprintf('%t', [true])).toBe('%!t(string=true)');
    expect(goSprintf('%s', [1])).toBe('%!s(int=1)');
    expect(goSprintf('%d', ['a'])).toBe('%!d(string=a)');
    expect(goSprintf('%d', [1.5])).toBe('%!d(float64=1.5)');
    expect(goSprintf('%T %T %T', ['a', 1, 1.5])).toBe('string int float64');
  });

  it('reports missing and extra arguments like Go', () => {
    expect(goSprintf('%d %d', [1])).toBe('1 %!d(MISSING)');
    expect(goSprintf('%d', [1, 'x'])).toBe('1%!(EXTRA string=x)');
  });

  it('keeps big integers exact', () => {
    expect(goSprintf('%d %s', [123456789123456789123n, 1208925819614629174706175n])).toBe('123456789123456789123 1208925819614629174706175');
  });

  it("quotes like strconv.Quote (not JSON)", () => {
    expect(goQuote('\x07\x00é')).toBe('"\\a\\x00é"');
  });
});

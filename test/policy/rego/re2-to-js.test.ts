import { describe, expect, it } from 'vitest';
import { compileRe2, Re2SyntaxError, translateRe2 } from '../../../src/policy/rego/re2-to-js.js';
import { findAllMatches, regexReplaceAll, regexSplit } from '../../../src/policy/rego/go-regexp.js';
import { BacktrackMatcher } from '../../../src/policy/rego/re2-backtrack.js';
import { compileRe2Matcher } from '../../../src/policy/rego/re2-matcher.js';
import { parseRe2 } from '../../../src/policy/rego/re2-syntax.js';

/** Whole-string test with a fresh RegExp (compileRe2 caches a global one). */
function matches(pattern: string, s: string): boolean {
  return new RegExp(translateRe2(pattern).source, 'u').test(s);
}

describe('translateRe2', () => {
  it('reads a leading (?i) as case-insensitive for the whole pattern', () => {
    expect(() => new RegExp('(?i)create')).toThrow();
    expect(matches('(?i)create\\s+index', 'CREATE  Index')).toBe(true);
    expect(matches('create', 'CREATE')).toBe(false);
  });

  it('scopes (?i:...) to its group and (?i) mid-pattern to the rest of the group', () => {
    expect(matches('^a(?i:b)c$', 'aBc')).toBe(true);
    expect(matches('^a(?i:b)c$', 'aBC')).toBe(false);
    expect(matches('^a(?i)bc$', 'aBC')).toBe(true);
    expect(matches('^a(?i)bc$', 'ABC')).toBe(false);
    expect(matches('^(?i)a(?-i)b$', 'Ab')).toBe(true);
    expect(matches('^(?i)a(?-i)b$', 'AB')).toBe(false);
    expect(matches('(?i)[a-c]+', 'ABC')).toBe(true);
  });

  it('reads ] right after [ or [^ as a literal (JS reads [^] as "any character")', () => {
    expect(matches('^[^])]+$', 'job_title')).toBe(true);
    expect(matches('^[^])]+$', 'a]b')).toBe(false);
    expect(matches('^[^])]+$', 'a)b')).toBe(false);
    expect(matches('^[]a]+$', ']a]')).toBe(true);
    const groups = findAllMatches('\\(\\[?([^])]+)+\\]?\\);', 'on person (job_title);', -1)[0]!.groups;
    expect(groups).toEqual(['(job_title);', 'job_title']);
  });

  it('translates \\A, \\z, ^ and $ (with and without (?m))', () => {
    expect(matches('\\Aab\\z', 'ab')).toBe(true);
    expect(matches('ab\\z', 'ab\n')).toBe(false);
    expect(matches('^b$', 'a\nb')).toBe(false);
    expect(matches('(?m)^b$', 'a\nb\nc')).toBe(true);
  });

  it('supports POSIX classes, negated ones and mixing them with ranges', () => {
    expect(matches('^[[:alpha:]]+$', 'abcXYZ')).toBe(true);
    expect(matches('^[[:alpha:]]+$', 'abc1')).toBe(false);
    expect(matches('^[[:^digit:]]+$', 'abc')).toBe(true);
    expect(matches('^[[:^digit:]]+$', 'a1')).toBe(false);
    expect(matches('^[[:digit:]_-]+$', '12_-3')).toBe(true);
  });

  it('quotes \\Q...\\E literally', () => {
    expect(matches('^\\Qa.b*c\\E$', 'a.b*c')).toBe(true);
    expect(matches('^\\Qa.b*c\\E$', 'aXbbc')).toBe(false);
  });

  it('translates named groups (?P<name>...) and (?<name>...)', () => {
    const t = translateRe2('(?P<table>\\w+)\\.(?<col>\\w+)');
    expect(t.names).toEqual([undefined, 'table', 'col']);
    expect(new RegExp(t.source, 'u').exec('person.name')?.slice(1)).toEqual(['person', 'name']);
    expect(translateRe2('(?P<a>x)(y)(?:z)').groupCount).toBe(2);
  });

  it('keeps RE2 meanings of \\s, \\d, \\w and . (ASCII \\s without \\v; . stops at \\n only)', () => {
    expect(matches('^\\s$', '\v')).toBe(false);
    expect(matches('^\\s$', '\u00a0')).toBe(false);
    expect(matches('^\\s+$', ' \t\r\n\f')).toBe(true);
    expect(matches('^\\S+$', 'ab\u00a0')).toBe(true);
    expect(matches('^\\w+$', 'héllo')).toBe(false);
    expect(matches('^.$', '\n')).toBe(false);
    expect(matches('^.$', '\r')).toBe(true);
    expect(matches('(?s)^.$', '\n')).toBe(true);
    expect(matches('^.$', '😀')).toBe(true);
  });

  it('supports Unicode classes, escapes and repetition forms', () => {
    expect(matches('^\\pL+$', 'héllo')).toBe(true);
    expect(matches('^\\p{Greek}+$', 'αβγ')).toBe(true);
    expect(matches('^\\PL+$', '123')).toBe(true);
    expect(matches('^\\x41\\x{42}\\101$', 'ABA')).toBe(true);
    expect(matches('^a{2,3}$', 'aaa')).toBe(true);
    expect(matches('^a{,3}$', 'a{,3}')).toBe(true);
    expect(matches('^\\-\\#\\&$', '-#&')).toBe(true);
  });

  it('makes (?U) swap greedy and lazy repetition', () => {
    expect(new RegExp(translateRe2('(?U)a+').source, 'u').exec('aaa')![0]).toBe('a');
    expect(new RegExp(translateRe2('(?U)a+?').source, 'u').exec('aaa')![0]).toBe('aaa');
  });

  it('rejects what RE2 rejects, with Go\'s messages', () => {
    const err = (p: string) => {
      try {
        translateRe2(p);
      } catch (e) {
        expect(e).toBeInstanceOf(Re2SyntaxError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err('[')).toBe('error parsing regexp: missing closing ]: `[`');
    expect(err('a**')).toContain('invalid nested repetition operator');
    expect(err('*a')).toContain('missing argument to repetition operator');
    expect(err('(a')).toContain('missing closing )');
    expect(err('a)')).toContain('unexpected )');
    expect(err('\\1')).toContain('invalid escape sequence');
    expect(err('(?=a)')).toContain('invalid or unsupported Perl syntax');
    expect(err('a{1001}')).toContain('invalid repeat count');
  });

  it('flattens (x+)+ so that a failing match does not backtrack exponentially', () => {
    const re = compileRe2('^(?i)create\\s+index\\s+(\\S+)\\s+on\\s+(\\S+)\\s?\\(([^])]+)+\\);');
    const s = 'create index i on t (' + 'a'.repeat(5000) + ' where x';
    const started = performance.now();
    re.lastIndex = 0;
    expect(re.test(s)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('Go regexp iteration semantics', () => {
  it('skips an empty match right after the previous match, like FindAllString', () => {
    expect(findAllMatches('a*', 'baaab', -1).map((m) => m.groups[0])).toEqual(['', 'aaa', '']);
    expect(findAllMatches('a*', 'abaabaccadaaae', -1).map((m) => m.groups[0])).toEqual(['a', 'aa', 'a', '', 'a', 'aaa', '']);
    expect(findAllMatches('a*', 'baaab', 2).map((m) => m.groups[0])).toEqual(['', 'aaa']);
  });

  it('gives "" for groups that did not take part', () => {
    expect(findAllMatches('(a)|(b)', 'b', -1)[0]!.groups).toEqual(['b', '', 'b']);
  });

  it('splits like regexp.Split(s, -1)', () => {
    expect(regexSplit(',\\s*', 'a, b,c')).toEqual(['a', 'b', 'c']);
    expect(regexSplit('x*', 'abc')).toEqual(['a', 'b', 'c']);
    expect(regexSplit(',', '')).toEqual(['']);
  });

  it('replaces like ReplaceAllString, with $1 and ${name} templates', () => {
    expect(regexReplaceAll('(\\w+)@(\\w+)', 'bob@example', '${2}:$1')).toBe('example:bob');
    expect(regexReplaceAll('(?P<w>\\w+)', 'a b', '<${w}>')).toBe('<a> <b>');
    expect(regexReplaceAll('a*', 'baaac', '-')).toBe('-b-c-');
    expect(regexReplaceAll('x', 'axb', '$$')).toBe('a$b');
  });
});

describe('linear-time engine for patterns that would backtrack exponentially in JavaScript', () => {
  it('is chosen for repeated groups, alternations and repeats under repeats, not for plain patterns', () => {
    expect(compileRe2Matcher('(a|b)+').engine).toBe('linear');
    expect(compileRe2Matcher('^(\\w+\\s?)*$').engine).toBe('linear');
    expect(compileRe2Matcher('(?i)create\\s+(NonClustered\\s+)?index\\s+([^\\s]+)\\s+ON\\s+([^\\s(]+)\\s?\\(\\[?([^])]+)+\\]?\\);').engine).toBe('js');
    expect(compileRe2Matcher('^[a-z]+@[a-z]+\\.com$').engine).toBe('js');
  });

  it('answers in linear time where JavaScript would take exponential time', () => {
    const started = performance.now();
    expect(findAllMatches('^(\\w+\\s?)*$', 'a'.repeat(5000) + '!', -1)).toEqual([]);
    expect(findAllMatches('(x+x+)+y', 'x'.repeat(3000), -1)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("keeps a group's capture from an earlier iteration, as Go does", () => {
    expect(findAllMatches('(?:(a)|b)+', 'ab', -1)[0]!.groups).toEqual(['ab', 'a']);
    expect(findAllMatches('(a|ab)(c|bcd)(d*)', 'abcd', -1)[0]!.groups).toEqual(['abcd', 'a', 'bcd', '']);
  });

  it('agrees with JavaScript on patterns both can run', () => {
    const patterns = [
      '^a(?i:b)c$', '(?i)create\\s+index', '[^])]+', 'a*?b', 'a{2,3}', '(?m)^b$', '\\bfoo\\b', '(?s)a.b', '[[:alpha:]]+',
      '\\pL+', 'x*', '(a)(b)?', '^$', '(?U)a+', 'é+', '[^a-c]+', '\\Qa.b\\E', '.', 'a|b|', '(?:ab)+', '(\\d+)-(\\d+)',
    ];
    const inputs = ['', 'abc', 'aBc', 'CREATE  INDEX x', 'x ) y ] z', 'aaab', 'a\nb\nc', 'foo bar foobar', 'αβγ déjà', '12-34 5-6', 'ababab', '😀a😀'];
    for (const p of patterns) {
      const js = compileRe2Matcher(p);
      const linear = new BacktrackMatcher(parseRe2(p));
      for (const s of inputs) {
        for (let from = 0; from <= s.length; from++) {
          if (from > 0 && s.codePointAt(from - 1)! > 0xffff) continue; // never inside a surrogate pair
          expect([p, s, from, linear.exec(s, from)]).toEqual([p, s, from, js.exec(s, from)]);
        }
      }
    }
  });
});

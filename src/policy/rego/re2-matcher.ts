/**
 * One interface over the two ways of running an RE2 pattern: JavaScript's RegExp on the
 * translated pattern (fast, used for most patterns) and the bounded backtracker (linear time,
 * used where a backtracking engine could blow up or would give other captures than Go).
 */
import { BacktrackMatcher } from './re2-backtrack.js';
import { flattenNestedRepeats, needsLinearEngine, parseRe2 } from './re2-syntax.js';
import { translateRe2 } from './re2-to-js.js';

export interface Re2Match {
  index: number;
  end: number;
  /** Group texts, index 0 the whole match; undefined for a group that took no part. */
  groups: (string | undefined)[];
}

export interface Re2Matcher {
  /** RE2 group names by group number. */
  readonly names: readonly (string | undefined)[];
  /** Which engine runs the pattern (for tests and diagnostics). */
  readonly engine: 'js' | 'linear';
  /** The leftmost-first match at or after `from` (a UTF-16 offset). */
  exec(s: string, from: number): Re2Match | null;
}

class JsMatcher implements Re2Matcher {
  readonly engine = 'js';
  constructor(
    private readonly re: RegExp,
    readonly names: readonly (string | undefined)[],
  ) {}
  exec(s: string, from: number): Re2Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(s);
    if (!m) return null;
    return { index: m.index, end: m.index + m[0].length, groups: [...m] };
  }
}

class LinearMatcher implements Re2Matcher {
  readonly engine = 'linear';
  constructor(
    private readonly matcher: BacktrackMatcher,
    readonly names: readonly (string | undefined)[],
  ) {}
  exec(s: string, from: number): Re2Match | null {
    return this.matcher.exec(s, from);
  }
}

const cache = new Map<string, Re2Matcher>();

/** Compiles (and caches) a matcher; throws Re2SyntaxError for patterns RE2 rejects. */
export function compileRe2Matcher(pattern: string): Re2Matcher {
  let m = cache.get(pattern);
  if (!m) {
    const parsed = parseRe2(pattern);
    const root = flattenNestedRepeats(parsed.root);
    if (needsLinearEngine(root)) {
      m = new LinearMatcher(new BacktrackMatcher({ ...parsed, root }), parsed.names);
    } else {
      m = new JsMatcher(new RegExp(translateRe2(pattern).source, 'gu'), parsed.names);
    }
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, m);
  }
  return m;
}

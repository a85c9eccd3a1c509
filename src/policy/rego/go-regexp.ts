import { compileRe2Matcher, type Re2Match } from './re2-matcher.js';

/** One match: start/end offsets and the groups ("" for a group that took no part, as Go gives). */
export interface RegexMatch {
  index: number;
  end: number;
  groups: string[];
}

function runeWidth(s: string, pos: number): number {
  const c = s.charCodeAt(pos);
  return c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length ? 2 : 1;
}

/**
 * All successive non-overlapping matches, with Go's rules: at most `n` (all if n < 0), and an
 * empty match right after the previous match is skipped.
 */
export function findAllMatches(pattern: string, s: string, n: number): RegexMatch[] {
  const re = compileRe2Matcher(pattern);
  const out: RegexMatch[] = [];
  let pos = 0;
  let prevEnd = -1;
  while ((n < 0 || out.length < n) && pos <= s.length) {
    const m = re.exec(s, pos);
    if (!m) break;
    const end = m.end;
    let accept = true;
    if (end === m.index) {
      if (m.index === prevEnd) accept = false;
      pos = m.index < s.length ? m.index + runeWidth(s, m.index) : s.length + 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push({ index: m.index, end, groups: m.groups.map((g) => g ?? '') });
  }
  return out;
}

export function regexMatches(pattern: string, s: string): boolean {
  return compileRe2Matcher(pattern).exec(s, 0) !== null;
}

/** Go's regexp.Split(s, -1). */
export function regexSplit(pattern: string, s: string): string[] {
  if (s === '') return [''];
  const matches = findAllMatches(pattern, s, -1);
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  for (const m of matches) {
    end = m.index;
    if (m.end !== 0) out.push(s.slice(beg, end));
    beg = m.end;
  }
  if (end !== s.length) out.push(s.slice(beg));
  return out;
}

/** Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expand(template: string, m: Re2Match, names: readonly (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const rest = template.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i++;
      continue;
    }
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const bare = /^[A-Za-z0-9_]+/.exec(rest);
    const name = braced ? braced[1]! : bare ? bare[0] : undefined;
    if (name === undefined) {
      out += '$';
      continue;
    }
    i += braced ? braced[0].length : bare![0].length;
    const index = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
    out += index >= 0 ? (m.groups[index] ?? '') : '';
  }
  return out;
}

/** Go's Regexp.ReplaceAllString. */
export function regexReplaceAll(pattern: string, s: string, repl: string): string {
  const re = compileRe2Matcher(pattern);
  let out = '';
  let lastEnd = 0;
  let searchPos = 0;
  while (searchPos <= s.length) {
    const m = re.exec(s, searchPos);
    if (!m) break;
    const start = m.index;
    const end = m.end;
    out += s.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expand(repl, m, re.names);
    lastEnd = end;
    const width = searchPos < s.length ? runeWidth(s, searchPos) : 1;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return out + s.slice(lastEnd);
}

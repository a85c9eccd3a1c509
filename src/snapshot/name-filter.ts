/**
 * Include/exclude filters on object names, written as globs: `*` any run of characters, `?` one
 * character, `[abc]` / `[!abc]` a character class. A pattern with a dot matches `schema.name`, one
 * without matches the name alone; matching is case-sensitive, as PostgreSQL names are.
 *
 * Written here rather than taken from a path-glob library: identifiers may contain `/` and start
 * with `.`, which path globs treat specially.
 */
export interface NameFilterOptions {
  /** Keep only objects matching at least one pattern (absent or empty: keep all). */
  include?: string[];
  /** Drop objects matching any pattern; wins over include. */
  exclude?: string[];
}

export type NameFilter = (schema: string, name: string) => boolean;

export function createNameFilter({ include = [], exclude = [] }: NameFilterOptions): NameFilter {
  const included = include.map(compilePattern);
  const excluded = exclude.map(compilePattern);
  return (schema, name) => {
    const matches = (pattern: CompiledPattern) => pattern.regex.test(pattern.qualified ? `${schema}.${name}` : name);
    if (excluded.some(matches)) return false;
    return included.length === 0 || included.some(matches);
  };
}

interface CompiledPattern {
  qualified: boolean;
  regex: RegExp;
}

function compilePattern(pattern: string): CompiledPattern {
  return { qualified: pattern.includes('.'), regex: globToRegExp(pattern) };
}

/** Exported for its own tests. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        source += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith('!');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

import { ConfigurationError } from '../errors.js';

/**
 * Naming conventions as configured for the naming rules. A pattern starting with `^` is a
 * regular expression the whole name must match; anything else is a template the name must equal
 * once its placeholders are filled in, e.g. `idx_<table>_<columns>`.
 */
export type NamingPattern =
  | { kind: 'regex'; source: string; regex: RegExp }
  | { kind: 'template'; source: string }
  | { kind: 'none'; source: '' };

export interface NamingValues {
  table?: string;
  columns?: string[];
  referencedTable?: string;
  referencedColumns?: string[];
}

const PLACEHOLDERS = ['table', 'columns', 'column', 'referenced_table', 'referenced_columns'] as const;

/** Parses a configured pattern; throws ConfigurationError when it is invalid. An empty pattern checks nothing. */
export function parseNamingPattern(source: string): NamingPattern {
  if (source === '') return { kind: 'none', source: '' };
  if (source.startsWith('^')) {
    try {
      return { kind: 'regex', source, regex: new RegExp(source, 'u') };
    } catch (error) {
      throw new ConfigurationError(`invalid naming pattern ${JSON.stringify(source)}: ${(error as Error).message}`, { cause: error });
    }
  }
  for (const match of source.matchAll(/<([^<>]*)>/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) {
      throw new ConfigurationError(
        `unknown placeholder <${match[1]}> in naming pattern ${JSON.stringify(source)} (known: ${PLACEHOLDERS.map((p) => `<${p}>`).join(', ')})`,
      );
    }
  }
  return { kind: 'template', source };
}

/** The name a template asks for, or undefined when a value it needs is unknown (an expression index). */
export function expectedName(pattern: NamingPattern, values: NamingValues): string | undefined {
  if (pattern.kind !== 'template') return undefined;
  let missing = false;
  const filled = pattern.source.replace(/<([a-z_]+)>/g, (_, key: string) => {
    const value =
      key === 'table' ? values.table
      : key === 'columns' || key === 'column' ? values.columns?.join('_')
      : key === 'referenced_table' ? values.referencedTable
      : values.referencedColumns?.join('_');
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

/** Whether `name` follows the pattern; undefined when it cannot be decided. */
export function followsNamingPattern(name: string, pattern: NamingPattern, values: NamingValues): boolean | undefined {
  if (pattern.kind === 'none') return true;
  if (pattern.kind === 'regex') return pattern.regex.test(name);
  const expected = expectedName(pattern, values);
  return expected === undefined ? undefined : expected === name;
}

/** "expected <what>" text for messages. */
export function describeExpectation(pattern: NamingPattern, values: NamingValues): string {
  const expected = expectedName(pattern, values);
  if (expected !== undefined) return expected;
  return pattern.kind === 'regex' ? `a name matching ${pattern.source}` : `a name of the form ${pattern.source}`;
}

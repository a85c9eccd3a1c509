// Normalises `pg_dump --schema-only --no-owner --no-privileges` output so that two databases built
// the same way compare equal: comments, psql meta-commands (`\restrict <random key>`), SET lines and
// blank-line noise go, trailing spaces are trimmed and the statements are sorted.
//
// scripts/lib/normalize-pg-dump.mjs is the same algorithm for the recording script, which must run
// without a TypeScript build; keep the two in step (test/golden/normalize-pg-dump.test.ts checks
// that they agree).

/** Options of {@link normalizePgDump}. */
export interface NormalizePgDumpOptions {
  /** Keep, drop, or keep only the statements about the tracking tables (default: include). */
  tracking?: 'include' | 'exclude' | 'only';
}

const TRACKING_TABLE = /(^|[\s."(])databasechangelog(lock)?(?=[\s"(;]|$)/i;

/**
 * Splits a pg_dump script into its SQL statements, in order, each ending with `;`. Comments and
 * psql meta-commands between statements are dropped; quoted text, quoted identifiers and
 * dollar-quoted bodies are kept intact, so a `;` or `--` inside a function body does not split.
 */
export function splitPgDumpStatements(dump: string): string[] {
  const text = dump.replace(/\r\n?/g, '\n');
  const statements: string[] = [];
  let i = 0;
  while (i < text.length) {
    // Between statements: whitespace, comments and meta-commands.
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    if (text.startsWith('--', i) || c === '\\') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (text.startsWith('/*', i)) {
      i = skipBlockComment(text, i);
      continue;
    }
    const start = i;
    i = findStatementEnd(text, i);
    statements.push(text.slice(start, i));
  }
  return statements;
}

/** Index after the block comment opening at `from` (block comments nest in PostgreSQL). */
function skipBlockComment(text: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return text.length;
}

/** Index just after the `;` ending the statement that starts at `from` (or the end of the text). */
function findStatementEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === ';') return i + 1;
    if (c === "'") {
      const escapes = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e') && !isIdentChar(text[i - 2]);
      i = skipQuoted(text, i, "'", escapes);
    } else if (c === '"') {
      i = skipQuoted(text, i, '"', false);
    } else if (c === '$' && !isIdentChar(text[i - 1])) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? text.length : close + tag[0].length;
      } else {
        i++;
      }
    } else if (text.startsWith('--', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      i = skipBlockComment(text, i);
    } else {
      i++;
    }
  }
  return text.length;
}

/** Index after the closing quote; `backslashEscapes` is true inside E'...' strings. */
function skipQuoted(text: string, from: number, quote: string, backslashEscapes: boolean): number {
  let i = from + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === '\\') {
      i += 2;
    } else if (c === quote) {
      if (text[i + 1] === quote) {
        i += 2;
      } else {
        return i + 1;
      }
    } else {
      i++;
    }
  }
  return text.length;
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
}

/**
 * True for statements about Liquibase's tracking tables (DATABASECHANGELOG, DATABASECHANGELOGLOCK).
 */
export function isTrackingTableStatement(statement: string): boolean {
  return TRACKING_TABLE.test(statement);
}

/**
 * The normalised schema: session settings dropped, lines right-trimmed, blank lines inside a
 * statement removed, statements sorted by code unit and separated by one blank line.
 */
export function normalizePgDump(dump: string, options: NormalizePgDumpOptions = {}): string {
  const tracking = options.tracking ?? 'include';
  const statements = splitPgDumpStatements(dump)
    .filter((s) => !/^SET\s/i.test(s) && !/^SELECT\s+pg_catalog\.set_config\(/i.test(s))
    .filter((s) => {
      if (tracking === 'include') return true;
      return isTrackingTableStatement(s) === (tracking === 'only');
    })
    .map((s) =>
      s
        .split('\n')
        .map((line) => line.replace(/[ \t]+$/, ''))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return statements.length === 0 ? '' : statements.join('\n\n') + '\n';
}

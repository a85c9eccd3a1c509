import { SqlScanner } from '../../sql/sql-lexer.js';
import { postgresSyntax } from '../../sql/sql-syntax.js';
import type { Rule } from '../rule.js';

/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_IDENTIFIER_BYTES = 63;

export const identifierTooLong: Rule = {
  code: 'DB506',
  name: 'identifier-too-long',
  family: 'types',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'An identifier (name, alias, reference) longer than 63 bytes.',
  hint: 'Shorten the name to 63 bytes or fewer.',
  why:
    'PostgreSQL truncates identifiers to 63 bytes with only a NOTICE: the object gets another name than the ' +
    'changelog says, two long names that share their first 63 bytes collide, and tools that use the full name ' +
    'do not find the object. The check reads the statement text, since the parser has already truncated the names.',
  fix: 'Pick a name of at most 63 bytes (multi-byte characters count for more than one).',
  examples: {
    triggers: { sql: 'CREATE INDEX idx_customer_subscription_billing_address_postal_code_country_code_region ON customer_subscription (billing_postal_code);' },
    nearMiss: { sql: 'CREATE INDEX idx_cust_sub_billing_postal_code ON customer_subscription (billing_postal_code);' },
  },
  peers: { squawk: ['identifier-too-long'], bytebase: ['NAMING_TABLE', 'NAMING_COLUMN'], atlas: [] },
  kinds: '*',
  create: () => ({
    statement(ctx) {
      const { text, codeStart, codeEnd } = ctx.current.unit;
      const names = longIdentifiers(text.slice(codeStart, codeEnd));
      for (const name of names.length > 1 ? new Set(names) : names) {
        ctx.report({ message: `${name} is ${Buffer.byteLength(name, 'utf8')} bytes; PostgreSQL truncates it to ${MAX_IDENTIFIER_BYTES}.` });
      }
    },
  }),
};

/**
 * Identifiers (plain words and "quoted" names) longer than MAX_IDENTIFIER_BYTES in UTF-8, outside strings
 * and comments. Read from the source because PostgreSQL's parser has already truncated them.
 */
function longIdentifiers(sql: string): string[] {
  const out: string[] = [];
  if (!mayHoldLongIdentifier(sql)) return out;
  // A UTF-8 character takes at most 4 bytes: shorter tokens cannot be too long.
  const minChars = MAX_IDENTIFIER_BYTES / 4;
  const token = new SqlScanner(sql, postgresSyntax);
  while (token.next()) {
    if (token.end - token.start <= minChars) continue;
    if (token.kind === 'word' && !isDigit(sql.charCodeAt(token.start))) {
      const word = sql.slice(token.start, token.end);
      if (Buffer.byteLength(word, 'utf8') > MAX_IDENTIFIER_BYTES) out.push(word.toLowerCase());
    } else if (token.kind === 'quoted-identifier' && token.end - token.start - 2 > minChars) {
      const name = sql.slice(token.start + 1, token.end - (token.unterminated ? 0 : 1)).replaceAll('""', '"');
      if (Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES) out.push(name);
    }
  }
  return out;
}

/**
 * A cheap first pass that settles most statements without lexing them: anything beyond ASCII,
 * or an ASCII word or a quoted run longer than MAX_IDENTIFIER_BYTES. (A loop: a regular
 * expression backtracks inside every word and is slower.)
 */
function mayHoldLongIdentifier(sql: string): boolean {
  let run = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (c >= 128) return true;
    if (c === 34) {
      // Scanning goes on inside the quotes (a quote in a string literal must not hide what follows).
      const close = sql.indexOf('"', i + 1);
      if ((close < 0 ? sql.length : close) - i - 1 > MAX_IDENTIFIER_BYTES) return true;
      run = 0;
    } else if (isWordChar(c)) {
      if (++run > MAX_IDENTIFIER_BYTES) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 36;
}

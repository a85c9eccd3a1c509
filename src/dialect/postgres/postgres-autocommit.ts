/**
 * Statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction
 * block"): the engine runs them in autocommit. Decided on the leading keywords after comments,
 * which is enough for these statement forms and avoids a full parse per statement.
 */
const AUTOCOMMIT_PATTERNS: readonly RegExp[] = [
  /^CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY\b/,
  /^DROP\s+INDEX\s+CONCURRENTLY\b/,
  /^REINDEX\b.*\bCONCURRENTLY\b/s,
  /^REINDEX\s+(\(.*?\)\s*)?(SYSTEM|DATABASE)\b/s,
  /^ALTER\s+TABLE\b.*\bDETACH\s+PARTITION\b.*\bCONCURRENTLY\b/s,
  /^VACUUM\b/,
  /^CREATE\s+DATABASE\b/,
  /^DROP\s+DATABASE\b/,
  /^ALTER\s+DATABASE\b.*\bSET\s+TABLESPACE\b/s,
  /^CREATE\s+TABLESPACE\b/,
  /^DROP\s+TABLESPACE\b/,
  /^ALTER\s+SYSTEM\b/,
  /^CLUSTER\s*;?$/,
  /^CREATE\s+SUBSCRIPTION\b/,
  /^DROP\s+SUBSCRIPTION\b/,
  /^ALTER\s+SUBSCRIPTION\b.*\bREFRESH\s+PUBLICATION\b/s,
];

/**
 * Whether the statement must run outside a transaction. `ALTER TYPE … ADD VALUE` is included for
 * servers older than 12, where it could not run in a transaction block.
 */
export function postgresRequiresAutocommit(sql: string, serverMajorVersion = 15): boolean {
  const text = leadingText(sql).toUpperCase();
  if (AUTOCOMMIT_PATTERNS.some((pattern) => pattern.test(text))) return true;
  return serverMajorVersion < 12 && /^ALTER\s+TYPE\b.*\bADD\s+VALUE\b/s.test(text);
}

/** The statement without leading white space and comments. */
function leadingText(sql: string): string {
  let text = sql;
  for (;;) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('--')) {
      const end = trimmed.indexOf('\n');
      text = end < 0 ? '' : trimmed.slice(end + 1);
    } else if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/');
      text = end < 0 ? '' : trimmed.slice(end + 2);
    } else {
      return trimmed.trimEnd();
    }
  }
}

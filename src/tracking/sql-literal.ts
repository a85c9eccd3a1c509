/**
 * SQL literals for the tracking statements. They are inlined (not bound) so that update-sql prints
 * exactly what update runs, as Liquibase does. Assumes standard_conforming_strings (the default
 * since PostgreSQL 9.1): only the quote is doubled.
 */
export function sqlString(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (value.includes('\0')) throw new Error('NUL characters cannot be stored in a tracking row');
  return `'${value.replace(/'/g, "''")}'`;
}

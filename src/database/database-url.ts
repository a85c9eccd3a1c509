import { ConfigurationError } from '../errors.js';

/** Where to connect, parsed from `--url` (and `--username` / `--password`). */
export type DatabaseTarget =
  | { kind: 'postgresql'; host: string; port: number; database: string; user?: string; password?: string; params: Record<string, string> }
  | { kind: 'embedded'; dataDir?: string };

/**
 * Parses the URL forms users write:
 * - `postgresql://user:pass@host:5432/db?sslmode=require` (or `postgres://`);
 * - `jdbc:postgresql://host:5432/db?user=u&password=p`, as in liquibase.properties;
 * - `pglite:memory`, `pglite:./folder` or no URL at all: the embedded PostgreSQL.
 * Explicit `username` / `password` win over credentials inside the URL.
 */
export function parseDatabaseUrl(url: string | undefined, credentials: { username?: string; password?: string } = {}): DatabaseTarget {
  const trimmed = url?.trim();
  if (!trimmed || trimmed === 'pglite:memory' || trimmed === 'pglite:' || trimmed === 'embedded') return { kind: 'embedded' };
  if (trimmed.startsWith('pglite:')) return { kind: 'embedded', dataDir: trimmed.slice('pglite:'.length).replace(/^\/\//, '') };

  const jdbc = /^jdbc:(postgresql|postgres):/i.test(trimmed);
  const withoutJdbc = jdbc ? trimmed.slice('jdbc:'.length) : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(withoutJdbc);
  } catch {
    throw new ConfigurationError(`--url is not a database URL this tool understands (expected postgresql://host:port/db, jdbc:postgresql://host:port/db or pglite:<folder>): ${redactUrl(trimmed)}`);
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new ConfigurationError(`--url: unsupported database '${parsed.protocol.replace(/:$/, '')}' (supported: postgresql, and the embedded pglite)`);
  }
  const params: Record<string, string> = {};
  for (const [key, value] of parsed.searchParams) params[key] = value;
  const user = credentials.username ?? (parsed.username ? decodeURIComponent(parsed.username) : undefined) ?? takeParam(params, 'user');
  const password = credentials.password ?? (parsed.password ? decodeURIComponent(parsed.password) : undefined) ?? takeParam(params, 'password');
  delete params.user;
  delete params.password;
  return {
    kind: 'postgresql',
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || 'postgres',
    user,
    password,
    params,
  };
}

function takeParam(params: Record<string, string>, name: string): string | undefined {
  return params[name];
}

/** A description of the target that never contains the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'embedded') return target.dataDir ? `embedded PostgreSQL (${target.dataDir})` : 'embedded PostgreSQL (in memory)';
  const user = target.user ? `${target.user}@` : '';
  return `postgresql://${user}${target.host}:${target.port}/${target.database}`;
}

/** Removes passwords from anything that looks like a URL with credentials or a password parameter. */
export function redactUrl(text: string): string {
  return text
    .replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@')
    .replace(/([?&]password=)[^&\s]*/gi, '$1***');
}

import { readlinkSync } from 'node:fs';
import type { DatabaseConnection, Queryable } from './connection.js';
import { describeTarget, type DatabaseTarget } from './database-url.js';

/**
 * Opens a connection to a parsed target. The drivers are imported on demand so that commands that
 * need no database (and `--help`) start fast.
 *
 * The session's time zone is this process's, as a JDBC session takes the JVM's: DATEEXECUTED is a
 * timestamp without time zone written with NOW(), and rollback-to-date compares against it.
 */
export async function connect(target: DatabaseTarget, options: { applicationName?: string } = {}): Promise<DatabaseConnection> {
  const timeZone = processTimeZone();
  if (target.kind === 'embedded') {
    const { PgliteConnection } = await import('./pglite-connection.js');
    const connection = await PgliteConnection.open(target.dataDir);
    if (timeZone) await useTimeZone(connection, timeZone);
    return connection;
  }
  const { PgConnection } = await import('./pg-connection.js');
  const ssl = sslOption(target.params.sslmode ?? target.params.ssl);
  const config = {
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    password: target.password,
    ssl,
    application_name: options.applicationName ?? 'dbops',
    displayName: describeTarget(target),
  };
  // Set at connection start-up (no extra round trip), each dropped if the server refuses it:
  // - the time zone (above);
  // - client_connection_check_interval (PostgreSQL 14+): if dbops is killed while the server runs
  //   a batch of changesets, the server notices within 100 ms and stops, instead of running the
  //   rest of the batch on its own while someone runs release-locks and updates again.
  const settings = [...(timeZone ? [`TimeZone=${timeZone}`] : []), 'client_connection_check_interval=100'];
  for (;;) {
    try {
      return await PgConnection.connect(settings.length ? { ...config, options: settings.map((setting) => `-c ${setting}`).join(' ') } : config);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 22023 invalid value (an unknown zone name), 42704 unknown parameter (an older server, or a wire-compatible engine).
      if ((code !== '22023' && code !== '42704') || settings.length === 0) throw error;
      const refused = settings.findIndex((setting) => (error as Error).message.toLowerCase().includes(setting.split('=')[0]!.toLowerCase()));
      settings.splice(refused < 0 ? 0 : refused, refused < 0 ? settings.length : 1);
    }
  }
}

/** The IANA name of this process's time zone, when it is one PostgreSQL can be given. */
export function processTimeZone(): string | undefined {
  // TZ, or where /etc/localtime points, before asking Intl (whose first use costs ~10 ms of ICU start-up).
  const zone = process.env.TZ?.replace(/^:/, '') || zoneOfLocaltime() || Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && /^[A-Za-z0-9_+\-/]+$/.test(zone) ? zone : undefined;
}

function zoneOfLocaltime(): string | undefined {
  try {
    return /zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'))?.[1];
  } catch {
    return undefined;
  }
}

/** Sets the session's time zone on an open connection (an unknown zone name is ignored). */
export async function useTimeZone(db: Queryable, zone: string): Promise<void> {
  try {
    await db.query(`SELECT set_config('TimeZone', $1, false)`, [zone]);
  } catch {
    // The server's zone stays.
  }
}

function sslOption(mode: string | undefined): boolean | { rejectUnauthorized: boolean } | undefined {
  switch (mode?.toLowerCase()) {
    case undefined:
    case 'disable':
    case 'false':
      return undefined;
    case 'require':
    case 'prefer':
    case 'allow':
    case 'true':
      return { rejectUnauthorized: false };
    default:
      // verify-ca / verify-full
      return { rejectUnauthorized: true };
  }
}

// Uniquely named PostgreSQL databases for one recording, dropped afterwards.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const HOST = process.env.DBOPS_GOLDEN_PG_HOST ?? '127.0.0.1';
const PORT = Number(process.env.DBOPS_GOLDEN_PG_PORT ?? 5432);
const ADMIN_USER = process.env.DBOPS_GOLDEN_PG_ADMIN ?? 'postgres';
/** The user Liquibase connects as (and the `loginUser` property of the corpus changelogs). */
export const LOGIN_USER = process.env.DBOPS_GOLDEN_PG_USER ?? 'root';

let counter = 0;

/**
 * @typedef {object} ThrowawayDatabase
 * @property {string} name
 * @property {string} jdbcUrl
 * @property {string} user
 * @property {(sql: string, params?: unknown[]) => Promise<import('pg').QueryResult>} query
 * @property {() => Promise<void>} drop
 */

/**
 * Creates an empty database named `golden_<label>_<pid>_<n>`, owned by {@link LOGIN_USER}.
 * @param {string} label
 * @returns {Promise<ThrowawayDatabase>}
 */
export async function createThrowawayDatabase(label) {
  const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30);
  const name = `golden_${safe}_${process.pid}_${++counter}`;
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name} OWNER ${LOGIN_USER}`);
  /** @type {import('pg').Client | undefined} */
  let client;
  const connect = async () => {
    if (!client) {
      client = new pg.Client({ host: HOST, port: PORT, user: LOGIN_USER, database: name });
      await client.connect();
      await client.query(`SET TIME ZONE 'UTC'`);
    }
    return client;
  };
  return {
    name,
    jdbcUrl: `jdbc:postgresql://${HOST}:${PORT}/${name}`,
    user: LOGIN_USER,
    query: async (sql, params) => (await connect()).query(sql, params),
    drop: async () => {
      if (client) await client.end();
      client = undefined;
      if (process.env.DBOPS_GOLDEN_KEEP_DATABASES) {
        console.log(`  kept database ${name}`);
        return;
      }
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** @param {string} sql */
async function admin(sql) {
  const client = new pg.Client({ host: HOST, port: PORT, user: ADMIN_USER, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Runs a SQL script with psql (so that scripts with psql syntax work as they would by hand).
 * @param {ThrowawayDatabase} db
 * @param {string} file
 */
export function runSqlFile(db, file) {
  const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', HOST, '-p', String(PORT), '-U', db.user, '-d', db.name, '-f', file], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`psql -f ${file} failed: ${result.stderr}`);
}

/**
 * pg_dump of the database (schema only, no owners or privileges unless `extraArgs` say otherwise).
 * @param {ThrowawayDatabase} db
 * @param {string[]} [extraArgs]
 */
export function pgDump(db, extraArgs = ['--schema-only']) {
  const result = spawnSync('pg_dump', ['-h', HOST, '-p', String(PORT), '-U', db.user, '--no-owner', '--no-privileges', ...extraArgs, db.name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pg_dump failed: ${result.stderr}`);
  return result.stdout;
}

/** The server's version string, for the record. */
export async function serverVersion() {
  const client = new pg.Client({ host: HOST, port: PORT, user: ADMIN_USER, database: 'postgres' });
  await client.connect();
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

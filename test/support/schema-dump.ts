/**
 * The database state the conformance tests compare with the golden recordings of the real
 * Liquibase: the schema (pg_dump --schema-only, normalised) and the DATABASECHANGELOG rows in the
 * recorder's shape (scripts/lib/tracking-rows.mjs).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../../src/database/connection.js';
import { normalizePgDump } from './normalize-pg-dump.js';
import { LIQUIBASE_IT } from './corpus.js';

export const GOLDEN_DIR = path.resolve(import.meta.dirname, '..', 'golden', 'liquibase');
export const CORPUS_DIR = LIQUIBASE_IT;

/** The normalised schema of a database, tracking tables left out (as in the golden schema.sql). */
export function dumpSchema(url: string, tracking: 'include' | 'exclude' | 'only' = 'exclude'): string {
  const dump = execFileSync('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return normalizePgDump(dump, { tracking });
}

export interface GoldenRow {
  id: string;
  author: string;
  filename: string;
  orderexecuted: number;
  exectype: string;
  md5sum: string | null;
  description: string | null;
  comments: string | null;
  tag: string | null;
  liquibase: string | null;
  contexts: string | null;
  labels: string | null;
  deployment_id: string | null;
}

/** DATABASECHANGELOG as the recorder writes it: dates masked, deployment ids numbered D1, D2, ... */
export async function readTrackingRows(db: Queryable): Promise<GoldenRow[]> {
  const { rows } = await db.query<GoldenRow & { dateexecuted: unknown }>(
    `SELECT id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id
       FROM public.databasechangelog ORDER BY orderexecuted, dateexecuted, id`,
  );
  const deployments = new Map<string, string>();
  return rows.map(({ dateexecuted: _date, ...row }) => {
    let deployment = row.deployment_id;
    if (deployment !== null) {
      if (!deployments.has(deployment)) deployments.set(deployment, `D${deployments.size + 1}`);
      deployment = deployments.get(deployment)!;
    }
    return { ...row, deployment_id: deployment };
  });
}

export function readGolden<T = unknown>(caseName: string, file: string): T {
  const text = readFileSync(path.join(GOLDEN_DIR, caseName, file), 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : text) as T;
}

/** Rows without the columns the conformance target leaves out: dates, deployment id, LIQUIBASE. */
export function comparableRows(rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  return rows.map(({ dateexecuted: _d, deployment_id: _id, liquibase: _l, ...rest }) => rest);
}

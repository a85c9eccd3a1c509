#!/usr/bin/env node
// Snapshot benchmark: dbops snapshot against pg_dump --schema-only on the same 300-table schema.
//
//   node bench/snapshot.mjs [--tables 300] [--runs 5] [--keep]
//
// Needs PostgreSQL (DBOPS_TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres) and
// pg_dump on PATH. See bench/snapshot.ts for what is measured.
import { register } from 'node:module';

register('./snapshot.loader.mjs', import.meta.url);
const { runSnapshotBenchmark } = await import('./snapshot.ts');
await runSnapshotBenchmark(process.argv.slice(2));

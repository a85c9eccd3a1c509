/**
 * Times `takeSnapshot` against `pg_dump --schema-only` of the same database, in the same run.
 *
 * The schema: N tables (default 300), each with a primary key, three more columns, one index and
 * one foreign key to the previous table, i.e. 3×N schema objects besides the tables' columns.
 *
 * What is timed, median of `--runs` runs after one warm-up of each:
 * - dbops: connect, take the snapshot, serialise it and write the JSON file, in this process
 *   (Node's own start-up, ~40 ms, is not included: the CLI pays it once per command);
 * - pg_dump: the whole `pg_dump --schema-only -f <file>` process, as a user would run it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSnapshotFile } from '../src/snapshot/snapshot-file.js';
import { takeSnapshot } from '../src/snapshot/take-snapshot.js';
import { createTestDatabase } from '../test/support/databases.js';

export async function runSnapshotBenchmark(argv: string[]): Promise<void> {
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const tables = option('tables', 300);
  const runs = option('runs', 5);
  const database = await createTestDatabase('dbops_bench_snapshot');
  const work = mkdtempSync(path.join(tmpdir(), 'dbops-bench-'));
  try {
    const setup = await database.connect();
    await setup.exec(schemaSql(tables));
    await setup.exec('ANALYZE');
    await setup.close();

    const dumpFile = path.join(work, 'schema.sql');
    const snapshotFile = path.join(work, 'snapshot.json');
    const pgDump = () => execFileSync('pg_dump', ['--schema-only', '--no-owner', '-f', dumpFile, database.url], { stdio: 'inherit' });
    const dbops = async () => {
      const connection = await database.connect();
      try {
        await writeSnapshotFile(snapshotFile, await takeSnapshot(connection));
      } finally {
        await connection.close();
      }
    };

    pgDump();
    await dbops();
    const dumpTimes: number[] = [];
    const dbopsTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternate the order so neither side always runs on a warmer cache.
      if (run % 2 === 0) {
        dumpTimes.push(time(pgDump));
        dbopsTimes.push(await timeAsync(dbops));
      } else {
        dbopsTimes.push(await timeAsync(dbops));
        dumpTimes.push(time(pgDump));
      }
    }
    const dump = median(dumpTimes);
    const ours = median(dbopsTimes);
    const objects = 3 * tables;
    console.log(`schema: ${tables} tables, ${objects} objects (primary keys, indexes, foreign keys), ${runs} runs, medians`);
    console.log(`pg_dump --schema-only : ${seconds(dump)}  (${statSync(dumpFile).size} bytes)`);
    console.log(`dbops snapshot        : ${seconds(ours)}  (${statSync(snapshotFile).size} bytes)`);
    console.log(`ratio dbops / pg_dump : ${(ours / dump).toFixed(2)}x (goal <= 1.00x)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (!argv.includes('--keep')) await database.drop();
    else console.log(`kept database ${database.name}`);
  }
}

function schemaSql(tables: number): string {
  const statements: string[] = [];
  for (let i = 1; i <= tables; i++) {
    statements.push(`CREATE TABLE t${i} (
      id bigint PRIMARY KEY,
      parent_id bigint,
      name varchar(100) NOT NULL DEFAULT 'x',
      created_at timestamptz NOT NULL DEFAULT now()
    );`);
    statements.push(`CREATE INDEX t${i}_name_idx ON t${i} (name);`);
  }
  for (let i = 1; i <= tables; i++) {
    const parent = i === 1 ? tables : i - 1;
    statements.push(`ALTER TABLE t${i} ADD CONSTRAINT t${i}_parent_fk FOREIGN KEY (parent_id) REFERENCES t${parent} (id);`);
  }
  return statements.join('\n');
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

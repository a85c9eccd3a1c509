import { readFile, writeFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from './model.js';

/**
 * The snapshot as a file: two-space JSON with a final newline, keys in the model's order, absent
 * optional fields left out. The same snapshot always gives the same bytes.
 */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Reads a snapshot back, refusing other files and newer format versions with a clear message. */
export function parseSnapshot(text: string, origin = 'snapshot'): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${origin} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const candidate = value as Partial<Snapshot> | null;
  if (!candidate || typeof candidate !== 'object' || candidate.format !== SNAPSHOT_FORMAT) {
    throw new ConfigurationError(`${origin} is not a dbops snapshot (expected "format": "${SNAPSHOT_FORMAT}")`);
  }
  if (candidate.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new ConfigurationError(
      `${origin} has snapshot format version ${String(candidate.formatVersion)}; this dbops reads version ${SNAPSHOT_FORMAT_VERSION}`,
    );
  }
  for (const key of ['schemas', 'extensions', 'types', 'sequences', 'tables', 'views', 'functions', 'triggers'] as const) {
    if (!Array.isArray(candidate[key])) throw new ConfigurationError(`${origin}: "${key}" must be an array`);
  }
  return candidate as Snapshot;
}

export async function readSnapshotFile(path: string): Promise<Snapshot> {
  return parseSnapshot(await readFile(path, 'utf8'), path);
}

export async function writeSnapshotFile(path: string, snapshot: Snapshot): Promise<void> {
  await writeFile(path, serializeSnapshot(snapshot), 'utf8');
}

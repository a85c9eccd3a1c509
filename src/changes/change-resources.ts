import path from 'node:path';
import type { ChangeSet } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import { ChangelogError } from '../errors.js';

/**
 * Files a change refers to (sqlFile and createView/createProcedure `path`, loadData `file`,
 * `valueBlobFile`…): search-path relative, or relative to the changelog's own file when
 * `relativeToChangelogFile` is set.
 */
export async function readChangeFile(
  file: string,
  relativeToChangelogFile: boolean | undefined,
  changeSet: Pick<ChangeSet, 'physicalPath' | 'id' | 'author' | 'location'>,
  resources: ResourceAccessor,
  options: { gunzip?: boolean } = {},
): Promise<Uint8Array> {
  const resolved = resolveChangeFile(file, relativeToChangelogFile, changeSet.physicalPath);
  const bytes = await resources.read(resolved);
  if (!bytes) {
    throw new ChangelogError(`File '${file}' does not exist${resolved !== file ? ` (looked for ${resolved})` : ''}`, {
      location: changeSet.location,
      changeSet,
    });
  }
  // Liquibase opens `*.gz` resources through a GZIP stream, so a compressed CSV loads and hashes
  // like the plain one.
  if (options.gunzip && file.toLowerCase().endsWith('.gz')) {
    // zlib is loaded only for the rare compressed file.
    const { gunzipSync } = await import('node:zlib');
    return new Uint8Array(gunzipSync(bytes));
  }
  return bytes;
}

export function resolveChangeFile(file: string, relativeToChangelogFile: boolean | undefined, changelogPath: string): string {
  const normalised = file.replaceAll('\\', '/');
  if (!relativeToChangelogFile) return normalised;
  const directory = path.posix.dirname(changelogPath.replaceAll('\\', '/'));
  return path.posix.normalize(path.posix.join(directory, normalised));
}

/**
 * Decodes file content with a Java charset name (default UTF-8). ISO-8859-1 is decoded as
 * ISO-8859-1, not as the WHATWG alias windows-1252, so bytes 0x80–0x9F keep their meaning.
 */
export function decodeText(bytes: Uint8Array, encoding: string | undefined): string {
  const name = (encoding ?? 'UTF-8').trim().toLowerCase().replaceAll('_', '-');
  if (name === 'iso-8859-1' || name === 'iso8859-1' || name === 'latin1' || name === 'iso-latin-1') return Buffer.from(bytes).toString('latin1');
  if (name === 'us-ascii' || name === 'ascii') return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u00ff]/g, '\uFFFD');
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    throw new Error(`Unsupported encoding '${encoding}'`);
  }
}

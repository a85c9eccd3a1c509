/**
 * Changelog paths as Liquibase spells them: search-path relative, forward slashes. FILENAME in
 * DATABASECHANGELOG is compared with these rules, so a path that changes spelling (a leading `/`,
 * `classpath:`, `\`, `./`, case) must still find its stored rows.
 */

/**
 * Liquibase's normalisation of a changelog path (note §3.4), plus `..` resolution:
 * strips `classpath:`, turns `\` into `/`, collapses `//` and `/./`, strips a drive letter and a
 * leading `/` or `./`, resolves `a/../`, and drops a trailing `/`.
 *
 * @example normalizeFilePath('classpath:/db\\sub/../a.xml') // 'db/a.xml'
 */
export function normalizeFilePath(filePath: string): string {
  // A run normalises the same few paths thousands of times (every changeset and tracking row).
  let normalized = normalizedPaths.get(filePath);
  if (normalized === undefined) {
    if (normalizedPaths.size >= 1024) normalizedPaths.clear();
    normalized = normalize(filePath);
    normalizedPaths.set(filePath, normalized);
  }
  return normalized;
}

const normalizedPaths = new Map<string, string>();

function normalize(filePath: string): string {
  let path = filePath;
  if (path.startsWith('classpath:')) path = path.slice('classpath:'.length);
  path = path.replace(/\\/g, '/');
  path = path.replace(/^[a-zA-Z]:(?=\/|$)/, '');
  const out: string[] = [];
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    // A `..` that climbs above the search path cannot be resolved; it is kept, as Java's Path keeps it.
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** Whether two FILENAME values denote the same changelog (normalised, case-insensitive). */
export function sameFilePath(a: string, b: string): boolean {
  return normalizeFilePath(a).toLowerCase() === normalizeFilePath(b).toLowerCase();
}

/** The directory part of a resource path (`db/a.xml` → `db`; `a.xml` → ``). */
export function directoryOf(resourcePath: string): string {
  const path = resourcePath.replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Resolves `relative` against the directory of `changelogPath` and normalises the result, as
 * Liquibase does for `relativeToChangelogFile="true"` (4.18+).
 *
 * @example resolveSibling('db/changelog.xml', '../common/b.xml') // 'common/b.xml'
 */
export function resolveSibling(changelogPath: string, relative: string): string {
  const directory = directoryOf(changelogPath);
  const rel = relative.replace(/\\/g, '/');
  return normalizeFilePath(directory ? `${directory}/${rel}` : rel);
}

/**
 * A `logicalFilePath` as Liquibase stores it: backslashes become `/` and one leading `/` goes.
 * Nothing else is normalised, so `logicalFilePath="db/./x"` is written as given.
 */
export function logicalFilePathValue(logicalFilePath: string): string {
  return logicalFilePath.replace(/\\/g, '/').replace(/^\//, '');
}

/** The extension of a path, lower-cased, without the dot (`a/B.XML` → `xml`). */
export function fileExtension(resourcePath: string): string {
  const name = resourcePath.slice(resourcePath.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

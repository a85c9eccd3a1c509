/**
 * A `dbms` attribute (on a changeset, a property, a change, modifySql): a comma list of database
 * short names where `!x` excludes x, `all` matches every database and `none` none (note §2.3).
 */

/**
 * Whether `definition` admits the `target` database short name. An empty or absent definition
 * gives `ifEmpty` (true in every place Liquibase uses it for changesets and properties).
 *
 * @example dbmsMatches('!mysql, h2', 'postgresql') // false: a positive list that omits it
 * @example dbmsMatches('!mysql', 'postgresql') // true: only exclusions
 */
export function dbmsMatches(definition: string | readonly string[] | undefined | null, target: string, ifEmpty = true): boolean {
  if (definition === undefined || definition === null || definition === '') return ifEmpty;
  const entries = (Array.isArray(definition) ? definition : String(definition ?? '').split(','))
    .map((entry: string) => entry.trim().toLowerCase())
    .filter((entry: string) => entry !== '');
  if (entries.length === 0) return ifEmpty;
  const wanted = target.toLowerCase();
  if (entries.includes('all')) return true;
  if (entries.includes('none')) return false;
  if (entries.some((entry) => entry.startsWith('!') && entry.slice(1).trim() === wanted)) return false;
  const positives = entries.filter((entry) => !entry.startsWith('!'));
  return positives.length === 0 || positives.includes(wanted);
}

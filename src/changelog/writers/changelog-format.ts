import { ConfigurationError } from '../../errors.js';
import { writeFormattedSqlChangelog, type SqlForChange } from './formatted-sql-changelog-writer.js';
import { writeJsonChangelog } from './json-changelog-writer.js';
import type { WritableChangeSet } from './writable-changeset.js';
import { writeXmlChangelog } from './xml-changelog-writer.js';
import { writeYamlChangelog } from './yaml-changelog-writer.js';

export type ChangelogFormat = 'xml' | 'yaml' | 'json' | 'sql';

/** The changelog format a file name asks for: `.xml`, `.yaml`/`.yml`, `.json`, `.sql`. */
export function changelogFormatForPath(path: string): ChangelogFormat {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  switch (extension) {
    case 'xml':
      return 'xml';
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'json':
      return 'json';
    case 'sql':
      return 'sql';
    default:
      throw new ConfigurationError(`cannot tell the changelog format of ${path}: use a .xml, .yaml, .yml, .json or .sql file name`);
  }
}

export interface WriteChangelogOptions {
  /** Formatted SQL only: the SQL of one change (from its change-type module). */
  sqlFor?: SqlForChange;
}

/**
 * A whole changelog in the given format.
 *
 * @example
 * await writeFile(path, await writeChangelog(changelogFormatForPath(path), changeSets, { sqlFor }));
 */
export async function writeChangelog(format: ChangelogFormat, changeSets: WritableChangeSet[], options: WriteChangelogOptions = {}): Promise<string> {
  switch (format) {
    case 'xml':
      return writeXmlChangelog(changeSets);
    case 'yaml':
      return writeYamlChangelog(changeSets);
    case 'json':
      return writeJsonChangelog(changeSets);
    case 'sql':
      if (!options.sqlFor) throw new ConfigurationError('a formatted SQL changelog needs the SQL of each change (sqlFor)');
      return writeFormattedSqlChangelog(changeSets, { sqlFor: options.sqlFor });
  }
}

import { describe, expect, it } from 'vitest';
import { dbmsMatches } from '../../src/changelog/dbms-filter.js';
import { directoryOf, fileExtension, logicalFilePathValue, normalizeFilePath, resolveSibling, sameFilePath } from '../../src/changelog/file-path.js';

describe('changelog paths', () => {
  it('normalises as Liquibase compares FILENAME', () => {
    expect(normalizeFilePath('classpath:/db\\sub/../a.xml')).toBe('db/a.xml');
    expect(normalizeFilePath('C:\\work\\db\\a.xml')).toBe('work/db/a.xml');
    expect(normalizeFilePath('./db//./a.xml/')).toBe('db/a.xml');
    expect(normalizeFilePath('../up/a.xml')).toBe('../up/a.xml');
  });

  it('matches stored FILENAMEs case-insensitively after normalising both', () => {
    expect(sameFilePath('/DB/Changelog.xml', 'classpath:db/changelog.xml')).toBe(true);
    expect(sameFilePath('db/a.xml', 'db/b.xml')).toBe(false);
  });

  it('resolves relativeToChangelogFile paths and spells logicalFilePath values', () => {
    expect(resolveSibling('db/changelog.xml', 'sub/a.xml')).toBe('db/sub/a.xml');
    expect(resolveSibling('db/changelog.xml', '../common/b.xml')).toBe('common/b.xml');
    expect(resolveSibling('changelog.xml', 'includerelative\\x.xml')).toBe('includerelative/x.xml');
    expect(directoryOf('a.xml')).toBe('');
    expect(logicalFilePathValue('\\a\\b.xml')).toBe('a/b.xml');
    expect(fileExtension('db/A.YML')).toBe('yml');
  });
});

describe('dbms filters', () => {
  it('reads lists, exclusions, all and none', () => {
    expect(dbmsMatches(undefined, 'postgresql')).toBe(true);
    expect(dbmsMatches('postgresql, h2', 'postgresql')).toBe(true);
    expect(dbmsMatches('oracle,mysql', 'postgresql')).toBe(false);
    expect(dbmsMatches('!mysql', 'postgresql')).toBe(true);
    expect(dbmsMatches('!postgresql', 'postgresql')).toBe(false);
    expect(dbmsMatches('all', 'postgresql')).toBe(true);
    expect(dbmsMatches('none', 'postgresql')).toBe(false);
  });
});

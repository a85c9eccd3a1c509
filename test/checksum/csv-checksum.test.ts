/**
 * The loadData checksum filter, with the cases of Liquibase's EmptyLineAndCommentSkippingInputStream
 * test, and the recorded checksum of the corpus CSV files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvChecksum, filterCsvForChecksum } from '../../src/checksum/csv-checksum.js';
import { LIQUIBASE_IT } from '../support/corpus.js';

const filter = (text: string, comment: string | undefined = '#'): string => Buffer.from(filterCsvForChecksum(Buffer.from(text), comment)).toString();

describe('CSV filter for the loadData checksum', () => {
  it.each([
    ['various line endings and comments inside', 'Line1\nline2\n 1\n 2\r\n#I am a comment\n#I am a comment\n#I am a comment\r\n 3\n 4\n\r\n\rline3', 'Line1\nline2\n 1\n 2\n 3\n 4\nline3'],
    ['comment at the end', 'Line1\n#I am a comment', 'Line1'],
    ['comment at the beginning', '#I am a comment\nLine1', 'Line1'],
    ['surrounding newlines', '\n\n\nLine1\n\n\n', 'Line1'],
    ['just data', 'Line1\nLine2', 'Line1\nLine2'],
    ['lines containing the comment character', 'Li#ne1\nLine2#', 'Li#ne1\nLine2#'],
    ['windows line endings', 'Line1\r\nLine2', 'Line1\nLine2'],
    ['comments and newlines in the middle', 'Line1\n\n#\n###\n#\nLine2', 'Line1\nLine2'],
  ])('%s', (_name, input, expected) => {
    expect(filter(input)).toBe(expected);
  });

  it('ends comment lines at CR as well as LF', () => {
    expect(filter('a#comment\r\nb\r\n\r\nc')).toBe(filter('a#comment\nb\n\nc'));
  });

  it('keeps comment lines when commentLineStartsWith is empty', () => {
    expect(filter('#x\ny', '')).toBe('#x\ny');
  });

  it('gives the checksum Liquibase recorded for the enum CSV of pgsql/complete', () => {
    const file = path.join(LIQUIBASE_IT, 'changelogs/pgsql/complete/datafiles/enum-data.csv');
    const csv = readFileSync(file);
    expect(csvChecksum('sample_enum_table', csv, '#', 9)).toEqual({ checksum: '9:ce5a35901d752ef408c9433e00addd2b', text: 'sample_enum_table:9:353e432cc937f0e66bd337f3dd091cf4' });
    expect(csvChecksum('sample_enum_table', csv, '#', 8).checksum).toBe('8:9d1ca7646d3da52e28bb8b38e27dd20b');
  });
});

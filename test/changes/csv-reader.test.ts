/**
 * CSV reading as Liquibase 4.28.1 reads loadData files. The expected values were taken from
 * Liquibase itself (each line loaded as STRING columns, NULL meaning SQL NULL).
 */
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/changes/csv-reader.js';

const read = (text: string, separator = ',', quoteChar = '"'): string[][] => {
  const reader = new CsvReader(text, { separator, quoteChar });
  const rows: string[][] = [];
  for (let row = reader.readNext(); row; row = reader.readNext()) rows.push(row);
  return rows;
};

describe('CsvReader (opencsv RFC 4180 parser, as Liquibase configures it)', () => {
  it.each([
    ['x\\y,z', ['x\\y', 'z']],
    ['"r\\\\s",z', ['r\\\\s', 'z']],
    ['"t\\u",z', ['t\\u', 'z']],
    ['"he said ""hi""",z', ['he said "hi"', 'z']],
    ['  lead, trail  ', ['  lead', ' trail  ']],
    [',""', ['', '']],
    ['NULL,null', ['NULL', 'null']],
    ['ab"cd"ef,z', ['ab"cd"ef', 'z']],
    ['x"y,z', ['x"y', 'z']],
    ['  "quoted",z', ['  "quoted"', 'z']],
    ['z,  "quoted with lead"', ['z', '  "quoted with lead"']],
    ['"a,b",c', ['a,b', 'c']],
    ["'single',z", ["'single'", 'z']],
  ])('reads %j as Liquibase does', (line, fields) => {
    expect(read(`a,b\n${line}\n`)).toEqual([['a', 'b'], fields]);
  });

  it('joins a quoted field across lines with LF', () => {
    expect(read('a,b\n"multi\nline",z\n')).toEqual([['a', 'b'], ['multi\nline', 'z']]);
    expect(read('a,b\r\n"multi\r\nline",z\r\n')).toEqual([['a', 'b'], ['multi\nline', 'z']]);
  });

  it('fails on a quoted field that never ends, as Liquibase does', () => {
    expect(() => read('a,b\n"q\\"z",z\n')).toThrow(/Unterminated quoted field/);
    expect(() => read('a,b\n"a"b,z\n')).toThrow(/Unterminated quoted field/);
    expect(() => read('a,b\nx,"y"  \n')).toThrow(/Unterminated quoted field/);
  });

  it('reads other separators and quote characters, and keeps empty trailing fields', () => {
    expect(read("a;b\n'x;y';'it''s'\n", ';', "'")).toEqual([['a', 'b'], ['x;y', "it's"]]);
    expect(read('a\tb\nx\t\n', '\t')).toEqual([['a', 'b'], ['x', '']]);
  });
});

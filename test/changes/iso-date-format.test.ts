/**
 * valueDate / defaultValueDate text as Liquibase's ISODateFormat reads and prints it (the printed
 * form is what the checksum hashes), and valueNumeric as ColumnConfig keeps it.
 */
import { describe, expect, it } from 'vitest';
import { numericValue } from '../../src/changes/column-config.js';
import { parseIsoDate } from '../../src/changes/iso-date-format.js';

describe('parseIsoDate', () => {
  it.each([
    ['2007-08-09', { kind: 'date', text: '2007-08-09' }],
    ['13:14:15', { kind: 'time', text: '13:14:15' }],
    ['2007-08-09T13:14:15', { kind: 'timestamp', text: '2007-08-09T13:14:15' }],
    ['2007-08-09 10:11:12', { kind: 'timestamp', text: '2007-08-09T10:11:12' }],
    ['2007-08-09T10:11:12.123', { kind: 'timestamp', text: '2007-08-09T10:11:12.123' }],
    ['2007-08-09 10:11:12.12', { kind: 'timestamp', text: '2007-08-09T10:11:12.12' }],
    ['2007-08-09T10:11:12.100', { kind: 'timestamp', text: '2007-08-09T10:11:12.1' }],
    ['2007-08-09T10:11:12.000000001', { kind: 'timestamp', text: '2007-08-09T10:11:12.000000001' }],
    ['2007-13-01', { kind: 'date', text: '2008-01-01' }],
    ['1:2:3', { kind: 'time', text: '01:02:03' }],
  ])('%s', (input, expected) => {
    expect(parseIsoDate(input)).toEqual(expected);
  });

  it.each(['current_datetime', 'NOW', 'today', '2020-02-03T04:05:06+02:00', '10:11:12.5', '2007-08-09x'])('%s is not a date (it becomes a computed value)', (input) => {
    expect(parseIsoDate(input)).toBeUndefined();
  });
});

describe('numericValue', () => {
  it.each([
    ['1', { n: '1' }],
    ['12.3400', { n: '12.3400' }],
    ['-1.5E2', { n: '-1.5E2' }],
    ['(7)', { n: '7' }],
    ['1,5', { n: '1,5' }],
    ['.5', { n: '.5' }],
    ['"timesRan"+1', { c: '"timesRan"+1' }],
    ['nextval(\'s\')', { c: "nextval('s')" }],
    ['+1', { c: '+1' }],
    ['null', {}],
  ])('%s', (input, expected) => {
    const value = numericValue(input, 'n', 'c');
    expect(value).toEqual(expected);
  });
});

/**
 * How Liquibase hashes the values SnakeYAML types in a YAML changelog (Doubles, dates, timestamps,
 * YAML 1.1 integers and booleans), against our reader and checksum.
 *
 * Obtained from Liquibase (tools/reference, which reports 4.28.0; JVM time zone UTC): a changelog
 * with one changeset per value (`- addDefaultValue: {tableName: t, columnName: c, <field>: <value>}`
 * or `- insert: {tableName: t, columns: [{column: {name: c, <field>: <value>}}]}`), run with
 * `liquibase update-sql` against an empty PostgreSQL database; each MD5SUM is the one its
 * DATABASECHANGELOG INSERT printed. What Liquibase hashed was found by hashing candidate texts
 * until one gave that MD5SUM: a Double as Java's Double.toString (`1.0`, `1500.0`, `1.5E-5`), a
 * date as Date.toString (`Mon Jan 31 00:00:00 UTC 2000`) in text fields and `2000-01-31T00:00:00`
 * in a column's valueDate. In a JVM running in America/New_York the insert of `valueDate:
 * 2000-01-31` hashes `2000-01-30T19:00:00` instead (9:b284b445bd5755f95c9c3b721cdd37ff): dbops
 * follows the UTC runs.
 */
import { describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../src/changelog/load-changelog.js';
import { MemoryResourceAccessor } from '../../src/changelog/resource-accessor.js';
import { changeSetChecksum } from '../../src/checksum/changeset-checksum.js';
import { javaDateToString, javaDoubleText } from '../../src/changelog/yaml-typed-scalars.js';
import { loadChange } from '../../src/changes/registry.js';

type Kind = 'num' | 'str' | 'date' | 'insnum' | 'insdate';

const CHANGE: Record<Kind, (value: string) => string> = {
  num: (value) => `- addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: ${value}}`,
  str: (value) => `- addDefaultValue: {tableName: t, columnName: c, defaultValue: ${value}}`,
  date: (value) => `- addDefaultValue: {tableName: t, columnName: c, defaultValueDate: ${value}}`,
  insnum: (value) => `- insert: {tableName: t, columns: [{column: {name: c, valueNumeric: ${value}}}]}`,
  insdate: (value) => `- insert: {tableName: t, columns: [{column: {name: c, valueDate: ${value}}}]}`,
};

/** [value as written, MD5SUM Liquibase stored]. */
const RECORDED: Record<Kind, Array<[string, string]>> = {
  'num': [
    ['1.0', '9:34c5e313fcfef8eca5c3da129cf3a5cb'],
    ['1.50', '9:14a03c36b154fbef5ee84d21e9a22ff1'],
    ['1.5e3', '9:fee3cc49062b12f7bf68527ddcd3bf23'],
    ['1e3', '9:4a54c95aa76bac63cc27f5233fb641f4'],
    ['0x10', '9:8f3ccbd0233e6c4e731a80deb90443f2'],
    ['010', '9:fcb70491d9efd22ba1412aac56a3a1dd'],
    ['12:30', '9:e2fb63815036fc98b216a1783cf09498'],
    ['1.5e-5', '9:f9497ab941e1b7a36eb59cec5bf8880b'],
    ['12345678.9', '9:ab125442a016fb5dd3813ea76a6362db'],
    ['1.0e7', '9:6d328b2347a21186f78bb0475a5e89a3'],
    ['0.0001', '9:66385d74644c99d0e24532239e1c3ea9'],
    ['-0.0', '9:7461dc9e77bc47a65a252050117863f3'],
    ['.5', '9:73e46b97b3da638335531008fefc3a25'],
    ['9007199254740993.0', '9:10f7f7e568c55794f366b0bcf6424398'],
    ['1e21', '9:b2fabbed9c9eead39ee078ead527de7d'],
    ['100000000000000000000', '9:8c8ac1f031d125f71c4da2aebe60b695'],
    ['190:20:30.15', '9:ad24357f77e0c6407227af1a124630df'],
  ],
  'str': [
    ['1.0', '9:f44c442ae133ec51529ba6069be45d25'],
    ['1.5e3', '9:c5d04aa7d6d5bbfc1338a11313d2e751'],
    ['yes', '9:8f08ef744be5e1f9216eb19537d493d0'],
    ['2000-01-31', '9:c1979ffd0fa3b9d42253f78d6fd7579e'],
    ['2001-12-14t21:59:43.10-05:00', '9:d1e1f9378f3eebd91d6b702d0d465e63'],
    ['0x10', '9:244c2c0aa287c1fe2994d10e977cb97d'],
    ['12:30', '9:0d72102c10ec1a84e8b8f52e3996f09e'],
    ['.nan', '9:f106a24a0b0bbf0a7b84cd2e2a04fdc1'],
  ],
  'date': [
    ['2000-01-31', '9:b507ab7f58df4ebbd0fd294011c8d267'],
    ['2024-02-29T13:14:15', '9:d1ccfbc3210953a9060c4bb3bcfdb50e'],
    ['2024-02-29 13:14:15', '9:d1ccfbc3210953a9060c4bb3bcfdb50e'],
    ['2001-12-14t21:59:43.10-05:00', '9:8db697c870bc73f7d88732237c880baf'],
    ['2001-12-14 21:59:43.10 -5', '9:8db697c870bc73f7d88732237c880baf'],
    ['2024-02-29T13:14:15.123', '9:d1ccfbc3210953a9060c4bb3bcfdb50e'],
    ['2024-02-29T13:14:15Z', '9:d1ccfbc3210953a9060c4bb3bcfdb50e'],
    ['2024-2-9', '9:c5666f16bf1d03701ff93b174127caf2'],
  ],
  'insnum': [
    ['1.0', '9:bb8198b508c2ed82016c6a3a0d76cd7e'],
    ['1.5e3', '9:7681871eea7f7ac3d3b6489fc2e8cdf9'],
    ['1.5e-5', '9:a9d85099e2be6534e1a488ba4db41120'],
  ],
  'insdate': [
    ['2000-01-31', '9:814ce07725c26b9dd6ba2db584bc7e9a'],
    ['2024-02-29 13:14:15', '9:ccdc1baf2620633156d4a09e9842163c'],
    ['2001-12-14t21:59:43.10-05:00', '9:ffeb185d257e15ab8978c7692c174095'],
    ['2001-12-14 21:59:43.10 -5', '9:ffeb185d257e15ab8978c7692c174095'],
    ['2024-02-29T13:14:15.123456789', '9:ccdc1baf2620633156d4a09e9842163c'],
    ['2024-2-9', '9:9142285e1b1596053254fa9ab9995f43'],
  ],
};

async function checksumOf(change: string): Promise<string> {
  const text = `databaseChangeLog:\n  - changeSet:\n      id: x\n      author: p\n      changes:\n        ${change}\n`;
  const resources = new MemoryResourceAccessor({ 'probe.yaml': text });
  const changeLog = await loadChangeLog('probe.yaml', { resources, loadChange });
  return changeSetChecksum(changeLog.changeSets[0]!, 9, { dbms: 'postgresql', resources, expand: (t) => t });
}

/** Whole changes from the same kind of runs: text fields of columns and tables. */
const RECORDED_CHANGES: Array<[string, string]> = [
  ['- insert: {tableName: t, columns: [{column: {name: c, value: 1.0}}]}', '9:7bb653ee455055d07e220a100c654993'],
  ['- insert: {tableName: t, columns: [{column: {name: c, valueNumeric: 0.002}}]}', '9:f53939b83eea56266a5d2216457b6dd6'],
  ['- insert: {tableName: t, columns: [{column: {name: c, value: 2000-01-31}}]}', '9:db538424cedb7d4249b21d08b360a10c'],
  ['- insert: {tableName: t, columns: [{column: {name: c, value: 2024-02-29T13:14:15.5}}]}', '9:43e994ceb8ef344c6dadc83a1c48c4ed'],
  [
    '- createTable: {tableName: t, remarks: 1.0, columns: [{column: {name: c, type: varchar(9), defaultValue: 1.5e3, remarks: 2000-01-31}}]}',
    '9:e4f2d775dbcbeb30a13dee6d54947c2d',
  ],
  ['- addDefaultValue: {tableName: t, columnName: c, defaultValue: 2024-02-29T13:14:15.5}', '9:bfaf13c3bf09355c8c26191ffa55da8d'],
];

describe('checksums of typed YAML scalars equal those Liquibase recorded', () => {
  for (const [kind, cases] of Object.entries(RECORDED) as Array<[Kind, Array<[string, string]>]>) {
    it.each(cases)(`${kind}: %s`, async (value, md5sum) => {
      expect(await checksumOf(CHANGE[kind](value))).toBe(md5sum);
    });
  }
});

it.each(RECORDED_CHANGES)('checksum of %s equals the one Liquibase recorded', async (change, md5sum) => {
  expect(await checksumOf(change)).toBe(md5sum);
});

describe('Java text of typed values', () => {
  it('prints a Double as Double.toString does', () => {
    const cases: Array<[number, string]> = [
      [1, '1.0'], [1.5, '1.5'], [1500, '1500.0'], [0.001, '0.001'], [0.0001, '1.0E-4'], [1.5e-5, '1.5E-5'],
      [9999999, '9999999.0'], [1e7, '1.0E7'], [12345678.9, '1.23456789E7'], [1e21, '1.0E21'], [-3.25, '-3.25'],
      [-0, '-0.0'], [0, '0.0'], [Number.NaN, 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity'], [Number.NEGATIVE_INFINITY, '-Infinity'],
    ];
    for (const [value, text] of cases) expect(javaDoubleText(value), String(value)).toBe(text);
  });

  it('prints a date as java.util.Date.toString does in UTC', () => {
    expect(javaDateToString(new Date('2000-01-31T00:00:00Z'))).toBe('Mon Jan 31 00:00:00 UTC 2000');
    expect(javaDateToString(new Date('2001-12-15T02:59:43.1Z'))).toBe('Sat Dec 15 02:59:43 UTC 2001');
  });
});

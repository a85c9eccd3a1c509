/**
 * toNode is load's inverse (changelog writers rely on it): every change of the recorded corpus,
 * written back to a node and read again, gives the same params, the same checksum and the same
 * description. Also: XML text values and YAML typed values load the same.
 */
import { describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../src/changelog/load-changelog.js';
import { changeTypes, loadChange } from '../../src/changes/registry.js';
import { goldenCases, resourcesOf } from './support/golden-cases.js';
import { node } from './support/nodes.js';

describe.each(goldenCases().map((spec) => [spec.dir, spec] as const))('toNode round trip on %s', (_name, spec) => {
  it('loads back to the same change', async () => {
    const resources = resourcesOf(spec);
    const changeLog = await loadChangeLog(spec.changelog, { resources, loadChange, properties: spec.parameters, contexts: spec.contexts ?? undefined });
    const context = { changeSet: { id: 'x', author: 'y' } };
    let count = 0;
    for (const changeSet of changeLog.changeSets) {
      for (const change of changeSet.changes) {
        const type = changeTypes.get(change.type)!;
        const again = type.load(type.toNode(change), context);
        expect(again.params, `${changeSet.id} ${change.type}`).toEqual(change.params);
        for (const version of [8, 9] as const) {
          const checksumContext = { version, dbms: 'postgresql', resources, changeSet, expand: (text: string) => text };
          expect(await type.checksum(again, checksumContext)).toBe(await type.checksum(change, checksumContext));
        }
        expect(type.description(again)).toBe(type.description(change));
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});

describe('typed YAML/JSON values and XML text give the same change', () => {
  const context = { changeSet: { id: '1', author: 'a' } };
  it.each([
    ['createSequence', { sequenceName: 's', startValue: '150', incrementBy: '5', cycle: 'true' }, { sequenceName: 's', startValue: 150, incrementBy: 5, cycle: true }],
    ['addForeignKeyConstraint', { baseTableName: 'a', baseColumnNames: 'x', constraintName: 'f', referencedTableName: 'b', referencedColumnNames: 'y', deferrable: 'false', deleteCascade: 'true' }, { baseTableName: 'a', baseColumnNames: 'x', constraintName: 'f', referencedTableName: 'b', referencedColumnNames: 'y', deferrable: false, deleteCascade: true }],
    ['sql', { splitStatements: 'false', sql: 'select 1' }, { splitStatements: false, sql: 'select 1' }],
  ])('%s', (name, xml, yaml) => {
    const fromXml = loadChange(node(name, xml), context);
    const fromYaml = loadChange(node(name, yaml), context);
    expect(fromYaml.params).toEqual(fromXml.params);
  });

  it('column values', () => {
    const xml = loadChange(node('insert', { tableName: 't' }, [node('column', { name: 'a', valueNumeric: '12.34', valueBoolean: 'TRUE' })]), context);
    const yaml = loadChange(node('insert', { tableName: 't' }, [node('columns', {}, [node('column', { name: 'a', valueNumeric: 12.34, valueBoolean: true })])]), context);
    expect(yaml.params).toEqual(xml.params);
  });
});

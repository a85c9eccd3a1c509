import { describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../src/changelog/load-changelog.js';
import { MemoryResourceAccessor } from '../../src/changelog/resource-accessor.js';
import { loadChange } from '../../src/changes/registry.js';

/**
 * The XML reader skips property expansion for a file that cannot hold `${` (no `$`, no `&`);
 * these are the ways a `${…}` can appear in the tree without being spelled out as such.
 */
async function tableName(changeSetBody: string): Promise<unknown> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="t">${changeSetBody}</changeSet>
</databaseChangeLog>`;
  const changeLog = await loadChangeLog('c.xml', { resources: new MemoryResourceAccessor({ 'c.xml': xml }), loadChange, properties: { name: 'expanded' } });
  return changeLog.changeSets[0]!.changes[0]!.params;
}

describe('property expansion in XML changelogs', () => {
  it('expands a reference spelled out, written with a character reference, or split by CDATA or a comment', async () => {
    expect(await tableName('<dropTable tableName="${name}"/>')).toMatchObject({ tableName: 'expanded' });
    expect(await tableName('<dropTable tableName="&#36;{name}"/>')).toMatchObject({ tableName: 'expanded' });
    expect(await tableName('<sql>select $<![CDATA[{name}]]></sql>')).toMatchObject({ sql: 'select expanded' });
    expect(await tableName('<sql>select $<!-- c -->{name}</sql>')).toMatchObject({ sql: 'select expanded' });
  });

  it('leaves text without a reference as it is', async () => {
    expect(await tableName('<dropTable tableName="plain"/>')).toMatchObject({ tableName: 'plain' });
  });
});

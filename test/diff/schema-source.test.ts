import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSource, emptySchemaLike, openSchemaSource, parseSchemaSource } from '../../src/diff/schema-source.js';
import { ConfigurationError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { serializeSnapshot } from '../../src/snapshot/snapshot-file.js';
import { column, keyed, snapshotOf, table } from './support/snapshot-builders.js';

describe('parseSchemaSource', () => {
  it.each([
    [undefined, { kind: 'database' }],
    ['', { kind: 'database' }],
    ['postgresql://u:p@db:5432/app', { kind: 'database', url: 'postgresql://u:p@db:5432/app' }],
    ['jdbc:postgresql://db/app?user=u', { kind: 'database', url: 'jdbc:postgresql://db/app?user=u' }],
    ['pglite:./data.json', { kind: 'database', url: 'pglite:./data.json' }],
    ['snapshot:schema/main.json', { kind: 'snapshot', path: 'schema/main.json' }],
    ['schema/main.json', { kind: 'snapshot', path: 'schema/main.json' }],
    ['offline:postgresql?version=15&snapshot=main.json', { kind: 'snapshot', path: 'main.json' }],
    ['changelog:db/changelog.yaml', { kind: 'changelog', path: 'db/changelog.yaml' }],
  ])('%s', (spec, expected) => {
    expect(parseSchemaSource(spec)).toEqual(expected);
  });

  it('refuses offline URLs of other databases or without a snapshot, and empty prefixes', () => {
    expect(() => parseSchemaSource('offline:mysql?snapshot=x.json')).toThrow('only offline:postgresql is supported');
    expect(() => parseSchemaSource('offline:postgresql?version=15')).toThrow('names its snapshot file');
    expect(() => parseSchemaSource('changelog:')).toThrow(ConfigurationError);
  });

  it('describes a source without its password', () => {
    expect(describeSource(parseSchemaSource('postgresql://u:s3cret@db:5432/app'))).toBe('postgresql://u@db:5432/app');
    expect(describeSource(parseSchemaSource('changelog:db/changelog.yaml'))).toBe('changelog db/changelog.yaml (applied to the embedded PostgreSQL)');
  });
});

describe('snapshot file sources', () => {
  const snapshot = snapshotOf({
    schemas: [{ name: 'public' }, { name: 'ops' }],
    tables: [keyed('orders'), keyed('order_lines'), table('audit', [column('at')], { schema: 'ops' })],
    sequences: [
      { schema: 'public', name: 'orders_id_seq', dataType: 'integer', start: '1', increment: '1', min: '1', max: '2147483647', cache: '1', cycle: false, ownedBy: { schema: 'public', table: 'orders', column: 'id' } },
      { schema: 'public', name: 'tickets', dataType: 'bigint', start: '1', increment: '1', min: '1', max: '9223372036854775807', cache: '1', cycle: false },
    ],
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'dbops-source-'));
  writeFileSync(path.join(dir, 'schema.json'), serializeSnapshot(snapshot));
  const open = (filters: { schemas?: string[]; include?: string[]; exclude?: string[] }) =>
    openSchemaSource({ kind: 'snapshot', path: 'schema.json' }, { workingDirectory: dir, searchPath: [dir], logger: silentLogger, ...filters });

  it('are read relative to the working directory, whole without filters', async () => {
    expect((await open({})).snapshot).toEqual(snapshot);
  });

  it('take the filters a database read takes: a serial sequence follows its table', async () => {
    const filtered = (await open({ schemas: ['public'], exclude: ['order_*'] })).snapshot;
    expect(filtered.schemas.map((s) => s.name)).toEqual(['public']);
    expect(filtered.tables.map((t) => t.name)).toEqual(['orders']);
    expect(filtered.sequences.map((s) => s.name)).toEqual(['orders_id_seq', 'tickets']);
    const only = (await open({ include: ['order_lines'] })).snapshot;
    expect([only.tables.map((t) => t.name), only.sequences.map((s) => s.name)]).toEqual([['order_lines'], []]);
  });

  it('a missing file is a configuration error naming it', async () => {
    const opening = openSchemaSource({ kind: 'snapshot', path: 'nowhere.json' }, { workingDirectory: dir, searchPath: [dir], logger: silentLogger });
    await expect(opening).rejects.toThrow(ConfigurationError);
    await expect(opening).rejects.toThrow(/^cannot read the snapshot nowhere\.json: ENOENT/);
  });

  it('the empty schema generate-changelog starts from keeps only public, as a new database has it', () => {
    const empty = emptySchemaLike(snapshotOf({ schemas: [{ name: 'public', comment: 'standard public schema' }, { name: 'ops' }], tables: [keyed('t')] }));
    expect([empty.schemas, empty.tables]).toEqual([[{ name: 'public', comment: 'standard public schema' }], []]);
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { parseSnapshot, readSnapshotFile, serializeSnapshot, writeSnapshotFile } from '../../src/snapshot/snapshot-file.js';

const snapshot: Snapshot = {
  format: 'dbops-snapshot',
  formatVersion: 1,
  generatedAt: '2024-05-01T12:00:00.000Z',
  source: { dialect: 'postgresql', database: 'app', serverVersion: '15.4' },
  schemas: [{ name: 'public' }],
  extensions: [],
  types: [],
  sequences: [],
  tables: [
    {
      schema: 'public', name: 't', columns: [{ name: 'id', type: 'integer', nullable: false, comment: undefined }],
      uniqueConstraints: [], checkConstraints: [], exclusionConstraints: [], foreignKeys: [], indexes: [], dependsOn: [],
    },
  ],
  views: [],
  functions: [],
  triggers: [],
};

describe('snapshot files', () => {
  test('two-space JSON with a final newline; absent fields are left out', () => {
    const text = serializeSnapshot(snapshot);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "dbops-snapshot",\n');
    expect(text).not.toContain('comment');
  });

  test('write, read back, write again: the same bytes', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dbops-snapshot-')), 'schema.json');
    await writeSnapshotFile(file, snapshot);
    const read = await readSnapshotFile(file);
    expect(serializeSnapshot(read)).toBe(readFileSync(file, 'utf8'));
  });

  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['another file', '{"databaseChangeLog": []}', /not a dbops snapshot/],
    ['a newer format', '{"format": "dbops-snapshot", "formatVersion": 2}', /format version 2; this dbops reads version 1/],
    ['a broken one', '{"format": "dbops-snapshot", "formatVersion": 1, "tables": {}}', /"schemas" must be an array/],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(() => parseSnapshot(text, 'prod.json')).toThrow(ConfigurationError);
    expect(() => parseSnapshot(text, 'prod.json')).toThrow(message);
  });
});

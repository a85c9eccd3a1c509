// Checks that the recorded golden files agree with themselves, so that a bad recording is caught
// here rather than blamed on dbops: every hashed text hashes to its checksum, and every row that
// update wrote carries the checksum and description recorded from Liquibase's parser.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'liquibase');

interface Hashed {
  checksum: string;
  text?: string | null;
  base64?: string;
  parts?: { md5: string; text?: string; base64?: string }[];
  error?: string;
}

interface ChangeSetRecord {
  id: string;
  author: string;
  filename: string;
  description: string;
  v9: Hashed;
  v8: Hashed;
  changes: { type: string; v9: Hashed; v8: Hashed }[];
  sqlVisitors?: { type: string; v9: Hashed; v8: Hashed }[];
}

interface Row {
  id: string;
  author: string;
  filename: string;
  md5sum: string | null;
  description: string;
  liquibase: string;
}

function files(dir: string, name: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, name);
    return name(entry.name) ? [full] : [];
  });
}

function md5(hashed: { text?: string | null; base64?: string }): string {
  const bytes = hashed.base64 !== undefined ? Buffer.from(hashed.base64, 'base64') : Buffer.from(hashed.text ?? '', 'utf8');
  return createHash('md5').update(bytes).digest('hex');
}

const changeFiles = files(GOLDEN, (f) => f.endsWith('changes.json'));

describe('golden changes.json files', () => {
  it('exist', () => {
    expect(changeFiles.length).toBeGreaterThan(100);
  });

  it('hold, for every checksum, the exact bytes that hash to it', () => {
    let checked = 0;
    for (const file of changeFiles) {
      const { changeSets } = JSON.parse(readFileSync(file, 'utf8')) as { changeSets: ChangeSetRecord[] };
      for (const cs of changeSets) {
        const all: [string, Hashed][] = [
          ['changeset v9', cs.v9],
          ['changeset v8', cs.v8],
          ...cs.changes.flatMap((c): [string, Hashed][] => [[`${c.type} v9`, c.v9], [`${c.type} v8`, c.v8]]),
          ...(cs.sqlVisitors ?? []).flatMap((v): [string, Hashed][] => [[`${v.type} v9`, v.v9], [`${v.type} v8`, v.v8]]),
        ];
        for (const [what, hashed] of all) {
          if (hashed.error) continue; // a change Liquibase cannot checksum offline (missing file)
          const where = `${path.relative(GOLDEN, file)} ${cs.id}::${cs.author} ${what}`;
          expect(hashed.checksum.slice(2), where).toBe(md5(hashed));
          for (const part of hashed.parts ?? []) expect(part.md5, where).toBe(md5(part));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('golden DATABASECHANGELOG rows', () => {
  // quirks/ records cases where Liquibase stores a checksum other than the parsed one.
  const rowFiles = files(GOLDEN, (f) => f === 'databasechangelog.json').filter(
    (f) => existsSync(path.join(path.dirname(f), 'changes.json')) && !path.relative(GOLDEN, f).startsWith('quirks'),
  );

  it.each(rowFiles.map((f) => [path.relative(GOLDEN, path.dirname(f)), f]))(
    '%s: checksums and descriptions match the parsed changesets',
    (_name, file) => {
      const rows = JSON.parse(readFileSync(file, 'utf8')) as Row[];
      const { changeSets } = JSON.parse(readFileSync(path.join(path.dirname(file), 'changes.json'), 'utf8')) as {
        changeSets: ChangeSetRecord[];
      };
      const byKey = new Map(changeSets.map((cs) => [`${cs.id}::${cs.author}::${cs.filename}`, cs]));
      for (const row of rows) {
        const cs = byKey.get(`${row.id}::${row.author}::${row.filename}`);
        expect(cs, `${row.id}::${row.author}::${row.filename}`).toBeDefined();
        if (row.md5sum !== null) expect(row.md5sum).toBe(cs!.v9.checksum);
        // Rows another release wrote (checksum-upgrade: 4.4.0) keep that release's description.
        if (row.liquibase !== '4.28.0') continue;
        const description = cs!.description.length > 250 ? `${cs!.description.slice(0, 247)}...` : cs!.description;
        expect(row.description).toBe(description);
      }
    },
  );
});

describe('golden quirks', () => {
  it('insert-sequence-schema: only the insert with schemaName stores a checksum other than the parsed one', () => {
    const dir = path.join(GOLDEN, 'quirks/insert-sequence-schema');
    const rows = JSON.parse(readFileSync(path.join(dir, 'databasechangelog.json'), 'utf8')) as Row[];
    const { changeSets } = JSON.parse(readFileSync(path.join(dir, 'changes.json'), 'utf8')) as { changeSets: ChangeSetRecord[] };
    const parsed = new Map(changeSets.map((cs) => [cs.id, cs.v9.checksum]));
    expect(rows.map((r) => [r.id, r.md5sum === parsed.get(r.id)])).toEqual([
      ['table', true],
      ['without-schema', true],
      ['with-schema', false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultChangeLogParsers } from '../../src/changelog/load-changelog.js';
import { isLazyParser } from '../../src/changelog/parser.js';

describe('default changelog parsers', () => {
  it('answer supports() before their module is loaded exactly as the loaded parser does', async () => {
    const paths = ['a.xml', 'db/A.XML', 'a.yaml', 'a.YML', 'a.json', 'a.sql', 'a.txt', 'xml', 'a.xml.bak', 'dir.xml/a.yaml', ''];
    const lazy = defaultChangeLogParsers.filter(isLazyParser);
    expect(lazy.length).toBeGreaterThan(0);
    for (const parser of lazy) {
      const loaded = await parser.load();
      for (const path of paths) expect([path, parser.supports(path, '')]).toEqual([path, loaded.supports(path, '')]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createRedactor, expandSecrets, maskSecrets, redact } from '../../src/github/masking.js';
import { escapeText, inlineCode, tableCell } from '../../src/report/markdown.js';

describe('expandSecrets', () => {
  it('finds the password in a URL, in its encoded and decoded forms', () => {
    const url = 'postgresql://app:p%40ss%3Aw%2Frd@db.internal:5432/shop?sslmode=require';
    const secrets = expandSecrets([url]);
    expect(secrets).toContain(url);
    expect(secrets.indexOf(url)).toBeLessThan(secrets.indexOf('p@ss:w/rd')); // longest first
    for (const form of ['app:p%40ss%3Aw%2Frd', 'p%40ss%3Aw%2Frd', 'p@ss:w/rd', 'p%40ss%3aw%2frd']) expect(secrets).toContain(form);
    expect(secrets).not.toContain('app'); // the user name is not a secret
  });

  it('finds passwords in JDBC query strings and libpq key/value strings', () => {
    expect(expandSecrets(['jdbc:postgresql://db/shop?user=app&password=s3cr%21t&ssl=true'])).toEqual(
      expect.arrayContaining(['s3cr%21t', 's3cr!t']),
    );
    expect(expandSecrets(["host=db user=app password='it\\'s secret' dbname=shop"])).toEqual(
      expect.arrayContaining(["'it\\'s secret'", "it's secret", "it's%20secret"]),
    );
  });

  it('adds the JSON-escaped form and ignores empty values', () => {
    expect(expandSecrets(['a"b\\c', '', '   ', undefined, null])).toEqual(expect.arrayContaining(['a"b\\c', 'a\\"b\\\\c']));
    expect(expandSecrets(['', undefined])).toEqual([]);
  });
});

describe('redact', () => {
  const url = 'postgres://app:hunter2@db/shop';
  const secrets = expandSecrets([url, 'ghp_token123']);

  it('replaces a whole URL before its parts, and every part on its own', () => {
    expect(redact(`connect ${url} failed`, secrets)).toBe('connect *** failed');
    expect(redact('password hunter2, token ghp_token123', secrets)).toBe('password ***, token ***');
    expect(redact('postgres://app:hunter2@other-host/db', secrets)).toBe('postgres://***@other-host/db');
  });

  it('finds secrets in the Markdown our renderers produce', () => {
    const tricky = expandSecrets(['p@ss|w<rd>&  x']);
    const rendered = [escapeText('p@ss|w<rd>&  x'), tableCell(inlineCode('p@ss|w<rd>&  x')), tableCell(escapeText('p@ss|w<rd>& \n x'))];
    for (const text of rendered) expect(redact(`before ${text} after`, tricky), text).toMatch(/^before `?\*\*\*`? after$/);
  });

  it('leaves text without secrets alone', () => {
    expect(redact('nothing to see', secrets)).toBe('nothing to see');
    expect(redact('x', [])).toBe('x');
    expect(createRedactor([url])(`url=${url}`)).toBe('url=***');
  });
});

describe('maskSecrets', () => {
  it('registers every spelling once, multi-line secrets line by line', () => {
    const registered: string[] = [];
    const secrets = maskSecrets(['postgres://app:p%40ss@db/shop', '-----BEGIN KEY-----\nabc\n-----END KEY-----'], { setSecret: (v) => registered.push(v) });
    expect(registered).toEqual(expect.arrayContaining(['postgres://app:p%40ss@db/shop', 'p%40ss', 'p@ss', '-----BEGIN KEY-----', 'abc']));
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered.every((v) => !v.includes('\n'))).toBe(true);
    expect(secrets).toContain('p@ss');
  });
});

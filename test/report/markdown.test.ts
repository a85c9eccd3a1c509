import { describe, expect, it } from 'vitest';
import { MarkdownBuilder, escapeText, fencedCode, formatDuration, inlineCode, link, tableCell } from '../../src/report/markdown.js';

describe('MarkdownBuilder', () => {
  it('separates blocks with one blank line and escapes headings and text', () => {
    const md = new MarkdownBuilder().heading('Apply <b>', 3).text('a & b').paragraph('**bold**').stringify();
    expect(md).toBe('### Apply &lt;b&gt;\n\na &amp; b\n\n**bold**');
  });

  it('puts blank lines inside <details> so fenced code renders', () => {
    const md = new MarkdownBuilder().details('SQL', (b) => b.codeBlock('SELECT 1;', 'sql'), { open: true }).stringify();
    expect(md).toBe('<details open>\n<summary>SQL</summary>\n\n```sql\nSELECT 1;\n```\n\n</details>');
  });

  it('escapes pipes and line breaks in table cells', () => {
    const md = new MarkdownBuilder().table(['a', 'b'], [['x | y', 'one\ntwo']], ['left', 'right']).stringify();
    expect(md).toBe('| a | b |\n|---|---:|\n| x \\| y | one<br>two |');
  });

  it('writes GitHub alerts as block quotes', () => {
    expect(new MarkdownBuilder().alert('CAUTION', 'first\n\nsecond').stringify()).toBe('> [!CAUTION]\n> first\n>\n> second');
  });

  it('skips empty blocks and lists', () => {
    expect(new MarkdownBuilder().paragraph('').list([]).isEmpty()).toBe(true);
  });
});

describe('escaping', () => {
  it('fences code with more backticks than it contains', () => {
    expect(fencedCode('a ``` b ```` c', 'sql')).toBe('`````sql\na ``` b ```` c\n`````');
    expect(fencedCode('plain\r\n', '')).toBe('```\nplain\n```');
  });

  it('makes code spans that survive backticks', () => {
    expect(inlineCode('id::author')).toBe('`id::author`');
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('')).toBe('` `');
  });

  it('stops text from mentioning users or teams', () => {
    expect(escapeText('approved by @dba-team and @alice')).toBe('approved by @\u200bdba-team and @\u200balice');
    expect(escapeText('mail a@ b')).toBe('mail a@ b');
  });

  it('escapes link labels and URLs', () => {
    expect(link('job [summary]', 'https://x.test/a b(c)')).toBe('[job \\[summary\\]](https://x.test/a%20b%28c%29)');
  });

  it('formats durations', () => {
    expect([formatDuration(12), formatDuration(1234), formatDuration(125_000)]).toEqual(['12 ms', '1.2 s', '2 min 5 s']);
    expect(tableCell('a|b')).toBe('a\\|b');
  });
});

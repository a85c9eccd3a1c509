/**
 * A small, pure Markdown builder for GitHub-flavoured Markdown, modelled on `core.summary` from
 * @actions/core but without any I/O: it only builds a string. The PR comment, the job summary and
 * every section renderer use it so that escaping rules live in one place.
 *
 * Text passed to `text()`/`paragraph()` is escaped; cells and list items are Markdown (escape the
 * parts that are data with `escapeText` or `inlineCode`); code blocks are fenced safely whatever
 * they contain.
 *
 * @example
 * ```ts
 * const md = new MarkdownBuilder()
 *   .heading('Apply', 3)
 *   .table(['Changeset', 'State'], [[inlineCode('001::alice'), 'executed']])
 *   .details('SQL', (b) => b.codeBlock('CREATE TABLE t (id int);', 'sql'))
 *   .stringify();
 * ```
 */
export class MarkdownBuilder {
  private readonly blocks: string[] = [];

  /** A heading, `#` repeated `level` times (1–6). */
  heading(text: string, level = 2): this {
    const hashes = '#'.repeat(Math.min(6, Math.max(1, level)));
    return this.block(`${hashes} ${escapeText(oneLine(text))}`);
  }

  /** A paragraph of escaped plain text. */
  text(text: string): this {
    return this.block(escapeText(text));
  }

  /** A paragraph of Markdown, inserted as is. */
  paragraph(markdown: string): this {
    return this.block(markdown);
  }

  /** Markdown inserted as is, as its own block. Alias of `paragraph` for HTML and prepared blocks. */
  raw(markdown: string): this {
    return this.block(markdown);
  }

  /** A fenced code block that stays intact whatever backticks the code contains. */
  codeBlock(code: string, language = ''): this {
    return this.block(fencedCode(code, language));
  }

  /**
   * A pipe table. Cells are Markdown: pipes and line breaks in them are escaped here, anything
   * else (HTML, emphasis) is the caller's business.
   */
  table(header: string[], rows: string[][], align?: Array<'left' | 'center' | 'right'>): this {
    const delimiter = header.map((_, i) => {
      switch (align?.[i]) {
        case 'center':
          return ':---:';
        case 'right':
          return '---:';
        default:
          return '---';
      }
    });
    const line = (cells: string[]) => `| ${cells.map(tableCell).join(' | ')} |`;
    return this.block([line(header), `|${delimiter.join('|')}|`, ...rows.map(line)].join('\n'));
  }

  /** A bulleted (or numbered) list of Markdown items. */
  list(items: string[], ordered = false): this {
    if (items.length === 0) return this;
    return this.block(
      items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item.replace(/\r?\n/g, '\n  ')}`).join('\n'),
    );
  }

  /**
   * A collapsible block. The blank lines around the summary and the content are what lets GitHub
   * render Markdown (fences, tables) inside `<details>`.
   */
  details(summary: string, content: string | ((builder: MarkdownBuilder) => void), options: { open?: boolean } = {}): this {
    let inner: string;
    if (typeof content === 'string') {
      inner = content;
    } else {
      const nested = new MarkdownBuilder();
      content(nested);
      inner = nested.stringify();
    }
    return this.block(
      [`<details${options.open ? ' open' : ''}>`, `<summary>${escapeText(oneLine(summary))}</summary>`, '', inner, '', '</details>'].join(
        '\n',
      ),
    );
  }

  /** A GitHub alert block (`> [!WARNING]`), content as Markdown. */
  alert(kind: 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION', markdown: string): this {
    const quoted = markdown.split(/\r?\n/).map((l) => (l ? `> ${l}` : '>'));
    return this.block([`> [!${kind}]`, ...quoted].join('\n'));
  }

  /** A horizontal rule. */
  separator(): this {
    return this.block('---');
  }

  /** True when nothing was added. */
  isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  /** The Markdown: blocks separated by one blank line, no trailing newline. */
  stringify(): string {
    return this.blocks.join('\n\n');
  }

  private block(markdown: string): this {
    if (markdown.trim() !== '') this.blocks.push(markdown.replace(/\s+$/, ''));
    return this;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes data for use in Markdown text: HTML-significant characters, and `@` before a word
 * character so that text from changelogs never pings a user or team (`@org/team`).
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!).replace(/@(?=[\w-])/g, '@\u200b');
}

/** A code span that survives any backticks in `code`; newlines become spaces. */
export function inlineCode(code: string): string {
  const flat = oneLine(code);
  if (flat === '') return '` `';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  // A space on each side lets a code span start or end with a backtick.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function fencedCode(code: string, language = ''): string {
  const longest = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return `${fence}${language}\n${body}\n${fence}`;
}

/** A Markdown link; the label is escaped, brackets included. */
export function link(label: string, url: string): string {
  return `[${escapeText(label).replace(/([[\]])/g, '\\$1')}](${url.replace(/[()\s]/gu, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))})`;
}

/** Escapes what breaks a table cell: pipes (even inside code spans, per GFM) and line breaks. */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Collapses whitespace runs (including newlines) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** `1 error`, `2 errors`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `850 ms`, `1.2 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

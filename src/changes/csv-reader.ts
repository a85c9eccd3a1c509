/**
 * CSV as Liquibase reads loadData files: opencsv's RFC 4180 parser with a chosen separator and
 * quote character. There is no escape character (a backslash is data); a field is quoted only when
 * its first character is the quote; a quoted field ends at a quote followed by the separator or
 * the end of the line, `""` inside it is one quote, and it may span lines. An unterminated quoted
 * field at the end of the file is an error. opencsv's edge cases (a quote in the middle of an
 * unquoted field is data, a lone quote in a line's last field continues the record on the next
 * line) are reproduced because they decide the loaded values.
 */
export interface CsvOptions {
  separator: string;
  quoteChar: string;
}

export class CsvParseError extends Error {
  override name = 'CsvParseError';
}

export class CsvReader {
  private readonly lines: string[];
  private next = 0;
  private readonly separator: string;
  private readonly quote: string;

  constructor(text: string, options: CsvOptions) {
    // BufferedReader.readLine: LF, CRLF or CR end a line; a final line ending adds no empty line.
    const lines = text === '' ? [] : text.split(/\r\n|\n|\r/);
    if (lines.length > 0 && lines[lines.length - 1] === '' && /(\r\n|\n|\r)$/.test(text)) lines.pop();
    this.lines = lines;
    this.separator = options.separator.charAt(0);
    this.quote = options.quoteChar.charAt(0);
  }

  /** The next record's fields, or undefined at the end of the file. */
  readNext(): string[] | undefined {
    let result: string[] | undefined;
    let pending: string | undefined;
    do {
      if (this.next >= this.lines.length) {
        if (pending !== undefined) throw new CsvParseError(`Unterminated quoted field at end of CSV line. Beginning of lost text: [${pending}]`);
        return result;
      }
      const parsed = this.parseLine(pending === undefined ? this.lines[this.next++]! : pending + this.lines[this.next++]!);
      pending = parsed.pending;
      if (parsed.fields.length > 0) result = result ? [...result, ...parsed.fields] : parsed.fields;
    } while (pending !== undefined);
    return result;
  }

  private parseLine(line: string): { fields: string[]; pending?: string } {
    if (!this.quote || !line.includes(this.quote)) return { fields: line.split(this.separator) };
    const fields: string[] = [];
    let position = 0;
    while (position < line.length) {
      const nextSeparator = line.indexOf(this.separator, position);
      const nextQuote = line.indexOf(this.quote, position);
      if (nextSeparator === -1) {
        fields.push(line.slice(position));
        position = line.length;
      } else if (nextQuote === -1 || nextQuote > nextSeparator || nextQuote !== position) {
        fields.push(line.slice(position, nextSeparator));
        position = nextSeparator + 1;
      } else {
        const end = this.endOfQuotedField(line, position);
        fields.push(end >= line.length ? line.slice(position) : line.slice(position, end));
        position = end + 1;
      }
    }
    let pending: string | undefined;
    const last = fields[fields.length - 1];
    if (last !== undefined && ((last.startsWith(this.quote) && !last.endsWith(this.quote)) || count(last, this.quote) === 1)) {
      pending = `${fields.pop()}\n`;
    } else if (line.lastIndexOf(this.separator) === line.length - 1) {
      fields.push('');
    }
    return { fields: fields.map((field) => (field.includes(this.quote) ? this.unquote(field) : field)), pending };
  }

  /** Where a quoted field starting at `start` ends (just after its closing quote), or the line length. */
  private endOfQuotedField(line: string, start: number): number {
    let nextQuote = line.indexOf(this.quote, start + 1);
    let inQuote = false;
    const notLast = (at: number): boolean => at !== -1 && at < line.length - 1;
    while (notLast(nextQuote)) {
      if (!inQuote && line[nextQuote + 1] === this.separator) return nextQuote + 1;
      do {
        nextQuote = line.indexOf(this.quote, nextQuote + 1);
        inQuote = !inQuote;
      } while (notLast(nextQuote) && line[nextQuote + 1] === this.quote);
    }
    return line.length;
  }

  private unquote(field: string): string {
    let text = field;
    if (count(text, this.quote) !== 1 && text.startsWith(this.quote)) {
      text = text.slice(this.quote.length);
      if (text.endsWith(this.quote)) text = text.slice(0, -this.quote.length);
    }
    return text.split(this.quote + this.quote).join(this.quote);
  }
}

function count(text: string, character: string): number {
  let total = 0;
  for (const c of text) if (c === character) total++;
  return total;
}

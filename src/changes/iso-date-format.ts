/**
 * Liquibase's ISODateFormat, which turns `valueDate` / `defaultValueDate` text into a date, a time
 * or a timestamp and prints it back in ISO form (the printed form is what the checksum hashes, so
 * `2007-08-09 10:11:12` and `2007-08-09T10:11:12` give the same checksum). Text it cannot read
 * is not an error for Liquibase: the value becomes a computed (SQL function) value instead.
 */

export type IsoDateKind = 'date' | 'time' | 'timestamp';

export interface IsoDate {
  kind: IsoDateKind;
  /** `yyyy-MM-dd`, `HH:mm:ss` or `yyyy-MM-ddTHH:mm:ss[.fraction]` (trailing zeros cut). */
  text: string;
}

/** Parses as Liquibase does, or returns undefined where Liquibase falls back to a computed value. */
export function parseIsoDate(input: string): IsoDate | undefined {
  switch (input.length) {
    case 8:
      return parseTime(input);
    case 10:
      return parseDate(input);
    case 19:
      return parseTimestamp(input, 0);
    default:
      return parseGeneric(input);
  }
}

/** The SQL-facing text: ISO with a space instead of `T`, as Liquibase writes timestamp literals. */
export function isoDateSqlText(date: IsoDate): string {
  return date.text.replace('T', ' ');
}

/** Kind of an already canonical ISO text (as stored in params). */
export function isoDateKind(text: string): IsoDateKind {
  if (/^\d{2}:\d{2}:\d{2}$/.test(text)) return 'time';
  if (/^-?\d+-\d{2}-\d{2}$/.test(text)) return 'date';
  return 'timestamp';
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// SimpleDateFormat is lenient: out-of-range fields roll over (month 13 is January of the next
// year). Date.UTC does the same arithmetic without time-zone effects.
function normalise(fields: Fields): Fields {
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function formatDate(f: Fields): string {
  return `${f.year < 0 ? '-' : ''}${pad(Math.abs(f.year), 4)}-${pad(f.month)}-${pad(f.day)}`;
}

function formatTime(f: Fields): string {
  return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

function parseTime(input: string): IsoDate | undefined {
  const match = /^(\d+):(\d+):(\d+)/.exec(input);
  if (!match) return undefined;
  const f = normalise({ year: 1970, month: 1, day: 1, hour: +match[1]!, minute: +match[2]!, second: +match[3]! });
  return { kind: 'time', text: formatTime(f) };
}

function parseDateFields(input: string): Fields | undefined {
  const match = /^(\d+)-(\d+)-(\d+)/.exec(input);
  if (!match) return undefined;
  return { year: +match[1]!, month: +match[2]!, day: +match[3]!, hour: 0, minute: 0, second: 0 };
}

function parseDate(input: string): IsoDate | undefined {
  const fields = parseDateFields(input);
  return fields ? { kind: 'date', text: formatDate(normalise(fields)) } : undefined;
}

/** `yyyy-MM-dd HH:mm:ss` when the text holds a space anywhere, else `yyyy-MM-dd'T'HH:mm:ss`. */
function parseDateTimeFields(input: string, separator = input.includes(' ') ? ' ' : 'T'): Fields | undefined {
  const match = new RegExp(`^(\\d+)-(\\d+)-(\\d+)${separator}(\\d+):(\\d+):(\\d+)`).exec(input);
  if (!match) return undefined;
  return { year: +match[1]!, month: +match[2]!, day: +match[3]!, hour: +match[4]!, minute: +match[5]!, second: +match[6]! };
}

function parseTimestamp(input: string, nanos: number): IsoDate | undefined {
  const fields = parseDateTimeFields(input);
  if (!fields) return undefined;
  return { kind: 'timestamp', text: formatTimestamp(normalise(fields), nanos) };
}

function formatTimestamp(f: Fields, nanos: number): string {
  const base = `${formatDate(f)}T${formatTime(f)}`;
  if (nanos === 0) return base;
  return `${base}.${String(nanos).padStart(9, '0').replace(/0+$/, '')}`;
}

function parseGeneric(input: string): IsoDate | undefined {
  if (input.includes(':') && !input.includes('-')) {
    // java.sql.Time cannot hold fractions, so Liquibase refuses them (the value becomes computed).
    if (input.includes('.')) return undefined;
    return parseTime(input);
  }
  if (input.length < 19 || input[19] !== '.') return undefined;
  const fields = parseDateTimeFields(input.slice(0, 19), input.includes(' ') ? ' ' : 'T');
  if (!fields) return undefined;
  let nanos: number;
  const offsetFraction = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{1,9})(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/.exec(input);
  if (offsetFraction) {
    // The offset is ignored: Liquibase keeps the local wall-clock seconds and takes only the fraction.
    nanos = Number(offsetFraction[1]!.padEnd(9, '0'));
  } else {
    const digits = input.replaceAll(' ', 'T').slice(20);
    if (!/^[+-]?\d+$/.test(digits) || Math.abs(Number(digits)) > 2 ** 31 - 1) return undefined;
    nanos = Number(digits) * 10 ** Math.max(0, 29 - input.length);
    if (nanos < 0 || nanos > 999_999_999) return undefined;
  }
  return { kind: 'timestamp', text: formatTimestamp(normalise(fields), nanos) };
}

import { bytesChecksum, type ChecksumDetail, type ChecksumVersion } from './md5-checksum.js';

/**
 * The checksum of SQL text (sql, sqlFile, the SQL half of createView/createProcedure; note §2.6).
 *
 * v9 hashes the UTF-8 bytes with every space, LF, CR and tab removed, so re-indenting SQL does not
 * change it (comments still count). v8 hashes a `<endDelimiter>:<splitStatements>:<stripComments>:`
 * header followed by the text with whitespace runs collapsed to one space and the ends trimmed.
 */
export function sqlChecksum(sql: string | Uint8Array, version: ChecksumVersion, v8Header?: SqlChecksumHeader): string {
  return sqlChecksumDetail(sql, version, v8Header).checksum;
}

/** sqlChecksum with the bytes it hashed, as text. */
export function sqlChecksumDetail(sql: string | Uint8Array, version: ChecksumVersion, v8Header?: SqlChecksumHeader): ChecksumDetail {
  const bytes = typeof sql === 'string' ? Buffer.from(sql, 'utf8') : sql;
  let hashed: Uint8Array;
  if (version === 9) {
    hashed = withoutWhitespace(bytes);
  } else {
    const header = v8Header ?? { endDelimiter: undefined, splitStatements: true, stripComments: false };
    const prefix = Buffer.from(`${header.endDelimiter ?? 'null'}:${header.splitStatements}:${header.stripComments}:`, 'utf8');
    hashed = Buffer.concat([prefix, collapsedWhitespace(bytes)]);
  }
  return { checksum: bytesChecksum(hashed, version), text: Buffer.from(hashed).toString('utf8') };
}

/** The attributes that v8 wrote in front of the SQL. */
export interface SqlChecksumHeader {
  /** Written `null` when absent. */
  endDelimiter: string | undefined;
  splitStatements: boolean;
  stripComments: boolean;
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function withoutWhitespace(bytes: Uint8Array): Uint8Array {
  return bytes.filter((byte) => !isWhitespace(byte));
}

/**
 * Liquibase's NormalizingStreamV8: whitespace becomes a space, leading whitespace and runs are
 * dropped, and trailing whitespace is cut. A 0xFF byte reads as end of stream in its look-ahead
 * (a `(byte) -1` comparison), which only matters for text that is not UTF-8.
 */
function collapsedWhitespace(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let seenNonSpace = false;
  let last = -2;
  for (let i = 0; i < bytes.length; i++) {
    const byte = isWhitespace(bytes[i]!) ? 0x20 : bytes[i]!;
    if (byte === 0x20 && (!seenNonSpace || last === 0x20)) continue;
    seenNonSpace = true;
    last = byte;
    if (byte === 0x20 && onlyWhitespaceAfter(bytes, i + 1)) break;
    out.push(byte);
  }
  return Uint8Array.from(out);
}

function onlyWhitespaceAfter(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] === 0xff) return true;
    if (!isWhitespace(bytes[i]!)) return false;
  }
  return true;
}

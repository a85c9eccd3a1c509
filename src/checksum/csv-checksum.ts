import { bytesChecksum, stringChecksumDetail, type ChecksumDetail, type ChecksumVersion } from './md5-checksum.js';

/**
 * loadData / loadUpdateData checksum (note §2.6): the string checksum of
 * `<tableName>:<checksum of the filtered CSV bytes>`. Column configs, separator and quote
 * character are not part of it, so changing how a file is read never flips the checksum.
 */
export function csvChecksum(tableName: string, csv: Uint8Array, commentLineStartsWith: string | undefined, version: ChecksumVersion): ChecksumDetail {
  const filtered = filterCsvForChecksum(csv, commentLineStartsWith);
  return stringChecksumDetail(`${tableName}:${bytesChecksum(filtered, version)}`, version);
}

/**
 * The bytes Liquibase's EmptyLineAndCommentSkippingInputStream lets through: CR removed, blank
 * lines, leading newlines and the final newline dropped, and lines whose first byte is the first
 * character of `commentLineStartsWith` skipped (an empty or absent marker disables that).
 *
 * This reproduces the stream's state machine, including its look-ahead that peeks past a newline
 * to decide whether it is the last one, because the exact bytes decide the checksum.
 */
export function filterCsvForChecksum(input: Uint8Array, commentLineStartsWith: string | undefined): Uint8Array {
  const commentByte = commentLineStartsWith ? commentLineStartsWith.charCodeAt(0) : undefined;
  const NL = 0x0a;
  const CR = 0x0d;
  let pos = 0;
  // The stream's remembered previous byte (-1 before anything was returned).
  let lastReadField = -1;
  const next = (): number => (pos < input.length ? input[pos++]! : -1);

  const read = (lastRead: number, lookAhead: boolean): number => {
    let byte = next();
    if (commentByte !== undefined && byte === commentByte && (lastRead === NL || lastRead < 0)) {
      do byte = next();
      while (byte !== NL && byte !== CR && byte > 0);
    }
    if (byte < 0) return byte;
    if (byte === CR) return read(lastReadField, false);
    if (byte === NL && lastRead === NL) return read(lastReadField, false);
    if (byte === NL) {
      if (lastRead < 0) return read(lastReadField, false);
      const mark = pos;
      if (read(NL, true) < 0) return -1;
      pos = mark;
    }
    if (!lookAhead) lastReadField = byte;
    return byte;
  };

  const out: number[] = [];
  for (let byte = read(lastReadField, false); byte >= 0; byte = read(lastReadField, false)) out.push(byte);
  return Uint8Array.from(out);
}

import crypto from 'node:crypto';

/** The checksum algorithm versions this engine computes: 9 is written, 8 is accepted from old rows. */
export type ChecksumVersion = 8 | 9;

/**
 * Liquibase's string checksum (`CheckSum.compute(String)`): line endings standardised to LF, the
 * replacement character U+FFFD removed (Liquibase drops it so that a file read with the wrong
 * encoding does not keep flipping the checksum), Unicode NFC, then MD5 of the UTF-8 bytes.
 *
 * @example stringChecksum('', 9) // '9:d41d8cd98f00b204e9800998ecf8427e'
 */
export function stringChecksum(text: string, version: ChecksumVersion): string {
  let normalised = text;
  if (normalised.includes('\r')) normalised = normalised.replace(/\r\n?/g, '\n');
  if (normalised.includes('\uFFFD')) normalised = normalised.replaceAll('\uFFFD', '');
  // Text below U+0300 is already in NFC (no character there decomposes or combines).
  if (BEYOND_NFC_STABLE.test(normalised)) normalised = normalised.normalize('NFC');
  // The hash reads the string's UTF-8 bytes itself: no intermediate Buffer.
  return `${version}:${md5HexOfText(normalised)}`;
}

/**
 * MD5 of the text's UTF-8 bytes, read from the string itself (no intermediate Buffer); the
 * one-shot `crypto.hash` (Node 20.12+) also skips building a Hash stream per checksum.
 */
const md5HexOfText: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => crypto.hash('md5', text, 'hex')
    : (text) => crypto.createHash('md5').update(text, 'utf8').digest('hex');

const BEYOND_NFC_STABLE = /[^\u0000-\u02FF]/;

/** A checksum with the exact text that was hashed (to explain a mismatch). */
export interface ChecksumDetail {
  checksum: string;
  text: string;
}

/** stringChecksum with the text it hashed. */
export function stringChecksumDetail(text: string, version: ChecksumVersion): ChecksumDetail {
  return { checksum: stringChecksum(text, version), text };
}

/** Liquibase's stream checksum: MD5 of exactly the bytes given (the caller filters them). */
export function bytesChecksum(bytes: Uint8Array, version: ChecksumVersion): string {
  return `${version}:${md5Hex(bytes)}`;
}

function md5Hex(bytes: Uint8Array): string {
  return crypto.createHash('md5').update(bytes).digest('hex');
}

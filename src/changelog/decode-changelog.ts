import { fileExtension } from './file-path.js';

/**
 * Turns a changelog's bytes into text. A byte-order mark wins; an XML file may name its encoding
 * in its declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`, as Liquibase's XML parser
 * honours it); everything else is UTF-8, Liquibase's default file encoding.
 */
export function decodeChangelog(resourcePath: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (fileExtension(resourcePath) === 'xml') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) {
      try {
        return new TextDecoder(declared.toLowerCase()).decode(bytes);
      } catch {
        // An encoding TextDecoder does not know: UTF-8 is the best remaining guess.
      }
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The text of a CSV file in whatever encoding Excel saved it: UTF-8 with or without a byte-order mark,
 * UTF-16 (Excel's "Unicode text"), or GB18030/GBK, which Excel on Chinese Windows writes by default.
 * Bytes that are valid UTF-8 are read as UTF-8; anything else as GB18030, the superset of GBK.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  // iconv-lite strips the byte-order mark by default.
  const text = iconv.decode(Buffer.from(bytes), encoding);
  return { text, encoding };
}

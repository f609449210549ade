/**
 * Strict decoding of an input file's bytes. The order is fixed by PRODUCT.md → "Reading files":
 * UTF-16 when a BOM says so, then UTF-8 (a BOM is fine), then CP949 (the Windows superset of
 * EUC-KR that Korean newsrooms and old archives still use), else the file is reported. Nothing
 * is ever guessed into mojibake: every decoder here either reads every byte or gives up.
 *
 * Why iconv-lite and not `new TextDecoder('euc-kr', { fatal: true })`: in Node 24 that decoder is
 * not strict (an invalid lead byte such as 0x80 decodes to nothing) and misses CP949's 8,822
 * extended syllables (`똠`, `햏`, `뷁`), dropping or mangling them silently. iconv-lite's `cp949`
 * covers the whole table and marks every invalid sequence with U+FFFD, which CP949 itself cannot
 * encode, so a U+FFFD in its output means the bytes were not CP949.
 */
import iconv from 'iconv-lite';

/** The encodings an input can be read in; written to the article's `encoding` field. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'cp949' | 'utf-16le' | 'utf-16be';

/** A decoded file, or why it could not be decoded. */
export type Decoded =
  | { readonly text: string; readonly encoding: Encoding }
  | { readonly error: 'binary' | 'undecodable' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes strictly and normalises line ends (CRLF and lone CR → LF).
 * @param bytes The file as read from disk.
 * @returns `{ text, encoding }` (text without BOM), or `{ error: 'binary' }` when the bytes hold
 *   NUL bytes outside UTF-16, or `{ error: 'undecodable' }` when no encoding reads them all.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return utf16(utf16le, bytes, 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return utf16(utf16be, bytes, 'utf-16be');
  if (bytes.includes(0)) return { error: 'binary' };

  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: normaliseLineEnds(utf8.decode(body)), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: fall through to CP949.
  }
  const text = iconv.decode(bytes, 'cp949');
  if (text.includes('\uFFFD')) return { error: 'undecodable' };
  return { text: normaliseLineEnds(text), encoding: 'cp949' };
}

function utf16(decoder: TextDecoder, bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    return { text: normaliseLineEnds(decoder.decode(bytes.subarray(2))), encoding };
  } catch {
    return { error: 'undecodable' };
  }
}

/**
 * Turns CRLF and lone CR line ends into LF, so line numbers and paragraphs agree everywhere.
 * @param text Decoded text.
 * @returns The same text with `\n` line ends only.
 */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Character tests by UTF-16 code, for the loops that read every character or every word of a story:
 * sets of characters as tables (one indexed read: `…센터`'s last syllable, a district's first, where
 * a `Set` of codes cost a hash lookup each time), and white space.
 */

/** A set of UTF-16 codes: one entry per code, 1 for a member. */
export type CharTable = Uint8Array;

/**
 * Makes a table of characters.
 * @param codes The members, as UTF-16 codes (`'터'.charCodeAt(0)`).
 * @returns The table, for `inTable`.
 */
export function charTable(codes: Iterable<number>): CharTable {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}

/**
 * True when `code` is in `table`.
 * @param code A UTF-16 code; NaN (what `charCodeAt` gives past a text's end) is in no table.
 */
export function inTable(table: CharTable, code: number): boolean {
  return table[code] === 1;
}

/**
 * True for the code of a character `\s` matches (ECMAScript WhiteSpace and LineTerminator, what
 * `String.prototype.trim` removes), so hot loops over a name or a paragraph test codes instead of
 * running a regex (program-bare.ts walks back over paragraphs with it; matching `\s+$` on the text
 * before a word read it from the start).
 * @param code A UTF-16 code unit.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  // Above U+3000 only the BOM is white space: a Hangul syllable is decided by one compare.
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Sets of characters tested by their UTF-16 code with one indexed read: the extractors test a few
 * characters of every word of every story (`…센터`'s last syllable, a district's first), where a
 * `Set` of codes cost a hash lookup each time.
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

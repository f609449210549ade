/**
 * CSV for the open data: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark so
 * spreadsheet programs (Excel) read the Korean text correctly.
 */

/** A CSV cell value. */
export type Cell = string | number | boolean | null;

function quoteCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // Cells a spreadsheet would run as a formula (= + - @) get a leading apostrophe (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as CSV.
 * @param header Column names.
 * @param rows Rows of cells, as many as the header.
 * @returns The CSV text, beginning with a BOM (U+FEFF).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(quoteCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Splitting a body into paragraphs. A paragraph is one non-blank line: Korean news puts a
 * paragraph on a line (blank lines between them, or none when scraped), so a line is the unit
 * both the ingest and the article page agree on.
 */
import type { Paragraph } from './types.ts';

/**
 * Splits `body` into its paragraphs: every non-blank line, trimmed, with its 1-based line number.
 * @param body Decoded article text with `\n` line ends.
 * @returns The paragraphs in order; `index` is what evidence refers to.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text) out.push({ index: out.length, line: i + 1, text });
  }
  return out;
}

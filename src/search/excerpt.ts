/**
 * Excerpts of the real text for search results, highlighted where the query matches. Pagefind's
 * own excerpt marks only words that *start* with a query word, so `시니어` would show no mark in
 * `스마트시니어`; here matching is by substring, the way the index side made the page findable.
 * Pure: returns segments, and the page turns them into text nodes and `<mark>` elements (never
 * HTML strings), so an article's text can never become markup.
 */

/** A piece of an excerpt: plain text, or text that matched the query. */
export interface ExcerptSegment {
  readonly text: string;
  readonly mark: boolean;
}

/** Options of {@link buildExcerpt}. */
export interface ExcerptOptions {
  /** Characters of context around the matches. Default 120. */
  readonly length?: number;
  /** Shown where the excerpt cuts the text. Default `…`. */
  readonly ellipsis?: string;
}

/**
 * Finds where any of `terms` occurs in `text` (case-insensitive, NFC), merging overlaps.
 * @param text The text to search.
 * @param terms Normalised query terms (see query.ts).
 * @returns Sorted, non-overlapping `[start, end)` character ranges.
 */
export function findMatches(text: string, terms: readonly string[]): Array<[number, number]> {
  const hay = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Builds an excerpt of `text` around the window with the most distinct query terms (then the most
 * matches), cut at spaces, with every match marked.
 * @param text The page's (or a story's) text as a person reads it.
 * @param terms Normalised query terms.
 * @param options See {@link ExcerptOptions}.
 * @returns Segments in order; the text's opening when nothing matches.
 */
export function buildExcerpt(text: string, terms: readonly string[], options: ExcerptOptions = {}): ExcerptSegment[] {
  const length = options.length ?? 120;
  const ellipsis = options.ellipsis ?? '…';
  const matches = findMatches(text, terms);
  const [start, end] = chooseWindow(text, terms, matches, length);

  const segments: ExcerptSegment[] = [];
  if (start > 0) segments.push({ text: ellipsis, mark: false });
  let at = start;
  for (const [s, e] of matches) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) segments.push({ text: text.slice(at, from), mark: false });
    segments.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: ellipsis, mark: false });
  return segments;
}

/** The `[start, end)` window of about `length` characters to show, snapped to spaces. */
function chooseWindow(
  text: string,
  terms: readonly string[],
  matches: ReadonlyArray<[number, number]>,
  length: number,
): [number, number] {
  if (text.length <= length) return [0, text.length];
  let best = 0;
  let bestScore = -1;
  const lower = text.toLowerCase();
  for (const [s] of matches) {
    const from = Math.max(0, s - Math.floor(length / 3));
    const window = lower.slice(from, from + length);
    const distinct = terms.filter((t) => t && window.includes(t)).length;
    const count = matches.filter(([ms]) => ms >= from && ms < from + length).length;
    const score = distinct * 1000 + count;
    if (score > bestScore) [best, bestScore] = [from, score];
  }
  let start = best;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space - start < 15 && !insideMatch(space, matches)) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  return [start, end];
}

function insideMatch(at: number, matches: ReadonlyArray<[number, number]>): boolean {
  return matches.some(([s, e]) => at >= s && at < e);
}

/**
 * Which word of `text` (counting words separated by whitespace from 0, as Pagefind counts
 * locations) a character offset falls in.
 * @param text The page content as Pagefind stored it.
 * @param offset A character offset in `text`.
 * @returns The 0-based word index.
 */
export function wordIndexAt(text: string, offset: number): number {
  const before = text.slice(0, offset).trim();
  return before ? before.split(/\s+/u).length - (/\s$/u.test(text.slice(0, offset)) ? 0 : 1) : 0;
}

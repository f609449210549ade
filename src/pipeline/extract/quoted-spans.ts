/**
 * Quoted spans in Korean news text: `‘…’` (names, terms), `“…”` (speech, sometimes names),
 * ASCII `'…'` and `"…"` (wire and scraped text), `「…」`, `『…』` and angle brackets (`<…>`, `〈…〉`,
 * `《…》`: titles of events, books and programs). Real text mixes them up
 * (`‘꿈나무샘‘`, `“…“`), so a quote mark's role comes from where it stands (after a space it
 * opens, before a space or particle it closes), and the glyph only breaks ties. A mark before a
 * two-digit year (`‘21.5월`, `’22년`) is an apostrophe, not a quote.
 */

/** One quoted span. */
export interface QuotedSpan {
  /** The text between the marks, as written (not trimmed). */
  readonly text: string;
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just after the closing mark. */
  readonly end: number;
  /** Which kind of marks: single (‘’'), double (“”"), or corner brackets. */
  readonly family: 'single' | 'double' | 'corner' | 'double-corner' | 'angle';
}

type Family = QuotedSpan['family'];

const FAMILY: Readonly<Record<string, Family>> = {
  '‘': 'single', '’': 'single', "'": 'single', '“': 'double', '”': 'double', '"': 'double',
  '「': 'corner', '」': 'corner', '『': 'double-corner', '』': 'double-corner',
  '<': 'angle', '>': 'angle', '〈': 'angle', '〉': 'angle', '《': 'angle', '》': 'angle',
};
const QUOTE_MARK = /['"‘’“”「」『』<>〈〉《》]/gu;
const OPEN_GLYPHS = new Set(['‘', '“', '「', '『', '<', '〈', '《']);
const CLOSE_GLYPHS = new Set(['’', '”', '」', '』', '>', '〉', '》']);

// What may stand right before an opening mark, besides a space.
const BEFORE_OPEN = /[\s([{<▲△◇◆■□○●·ㆍ,:;/~\-–—“‘"'「『]/u;
// Longest span kept: names and terms are short; speech in double quotes runs long.
const MAX_LENGTH: Readonly<Record<Family, number>> = { single: 80, double: 400, corner: 80, 'double-corner': 80, angle: 80 };
const YEAR_APOSTROPHE = /^\d{2}(?:[.년~\-]|\s|$)/u;

/**
 * Finds the quoted spans of a paragraph, outer and inner (a name quoted inside speech is found
 * too). Unclosed marks are ignored.
 * @param text One paragraph.
 * @returns The spans in order of their opening mark.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const pending = new Map<Family, number>();
  // Marks by `test` and `lastIndex` (each is one character), not matchAll's match objects; the
  // loop below uses no other regex with this one's state.
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const family = FAMILY[text.charAt(i)]!;
    if (family === 'single' && YEAR_APOSTROPHE.test(text.slice(i + 1, i + 4)) && !pending.has('single')) continue;
    const open = pending.get(family);
    // Angle brackets are directional: `<` only opens, `>` only closes (`<서초 꿈나무 …>`).
    const role = family === 'angle' ? (OPEN_GLYPHS.has(text.charAt(i)) ? 'open' : 'close') : roleOf(text, i, open !== undefined);
    if (role === 'close' && open !== undefined) {
      pending.delete(family);
      if (i - open - 1 <= MAX_LENGTH[family] && i > open + 1) {
        out.push({ text: text.slice(open + 1, i), start: open, end: i + 1, family });
      }
    } else if (role === 'open') {
      pending.set(family, i);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the mark at `i` opens or closes, from its neighbours first and its glyph second: a mark
 * glued to the word before it closes an open span whatever its glyph (`‘…조례‘에 따라`).
 */
function roleOf(text: string, i: number, isOpen: boolean): 'open' | 'close' {
  const ch = text.charAt(i);
  const prev = i > 0 ? text.charAt(i - 1) : ' ';
  const next = i + 1 < text.length ? text.charAt(i + 1) : ' ';
  const afterSpace = BEFORE_OPEN.test(prev);
  const beforeSpace = /[\s,.)\]}>·?!…]/u.test(next);
  if (afterSpace && !beforeSpace) return 'open';
  if (!afterSpace && (beforeSpace || isOpen)) return 'close';
  if (OPEN_GLYPHS.has(ch)) return 'open';
  if (CLOSE_GLYPHS.has(ch)) return 'close';
  return afterSpace ? 'open' : 'close';
}

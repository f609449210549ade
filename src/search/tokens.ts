/**
 * Splitting Korean text into the tokens search works with. Pagefind splits on spaces only, so a
 * word such as `발달장애인ㆍ치매환자` or `‘마포 안심귀갓길’을` reaches it whole; here a word is cut
 * at the joiners Korean news puts between nouns, and quotes and brackets fall away.
 * Shared by the index build (Node) and the search page (browser): no Node or DOM imports.
 */

/**
 * Characters that join two nouns into one written word and must split it: the Hangul middle dot
 * `ㆍ` (U+318D, Pagefind reads it as a letter), the Latin middle dot `·`, the katakana middle dot
 * `・`, the hyphenation point `‧`, the ideographic comma `、`, slashes and hyphens. Scrapers often
 * turn `ㆍ` into `?`, so `?` is a joiner too. Source: usage in Korean press releases and news.
 */
export const JOINERS = 'ㆍ·・‧、/／?？-‐–—~∼';

/** Anything that is not a letter or a digit ends a token (quotes, brackets, stops), and so does a
 * joiner, even `ㆍ`, which Unicode counts as a letter. */
const SEPARATOR = new RegExp(`[^\\p{L}\\p{N}]+|[${JOINERS.replace(/[-\\\]^]/g, '\\$&')}]+`, 'u');

/** A complete Hangul syllable (가–힣). */
export const HANGUL_SYLLABLE = /[가-힣]/u;

/** Conjoining or compatibility jamo: a syllable still being composed by an input method. */
const LONE_JAMO = /[\u1100-\u11FF\u3131-\u318C\uA960-\uA97F\uD7B0-\uD7FF]/u;

/**
 * Normalises text the way both sides of the search compare it: NFC (so decomposed Hangul from a
 * Mac or a scraper equals composed Hangul) and lower case for Latin letters.
 * @param text Any text.
 * @returns The NFC, lower-cased text.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * Splits one written word (no spaces) into tokens at joiners, quotes and brackets.
 * `‘발달장애인ㆍ치매환자’를` → `발달장애인`, `치매환자를`. Lone jamo are dropped.
 * @param word A word as written between spaces.
 * @returns Its tokens in order; empty when the word has no letters or digits.
 */
export function splitWord(word: string): string[] {
  return normalizeText(word)
    .split(SEPARATOR)
    .map((t) => dropJamo(t))
    .filter((t) => t.length > 0);
}

/**
 * Splits text into written words, each already cut into tokens (see {@link splitWord}).
 * Keeping the word grouping lets callers join adjacent words (`스마트 쉼터` → `스마트쉼터`).
 * @param text Any text.
 * @returns One array of tokens per written word; words without tokens are left out.
 */
export function splitText(text: string): string[][] {
  const out: string[][] = [];
  for (const word of text.split(/\s+/u)) {
    const tokens = splitWord(word);
    if (tokens.length > 0) out.push(tokens);
  }
  return out;
}

/** True when `text` ends in a jamo that an input method has not yet composed into a syllable. */
export function endsWithLoneJamo(text: string): boolean {
  const last = [...text.trimEnd()].at(-1);
  return last !== undefined && LONE_JAMO.test(last) && last !== 'ㆍ';
}

function dropJamo(token: string): string {
  // Nearly every token has none: test once before taking it apart.
  if (!LONE_JAMO.test(token)) return token;
  return [...token].filter((c) => !LONE_JAMO.test(c)).join('');
}

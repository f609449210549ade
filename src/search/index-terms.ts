/**
 * Index-only search terms for Korean text, with no word list. Pagefind matches a query word
 * against the *start* of indexed words, so indexing every suffix of two or more syllables of each
 * token's stem makes every infix findable (`시니어` in `스마트시니어를`, `청년청` in `관악청년청`),
 * and indexing adjacent words joined makes `스마트쉼터` find text written `스마트 쉼터`. Suffixes and
 * joined words are taken without the particle (the query side strips it too): a page's terms are
 * Pagefind's main cost in time and memory (each distinct term of a page is one more posting), and
 * `시니어를`/`시니어는`/`시니어가` then give one term, not three.
 * These terms go into a searchable Pagefind meta field at index time (scripts/lib/search-index-*),
 * never into anything a person reads.
 */
import { splitWord } from './tokens.ts';

const GLUED_END = /[\p{L}\p{N}]$/u;
const GLUED_START = /^[\p{L}\p{N}]/u;
import { stripParticle } from '../pipeline/korean/particles.ts';

/** Options of {@link indexTerms}. */
export interface IndexTermOptions {
  /** Shortest term in characters (a Hangul syllable is one character). Default 2. */
  readonly minLength?: number;
  /** Longest joined pair of adjacent words, in characters. Default 16. */
  readonly maxJoinedLength?: number;
}

/**
 * The terms to index for `text` besides its words as written: every proper suffix of each token
 * of at least `minLength` characters (a suffix never starts inside a number), each token that
 * Pagefind would not see as a word start (`치매환자` inside `발달장애인ㆍ치매환자`), and each pair of
 * adjacent words on one line joined, the second word's particle dropped (`1인 가구를` → `1인가구`),
 * with that joined word's suffixes that begin in the first word (`별진료소` of `선별 진료소`).
 * @param text Visible text of a page or a part of it.
 * @param options See {@link IndexTermOptions}.
 * @returns Unique terms in first-seen order, NFC, lower case.
 */
export function indexTerms(text: string, options: IndexTermOptions = {}): string[] {
  const minLength = options.minLength ?? 2;
  const maxJoined = options.maxJoinedLength ?? 16;
  const out = new Set<string>();

  for (const line of text.split('\n')) {
    const written = line.split(/\s+/u).filter(Boolean);
    const words = written.map((w) => splitWord(w));
    words.forEach((tokens) =>
      tokens.forEach((token, i) => {
        // Pagefind indexes a written word by its first token only; later tokens need a term.
        if (i > 0 && token.length >= minLength) out.add(token);
        // Suffixes of the stem only: `시니어를` and `시니어는` both give `니어`, and a particle-only
        // tail (`어를`) is no term anyone types. The query side strips particles too.
        for (const suffix of properSuffixes(stripParticle(token), minLength)) out.add(suffix);
      }),
    );
    for (let w = 0; w + 1 < words.length; w++) {
      const left = words[w]!.at(-1);
      const right = words[w + 1]![0];
      // Join only words that touch with nothing but a space: punctuation (`밝혔다. 서울`,
      // `‘…’ 사업`) or a particle on the left word (`서초구는 스마트`) means different phrases.
      if (!left || !right || !GLUED_END.test(written[w]!) || !GLUED_START.test(written[w + 1]!)) continue;
      if (left.length < 2 || stripParticle(left) !== left) continue;
      const joined = left + stripParticle(right);
      if (charCount(joined) > maxJoined || !isWordy(left) || !isWordy(right)) continue;
      out.add(joined);
      // A part that spans the space: `별진료` in `선별 진료소`, written `선별진료소` elsewhere. Those
      // are the suffixes that start inside the left word.
      for (const suffix of properSuffixes(joined, minLength, charCount(left))) out.add(suffix);
    }
  }
  return [...out];
}

/**
 * Proper suffixes of `token` of at least `minLength` characters that start on a letter or at the
 * start of a number (`2021년도` gives `년도`, not `021년도`).
 * @param token One token.
 * @param minLength Shortest suffix to return.
 * @param before Only suffixes starting before this character (default: any).
 * @returns Suffixes, longest first.
 */
export function properSuffixes(token: string, minLength: number, before = Infinity): string[] {
  // Characters are code points; Hangul, nearly all of the text, is one code unit each, so the
  // string is split into code points only when it holds a character beyond that.
  const points = ASTRAL.test(token) ? [...token] : null;
  const length = points ? points.length : token.length;
  const charAt = (i: number) => (points ? points[i]! : token.charAt(i));
  const out: string[] = [];
  for (let start = 1; start + minLength <= length && start < before; start++) {
    if (isDigit(charAt(start)) && isDigit(charAt(start - 1))) continue;
    out.push(points ? points.slice(start).join('') : token.slice(start));
  }
  return out;
}

/** A character outside the Basic Multilingual Plane (written as two UTF-16 code units). */
const ASTRAL = /[\uD800-\uDBFF]/;

/** Length in characters (code points), as `[...text].length`. */
function charCount(text: string): number {
  return ASTRAL.test(text) ? [...text].length : text.length;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** A word worth joining: it has a Hangul syllable or a Latin letter, not just digits. */
function isWordy(token: string): boolean {
  return /[가-힣a-z]/u.test(token);
}

/**
 * Sentence splitting for Korean news text. Sentences end in a final ending (`…다.`, `…요.`) and a
 * stop; scrapers often lose the space after it (`선정됐다.구는 …`), while numbers keep dots inside
 * (`17.4%`, `’21.5월`, `2022.3.5.`), so a dot between digits never ends a sentence.
 */
import { isWhiteSpace } from '../char-codes.ts';

/** A sentence with its character offset in the paragraph it came from. */
export interface Sentence {
  readonly text: string;
  /** Offset of the sentence's first character in the paragraph text. */
  readonly start: number;
}

// A stop ends a sentence when it follows a letter (not a digit) and is followed by a space, a
// closing quote, the end, or (glued text) a Hangul syllable or an opening quote. As one regex this
// is a lookbehind tried at every character of every paragraph (`(?<=[가-힣A-Za-z)\]”’"'][.!?…]+
// [”’"']?)(?:\s+|(?=…))`); the scan below finds the runs of stops first and tests only the two
// places a boundary can start after each: right after the run, and after one closing quote.
const STOP_RUN = /[.!?…]+/g;

const BEFORE_STOP = /[가-힣A-Za-z)\]”’"']/;
const QA_LABEL = /[QA문답]/u;
const CLOSING_QUOTE = /[”’"']/;
// `장애인?노인을 위한 …`: old pages lost the middle dot (ㆍ) to `?` when re-encoded; a lone `?` glued between
// two syllables, after one no question ends on (`…할까?`, `…인가?`, `…어때요?`, `신청 자격은?`, `…란?`), is that
// dot, not a stop.
const QUESTION_END = /[까나니냐가요지죠래데대랴고은는란해어야줘]/u;
// What follows a boundary: the spaces it consumes, or (glued text) a sentence's first character.
const AFTER_STOP = /\s+|(?=[가-힣“‘"'(\[▲△◇■□○●-])/y;

/** How many recently split paragraphs are kept (see `splitSentences`). */
const CACHE_SIZE = 64;
const cache = new Map<string, Sentence[]>();

/**
 * Splits one paragraph into sentences.
 * @param text A paragraph.
 * @returns Its sentences, trimmed, with offsets; a paragraph without a stop is one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  // Every extractor reads a story's paragraphs by sentence, and evidence asks again per mention
  // (`sentenceAt`); splitting each time made a long one-paragraph article quadratic. Recent
  // answers are kept (frozen, so a caller cannot change what the next caller gets).
  const known = cache.get(text);
  if (known) return known;
  const out: Sentence[] = [];
  let last = 0;
  // `test` and `lastIndex`, not match objects: this runs on every paragraph of every article.
  STOP_RUN.lastIndex = 0;
  while (STOP_RUN.test(text)) {
    const end = STOP_RUN.lastIndex;
    let run = end - 1;
    while (run > 0 && isStop(text.charCodeAt(run - 1))) run--;
    if (run === 0 || !BEFORE_STOP.test(text.charAt(run - 1))) continue;
    if (end - run === 1 && text.charCodeAt(run) === 0x3f && isLostDot(text, run)) continue;
    // `A. 관악구는 …`, `Q. …`: a question's or an answer's label opens the sentence, it ends none.
    if (run === 1 && QA_LABEL.test(text.charAt(0))) continue;
    const quoted = end < text.length && CLOSING_QUOTE.test(text.charAt(end));
    for (let at = end; at <= (quoted ? end + 1 : end); at++) {
      AFTER_STOP.lastIndex = at;
      if (!AFTER_STOP.test(text) || at < last) continue;
      const next = AFTER_STOP.lastIndex;
      push(out, text, last, at);
      last = next;
    }
  }
  push(out, text, last, text.length);
  const sentences = Object.freeze(out) as Sentence[];
  // Emptied when full rather than kept in order: an article has far fewer paragraphs than this.
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, sentences);
  return sentences;
}

/** True when the `?` at `at` stands between two syllables and no question ends before it (see QUESTION_END). */
function isLostDot(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return isSyllable(before) && isSyllable(text.charAt(at + 1)) && !QUESTION_END.test(before);
}

function isSyllable(c: string): boolean {
  return c >= '가' && c <= '힣';
}

/** True for a character STOP_RUN's runs are made of. */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Adds `text[from, to)` trimmed, unless it is blank (trimmed by codes: one string made, not three). */
function push(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start });
}

/**
 * The sentence of `text` that contains character offset `at` (for evidence).
 * @returns That sentence's text, or the whole paragraph when `at` is out of range.
 */
export function sentenceAt(text: string, at: number): string {
  const sentences = splitSentences(text);
  // Binary search for the last sentence starting at or before `at`.
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? text.trim() : sentences[found]!.text;
}

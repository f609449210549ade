/**
 * Sentence splitting for Korean news text. Sentences end in a final ending (`…다.`, `…요.`) and a
 * stop; scrapers often lose the space after it (`선정됐다.구는 …`), while numbers keep dots inside
 * (`17.4%`, `’21.5월`, `2022.3.5.`), so a dot between digits never ends a sentence.
 */

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
const CLOSING_QUOTE = /[”’"']/;
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
  STOP_RUN.lastIndex = 0;
  for (let m = STOP_RUN.exec(text); m; m = STOP_RUN.exec(text)) {
    const run = m.index;
    if (run === 0 || !BEFORE_STOP.test(text.charAt(run - 1))) continue;
    const end = run + m[0].length;
    const quoted = end < text.length && CLOSING_QUOTE.test(text.charAt(end));
    for (const at of quoted ? [end, end + 1] : [end]) {
      AFTER_STOP.lastIndex = at;
      const gap = AFTER_STOP.exec(text);
      if (!gap || at < last) continue;
      push(out, text, last, at);
      last = at + gap[0].length;
    }
  }
  push(out, text, last, text.length);
  const sentences = Object.freeze(out) as Sentence[];
  // Emptied when full rather than kept in order: an article has far fewer paragraphs than this.
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, sentences);
  return sentences;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: from + lead });
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

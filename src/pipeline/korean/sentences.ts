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
// closing quote, the end, or (glued text) a Hangul syllable or an opening quote.
const BOUNDARY = /(?<=[가-힣A-Za-z)\]”’"'][.!?…]+[”’"']?)(?:\s+|(?=[가-힣“‘"'(\[▲△◇■□○●-]))/gu;

/**
 * Splits one paragraph into sentences.
 * @param text A paragraph.
 * @returns Its sentences, trimmed, with offsets; a paragraph without a stop is one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  // Extractors ask again for the same paragraph once per mention (`sentenceAt`); splitting it
  // each time made a long one-paragraph article quadratic. The last answer is kept (frozen, so
  // a caller cannot change what the next caller gets).
  if (text === lastText) return lastSentences;
  const out: Sentence[] = [];
  let last = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index;
    push(out, text, last, end);
    last = end + m[0].length;
  }
  push(out, text, last, text.length);
  lastText = text;
  lastSentences = Object.freeze(out) as Sentence[];
  return lastSentences;
}

let lastText: string | null = null;
let lastSentences: Sentence[] = [];

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

/**
 * What a reader typed → the words handed to Pagefind. Korean readers type a noun with its
 * particle (`서초구가`), with or without spaces, with joiners (`장애인ㆍ치매`), and while an input
 * method is still composing the last syllable (`스마트ㅅ`). The index side (index-terms.ts)
 * makes every part of a word findable by its start, so the query side only has to cut and strip.
 */
import { splitText, endsWithLoneJamo, normalizeText } from './tokens.ts';
import { PARTICLES, stripParticle } from '../pipeline/korean/particles.ts';

const PARTICLE_SET = new Set(PARTICLES);

/** A query ready for Pagefind, with what the page needs to highlight it. */
export interface NormalizedQuery {
  /** The words sent to Pagefind, space-separated; empty when nothing searchable is left. */
  readonly text: string;
  /** The same words as a list, in the order typed, without duplicates. */
  readonly terms: readonly string[];
}

/**
 * Normalises a reader's query: NFC and lower case, a trailing lone jamo dropped (the input method
 * is still composing it), words cut at joiners and punctuation, the particle (조사) stripped from
 * each word when two syllables or more remain, words that are only a particle dropped.
 * `서초구가 스마트 쉼터를` → `서초구 스마트 쉼터`; `<img src=x>` → `img src x`.
 * @param raw The text in the search box.
 * @returns The normalised query; `text` is empty when nothing is left to search.
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  let input = normalizeText(raw);
  while (endsWithLoneJamo(input)) input = [...input.trimEnd()].slice(0, -1).join('');

  const terms: string[] = [];
  for (const tokens of splitText(input)) {
    for (const token of tokens) {
      if (PARTICLE_SET.has(token) && terms.length > 0) continue;
      const term = stripParticle(token);
      if (!terms.includes(term)) terms.push(term);
    }
  }
  return { text: terms.join(' '), terms };
}

/**
 * Bare (unquoted) initiative names in running text: `…센터`, `…축제`, `…조례`, `…사업` and the
 * other head nouns of `program-words.ts`. A name ends in its head noun (a particle may follow)
 * and runs back over plain nouns until a word that ends a description or a clause: a particle
 * (`구는`, `…을`), a verb form (`운영하는`, `위한`), a quantity or time word (`2019년`, `올해`),
 * punctuation. What is found must be specific (`망원 청년창업센터`, not `일자리센터`).
 */
import { PARTICLES } from '../korean/particles.ts';
import {
  CATEGORY_NOUNS,
  COUNTER_WORD,
  HEADS,
  PLACE_HEADS,
  PROGRAM_VERBS,
  SCHOOL_NAME,
  STOP_WORDS,
  VENUE_AFTER,
} from '../korean/program-words.ts';
import { endsInVerbForm, trailingParticle } from '../korean/word-endings.ts';
import { isGenericName, isSpecific, wordsOf } from './program-name.ts';

/** A bare name and where it is in its paragraph. */
export interface BareName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const AFTER_HEAD = [...PARTICLES, '인', '이자'].sort((a, b) => b.length - a.length);
const HEAD_AT_WORD_END = new RegExp(
  `(?:${HEADS.map(escape).join('|')})(?=(?:${AFTER_HEAD.map(escape).join('|')})?(?:[\\s,.)\\]』」’”'"·ㆍ/]|$))`,
  'gu',
);
const CLOSING_PUNCT = /[,.;:!?…)\]”’"'」』]$/u;
const BULLET_START = /^[▲△◇◆■□○●•※-]+/u;
const MAX_WORDS = 6;
// An office before a unit of it (`관악구청 청년정책과`): what follows is a department, not a name.
const INSTITUTION = /(?:구청|시청|구의회|주민센터|복지센터)$/u;
const COPULA_AFTER_CATEGORY = new RegExp(`(?:${CATEGORY_NOUNS.map(escape).join('|')})(?:인|이자|이며)$`, 'u');
// `청년 창업 공간인 마포청년나루를 개관했다`: after `<category>인`, a name that a verb of opening
// or running takes (one to three words, the last with its particle).
const APPOSITIVE = new RegExp(
  `((?:${CATEGORY_NOUNS.map(escape).join('|')})(?:인|이자)\\s)([^\\s,.'"‘’“”]+(?:\\s[^\\s,.'"‘’“”]+){0,2}?)(?:을|를|이|가|은|는|도)\\s(?:\\S+\\s){0,2}?(?:${PROGRAM_VERBS.map(escape).join('|')})`,
  'gu',
);

/**
 * Finds the bare names of a paragraph.
 * @param text One paragraph.
 * @param skip Says whether an offset lies in a region already read (a quote, speech, a list
 *   item whose name was taken).
 * @returns The names in order, each once per place it is written.
 */
export function findBareNames(text: string, skip: (at: number) => boolean): BareName[] {
  const out: BareName[] = [];
  for (const m of text.matchAll(HEAD_AT_WORD_END)) {
    const end = m.index + m[0].length;
    if (skip(m.index) || continuesCompound(text, end) || isDescriptorOrVenue(m[0], text.slice(end))) continue;
    let start = wordStart(text, m.index);
    if (BULLET_START.test(text.slice(start, m.index))) start += BULLET_START.exec(text.slice(start))![0].length;
    if (/['"‘’“”「『(]/u.test(text.slice(start, m.index).charAt(0))) continue;
    start = extendBack(text, start, skip);
    const name = text.slice(start, end).trim();
    if (!name || isGenericName(name) || !isSpecific(name) || SCHOOL_NAME.test(name)) continue;
    out.push({ name, start, end });
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const start = m.index + m[1]!.length;
    const name = m[2]!;
    if (skip(start) || out.some((b) => b.start <= start && start < b.end)) continue;
    if (!wordsOf(name).every(isNamePart) || isGenericName(name)) continue;
    out.push({ name, start, end: start + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * True when a head is a descriptor of the name after it (`진로체험 프로그램인 ‘…’`, `대표 축제인
 * …`) or a place written as a venue (`구민체육센터에서`, `…센터 2층`).
 */
function isDescriptorOrVenue(head: string, after: string): boolean {
  if (/^(?:인|이자)\s/u.test(after)) return true;
  return PLACE_HEADS.includes(head) && VENUE_AFTER.test(after);
}

/**
 * True when the next word also ends in a head noun (`노원 청년정책 네트워크`): the name is the
 * longer phrase, found at that head.
 */
function continuesCompound(text: string, end: number): boolean {
  const next = /^ (\S+)/u.exec(text.slice(end));
  if (!next) return false;
  const word = next[1]!.replace(/[,.)’”'"」』]+$/u, '');
  const stem = word.slice(0, word.length - (trailingParticle(word)?.length ?? 0));
  return HEADS.some((h) => stem.endsWith(h));
}

/** Offset where the word holding `at` begins. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/u.test(text.charAt(i - 1))) i--;
  return i;
}

/** Walks back from a head word's start over the plain nouns of its name. */
function extendBack(text: string, start: number, skip: (at: number) => boolean): number {
  let pos = start;
  for (let n = 1; n < MAX_WORDS; n++) {
    const gap = text.slice(0, pos).match(/\s+$/u);
    if (!gap || gap[0].length > 2) break;
    const wordEnd = pos - gap[0].length;
    let from = wordStart(text, wordEnd);
    let word = text.slice(from, wordEnd);
    if (skip(from) || CLOSING_PUNCT.test(word)) break;
    const bullet = BULLET_START.exec(word);
    if (bullet) {
      word = word.slice(bullet[0].length);
      from += bullet[0].length;
    }
    if (!word || !isNamePart(word)) break;
    pos = from;
    if (bullet) break;
  }
  return pos;
}

/** True when a word can stand inside a name (a plain noun, not a particle or verb form). */
function isNamePart(word: string): boolean {
  if (STOP_WORDS.has(word) || COUNTER_WORD.test(word) || /^제\d+회$/u.test(word)) return false;
  if (/['"‘’“”「」『』]/u.test(word) || /^[(（]/u.test(word)) return false;
  if ((word.match(/[(（]/gu) ?? []).length !== (word.match(/[)）]/gu) ?? []).length) return false;
  if (COPULA_AFTER_CATEGORY.test(word) || INSTITUTION.test(word)) return false;
  return !trailingParticle(word) && !endsInVerbForm(word);
}

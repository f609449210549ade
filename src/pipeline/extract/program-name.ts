/**
 * Tests and trims shared by the three sources of program names (quoted, listed, bare): what the
 * head noun of a phrase is, whether a phrase is specific enough to be a name, and how a trailing
 * action (`… 구축`) or classifier (`… 사업`) comes off.
 */
import { DISTRICTS } from '../korean/districts.ts';
import { isWhiteSpace } from '../char-codes.ts';
import {
  ABSTRACT_ENDS,
  ACTION_SUFFIXES,
  DETERMINERS,
  FACILITY_KINDS,
  GENERIC_NAMES,
  OFFICE_NAMES,
  PLACE_HEADS,
  HEADS,
  STRONG_HEADS,
  TOPIC_WORDS,
  VERBAL_NOUNS,
} from '../korean/program-words.ts';

/**
 * A matcher for the longest of `nouns` a word ends in: only the nouns ending in the word's last
 * character are compared, in place (the extractor runs on every word of every story, so no scan of
 * the list and no strings made).
 * @returns A function giving the noun that `text` ends in, or null; `start` and `end` (default: the
 *   whole text) read a word inside a longer text without slicing it out.
 */
export function suffixMatcher(nouns: readonly string[]): (text: string, start?: number, end?: number) => string | null {
  // Per last character (as a code: a number is looked up without making a one-character string),
  // the nouns ending in it, longest first.
  const byLast = new Map<number, string[]>();
  for (const n of [...new Set(nouns)].sort((a, b) => b.length - a.length)) {
    const code = n.charCodeAt(n.length - 1);
    const list = byLast.get(code);
    if (list) list.push(n);
    else byLast.set(code, [n]);
  }
  return (text, start = 0, end = text.length) => {
    if (end <= start) return null;
    const candidates = byLast.get(text.charCodeAt(end - 1));
    if (candidates === undefined) return null;
    for (const n of candidates) {
      if (n.length <= end - start && text.startsWith(n, end - n.length)) return n;
    }
    return null;
  };
}

/** The head noun a word ends in (`청년일자리센터` → `센터`), or null. */
export const headOf = suffixMatcher(HEADS);

/** True when `word` ends in one of `nouns`. */
export function endsWithAny(word: string, nouns: readonly string[]): boolean {
  return nouns.some((n) => word.endsWith(n));
}

/** The words of a phrase (split on white space: what `/\S+/gu` matches, without a regex). */
export function wordsOf(phrase: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < phrase.length; i++) {
    if (isWhiteSpace(phrase.charCodeAt(i))) {
      if (from >= 0) out.push(phrase.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push(phrase.slice(from));
  return out;
}

/**
 * Drops a trailing action noun (`구축`, `운영`…) written as its own word.
 * @param name A candidate name.
 * @param onlyAfterHead Drop it only when what remains ends in a head noun (`…예약시스템 구축`
 *   → `…예약시스템`, but `새싹초 안전한 등굣길 조성` stays): used for quoted names, which are
 *   kept as written unless the action is plainly outside the thing named.
 * @returns The name without the action, or the name itself.
 */
export function stripAction(name: string, onlyAfterHead: boolean): string {
  const words = wordsOf(name);
  if (words.length < 2 || !ACTION_SUFFIXES.includes(words[words.length - 1]!)) return name;
  const rest = words.slice(0, -1).join(' ');
  if (onlyAfterHead && !headOf(words[words.length - 2]!)) return name;
  return rest;
}

/**
 * Drops a classifier `사업` written as its own word after a name that is a thing, not an
 * activity: `안심 손잡이 사업` → `안심 손잡이`, but `폐현수막 재활용 사업` keeps it (재활용 is
 * a verbal noun: without 사업 it is an act, not a name).
 */
export function stripClassifier(name: string): string {
  const words = wordsOf(name);
  if (words.length < 3 || words[words.length - 1] !== '사업') return name;
  const before = words[words.length - 2]!;
  if (endsWithAny(before, VERBAL_NOUNS) || /화$/u.test(before)) return name;
  return words.slice(0, -1).join(' ');
}

/** True when the phrase's last word is an abstract or verbal noun (`…행정`, `…활성화`). */
export function endsAbstract(phrase: string): boolean {
  const last = wordsOf(phrase).pop() ?? '';
  return endsWithAny(last, ABSTRACT_ENDS) || /(?:화|성|력|감)$/u.test(last);
}

/** True when a word says nothing specific before a head: a determiner, or (strictly) a topic. */
function isGenericWord(word: string, strict: boolean): boolean {
  return DETERMINERS.has(word) || (strict && TOPIC_WORDS.has(word)) || (/형$/u.test(word) && !districtPrefix(word));
}

/**
 * True when a name is no name: a head noun alone (`사업`), a facility every district has
 * (`동 주민센터`), or a head noun after words of no specificity (`다양한 혁신사업`, `이번 사업`,
 * `핵심정책`). One topic word glued to a head (`청년정책`) is generic too.
 * @param strict For bare names in running text: topic words count as generic as well
 *   (`청년 일자리 사업`, `일대일 멘토링`); quoted and listed names may be made of them.
 */
export function isGenericName(name: string, strict = true): boolean {
  const compact = name.replace(/\s+/gu, '');
  if (GENERIC_NAMES.has(compact) || GENERIC_NAMES.has(compact.replace(/^동/u, ''))) return true;
  const words = wordsOf(name);
  const last = words[words.length - 1] ?? '';
  // `거주지 동 주민센터`, `… 조성 업무협약`: every district's offices and agreements, whatever is said of them.
  // A quoted agreement is one the writer names (`‘치매 어르신 실종 예방 업무협약’을 맺었다`).
  if (OFFICE_NAMES.has(last) && (strict || last !== '업무협약')) return true;
  const head = headOf(last);
  const lead = head ? last.slice(0, -head.length) : last;
  const modifiers = [...words.slice(0, -1), ...(lead ? [lead] : [])];
  if (!head) return words.length === 1 && isGenericWord(last, true);
  if (modifiers.length === 0) return true;
  // `실내 놀이터`, `무더위쉼터`: a facility of a kind.
  const facility = PLACE_HEADS.includes(head) || head === '부엌';
  const generic = (w: string, strictly: boolean) => isGenericWord(w, strictly) || (strictly && facility && FACILITY_KINDS.has(w));
  if (words.length === 1 && generic(lead, true)) return true;
  return modifiers.every((w) => generic(w, strict));
}

/**
 * A district's name or short name written as a word of its own (`구로`, `동대문`, `관악구`): districts
 * open their initiatives' names with it (`구로 중장년 일자리 지원센터`, `‘중구 백년가게’`). `중` alone
 * is too common a syllable to count.
 */
export const DISTRICT_WORDS: ReadonlySet<string> = new Set(
  DISTRICTS.flatMap((d) => (d.short.length > 1 ? [d.name, d.short] : [d.name])),
);

/** True when a word is (or starts with) a district's name, short name or `X형` (`서초`, `성동형`). */
export function districtPrefix(word: string): boolean {
  return DISTRICTS.some((d) => word.startsWith(d.name) || (d.short.length > 1 && word.startsWith(d.short)));
}

/**
 * True when a bare name carries a sign that it is a proper name, not a description: a district
 * prefix, digits or latin letters, brackets, a hyphen or middle dot, or at least two words before
 * a head that are not all generic. Names ending in a strong head need only one specific word.
 */
// Counts and ordinals: of persons (`1인가구`), terms (`1학기`), rounds and cohorts (`2기`, `3차`).
const PERSONS = /\d+(?:인|학기|기|차|회)/gu;

export function isSpecific(name: string): boolean {
  const words = wordsOf(name);
  if (words.some(districtPrefix)) return true;
  // Digits make a name specific (`4050 일자리센터`), but not a count (`1인가구 지원 사업`, `1학기 강좌`).
  if (/[0-9A-Za-z()（）\-ㆍ·]/u.test(name.replace(PERSONS, ''))) return true;
  const last = words[words.length - 1] ?? '';
  const head = headOf(last);
  if (!head) return false;
  const lead = last.slice(0, -head.length);
  const specific = [...words.slice(0, -1), ...(lead ? [lead] : [])].filter((w) => !isGenericWord(w, true));
  if (STRONG_HEADS.includes(head)) return specific.length >= 1;
  return specific.length >= 2;
}

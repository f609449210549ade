/**
 * The Korean the generator needs to write grammatical sentences: particles chosen by the last
 * syllable's final consonant (받침), and date phrases relative to the article date in the forms
 * news uses (`오는 3월 11일까지`, `지난 9일`, `내달 5일`, `’21.5월` …).
 */
import type { Random } from './random.ts';
import { finalConsonant as syllableFinal } from '../../../src/pipeline/korean/word-endings.ts';

// The particle agrees with the word before a closing parenthetical or quote:
// `양천구(구청장 김민서)가`, `‘스마트 센터’를`.
function finalConsonant(word: string): number | null {
  const bare = word.replace(/\([^()]*\)$/, '').replace(/[’”'"]+$/, '');
  const f = syllableFinal(bare.slice(-1));
  if (f >= 0) return f;
  if (/[0-9]$/.test(bare)) return /[013678]$/.test(bare) ? 1 : 0;
  return null;
}

/**
 * Attaches the right form of a particle pair: `josa('센터', '을', '를')` → `센터를`.
 * @param word The word.
 * @param withFinal The form after a final consonant (`을`, `은`, `이`, `으로`).
 * @param withoutFinal The form after a vowel (`를`, `는`, `가`, `로`).
 */
export function josa(word: string, withFinal: string, withoutFinal: string): string {
  const f = finalConsonant(word);
  // 으로/로: a final ㄹ (index 8) takes 로, as after a vowel.
  const useFinal = f !== null && f !== 0 && !(withFinal === '으로' && f === 8);
  return word + (useFinal ? withFinal : withoutFinal);
}

/** An article date split into numbers; `day` is null for a month-precise date. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

const DOW = ['일', '월', '화', '수', '목', '금', '토'];

function addMonths(d: { readonly year: number; readonly month: number }, n: number): { year: number; month: number } {
  const m = d.month - 1 + n;
  return { year: d.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1 };
}

function dow(year: number, month: number, day: number): string {
  return DOW[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** The four kinds of date mention the typed model knows. */
export type DateKind = 'deadline' | 'period' | 'event' | 'past';

/**
 * Writes a date phrase of the given kind relative to the article date.
 * @param r Random source.
 * @param d The article date.
 * @param kind Which kind of mention to write.
 * @returns The phrase as it appears in a sentence (`오는 4월 14일까지`).
 */
export function datePhrase(r: Random, d: Ymd, kind: DateKind): string {
  const next = addMonths(d, r.int(1, 3));
  const day = r.int(1, 28);
  switch (kind) {
    case 'deadline':
      return r.chance(0.7) ? `오는 ${next.month}월 ${day}일까지` : `${next.month}월 말까지`;
    case 'period': {
      const end = addMonths(next, r.int(1, 5));
      const form = r.int(0, 2);
      if (form === 0) return `${next.month}월 ${day}일부터 ${end.month}월 ${r.int(1, 28)}일까지`;
      if (form === 1) return `오는 ${next.month}월부터 ${end.month}월까지`;
      const last = Math.min(day + r.int(1, 3), 28);
      return `${next.month}월 ${day}일(${dow(next.year, next.month, day)})~${last}일(${dow(next.year, next.month, last)})`;
    }
    case 'event': {
      const form = r.int(0, 3);
      if (form === 0) return `내달 ${day}일`;
      if (form === 1) return `${next.month}월 중`;
      if (form === 2) return `내년 ${r.int(1, 6)}월`;
      return `오는 ${next.month}월 ${day}일`;
    }
    case 'past': {
      const form = r.int(0, 2);
      if (form === 0 && d.day !== null && d.day > 2) return `지난 ${r.int(1, d.day - 1)}일`;
      if (form === 1) return `지난해 ${r.int(1, 12)}월`;
      const before = addMonths(d, -r.int(6, 30));
      return `’${String(before.year % 100).padStart(2, '0')}.${before.month}월`;
    }
  }
}

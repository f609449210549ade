/**
 * Dates written by weekday: `이번 주말`, `금요일까지`, `다음 주 화요일`, `지난주 목요일`, `지난 금요일`,
 * `시상식은 금요일 열린다`. Broadcast and wire copy dates the days of the week it is filed in so; the
 * day is known only against an article dated to the day (an article dated `YYYY-MM` gets none).
 * A week runs from Monday to Sunday, as 표준국어대사전 and Korean calendars count it. Recurring days
 * (`매주 토요일`, `매월 둘째 주 토요일`, `토요일마다`), opening days (`화요일부터 일요일까지`) and a
 * weekday in brackets after a date
 * (`10월 17일(토)`, read by date-points.ts) are not dates here.
 */
import { RECURRING_BEFORE_SOURCE, WEEKDAYS } from '../korean/date-words.ts';
import type { Tense, YMD } from './date-points.ts';

/** A weekday date found in a paragraph. */
export interface WeekdayDate {
  readonly start: number;
  /** Offset just past the span (`까지`/`부터` included when written). */
  readonly end: number;
  readonly value: YMD;
  /** Written with `까지`: a deadline. */
  readonly until: boolean;
}

// The day word, found by its text (`…요일`, `주말`), then what stands before and after it read there:
// `이번 주말`, `다음 주 화요일`, `지난주 목요일`, `오는 금요일`, `금요일`. `주말` counts only after a
// relative word (`주말에는 쉰다` dates nothing).
const DAY_WORD = /[월화수목금토일]요일|주말/gu;
const REL_BEFORE = /(?<rel>이번|다음|지난|오는)\s?(?<week>주)?\s?$/u;
const TAIL_AFTER = /^\s?(?:까지|부터)/u;
// What may not stand right before a weekday date: a syllable (`토·일요일`'s 일 is read alone), a bracket.
const NOT_BEFORE = /[가-힣(·ㆍ]/u;
const RECURRING_BEFORE = new RegExp(`${RECURRING_BEFORE_SOURCE}[^.,]{0,10}$`, 'u');
const DAY_RANGE_AFTER = /^\s?(?:[~∼～-]|부터)?\s?[월화수목금토일]요일/u;
const DAY_RANGE_BEFORE = /(?:요일\s?(?:부터|[~∼～-])|[월화수목금토일]\s?[~∼～-])\s?$/u;
const DAY_MS = 86_400_000;

/**
 * Finds the weekday dates of a paragraph.
 * @param text A paragraph.
 * @param article The article date; it needs a day.
 * @param tenseAt The tense of the clause after an offset (a bare weekday in a past clause is the
 *   last one before the article date, else the next one on or after it).
 * @returns The dates, leftmost first; [] when the article has no day.
 */
export function scanWeekdayDates(text: string, article: YMD, tenseAt: (end: number) => Tense): WeekdayDate[] {
  if (article.m === null || article.d === null || !/요일|주말/u.test(text)) return [];
  const articleDay = Date.UTC(article.y, article.m - 1, article.d);
  const out: WeekdayDate[] = [];
  for (const m of text.matchAll(DAY_WORD)) {
    const weekend = m[0] === '주말';
    const rel = REL_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (weekend && !rel) continue;
    const start = rel ? m.index - rel[0].length : m.index;
    if (start > 0 && NOT_BEFORE.test(text.charAt(start - 1))) continue;
    const tail = TAIL_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 3))?.[0] ?? '';
    const end = m.index + m[0].length + tail.length;
    if (text.startsWith('마다', end)) continue;
    if (RECURRING_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // `화요일부터 일요일까지 문을 연다`: opening days, every week.
    if (!rel && (DAY_RANGE_AFTER.test(text.slice(end, end + 6)) || DAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) continue;
    const target = weekend ? WEEKDAYS['토']! : WEEKDAYS[m[0].charAt(0)]!;
    const inWeek = rel?.groups?.['week'] !== undefined || weekend;
    const day = resolveWeekday(articleDay, target, rel?.groups?.['rel'], inWeek, () => tenseAt(end));
    const date = new Date(day);
    const value = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
    out.push({ start, end, value, until: tail.includes('까지') });
  }
  return out;
}

/**
 * The day (UTC milliseconds) a weekday names. With `주` or `주말` it is that day of the article's
 * week, or of the week after (`다음`) or before (`지난`); without, `지난` (or a past clause) is the
 * last such day before the article date and anything else the next one on or after it.
 */
function resolveWeekday(articleDay: number, target: number, rel: string | undefined, inWeek: boolean, tense: () => Tense): number {
  const dow = new Date(articleDay).getUTCDay();
  if (inWeek) {
    const monday = articleDay - ((dow + 6) % 7) * DAY_MS;
    const weeks = rel === '다음' ? 1 : rel === '지난' ? -1 : 0;
    return monday + (weeks * 7 + ((target + 6) % 7)) * DAY_MS;
  }
  if (rel === '지난' || (rel !== '오는' && tense() === 'past')) return articleDay - (((dow - target + 6) % 7) + 1) * DAY_MS;
  return articleDay + ((target - dow + 7) % 7) * DAY_MS;
}

/**
 * Date mentions of one story (PRODUCT.md → DateMention): every date written in it, as the exact
 * span, resolved against the article date, with its kind. Points come from date-points.ts; this file
 * joins them into periods (`3월부터 11월까지`, `5월 7일(화)~9일(목)`, `3~5월`) and deadlines
 * (`오는 3월11일까지`), and decides `event` or `past`.
 *
 * Which years alone count: a year by itself (`2019년`, `2021년도 …평가`, `올해`) mostly dates a
 * background fact or is part of a name (`2022년 … 위원`, `2021년도 … 혁신평가`), or starts a streak
 * (`2018년부터 3년 연속`); the reference labels keep none of these. A year alone is kept only when the
 * text makes it a schedule: a deadline (`2025년까지`, `올해 말까지`), one end of a period
 * (`2023년부터 2025년까지`), a date marked ahead (`오는 2030년`) or a year after the article's
 * (`2026년 준공 예정`, a plan); never when it bounds a streak (`올해까지 4년 연속`). A half-year
 * (`올해 하반기 착공`, `지난해 상반기`) is always kept, at year precision since the model has no unit
 * between a year and a month: news writes a half-year to schedule or date a step, as it writes a month.
 */
import { isCalendarDate, type DateMention } from '../schema.ts';
import type { Paragraph } from '../types.ts';
import { splitSentences, sentenceAt, type Sentence } from '../korean/sentences.ts';
import {
  BACKWARD_MARKER,
  FORWARD_MARKER,
  NONPAST_TENSE_SOURCE,
  PAST_TENSE_SOURCE,
  RANGE_TILDES,
} from '../korean/date-words.ts';
import {
  compareYMD,
  formatYMD,
  isYearOnly,
  resolveParts,
  scanDatePoints,
  type DateParts,
  type DatePoint,
  type LazyTense,
  type Tense,
  type YMD,
} from './date-points.ts';
import { scanWeekdayDates } from './date-weekdays.ts';

const TIME = String.raw`(?:\s?(?:오전|오후|낮|밤|저녁|새벽))?\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분|\s?반)?|\s?\d{1,2}:\d{2}`;
// `올해 하반기`, `2021년 상반기`: a half-year written after a year.
const HALF_YEAR = /[상하]반기(?:\s?중)?$/u;
const UNTIL = new RegExp(String.raw`^(?:${TIME})?\s?까지`, 'u');
const FROM = new RegExp(String.raw`^(?:${TIME})?\s?부터\s?`, 'u');
const TILDE = new RegExp(String.raw`^(?:${TIME})?\s?[${RANGE_TILDES}]\s?`, 'u');
// `5월 7~9일`, `2022년 3~5월`: a bare number and a tilde between a date and its end.
const PARTIAL_GAP = new RegExp(String.raw`^\s?(\d{1,2})\s?[${RANGE_TILDES}]\s?$`, 'u');
// `지난 16~17일`, `2023~2025년`: the start written as a bare number (a 4-digit one for years).
const PARTIAL_BEFORE = new RegExp(
  String.raw`(?:(${FORWARD_MARKER}|${BACKWARD_MARKER})\s?)?(?<![\d.,])(\d{1,2})\s?[${RANGE_TILDES}]\s?$`,
  'u',
);
const PARTIAL_YEAR_BEFORE = new RegExp(String.raw`(?<![\d.,])((?:19|20)\d{2})\s?[${RANGE_TILDES}]\s?$`, 'u');
// `올해까지 4년 연속`, `2018년부터 3년 연속`: a year that bounds a streak (see the note above).
const STREAK_AFTER = /^\s?(?:까지|부터)?\s?(?:\d+\s?(?:년|회|번)\s?)?(?:연속|째)/u;
// `내년에도 …하겠다`, `올해도`: "in that year too" carries on what is done now; it schedules nothing.
const ALSO_AFTER = /^\s?(?:에도|도)(?![가-힣])/u;
const PAST = new RegExp(PAST_TENSE_SOURCE, 'u');
const NONPAST = new RegExp(NONPAST_TENSE_SOURCE, 'u');

/** A date found in one paragraph, before evidence is attached (`at`: its offset in the paragraph). */
export interface Found {
  readonly at: number;
  readonly text: string;
  readonly start: string;
  readonly end: string | null;
  readonly kind: DateMention['kind'];
}

/**
 * Every date written in one story.
 * @param paragraphs The story's paragraphs (text without the byline); `index` is the evidence.
 * @param articleDate The article date, `YYYY-MM` or `YYYY-MM-DD`, that relative dates resolve against.
 * @returns The mentions in text order; the same span with the same value is listed once.
 */
export function extractDates(paragraphs: readonly Paragraph[], articleDate: string): DateMention[] {
  const article = parseArticleDate(articleDate);
  if (!article) return [];
  const out: DateMention[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const found of datesInText(p.text, article)) {
      const f = withinPeriod(found, out, article, p.text);
      const key = [f.text, f.start, f.end, f.kind].join('|');
      // `2월 30일` names no day: a typo or a misread, not a date to list.
      if (seen.has(key) || !isCalendarDate(f.start) || (f.end !== null && !isCalendarDate(f.end))) continue;
      seen.add(key);
      const { text, start, end, kind } = f;
      out.push({ text, start, end, kind, evidence: { paragraph: p.index, sentence: sentenceAt(p.text, f.at) } });
    }
  }
  return out;
}

// `4일`, `첫날인 4일`: a day written alone, no month, no 지난/오는.
const BARE_DAY = /^(\d{1,2})\s?일(?:\s?\([월화수목금토일]\))?$/u;

// `…을 진행한다고 28일 밝혔다`: the day the news was given, the article's own.
const REPORTED = /^[^.!?]{0,6}(?:밝혔|전했|말했|발표했|설명했|알렸)/u;
// A sentence closed in the past tense (`27일 … 발대식을 열었다`).
const PAST_CLOSE = /(?:[았었였했됐웠졌켰쳤렸났냈섰봤줬갔왔]다|[았었였했됐]습니다)[.!?”’"')\]]*\s*$/u;

/**
 * `10월 4일부터 6일까지 … 연다` and later `첫날인 4일 오후 6시에는 …`: a day written alone that falls within a period
 * the story gave in another month is that period's day, not the article month's. Not the day the news was given
 * (`… 28일 밝혔다`), and not a day told in the past tense when the period is still ahead (`27일 … 발대식을 열었다`).
 */
function withinPeriod(f: Found, earlier: readonly DateMention[], article: YMD, text: string): Found {
  const day = BARE_DAY.exec(f.text);
  if (!day || f.end !== null || REPORTED.test(text.slice(f.at + f.text.length))) return f;
  const n = Number(day[1]);
  for (const d of earlier) {
    if (d.kind !== 'period' || d.end === null || d.start.length !== 10 || d.start.slice(0, 7) !== d.end.slice(0, 7)) continue;
    const [from, to] = [Number(d.start.slice(8)), Number(d.end.slice(8))];
    if (n < from || n > to || d.start.slice(0, 7) === f.start.slice(0, 7)) continue;
    const start = `${d.start.slice(0, 8)}${String(n).padStart(2, '0')}`;
    const value = { y: Number(start.slice(0, 4)), m: Number(start.slice(5, 7)), d: n };
    if (compareYMD(value, article) > 0 && PAST_CLOSE.test(sentenceAt(text, f.at))) continue;
    return { ...f, start, kind: compareYMD(value, article) < 0 ? 'past' : 'event' };
  }
  return f;
}

/**
 * The dates written in one paragraph.
 * @param text The paragraph.
 * @param article The article date, parsed.
 * @returns Periods, deadlines and single dates, leftmost first.
 */
export function datesInText(text: string, article: YMD): Found[] {
  const points = scanDatePoints(text);
  const out: Found[] = [];
  if (points.length === 0) return withWeekdays(text, article, out, null);
  const sentences = splitSentences(text);
  for (let i = 0; i < points.length; i++) {
    const p = joinedDay(text, points, i);
    const next = points[i + 1];
    // (`배출일을 10월 1일 하루로 정하고 … 당부했다`: a day something is set to is ahead, whatever tense reports the setting.)
    const tense = lazily(() => (SET_TO.test(text.slice(p.end, p.end + 16)) ? 'future' : tenseAfter(text, sentences, p.end)));
    // `5월 7~9일`, `2022년 3~5월`: this point gives the higher units, the number after it the start.
    const gap = next ? PARTIAL_GAP.exec(text.slice(p.end, next.start)) : null;
    if (next && gap && fitsPartial(p, next)) {
      const startParts = { ...p, ...lowestUnit(next, Number(gap[1])) };
      const range = period(text, article, p.start, startParts, next, p.marker, tense);
      if (range) {
        out.push(range.found);
        i++;
        continue;
      }
    }
    // `3~5월`, `7~9일`: the number before this point is the start in this point's lowest unit.
    const head = text.slice(i > 0 ? points[i - 1]!.end : 0, p.start);
    const before = isYearOnly(p) ? PARTIAL_YEAR_BEFORE.exec(head) : (PARTIAL_BEFORE.exec(head) ?? consecutivePair(head, p));
    if (before) {
      const from = p.start - before[0].length;
      const n = Number(before.at(-1));
      const marker = before[1] === FORWARD_MARKER ? 'forward' : before[1] === BACKWARD_MARKER ? 'backward' : null;
      const range = period(text, article, from, { ...p, ...lowestUnit(p, n) }, p, marker, tense);
      if (range) {
        out.push(range.found);
        continue;
      }
    }
    const rest = text.slice(p.end);
    const joiner = FROM.exec(rest) ?? TILDE.exec(rest);
    if (next && joiner && p.end + joiner[0].length === next.start) {
      const isFrom = joiner[0].includes('부터');
      const range = period(text, article, p.start, p, next, p.marker, tense);
      // `A부터 B` is a period only when B closes it with 까지; `A~B` always is.
      if (range && (!isFrom || range.closed)) {
        out.push(range.found);
        i++;
        continue;
      }
    }
    const until = UNTIL.exec(rest);
    const from = until ? null : FROM.exec(rest);
    const value = resolveParts(p, article, p.marker, tense);
    if (!value) continue;
    const scheduled = until !== null || p.marker === 'forward' || value.y > article.y || HALF_YEAR.test(text.slice(p.start, p.end));
    if (isYearOnly(p) && (!scheduled || STREAK_AFTER.test(rest) || ALSO_AFTER.test(rest))) continue;
    const end = p.end + (until ? until[0].length : from ? from[0].trimEnd().length : 0);
    // `이달부터 … 시작했다`: what starts in the article's own month (or day) runs on: an event.
    const kind = until ? 'deadline' : from && compareYMD(value, article) === 0 ? 'event' : pastOrEvent(value, article, p.marker, tense);
    out.push({ at: p.start, text: text.slice(p.start, end).trim(), start: formatYMD(value), end: null, kind });
  }
  return withWeekdays(text, article, out, sentences);
}

/**
 * `다음 달 14일과 15일`, `오는 3일, 10일`: a bare day joined to a dated day before it takes that day's month,
 * year and marker (written once for both); stored back, so a range read from it later sees them too.
 */
function joinedDay(text: string, points: DatePoint[], i: number): DatePoint {
  const p = points[i]!;
  const prev = points[i - 1];
  if (!prev || p.day === null || p.month !== null || p.monthOffset !== null || p.year !== null || p.yearOffset !== null) return p;
  if (prev.day === null || !JOINED_DAY.test(text.slice(prev.end, p.start))) return p;
  if (prev.month === null && prev.monthOffset === null && prev.marker === null) return p;
  const joined = { ...p, year: prev.year, yearOffset: prev.yearOffset, month: prev.month, monthOffset: prev.monthOffset, marker: p.marker ?? prev.marker };
  points[i] = joined;
  return joined;
}

const JOINED_DAY = /^\s?(?:과|와|및|,|·)\s?$/u;

/** Adds the dates written by weekday (date-weekdays.ts) that no other date's span covers. */
function withWeekdays(text: string, article: YMD, out: Found[], known: readonly Sentence[] | null): Found[] {
  let sentences = known;
  const tenseAt = (at: number) => tenseAfter(text, (sentences ??= splitSentences(text)), at);
  const days = scanWeekdayDates(text, article, tenseAt);
  if (days.length === 0) return out;
  for (const w of days) {
    if (out.some((f) => f.at <= w.start && w.start < f.at + f.text.length)) continue;
    const kind = w.until ? 'deadline' : compareYMD(w.value, article) >= 0 ? 'event' : 'past';
    out.push({ at: w.start, text: text.slice(w.start, w.end).trim(), start: formatYMD(w.value), end: null, kind });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A period from `startParts` (written from `from`) to the point `last`, or null when it runs backwards. */
function period(
  text: string,
  article: YMD,
  from: number,
  startParts: DateParts,
  last: DatePoint,
  marker: DatePoint['marker'],
  tense: LazyTense,
): { found: Found; closed: boolean } | null {
  const s = resolveParts(startParts, article, marker, tense);
  if (!s) return null;
  const e = resolveParts(last, article, last.marker ?? marker, tense, s);
  if (!e || compareYMD(s, e) > 0 || formatYMD(s) === formatYMD(e)) return null;
  const until = UNTIL.exec(text.slice(last.end));
  const to = last.end + (until ? until[0].length : 0);
  // `2018년부터 2020년까지 3년 연속`: years bounding a streak, not a schedule.
  if (isYearOnly(startParts) && STREAK_AFTER.test(text.slice(to))) return null;
  const found: Found = { at: from, text: text.slice(from, to).trim(), start: formatYMD(s), end: formatYMD(e), kind: 'period' };
  return { found, closed: until !== null };
}

/** True when `p` holds exactly the units above `next`'s lowest one (`5월` + `9일`, `2022년` + `5월`). */
function fitsPartial(p: DatePoint, next: DatePoint): boolean {
  const pHasMonth = p.month !== null || p.monthOffset !== null;
  const nextHasMonth = next.month !== null || next.monthOffset !== null;
  if (next.day !== null && !nextHasMonth) return pHasMonth && p.day === null;
  if (next.day === null && nextHasMonth) return isYearOnly(p) && next.year === null && next.yearOffset === null;
  return false;
}

/** `n` in `p`'s lowest written unit: the day when it has one, else the month, else the year. */
const SET_TO = /^\s?(?:하루|당일)?\s?(?:으로|로)\s(?:정하|정해|정했|지정|변경|연기|늦추|늦춰|미루|미뤄|옮기|옮겨)/u;

// `설 당일과 다음 날인 12·13일`, `3·4월`: two units in a row joined by a middle dot, one span.
const PAIR_BEFORE = new RegExp(String.raw`(?:(${FORWARD_MARKER}|${BACKWARD_MARKER})\s?)?(?<![\d.,·ㆍ])(\d{1,2})[·ㆍ]$`, 'u');

/** PAIR_BEFORE's match when its number is the one right before the point's lowest unit (`12·13일`), else null. */
function consecutivePair(head: string, p: DateParts): RegExpExecArray | null {
  const m = PAIR_BEFORE.exec(head);
  const last = p.day ?? (isYearOnly(p) ? null : p.month);
  return m && last !== null && Number(m[2]) + 1 === last ? m : null;
}

function lowestUnit(p: DateParts, n: number): Partial<DateParts> {
  if (p.day !== null) return { day: n };
  return isYearOnly(p) ? { year: n, yearOffset: null } : { month: n, monthOffset: null };
}

/**
 * `event` (on or after the article date) or `past`. When the date only overlaps the article date
 * (`8일` in a `2022-02` article), `지난`/`오는` decide, then the clause's tense; else event.
 */
function pastOrEvent(value: YMD, article: YMD, marker: DatePoint['marker'], tense: LazyTense): 'past' | 'event' {
  const c = compareYMD(value, article);
  if (c !== 0) return c < 0 ? 'past' : 'event';
  // Equal at the same precision is the article's own day (or month): on it, so an event.
  if ((value.m === null) === (article.m === null) && (value.d === null) === (article.d === null)) return 'event';
  if (marker) return marker === 'backward' ? 'past' : 'event';
  return tense() === 'past' ? 'past' : 'event';
}

/** `read` as a lazy tense: called at most once, when first asked for. */
function lazily(read: () => Tense): LazyTense {
  let known: { tense: Tense } | null = null;
  return () => (known ??= { tense: read() }).tense;
}

/** The tense of the first verb after `at` in its sentence (see date-words.ts), or null. */
function tenseAfter(text: string, sentences: readonly Sentence[], at: number): Tense {
  const sentence = sentences.find((s) => s.start <= at && at <= s.start + s.text.length);
  let rest = sentence ? sentence.text.slice(at - sentence.start) : text.slice(at);
  // `“6월 말까지 설치를 마치는 것이 목표”라며 말했다` (or in straight quotes): a date inside a quotation is
  // read by the quotation's own verbs, not by the verb of saying after it.
  const before = sentence ? sentence.text.slice(0, at - sentence.start) : text.slice(0, at);
  const close = countOf(before, '“') > countOf(before, '”') ? rest.indexOf('”') : countOf(before, '"') % 2 === 1 ? rest.indexOf('"') : -1;
  if (close !== -1) rest = rest.slice(0, close);
  const past = PAST.exec(rest);
  const nonpast = NONPAST.exec(rest);
  if (!past && !nonpast) return null;
  if (past && (!nonpast || past.index < nonpast.index)) return 'past';
  return /예정|계획|방침|[할될릴]|겠/.test(nonpast![0]) ? 'future' : 'nonpast';
}

function countOf(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/** `YYYY-MM[-DD]` → its parts; null for anything else. */
function parseArticleDate(date: string): YMD | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] === undefined ? null : Number(m[3]) };
}

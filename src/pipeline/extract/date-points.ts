/**
 * Finding single dates ("points") in a paragraph and resolving them against the article date.
 * extract/dates.ts joins points into ranges and deadlines and decides their kind; this file only
 * knows what one written date means (`지난 9일`, `오는 3월11일`, `’21.5월`, `내년 1월`, `2022.3.5.`).
 */
import {
  BACKWARD_MARKER,
  COUNT_BEFORE,
  DAY_CHANGE_AFTER_SOURCE,
  DAY_COUNT_AFTER,
  FORWARD_MARKER,
  PART_WORDS,
  RANGE_TILDES,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  YEAR_PART_MONTHS,
  WEEKDAY_SOURCE,
  WEEKDAYS,
  YEAR_APOSTROPHES,
} from '../korean/date-words.ts';

/** A date as written: each unit absolute, relative to the article, or absent. */
export interface DateParts {
  /** Absolute year (`2022년`, `’21`). */
  readonly year: number | null;
  /** Years from the article's year (`내년` → 1). */
  readonly yearOffset: number | null;
  readonly month: number | null;
  /** Months from the article's month (`내달` → 1). */
  readonly monthOffset: number | null;
  readonly day: number | null;
  /** The weekday written in brackets after the day (`10월 17일(토)`: 6, 0 for Sunday), if any. */
  readonly weekday?: number | null;
}

/** One written date with its span in the paragraph text. */
export interface DatePoint extends DateParts {
  /** Offset of the first character (the `오는`/`지난` marker when there is one). */
  readonly start: number;
  /** Offset just past the date, its weekday bracket and its part word (`중`, `말`). */
  readonly end: number;
  readonly marker: 'forward' | 'backward' | null;
}

/** A calendar value with the precision it was written in. */
export interface YMD {
  readonly y: number;
  readonly m: number | null;
  readonly d: number | null;
}

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const relMonths = alt(Object.keys(RELATIVE_MONTHS).map((w) => w.replace(/달$/, String.raw`\s?달`)));
const relYears = alt(Object.keys(RELATIVE_YEARS).filter((w) => w !== '올'));
const ap = `[${YEAR_APOSTROPHES}]`;
// `연말`, `연초` as words of their own (not `연말정산`, `연초록`): a particle or nothing may follow.
// `상반기 중`, `하반기에`: a half-year written alone is this year's.
// (The word is matched first and the syllable before it checked after: a pattern opening with a
// lookbehind would be tried at every character of a paragraph.)
const halfYear = String.raw`[상하]반기(?<![가-힣][상하]반기)(?=$|[^가-힣]|까지|부터|에|중|을|이|의)`;
const yearWords = alt(Object.keys(YEAR_PART_MONTHS));
const yearParts = String.raw`(?:${yearWords})(?<![가-힣](?:${yearWords}))(?=$|[^가-힣]|까지|부터|에|으로|을|이|의|께|경|쯤)`;

// `4.18.`: a month and day written with dots, as official notices write a range's ends.
const tilde = `[${RANGE_TILDES}]`;
const monthDay = String.raw`\d{1,2}\.\s?\d{1,2}`;
const dotted = String.raw`${monthDay}\.`;

// Where a date can begin (a marker, then a year, a month, a day or a relative word): checked first so
// the regex below is only tried there, which keeps a scan of a long article fast.
const START = new RegExp(
  String.raw`(?=(?:(?:${FORWARD_MARKER}|${BACKWARD_MARKER})\s?)?(?:(?:19|20)\d{2}\s?(?:년|[.\-/]\s?\d)|${ap}\d{2}|\d{1,2}\s?(?:월|일|\.\s?\d{1,2}\.?\s?\(|\.\s?\d{1,2}\.\s?${tilde}|\.\s?\d{1,2}\.(?=까지|부터))|(?<=${tilde}\s?)${dotted}|${relYears}|올\s?\d|${relMonths}|${yearWords}|[상하]반기))`,
).source;

// One regex for a written date; every part is optional, so empty matches are dropped afterwards.
const POINT = new RegExp(
  START +
  String.raw`(?:(?<mark>${FORWARD_MARKER}|${BACKWARD_MARKER})(?![해달]|\s달)\s?)?(?<![\d.,:])(?:` +
    // 2022.3.5. / 2022-03-05 / ’21.5월
    String.raw`(?<ny>(?:19|20)\d{2}|${ap}\d{2})\s?[.\-/]\s?(?<nm>\d{1,2})\s?(?:[.\-/]\s?(?<nd>\d{1,2})(?!\d)\.?|월)` +
    '|' +
    // 11. 30.(목), 4.18.~4.20., 10.10.까지: month and day with dots, only before a weekday, as either end
    // of a range of two such, or closed by a stop before 까지/부터 (else it could be a decimal)
    String.raw`(?<sm>\d{1,2})\.\s?(?<sd>\d{1,2})(?:\.?(?=\s?${WEEKDAY_SOURCE})|\.(?=\s?${tilde}\s?${dotted})|(?<=${tilde}\s?${monthDay})\.|\.(?=까지|부터))` +
    '|' +
    // 2022년 3월 5일 / 내년 1월 / 지난달 28일 / 9일 / 2019년
    String.raw`(?:(?:(?<y>(?:19|20)\d{2})\s?년도?|${ap}(?<yy>\d{2})\s?년|(?<ry>${relYears}|올(?=\s?\d{1,2}\s?월)))\s?)?` +
    String.raw`(?:(?:(?<m>\d{1,2})\s?월|(?<![가-힣])(?<rm>${relMonths})(?!의))(?:\s?(?<d>\d{1,2})\s?일)?|(?<d2>\d{1,2})\s?일|(?<ye>${yearParts})|(?<hy>${halfYear}))?` +
    ')' +
    // The weekday in brackets, captured: it tells the year of a date written without one.
    String.raw`(?:\s?\((?<wd>[월화수목금토일])(?:요일)?\))?` +
    String.raw`(?:\s?(?<part>${alt(PART_WORDS)})(?:께|경|쯤)?(?=$|[^가-힣]|까지|부터|에|으로|을|이|의))?`,
  'uy',
);

// How every date START allows begins: a digit, a year's apostrophe, a marker or a relative word.
// POINT is tried (sticky) only where one stands: a global search would run START's alternation
// at every character of the paragraph.
// (Year-part and half-year words by their plain text: the checks around them stay in POINT, which
// runs only where a date can start.)
// A digit right after a digit, a stop, a comma or a colon starts no date (POINT's `(?<![\d.,:])`, and
// no marker begins with a digit): the rest of a number that is no date (`120명`, `02-2600-1234`) is
// passed over without trying POINT at each of its digits. A digit or an apostrophe is taken only
// where a date's shape follows, as START asks (a year, a month or day and its unit or dot; `’21`):
// most numbers (`120명`, `3개`) and every quotation's ‘ ’ start none, and trying POINT there was
// two thirds of its tries.
const CAN_START = new RegExp(String.raw`(?<![\d.,:])\d(?=\d{0,3}\s?[년월일.\-/])|${ap}(?=\d{2})|${FORWARD_MARKER}|${BACKWARD_MARKER}|${relYears}|올|${relMonths}|${yearWords}|상반기|하반기`, 'g');
const APOSTROPHE = new RegExp(ap);

// Glued to `일` (`3일간`, `5일장`) any listed word makes a count; after a space a word of two or
// more syllables (`7일 이내`, `2~3일 소요된다`), a one-syllable word only whole (`3일 전`, not
// `8일 전시회`), or a count (`1일 2회`, but not the hour in `1일 0시부터`).
const longCounts = DAY_COUNT_AFTER.filter((w) => w.length > 1);
const shortCounts = DAY_COUNT_AFTER.filter((w) => w.length === 1);
const COUNT_AFTER = new RegExp(
  String.raw`^(?:(?:${alt(DAY_COUNT_AFTER)})|\s?(?:${alt(longCounts)})|\s?(?:${alt(shortCounts)})(?![가-힣])|\s?\d+\s?(?:회|번|차|명|개|건|곳|시간|끼|만|천|%))`,
  'u',
);
const DAY_CHANGE_AFTER = new RegExp(DAY_CHANGE_AFTER_SOURCE, 'u');
const COUNT_BEFORE_RE = new RegExp(String.raw`(?:^|[\s(])(?:${alt(COUNT_BEFORE)})\s?$`, 'u');
// COUNT_BEFORE_RE is read on the text just before a date: a space or bracket, a word, a space. Read
// on this many characters it answers as on the whole text before (a match through `^` would need
// the word to fill the window), without scanning from the paragraph's start at every date.
const NIGHTS_BEFORE = /\d\s?박\s?$/u;
const COUNT_BEFORE_REACH = Math.max(...COUNT_BEFORE.map((w) => w.length)) + 2;

/**
 * Finds every written date in `text`, leftmost first, without overlaps.
 * @param text A paragraph.
 * @returns The points; lengths (`3일간`), frequencies (`주 3일`, `매년 3월`) and counts are left out.
 */
export function scanDatePoints(text: string): DatePoint[] {
  const out: DatePoint[] = [];
  // The leftmost match from `from` on, as a global search would find it: POINT tried at each place
  // a date can start; after an empty match the search moves on by one character.
  for (let from = 0; ; ) {
    CAN_START.lastIndex = from;
    const start = CAN_START.exec(text)?.index;
    if (start === undefined) break;
    POINT.lastIndex = start;
    const m = POINT.exec(text);
    from = start + (m?.[0].length || 1);
    if (!m) continue;
    const g = m.groups ?? {};
    const point = toPoint(g, start, start + m[0].trimEnd().length);
    if (!point) continue;
    const dayOnly = point.day !== null && point.month === null && point.monthOffset === null;
    const monthFirst = point.year === null && point.yearOffset === null;
    // A count rather than a date: `3일간`, `1일 2회`, `주 3일`, `매월 15일`, `매년 3월`. The first
    // 일 of the match is the day's (nothing written before a day holds that syllable).
    const hasDay = g['d'] !== undefined || g['d2'] !== undefined;
    const afterDay = hasDay ? text.slice(text.indexOf('일', start) + 1) : '';
    if (hasDay && (COUNT_AFTER.test(afterDay) || (dayOnly && !point.marker && DAY_CHANGE_AFTER.test(afterDay)))) continue;
    const before = text.slice(Math.max(0, point.start - COUNT_BEFORE_REACH), point.start);
    if ((dayOnly || monthFirst) && point.marker === null && COUNT_BEFORE_RE.test(before)) continue;
    // `1박2일`, `2박 3일`: nights and days, a stay's length.
    if (dayOnly && NIGHTS_BEFORE.test(before)) continue;
    out.push(point);
  }
  return out;
}

function toPoint(g: Record<string, string | undefined>, start: number, end: number): DatePoint | null {
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  const marker = g['mark'] === FORWARD_MARKER ? 'forward' : g['mark'] === BACKWARD_MARKER ? 'backward' : null;
  if (g['ny'] !== undefined) {
    const raw = g['ny'].replace(APOSTROPHE, '');
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    return valid({ start, end, marker, year, yearOffset: null, month: num(g['nm']), monthOffset: null, day: num(g['nd']) });
  }
  if (g['sm'] !== undefined) {
    return valid({ start, end, marker, year: null, yearOffset: null, month: num(g['sm']), monthOffset: null, day: num(g['sd']) });
  }
  const year = g['y'] !== undefined ? Number(g['y']) : g['yy'] !== undefined ? 2000 + Number(g['yy']) : null;
  // A half-year or the year's end or start alone (`상반기 중`, `연말까지`) is the article's year's.
  const ownYear = (g['hy'] !== undefined || g['ye'] !== undefined) && year === null ? 0 : null;
  const yearOffset = g['ry'] !== undefined ? RELATIVE_YEARS[g['ry']] ?? null : ownYear;
  const monthOffset = g['rm'] !== undefined ? RELATIVE_MONTHS[g['rm'].replace(/\s/g, '')] ?? null : null;
  const day = num(g['d'] ?? g['d2']);
  // `올해 말`, `2015년 말`: a year's end is its December, as `연말` is; `올해 초` its January, as `연초`.
  const yearPart = (g['part'] === '말' || g['part'] === '초') && g['m'] === undefined && g['rm'] === undefined && g['d2'] === undefined && (year !== null || yearOffset !== null);
  const month = g['ye'] !== undefined ? YEAR_PART_MONTHS[g['ye']]! : yearPart ? (g['part'] === '말' ? 12 : 1) : num(g['m']);
  if (year === null && yearOffset === null && month === null && monthOffset === null && day === null) return null;
  // A year and a day with no month between them is not a date (`2022년 5일`).
  if ((year !== null || yearOffset !== null) && month === null && monthOffset === null && day !== null) return null;
  const weekday = g['wd'] !== undefined ? WEEKDAYS[g['wd']]! : null;
  return valid({ start, end, marker, year, yearOffset, month, monthOffset, day, weekday });
}

function valid(p: DatePoint): DatePoint | null {
  if (p.month !== null && (p.month < 1 || p.month > 12)) return null;
  if (p.day !== null && (p.day < 1 || p.day > 31)) return null;
  return p;
}

/** True when only a year is written (`2019년`, `내년`): the caller decides whether it is a date. */
export function isYearOnly(p: DateParts): boolean {
  return p.month === null && p.monthOffset === null && p.day === null;
}

/** Which way a clause points in time when nothing else says: from its verb's tense, see date-words.ts. */
export type Tense = 'past' | 'nonpast' | 'future' | null;

/**
 * A clause's tense, read when first asked for: few dates need it (a month or day without a year,
 * a date overlapping the article's), and reading it means scanning the rest of the sentence.
 */
export type LazyTense = () => Tense;

/**
 * Resolves written parts to a calendar value, as precise as written.
 * @param p The parts.
 * @param article The article date (`YYYY-MM` or `YYYY-MM-DD`) parsed.
 * @param marker `오는` (forward) / `지난` (backward) written before the date, or null.
 * @param tense The clause's tense (read on demand), used only for a month or day written without a year.
 * @param anchor For the end of a range: the resolved start, whose units fill the ones not written.
 * @returns The value, or null when it cannot be placed.
 */
export function resolveParts(
  p: DateParts,
  article: YMD,
  marker: DatePoint['marker'],
  tense: LazyTense,
  anchor: YMD | null = null,
): YMD | null {
  const artMonth = article.m ?? 1;
  let y = p.year ?? (p.yearOffset !== null ? article.y + p.yearOffset : null);
  let m = p.month;
  if (p.monthOffset !== null) {
    const total = (y ?? article.y) * 12 + (artMonth - 1) + p.monthOffset;
    [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  }
  const d = p.day;
  if (y !== null) return { y, m, d };
  if (anchor) return fromAnchor(anchor, m, d);
  if (m !== null) return { y: yearOfWeekday(m, d, p.weekday, article) ?? yearOfMonth(m, article, marker, tense), m, d };
  // A day alone lies in the article's month, or the one before/after when a marker and the
  // article's own day say so (`지난 28일` in an article of the 3rd is last month). Without a marker,
  // an earlier day in a clause still to come is next month's (`개막식은 4일 … 열리며` in an article
  // of the 22nd, after `다음달 4일부터`).
  let month = artMonth;
  let year = article.y;
  if (article.d !== null && d !== null) {
    if (marker === 'backward' && d > article.d) month -= 1;
    if (marker === 'forward' && d < article.d) month += 1;
    if (marker === null && d < article.d && isAhead(tense())) month += 1;
    if (month === 0) [year, month] = [year - 1, 12];
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return { y: year, m: month, d };
}

/** True for a clause that speaks of what is still to come (`열린다`, `열리며`, `열릴 예정이다`). */
function isAhead(tense: Tense): boolean {
  return tense === 'nonpast' || tense === 'future';
}

function fromAnchor(anchor: YMD, m: number | null, d: number | null): YMD {
  if (m !== null) return { y: anchor.m !== null && m < anchor.m ? anchor.y + 1 : anchor.y, m, d };
  let y = anchor.y;
  let month = anchor.m;
  if (month !== null && d !== null && anchor.d !== null && d < anchor.d) {
    month += 1;
    if (month === 13) [y, month] = [y + 1, 1];
  }
  return { y, m: month, d };
}

/**
 * The year of a day written with its weekday but no year (`10월 17일(토)`): of the article's year
 * and the years either side, the one in which that day falls on that weekday, when only one does.
 */
function yearOfWeekday(m: number, d: number | null, weekday: number | null | undefined, article: YMD): number | null {
  if (d === null || weekday === null || weekday === undefined) return null;
  const fits = [article.y, article.y + 1, article.y - 1].filter((y) => new Date(Date.UTC(y, m - 1, d)).getUTCDay() === weekday);
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The year of a month written without one: `오는 1월` in a December article is next year, `지난 11월`
 * in a February article last year; otherwise the article's year unless the clause's tense rules it
 * out (a past clause about a later month is last year; a planned one about a month long gone, next).
 */
function yearOfMonth(m: number, article: YMD, marker: DatePoint['marker'], lazyTense: LazyTense): number {
  const am = article.m ?? 1;
  if (marker === 'forward') return m >= am ? article.y : article.y + 1;
  if (marker === 'backward') return m <= am ? article.y : article.y - 1;
  const tense = lazyTense();
  if (tense === 'past' && m > am) return article.y - 1;
  if ((tense === 'future' && m < am) || (tense === 'nonpast' && am - m >= 6)) return article.y + 1;
  return article.y;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a resolved value. */
export function formatYMD(v: YMD): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (v.m === null) return String(v.y);
  return v.d === null ? `${v.y}-${pad(v.m)}` : `${v.y}-${pad(v.m)}-${pad(v.d)}`;
}

/** Compares two values at the precision both have: negative, 0 (same or overlapping), positive. */
export function compareYMD(a: YMD, b: YMD): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === null || b.m === null) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === null || b.d === null) return 0;
  return a.d - b.d;
}

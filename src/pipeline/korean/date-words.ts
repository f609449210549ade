/**
 * Words Korean news uses to write dates, as data for extract/dates.ts. Source: the date and time
 * expressions of 표준국어대사전 (NIKL) and the 공문서 날짜 표기 of 행정업무운영 편람 (`2022. 3. 5.(토)`),
 * limited to the forms district news writes: `오는 3월11일까지`, `지난 9일`, `내달 5일`, `지난해 9월`,
 * `’21.5월`, `5월 7일(화)~9일(목)`, `3월중`, `다음 달 말까지`.
 */

/** Relative year words (no space inside) → offset in years from the article's year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  올해: 0,
  금년: 0,
  // `올` is `올해` shortened; it only counts before a month (`올 3월`), see dates.ts.
  올: 0,
  내년: 1,
  명년: 1,
  지난해: -1,
  작년: -1,
  전년: -1,
};

/** Relative month words → offset in months from the article's month (spaces inside are optional). */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  이달: 0,
  이번달: 0,
  금월: 0,
  내달: 1,
  다음달: 1,
  익월: 1,
  지난달: -1,
  // `전달`/`전월` are left out: far more often 전달 "delivery" and 전월세 "jeonse and monthly rent".
};

/**
 * The year's end and start as months (`연말까지` → December of the year meant, `내년 연초` → January):
 * month precision, as a month written alone.
 */
export const YEAR_PART_MONTHS: Readonly<Record<string, number>> = { 연말: 12, 연초: 1 };

/**
 * Markers written before a date: `오는` points forward from the article date, `지난` back.
 * They decide the year of a month written alone and the kind when the date overlaps the article's.
 */
export const FORWARD_MARKER = '오는';
export const BACKWARD_MARKER = '지난';

/**
 * Parts of a month or year written after it (`3월중`, `3월 말까지`, `올해 상반기까지`). They stay in
 * the span but add no precision: the date keeps the unit that was written; except a year's end
 * (`올해 말`, `2015년 말`), read as its December like `연말` (YEAR_PART_MONTHS).
 */
export const PART_WORDS: readonly string[] = ['초순', '중순', '하순', '상반기', '하반기', '초', '중', '말', '경', '께', '쯤'];

/** A weekday in brackets after a day, kept in the span: `(화)`, `(화요일)`. */
export const WEEKDAY_SOURCE = String.raw`\((?:[월화수목금토일](?:요일)?)\)`;

/** Weekdays by their syllable, 0 for Sunday as `Date.getUTCDay` counts them. */
export const WEEKDAYS: Readonly<Record<string, number>> = { 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };

/**
 * Words before a weekday that make it recurring, not one day: `매주 토요일`, `매월 둘째 주 토요일`,
 * `매달 마지막 주 금요일`, `평일과 주말`. Source: 표준국어대사전's frequency adverbs.
 */
export const RECURRING_BEFORE_SOURCE = String.raw`(?:매주|매월|매달|매년|격주|주\s?\d\s?회|째\s?주|마지막\s?주|첫\s?주|평일|주중)`;

/** Range separators between two dates: `~` and its full-width and wave-dash look-alikes. */
export const RANGE_TILDES = '~∼～〜';

/** Apostrophes that stand for a century in a two-digit year (`‘21.5월`, `’21년`). */
export const YEAR_APOSTROPHES = "‘’'`´";

/**
 * Words right after `N일` that make it a length or a count, not a day of the month: `3일간`,
 * `7일 이내`, `5일장`, `1일 평균`. Source: 표준국어대사전 의존명사/접미사 `간`,
 * `째`, `장`, `치` and the quantity words news pairs with a number of days.
 */
export const DAY_COUNT_AFTER: readonly string[] = [
  '간', '동안', '이내', '이상', '이하', '미만', '초과', '만에', '째', '마다', '씩', '분', '치', '장', '절',
  '가량', '여', '정도', '내', '당', '전', '후', '평균', '최대', '최소', '연속', '소요',
];

/**
 * What follows a day alone that makes it an amount changing, not a date: `21일에서 9일로 줄였다`,
 * `9일로 단축` (`9일로 연기` stays a date: dates move too).
 */
export const DAY_CHANGE_AFTER_SOURCE = String.raw`^(?:에서\s?\d|(?:으로|로)\s?(?:줄|단축|늘|확대|축소|감소|증가))`;

/**
 * Words right before `N일` or `N월` that make them a frequency or a quantity: `주 3일`, `월 2일`,
 * `매월 15일`, `매년 3월`, `최대 5일`, `하루`. Source: the same dictionary's frequency adverbs.
 */
export const COUNT_BEFORE: readonly string[] = [
  '주', '월', '연', '년', '매주', '매월', '매달', '매년', '해마다', '격주', '격월', '최대', '최소', '총', '약',
  '평균', '무려', '단', '최장', '최단', '하루', '연간', '월간', '주간',
];

// `위한`, `대한`, `통한`, `향한`, `관한`, `의한`, `인한` are fixed adnominals that work as postpositions
// (`초등학생을 위한`: "for"), timeless, so they date no clause. So are the adnominals of verbs that
// relate one thing to another (`검사를 포함한 검진을 실시한다`: "including"; `비롯한`, `연계한`,
// `활용한`, `관련된`): they describe a noun, and the clause's own verb comes after. An adnominal before
// `뒤`, `후` (`10월 말까지 시범 운영한 뒤 … 정한다`: "after running") dates nothing either.
const TIMELESS_ADNOMINAL = String.raw`(?:[위대통향관의인]|포함|비롯|겸|연계|활용|이용|접목|결합|반영|고려|감안|겨냥|기반|바탕|관련|연관)[한된]`;
/**
 * Verb endings that date a clause, for a date that falls in the article's own month when the article
 * gives no day (`8일 … 선정됐다` is past, `3월중 … 게재되며` is not). Source: the past
 * pre-final ending `-았/었/였-` (contracted `했`, `됐`, …) and the past adnominal `-ㄴ` of 하다/되다
 * verbs; the non-past forms are the present `-ㄴ다/-는다`, `-며` (`하며`, `열리며`), `-ㄹ 예정/계획` and
 * the future `-겠-`.
 */
export const PAST_TENSE_SOURCE =
  String.raw`(?:[았었였했됐웠졌켰쳤렸났냈섰봤줬갔왔](?:다|고|으며|는데|던|지만|습니다|음)|(?<![가-힣])(?!${TIMELESS_ADNOMINAL}(?:\s|$))[가-힣]+(?:한|된|받은|열린|린)(?=\s|$)(?!\s(?:뒤|후|다음|이후)(?:에|에는|부터)?(?![가-힣]))|[한된]\s?바)`;
export const NONPAST_TENSE_SOURCE =
  String.raw`(?:겠(?:다|고|으며|습니다|어요)|[한된린진는]다(?:고|며|는)?(?![가-힣])|[하되이리]며|[할될릴]\s?(?:예정|계획|방침)|예정|계획|[하되]는(?=\s)|[할될릴](?=\s))`;

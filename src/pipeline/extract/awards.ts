/**
 * Awards and evaluation results a story's district received (PRODUCT.md → Award).
 *
 * A result is a grade (`우수기관`, `최우수상`, `대상`…) or a prize (`대통령상`, `국무총리 표창`…)
 * followed by a verb of receiving (`으로 선정됐다`, `을 수상한`, `의 영예를 안았다`). Not results:
 * sentences that only explain an evaluation (no verb of receiving), results not yet given
 * (`표창을 수여받게 되며`, `선정될 예정`), results of a class of bodies (`우수기관에 선정된
 * 지방자치단체는 …`), and results whose subject is another district or a person.
 *
 * The evaluation's name: the one named in the sentence before the result; else, when the sentence
 * points back at it (`이번 평가에서`), the one the story is about, with its year and organizer; else
 * (`앞서 구는 … 대통령상을 2년 연속 수상한 바 있다`) an earlier edition of the same evaluation: its
 * series name (`정부혁신평가`) without organizer, and with a year only when the sentence writes one
 * (`앞서 구는 2015년에도 같은 대회에서 …`). A prize handed over at the ceremony (`시상식에서 … 표창을
 * 받았다`) belongs to the evaluation just reported.
 * With no evaluation in the story at all, the prize or grade itself names the award.
 */
import type { Award } from '../schema.ts';
import type { Paragraph } from '../types.ts';
import { splitSentences } from '../korean/sentences.ts';
import { DISTRICT_NAMES } from '../korean/districts.ts';
import { OTHER_CITIES } from '../korean/places.ts';
import {
  AWARD_VERBS,
  GIVERLESS_PRIZE_SOURCE,
  GRADE_SOURCE,
  HANGUL_GRADE_SOURCE,
  LETTER_GRADE_SOURCE,
  NOT_YET_SOURCE,
  PRIZE_SOURCE,
  RANK_GRADE,
  ROW_SELECTED_SOURCE,
  SAME_EVALUATION_SOURCE,
  SHORT_GRADES,
} from '../korean/award-words.ts';
import { findEvaluations, findOrganizer, mayNameEvaluation, seriesName, type EvaluationMention } from './award-names.ts';

/** A grade and/or prize written together (`최우수상인 ‘대통령상’`), with its span. */
interface Core {
  readonly start: number;
  readonly end: number;
  readonly grade: string | null;
  readonly prize: string | null;
  /** Joined by a verb of selection (`최우수기관으로 뽑혀 대통령 표창`): received by that verb. */
  readonly selected?: boolean;
  /** A prize that counts only joined to a grade ({@link GIVERLESS_PRIZE_SOURCE}). */
  readonly giverless?: boolean;
  /** A quoted contest received whole (`‘2020 대한민국 지방자치 행정대상’을 수상`): its name, not a prize. */
  readonly contest?: boolean;
}

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const QUOTE_OPEN = `[‘“'"「]?`;
const QUOTE_CLOSE = `[’”'"」]?`;
const AFTER_WORD = '(?=[^가-힣]|$|으로|로|에|을|를|이|인|의|과|와|도)';
const GRADE = new RegExp(`(?<![가-힣])${QUOTE_OPEN}(${GRADE_SOURCE})${AFTER_WORD}${QUOTE_CLOSE}`, 'gu');
const PRIZE = new RegExp(`(?<![가-힣])${QUOTE_OPEN}(${PRIZE_SOURCE})${QUOTE_CLOSE}`, 'gu');
// Most sentences hold no grade and no prize. GRADE and PRIZE open with a lookbehind, which makes
// the engine try every character; these plain tests (a grade word anywhere; the 상 or 표창 every
// prize ends in) are several times faster and spare the full scan where it cannot match.
const GRADE_HINT = new RegExp(GRADE_SOURCE, 'u');
const PRIZE_HINT = /상|표창/u;
// `‘올해의 단체장상’을 받았다`: a prize of any name, quoted and received.
const QUOTED_PRIZE = /[‘“'"「]([^’”'"」‘“]{2,20}상)[’”'"」](?=\s?(?:을|를)\s?(?:받|수상|차지|안))/gu;
// `‘2020 대한민국 지방자치 행정대상’을 수상했다`: a contest named `…대상` (several words), received
// whole: the award is the contest, with no grade or prize written.
const CONTEST = /\s\S*대상$/u;
const LETTER_GRADE = new RegExp(`(?<![A-Za-z])${QUOTE_OPEN}(${LETTER_GRADE_SOURCE})${QUOTE_CLOSE}\\s?등급`, 'gu');
// `가등급`, `‘가’ 등급`: a Hangul letter grade, glued or quoted (never `다 등급`, spaced and bare).
const HANGUL_GRADE = new RegExp(`(?<![가-힣])(?:(${HANGUL_GRADE_SOURCE})등급|[‘“'"「](${HANGUL_GRADE_SOURCE})[’”'"」]\\s?등급)`, 'gu');
const GIVERLESS_PRIZE = new RegExp(`(?<![가-힣])(${GIVERLESS_PRIZE_SOURCE})`, 'gu');
// `최우수 등급`, `SA 등급`: the grade is the word before 등급 (등급 is the word "grade" itself), as
// a label like `우수기관` is written; `1등급` keeps it, a digit alone saying nothing.
// A letter grade glued to it (`A등급`) is kept as written, as LETTER_GRADE reads it.
const GRADE_WORD = /(?<=[가-힣])\s?등급$|(?<=[A-Za-z])\s등급$/u;
// A sentence about an earlier edition: `앞서 …`, `… 수상한 바 있다`, `지난해에도`.
const EARLIER_EDITION = /앞서|바\s?있|지난해|작년|그동안|이전에|과거|역대/u;
// `지난해에 이어 2년 연속 수상이다.`, `2023년부터 3년 연속 최우수기관이다.`, `2018년부터 3년 연속이다.`,
// `… 오른 것은 2년 연속이다.`: a streak written after the award, in a sentence of its own.
// `이로써 구는 5년 연속 최고 등급을 받게 됐다.`: the same with the grade's object between.
// `3년 연속 이 대회에서 수상하는 기록을 세웠다`, `2년 연속 우수기관에 오르며`: the same with the contest
// referred back to, or the grade reached.
const STREAK_SENTENCE =
  /연속\s?(?:으로\s?)?(?:(?:이|같은|해당|본)\s[가-힣]{1,8}(?:에서|에)\s?)?(?:수상|선정|받|(?:[가-힣0-9A-Z]{0,8}\s?[가-힣0-9A-Z]{1,8})?(?:이다|였다|이었다|이며|이고)(?![가-힣])|(?:[가-힣A-Z]+\s){0,2}[가-힣A-Z]*(?:(?:을|를)\s?(?:받|수상|차지|이어|기록)|(?<=(?:기관|등급|상|구|자치구)\s?(?:자리|타이틀|지위)?)(?:을|를)\s?(?:지켰|지켜|지키|유지)|(?<=(?:기관|등급|상|구|자치구))(?:에|으로|로)\s?(?:오르|올라|올랐|오른|선정|뽑)))/u;
// `시상식에서 … 표창을 받았다`: the ceremony where the evaluation's prize was handed over.
const CEREMONY = /(?:시상식|수여식|전수식|시상\s?행사)/u;
// `앞서 구는 2015년에도 …`: the year an earlier edition's result is written with.
const EDITION_YEAR = /(?<![\d.])((?:19|20)\d{2})\s?년(?:도)?(?:에도|에는|에|엔)?(?![가-힣\d])/gu;
// `같은 대회에서 … 받은 바 있다`: the same series, an earlier edition.
// `… 받은 데 이어 2년 연속`, `…에 이어 3년 연속`: an earlier result the streak goes on from.
const RESULT_NAMED = /^[’”'"」]?\s?(?:결과|이다|였다)/u;
const CONTINUED_BY_STREAK = /^[^.!?]{0,20}?\s?(?:이어|뽑혀|선정돼|선정되어|받아|받으며|올라)\s?(?:[^.!?]{0,12}\s)?\d+\s?년\s?연속/u;
const SAME_SERIES = /같은\s?(?:[가-힣]{0,8}\s)?[가-힣]{0,4}(?:평가|심사|대회|대전|공모전|시상식)/u;
const JOINED = /^\s?(?:인|이자|으로|과|와|및|,|\()?\s?$/u;
// `최우수기관으로 뽑혀 대통령 표창과 …`, `우수기관에 선정돼 국무총리상을 …`: a grade, the past
// connective of being selected, then the prize that selection brings. The connective reports the
// selection as done, so the prize is received whatever verb closes the sentence.
// `대상을 받아 장관상을 받는다`: a grade received, then the prize it brings, the same way; the day
// it was handed over may stand between (`…으로 선정돼 지난 7일 대통령 표창과 …`).
const JOINED_BY_SELECTION =
  /^\s?(?:(?:으로|로|에)\s?(?:선정|지정|뽑)(?:돼|되어|됐고|되면서|되며|혀|히어|히며|혀서)|(?:을|를)\s?(?:받아|받아서|받으며|받고|수상해|수상하며|수상하고|차지해|차지하며|차지하고))(?:\s(?:지난|오는)?\s?\d{1,2}\s?일)?\s?$/u;
const STREAK_WORDS = String.raw`(?:(?:\d+\s?(?:년|회|번)\s?)?연속(?:으로)?\s?(?:\d+\s?(?:년|회)\s?)?(?:째\s?)?)`;
// `각각`, `나란히`, `모두`: adverbs of sharing out that stand between a result and its verb.
const SHARED = String.raw`(?:(?:각각|각기|나란히|모두|함께|공동으로)\s?)?`;
// `우수상과 함께 특별교부세 5000만원을 받는다`, `우수상(…표창)과 특별교부세 1억원을 받았다`: the grade and the money
// it brings, received together.
const TOGETHER_WITH = String.raw`(?:(?:과|와)\s?(?:함께\s?[^.,]{1,24}?|[^.,]{0,24}?(?:교부세|시상금|상금|포상금|인센티브|사업비|원))(?:을|를)\s?)`;
// `‘최우수’ 구로 선정`, `우수기관 표창을 받았다`: the grade of a district or body, or the commendation
// that comes with it, written after the grade.
const GRADE_NOUN = String.raw`(?:\s?(?:구|기관|자치구|지자체)(?=으로|로|에)|\s?(?:표창장|표창|인증패|상패)(?=을|를|\s))?`;
const RECEIVED = new RegExp(
  String.raw`^[)）’”'"」]*(?:\s?등급)?${GRADE_NOUN}\s?(?:${TOGETHER_WITH}|으로|로|에|을|를|이|가|인|이자|의)?\s?${SHARED}(?:영예를\s?)?${STREAK_WORDS}?(${alt(AWARD_VERBS)})`,
  'u',
);
// `대상`, `금상`…: only as the object of receiving (`대상을 수상`, `대상의 영예`), never `대상으로`.
const RECEIVED_SHORT = new RegExp(
  String.raw`^[)）’”'"」]*\s?(?:${TOGETHER_WITH}|을|의)?\s?(?:영예를\s?)?${STREAK_WORDS}?(수상|차지|받|거머쥐|거머줬|안았|영예|획득|석권)`,
  'u',
);
const NOT_YET = new RegExp(NOT_YET_SOURCE, 'u');
const ANNOUNCED = /^(?:받는다|수상한다)고?[.,]?$/u;
const LIST_COMMA = /^[’”'"」]?\s?(?:을|를|으로|로|에|이|가)?\s?,/u;
const ADNOMINAL = /(?:된|한|받은|뽑힌|차지한|안은)$/u;
const CLASS_NOUN = /(?:은|는|이|가|에는|에게|들은|들이|들에게)$/u;
// (`지난해에 이어 1등급을 받았다`: last year's result and this year's, two in a row; not before `N년 연속`,
// which says how many, nor `두 번째` (an edition), nor after another year (`2019년과 지난해에 이어`).)
const STREAK = /(\d+)\s?(?:년|회|번)\s?연속|연속\s?(\d+)\s?(?:년|회)|(\d+)\s?년\s?째|(?<!(?:과|와)\s)((?:지난해|작년|전년)에\s?이어)(?!\s?(?:올해(?:에)?도?\s)?(?:\d+\s?(?:년|회)|(?:두|세|네|다섯|\d+)\s?번째))/gu;
const SAME_EVALUATION = new RegExp(SAME_EVALUATION_SOURCE, 'u');
const BACK_REFERENCE = /^(?:이번|이|같은|해당|본)\s[가-힣]{0,4}(?:평가|심사|대회|대전|공모전|시상식)$/u;
const DISTRICT_SUBJECT = new RegExp(
  String.raw`(?<![가-힣])(${alt(DISTRICT_NAMES)})(?:\([^)]*\))?\s?(?:은|는|이|가|도|에서는)(?![가-힣])`,
  'gu',
);
const OTHER_CITY_BEFORE = new RegExp(`(?:${OTHER_CITIES.join('|')})(?:광역시|시)?\\s?$`, 'u');
const DISTRICT_NAME_SOURCE = `(?<![가-힣])(${alt(DISTRICT_NAMES)})`;
const DISTRICT_NAME = new RegExp(DISTRICT_NAME_SOURCE, 'u');
const CITY_SUBJECT_BEFORE = /[가-힣](?:시|군)(?:가|이|는|은)\s$/u;
// (And the winners of a contest the district holds: `‘초록나무’팀이 대상과 상금 300만원을 받았다`, `…아파트가 최우수상을`.)
const PERSON_SUBJECT = /(?:주무관|팀장|과장|국장|직원|공무원|씨|학생|주민|선수|작가|대표|팀|수상자|아파트|단지|업체|기업|동아리|학교)(?:이|가|은|는)\s/u;

/** The evaluation a story is about so far: the last one named where a result was given. */
interface Context {
  readonly name: string;
  readonly written: string;
  readonly year: number | null;
  readonly organizer: string | null;
}

/**
 * `[서울 구정 소식] 강북구, ‘2025 대한민국 스마트시티 혁신대상’ 받아 외` over `강북구는 … 스마트행정 부문 대상을
 * 받았다`: a result the text gives without naming its evaluation takes the one the headline names for the
 * story's district (its part of a roundup headline, or the whole headline when it names no other district).
 * @param awards The story's awards as the text gives them.
 * @param title The article's headline.
 * @param district The story's district.
 */
export function namedByHeadline(awards: readonly Award[], title: string, district: string): Award[] {
  const unnamed = awards.findIndex(isUnnamed);
  if (unnamed === -1) return [...awards];
  const part = headlinePart(title, district);
  const evaluation = part ? findEvaluations(part).find((e) => !awards.some((a) => a.name === e.name)) : undefined;
  if (!evaluation) return [...awards];
  const out = [...awards];
  const a = out[unnamed]!;
  out[unnamed] = { ...a, name: evaluation.name, year: a.year ?? evaluation.year, organizer: a.organizer ?? findOrganizer(part!, evaluation.end) };
  return out;
}

/**
 * `…‘2025년 지방자치단체 디지털 민원혁신 평가’에서 … 대상을 받았다. 같은 평가에서 영등포구는 최우수상, 광진구는 우수상을
 * 받았고 …` in another district's passage, then `최우수상(국무총리 표창)을 받은 영등포구는 …` in this story: a result the
 * story gives unnamed takes the evaluation of the sentence elsewhere in the article that gives this district the
 * same grade (the evaluation named in that sentence or the ones before it in its paragraph).
 * @param awards The story's awards.
 * @param paragraphs The article's paragraphs (residue left out).
 * @param district The story's district.
 * @param title The headline: when it names the district's evaluation, only that one (written in full) is taken.
 */
export function namedElsewhere(awards: readonly Award[], paragraphs: readonly Paragraph[], district: string, title = ''): Award[] {
  if (!awards.some(isUnnamed)) return [...awards];
  // The headline's evaluation for the district, if it names one: the body's must be that one (written in full).
  const part = title ? headlinePart(title, district) : null;
  const prefer = part ? findEvaluations(part)[0]?.name : undefined;
  return awards.map((a) => {
    if (!isUnnamed(a) || a.grade === null) return a;
    const given = new RegExp(`${district}(?:는|가|이|도)?\\s?(?:[^.,]{0,12}\\s)?[‘“'"]?${escapeRegExp(a.grade)}`, 'u');
    for (const [k, p] of paragraphs.entries()) {
      if (!p.text.includes(district) || !given.test(p.text)) continue;
      const sentences = splitSentences(p.text).map((s) => s.text);
      // (Not an earlier edition's: `강남구는 앞서 9월에도 최우수상을 받았다`, `지난해에는 강남구가 최우수상을 받았다`.)
      const at = sentences.findIndex((s) => given.test(s) && !EARLIER_EDITION.test(s));
      if (at === -1) continue;
      // The evaluation named in that sentence or before it in its paragraph, else in the paragraph before (a
      // roundup's lead names it, its next paragraph gives the row).
      const before = paragraphs[k - 1];
      const evaluation =
        sentences.slice(0, at + 1).flatMap((s) => findEvaluations(s)).at(-1) ?? (at === 0 && before ? splitSentences(before.text).flatMap((s) => findEvaluations(s.text)).at(-1) : undefined);
      if (evaluation && (!prefer || sameEvaluation(evaluation.name, prefer))) return { ...a, name: evaluation.name, year: a.year ?? evaluation.year };
    }
    return a;
  });
}

/**
 * True when two evaluation names are one: spaces, the city before it and `종합` aside, one holds the other (a
 * headline shortens `자치구 기후·환경 종합평가` to `서울시 자치구 기후·환경 평가` or `기후·환경 평가`).
 */
function sameEvaluation(a: string, b: string): boolean {
  const core = (name: string) => name.replace(/^서울(?:특별)?시\s?/u, '').replace(/종합|\s+/gu, '');
  const [x, y] = [core(a), core(b)];
  return x.includes(y) || y.includes(x);
}

function isUnnamed(a: Award): boolean {
  return a.name === (a.prize ?? a.grade);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The `...`-separated part of a headline naming `district`, the whole headline when no other district is named, or null. */
function headlinePart(title: string, district: string): string | null {
  const named = (text: string) => [...text.matchAll(DISTRICT_NAMES_IN)].map((m) => m[0]);
  const parts = title.split(/\.{2,}|…/u);
  const own = parts.find((p) => named(p).includes(district));
  if (own) return named(own).every((d) => d === district) ? own : null;
  return named(title).length === 0 ? title : null;
}

/**
 * The awards and evaluation results the story's district received.
 * @param paragraphs The story's paragraphs (text without the byline); `index` is the evidence.
 * @param district The story's district; default the first of the 25 its text names (a shared
 *   opening paragraph, `성동구와 동작구가 …`, may name another first, so callers pass it).
 * @returns One award per distinct (name, year, grade, prize); a later sentence that restates an
 *   award with fewer details (`혁신평가에서 4년 연속 우수기관 선정이라는 …`) adds to it.
 */
export function extractAwards(paragraphs: readonly Paragraph[], district: string | null = storyDistrict(paragraphs)): Award[] {
  const awards: Award[] = [];
  let context: Context | null = null;
  for (const p of paragraphs) {
    // Most paragraphs name no result and no evaluation: their sentences skip both searches.
    const results = mayHoldResult(p.text);
    const evaluationNamed = mayNameEvaluation(p.text);
    for (const { text: s } of splitSentences(p.text)) {
      const evaluations = evaluationNamed ? findEvaluations(s) : [];
      const cores = results ? findCores(s) : [];
      let gave = false;
      // `…평가’에서는 종로구가 최우수, 구로구가 우수, …가 장려 자치구로 뽑혔다`: the story's district has its grade
      // in the evaluation the sentence names (or the story's); the row's other grades are the other districts'.
      const rows = district && results ? districtFirst(s, district) : null;
      const rankedIn = rows ? (evaluations.find((e) => e.end <= rows.start) ?? context) : null;
      // (A rank, `성동구가 1위, 마포구가 2위에`, is a result only in an evaluation named: a survey's is none.)
      const ranked = rows && (rankedIn || !RANK_GRADE.test(rows.grade)) ? rows : null;
      if (ranked) {
        // (With no evaluation named yet, the grade names it for now: namedElsewhere reads the article for it.)
        addAward(awards, {
          name: rankedIn?.name ?? ranked.grade, year: rankedIn?.year ?? null, grade: ranked.grade, streak: null, prize: null,
          organizer: rankedIn ? ('end' in rankedIn ? findOrganizer(s, rankedIn.end) : rankedIn.organizer) : null, evidence: { paragraph: p.index, sentence: s },
        });
        gave = true;
      }
      for (const [i, core] of (gave ? [] : cores).entries()) {
        const listed = gradeFirst(s, cores, i, district);
        if (listed === false || (listed === null && (!received(s, cores, i) || !ownResult(s, core, district)))) continue;
        const contest = core.contest ? evaluations.find((e) => e.start <= core.start && core.start < e.end) : undefined;
        if (contest) {
          addAward(awards, {
            name: contest.name, year: contest.year, grade: null, streak: findStreak(s, core), prize: null,
            organizer: findOrganizer(s, contest.end), evidence: { paragraph: p.index, sentence: s },
          });
          gave = true;
          continue;
        }
        const named = evaluationOf(s, evaluations, core);
        // `인구 1위를 차지했다`: a rank is a result only in an evaluation the sentence names, and
        // not after a grade the sentence gave (`1등급을 받아 … 자치구 가운데 1위에 올랐다`: that
        // grade's standing).
        if (core.prize === null && RANK_GRADE.test(core.grade ?? '') && (!named || gave)) continue;
        let name: string;
        let year: number | null = null;
        let organizer: string | null = null;
        const streak = findStreak(s, core);
        // `구는 2008년과 2009년에도 우수 구에 뽑혀 3년 연속 상위권을 지켰다`: earlier editions' results that a streak
        // carries on into the story's: that streak is the story's award's, and they are not awards of their own.
        if (streak && context && evaluations.length === 0 && continuesIntoStreak(awards, context, s, core)) {
          const at = awards.findLastIndex((a) => a.name === context!.name && a.year === context!.year);
          if (awards[at]!.streak === null) awards[at] = { ...awards[at]!, streak };
          gave = true;
          continue;
        }
        // `혁신평가에서` after `지방자치단체 정부혁신평가`: the story's evaluation, shortened.
        if (named && context && shortens(named.written, context.written)) {
          [name, year, organizer] = [context.name, named.year, context.organizer ?? findOrganizer(s, named.end)];
        } else if (named && context && BACK_REFERENCE.test(named.written)) {
          // `구는 지난 2008년 이 평가에서 우수 기관에 선정된 바 있다`: the story's evaluation, an earlier edition.
          [name, year, organizer] = [context.name, named.year ?? writtenYear(s, core), context.organizer];
        } else if (named) {
          // (`2012년 … 종합평가에서 우수구로 뽑힌 데 이어 지난해 같은 평가에서는 최우수구에`: the same evaluation, another
          // edition, dated in its own clause if at all.)
          const again = SAME_SERIES.test(s.slice(named.end, core.start));
          [name, year, organizer] = [named.name, again ? writtenYear(s, core) : named.year, findOrganizer(s, named.end)];
        }
        else if (context && SAME_SERIES.test(s) && EARLIER_EDITION.test(s)) {
          // `지난해 같은 대회에서 우수상을 받은 데 이어 2년 연속 수상했다`: the earlier edition is the
          // streak's first year, told of the result just given (its streak, read below).
          // (Not a past fact of its own: `…으로 뽑혀 2년 연속 수상한 바 있다` is that edition's award.)
          if (CONTINUED_BY_STREAK.test(s.slice(core.end)) && !/바\s?있/u.test(s.slice(core.end))) continue;
          [name, year] = [context.name, writtenYear(s, core)];
        }
        else if (context && (SAME_EVALUATION.test(s) || restates(awards, context, core, s) || handedOver(s, core) || bringsPrize(awards, context, core, s) || streakToNow(s, core, streak) || listed === true)) {
          ({ name, year, organizer } = context);
        }
        else if (context) [name, year] = [seriesName(context.written), writtenYear(s, core)];
        else name = core.prize ?? core.grade ?? '';
        const award: Award = {
          name, year, grade: core.grade, streak, prize: core.prize, organizer,
          evidence: { paragraph: p.index, sentence: s },
        };
        addAward(awards, award);
        gave = true;
      }
      if (!gave && context && cores[0]?.grade && ownResult(s, cores[0], district)) gave = addEarlierTime(awards, context, cores[0].grade, s, p.index);
      if (!gave && awards.length > 0) gave = addClassPrize(awards, s, cores);
      if (!gave && awards.length > 0 && STREAK_SENTENCE.test(s)) addStreak(awards, s);
      const located = evaluations.filter((e) => e.located).at(-1);
      // `이 평가에서`, `같은 대회에서`: a reference back to the evaluation already named, not a new one.
      if (located && !(context && (shortens(located.written, context.written) || BACK_REFERENCE.test(located.written)))) {
        const { name, written, year } = located;
        context = { name, written, year, organizer: findOrganizer(s, located.end) };
      }
      // `양천구가 … 종합 1위에 올랐다. 행정자치부가 최근 발표한 ‘2006년 민원행정 서비스 평가’ 결과로, …`, `…에서
      // 대상을 받았다. … 심사를 맡은 ‘2025 대한민국 생활행정 대상’이다.`: a result told before its evaluation is
      // named is that evaluation's, when a later sentence names it as what the result came from.
      const source = evaluations.find((e) => RESULT_NAMED.test(s.slice(e.end)));
      const last = awards.at(-1);
      if (source && last && last.year === null && last.name === last.grade && p.index - last.evidence.paragraph <= 1 && last.evidence.sentence !== s) {
        awards[awards.length - 1] = { ...last, name: source.name, year: source.year, organizer: last.organizer ?? findOrganizer(s, source.end) };
        if (!context) context = { name: source.name, written: source.written, year: source.year, organizer: findOrganizer(s, source.end) };
      }
    }
  }
  return awards;
}

// `…’에서 정성평가 부문 우수기관에`: a category of the evaluation just named, written as one.
// (A bare name's mention may start at the particle before it, so the gap may be empty.)
const CATEGORY_GAP = /^\s?(?:(?:에서|서)(?:도|는)?\s?)?$/u;
const CATEGORY_AFTER = /^\s?(?:부문|분야)/u;

/**
 * The evaluation a result was given in: the last one named before it where a result is given,
 * or, when that one is only a category of the one before (`‘2020년 지방자치단체 합동평가’에서
 * 정성평가 부문 우수기관`), the one before.
 */
function evaluationOf(s: string, evaluations: readonly EvaluationMention[], core: Core): EvaluationMention | undefined {
  const before = evaluations.filter((e) => e.located && e.end <= core.start);
  const [outer, named] = before.slice(-2);
  if (outer && named && CATEGORY_GAP.test(s.slice(outer.end, named.start)) && CATEGORY_AFTER.test(s.slice(named.end))) {
    return outer;
  }
  // `보건복지부의 ‘지역사회 통합건강증진사업 평가’ 3년 연속 우수기관 선정에 이어`: the evaluation right before its
  // result with the streak between.
  return before.at(-1) ?? evaluations.find((e) => e.end <= core.start && RESULT_RIGHT_AFTER.test(s.slice(e.end, core.start)));
}

const RESULT_RIGHT_AFTER = /^\s?\d+\s?(?:년|회)\s?연속\s?$/u;

/**
 * True when a sentence gives only a prize (`구는 내년 2월 중 … 대통령 기관표창을 받는다`) right after
 * the story's evaluation gave a grade with none, and speaks of no earlier edition or other year: the
 * prize that result brings.
 */
function bringsPrize(awards: readonly Award[], context: Context, core: Core, s: string): boolean {
  const last = awards.at(-1);
  if (core.grade !== null || core.prize === null || !last || last.name !== context.name || last.prize !== null) return false;
  if (EARLIER_EDITION.test(s)) return false;
  const year = writtenYear(s, core);
  return year === null || year === context.year;
}

/**
 * True when a sentence with no evaluation named gives the grade and prize the story's evaluation
 * already gave (`구는 2018년부터 4년 연속 SA 등급을 받았다`) and does not speak of an earlier edition:
 * it restates that award (with its streak), not another.
 */
function restates(awards: readonly Award[], context: Context, core: Core, s: string): boolean {
  if (EARLIER_EDITION.test(s)) return false;
  return awards.some((a) => a.name === context.name && a.grade === core.grade && a.prize === core.prize);
}

/**
 * True when a prize is handed over at the ceremony (`구는 지난 29일 열린 시상식에서 행정안전부 장관
 * 표창을 받았다`) of the evaluation just reported, not at an earlier edition: it is that award's prize.
 */
function handedOver(s: string, core: Core): boolean {
  return core.grade === null && core.prize !== null && CEREMONY.test(s.slice(0, core.start)) && !EARLIER_EDITION.test(s);
}

/**
 * `앞서 구는 2015년에도 같은 대회에서 …`: the year an earlier edition's result is dated by, if written in the
 * result's own clause (`2012년 … 우수구로 뽑힌 데 이어 지난해 같은 평가에서는 최우수구에`: 2012 is the first result's).
 */
function writtenYear(s: string, core: Core): number | null {
  const before = s.slice(0, core.start);
  const joint = before.lastIndexOf('이어 ');
  const m = [...before.slice(Math.max(0, joint)).matchAll(EDITION_YEAR)].at(-1);
  return m ? Number(m[1]) : null;
}

/**
 * True when a core is an earlier edition's result (its written year before the story's evaluation's) that a
 * streak right after it carries on from (CONTINUED_BY_STREAK), and the story's award is already read. (The
 * caller asks only of a sentence naming no evaluation: `2023년 ‘지방자치단체 혁신평가’에서 우수 기관에 선정돼 5년
 * 연속 …` is another evaluation's streak.)
 */
function continuesIntoStreak(awards: readonly Award[], context: Context, s: string, core: Core): boolean {
  const year = writtenYear(s, core);
  if (year === null || context.year === null || year >= context.year || !CONTINUED_BY_STREAK.test(s.slice(core.end))) return false;
  return awards.some((a) => a.name === context.name && a.year === context.year);
}

// `최우수기관에는 대통령 표창과 함께 …이 주어지며`: what the class of a grade gets, the grade opening the
// sentence as its topic (`최우수기관으로 선정된 자치구에는`).
const CLASS_GETS = /^\s?(?:(?:으로|로)\s?선정된\s?[가-힣]+)?(?:에는|에게는|에겐)\s?$/u;
const CLASS_OPENING = /^\s*(?:(?:이번|올해)\s?(?:평가|대회)?(?:의|에서)?\s?)?$/u;
const GIVEN = /^[^.!?]{0,30}?(?:주어|수여|지급|돌아|주며|준다|받는다|받게)/u;

/**
 * Gives an award its prize when a sentence of its own says what its grade's class gets
 * (`최우수기관에는 대통령 표창과 함께 특별교부세 2억원이 주어진다`), and the award has none.
 * @returns True when the sentence was read so.
 */
function addClassPrize(awards: Award[], s: string, cores: readonly Core[]): boolean {
  const [grade, prize] = cores;
  if (!grade || !prize || grade.grade === null || grade.prize !== null || prize.prize === null) return false;
  if (!CLASS_OPENING.test(s.slice(0, grade.start)) || !CLASS_GETS.test(s.slice(grade.end, prize.start)) || !GIVEN.test(s.slice(prize.end))) return false;
  for (let i = awards.length - 1; i >= 0; i--) {
    const a = awards[i]!;
    if (a.grade !== grade.grade || a.prize !== null) continue;
    awards[i] = { ...a, prize: prize.prize };
    return true;
  }
  return false;
}

// `양천구가 이 평가에서 최우수기관에 오른 것은 2009년에 이어 두 번째다`: the same grade in the same
// evaluation, an earlier year.
const EARLIER_TIME = /((?:19|20)\d{2})\s?년(?:에|에도)?\s?이어\s?(?:두|세|네|다섯|[2-9])\s?(?:번째|번|회째)/u;

/**
 * `송파구는 … 2년 연속 우수 구에 올랐다`, after the evaluation is named: a streak written with no year and
 * no earlier time runs up to the edition just named, so the result is that edition's.
 */
function streakToNow(s: string, core: Core, streak: number | null): boolean {
  return streak !== null && writtenYear(s, core) === null && !EARLIER_EDITION.test(s);
}

/**
 * Adds the earlier edition a sentence about the story's evaluation dates by its year (`…에 오른 것은
 * 2009년에 이어 두 번째다`), with the grade the sentence names.
 * @returns True when the sentence was read so.
 */
function addEarlierTime(awards: Award[], context: Context, grade: string, s: string, paragraph: number): boolean {
  const m = EARLIER_TIME.exec(s);
  if (!m || !(SAME_EVALUATION.test(s) || SAME_SERIES.test(s))) return false;
  addAward(awards, { name: context.name, year: Number(m[1]), grade, streak: null, prize: null, organizer: null, evidence: { paragraph, sentence: s } });
  return true;
}

/** The number of years a STREAK match counts (`지난해에 이어`: two). */
function streakOf(m: RegExpMatchArray): number {
  return m[4] ? 2 : Number(m[1] ?? m[2] ?? m[3]);
}

/** Gives the last award the streak a sentence of its own reports, when it has none. */
function addStreak(awards: Award[], s: string): void {
  const last = awards.length - 1;
  const m = [...s.matchAll(STREAK)].at(-1);
  const n = m ? streakOf(m) : 0;
  if (n >= 2 && awards[last]!.streak === null) awards[last] = { ...awards[last]!, streak: n };
}

/** True when `short` is the end of `full` (`혁신평가` of `지방자치단체 정부혁신평가`), spaces aside. */
function shortens(short: string, full: string): boolean {
  const [a, b] = [short.replace(/\s+/g, ''), full.replace(/\s+/g, '')];
  return b.endsWith(a);
}

/** True when `text` may hold a grade or prize: the plain tests `findCores` starts with. */
function mayHoldResult(text: string): boolean {
  return GRADE_HINT.test(text) || PRIZE_HINT.test(text) || text.includes('등급');
}

// `국무총리상(최우수)`: a grade in brackets right after its prize.
const BRACKETED_GRADE = /^\s?[(（]\s?$/u;
const CLOSING_BRACKET = /^\s?[)）]/u;

/** Grades and prizes in a sentence; a grade right before its prize (`최우수상인 ‘대통령상’`) is one core. */
function findCores(s: string): Core[] {
  const marks = [
    ...(GRADE_HINT.test(s) ? [...s.matchAll(GRADE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: gradeOf(m[1]!), prize: null })),
    ...(s.includes('등급') ? [...s.matchAll(LETTER_GRADE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: letterGrade(m), prize: null })),
    ...(s.includes('등급') ? [...s.matchAll(HANGUL_GRADE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: hangulGrade(m), prize: null })),
    ...(s.includes('상') ? [...s.matchAll(QUOTED_PRIZE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: null, prize: m[1]!, contest: CONTEST.test(m[1]!) })),
    ...(PRIZE_HINT.test(s) ? [...s.matchAll(PRIZE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: null, prize: clean(m[1]!) })),
    ...(s.includes('표창') ? [...s.matchAll(GIVERLESS_PRIZE)] : []).map((m) => ({ start: m.index, end: m.index + m[0].length, grade: null, prize: clean(m[1]!), giverless: true })),
  ].sort((a, b) => a.start - b.start);
  if (marks.length === 0) return [];
  const cores: Core[] = [];
  for (const mark of marks) {
    const last = cores.at(-1);
    if (last && last.end > mark.start) continue;
    const gap = last ? s.slice(last.end, mark.start) : '';
    const selected = Boolean(last) && JOINED_BY_SELECTION.test(gap);
    const canJoin = last && ((last.grade === null) !== (mark.grade === null)) && (JOINED.test(gap) || selected);
    if (last && canJoin && last.prize === null && mark.prize !== null) {
      cores[cores.length - 1] = { start: last.start, end: mark.end, grade: last.grade, prize: mark.prize, selected };
    } else if (last && last.grade === null && last.prize !== null && mark.grade !== null && mark.prize === null && BRACKETED_GRADE.test(gap)) {
      // `국무총리상(최우수)을 수상했다`: the prize with its grade in brackets after it.
      const close = CLOSING_BRACKET.exec(s.slice(mark.end));
      if (close) cores[cores.length - 1] = { start: last.start, end: mark.end + close[0].length, grade: mark.grade, prize: last.prize };
      else cores.push(mark);
    } else if (!('giverless' in mark)) cores.push(mark);
  }
  return cores;
}

/**
 * A Hangul letter grade as written, quotes off: `가등급` and `‘가’등급` → `가등급`; `‘가’ 등급` → `가`
 * (as a spaced letter grade is read, see letterGrade).
 */
function hangulGrade(m: RegExpMatchArray): string {
  if (m[1]) return `${m[1]}등급`;
  return /[’”'"」]등급$/u.test(m[0]) ? `${m[2]!}등급` : m[2]!;
}

/**
 * A letter grade as written: `‘SA’ 등급`, `SA 등급` → `SA`; written as one word (`SA등급`, `‘SA등급’`)
 * → `SA등급`.
 */
function letterGrade(m: RegExpMatchArray): string {
  return /[A-Za-z]등급$/u.test(m[0]) ? `${m[1]!}등급` : m[1]!;
}

function gradeOf(written: string): string {
  return clean(written).replace(GRADE_WORD, '');
}

function clean(written: string): string {
  return written.replace(/\s+/g, ' ').trim();
}

/**
 * True when the sentence says `cores[i]` was received, not that it will be or that a class gets it.
 * In a list (`강남구가 최우수구, 서초구가 우수구로 선정됐다`) the verb after the last item counts for all.
 */
function received(s: string, cores: readonly Core[], i: number): boolean {
  const core = cores[i]!;
  if (core.selected) return true;
  const after = s.slice(core.end);
  const short = core.prize === null && SHORT_GRADES.includes(core.grade ?? '');
  const verb = (short ? RECEIVED_SHORT : RECEIVED).exec(after);
  if (!verb) return i + 1 < cores.length && LIST_COMMA.test(after) && received(s, cores, i + 1);
  const rest = after.slice(verb.index + verb[0].length - verb[1]!.length).split(/\s+/u);
  const [verbWord = '', nextWord = ''] = rest;
  // `…에서 우수상을 받는다(고 밝혔다)`: a result announced before its ceremony (news's present tense).
  // Only the sentence's last word: `받는다는 목표` is a purpose; and a class that gets it
  // (`최우수기관은 … 받는다`) has its topic particle, which RECEIVED does not take.
  if (!ANNOUNCED.test(verbWord) && NOT_YET.test(`${verbWord} ${nextWord}`)) return false;
  // `우수기관에 선정된 지방자치단체는 …`: a class of bodies, unless the noun is the district itself.
  if (ADNOMINAL.test(verbWord) && CLASS_NOUN.test(nextWord) && !/^(?:구|구청|[가-힣]+구)(?:은|는|이|가)$/u.test(nextWord)) {
    return false;
  }
  return true;
}

// `종로구가 최우수, 구로구가 우수, 중랑구·양천구·관악구가 장려 자치구로 뽑혔다`: districts (one, or a list joined
// by ·/,) each with the subject particle and their grade, in a row; bare `우수`/`장려` count as grades there.
const DISTRICT_GRADE = new RegExp(
  `((?<![가-힣])(?:${alt(DISTRICT_NAMES)})(?:(?:\\s?[·ㆍ,]\\s?|(?:와|과)\\s)(?:${alt(DISTRICT_NAMES)}))*)(?:가|이)\\s(${GRADE_SOURCE}|우수|장려)(?=,|\\s?(?:으로|로|에)\\s|\\s?(?:기관|구|자치구)(?:으로|로|에)\\s)`,
  'gu',
);
const RANKED_SELECTED = new RegExp(String.raw`^[^.!?]{0,20}?(?:으로|로|에)\s(?:[가-힣]+\s)?(?:${ROW_SELECTED_SOURCE})`, 'u');

/**
 * A results list written district first (see DISTRICT_GRADE): two or more districts with their grades
 * in a row, closed by a verb of selection, this edition's (not `지난해에는 …가 최우수, … 선정된 바 있다`).
 * @returns Where the list starts and the story district's grade (with the noun written after it, `장려
 *   자치구`); null when the sentence is not written so or the district is not in the row (its own result, if
 *   any, is written the usual way: `강남구는 … 최우수 기관으로 선정됐으며, 서초구가 우수, …`).
 */
function districtFirst(s: string, district: string): { start: number; grade: string } | null {
  if ((!s.includes('구가 ') && !s.includes('구이 ')) || EARLIER_EDITION.test(s)) return null;
  const rows = [...s.matchAll(DISTRICT_GRADE)];
  if (rows.length < 2) return null;
  const last = rows.at(-1)!;
  const after = s.slice(last.index + last[0].length);
  if (!RANKED_SELECTED.test(after)) return null;
  const row = rows.find((m) => [...m[1]!.matchAll(DISTRICT_NAMES_IN)].some((d) => d[0] === district));
  if (!row) return null;
  const noun = row === last ? /^\s?(?:기관|자치구|구)(?=으로|로|에)/u.exec(after)?.[0] ?? '' : '';
  return { start: rows[0]!.index, grade: row[2]! + noun };
}

// `우수 구에는 송파구와 노원구가, 장려 구에는 중랑구·관악구·은평구가 각각 이름을 올렸다`, `최우수기관으로는 강남구가
// 뽑혔다`: the grade first, then the districts that got it, then a verb of selection.
const GRADE_FIRST = /^\s?(?:에는|으로는|로는)\s/u;
const SELECTED = /(?:선정|뽑혔|뽑혀|이름을\s?올|올랐|차지)/u;
// (Not `노원구청`: the office, a place.)
const DISTRICT_NAMES_IN = new RegExp(`${DISTRICT_NAME_SOURCE}(?!청)`, 'gu');

/**
 * Reads a grade written before the districts that got it (see GRADE_FIRST): true when the story's
 * district stands between this grade and the next, false when others do, null when the sentence is
 * not written so.
 */
function gradeFirst(s: string, cores: readonly Core[], i: number, district: string | null): boolean | null {
  const core = cores[i]!;
  if (!district || core.grade === null || !GRADE_FIRST.test(s.slice(core.end, core.end + 5)) || !SELECTED.test(s.slice(core.end))) return null;
  const span = s.slice(core.end, cores[i + 1]?.start ?? s.length);
  const named = [...span.matchAll(DISTRICT_NAMES_IN)].map((m) => m[0]);
  if (named.length === 0) return null;
  return named.includes(district);
}

/** False when the subject before the core is another district or a person. */
function ownResult(s: string, core: Core, district: string | null): boolean {
  const before = s.slice(0, core.start);
  const subjects = [...before.matchAll(DISTRICT_SUBJECT)];
  const last = subjects.at(-1);
  if (district && last && last[1] !== district) return false;
  // `부산 강서구도 … 장려상을 받았다`: a same-named district of another city.
  if (last && OTHER_CITY_BEFORE.test(before.slice(Math.max(0, last.index - 8), last.index))) return false;
  const tail = last ? before.slice(last.index + last[0].length) : before;
  // `… 부산 중구, 전남 순천시가 대상을 받았고`: another city's (or county's) result, its subject right before it (not one
  // the district shares: `서울 성동구와 경북 포항시가 대상을 받았다`).
  const joined = district === null ? null : new RegExp(`${district}(?:와|과)\\s[^,.]{0,12}$`, 'u').exec(before);
  const withCity = joined !== null && !OTHER_CITY_BEFORE.test(before.slice(Math.max(0, joined.index - 8), joined.index));
  return !PERSON_SUBJECT.test(tail) && (withCity || !CITY_SUBJECT_BEFORE.test(tail));
}

/** The `N년 연속` nearest the core in the same clause (no comma between), or null. */
function findStreak(s: string, core: Core): number | null {
  let best: { n: number; gap: number } | null = null;
  for (const m of s.matchAll(STREAK)) {
    const start = m.index;
    const end = start + m[0].length;
    const between = end <= core.start ? s.slice(end, core.start) : s.slice(core.end, start);
    // (Not across another district's subject: `광진구는 우수상을 받았고 노원구는 3년 연속 …` is 노원구's streak.)
    if (/[,，]/.test(between) || between.length > 20 || /[가-힣]구(?:는|가|도)\s/u.test(between)) continue;
    const n = streakOf(m);
    if (n >= 2 && (!best || between.length < best.gap)) best = { n, gap: between.length };
  }
  return best?.n ?? null;
}

/** Adds `award`, or fills an earlier one that it restates (same name, no field contradicting). */
function addAward(awards: Award[], award: Award): void {
  const fields = ['year', 'grade', 'streak', 'prize', 'organizer'] as const;
  for (let i = 0; i < awards.length; i++) {
    const a = awards[i]!;
    if (a.name !== award.name) continue;
    if (fields.some((f) => a[f] !== null && award[f] !== null && a[f] !== award[f])) continue;
    awards[i] = {
      ...a,
      year: a.year ?? award.year,
      grade: a.grade ?? award.grade,
      streak: a.streak ?? award.streak,
      prize: a.prize ?? award.prize,
      organizer: a.organizer ?? award.organizer,
    };
    return;
  }
  awards.push(award);
}

/** The story's district: the first of the 25 named in its text, or null. */
function storyDistrict(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    const m = DISTRICT_NAME.exec(p.text);
    if (m) return m[1]!;
  }
  return null;
}

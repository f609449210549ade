/**
 * Bare (unquoted) initiative names in running text: `…센터`, `…축제`, `…조례`, `…사업` and the
 * other head nouns of `program-words.ts`. A name ends in its head noun (a particle may follow)
 * and runs back over plain nouns until a word that ends a description or a clause: a particle
 * (`구는`, `…을`), a verb form (`운영하는`, `위한`), a quantity or time word (`2019년`, `올해`),
 * punctuation. What is found must be specific (`망원 청년창업센터`, not `일자리센터`).
 */
import { OUTLET_NAME_ENDING } from '../korean/outlets.ts';
import { SEOUL_PLACES } from '../korean/places.ts';
import { PARTICLES } from '../korean/particles.ts';
import { DISTRICTS } from '../korean/districts.ts';
import {
  CATEGORY_NOUNS,
  CEREMONY_STEMS,
  NOT_NEIGHBOURHOODS,
  PUBLIC_OFFICE_ENDS,
  VEHICLE_ENDS,
  COUNTER_WORD,
  DETERMINERS,
  HEADS,
  PEOPLE_END,
  PLACE_HEADS,
  PROGRAM_VERBS,
  REFERENCE_WORDS,
  SCHOOL_NAME,
  STOP_WORDS,
  TOPIC_WORDS,
  VENUE_AFTER,
  VERBAL_NOUNS,
} from '../korean/program-words.ts';
import { endsInVerbForm, particleFits, trailingParticle } from '../korean/word-endings.ts';
import { DISTRICT_WORDS, headOf, isGenericName, isSpecific, suffixMatcher, wordsOf } from './program-name.ts';
import { charTable, inTable, isWhiteSpace } from '../char-codes.ts';

/** A bare name and where it is in its paragraph. */
export interface BareName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /**
   * True for a place written as a venue (`…지원센터에서 받는다`): a name only if the story then takes
   * it up as its topic (`지원센터는 …`), which the caller, reading the whole story, decides.
   */
  readonly venue?: true;
}

const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);
const AFTER_HEAD = new Set([...PARTICLES, '인', '이자']);
// Their first syllables: most syllables inside a word start none, and are passed without slicing.
const AFTER_HEAD_FIRST = charTable([...AFTER_HEAD].map((w) => w.charCodeAt(0)));
// Codes, not one-character strings: the test runs at the end of every word of every story.
const TRAILING_PUNCT = charTable([',', '.', ')', ']', '』', '」', '’', '”', "'", '"'].map((c) => c.charCodeAt(0)));
const CLOSING_PUNCT = /[,.;:!?…)\]”’"'」』]$/u;
const BULLET_START = /^[▲△◇◆■□○●•※-]+/u;
const MAX_WORDS = 6;
// An office before a unit of it (`관악구청 청년정책과`): what follows is a department, not a name.
const INSTITUTION = /(?:구청|시청|구의회|주민센터|복지센터)$/u;
const categoryOf = suffixMatcher(CATEGORY_NOUNS);
const verbalNounOf = suffixMatcher(VERBAL_NOUNS);
const HEAD_LAST_CODES = charTable(HEADS.map((h) => h.charCodeAt(h.length - 1)));
const COPULA = /(?:인|이자|이며)$/u;
const APPOSITION_PARTICLE = /(?:을|를|이|가|은|는|도)$/u;
// `이틀간`, `사흘 동안`: how long, never a word of a name.
const DURATION = /^(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름)(?:간|동안|째)?$/u;
const COUNT_AFTER = /^\s?(?:[\d,]+|한|두|세|네|다섯|여러)\s?(?:곳|개소|개|군데|동(?=[과와이가을를,\s])|채)/u;
// `안심 귀가 도우미 2명이 동행한다`: people counted are people in a role, not the initiative.
// (Like COUNT_AFTER, not when the district's name opens the name.)
const PEOPLE_COUNT_AFTER = /^\s?[\d,]+\s?명(?=[이가은는을를과와도씩]|[^가-힣]|$)/u;
const PART_OR_ROLE_AFTER =
  /^(?:(?:을|를|이|가|도|와|과)?\s?(?:갖춘|갖췄|갖추|갖춰|(?:으로|로)\s?(?:활동|일하|근무|위촉|임명))|\s(?:자문)?(?:위원|위원장|팀장|과장|국장|주무관|관계자|교수|대표)(?![가-힣]))/u;
const CONTACT_AFTER = /^(?:으로|로|에|에서)\s?(?:문의|연락|전화)/u;
const ACTIVITY_LIST_AFTER =
  /^[^.!?]{0,40}?\s등\s?(?:[\d,]+\s?여?\s?(?:개|가지)(?:의)?\s?)?(?:[가-힣]+\s)?(?:프로그램|행사|체험|공연|부대\s?행사|이벤트|볼거리|즐길\s?거리|시설|편의\s?시설|공간|분야|지표|항목|부문|영역|유형|과목)/u;

// `…센터가 실시한 ‘2025년 치매관리사업 평가’에서`, `…진흥원이 주관한 … 공모에서`: the evaluator of an
// evaluation or a contest, before the evaluation's name.
const EVALUATOR_AFTER = /^(?:이|가)\s(?:[가-힣]+\s)?(?:실시|주관|주최|발표|시행)한\s[^.!?]{0,40}?(?:평가|시상|공모|심사|경진대회|어워드)/u;
// `…공방과 삼청동 …박물관, 체부동 …공방처럼`: names given as examples (처럼, 같은), alone or in a list.
const EXAMPLES_AFTER = /^(?:\s?(?:과|와|및|,)\s(?:[가-힣A-Za-z0-9]+\s){0,3}[가-힣A-Za-z0-9]+?){0,3}(?:처럼|(?:과|와)?\s?같은(?!\s(?:날|기간|건물|층|시간|곳|해|달|프로그램)))(?![가-힣])/u;
// `…박물관과 전통공방 43곳`: a name joined to a counted kind of place.
const COUNTED_WITH_NEXT = /^(?:과|와|및)\s[가-힣]{1,10}\s?[\d,]+\s?(?:곳|개소|개|군데|채)(?![가-힣]{2})/u;
// A size or floor count (`540㎡`, `지상 3층`).
const MEASURE = /\d[\d,.]*\s?(?:㎡|㎢|㎞|km|m²|평|층)(?![가-힣A-Za-z])/u;
const EVENT_PARTS_AFTER = /^[^.!?]{0,40}?\s등(?:으로|이|을|도)?\s?(?:꾸며|꾸민|꾸려|구성|준비|이어지|이어진|펼쳐)/u;

/**
 * The words of a paragraph (split on spaces, middle dots and slashes) as offsets: word k is
 * `text.slice(starts[k], ends[k])`. Only the few words that may hold a name are ever sliced: a
 * paragraph has hundreds of words and this runs on every paragraph of every story.
 */
interface Words {
  readonly starts: number[];
  readonly ends: number[];
}

/**
 * Finds the bare names of a paragraph.
 * @param text One paragraph.
 * @param skip Says whether an offset lies in a region already read (a quote, speech, a list
 *   item whose name was taken).
 * @returns The names in order, each once per place it is written.
 */
export function findBareNames(text: string, skip: (at: number) => boolean): BareName[] {
  const out: BareName[] = [];
  const words = splitWords(text);
  for (let k = 0; k < words.starts.length; k++) {
    const at = words.starts[k]!;
    const found = headAtEnd(text, at, words.ends[k]!);
    if (!found) continue;
    const headAt = at + found.stemLength - found.head.length;
    const end = at + found.stemLength;
    if (skip(headAt) || continuesCompound(text, end)) continue;
    // `정기연주회(강동아트센터 소극장)`: a head inside a bracket the word opens is where, not what.
    if (text.slice(at, headAt).includes('(')) continue;
    const venue = isDescriptorOrVenue(found.head, text.slice(end));
    if (venue === 'descriptor') continue;
    let start = at;
    if (BULLET_START.test(text.slice(start, headAt))) start += BULLET_START.exec(text.slice(start))![0].length;
    if (/['"‘’“”「『(]/u.test(text.charAt(start))) continue;
    start = extendBack(text, start, skip);
    if (FORMAL_TITLE_HEADS.has(found.head)) start = extendFormalTitle(text, start, skip);
    start = pastSeason(text, start, end);
    const name = text.slice(start, end).trim();
    // The district's own name opens it: several tests below let such a name through.
    const ownName = DISTRICT_WORDS.has(wordsOf(name)[0] ?? '');
    // A venue (`…센터에서`) is where something happens, unless the district's own name opens it
    // (`동대문 청년 소상공인 지원센터에서 교육을 한다`): then it is the district's facility at work.
    const onlyVenue = venue === 'venue' && !ownName;
    if (!name || isGenericName(name) || !isSpecific(name) || SCHOOL_NAME.test(name) || isCommonCompound(name)) continue;
    // `보라매공원`, `어린이대공원`: a park written as one word is a place the news goes to; a district's
    // new park is named in words (`능동 어린이교통공원`, `망우 역사문화공원`).
    // (`여의도 한강공원`, `우이동 솔밭근린공원`: the city's riverside parks and a neighbourhood's park, places too.)
    if (found.head === '공원' && (!/\s/u.test(name) || name.endsWith('한강공원') || name.endsWith('근린공원'))) continue;
    // `머니투데이`, `아시아투데이`: an outlet's name ends like a named day (`…데이`); one word, a named day is the
    // calendar's (`빼빼로데이`), and a `원데이` class is one day long.
    if (found.head === '데이' && (OUTLET_NAME_ENDING.test(name) || !/\s/u.test(name) || name.endsWith('원데이'))) continue;
    // `연면적 540㎡ 규모인 도서관`: a size describes a building; no name holds one.
    if (MEASURE.test(name)) continue;
    const before = wordBefore(text, start);
    if (REFERENCE_WORDS.has(wordsOf(name)[0]!) || (REFERENCE_WORDS.has(before) && !nearPlace(text, start, before))) continue;
    // `개봉동의 한 교회 작은도서관`: one of a kind, unnamed ("a certain"); not 하다's `한` (`…을 대상으로 한 …`).
    if (!ownName && before === '한' && isIndefinite(text, start)) continue;
    // `혈압 측정, 금연 상담 등 기초 건강관리 서비스를`: the kind a list sums up, not a name (unless the
    // district's name opens it: its umbrella programme).
    if (before === '등' && !ownName) continue;
    // `오류동 센터`, `고척 센터`: a branch named by its place and the bare head, not an initiative.
    if (isBranch(name)) continue;
    // `경로당과 작은도서관 20곳에서`: a count after a bare name makes it a kind of place, many of them.
    // Not when the district's name opens it (`영등포 스마트 그늘막 50곳을 설치`): the district's own, many of them.
    // Not when the district's name opens it (`노원 한파 안전 도우미 80명을 뽑아`): the district's own corps.
    const next = text.slice(end, end + 12);
    // (A corps counted by its people is the corps still: `봄철 산불감시단 42명을 배치한다`.)
    const counted = COUNT_AFTER.test(next) || (PEOPLE_COUNT_AFTER.test(next) && !found.head.endsWith('단'));
    // Not with the district's full name (`구로구 작은도서관 42곳 가운데`): the district's places of a kind.
    if (counted && (!ownName || DISTRICTS.some((d) => d.name === wordsOf(name)[0]))) continue;
    // `물놀이 구역과 그늘막 쉼터를 갖췄다`, `도우미로 활동할`: a part of a facility, a role.
    if (PART_OR_ROLE_AFTER.test(next)) continue;
    // `저자 낭독회와 헌책 장터 등 40여개 프로그램`: the activities of an event, listed;
    // `민원 처리 과정, 고객 만족도 등 3개 분야`: the fields of an evaluation.
    // `유등 1000개와 수상 음악회, 천변 먹거리 장터 등이 준비된다`: what an event is made of.
    const rest = text.slice(end, end + 60);
    if (ACTIVITY_LIST_AFTER.test(rest) || EVENT_PARTS_AFTER.test(rest)) continue;
    // `가회동 닥종이인형 공방과 삼청동 부엌살림 박물관처럼 …`: examples of a kind of place.
    if (EXAMPLES_AFTER.test(rest)) continue;
    // `사설 박물관과 전통공방 43곳을`: kinds of places counted together.
    if (COUNTED_WITH_NEXT.test(rest) && !ownName) continue;
    // `자세한 사항은 용산구 자원봉사센터로 문의하면 된다`: where to ask, not what the story is about.
    if (CONTACT_AFTER.test(next)) continue;
    // `보건복지부와 중앙치매센터가 실시한 ‘…평가’`: who ran the evaluation the district was ranked in.
    if (EVALUATOR_AFTER.test(rest) && !ownName) continue;
    out.push(onlyVenue ? { name, start, end, venue: true } : { name, start, end });
  }
  for (const name of [...appositiveNames(text, words), ...describedDistrictNames(text, words)]) {
    // A name found at its head is left alone, unless this one holds it and goes on (`노원 기억지킴이 버스`,
    // found at 지킴이): the shorter is then a part, dropped below.
    const overlaps = (b: BareName) => b.start <= name.start && name.start < b.end && !(name.start <= b.start && b.end < name.end);
    if (skip(name.start) || out.some(overlaps)) continue;
    out.push(name);
  }
  // A head inside a longer name (`…도시정원` in `…도시정원 조성 및 관리 조례`) is part of it.
  return out.filter((n) => !out.some((m) => m !== n && m.start <= n.start && n.end <= m.end)).sort((a, b) => a.start - b.start);
}

// Word separators: white space, middle dots, slash (`센터·축제`, `센터/쉼터`), and the ellipsis that parts a
// headline (`…감시단 운영…민원서비스 평가`).
// (space, tab, line feed, no-break space, ideographic space, middle dot, Hangul middle dot, slash, ellipsis)

const isHangul = (code: number) => code >= 0xac00 && code <= 0xd7a3;

// Hangul syllables, most of the text, are never separators: only other codes are compared.
const isSeparator = (code: number) =>
  code < 0xac00 &&
  (code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0 || code === 0x3000 || code === 0xb7 || code === 0x318d || code === 0x2f || code === 0x2026);

/**
 * True when the stop at `i` is glued between two Hangul syllables (`운영한다.책쉼터`): a
 * scraper lost the space after a sentence, and no name holds a stop between syllables.
 */
function gluedStop(text: string, i: number): boolean {
  return isHangul(text.charCodeAt(i - 1)) && isHangul(text.charCodeAt(i + 1));
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * True when the middle dot at `i` stands between digits: `4·19`, `5·18`, `3·1` name a day in history
 * (`4·19민주주의교육관`), one word, where a dot between nouns (`센터·축제`) parts two.
 */
function datedDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code === 0xb7 || code === 0x318d) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

/**
 * Splits a paragraph into words, as offsets (a hot loop: no regex, no strings made, and no read
 * past the text's end, which made the optimised loop bail out: the last word is closed after it).
 */
function splitWords(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let from = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Hangul syllables, most of the text, are never separators: one compare decides them.
    const sep = code < 0xac00 && ((isSeparator(code) && !datedDot(text, i)) || (code === 0x2e && i + 1 < n && gluedStop(text, i)));
    if (sep) {
      if (from >= 0) {
        starts.push(from);
        ends.push(i);
        from = -1;
      }
    } else if (from < 0) from = i;
  }
  if (from >= 0) {
    starts.push(from);
    ends.push(n);
  }
  return { starts, ends };
}

/**
 * The head noun the word `text[at, end)` ends in, before an optional particle and closing
 * punctuation, and the length of the word up to the head's end. Most words end in neither, so the
 * last syllables are checked against the heads' last syllables before anything is sliced.
 */
function headAtEnd(text: string, at: number, end: number): { head: string; stemLength: number } | null {
  let cut = end;
  while (cut > at && inTable(TRAILING_PUNCT, text.charCodeAt(cut - 1))) cut--;
  for (let n = 0; n <= 4 && n < cut - at; n++) {
    if (!inTable(HEAD_LAST_CODES, text.charCodeAt(cut - 1 - n))) continue;
    if (n > 0 && !inTable(AFTER_HEAD_FIRST, text.charCodeAt(cut - n))) continue;
    const after = n > 0 ? text.slice(cut - n, cut) : '';
    if (n > 0 && !AFTER_HEAD.has(after)) continue;
    // A particle must fit the syllable before it: `대학가` is a college street, not `대학` + `가`.
    if (PARTICLE_SET.has(after) && !particleFits(text.slice(at, cut), after)) continue;
    const head = headOf(text, at, cut - n);
    if (head) return { head, stemLength: cut - n - at };
  }
  return null;
}

/**
 * `청년 창업 공간인 마포청년나루를 개관했다`: after `<category>인`, one to three words ending in
 * a particle, taken by a verb of opening or running within the next three words, are a name.
 */
function appositiveNames(text: string, { starts, ends }: Words): BareName[] {
  const out: BareName[] = [];
  const word = (k: number) => text.slice(starts[k], ends[k]);
  const texts = (from: number, to: number) => starts.slice(from, to).map((_, k) => word(from + k));
  for (let k = 0; k < starts.length - 2; k++) {
    // COPULA needs the word to end in 인 or 자 (이며 is refused below): most words do not.
    const last = text.charCodeAt(ends[k]! - 1);
    if (last !== 0xc778 && last !== 0xc790) continue;
    const w = word(k);
    const copula = COPULA.exec(w);
    if (!copula || copula[0] === '이며' || !categoryOf(w.slice(0, -copula[0].length))) continue;
    for (let j = k + 1; j <= k + 3 && j < starts.length; j++) {
      const particle = APPOSITION_PARTICLE.exec(word(j));
      if (!particle) continue;
      const after = texts(j + 1, j + 4);
      if (!after.some((x) => PROGRAM_VERBS.some((v) => x.startsWith(v)))) break;
      const parts = texts(k + 1, j + 1);
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -particle[0].length);
      const name = parts.join(' ');
      if (parts.every(isNamePart) && !isGenericName(name) && name.length >= 2) {
        out.push({ name, start: starts[k + 1]!, end: starts[k + 1]! + name.length });
      }
      break;
    }
  }
  return out;
}

const DISTRICT_LAST_CODES = charTable([...DISTRICT_WORDS].map((w) => w.charCodeAt(w.length - 1)));
const DISTRICT_FIRST_CODES = charTable([...DISTRICT_WORDS].map((w) => w.charCodeAt(0)));
// The object and subject particles of a described name (`…을 빌려주는 강북 이웃 제설함을 늘렸다`), and
// 도 for either (`…운행하는 G밸리 퇴근길 순환버스도 우수 사례로 꼽혔다`).
const DESCRIBED_PARTICLE = /(?:을|를|이|가|도)$/u;
const OBJECT_PARTICLE = /(?:을|를)$/u;
// `성북구형 돌봄은 …`, `관악형 청년 인턴을 …`: after the district's own model (X형), any case particle, or the
// copula (`… 받는 것이 은평형 긴급돌봄이다`).
const MODEL_PARTICLE = /(?:을|를|이|가|은|는)$/u;
const MODEL_COPULA = /이다[.,]?$/u;
const HYEONG = 0xd615;
// A branch's number with its particle (`2호점을`).
const BRANCH_NUMBER = /^\d+호점(?:을|를|이|가)$/u;
const JOINING_PARTICLE = /(?:와|과)$/u;
// The rest of a sentence whose object (`… 서비스 등을`, `… 마일리지제를`) a verb of running or opening takes.
const JOINED_OBJECT_TAKEN = new RegExp(`^[^.!?]{1,120}?(?:을|를)\\s(?:[^\\s.!?]+\\s){0,2}?(?:${PROGRAM_VERBS.join('|')})`, 'u');
// The rest of a sentence that sums up a list with 등 (`…, … 시스템 등으로`, `… 등을`).
const LIST_SUMMED = /^[^.!?]{1,80}?\s등(?:으로|을|를|이|의)?\s/u;
const VEHICLE = new RegExp(`(?:${VEHICLE_ENDS.join('|')})$`, 'u');
// A public office's building or unit (`경찰서 신청사`): the office's, whatever ceremony opens it.
const PUBLIC_OFFICE = new RegExp(`(?:${PUBLIC_OFFICE_ENDS.join('|')})$`, 'u');
// The ceremonies that open, launch or proclaim a named thing (`…거리 선포식을`, `…센터 개소식에서`).
const CEREMONY = new RegExp(`^(?:${CEREMONY_STEMS.join('|')})식(?:을|를|이|가|은|는|도|에|에서|과|와)?[,.]?$`, 'u');
// `…탐방버스를 세 도시 관광객에게도 운영하고`: to whom, between an object and its verb.
const TO_WHOM = /(?:에게|한테|께)(?:도|는|만)?$/u;
// `… 119를 오는 7월 1일 시행한다`: when it happens, between an object and its verb.
const WHEN_WORD = /^(?:오는|지난|다음|이번|이달|내달|올해|내년|달|\d{1,2}(?:월|일)(?:부터|까지|께|중)?|[상하]반기(?:부터|중|에)?)$/u;

/**
 * `제설 장비를 빌려주는 강북 이웃 제설함을 늘렸다`: a noun phrase that opens with the district's own
 * name, is described by a clause before it (an adnominal ending) and is taken by a verb of running
 * or opening within the next three words is a name, whatever noun ends it; undescribed, it must be
 * the object of the next word or two (`마포 안심 동행을 시작한다`), and one word glued to the short name
 * counts too (`마포청년나루를 연다`, see gluedDistrictName). Districts name what they set up after
 * themselves; a phrase of the district and topic words only (`마포 주민`) says who.
 */
function describedDistrictNames(text: string, { starts, ends }: Words): BareName[] {
  const out: BareName[] = [];
  const word = (k: number) => text.slice(starts[k], ends[k]);
  // Words `from` up to `to` (not included).
  const wordsFrom = (from: number, to: number) => starts.slice(from, to).map((_, i) => word(from + i));
  for (let k = 0; k < starts.length - 1; k++) {
    // A place of the district opens names as its name does (`양재천 벚꽃 야간산책`), held to more below.
    // (Not before the district's name, which opens the name itself: `마곡동 강서구 일자리센터`.)
    const place =
      isPlaceWord(text, starts[k]!, ends[k]!) && !isDistrictWord(text, starts[k]!, ends[k]!) && !isDistrictWord(text, starts[k + 1]!, ends[k + 1]!);
    // Codes first: most words are no district's name, and this runs on every word of every story.
    if (!place && !inTable(DISTRICT_FIRST_CODES, text.charCodeAt(starts[k]!))) continue;
    // A glued name is an object: only a word ending in 을/를 is looked at.
    const last = text.charCodeAt(ends[k]! - 1);
    const glued = !place && (last === 0xc744 || last === 0xb97c) ? gluedDistrictName(word(k), word(k + 1)) : null;
    if (glued) {
      out.push({ name: glued, start: starts[k]!, end: starts[k]! + glued.length });
      continue;
    }
    // `성북구형 돌봄`: the district's own model of a thing names an initiative wherever it stands.
    const model = !place && text.charCodeAt(ends[k]! - 1) === HYEONG && isDistrictWord(text, starts[k]!, ends[k]! - 1);
    if (!place && !model && !isDistrictWord(text, starts[k]!, ends[k]!)) continue;
    // An adnominal ending closes the clause: -는/-은/-ㄴ (`빌려주는`, `만든`) end in ㄴ, or -던.
    const ending = k > 0 ? text.charCodeAt(ends[k - 1]! - 1) : 0;
    const described = (isNieunFinal(ending) || ending === 0xb358) && endsInVerbForm(word(k - 1));
    // Undescribed (`… 구로 안심귀가 119를 시행한다`), the phrase must be the object of the next word or two.
    for (let j = k + 1; j <= k + 3 && j < starts.length; j++) {
      const w = word(j);
      // `… 마포 우리말 간판거리 선포식을 가졌다`: what a ceremony opens or proclaims is named before it.
      if (CEREMONY.test(w)) {
        const parts = wordsFrom(k + 1, j);
        // A place and one noun is where (see below); a public office's building is the office's
        // (`노원 경찰서 신청사 준공식`).
        const held = parts.length > (place ? 1 : 0) && !parts.some((x) => PUBLIC_OFFICE.test(x));
        if (held && parts.every(isNamePart) && !saysOnlyWho(parts)) {
          const name = [word(k), ...parts].join(' ');
          if (!isGenericName(name)) out.push({ name, start: starts[k]!, end: starts[k]! + name.length });
        }
        break;
      }
      // `…참여하는 양천 주민참여예산제, … 시스템 등으로 높은 점수를 받았다`: described, it may be an item of a
      // list the sentence sums up with 등.
      if (described && w.endsWith(',') && w.length > 1 && isNamePart(w.slice(0, -1)) && LIST_SUMMED.test(text.slice(ends[j]!))) {
        const name = [word(k), ...wordsFrom(k + 1, j + 1)].join(' ').slice(0, -1);
        const named = !saysOnlyWho(wordsOf(name).slice(1)) && !isGenericName(name);
        // `홀로 사는 노원 독거노인, 장애인 등`: people listed, not initiatives.
        if (named && !PEOPLE_END.test(name)) out.push({ name, start: starts[k]!, end: starts[k]! + name.length });
        break;
      }
      // `…들여다보는 송파 청렴 계약 옴부즈만제와 … 마일리지제를 운영해 왔다`: described, it may be joined to
      // the next object of a verb of running.
      const joined = described && w.length > 1 ? JOINING_PARTICLE.exec(w) : null;
      if (joined && trailingParticle(w) === joined[0] && JOINED_OBJECT_TAKEN.test(text.slice(ends[j]!))) {
        const parts = wordsFrom(k + 1, j + 1);
        parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -joined[0].length);
        const name = [word(k), ...parts].join(' ');
        // (A place and one noun is where: `…넘은 상계동 경로당과 어린이집 등을`.)
        const named = parts.every(isNamePart) && !saysOnlyWho(parts) && !isGenericName(name) && !(place && parts.length < 2);
        // `… 청계천 헌책방 거리 상인들과`: people joined to the object, not an initiative.
        if (named && !PEOPLE_END.test(name) && !name.endsWith('들')) out.push({ name, start: starts[k]!, end: starts[k]! + name.length });
        break;
      }
      // `동작 제로웨이스트 가게 2호점을 열었다`: the branch's number after the name carries its particle.
      const branch = j > k + 1 && (described || model || OBJECT_PARTICLE.test(w)) ? BRANCH_NUMBER.exec(w) : null;
      const marked = (model ? MODEL_PARTICLE : described ? DESCRIBED_PARTICLE : OBJECT_PARTICLE).exec(w);
      // `안심귀가`: a noun that only ends like a particle (word-endings.ts) has none.
      const copula = model ? MODEL_COPULA.exec(w) : null;
      const particle = branch ?? copula ?? (marked && trailingParticle(w) === marked[0] ? marked : null);
      if (!particle) {
        if (!isNamePart(w)) break;
        continue;
      }
      const after = wordsFrom(j + 1, j + 7)
        .filter((x) => !WHEN_WORD.test(x) && !TO_WHOM.test(x))
        .slice(0, described ? 3 : 2);
      const verb = after.find((x) => PROGRAM_VERBS.some((v) => x.startsWith(v)));
      if (!model && !verb) break;
      // `…해주는 강북 꿈동이 학습멘토단을 꾸렸다`: a subject with an object of its own before the verb is the doer,
      // not what is run.
      const subjectMarked = particle[0] === '이' || particle[0] === '가';
      if (subjectMarked && verb && after.slice(0, after.indexOf(verb)).some((x) => OBJECT_PARTICLE.test(x) && trailingParticle(x) !== null)) break;
      const parts = wordsFrom(k + 1, branch ? j : j + 1);
      if (!branch) parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -particle[0].length);
      const last = parts[parts.length - 1]!;
      if (!last || !parts.every(isNamePart) || saysOnlyWho(parts) || last.endsWith('들')) break;
      // What is run (운행) is a vehicle (`…건강버스를 운행`), not its route (`… 마을버스 노선을 조정해 운행한다`).
      if (verb?.startsWith('운행') && !VEHICLE.test(last)) break;
      // A place and one noun (`상계동 주차장을 조성`) is where a thing is; described, or with more words
      // (`올해 처음 양재천 벚꽃 야간산책을 운영한다`), it is named.
      if (place && !described && parts.length < 2) break;
      const name = [word(k), ...parts].join(' ');
      // `성북동 옛 목욕탕`, `역삼동 구 소유 건물`: a former building of the place, described.
      if (place && (isGenericName(name) || PEOPLE_END.test(name) || parts.some((x) => REFERENCE_WORDS.has(x) || x === '옛'))) break;
      out.push({ name, start: starts[k]!, end: starts[k]! + name.length });
      break;
    }
  }
  return out;
}

/** True when every word after the district's name is a topic word or a determiner (`마포 주민`): who, not what. */
function saysOnlyWho(words: readonly string[]): boolean {
  return words.every((x) => TOPIC_WORDS.has(x) || DETERMINERS.has(x));
}

/**
 * Two words, the second `센터` alone (`오류동 센터`, `고척 센터`) or a neighbourhood and any bare head
 * (`고덕동 쉼터`), the first no district's name: one branch of a network called by its place
 * (`우이천 물놀이장` names its own kind, so stays).
 */
function isBranch(name: string): boolean {
  const words = wordsOf(name);
  if (words.length !== 2 || DISTRICT_WORDS.has(words[0]!)) return false;
  // `고덕동 쉼터`: a neighbourhood and a bare head, one site of an initiative named before.
  return BRANCH_HEADS.has(words[1]!) || (/^[가-힣]{1,4}\d?가?동$/u.test(words[0]!) && !NOT_NEIGHBOURHOOD.has(words[0]!) && headOf(words[1]!) === words[1]);
}

const BRANCH_HEADS: ReadonlySet<string> = new Set(['센터', '지점', '분관', '분소']);
const NOT_NEIGHBOURHOOD: ReadonlySet<string> = new Set(NOT_NEIGHBOURHOODS);

/** True when a syllable closes with ㄴ (`는`, `든`, `연`): the adnominal endings' final. */
function isNieunFinal(code: number): boolean {
  const index = code - 0xac00;
  return index >= 0 && index < 11172 && index % 28 === 4;
}

const PLACE_FIRST_CODES = charTable([...SEOUL_PLACES].map((w) => w.charCodeAt(0)));
const PLACE_LAST_CODES = charTable([...SEOUL_PLACES].map((w) => w.charCodeAt(w.length - 1)));
const DONG = 0xb3d9;

/**
 * True when `text[start, end)` is a place inside a district: one of SEOUL_PLACES, or a neighbourhood
 * (`상계동`, `창신2동`, `가회동`; not a noun ending in 동, see NOT_NEIGHBOURHOODS). Codes first.
 */
function isPlaceWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 8) return false;
  if (text.charCodeAt(end - 1) === DONG) {
    const word = text.slice(start, end);
    // (`취약아동`, `기후행동`: compounds of those nouns are no neighbourhood either.)
    return NEIGHBOURHOOD.test(word) && !NOT_NEIGHBOURHOOD_END.test(word);
  }
  return (
    inTable(PLACE_LAST_CODES, text.charCodeAt(end - 1)) && inTable(PLACE_FIRST_CODES, text.charCodeAt(start)) && SEOUL_PLACES.has(text.slice(start, end))
  );
}

const NEIGHBOURHOOD = /^[가-힣]{1,4}\d?가?동$/u;
const NOT_NEIGHBOURHOOD_END = new RegExp(`(?:${NOT_NEIGHBOURHOODS.join('|')})$`, 'u');

/** True when `text[start, end)` is a district's name or short name (codes compared before slicing). */
function isDistrictWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 4 || !inTable(DISTRICT_LAST_CODES, text.charCodeAt(end - 1))) return false;
  if (!inTable(DISTRICT_FIRST_CODES, text.charCodeAt(start))) return false;
  return DISTRICT_WORDS.has(text.slice(start, end));
}

/**
 * True when a head is a descriptor of the name after it (`진로체험 프로그램인 ‘…’`, `대표 축제인
 * …`) or a place written as a venue (`구민체육센터에서`, `…센터 2층`).
 */
function isDescriptorOrVenue(head: string, after: string): 'descriptor' | 'venue' | null {
  if (/^(?:인|이자)\s/u.test(after)) return 'descriptor';
  return PLACE_HEADS.includes(head) && VENUE_AFTER.test(after) ? 'venue' : null;
}

/**
 * True when the word `한` before `at` is the determiner ("a certain"): after a possessive (`시흥동의 한
 * 아파트`) or opening its sentence or clause. After an object or adverb it is 하다's adnominal (`학생을
 * 대상으로 한 …`, `받도록 한 …`), which describes a name.
 */
function isIndefinite(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const before = wordBefore(text, end - '한'.length);
  return before === '' || before.endsWith('의') || CLOSING_PUNCT.test(before);
}

/** The word ending just before `at` (spaces skipped), or ''. */
// `올해 겨울 쪽방 주민 겨울나기 지원사업`: a season after a word of when (올해, 이번, 지난) is when, not the name's.
// (Not before `방학`, `학기`: `여름 방학 영어캠프` is named for its holiday.)
const SEASON_AFTER_WHEN = /^(?:봄|여름|가을|겨울)\s(?!방학|학기)/u;
const WHEN_BEFORE_SEASON: ReadonlySet<string> = new Set(['올해', '올', '이번', '지난', '내년', '작년', '매년', '해마다', '오는']);

/** Where a name starting at `start` really starts: past a season that a word of when before it makes a time. */
function pastSeason(text: string, start: number, end: number): number {
  const season = SEASON_AFTER_WHEN.exec(text.slice(start, end));
  return season && WHEN_BEFORE_SEASON.has(wordBefore(text, start)) ? start + season[0].length : start;
}

/**
 * True when `before` is `인근` after a bare noun (`가산디지털단지역 인근 금천 청년창업센터`): the vicinity of a place,
 * where the name stands, not a neighbour's (`인근 자치구 조례`).
 */
function nearPlace(text: string, at: number, before: string): boolean {
  if (before !== '인근') return false;
  const place = wordBefore(text, text.lastIndexOf(before, at));
  return place.length >= 2 && /^[가-힣A-Za-z0-9]+$/u.test(place) && trailingParticle(place) === null && !endsInVerbForm(place);
}

function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(wordStart(text, end), end);
}

/**
 * True when the next word also ends in a head noun (`노원 청년정책 네트워크`): the name is the
 * longer phrase, found at that head.
 */
function continuesCompound(text: string, end: number): boolean {
  const next = /^ ([^\s…]+)/u.exec(text.slice(end));
  if (!next) return false;
  const word = next[1]!.replace(/[,.)’”'"」』]+$/u, '');
  const stem = word.slice(0, word.length - (trailingParticle(word)?.length ?? 0));
  return headOf(stem) !== null;
}

/** Offset where the word holding `at` begins (a glued stop, `했다.이번`, also parts words). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1)) && !(text.charCodeAt(i - 1) === 0x2e && gluedStop(text, i - 1))) i--;
  return i;
}

/**
 * Heads of formal titles: an ordinance is cited by its full title, which joins nouns with `및` and
 * `…에 관한` (`강동구 도시정원 조성 및 관리에 관한 조례`), unlike the names of projects or places.
 */
const FORMAL_TITLE_HEADS: ReadonlySet<string> = new Set(['조례']);

/** Continues a formal title back over `및`, `…에 관한` / `…에 대한` and the nouns before them. */
function extendFormalTitle(text: string, start: number, skip: (at: number) => boolean): number {
  let pos = start;
  for (;;) {
    const joined = /(?:^|\s)(및|[가-힣]+에\s(?:관한|대한))\s$/u.exec(text.slice(0, pos));
    if (!joined) return pos;
    const at = joined.index + joined[0].indexOf(joined[1]!);
    const from = extendBack(text, at, skip);
    // `및` must join two nouns; `…에 관한` opens with its own noun, so it stands alone.
    if (joined[1] === '및' && from === at) return pos;
    pos = from;
  }
}

/**
 * True for one word made of a head and a one-syllable modifier (`북콘서트`, `책쉼터`, `빛축제`), or a
 * two-syllable one that is no district's name (`불꽃축제`, `공유부엌`): such compounds are common nouns,
 * while names built on a head carry more (`서리풀 책쉼터`, `강동축제`).
 */
function isCommonCompound(name: string): boolean {
  if (/\s/u.test(name) || /[0-9A-Za-z]/u.test(name)) return false;
  const head = headOf(name);
  if (head === null) return false;
  const modifier = name.slice(0, name.length - head.length);
  return modifier.length === 1 || (modifier.length === 2 && !DISTRICT_WORDS.has(modifier));
}

/** Walks back from a head word's start over the plain nouns of its name. */
function extendBack(text: string, start: number, skip: (at: number) => boolean): number {
  let pos = start;
  for (let n = 1; n < MAX_WORDS; n++) {
    let wordEnd = pos;
    while (wordEnd > 0 && isWhiteSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    // One or two spaces between the words of a name; none or more is no name.
    if (wordEnd === pos || pos - wordEnd > 2) break;
    let from = wordStart(text, wordEnd);
    let word = text.slice(from, wordEnd);
    if (skip(from) || CLOSING_PUNCT.test(word)) break;
    const bullet = BULLET_START.exec(word);
    if (bullet) {
      word = word.slice(bullet[0].length);
      from += bullet[0].length;
    }
    // A district word is a name's first word even where it looks like a noun with a particle
    // (`구로` ends in 로).
    const district = DISTRICT_WORDS.has(word);
    // `을지로 빛의 거리`, `마포 꿈의 학교`: one syllable and 의 inside a name, when a name's word stands before
    // (not `등의`, `구의`).
    if (genitiveInside(word, wordBefore(text, from))) {
      pos = from;
      continue;
    }
    if (!word || (!district && (!isNamePart(word) || governedVerb(text, from, word)))) {
      // `노원 따뜻한 겨울나기 119 사업`: a modifier inside a name the district's own name opens.
      const opener = word && endsInVerbForm(word) && !trailingParticle(word) ? districtWordBefore(text, from) : -1;
      if (opener >= 0) pos = opener;
      break;
    }
    pos = from;
    // The district's name opens the name: what stands before it (`낙성대동`, `서울`) is context.
    if (bullet || district) break;
  }
  return pos;
}

const GENITIVE_WORD = /^[가-힣]{1,2}의$/u;

/**
 * True when `word`, a noun with 의, stands inside a name after `before`: one syllable after a word of
 * the name (`을지로 빛의 거리`), two after the district's own name (`강동 사랑의 김장나눔 한마당`); not 등, 구
 * or a topic word (`등의`, `구의`, `주민의`).
 */
export function genitiveInside(word: string, before: string): boolean {
  if (!GENITIVE_WORD.test(word)) return false;
  const stem = word.slice(0, -1);
  if (STOP_WORDS.has(stem) || REFERENCE_WORDS.has(stem) || TOPIC_WORDS.has(stem)) return false;
  return stem.length === 1 ? isNamePart(before) : DISTRICT_WORDS.has(before);
}

/**
 * Where the district word just before `at` starts (one space between), or -1. One plain noun may
 * stand between, the modifier's object (`동대문 책 읽는 가족데이`).
 */
function districtWordBefore(text: string, at: number): number {
  let end = at - 1;
  for (let n = 0; n < 2; n++) {
    if (end <= 0 || text.charCodeAt(end) !== 0x20) return -1;
    const start = wordStart(text, end);
    const word = text.slice(start, end);
    if (DISTRICT_WORDS.has(word)) return start;
    if (!isNamePart(word)) return -1;
    end = start - 1;
  }
  return -1;
}

/**
 * True when `word` is the verb of the object before it (`아이디어를 모아 축제 …`, `4개 분야로 나눠
 * 종합상황실을`): an object (`…을`/`…를`) or a result (`…로`) is followed by its verb, and a word ending in
 * the connective -아/-어 there is that verb, not a noun of a name.
 */
function governedVerb(text: string, at: number, word: string): boolean {
  if (!endsInConnective(word)) return false;
  // The word before `at` and the spaces after it (`(\S+)\s+$`), read backwards from `at`.
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  const prev = end < at ? text.slice(start, end) : '';
  const particle = trailingParticle(prev.replace(/[,.]$/u, ''));
  return particle === '을' || particle === '를' || particle === '로' || particle === '으로';
}

/** True when a word can stand inside a name (a plain noun, not a particle or verb form). */
function isNamePart(word: string): boolean {
  // `찾아가는 반려식물 상담소`: outreach leads many initiatives' names though it is a verb form.
  if (NAME_LEAD_VERBS.has(word)) return true;
  if (STOP_WORDS.has(word) || COUNTER_WORD.test(word) || /^제\d+회$/u.test(word) || DURATION.test(word)) return false;
  if (/['"‘’“”「」『』]/u.test(word) || /^[(（]/u.test(word)) return false;
  // `동마다 한 곳씩`: a share per thing (씩, "each") is no part of a name.
  if (word.endsWith('씩')) return false;
  if ((word.match(/[(（]/gu) ?? []).length !== (word.match(/[)）]/gu) ?? []).length) return false;
  const copula = COPULA.exec(word);
  if ((copula && categoryOf(word.slice(0, -copula[0].length))) || INSTITUTION.test(word)) return false;
  // `확대로`, `개선으로`: a verbal noun with 로 is a means (`…한 확대로`), though `대로` alone is a road.
  if (/로$/u.test(word) && verbalNounOf(word.replace(/으?로$/u, ''))) return false;
  // `…스테이션 조성과 …정비사업`: a verbal noun with 과 joins two actions, though `성과` is a noun.
  if (/[과와]$/u.test(word) && verbalNounOf(word.slice(0, -1))) return false;
  return !trailingParticle(word) && !endsInVerbForm(word);
}

/**
 * True when a word ends in the connective -아/-어 (`모아`, `넣어`, `펴`, `나눠`, `봐`, `피해`, `돼`): its
 * last syllable has no final consonant and the vowel ㅏ, ㅐ, ㅓ, ㅕ, ㅘ, ㅙ or ㅝ.
 */
function endsInConnective(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171 || code % 28 !== 0) return false;
  return CONNECTIVE_VOWELS.has(Math.floor(code / 28) % 21);
}

// Medial vowel indices of Hangul syllables: ㅏ 0, ㅐ 1, ㅓ 4, ㅕ 6, ㅘ 9, ㅙ 10, ㅝ 14.
const CONNECTIVE_VOWELS: ReadonlySet<number> = new Set([0, 1, 4, 6, 9, 10, 14]);

// (Not `함께하는`: `함께하는 축제` says how, of any festival.)
const NAME_LEAD_VERBS: ReadonlySet<string> = new Set(['찾아가는']);

/**
 * `청년 복합공간 마포청년나루를 연다`: one word that opens with the district's short name and goes on
 * for two syllables or more, the object of a verb of opening or running, is a name the district gave.
 * Not its office or a district itself (`마포구청을`, `마포구를`), a place one syllable long (`강남역을`) or
 * who (`마포청년을`).
 * @returns The name without its particle, or null.
 */
function gluedDistrictName(w: string, next: string): string | null {
  const particle = OBJECT_PARTICLE.exec(w);
  if (!particle || !PROGRAM_VERBS.some((v) => next.startsWith(v))) return null;
  const name = w.slice(0, -particle[0].length);
  const short = DISTRICTS.find((d) => d.short.length > 1 && name.startsWith(d.short))?.short;
  if (!short) return null;
  const rest = name.slice(short.length);
  // `마포청년을 모집`: the district and who (a topic word) say who, not what.
  if (rest.length < 2 || rest.startsWith('구') || !/^[가-힣]+$/u.test(rest) || TOPIC_WORDS.has(rest)) return null;
  return name;
}

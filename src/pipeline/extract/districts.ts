/**
 * District mentions and their grammatical role. Korean marks the subject with a particle glued
 * to the noun (`서초구는`, `서초구가`, `서초구청은`), often with the head in brackets
 * (`양천구(구청장 김하늘)가`) or Seoul before it (`서울 관악구가`); headlines and teasers use a comma
 * (`강동, 주민이 …`). A district followed by a space and a noun (`동작구 청년정책`), an object or
 * place particle (`서초구를`, `서초구에서`) or standing in a list (`종로구, 중구, 용산구`) is mentioned,
 * not the subject. `부산 중구`, `인천 중구`, `부산 강서구` are not Seoul's.
 */
import { DISTRICTS, districtByShortName } from '../korean/districts.ts';
import { OTHER_CITIES, SEOUL_NAMES } from '../korean/places.ts';

/** How a district stands in its sentence. */
export type MentionRole =
  /** `양천구(구청장 김하늘)가`, `서울 관악구는`: introduced as the subject. */
  | 'strong'
  /** `서초구는`, `서초구가`, `서초구청은`, `양천구도`. */
  | 'subject'
  /** `…서초구청장은` (its head is the subject). */
  | 'head'
  /** `강동, 주민이 …`, `양천구, 스마트 …` (headline and teaser style), `종로 | 한복 나들이 | …` (a table's row). */
  | 'comma'
  /** Two districts joined as one subject: `성동구와 광진구는`. */
  | 'pair'
  /** One of a list (`종로구, 중구, 용산구`): never a subject. */
  | 'list'
  /** Anything else: an object, a place, a modifier, a partner. */
  | 'mention';

/** One place a Seoul district (or a same-named one elsewhere) is written. */
export interface DistrictMention {
  /** The district's Hangul name (`서초구`), also for the short form `서초`. */
  readonly district: string;
  /** Offset of the written name in the text. */
  readonly start: number;
  /** Offset just after the written name. */
  readonly end: number;
  /** Offset where `서울 ` or another city's name before it starts (= `start` when none). */
  readonly from: number;
  /** Written without 구 (`강동,`). */
  readonly short: boolean;
  /** `서울`, `서울시` written right before. */
  readonly seoul: boolean;
  /** Another city written right before (`부산`): a same-named district outside Seoul. */
  readonly otherCity: string | null;
  readonly role: MentionRole;
}

const FULL = new Set(DISTRICTS.map((d) => d.name));
// The syllable before 구 in every full name (`서초구` → 초): most 구 in a text (`연구`, `구민`) follow
// none of them and are passed over without looking up the words ending there.
const BEFORE_GU = new Set(DISTRICTS.map((d) => d.name.charCodeAt(d.name.length - 2)));
// Short names are looked up with districtByShortName (`중` alone is never one: too common a syllable);
// their first syllables spare the lookup after most list marks.
const SHORT_FIRST_CODES = new Set(DISTRICTS.filter((d) => d.short.length >= 2).map((d) => d.short.charCodeAt(0)));
const CITY_BEFORE = new RegExp(`(${SEOUL_NAMES.join('|')}|(?:${OTHER_CITIES.join('|')})(?:광역시|시)?)\\s*$`);
const HANGUL = /[가-힣]/;
const OTHER_CITY_NAME = new RegExp(OTHER_CITIES.join('|'));
// (`|` divides a table's cells: `종로 | 제9회 …`.)
const LIST_MARKS = /[,·ㆍ、|]/g;

/**
 * Offset of the first list mark at or after `from`, or -1: `test` with `lastIndex` finds it without
 * the match object `matchAll` makes for each (every paragraph and sentence is scanned).
 */
function nextListMark(text: string, from: number): number {
  LIST_MARKS.lastIndex = from;
  return LIST_MARKS.test(text) ? LIST_MARKS.lastIndex - 1 : -1;
}

type RawMention = Omit<DistrictMention, 'role'>;

/**
 * Where a name written at `start` may begin a mention: after a non-syllable, or right after a city
 * name (`서울 마포구`, `부산중구`) that itself follows a non-syllable. Returns the city, '' for none,
 * or null when the name is part of a longer word (`집중구역`).
 */
function cityBefore(text: string, start: number): { city: string; from: number } | null {
  const lead = text.slice(Math.max(0, start - 10), start);
  const m = CITY_BEFORE.exec(lead);
  if (m) {
    const from = start - lead.length + m.index;
    if (!HANGUL.test(text[from - 1] ?? ' ')) return { city: m[1]!, from };
  }
  return HANGUL.test(text[start - 1] ?? ' ') ? null : { city: '', from: start };
}

function mention(district: string, start: number, end: number, short: boolean, at: { city: string; from: number }): RawMention {
  const seoul = at.city.startsWith('서울');
  return { district, start, end, from: at.from, short, seoul, otherCity: at.city && !seoul ? at.city : null };
}

/**
 * Finds the written names: full names by each `구` (looking back for the longest name ending
 * there), short names only before a comma or list mark (`강동, …`, `강남·서초`). A scan by
 * character instead of one alternation of 49 names: the ingest reads thousands of articles a second.
 */
function scanNames(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (let i = text.indexOf('구'); i !== -1; i = text.indexOf('구', i + 1)) {
    if (!BEFORE_GU.has(text.charCodeAt(i - 1))) continue;
    for (let len = 4; len >= 2; len--) {
      const start = i - len + 1;
      if (start < 0 || !FULL.has(text.slice(start, i + 1))) continue;
      const at = cityBefore(text, start);
      if (at) out.push(mention(text.slice(start, i + 1), start, i + 1, false, at));
      break;
    }
  }
  for (let mark = nextListMark(text, 0); mark !== -1; mark = nextListMark(text, mark + 1)) {
    let end = mark;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    for (let len = 3; len >= 2; len--) {
      const start = end - len;
      const district = start >= 0 ? districtByShortName(text.slice(start, end))?.name : undefined;
      if (!district) continue;
      const at = cityBefore(text, start);
      if (at) out.push(mention(district, start, end, true, at));
      break;
    }
    // The list's last name (`중랑·서대문·동대문`, `강남·서초 주민`) has no mark after it.
    const last = lastShortOfList(text, mark);
    if (last) out.push(last);
  }
  return out.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
}

/**
 * A short name right after a list mark and before anything but a syllable (`…·동대문`, `·서초 주민`),
 * when no list mark follows it (that name is found with its own mark) and no 구 (a full name).
 */
function lastShortOfList(text: string, mark: number): RawMention | null {
  let start = mark + 1;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  // Most marks are followed by no district's first syllable: nothing is sliced for them.
  if (!SHORT_FIRST_CODES.has(text.charCodeAt(start))) return null;
  for (let len = 3; len >= 2; len--) {
    const end = start + len;
    const district = districtByShortName(text.slice(start, end))?.name;
    if (!district || HANGUL.test(text[end] ?? ' ')) continue;
    if (/^\s*[,·ㆍ、]/.test(text.slice(end, end + 3))) return null;
    return mention(district, start, end, true, { city: '', from: start });
  }
  return null;
}

// Subject particles right after the name (ends in a vowel: 구), after 구청 (a consonant), or after `)`.
const AFTER_VOWEL = /^(?:는|가|도|만|에서는|에선|에서도)(?![가-힣])/;
const AFTER_CONSONANT = /^(?:은|이|도|만|에서는|에선|에서도)(?![가-힣])/;
const AFTER_BRACKET = /^(?:는|은|가|이|도|에서는)(?![가-힣])/;
const HEAD_BRACKET = /^\((?:구청장|청장)[\s)]/;
const JOINTLY = /^\s*(?:공동|함께|합동|손잡고|손잡아)/u;
const JOINER = /^\s*(?:\([^)]*\))?\s*(?:[,·ㆍ、/]|와|과|및|하고|,?\s*그리고)\s*(?:서울(?:특별시|시)?\s*)?$/;

/**
 * Finds every district name in `text` with its role in the sentence.
 * @param text A sentence or paragraph.
 * @returns Mentions in order, including same-named districts of other cities (`otherCity` set).
 */
export function findDistrictMentions(text: string): DistrictMention[] {
  const raw = scanNames(text);
  // `잠실 석촌호수(송파구)는 …`, `성수동(성동구)에서는 …`: a place glossed with its district, the district the
  // subject through the place.
  const roles = raw.map((m) =>
    text.charCodeAt(m.start - 1) === 0x28 && text.charCodeAt(m.end) === 0x29
      ? glossRole(text.slice(m.end + 1, m.end + 12))
      : roleFromTail(text.slice(m.end, m.end + 40), m.seoul, m.short),
  );
  // Lists: consecutive names joined by `,` `·` `와` `및` … share one role.
  for (let i = 0; i < raw.length; ) {
    let j = i;
    while (j + 1 < raw.length && JOINER.test(text.slice(raw[j]!.end, raw[j + 1]!.from))) j++;
    // `송파구, 강동구와 손잡고`: a headline's topic, then a partner; not a list of two.
    if (j === i + 1 && /^\s*,\s*$/.test(text.slice(raw[i]!.end, raw[j]!.from)) && /^(?:와|과)\s/.test(text.slice(raw[j]!.end))) {
      roles[i] = 'comma';
      roles[j] = 'mention';
      i = j + 1;
      continue;
    }
    if (j > i) {
      const last = roles[j]!;
      // `서대문구(구청장 …)와 은평구(구청장 …)가`: the first district's head in brackets may stand between.
      const joinedByAnd = j === i + 1 && /^\s*(?:\([^)]*\))?\s*(?:와|과|및|하고|·|ㆍ)\s*$/.test(text.slice(raw[i]!.end, raw[j]!.from));
      // `서대문·은평 공동 …`, `성동구와 광진구가 함께`: two districts doing one thing together.
      const together = joinedByAnd && JOINTLY.test(text.slice(raw[j]!.end, raw[j]!.end + 6));
      const pair = joinedByAnd && (last === 'subject' || last === 'strong' || together);
      for (let k = i; k <= j; k++) roles[k] = pair ? 'pair' : 'list';
    }
    i = j + 1;
  }
  return raw.map((m, i) => ({ ...m, role: roles[i]! }));
}

/** The role of a district glossing a place (`석촌호수(송파구)는`): the place's particle after the bracket. */
function glossRole(tail: string): MentionRole {
  return AFTER_BRACKET.test(tail) ? 'subject' : 'mention';
}

/** The role a district plays, read from the text right after its name. */
function roleFromTail(tail: string, seoul: boolean, short: boolean): MentionRole {
  // `종로 | 제9회 종로 한복 나들이 | 10.5.~10.6.`: a table row whose first cell is its district.
  if (short) return /^\s*[,|]/.test(tail) ? 'comma' : 'mention';
  let t = tail;
  let strong = seoul;
  if (t.startsWith('청장')) {
    t = t.slice(2).replace(/^\s*권한\s*대행/, '');
    // (`▶ 김도윤 금천구청장 : …`: a speaker's label in a round-table or an interview.)
    return /^(?:은|이|도|는|가)(?![가-힣])|^\s?[:：]\s/.test(t) ? 'head' : 'mention';
  }
  // `금천구의회는 … 조례를 통과시켰다`: the district's council acts for the district.
  if (t.startsWith('의회')) return /^의회(?:는|가|에서|도)(?![가-힣])/.test(t) ? 'subject' : 'mention';
  let after = AFTER_VOWEL;
  if (/^청(?![가-힣])|^청(?=은|이|도|만|에서)/.test(t)) {
    t = t.slice(1);
    after = AFTER_CONSONANT;
  }
  if (t.startsWith('(')) {
    const close = t.indexOf(')');
    if (close === -1) return 'mention';
    if (HEAD_BRACKET.test(t)) strong = true;
    t = t.slice(close + 1);
    after = AFTER_BRACKET;
  }
  if (after.test(t)) return strong ? 'strong' : 'subject';
  if (/^\s*[,|]/.test(t)) return 'comma';
  return 'mention';
}

/**
 * Districts written with another city before them (`부산 중구`) and never with Seoul's name: in
 * such an article a bare `중구` is that city's too.
 * @param texts The article's headline and paragraphs.
 */
export function districtsOfOtherCities(texts: readonly string[]): Set<string> {
  const elsewhere = new Set<string>();
  const seoul = new Set<string>();
  for (const text of texts) {
    if (!OTHER_CITY_NAME.test(text) && !text.includes('서울')) continue;
    for (const m of findDistrictMentions(text)) {
      if (m.otherCity) elsewhere.add(m.district);
      if (m.seoul) seoul.add(m.district);
    }
  }
  for (const d of seoul) elsewhere.delete(d);
  return elsewhere;
}

/**
 * Seoul's district mentions in `text`: drops same-named districts of other cities.
 * @param text A sentence or paragraph.
 * @param elsewhere Districts this article places in another city (see `districtsOfOtherCities`).
 */
export function seoulMentions(text: string, elsewhere: ReadonlySet<string> = new Set()): DistrictMention[] {
  return findDistrictMentions(text).filter((m) => !m.otherCity && (m.seoul || !elsewhere.has(m.district)));
}

/**
 * Whose a program named in a district's story is. News names other bodies' initiatives beside the
 * district's own: a neighbour's for comparison (`한편 인근 성동구와 동대문구도 …`), another city's
 * same-named district's (`대구 중구의 근대골목 투어`), the city's or the state's that the district joins
 * (`서울시가 운영하는 ‘…’`, `국립중앙도서관의 ‘…’`), a venue named for another district (`중구 프레스센터`).
 * Those are not this story's programs. Pure string tests, for extract/programs.ts.
 */
import { findDistrictMentions } from './districts.ts';
import { wordsOf } from './program-name.ts';
import { SUBJECT_WINDOW, sentenceSubject } from '../subject.ts';
import { splitSentences } from '../korean/sentences.ts';
import { OTHER_CITIES } from '../korean/places.ts';
import { ORGANISATION_ENDS, PLATFORM_COMPANIES, PRIVATE_PRODUCTS } from '../korean/program-words.ts';
import { districtByName, districtByShortName } from '../korean/districts.ts';

/**
 * True when a name found at `at` in a paragraph is another district's, city's or body's: introduced
 * by its possessive, run by it, or named after it.
 * @param text The paragraph.
 * @param at Where the name starts.
 * @param name The name.
 * @param district The story's district.
 */
export function belongsElsewhere(text: string, at: number, name: string, district: string): boolean {
  return (
    ownedElsewhere(text, at, district) ||
    namedForOther(name, district) ||
    OTHER_BODY_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ||
    (BODY_ACTS_ON.test(text.slice(Math.max(0, at - 12), at)) && BODY_RUNS.test(text.slice(at + name.length, at + name.length + 30)) && !namedForOwn(name, district)) ||
    PRIVATE_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
    (PLATFORM_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !namedForOwn(name, district)) ||
    CITY_CLAUSE.test(text.slice(clauseStart(text, at), at))
  );
}

// `…다녀갔고, 서울시도 정거장 모델을 ‘…’ 사업에 반영하는 방안을 검토하고 있다`: the city as the subject
// of the clause that names it (a sentence opening with it is read by othersSentence).
const CITY_CLAUSE = /^(?:서울(?:특별)?시|정부)(?:는|가|도)\s/u;

// `네이버 ‘동네시장 장보기’ 서비스`, `카카오의 …`: a platform company's service (not the district's own channel on
// it, named for the district: `유튜브 ‘구로TV’ 채널`, `카카오톡 ‘성동 안심톡’`).
const PLATFORM_BEFORE = new RegExp(`(?:^|\\s)(?:${PLATFORM_COMPANIES.join('|')})(?:의)?\\s[‘'"“「<]?$`, 'u');

/** Where the clause holding offset `at` starts: after the last comma or stop before it. */
function clauseStart(text: string, at: number): number {
  let i = Math.max(text.lastIndexOf(', ', at), text.lastIndexOf('. ', at));
  if (i === -1) return 0;
  i += 2;
  while (i < at && text.charCodeAt(i) === 0x20) i++;
  return i;
}

// `대구 중구의 근대골목 투어`, `성동구의 ‘…’`: a name right after another district's possessive.
const POSSESSOR = new RegExp(`(?:(${OTHER_CITIES.join('|')})(?:광역시|시)?\\s?)?([가-힣]{1,4}구)의\\s+[‘“'"「<〈]?$`, 'u');

// `올해 정부가 희망근로 프로젝트를 시작했지만`: the state or the city, the subject right before the name.
// (A ministry ends in 부; of the 처 only the agencies, as `바우처는` is no body.)
const BODY_ACTS_ON = /(?:^|\s)(?:정부|국가|서울(?:특별)?시|[가-힣]{2,8}부|식약처|보훈처|인사처|법제처)(?:가|이|는)\s$/u;
// A verb of starting or running after the body's name (`…프로젝트를 시작했지만`), not of praising, picking or
// visiting the district's (`…을 우수 사례로 꼽았다`, `…를 찾아`).
const BODY_RUNS = /^[’”'"」>]?(?:을|를|은|는|이|가)?\s(?:[^\s.!?]+\s){0,2}?(?:시작|운영|추진|도입|시행|실시|마련|만들|펼치|벌이|내놓)/u;
// `민간 주차 앱 ‘…’`, `민간 플랫폼 …`: a private company's product, which the district uses (not `민간 기업과
// 손잡고 ‘…’`, `민간 위탁 방식으로 …`: the district's, run with a private partner).
const PRIVATE_BEFORE = new RegExp(`(?:^|\\s)민간\\s(?:[가-힣]{1,6}\\s)?[가-힣]*(?:${PRIVATE_PRODUCTS.join('|')})\\s[‘'"“「<]?$`, 'u');

// `서울시가 운영하는 ‘…’`, `서울시가 매년 여는 …박람회`, `행정안전부가 올해 벌이고 있는 ‘…’`, `국립중앙도서관의 ‘…’`, `행정안전부의 …`,
// `서울시 ‘…’`, `국토교통부 ‘…’ 공모`: another body's
// programme or service, which the district joins or links to.
const OTHER_BODY_BEFORE =
  /(?:서울(?:특별)?시|(?<![가-힣])시|정부|국가|국립[가-힣]*|[가-힣]{2,}(?:부|처|(?<!구)청|공단|공사|재단|진흥원))(?:가|이|에서)?\s(?:(?:올해|지난해|최근|새로|이번에?|매년|해마다)\s)?(?:운영|추진|시행|도입|만든|마련한|주관|벌이|벌인|펼치|펼친|진행|개최|여는)[가-힣]*\s(?:(?:있는|중인)\s)?[‘'"“「<]?$|(?:서울(?:특별)?시|정부|국립[가-힣]*|[가-힣]{2,}(?:부|처|공단|공사|재단|진흥원))의\s[‘'"“「<]?$|(?<![가-힣])(?:서울(?:특별)?시|[가-힣]{2,}(?:부|처|위원회))\s?[‘'"“「<]$/u;

/**
 * True when a name opens with another Seoul district's name (`중구 프레스센터` in a 강동구 story,
 * `마포 청년센터`), the city's or the state's (`서울시 …`, `국립…`): theirs, named in this story as a
 * venue, a model or a partner.
 */
function namedForOther(name: string, district: string): boolean {
  if (namedForOwn(name, district)) return false;
  const first = wordsOf(name)[0] ?? '';
  // `서울시 청년취업사관학교`, `국립중앙도서관`, `보건복지부 지역복지사업`: the city's or the state's; `참여연대
  // 예산감시단`, `노원경찰서 … 도우미단`: another organisation's.
  if (/^(?:서울(?:특별)?시|국립)/u.test(first) || MINISTRY.test(first) || ORGANISATION.test(first)) return true;
  const named = districtByName(first) ?? districtByShortName(first);
  return named !== undefined && named.name !== district;
}

/** True when a name opens with the story's own district's name or short name (`도봉 방과후 돌봄방`). */
export function namedForOwn(name: string, district: string): boolean {
  const words = wordsOf(name);
  // `서울특별시 서대문구 에너지 절약 … 조례`: a district's ordinance is titled with the city before it.
  const first = (words[0] === '서울특별시' || words[0] === '서울시') && words.length > 2 ? words[1]! : (words[0] ?? '');
  return (districtByName(first) ?? districtByShortName(first))?.name === district;
}

// Organisations that are not the district (`참여연대`, `한국관광공사`, `노원경찰서`, `…교육지원청`).
const ORGANISATION = new RegExp(`^[가-힣]{2,12}(?:${ORGANISATION_ENDS.join('|')})$`, 'u');
// A ministry, agency or commission of the state (`보건복지부`, `국가보훈처`, `국민권익위원회`).
const MINISTRY = /^[가-힣]{2,8}(?:부|처|위원회)$/u;

/** True when the name at `at` is introduced as another district's (or a same-named one elsewhere). */
function ownedElsewhere(text: string, at: number, district: string): boolean {
  const m = POSSESSOR.exec(text.slice(Math.max(0, at - 16), at));
  if (!m || !districtByName(m[2]!)) return false;
  return m[1] !== undefined || m[2] !== district;
}

// `한편 서울시는 …`, `시는 …`: a sentence about the city's own programme, not the district's.
const CITY_SUBJECT = /^(?:한편[,\s]\s?|또한?\s|이와\s함께\s)?(?:서울(?:특별)?시|시)(?:는|가|도)\s/u;

// How much of a sentence is read to tell a district's role (a pair's second district, a list's
// marks: `성동구와 동대문구도 …`); its subject stands within SUBJECT_WINDOW of the start.
const SUBJECT_READ = 64;

/**
 * True when the sentence's subject is another district (`한편 인근 성동구와 동대문구도 … 조례 개정을
 * 검토하고 있다`): what it names is that district's, written in this story for comparison. A
 * sentence of this story's own district (`구는 동작구와 함께 …`) is not; nor is one naming no subject.
 */
export function othersSentence(sentence: string, district: string): boolean {
  if (CITY_SUBJECT.test(sentence)) return true;
  if (!sentence.includes('구')) return false;
  const mentions = findDistrictMentions(sentence.slice(0, SUBJECT_READ));
  // `한편 같은 대회에서 부산 강서구도 ‘…’ 사례로 장려상을 받았다`: another city's same-named district.
  if (mentions.some((m) => m.otherCity && (m.role === 'subject' || m.role === 'strong') && m.from <= SUBJECT_WINDOW)) return true;
  const subjects = mentions.filter((m) => !m.otherCity).filter(
    (m) => (m.role === 'subject' || m.role === 'strong' || m.role === 'pair' || m.role === 'head') && m.from <= SUBJECT_WINDOW,
  );
  // A pair (`성동구와 광진구는 …`) is both districts' sentence.
  if (subjects.length === 0 || subjects.some((m) => m.district === district)) return false;
  return !OWN_TOPIC.test(sentence);
}

/**
 * Where a paragraph opened by another district's sentence (`금천구는 구립도서관 사서 6명을 …`: a
 * neighbour's model told inside this story) stops being that district's: at the first later sentence
 * about this story's district (its name as subject, or `구는 …`). The sentences between name no subject
 * (`… 가져다주는 책 꾸러미 배달 서비스도 붙였다`): they go on with the other district's.
 * @param text The paragraph.
 * @param district The story's district.
 * @returns The offset; 0 when the paragraph does not open with another district's sentence.
 */
export function othersPassageEnd(text: string, district: string): number {
  const sentences = splitSentences(text);
  if (sentences.length < 2 || !othersSentence(sentences[0]!.text, district)) return 0;
  for (let i = 1; i < sentences.length; i++) {
    if (ownsSentence(sentences[i]!.text, district)) return sentences[i]!.start;
  }
  return text.length;
}

/** True when the story's district is a sentence's subject (`구는 …`, `노원구가 …`, `노원은 …`). */
export function ownsSentence(sentence: string, district: string): boolean {
  if (OWN_TOPIC.test(sentence)) return true;
  const short = districtByName(district)?.short;
  return Boolean(sentenceSubject(sentence)?.districts.includes(district) || (short && opensWithShort(sentence, short)));
}

/** True when a sentence takes the district by its short name as topic or subject (`하지만 서대문은 …`). */
function opensWithShort(sentence: string, short: string): boolean {
  if (short.length < 2) return false;
  const m = /^(?:\S+\s)?(\S+?)(?:은|는|이|가|도)\s/u.exec(sentence);
  return m?.[1] === short;
}

// `구는 …`, `이에 구는 …`: the story's district, written short, back as the topic.
const OWN_TOPIC = /^(?:\S+\s)?구(?:는|가|도|에서는)\s/u;

/**
 * Deciding whether a quoted span names an initiative. Korean news quotes program names
 * (`‘꿈다리 프로젝트’`), but also grades (`‘우수기관’`), evaluations (`‘…혁신평가’`), slogans,
 * boards (`‘고시공고’ 게시판`), terms (`‘돌봄 공백’`) and speech. A span is a name when nothing
 * marks it as a label and something marks it as a name: its head noun, a classifier after it
 * (`‘…’ 사업`), a category before it (`리빙랩인 ‘…’`), a list bullet, or a verb of running or
 * opening (`‘…’를 운영`). Coordination with another name (`‘…’과 ‘…’`) is judged by the caller.
 */
import {
  CATEGORY_NOUNS,
  CLASSIFIERS,
  LABEL_CONTEXT_AFTER,
  LABEL_CONTEXT_BEFORE,
  LABEL_ENDINGS,
  OUTSIDE_BODY_BEFORE,
  PEOPLE_END,
  PROGRAM_VERBS,
  QUOTED_HEADS,
  SOFT_LABEL_ENDINGS,
  TOPIC_WORDS,
} from '../korean/program-words.ts';
import { DISTRICT_WORDS, endsWithAny, headOf, isGenericName, stripAction, wordsOf } from './program-name.ts';
import { endsInVerbForm, trailingParticle } from '../korean/word-endings.ts';
import type { QuotedSpan } from './quoted-spans.ts';

/** The verdict on one quoted span. */
export type QuotedVerdict =
  /** A name, with the evidence that made it one. */
  | { readonly kind: 'name'; readonly name: string }
  /** Nothing against it and nothing for it: a name only if coordinated with one. */
  | { readonly kind: 'maybe'; readonly name: string }
  /** A label, speech, a term: never a name. */
  | { readonly kind: 'reject' };

const REJECT: QuotedVerdict = { kind: 'reject' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const CLASSIFIER_AFTER = new RegExp(`^\\s?(?:${[...CLASSIFIERS].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'u');
const CATEGORY_BEFORE = new RegExp(`(?:${CATEGORY_NOUNS.map(escape).join('|')})(?:인|이자|이며|으로|로)?\\s*$`, 'u');
// A count after the quote (`‘…’ 100명이 …`, `‘…’ 30곳을 …`) says how many, not what, and dates
// (`‘…’를 오는 26일부터 27일까지 연다`, `‘…’을 다음 달 중 연다`) say when, and a frequency (`‘…’이 하루 네 차례 진행된다`)
// how often: all are skipped on the way to the verb.
const VERB_AFTER = new RegExp(
  `^(?:을|를|이|가|은|는|도|에|에서|으로|로|의)?\\s*(?:[\\d,]+(?:명|곳|개소|개|가구)\\S*\\s+)?(?:(?:오는|지난|내달|다음|이달|달|중|올해|내년|연내|연말|상반기|하반기|매주|매월|\\d{1,2}(?:월|일)\\S*)\\s+){0,3}(?:(?:하루|매일|매주|매달|매년|주|월|연)\\s?(?:[\\d]+|한|두|세|네|다섯)\\s?(?:차례|회|번)씩?\\s+)?(?:[^\\s,.]+\\s+){0,2}?(?:${PROGRAM_VERBS.map(escape).join('|')})`,
  'u',
);
// `…여부를 묻는 ‘청렴 해피콜’`, `…전산망을 연결한 ‘…바로처리망’`: a clause with its own object saying what the
// quoted thing does or was made of.
// (Not `대상을 수상한 ‘…’ 팀`: a contest's entry that won.)
const DOER_BEFORE = /[가-힣][을를]\s(?!(?:수상|차지|입상)한)[가-힣]+(?:는|한)\s*$/u;
// `‘올해의 단체장상’을 받았다`: a prize received, a label (extract/awards.ts reads it).
const PRIZE_RECEIVED = /^(?:을|를|이|의)?\s?(?:받|수상|차지|안)/u;
// `‘…쉼터’로 지정해 운영`: designated as a facility and run as one.
const DESIGNATED_TO_RUN = /^(?:으로|로)\s?지정(?:해|하여|하고|,)?\s?(?:[^\s,.]+\s){0,2}(?:운영|개방|활용)/u;
// `대표적인 것이 ‘청렴 해피콜’이다`: the quote names the district's representative initiative.
const REPRESENTATIVE_BEFORE = /대표적인?\s?(?:것|사례|사업|정책|예|시책)(?:이|가|은|는|으로는|로는)\s*$/u;
const COPULA_AFTER = /^(?:이다|다|이었다|였다)(?:[.,]|\s|$)/u;
// `…을 위한 ‘…’`, `…을 지원하는 ‘…’`: a clause saying what the quoted thing does or is for.
// `5급 이상 간부를 대상으로 ‘…’을`: who the quoted thing is offered to.
// `누구나 예약 없이 찾아오는 ‘…’`: what anyone may come to (not a place visitors come to, `관광객이 찾아오는 ‘…’`).
const PURPOSE_BEFORE = /(?:위한|하는|주는|돕는|지키는|살피는|잇는|만드는|키우는|여는|찾아가는|누구나\s(?:[^\s]+\s){0,2}찾아오는|[을를]\s?대상으로)\s*$/u;
// `올해 처음 선보이는 ‘…’`, `지난해 도입한 ‘…’`: a thing introduced, run or presented.
const INTRODUCED_THING_BEFORE = /(?:^|\s)(?:선보이는|선보인|내놓은|도입한|도입하는|새로\s연)\s*$/u;
// `평가에서 높은 점수를 받은 ‘…’`: a thing an evaluation scored well is something the district does (not a
// film praised at a festival, `영화제에서 호평을 받은 ‘…’`).
const PRAISED_BEFORE = /(?:평가|심사)(?:에서|서)\s(?:[^\s]+\s)?(?:점수|평가|호평)[을를]\s?받은\s*$/u;
// `동마다 ‘건강 반장’을 둬`: a post set up, the quote the object of 두다 itself (not `‘…’에 중점을 둬`).
const SET_UP_AFTER = /^[을를]\s?(?:둬|두어|뒀|두었)/u;
// `경기 고양시가 처음 도입한 ‘…’`: introduced by a city, ministry or company, not the district.
const OTHER_INTRODUCER = /[가-힣](?:시|도|군|부|처|청|정부|기업|회사)(?:가|이|에서)\s(?:[가-힣]+\s)?(?:선보이는|선보인|내놓은|도입한|도입하는|새로\s연)\s*$/u;
// `구가 발표한 ‘…’`, `구가 도입한 ‘…’`: the district's own presented or introduced thing.
const DISTRICT_OWN_BEFORE =
  /(?:^|\s)(?:구|구청|[가-힣]{1,3}구)(?:가|이|에서)\s(?:발표한|선보인|내놓은|추진한|추진하는|추진 중인|도입한|운영하는|운영 중인|마련한|시작한)\s*$/u;
const SPEECH_AFTER = /^(?:이?라고|이?라며|라면서|며\s|고\s*(?:말|밝|강조|전|덧붙|설명|당부|답|했|한다|하였))/u;
const SENTENCE_END = /(?:[다요죠까]|니다)[.!?…~]*$/u;
const OBJECT_AFTER = /^(?:을|를|와|과)(?![가-힣])/u;
// `내달 한 달을 ‘독서의 달’로 정하고`, `‘안전 점검의 날’로 지정해`: a period the district names and fills.
// (Not a designation by another body, passive: `정부로부터 ‘특별재난지역’으로 선포된`.)
const NAMED_PERIOD_AFTER = /^(?:으로|로)\s(?:정하|정해|정했|정한|지정하|지정해|지정했|선포하|선포해|선포했)/u;
// `‘스마트 경로당 건강 키오스크’로 높은 점수를 받았다`: what an evaluation praised the district for (a phrase of
// three words or more: `‘소통’으로`, `‘주민 체감도’로 높은 평가를` praise a quality).
const PRAISED_FOR = /^(?:으로|로)\s(?:(?:높은|좋은|최고)\s)?(?:점수|평가|호평|좋은\s평가)[를을]?\s?받/u;
// `‘…’로 … 대통령상을 받았다`: what a district is awarded for is one of its initiatives.
const AWARDED_FOR = /^(?:으로|로)\s[^.!?]{0,50}?(?:상|표창)(?:을|인|의)?\s?(?:받|수상|차지|안)/u;
// `‘준공업지역 공장 증축 기준 완화’ 사례를 발표해`: the case a district presents in a contest or an
// evaluation is one of its initiatives.
const CASE_AFTER = /^\s?(?:우수\s?)?사례(?:를|로)\s?(?:[가-힣]+\s)?(?:발표|소개|공유|제출|출품|응모|선정|대상|최우수|우수상|장려상)/u;
// `‘골목 안전망’이라는 이름 아래`, `‘…’라는 이름으로`: a name the district gave what it does.
const NAMED_AS_AFTER = /^(?:이)?라는\s?(?:이름|명칭|브랜드)/u;
// `일명 ‘…’`, `속칭 ‘…’`: a name introduced as the one things are called by.
const INTRODUCED_BEFORE = /(?:^|\s)(?:일명|속칭|이름하여)\s*$/u;
// `‘제3회 …축제’`: the edition of a recurring event, not part of its name.
const EDITION = /^제\s?\d+\s?(?:회|차)\s+/u;
// `‘제2차 중랑구 청년정책 기본계획(2026~2030)’`: the years a plan covers, in brackets after its name.
const YEARS_COVERED = /\s?\((?:19|20)\d{2}\s?[~∼～\-–]\s?(?:(?:19|20)?\d{2})?\s?년?\)$/u;
const MEMBER_END = /\s(?:위원|단원|회원)$/u;
// `‘2019 성북 예술동네 열린작업실’`, `‘2024년 …축제’`, `‘2018 설 연휴 종합대책’`: the year of an edition, not
// part of the name, when a word of two letters or a one-letter word and another follow it.
// (Not `2030 청년`, `2030 세대`: people in their twenties and thirties; nor a target year, 2030 on.)
const YEAR_EDITION = /^(?:19\d{2}|20[0-2]\d)(?:년도?)?\s+(?=[가-힣A-Za-z]{2}|[가-힣]\s[가-힣])(?!청년|세대)/u;

/** A name without its edition (`제9회 종로 한복 나들이` → `종로 한복 나들이`, `2024 도봉 둘리 봄축제` → `도봉 둘리 봄축제`). */
export function withoutEdition(name: string): string {
  return name.replace(EDITION, '').replace(YEAR_EDITION, '');
}

/**
 * Judges a quoted span.
 * @param text The paragraph the span is in.
 * @param span The span (from `findQuotedSpans`).
 * @param inList True when the span is an item of a `▲` list of names.
 * @returns `name` with the name as written (quotes off, a trailing action off when the rest ends
 *   in a head noun), `maybe`, or `reject`.
 */
export function judgeQuoted(text: string, span: QuotedSpan, inList: boolean): QuotedVerdict {
  const raw = span.text.trim().replace(/^[\s,.·]+|[\s,.·]+$/gu, '');
  if (raw.length < 2 || !/[가-힣A-Za-z]/u.test(raw)) return REJECT;
  const after = text.slice(span.end, span.end + 40);
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  const classified = CLASSIFIER_AFTER.test(after);
  if (isSpeech(raw, after, classified)) return REJECT;

  const edition = withoutEdition(stripAction(raw, true)).replace(YEARS_COVERED, '');
  // `‘… 청년정책 네트워크 위원’ 모집`: members recruited for a named body; the body is the name.
  const member = MEMBER_END.exec(edition);
  const name = member && headOf(wordsOf(edition.slice(0, member.index)).pop() ?? '') ? edition.slice(0, member.index) : edition;
  const compact = name.replace(/\s+/gu, '');
  if (LABEL_ENDINGS.some((re) => re.test(compact))) return REJECT;
  // `■ “청년이 머무는 동네가 살아 있는 동네”`: in double quotes, a clause with its own subject is words said
  // (unless a classifier follows: `“아이가 행복한 송파 만들기” 사업`).
  if (!classified && /[“"]/u.test(text[span.start] ?? '') && hasOwnSubject(name)) return REJECT;
  if (compact.endsWith('상') && PRIZE_RECEIVED.test(after)) return REJECT;
  if (!classified && SOFT_LABEL_ENDINGS.some((re) => re.test(compact))) return REJECT;
  // `‘아이 키우기 좋은 양천’`, `‘치매 걱정 없는 마포’`: what the district is to become, a slogan ending in
  // its own name, not one of its initiatives.
  if (!classified && isSlogan(name)) return REJECT;
  // `‘마포 청년’들의 의견`: a plural after the quote makes it a group of people.
  const branded = districtBranded(name) && !after.startsWith('들');
  const last = wordsOf(name).pop() ?? '';
  // `경로당 120곳을 ‘한파 쉼터’로 지정해 운영한다`: places designated as a facility the district runs.
  const runAs = Boolean(headOf(last)) && DESIGNATED_TO_RUN.test(after);
  if (!branded && !runAs && (LABEL_CONTEXT_AFTER.test(after) || LABEL_CONTEXT_BEFORE.test(before))) return REJECT;
  if (OUTSIDE_BODY_BEFORE.test(before)) return REJECT;
  // `일명 ‘동네부엌’ 사업`: the writer introduces a coined name, however plain its words.
  if (!INTRODUCED_BEFORE.test(before) && isGenericName(name, false)) return REJECT;

  // The 30 characters before the quote: the clause that says who made or runs the thing.
  const clause = text.slice(Math.max(0, span.start - 30), span.start);
  const isName =
    branded ||
    Boolean(headOf(last)) ||
    endsWithAny(last, QUOTED_HEADS) ||
    classified ||
    // (`◇행안부 평가선 양천·성북 ‘웃음’`: a subhead's one short word in quotes closing it is its key word, not
    // a name; `◇… 매달 '늘장' 주민장터` names one.)
    (inList && !(compact.length <= 2 && !headOf(last) && after.trim() === '')) ||
    CATEGORY_BEFORE.test(before) ||
    PURPOSE_BEFORE.test(before) ||
    PRAISED_BEFORE.test(before) ||
    SET_UP_AFTER.test(after) ||
    NAMED_PERIOD_AFTER.test(after) ||
    DISTRICT_OWN_BEFORE.test(clause) ||
    (INTRODUCED_THING_BEFORE.test(before) && !OTHER_INTRODUCER.test(clause)) ||
    DOER_BEFORE.test(clause) ||
    (doneBefore(clause) && !PERSON_TITLE_END.test(compact) && !PEOPLE_END.test(compact) && !PEOPLE_WORDS.test(compact)) ||
    VERB_AFTER.test(after) ||
    (REPRESENTATIVE_BEFORE.test(before) && COPULA_AFTER.test(after)) ||
    AWARDED_FOR.test(text.slice(span.end, span.end + 80)) ||
    (PRAISED_FOR.test(after) && wordsOf(name).length >= 3) ||
    CASE_AFTER.test(after) ||
    NAMED_AS_AFTER.test(after);
  return { kind: isName ? 'name' : 'maybe', name };
}

// `형광 조끼를 입은 ‘자원관리사’가`: a person in a role, not a thing done (see doneBefore).
// `경영 위기를 맞은 ‘소상공인’에게`, `자녀를 둔 ‘워킹맘’의`: who, not what.
const PEOPLE_WORDS = /(?:워킹맘|유가족|창업가|돌보미|발달장애인|소상공인|카페거리)$/u;
const PERSON_TITLE_END = /(?:관리사|상담사|복지사|간호사|활동가|해설사|지도사|강사|상담원|지원관|매니저|코디네이터)$/u;

/**
 * `…구간에 조명을 밝힌 ‘달빛 산책’`, `…사진 120점을 모은 <…사진전>`: an object, then a verb's modifier right before the
 * quote (any verb, DOER_BEFORE's regular forms or not) says what was done to make the named thing. Not a prize won
 * (`대상을 수상한 ‘…’ 팀`).
 */
function doneBefore(clause: string): boolean {
  const words = clause.trimEnd().split(/\s+/u);
  const verb = words.at(-1) ?? '';
  const object = words.at(-2) ?? '';
  return /[가-힣][을를]$/u.test(object) && endsInVerbForm(verb) && !/^(?:수상|차지|입상|받)/u.test(verb);
}

/** True when a phrase of four or more words has a word with the subject particle before its last. */
function hasOwnSubject(name: string): boolean {
  const words = wordsOf(name);
  return words.length >= 4 && words.slice(0, -1).some((w) => w.length >= 2 && /[이가]$/u.test(w) && trailingParticle(w) !== null);
}

/** True when a phrase of several words ends in a district's name (`생각하는 관악`, `건강 100세 중랑`). */
function isSlogan(name: string): boolean {
  const words = wordsOf(name);
  return words.length >= 2 && DISTRICT_WORDS.has(words.at(-1)!);
}

/**
 * True when a quoted phrase opens with the district's own name as a word and ends in a plain noun
 * (`‘중구 백년가게’`, `‘마포 안심가게’`, `‘구로형 …’`): a district brands its own initiatives so, and a title given by
 * an outside body (`‘우수기관’`) never carries the district's name; so the span is a name even where
 * it is designated (`‘중구 백년가게’로 지정`).
 */
function districtBranded(name: string): boolean {
  const words = wordsOf(name);
  // `‘구로형 스마트경로당’`: the district's name with 형 (its own model of a thing) brands it too.
  const first = words[0]!.replace(/(?<=[가-힣])형$/u, '');
  if (words.length < 2 || words.length > 5 || !DISTRICT_WORDS.has(first) || /[,，]/u.test(name)) return false;
  const last = words[words.length - 1]!;
  // `‘강남구 주민’`: the district and a topic word say who, not what.
  if (words.slice(1).every((w) => TOPIC_WORDS.has(w))) return false;
  return !trailingParticle(last) && !endsInVerbForm(last);
}

/** Speech or a sentence in quotes: a final ending, an inner stop, many words, or `…라고 말했다`. */
function isSpeech(raw: string, after: string, classified: boolean): boolean {
  const words = wordsOf(raw).length;
  if (classified && words <= 5) return false;
  // `서비스 ‘책이 온다’를 시작한다`: a short sentence taken as an object is a brand's name; speech is followed
  // by `라고`, `고`, `며`, not by an object's particle.
  if (words <= 4 && OBJECT_AFTER.test(after)) return false;
  // A formal title runs long and ends in its head (`‘…층간소음 예방 및 갈등 조정에 관한 조례’`).
  if (words > 8 && words <= 14 && headOf(wordsOf(raw).at(-1) ?? '') && !SENTENCE_END.test(raw) && !/[.!?]\s/u.test(raw) && !SPEECH_AFTER.test(after)) return false;
  return SENTENCE_END.test(raw) || /[.!?]\s/u.test(raw) || words > 8 || SPEECH_AFTER.test(after);
}

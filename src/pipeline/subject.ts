/**
 * Which Seoul district a sentence is about: the district written as its subject near the start
 * (`서초구는 …`, `이번 평가에서 양천구는 …`, `서울 관악구(구청장 오민석)가 …`, `권나래 마포구청장은 …`,
 * `강동, 주민이 …`). A district further in, inside quotes, after `인근`/`이웃` (a neighbour), in a list
 * of districts, or as an object or place is not the sentence's subject.
 */
import { seoulMentions, type DistrictMention, type MentionRole } from './extract/districts.ts';
import { endsInVerbForm, finalConsonant, trailingParticle } from './korean/word-endings.ts';
import { districtByName, districtByShortName } from './korean/districts.ts';
import { headOf } from './extract/program-name.ts';

/** The district(s) a sentence is about and how clearly. */
export interface SentenceSubject {
  /** One district, or two for a pair (`성동구와 광진구는`). */
  readonly districts: readonly string[];
  readonly role: Exclude<MentionRole, 'list' | 'mention'>;
}

/** How far into a sentence (characters before the district) its subject may stand. */
export const SUBJECT_WINDOW = 24;
// Words before a district that make it someone else than the sentence's subject.
// `시는 서울 강남구가 지난해 도입한 …을 참고해`: a city (or the state) is already the sentence's subject.
const CITY_TOPIC = /\s(?:[가-힣]{0,4}시|[가-힣]{0,4}군|정부)(?:는|가)\s/u;
// (`비슷한 사업을 먼저 시작한 양천구에서는 …`: a district doing something similar is a comparison.)
const OTHER_THAN_SUBJECT = /(?:^|\s)(?:인근|이웃|이웃한|옆|다른|타|반면|반면에|앞서|이미|과거|비슷한|유사한)\s/;
// `반면 노원구는 … 장터를 취소했다`: a sentence opening on a contrast turns to the next district's news (a
// neighbour compared further in, `…과 달리 반면 인근 강남구는`, is not).
const CONTRAST_OPENING = /^반면(?:에)?,?\s$/u;
// `노원구가 4곳으로 가장 많았고`, `노원구 4곳 최다`: a district ranked by a count in a city-wide
// tally, not a district doing something.
const RANKED = /^[가-힣]{0,2}\s?[\d,]+\s?(?:곳|개소|개|명|건|가구|%)\s?(?:으로|로|이|가)?\s?(?:가장\s?(?:많|적|높|낮)|최다|최소|최고|최저|1위|선두)/u;
// `이 같은 방식은 서초구가 지난해 도입한 ‘…’을 참고했다`: the district whose thing another took as its
// model, in a clause of its own before that thing; the sentence is about the one who modelled on it.
const MODELLED_ON = /^(?:가|이|에서)\s[^.!?]{0,40}?(?:한|된|하는|인|든|연|운)\s[^.!?]{0,40}?(?:을|를)\s?(?:참고|벤치마킹|본떠|본뜬|본받|모델로|본보기로)/u;
// Openers skipped before measuring the window: bullets, section marks, `[…]` labels, a numbered
// section's number (`2. 용산구, …`, `②`).
const OPENER = /^(?:[\s▲△◇◆■□○●•※☞▶▷\-–—·*①-⑳]|\d{1,2}[.)](?=\s)|\[[^\]]{0,20}\]|【[^】]{0,20}】|<[^>]{0,20}>)+/;
// `[강북구] 구는 …`: roundups label each item with its district in brackets and the item's text then
// says only `구는`; a label that is exactly one district's name tells whose item it is.
// (`[서울 강동구] …`: the city may stand before it.)
const DISTRICT_LABEL = /^\s*[\[【<]\s*(?:서울(?:특별시|시)?\s?)?([가-힣]{1,4}구)\s*[\]】>]/;

/**
 * Finds the subject district of one sentence.
 * @param sentence The sentence (a headline part or teaser works too).
 * @param elsewhere Districts the article places in another city (their bare names are not Seoul's).
 * @returns The subject, or null when no Seoul district is the sentence's subject.
 */
export function sentenceSubject(sentence: string, elsewhere: ReadonlySet<string> = new Set()): SentenceSubject | null {
  const opener = OPENER.exec(sentence)?.[0].length ?? 0;
  const label = opener > 0 ? DISTRICT_LABEL.exec(sentence)?.[1] : undefined;
  if (label && districtByName(label) && !elsewhere.has(label)) return { districts: [label], role: 'comma' };
  const mentions = seoulMentions(sentence, elsewhere);
  if (isParallel(mentions)) return null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const before = sentence.slice(opener, m.from);
    const located = isSubjectRole(m.role) && (IN_RESULTS.test(before) || HEAD_LED.test(before) || ADVERBIAL_LEAD.test(before)) && quotesClosed(before);
    if (before.length > SUBJECT_WINDOW && !(isSubjectRole(m.role) && (modifiedByClause(before) || located))) break;
    if (m.role === 'list') return null;
    if (m.role === 'mention') {
      // (`오태근 구청장 체제 1년을 맞은 강서구의 화두는`: a clause may modify the district first.)
      if ((before.trim() === '' || modifiedByClause(before)) && ownThingIsTopic(sentence.slice(m.end, m.end + 40)) && !RANKED.test(sentence.slice(m.end, m.end + 60))) {
        return { districts: [m.district], role: 'subject' };
      }
      continue;
    }
    // (A place glossed with its district, `잠실 석촌호수(송파구)는`: the bracket is the gloss's, no quotation.)
    const gloss = before.endsWith('(') && sentence[m.end] === ')';
    // (Nor is a weekday's, `5월 5일(화)에는 성북구가`.)
    // (Nor a prize's bracket closed before it, `최우수상(국무총리 표창)을 받은 영등포구는`.)
    const marks = (gloss ? before.slice(0, -1) : before).replace(CLOSED_BRACKET, '');
    if ((/[“"‘'「『(]/.test(marks) && !located) || CITY_TOPIC.test(` ${before}`)) return null;
    if (OTHER_THAN_SUBJECT.test(` ${before}`) && !(CONTRAST_OPENING.test(before) && isSubjectRole(m.role))) return null;
    if (m.role === 'comma' && before.trim() !== '') return null;
    if (m.role === 'head' && !/^(?:[가-힣]{2,4}\s+)?$/.test(before.trim() ? `${before.trim()} ` : '')) return null;
    if (RANKED.test(sentence.slice(m.end, m.end + 30))) return null;
    if (MODELLED_ON.test(sentence.slice(m.end, m.end + 100))) return null;
    if (m.role === 'pair') return { districts: pairOf(mentions, i), role: 'pair' };
    return { districts: [m.district], role: m.role };
  }
  return null;
}

// `강서구의 화두는 마곡이다`, `…의 역점 과제는`: what the district has set itself, its news.
const AGENDA: ReadonlySet<string> = new Set(['화두', '과제', '숙제', '승부수', '역점사업', '핵심사업', '목표']);

/**
 * `강서구의 겸재 가을 그림축제는 …`: a sentence opening with the district's initiative (or agenda) as its
 * topic or subject (the district, `의`, a noun phrase of up to four plain words ending in an initiative's
 * head noun, then 은/는/이/가) is about the district. Its figures (`송파구의 인구는`), `…의 경우` and a clause
 * about someone else (`강남구의 지원을 받은 주민이`) are not.
 */
function ownThingIsTopic(tail: string): boolean {
  if (!tail.startsWith('의 ')) return false;
  const words = tail.slice(2).split(' ', 5);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!/^[가-힣A-Za-z0-9]+$/u.test(w)) return false;
    const particle = trailingParticle(w);
    if (particle === '은' || particle === '는' || particle === '이' || particle === '가') {
      const noun = w.slice(0, -particle.length);
      return headOf(noun) !== null || AGENDA.has(noun);
    }
    if (particle || endsInVerbForm(w)) return false;
  }
  return false;
}

// `돌봄통합지원법에 맞춰 성북구는 …`, `추석을 앞두고 중랑구는 …`: an adverbial phrase of the main clause, then
// its subject, however long the phrase.
const ADVERBIAL_LEAD = /[가-힣](?:에|을|를)\s(?:맞춰|맞추어|맞아|앞두고|대비해|대비하여)\s$/u;
// A weekday's bracket (`5월 5일(화)`) or a prize's (`최우수상(국무총리 표창)`): closed, they say when or what, and
// leave the district after them the subject (not a person's age or role, `이모(45)씨는 강남구가 …`).
const CLOSED_BRACKET = /\([월화수목금토일]\)|\((?:[가-힣]+\s)?[가-힣]*(?:상|표창)\)/gu;
// `…을 입에 달고 사는 탁상우 구청장의 동대문구는 …`, `김영순 구청장이 이끄는 성북구는 …`: the district led by
// its head, however long the clause about the head before it.
const HEAD_LED = /[가-힣]{2,4}\s?구청장(?:의|이\s이끄는|이\s이끌고\s있는)\s$/u;
// `…가 발표한 ‘2010년 지방세정 종합평가’ 결과에서는 양천구가 …`: where the result was given, then the district
// as the subject (quotations before it closed, see quotesClosed).
const IN_RESULTS = /(?:평가|결과|조사|심사|대회|공모)(?:에서는|에서도|에선|에서)\s$/u;

/**
 * True when every quotation in the words before a district is closed (`…’ 결과에서는`, `‘…’는 말을 …`): the
 * district stands outside them, however long they are.
 */
function quotesClosed(before: string): boolean {
  const opened = (before.match(/[“‘「『(]/gu) ?? []).length;
  const closed = (before.match(/[”’」』)]/gu) ?? []).length;
  return opened === closed && !/['"]/u.test(before.replace(/'[^']*'|"[^"]*"/gu, ''));
}

function isSubjectRole(role: MentionRole): boolean {
  return role === 'strong' || role === 'subject';
}

/**
 * True when the words before a district are a clause modifying it (`…저출생 대책을 내놓은 서울
 * 은평구가 …`): Korean puts a relative clause, however long, before its noun and closes it with an
 * adnominal ending (-ㄴ/-은/-는/-던), so the district is still the sentence's subject. A clause has
 * its own arguments (`…을`, `…에`), which tells it from a noun ending in ㄴ (`지난 3년간 은평구가`).
 */
function modifiedByClause(written: string): boolean {
  const before = written.replace(CLOSED_BRACKET, '');
  if (/[,“"‘'「『(]/.test(before)) return false;
  const words = before.trim().split(/\s+/);
  const last = words.pop() ?? '';
  // `장려구인 마포구는`, `최우수구인 동작구는`: one noun in the copula's modifier (-인), what the district is.
  if (words.length === 0 && COPULA_MODIFIER.test(last)) return true;
  // `…꼽히는 것은 서초구가`: a short word in 은/는 is a noun with its topic particle, another clause (not a
  // short verb's adnominal form: `…1년을 맞은 강서구의`).
  if (last.length < 2 || (last.length === 2 && /[은는]$/.test(last) && !SHORT_ADNOMINALS.has(last))) return false;
  const adnominal = endsInVerbForm(last) || finalConsonant(last.at(-1)!) === NIEUN || last.endsWith('던');
  return adnominal && words.some((w) => ARGUMENT.has(trailingParticle(w) ?? ''));
}

const NIEUN = 4;
// (Not a time's, `진행중인`, `공사후인`.)
const COPULA_MODIFIER = /^[가-힣]{2,8}(?<![가-힣]{2}[중간후전])인$/u;
// Two-syllable verbs in their adnominal form (-은) that open on a clause about a district: a term's or an
// anniversary's mark reached (`…주년을 맞은`), a thing received or kept (`…을 받은`, `…을 담은`).
const SHORT_ADNOMINALS: ReadonlySet<string> = new Set(['맞은', '받은', '얻은', '찾은', '남은', '담은', '품은', '앉은', '넘은', '밝은']);
// Particles that mark a verb's arguments (object, subject, place, goal, extent).
const ARGUMENT: ReadonlySet<string> = new Set(['을', '를', '이', '가', '에', '에서', '에게', '까지', '으로', '로']);

/**
 * A sentence giving two districts each their own subject (`종로구는 5일, 중구는 6일 …`) is a
 * schedule or a comparison, about neither alone. (Lists are caught by their role.)
 */
function isParallel(mentions: readonly DistrictMention[]): boolean {
  const subjects = new Set(mentions.filter((m) => m.role === 'subject' || m.role === 'strong').map((m) => m.district));
  return subjects.size >= 2;
}

function pairOf(mentions: readonly DistrictMention[], i: number): string[] {
  const next = mentions[i + 1];
  return next && next.district !== mentions[i]!.district ? [mentions[i]!.district, next.district] : [mentions[i]!.district];
}

// `성동·송파 우수`, `강서·영등포·은평 장려`: a roundup headline's part giving a list of districts one grade (not
// `강남·송파 대상 재건축 규제 완화`, the districts a rule targets).
const LIST_GRADED = /^\s?(?:최우수|우수|장려|대상|수상|선정)(?:구|상|기관)?(?=$|\s?[,…·]|\s(?:수상|선정))/u;

/** True when a headline's part opens with a list of districts that a grade follows (see LIST_GRADED). */
function isGradedList(part: string, mentions: readonly DistrictMention[]): boolean {
  let last = 0;
  while (mentions[last]?.role === 'list' && mentions[last + 1]?.role === 'list' && /^\s?[·ㆍ,]\s?$/u.test(part.slice(mentions[last]!.end, mentions[last + 1]!.from))) last++;
  return mentions[0]?.role === 'list' && last > 0 && LIST_GRADED.test(part.slice(mentions[last]!.end));
}

/** Districts a headline presents as its subjects, and every Seoul district it names. */
export interface HeadlineDistricts {
  readonly subjects: ReadonlySet<string>;
  readonly named: ReadonlySet<string>;
  /** Parts joined by `...`, or a roundup tag (`[자치구 소식]`, `[서울소식]`): several stories expected. */
  readonly roundup: boolean;
}

// A source (`로이터`, `외신`, `NYT`) and the opening quote mark of what it says, at a headline's start.
const QUOTING_SOURCE = /^\s*[가-힣A-Za-z]{1,8}\s*[“"](?=[^”"]*[”"]\s*$)/u;
// Tags that open roundup headlines: `[서울시 자치구 뉴스]`, `[서울소식]`, `[구정 소식]`, `[서울 25시]`.
const ROUNDUP_TAG = /^\s*[\[【<]\s*[^\]】>]*(?:소식|뉴스|브리핑|단신|동정|\d{2}시|톡톡)\s*[\]】>]/;
// `… 은평구 外`, `… 개관 외`: "and others", how a roundup's headline names only its first story.
const AND_OTHERS = /\s(?:外|외)\s*$/;

/**
 * Reads a headline: roundup headlines join one part per district with `...` or `…`
 * (`서초구, … 호평...양천구, … 구현... 동작구 청년 … 모집`); each part that opens with a district
 * (`양천구,`, `동작구 청년…`, `서울 마포구가`) makes it a subject.
 * @param title The headline.
 * @param elsewhere Districts the article places in another city.
 */
export function headlineDistricts(title: string, elsewhere: ReadonlySet<string> = new Set()): HeadlineDistricts {
  const subjects = new Set<string>();
  const named = new Set<string>();
  let graded = false;
  // `로이터 “서울 송파구, …”`: a headline quoting a source (a speaker, then the quote) is read inside the quote.
  const parts = title.replace(QUOTING_SOURCE, '').split(/\.{2,}|…|·{3,}|\s[|/]\s/).filter((p) => p.trim() !== '');
  for (const part of parts) {
    const opener = OPENER.exec(part)?.[0].length ?? 0;
    for (const d of [...sharedSuffixList(part.slice(opener), elsewhere), ...topicList(part.slice(opener), elsewhere)]) {
      subjects.add(d);
      named.add(d);
    }
    const mentions = seoulMentions(part, elsewhere);
    mentions.forEach((m) => named.add(m.district));
    // `[…] 하경렬 서대문구청장 “홍제천 살려 …”`: the district's head quoted, an interview with the district.
    const quoted = QUOTED_HEAD.exec(part.slice(opener));
    const speaker = quoted ? districtByName(quoted[1]!) : undefined;
    if (speaker && !elsewhere.has(speaker.name)) subjects.add(speaker.name);
    const first = mentions[0];
    const ranked = first !== undefined && RANKED.test(part.slice(first.end, first.end + 30));
    if (first && first.role !== 'list' && !ranked && part.slice(opener, first.from).trim() === '') subjects.add(first.district);
    else if (first && part.slice(opener, first.from).trim() === '' && isGradedList(part, mentions)) {
      // (A roundup of results; its lead district stays the one subject a story's opening and fallbacks go by.)
      graded = true;
    } else {
      const s = sentenceSubject(part, elsewhere);
      if (s) s.districts.forEach((d) => subjects.add(d));
    }
  }
  // `…` also joins clauses of one story's headline (`마포구 “…”…상인과 손잡고 ‘…’`): parts make a
  // roundup only when two of them open with their own district.
  return { subjects, named, roundup: subjects.size >= 2 || graded || ROUNDUP_TAG.test(title) || AND_OTHERS.test(title) || DISTRICTS_AT_LARGE.test(title) };
}

const QUOTED_HEAD = /^(?:[가-힣]{2,4}\s)?([가-힣]{1,4}구)청장\s?[“"]/u;
// `서울 자치구 연말 정보화 평가 ‘상복’…`, `자치구들 …`, `구청들 …`: a headline about the districts at large
// heads a roundup, whichever district it names.
// (Not `구청 민원실`: one district's office.)
const DISTRICTS_AT_LARGE = /(?:^|\s)(?:서울\s)?자치구(?:들|마다|별)?(?=[\s,.…·]|$)|(?:^|\s)구청(?:들|마다)(?![가-힣])/u;

/**
 * `강남 수능 라이브 특강·노원 입시 나침반·양천 학부모 아카데미`: a headline part listing topics, each
 * opening with its district's name (short or full) and saying what it does, is a roundup of those
 * districts. A topic needs words after the name: `강남·서초 주민` lists districts, it is one topic.
 * @returns The districts of such a list (two or more), else none.
 */
function topicList(part: string, elsewhere: ReadonlySet<string>): string[] {
  if (!/[·ㆍ,]/u.test(part)) return [];
  const out: string[] = [];
  for (const item of part.split(/[·ㆍ,]/u)) {
    const words = item.trim().split(/\s+/u);
    if (words.length < 2) continue;
    const name = districtByName(words[0]!)?.name ?? districtByShortName(words[0]!)?.name;
    if (name && !elsewhere.has(name) && !out.includes(name)) out.push(name);
  }
  return out.length >= 2 ? out : [];
}

// `종로·중·용산구, …`: districts listed with the 구 written once, after the last.
const SHARED_GU = /^((?:[가-힣]{1,3}\s?[·ㆍ,]\s?)+)([가-힣]{1,3})구(?=[\s,은는이가도의]|$)/u;

/**
 * The districts a headline part opens with when it lists them sharing one 구 (`종로·중·용산구, …`):
 * there even `중` is 중구, the suffix saying what the short names are.
 * @returns Two or more districts, else none.
 */
function sharedSuffixList(part: string, elsewhere: ReadonlySet<string>): string[] {
  const m = SHARED_GU.exec(part);
  if (!m) return [];
  const names = [...m[1]!.split(/[·ㆍ,]/u), m[2]!].map((x) => x.trim()).filter(Boolean).map((x) => `${x}구`);
  if (names.length < 2 || !names.every((n) => districtByName(n) && !elsewhere.has(n))) return [];
  return names;
}

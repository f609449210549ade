/**
 * Segmentation: an article becomes one story per *subject* district. A story begins where a
 * sentence's subject is a Seoul district (`양천구(구청장 김하늘)가 …`, `서초구는 …`, a teaser
 * `강동, 주민이 …`); what follows without a new subject (`구는 …`, `한편, 구는 …`, its head's quote,
 * `자세한 사항은 …`) stays with it. A second passage about the same district joins its story.
 * Mentions (background, partners, sidebars, lists) start nothing; see subject.ts.
 */
import type { ParsedArticle, StorySegment, TextClip } from './types.ts';
import { splitSentences, type Sentence } from './korean/sentences.ts';
import { DISTRICT_NAMES, districtByName, districtByShortName, namesAnyDistrict } from './korean/districts.ts';
import { districtsOfOtherCities, seoulMentions, type DistrictMention } from './extract/districts.ts';
import { headlineDistricts, sentenceSubject, type HeadlineDistricts, type SentenceSubject } from './subject.ts';
import { hasFields, isHeadlineLike, isTeaser } from './residue.ts';
import { namesItems } from './extract/program-table.ts';
import { GRADE_SOURCE, ROW_SELECTED_SOURCE } from './korean/award-words.ts';

/** A run of sentences of one paragraph that belongs to one story. */
interface Unit {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The paragraph's full length, to tell a whole paragraph from a part. */
  readonly length: number;
  readonly subject: SentenceSubject | null;
  /** The unit's text, trimmed. */
  readonly text: string;
  readonly teaser: boolean;
}

interface Draft {
  readonly district: string;
  readonly units: Unit[];
  /** The role that started the story: how clearly the district is the subject. */
  role: SentenceSubject['role'] | 'headline';
}

const ROLE_CONFIDENCE: Readonly<Record<Draft['role'], number>> = {
  strong: 0.95,
  head: 0.85,
  subject: 0.8,
  comma: 0.75,
  pair: 0.7,
  headline: 0.5,
};

/**
 * Splits an article into its district stories.
 * @param article A parsed article.
 * @returns One segment per subject district, in order of first paragraph; [] when no Seoul
 *   district is a subject (a city-wide notice, a story about Busan, a page of residue).
 */
export function segmentByDistrict(article: ParsedArticle): StorySegment[] {
  const open = article.paragraphs.filter((p) => !article.residue.has(p.index));
  const elsewhere = districtsOfOtherCities([article.title, ...open.map((p) => p.text)]);
  // `…강서구 청년창업센터 개관` in a roundup's headline, `부산 강서구와 교류` in its text: a part of the
  // headline is Seoul's district (the other city's is only mentioned). Most articles place no district
  // elsewhere: their headline is read once.
  const asWritten = headlineDistricts(article.title);
  if (elsewhere.size > 0) {
    for (const d of asWritten.subjects) if (!isOtherCityInTitle(article.title, d)) elsewhere.delete(d);
  }
  const headline = elsewhere.size > 0 ? headlineDistricts(article.title, elsewhere) : asWritten;
  let units = open.flatMap((p) => unitsOf(maskByline(article, p.index, p.text), p.index, elsewhere));
  const listPage = units.filter((u) => u.teaser).length >= 3 && units.filter((u) => u.teaser).length * 2 >= units.length;
  // On a list page each teaser stands alone: `부산 강서구, …` places only its own teaser (its title line
  // and text) in Busan, not the Seoul 강서구's teaser further down.
  if (listPage && elsewhere.size > 0) {
    units = open.flatMap((p, i) => {
      // A title line goes with the text after it, a text with the title line before it.
      const title = isHeadlineLike(p.text) ? open[i + 1] : isHeadlineLike(open[i - 1]?.text ?? '') ? open[i - 1] : undefined;
      const own = districtsOfOtherCities([p.text, title?.text ?? '']);
      return unitsOf(maskByline(article, p.index, p.text), p.index, own);
    });
  }

  units = withSpeakers(units);

  // A table's rows (`종로 | 제9회 종로 한복 나들이 | 10.5.~10.6.`) are its districts' items when the prose
  // around it makes districts subjects too (a roundup with a schedule); a table in an article where no
  // district is a subject (`노원구 | 4 | …`, the city's tally) is the city's data.
  const proseSubjects = units.some((u) => u.subject !== null && !hasFields(u.text));
  // (Only a table of items: one with a column of names, `축제명`, `사업명`; a table of figures by district,
  // `구분 | 2023년 | 2024년`, is data.)
  const itemRow = (i: number) => proseSubjects && namesItems(tableHeader(units, i).text);
  const drafts = new Map<string, Draft>();
  let current: Draft[] = [];
  let previous: Unit | undefined;
  for (const [i, unit] of units.entries()) {
    const s = !hasFields(unit.text) || itemRow(i) ? unit.subject : null;
    if (s && isBackgroundResult(s, drafts, headline, unit.text)) {
      // `지난해 최우수구였던 종로구는 올해 … 수상하지 못했다`: background, in no story (the one before goes on after it).
      previous = unit;
      continue;
    } else if (s && (startsStory(s, current, drafts, headline) || developsSubject(unit, s, current))) {
      current = s.districts.map((d) => {
        const draft = drafts.get(d) ?? { district: d, units: [], role: s.role };
        drafts.set(d, draft);
        return draft;
      });
    } else if (s && current.length === 1 && s.districts.join() === current[0]!.district) {
      // The story's own district named again (`서울 서초구는 …` under a `◇서초구, …` heading).
      if (ROLE_CONFIDENCE[s.role] > ROLE_CONFIDENCE[current[0]!.role]) current[0]!.role = s.role;
    } else if (!s && current.length > 0 && (CITY_SECTION.test(unit.text) || (drafts.size >= 2 && (citysOwnParagraph(unit, current) || glossedElsewhere(unit, current))))) {
      // `■ 서울시 서울시는 …`, `[서울시] …`: the city's own section closes the district's story.
      current = [];
    } else if (!s && current.length > 0 && headsOtherDistrict(unit, current, elsewhere)) {
      // `서초구 “반딧불이 보러 오세요”…양재천 생태 학교 운영`: a headline opening with another district
      // is that district's teaser or a sidebar, not more of this story.
      current = [];
    } else if (!s && listPage && !(previous && current.some((d) => d.units.at(-1) === previous) && isHeadlineLike(previous.text))) {
      // On a list page every teaser stands alone: one about no district belongs to none (the text under a
      // district's title line, `[포토] 영등포구, …` then `영등포구 관계자들이 …`, is that title's).
      current = [];
    }
    for (const draft of current) draft.units.push(unit);
    previous = unit;
  }
  if (!listPage) takeOpening(units, drafts, headline, article.title);
  if (!listPage) takeNewsletter(article, units, drafts);
  if (drafts.size === 0 && !listPage) fallBackOnHeadline(units, headline, elsewhere, drafts);
  if (drafts.size === 0 && !listPage) fallBackOnAuthor(units, elsewhere, drafts);
  if (drafts.size === 0 && !listPage) fallBackOnSoleDistrict(units, elsewhere, drafts);
  if (isCityWideSchedule([...drafts.values()], headline, units, listPage)) return [];
  takeTableHeaders(units, drafts);
  shareLead(units, drafts, elsewhere);
  return [...drafts.values()].map((d) => toSegment(d, headline)).sort((a, b) => a.paragraphs[0]! - b.paragraphs[0]!);
}

// `▶ 김도윤 금천구청장 : …`, then `▶ 김도윤 : …`: a round-table or an interview labels each turn with its
// speaker, by name and title the first time and by name alone after.
const SPEAKER_TITLED = /^\s*(?:[▶▷◆◇■□●○•\-–—]\s*)?([가-힣]{2,4})\s+(?:서울\s)?([가-힣]{1,4}구)청장\s*[:：]/u;
const SPEAKER = /^\s*(?:[▶▷◆◇■□●○•\-–—]\s*)?([가-힣]{2,4})\s*[:：]/u;

/**
 * Units with each head's later turns (`▶ 김도윤 : …`) given that head's district as their subject, as the
 * first turn (`▶ 김도윤 금천구청장 : …`) has it: a round-table's heads take turns, and a turn under the name
 * alone is still its speaker's district's.
 */
function withSpeakers(units: readonly Unit[]): Unit[] {
  const districtOf = new Map<string, string>();
  for (const u of units) {
    const m = SPEAKER_TITLED.exec(u.text);
    const district = m ? districtByName(m[2]!)?.name : undefined;
    if (m && district) districtOf.set(m[1]!, district);
  }
  if (districtOf.size === 0) return [...units];
  return units.map((u) => {
    const district = u.subject === null ? districtOf.get(SPEAKER.exec(u.text)?.[1] ?? '') : undefined;
    return district ? { ...u, subject: { districts: [district], role: 'head' as const } } : u;
  });
}

/** True when the headline itself puts `district` in another city (`부산 강서구, …`). */
function isOtherCityInTitle(title: string, district: string): boolean {
  return seoulMentions(title).some((m) => m.district === district && m.otherCity);
}

/** The paragraph text with its byline blanked out (same length, so offsets still match). */
function maskByline(article: ParsedArticle, index: number, text: string): string {
  const b = article.byline;
  if (!b || b.paragraph !== index) return text;
  const at = text.indexOf(b.text);
  return at === -1 ? text : text.slice(0, at) + ' '.repeat(b.text.length) + text.slice(at + b.text.length);
}

/**
 * A paragraph's units: usually one. A later sentence opens a new unit when a district is its
 * subject and either the sentence is glued to the previous one (`…선정됐다.양천구는 …`: a lost
 * paragraph break) or it introduces the district strongly (`서울 관악구(구청장 …)가`).
 */
function unitsOf(text: string, paragraph: number, elsewhere: ReadonlySet<string>): Unit[] {
  const sentences = splitSentences(text).flatMap(clausesOf);
  const units: Unit[] = [];
  let start = 0;
  let subject = sentences[0] ? sentenceSubject(sentences[0].text, elsewhere) : null;
  if (subject === null && sentences.length > 1) subject = glossedThenNamed(sentences[0]!.text, sentences[1]!.text, elsewhere);
  const namesDistrict = subject !== null || namesAnyDistrict(sentences[0]?.text ?? '');
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const glued = !/\s/.test(text[s.start - 1] ?? ' ');
    // `…고 전했다. 도봉구는 쌍문동 …`: a sentence opening with another district as its topic, in a
    // paragraph that is already one district's, is the next district's passage run on.
    // (A paragraph that opens on no district, `A. 자치구마다 배출일이 다르다. 성동구는 …`, may turn to one.)
    // (Not after a sentence that names a district without being its: `이 같은 방식은 서초구가 … 참고했다. 서초구는 …`.)
    // `지난 18일 오후 서울 종로구청 한우리홀에서는 … 회의가 열렸다. 종로구(구청장 …)는 이날 …`, `지난 11일 오후 강동구 천호동
    // 강동아트센터 앞 광장에서는 … 열렸다. 강동구는 이날부터 …`: a scene at the district's own place opens its passage;
    // the paragraph is that district's from its start.
    const scene = subject === null && start === 0 && i === 1 ? sceneAt(text.slice(0, s.start), s.text, elsewhere) : null;
    if (scene) {
      subject = scene;
      continue;
    }
    let opening = subject !== null || !namesDistrict ? (OPENS_WITH_DISTRICT.exec(s.text) ?? ownNewsToo(s.text)) : null;
    if (opening && subject === null && opening[1] === undefined) opening = null;
    // (`이와 함께 광진구는 비슷한 시기 …`, `다만 강남구는 … 시 기준과 다르게 운영된다`: after a connective, a comparison.)
    const connective = CONNECTIVE_OPENING.exec(s.text)?.[0];
    if (opening && connective && comparesBack(s.text.slice(connective.length))) opening = null;
    // `같은 날 도봉구도 … 노원구 훈련에 참여했다`, `도봉구의 경우 … 노원구의 규모가`: the passage is still the
    // current district's when the sentence names it again (a partner, a comparison).
    if (opening && opening[1] === undefined && subject!.districts.some((d) => s.text.includes(d))) opening = null;
    const opens = opening ? (opening[1] ?? opening[2] ?? opening[3]) : undefined;
    // Only a glued sentence, a strong introduction (`서울 …구`, `…구(구청장 …)`) or such an opening can split.
    // (`… 찾았습니다.” 백승호 마포구청장은 …`: a head opening a sentence brings their district in.)
    const ledBy = headOpens(s.text) ? HEAD_OPENING.exec(s.text)![1] : undefined;
    if (!glued && !opens && !s.text.includes('(') && !s.text.includes('서울') && ledBy === undefined) continue;
    // `서초구의 경우 …`, `송파구 역시 …`: the district is the topic though no particle of a subject follows it.
    const found = sentenceSubject(s.text, elsewhere) ?? (opening?.[3] && !elsewhere.has(opening[3]) ? { districts: [opening[3]], role: 'subject' as const } : null);
    const differs = found && found.districts.join() !== subject?.districts.join();
    if (found && differs && (glued || found.role === 'strong' || found.role === 'head' || found.districts[0] === ledBy || (opens !== undefined && found.districts.length === 1 && found.districts[0] === opens))) {
      // `“어르신들이 … 않도록 하겠습니다.” 여태준 중랑구청장의 약속대로 중랑구가 …`: a paragraph opening on a quotation
      // alone, then its speaker's district, is that district's from its start (the quotation is the head's).
      if (i === 1 && subject === null && QUOTATION_ALONE.test(sentences[0]!.text) && s.text.includes('구청장')) {
        subject = found;
        continue;
      }
      units.push(unit(text, paragraph, start, s.start, subject));
      start = s.start;
      subject = found;
    }
  }
  units.push(unit(text, paragraph, start, text.length, subject));
  return units;
}

/**
 * The district a paragraph's second sentence makes its subject when the first sets a scene at that
 * district's place: its office (`종로구청 한우리홀에서는`, not `…구청장`, `…구청역`) or one of its neighbourhoods
 * (`강동구 천호동 …에서는`).
 */
function sceneAt(before: string, sentence: string, elsewhere: ReadonlySet<string>): SentenceSubject | null {
  const found = sentenceSubject(sentence, elsewhere);
  const district = found?.districts.length === 1 ? found.districts[0]! : null;
  if (!district || !before.includes(district)) return null;
  return new RegExp(`${district}(?:청(?![장역])|\\s[가-힣]{1,4}\\d?가?동\\s)`, 'u').test(before) ? found : null;
}

// A sentence that is a quotation and nothing else (`“…하겠습니다.”`).
const QUOTATION_ALONE = /^[“"][^“”"]+[”"]$/u;

// `백승호 마포구청장은 …`, `여태준 중랑구청장의 약속대로 중랑구가 …`: a head's name and title opening a sentence.
const HEAD_OPENING = /^[가-힣]{2,4}\s(?:서울\s)?([가-힣]{1,3}구)청장(?:은|는|이|가|의)\s/u;

/**
 * True when a head opens the sentence to say what their district did (`백승호 마포구청장은 … 지원했다고 밝혔다`),
 * not words in quotes (`오언석 도봉구청장은 “두 구가 힘을 모아 뜻깊다”고 말했다`: a partner at the story's event).
 */
function headOpens(sentence: string): boolean {
  return HEAD_OPENING.test(sentence) && !/[“"]/u.test(sentence);
}

// Connective adverbs that may open a sentence before its district (see OPENS_WITH_DISTRICT). (Not `특히 강남구는`:
// "especially" introduces a comparison as often.)
const CONNECTIVES = String.raw`한편|다만|또한|아울러|이와\s함께|이\s밖에|이밖에|반면`;
const CONNECTIVE_OPENING = new RegExp(`^(?:${CONNECTIVES}),?\\s`, 'u');
const CONTRASTED = /다르게|달리|차이가|와\s다른|과\s다른/u;

function comparesBack(text: string): boolean {
  return REFERS_BACK.test(text) || CONTRASTED.test(text);
}

// `문래동(영등포구)으로 가 보자. 영등포구는 …`: a place glossed with its district, then the district's news.
const GLOSS = new RegExp(`\\((${DISTRICT_NAMES.join('|')})\\)`, 'u');

/**
 * The district a paragraph opens on when its first sentence glosses a place with it (`창동(도봉구)이 있다`)
 * and the next sentence makes that district its topic (`도봉구는 …`): the writer brings the district in
 * through its place, as a feature going from neighbourhood to neighbourhood does.
 */
function glossedThenNamed(first: string, second: string, elsewhere: ReadonlySet<string>): SentenceSubject | null {
  const district = GLOSS.exec(first)?.[1];
  if (!district || elsewhere.has(district) || !second.startsWith(district)) return null;
  return /^(?:는|가|에서는)\s/u.test(second.slice(district.length)) ? { districts: [district], role: 'subject' } : null;
}

// A full district name opening a sentence as its topic or subject (`도봉구는 …`, `강서구가 …`); not
// `X구도` ("X too"), how a comparison is written, unless the sentence reports the same day's news of
// another district (`같은 날 마포구도 … 선포식을 가졌다`, `이날 노원구도 …`), or takes it as the topic
// (`서초구의 경우 …`, `송파구 역시 …`). A connective adverb may come first (`한편 노원구는`, `다만 양천구는`).
const OPENS_WITH_DISTRICT = new RegExp(
  `^(?:(?:${CONNECTIVES}),?\\s)?(${DISTRICT_NAMES.join('|')})(?:는|가|에서는)\\s|^(?:같은\\s날|이날),?\\s(${DISTRICT_NAMES.join('|')})도\\s|^(${DISTRICT_NAMES.join('|')})(?:의\\s경우|\\s역시)\\s`,
  'u',
);

// `영등포구는 … 시범 운영하고, 노원구는 오는 9월 …을 가동한다`: a roundup runs two districts' news into one
// sentence, each clause with its own district as the topic (는) and its own verb; the clause after a
// connective ending (…고, …며) and a comma is the next district's. So is one after an object and a comma
// when the clauses share the verb (`구로구는 ‘…창구’를, 중랑구(구청장 …)는 … 홈페이지를 내세웠다`).
const NEXT_CLAUSE = `,\\s(?=(?:서울\\s)?(?:${DISTRICT_NAMES.join('|')})(?:\\([^)]*\\))?(?:는|에서는)\\s)`;
const NEXT_DISTRICT_CLAUSE = new RegExp(`(?<=[가-힣](?:고|며)|[가-힣’”」』>](?:을|를))${NEXT_CLAUSE}`, 'gu');
// (Not after a grade or a prize: `강남구는 …평가’에서 최우수 기관을, 서초구는 우수 기관을 각각 수상해 …` gives each its
// result in the one sentence, which the evaluation's name and the verb must stay in.)
const RESULT_OBJECT = /(?:최우수|우수|장려|대상|[가-힣]상|표창|등급|기관|자치구)\s?(?:을|를)$/u;
// The first clause's topic: the district opens it, or follows a short phrase placing it among others
// (`장려 자치구 가운데 양천구는 …`) or saying what it is (`장려구인 마포구는 …`).
const OPENS_WITH_TOPIC = new RegExp(
  `^(?:(?:[가-힣]+\\s){1,3}(?:가운데|중에서는?|중)\\s|[가-힣]{2,8}인\\s)?(?:서울\\s)?(?:${DISTRICT_NAMES.join('|')})(?:\\([^)]*\\))?(?:는|에서는)\\s`,
  'u',
);
// A clause that compares, ranks or counts (`…비슷한 장치를`, `강남구는 0.1% 내렸다`, `…가 뒤를 이었다`) is a
// tally or a comparison, not a district's news of its own.
const TALLY = /비슷한|유사한|같은|마찬가지|가장|뒤를\s?이었|\d\s?%|[\d.]+\s?(?:배|위)(?![가-힣])/u;
const CLAUSE_MIN = 20;

/**
 * A sentence as its clauses, each led by its own district (see NEXT_DISTRICT_CLAUSE): only when the
 * sentence opens with a district as its topic and every clause is long and says news, not a tally;
 * usually the sentence itself.
 */
function clausesOf(sentence: Sentence): Sentence[] {
  if (!sentence.text.includes(', ') || !OPENS_WITH_TOPIC.test(sentence.text)) return [sentence];
  const cuts = [...sentence.text.matchAll(NEXT_DISTRICT_CLAUSE)].filter((m) => !RESULT_OBJECT.test(sentence.text.slice(0, m.index))).map((m) => m.index + 2);
  if (cuts.length === 0) return [sentence];
  const clauses = [0, ...cuts].map((from, i) => ({ text: sentence.text.slice(from, cuts[i]).trimEnd(), start: sentence.start + from }));
  return clauses.every((c) => c.text.length >= CLAUSE_MIN && !TALLY.test(c.text)) ? clauses : [sentence];
}

// `양천구도 지난 25일 ‘목동 가을 거리 축제’를 축소해 치렀다`: `X구도` ("X too") opening a sentence that names
// a thing of its own in quotes is that district's news in turn; one that refers back (`비슷한 제도를`,
// `같은 방식으로`) is a comparison.
const DISTRICT_TOO = new RegExp(`^(${DISTRICT_NAMES.join('|')})도\\s`, 'u');
const REFERS_BACK = /비슷한|유사한|같은|이런|이와|마찬가지|역시|못지않/u;

/** The `X구도` opening of a sentence that is that district's own news (see DISTRICT_TOO), as OPENS_WITH_DISTRICT's match. */
function ownNewsToo(sentence: string): RegExpExecArray | null {
  const m = DISTRICT_TOO.exec(sentence);
  if (!m || !/[‘“'"「]/u.test(sentence) || REFERS_BACK.test(sentence)) return null;
  // Group 1 as OPENS_WITH_DISTRICT's topic (`도봉구는`) holds the district.
  return m;
}

function unit(text: string, paragraph: number, start: number, end: number, subject: SentenceSubject | null): Unit {
  const part = text.slice(start, end).trim();
  return { paragraph, start, end, length: text.length, subject, text: part, teaser: isTeaser(part) };
}

// A result that was (`지난해 … 최우수구였던`, `…에 올랐던`, `…최우수기관이었다`) or was not to be (`수상하지 못했다`, `순위권에 들지 못했다`).
const RESULT_WORD = /최우수|우수|장려|대상|수상|순위|\d위|등급/u;
const BACKGROUND_RESULT = /(?:지난해|작년|앞서|당시|그동안)[^.!?]*(?:[았었였랐렀]던\s|(?:였다|이었다)(?:[^가-힣]|$))|(?:하지|들지|오르지|받지)\s?못했|탈락했/u;

/**
 * True when, in an article whose headline names districts but not this one (and no story of it has started), a
 * district's sentence gives its past or missed result (`지난해 최우수구였던 종로구는 올해 … 수상하지 못했다`, `지난해 …
 * 평가에서는 서울 강동구가 … 최우수기관이었다`): background to the results the article tells, no story.
 */
function isBackgroundResult(s: SentenceSubject, drafts: ReadonlyMap<string, Draft>, headline: HeadlineDistricts, text: string): boolean {
  if (headline.named.size === 0 || !s.districts.every((d) => !headline.named.has(d) && !drafts.has(d))) return false;
  // (A result's own words: `지난해 큰 호응을 얻었던 ‘불빛정원’`, `그동안 주차 공간을 확보하지 못했던 …` are news.)
  const first = splitSentences(text)[0]?.text ?? text;
  return BACKGROUND_RESULT.test(first) && RESULT_WORD.test(first);
}

/**
 * Whether a subject starts (or returns to) a story. A district needs a strong introduction
 * (`서울 강남구는`, `강남구(구청장 …)는`), or the headline naming it, or a headline that names no
 * district or reads as a roundup; so `강남구는 …` (a neighbour, for comparison) in an article
 * headlined about 서초구 alone starts nothing, before or inside 서초구's story.
 */
function startsStory(
  s: SentenceSubject,
  current: readonly Draft[],
  drafts: ReadonlyMap<string, Draft>,
  headline: HeadlineDistricts,
): boolean {
  if (current.length > 0 && s.districts.join() === current.map((d) => d.district).join()) return false;
  if (s.role === 'strong' || headline.named.size === 0 || headline.roundup) return true;
  return s.districts.every((d) => headline.named.has(d) || drafts.has(d));
}

/**
 * `로이터는 이와 함께 강남구가 … ‘…’를 운영하고 있다고 전했다. 구는 지난 1일부터 …`: a district
 * the headline does not name still starts a story when the passage goes on about it as `구는 …`;
 * a neighbour named for comparison gets one sentence, not a passage of its own.
 */
function developsSubject(unit: Unit, s: SentenceSubject, current: readonly Draft[]): boolean {
  if (s.districts.length !== 1 || current.some((d) => d.district === s.districts[0])) return false;
  const sentences = splitSentences(unit.text);
  return sentences.length > 1 && sentences.slice(1).some((x) => /^구(?:는|가|도)\s/u.test(x.text));
}

// (Not ▲ or △: list items, `▲서울시 청년수당 연계`, stay in the story.)
const CITY_SECTION = /^\s*(?:[■□◆◇▶▷●○]\s*서울(?:특별)?시(?:[\s,]|$)|[\[【<]\s*서울(?:특별)?시\s*[\]】>])/u;

// `서울시도 다음 달 4일부터 …`: a paragraph whose subject is the city too ("also"), doing its own thing
// beside the districts. (`서울시는 …`, `서울시가 사업비를 댄다` is often the district story's funding.)
const CITY_SUBJECT = /^\s*서울(?:특별)?시도\s/u;

/**
 * True when a whole paragraph opens with the city as a subject beside the districts (`서울시도 … 마포구
 * 상암동에서 ‘…’를 연다`) and names not the current story's district: in a roundup, the city's own news
 * after the districts', not more of the story before it. (In one district's story, or a pair's, the
 * city's paragraph is background, and the story goes on after it.)
 */
function citysOwnParagraph(unit: Unit, current: readonly Draft[]): boolean {
  return unit.start === 0 && current.length === 1 && CITY_SUBJECT.test(unit.text) && !unit.text.includes(current[0]!.district);
}

// `청계천(중구·종로구)`, `코엑스(강남구)`: a place glossed with its district (or districts).
const GLOSSED_PLACE = /[가-힣A-Za-z]\(((?:[가-힣]{1,4}구)(?:[·ㆍ,]\s?[가-힣]{1,4}구)*)\)/gu;

/**
 * True when a whole paragraph, in a roundup, takes the reader to places it glosses with other districts
 * (`도심에서는 청계천(중구·종로구)의 서울빛초롱축제가 …. 삼성동 코엑스(강남구)의 …`) and names not the current
 * story's district: a feature going from place to place has left that district.
 */
function glossedElsewhere(unit: Unit, current: readonly Draft[]): boolean {
  if (unit.start !== 0 || current.length !== 1 || !unit.text.includes('(')) return false;
  const own = current[0]!.district;
  const glosses = [...unit.text.matchAll(GLOSSED_PLACE)];
  // The first place is what the paragraph is about (`청계천(중구·종로구)의 …축제가`, `…(강남구)는`), not where the
  // story's thing happens or goes (`행사는 양재천(서초구)에서 열린다`, `서울식물원(강서구)과 …을 둘러보는`).
  const first = glosses[0];
  if (!first || !PLACE_AS_TOPIC.test(unit.text.slice(first.index + first[0].length))) return false;
  const glossed = glosses.flatMap((m) => m[1]!.split(/[·ㆍ,]\s?/u));
  return glossed.every((d) => districtByName(d) !== undefined && d !== own) && !unit.text.includes(own);
}

const PLACE_AS_TOPIC = /^(?:의|은|는|이|가)\s/u;

// A line written as a headline: short and without a final ending (`…다.`).
const HEADLINE_MAX = 100;
const FINAL_ENDING = /다[.!?”’"')\]]*\s*$/u;
const LEADING_MARKS = /^(?:[\s▲△◇◆■□○●•※☞▶▷\-–—·*①-⑳]|\d{1,2}[.)](?=\s))*/u;

/**
 * True when a unit is a headline-style line (short, no final ending) whose first words are a Seoul
 * district other than the current story's: a list page's next teaser title or a sidebar headline.
 */
function headsOtherDistrict(unit: Unit, current: readonly Draft[], elsewhere: ReadonlySet<string>): boolean {
  const text = unit.text;
  if (text.length > HEADLINE_MAX || FINAL_ENDING.test(text)) return false;
  const first = seoulMentions(text, elsewhere)[0];
  // A list (`마포구·서대문구 잇는 …`) or a pair names districts together: no single other district's line.
  if (!first || first.otherCity || first.role === 'list' || first.role === 'pair') return false;
  if (first.from !== LEADING_MARKS.exec(text)![0].length) return false;
  return !current.some((d) => d.district === first.district);
}

/**
 * A table's header row (`구분 | 축제명 | 일정 | 장소`) says what the cells of every row below it are: a
 * story that reads a row reads the header too.
 */
function takeTableHeaders(units: readonly Unit[], drafts: Map<string, Draft>): void {
  for (const draft of drafts.values()) {
    for (const row of draft.units.filter((u) => hasFields(u.text))) {
      const header = tableHeader(units, units.indexOf(row));
      if (header !== row && header.subject === null && !draft.units.includes(header)) draft.units.unshift(header);
    }
  }
}

/** The first row of the table the unit at `i` is a row of. */
function tableHeader(units: readonly Unit[], i: number): Unit {
  let first = i;
  while (first > 0 && hasFields(units[first - 1]!.text)) first--;
  return units[first]!;
}

/**
 * An article about the headline's one district may open on a scene and name the district as a
 * subject only later (`서울 마포구 망원동의 한 골목. 저녁 7시가 되자 …`, then `… 마포구청장은 “…”`): when
 * that district's story comes first, the prose paragraphs right before it that have no subject of
 * their own are its opening.
 */
function takeOpening(units: readonly Unit[], drafts: Map<string, Draft>, headline: HeadlineDistricts, title: string): void {
  // A headline naming no district (`[현장] 골목에 불 켜진 ‘…’`), or naming only the one story's district though not
  // as its subject (`안동 사과·한우, 서울 노원구 식탁에 오른다`), over that story: its. When another body leads the
  // headline, only the district's office as a party (`…법원, 중구청 비공개 처분 취소`), not the district as a place
  // or its people (`서울시, 강남구 대치동 …`, `법원, 송파구 주민 손 들어줘`: the city's or the court's news).
  const only = drafts.size === 1 ? [...drafts.keys()][0]! : null;
  const namedOnly = headline.named.size === 1 && headline.named.has(only ?? '') && (!OTHER_ACTOR_LEAD.test(title) || title.includes(`${only}청`));
  const sole = only && (headline.named.size === 0 || namedOnly) ? only : null;
  if (headline.subjects.size !== 1 && !sole) return;
  const draft = drafts.get(sole ?? [...headline.subjects][0]!);
  // A story under a heading of its own (`◆ 서울 강서구, …`) is a section: what stands before is another's.
  if (!draft || (sole && !FINAL_ENDING.test(draft.units[0]!.text))) return;
  const start = units.indexOf(draft.units[0]!);
  // Only the story that comes first: a later one's opening is the story before it.
  if ([...drafts.values()].some((d) => units.indexOf(d.units[0]!) < start)) return;
  // Prose only: a photo caption, a press release's header or a subtitle (`- … 신청`) is no opening.
  let first = start;
  while (first > 0 && units[first - 1]!.subject === null && FINAL_ENDING.test(units[first - 1]!.text)) first--;
  draft.units.unshift(...units.slice(first, start));
}

// `서울시, …`, `경찰, …`, `법원, …`: a body (not a district) leads the headline as its subject.
const OTHER_ACTOR_LEAD = /(?:^|[”"’'…]\s?|\]\s?)(?:서울시|경찰|법원|검찰|정부|국회|[가-힣]{1,8}(?:부|처|위원회|법원|경찰서))\s?,/u;

/**
 * A district's own newsletter (`강동소식 11월호`, a masthead `… | 발행 강동구청 홍보전산과`) speaks for the
 * district throughout: the letter from its head, notices and schedules before the first paragraph
 * that names it as a subject are its story too, when it is the only story.
 */
function takeNewsletter(article: ParsedArticle, units: readonly Unit[], drafts: Map<string, Draft>): void {
  if (drafts.size !== 1) return;
  const [draft] = [...drafts.values()] as [Draft];
  const short = NEWSLETTER_TITLE.exec(article.title)?.[1];
  const publisher = article.paragraphs.slice(0, 3).map((p) => PUBLISHER.exec(p.text)?.[1]).find(Boolean);
  const own = (short ? districtByShortName(short)?.name : undefined) ?? (publisher ? districtByName(publisher)?.name : undefined);
  if (own !== draft.district) return;
  const start = units.indexOf(draft.units[0]!);
  draft.units.unshift(...units.slice(0, start));
}

// `강동소식 11월호`, `노원소식 2023년 5월호`: a district's newsletter, named for it.
const NEWSLETTER_TITLE = /^\s*([가-힣]{1,3})소식(?![가-힣])/u;
// `발행 강동구청 홍보전산과`, `발행: 노원구청`: who publishes it.
const PUBLISHER = /발행\s*[:：]?\s*([가-힣]{1,4}구)청?/u;

/**
 * No sentence has a district as its subject, but the headline opens with one (`서초구, … 개관`)
 * that the text names: the story runs from the first paragraph naming it.
 */
function fallBackOnHeadline(
  units: readonly Unit[],
  headline: HeadlineDistricts,
  elsewhere: ReadonlySet<string>,
  drafts: Map<string, Draft>,
): void {
  if (headline.subjects.size !== 1) return;
  const [district] = [...headline.subjects] as [string];
  const first = units.findIndex((u) =>
    seoulMentions(u.text, elsewhere).some((m) => m.district === district && m.role !== 'list'),
  );
  if (first === -1) return;
  // What comes before, naming no other district, is the same story's opening (`… 들으셨나요? 바로
  // 달리면서 쓰레기를 줍는 <…>인데요`): an article about one district need not name it at once.
  const others = units.slice(0, first).some((u) => seoulMentions(u.text, elsewhere).some((m) => m.district !== district));
  drafts.set(district, { district, units: units.slice(others ? first : 0), role: 'headline' });
}

// `구는 …`, `구가 …`: the district understood, as a story about one district goes on.
const UNDERSTOOD_DISTRICT = /(?:^|[.!?]\s*|,\s*|\s)구(?:는|가|도|에서는)\s/u;

/**
 * No sentence names a district as its subject and the headline opens with none, yet the text goes
 * on about `구는 …` and names one Seoul district only (a district newsletter: `발행: 노원구청`,
 * `노원구청장 오승민` signing, `‘노원 가족 데이’`): that district is the story's, from the first
 * paragraph naming it or saying `구는`.
 */
function fallBackOnSoleDistrict(units: readonly Unit[], elsewhere: ReadonlySet<string>, drafts: Map<string, Draft>): void {
  const named = new Set<string>();
  let first = -1;
  let understood = false;
  units.forEach((u, i) => {
    const mentions = seoulMentions(u.text, elsewhere);
    for (const m of mentions) named.add(m.district);
    const saysGu = UNDERSTOOD_DISTRICT.test(u.text);
    understood ||= saysGu;
    if (first === -1 && (mentions.length > 0 || saysGu)) first = i;
  });
  if (named.size !== 1 || !understood) return;
  const [district] = [...named] as [string];
  drafts.set(district, { district, units: units.slice(first), role: 'headline' });
}

// `정민호 서대문구청장`, `▲정민호 서대문구청장`, `서대문구청장 정민호`: a line naming only a district's head,
// looked for among an article's first lines.
const AUTHOR_LINE = /^\s*(?:▲\s*)?(?:[가-힣]{2,4}\s+([가-힣]{1,4}구)청장|([가-힣]{1,4}구)청장\s+[가-힣]{2,4})\s*$/u;
const AUTHOR_REACH = 4;

function authorsDistrict(line: string): string {
  const m = AUTHOR_LINE.exec(line)!;
  return m[1] ?? m[2]!;
}

/**
 * A column or a letter by a district's head (`[기고] …` under the line `정민호 서대문구청장`), where no
 * sentence makes a district its subject and the text says `구는`, `우리 구도`: the writer's district is
 * the article's story, from the author's line or the first `구는`, whichever comes first (the line may
 * stand above the text or sign it below). Other districts the head cites as examples do not make it a
 * list.
 */
function fallBackOnAuthor(units: readonly Unit[], elsewhere: ReadonlySet<string>, drafts: Map<string, Draft>): void {
  const authors = units.slice(0, AUTHOR_REACH).filter((u) => AUTHOR_LINE.test(u.text));
  const named = new Set(authors.map((u) => authorsDistrict(u.text)));
  // (Several heads signing, `오승록 노원구청장` / `이순희 강북구청장`, is a joint statement: no one's column.)
  if (named.size !== 1) return;
  const line = units.indexOf(authors[0]!);
  const district = districtByName([...named][0]!)?.name;
  const says = units.findIndex((u) => UNDERSTOOD_DISTRICT.test(u.text));
  if (!district || elsewhere.has(district) || says === -1) return;
  drafts.set(district, { district, units: units.slice(Math.min(line, says)), role: 'headline' });
}

/**
 * A lead before the first story that gives several districts their part in one sentence
 * (`…평가에서 구로구가 최우수 자치구로, 강남구가 우수 자치구로 각각 선정됐다`) belongs to each of
 * those districts' stories: news opens a multi-district piece with the shared fact, then takes
 * the districts in turn. Only districts written as a subject there, and with a story, share it.
 * Further in, such a sentence of no one district (`서울시가 … 평가에서는 종로구가 최우수, 구로구가 우수, …가
 * 장려 자치구로 뽑혔다`) opens the next districts' passages the same way: it leaves the story it ran on in
 * (unless that story's district is among them) for each of theirs.
 */
function shareLead(units: readonly Unit[], drafts: Map<string, Draft>, elsewhere: ReadonlySet<string>): void {
  const inStory = new Set([...drafts.values()].flatMap((d) => d.units));
  const firstStory = units.findIndex((u) => inStory.has(u));
  if (firstStory === -1) return;
  for (const unit of units.slice(0, firstStory).reverse()) {
    for (const district of sharingDistricts(unit, drafts, elsewhere)) drafts.get(district)!.units.unshift(unit);
  }
  for (const unit of units.slice(firstStory)) {
    // (`구는 이번 평가에서 최우수 자치구에 선정됐다. 구로구가 우수, …`: the story's own district, understood, is in it.)
    if (!RESULTS_LIST.test(unit.text) || !SELECTED.test(unit.text) || UNDERSTOOD_DISTRICT.test(unit.text)) continue;
    const sharing = sharingDistricts(unit, drafts, elsewhere);
    // (`노원구가 최우수구에 선정됐고 성동구와 송파구가 우수구, …가 장려구에 이름을 올렸다`: the row opening one district's
    // story is the others' too; a sentence of another district's own is not theirs to share.)
    if (sharing.size === 0 || (unit.subject !== null && !unit.subject.districts.every((d) => sharing.has(d)))) continue;
    for (const draft of drafts.values()) {
      const at = draft.units.indexOf(unit);
      if (sharing.has(draft.district) && at === -1) insertInOrder(draft.units, unit, units);
      else if (!sharing.has(draft.district) && at !== -1 && unit.subject === null) draft.units.splice(at, 1);
    }
  }
}

// `종로구가 최우수, 구로구가 우수, …`: districts each followed by their grade, how a results paragraph is written.
// (Not ranks: `출생아 수는 송파구가 1위, 강서구가 2위를 기록했다` is a tally.)
const RESULTS_LIST = new RegExp(`구(?:가|는)\\s(?:${GRADE_SOURCE}|우수|장려)(?<!\\d위)(?:[,\\s]|로|를|에)`, 'u');
const SELECTED = new RegExp(ROW_SELECTED_SOURCE, 'u');

/** The districts (two or more, each with a story) a unit gives their part as its subjects; else none. */
function sharingDistricts(unit: Unit, drafts: ReadonlyMap<string, Draft>, elsewhere: ReadonlySet<string>): Set<string> {
  const mentions = seoulMentions(unit.text, elsewhere);
  const subjects = new Set(
    mentions
      .filter((m, i) => (m.role === 'subject' || m.role === 'strong' || m.role === 'pair' || listAsSubject(unit.text, mentions, i)) && drafts.has(m.district))
      .map((m) => m.district),
  );
  return subjects.size < 2 ? new Set() : subjects;
}

/** Puts `unit` among a story's units where it stands in the article (`order`). */
function insertInOrder(storyUnits: Unit[], unit: Unit, order: readonly Unit[]): void {
  const rank = order.indexOf(unit);
  const at = storyUnits.findIndex((u) => order.indexOf(u) > rank);
  storyUnits.splice(at === -1 ? storyUnits.length : at, 0, unit);
}

/**
 * `장려 구에는 중랑구·관악구·은평구가 …`: a list of districts that is, as a whole, the subject (its last name
 * has the subject particle).
 */
function listAsSubject(text: string, mentions: readonly DistrictMention[], i: number): boolean {
  if (mentions[i]!.role !== 'list') return false;
  let last = i;
  while (mentions[last + 1]?.role === 'list' && /^\s?[·ㆍ,、]\s?$|^(?:와|과|및)\s/u.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
  return /^(?:가|는|도)\s/u.test(text.slice(mentions[last]!.end));
}

/**
 * A city-wide schedule (`종로구는 5일 …`, `중구는 6일 …` under a headline about the city) is about
 * no district: three or more one-paragraph stories, none introduced strongly, none in the headline,
 * after a lead about something else.
 */
function isCityWideSchedule(
  drafts: readonly Draft[],
  headline: HeadlineDistricts,
  units: readonly Unit[],
  listPage: boolean,
): boolean {
  if (listPage || drafts.length < 3) return false;
  const leadIsDistrict = units[0]?.subject !== null;
  return (
    !leadIsDistrict &&
    drafts.every((d) => d.role !== 'strong' && d.role !== 'head' && !headline.named.has(d.district)) &&
    drafts.every((d) => new Set(d.units.map((u) => u.paragraph)).size === 1)
  );
}

function toSegment(d: Draft, headline: HeadlineDistricts): StorySegment {
  // Per paragraph, the story's runs of units: two when another district's passage stands between
  // (`송파구는 … 서초구도 … 송파구 역시 …`), which the story does not read.
  const byParagraph = new Map<number, { start: number; end: number; length: number }[]>();
  for (const u of d.units) {
    const runs = byParagraph.get(u.paragraph) ?? [];
    const last = runs.at(-1);
    if (last && u.start <= last.end) last.end = Math.max(last.end, u.end);
    else runs.push({ start: u.start, end: u.end, length: u.length });
    byParagraph.set(u.paragraph, runs);
  }
  const clips: TextClip[] = [];
  for (const [paragraph, runs] of byParagraph) {
    if (runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end >= runs[0]!.length) continue;
    for (const r of runs) clips.push({ paragraph, start: r.start, end: r.end });
  }
  const chars = d.units.reduce((n, u) => n + (u.end - u.start), 0);
  let confidence = ROLE_CONFIDENCE[d.role];
  if (headline.subjects.has(d.district)) confidence += 0.05;
  else if (headline.named.size > 0 && !headline.roundup && !headline.named.has(d.district)) confidence -= 0.15;
  if (chars < 80) confidence -= 0.1;
  const segment: StorySegment = {
    district: d.district,
    paragraphs: [...byParagraph.keys()].sort((a, b) => a - b),
    confidence: Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100,
  };
  return clips.length > 0 ? { ...segment, clips } : segment;
}

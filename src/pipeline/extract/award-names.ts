/**
 * Evaluation names and organizers in a sentence, for extract/awards.ts: `행정안전부 주관 ‘2021년
 * 지방자치단체 혁신평가’에서`, `2021년도 지방자치단체 정부혁신평가에서`, `대한민국 지방자치 경영대전에서`.
 * A name is the words before an evaluation suffix (`…평가`, `…경영대전`) up to the first word that
 * cannot be part of a name (a particle, a verb, `주관`); a year in front of it is its edition.
 */
import {
  EVALUATION_ALIASES,
  EVALUATION_SUFFIXES,
  NAME_STOP_WORDS,
  ORGANIZER_ABBREVIATIONS,
} from '../korean/award-words.ts';
import { DISTRICT_NAMES } from '../korean/districts.ts';
import { stripParticle } from '../korean/particles.ts';
import { endsInVerbForm } from '../korean/word-endings.ts';

/** An evaluation named in a sentence. */
export interface EvaluationMention {
  /** Canonical name (`지방자치단체 혁신평가`). */
  readonly name: string;
  /** As written, edition year and `제N회` removed (`지방자치단체 정부혁신평가`). */
  readonly written: string;
  /** The edition year when written (`2021년도 …` → 2021), else null. */
  readonly year: number | null;
  /** Offsets of the name in the sentence (quotes included). */
  readonly start: number;
  readonly end: number;
  /** True when a result is given there: the name is followed by `에서`/`서`/`에`/`결과`. */
  readonly located: boolean;
}

const suffixes = [...EVALUATION_SUFFIXES].sort((a, b) => b.length - a.length).join('|');
// A quoted name may end in its latin abbreviation (`‘…경쟁력지수(KLCI)’`).
const QUOTED = new RegExp(String.raw`[‘“'"「『]([^‘’“”'"「」『』]{2,60}?(?:${suffixes})(?:\s?\([A-Za-z0-9]{2,10}\))?)[’”'"」』]`, 'gu');
const ABBREVIATION = /\s?\([A-Za-z0-9]{2,10}\)$/u;
// `‘2024년 보훈문화 확산 유공’ 포상에서`, `‘…’ 공모에서`: the quote is the name, the word after it its kind.
const QUOTED_BEFORE_KIND = /[‘“'"「『]([^‘’“”'"「」『』]{2,60}?)[’”'"」』]\s?(?:포상|공모|평가|심사|시상식)(?=에서|서(?![가-힣])|에(?![가-힣]))/gu;
// A suffix ending a word; the word's start is found by walking back (cheaper than a regex that
// tries every word start).
const BARE_SUFFIX = new RegExp(String.raw`(?:${suffixes})(?=에서|서(?![가-힣])|에(?![가-힣])|[은는을를의가]|\s|[,.]|$)`, 'gu');
const WORD_CHAR = /[가-힣A-Za-z0-9·]/u;
// Any suffix at all: most sentences have none and skip the search.
const ANY_SUFFIX = new RegExp(suffixes, 'u');
// Where a result is given: `…에서`, `… 결과`, `… 평가에서` (after a quoted index), `… 복지 분야에서`.
// A bracket may stand between the name and `에서` (`‘…대상’(서울신문 주최)에서`).
const LOCATED =
  /^[’”'"」』]?\s?(?:\([^)]{1,24}\)\s?)?(?:(?:평가|심사)\s?)?(?:에서|서(?![가-힣])|에(?![가-힣])|\s?결과|\s?시상식|\s?최우수|\s?우수|\s(?:[가-힣]{1,10}\s)?(?:분야|부문)(?:에서|서)?(?![가-힣]))/u;
const YEAR_TOKEN = /^(?:((?:19|20)\d{2})|[‘’'](\d{2}))(?:년도?)?(?:에도|에는|에)?$/u;
const EDITION = /^제\s?\d+\s?회$/u;
// Particles and verb endings that end a word which therefore cannot be part of a name.
const PARTICLE_END = /(?:은|는|을|를|에서|에게|으로|의|와|과|하는|되는|하고|[한된]|[가-힣]{2}[이가에로])$/u;
const DISTRICT_SET = new Set<string>(DISTRICT_NAMES);
const STOP = new Set(NAME_STOP_WORDS);

/**
 * True when `text` may name an evaluation: it holds one of the suffixes every name ends in.
 * @param text A sentence or paragraph.
 */
export function mayNameEvaluation(text: string): boolean {
  return ANY_SUFFIX.test(text);
}

/**
 * The evaluations named in `sentence`, quoted or bare, in order.
 * @param sentence One sentence.
 * @returns Mentions with canonical names; a bare suffix alone (`좋은 평가를`) is no name.
 */
export function findEvaluations(sentence: string): EvaluationMention[] {
  const out: EvaluationMention[] = [];
  if (!mayNameEvaluation(sentence)) return out;
  for (const m of sentence.matchAll(QUOTED)) {
    const mention = fromTokens(m[1]!.trim().split(/\s+/), m.index, m.index + m[0].length, sentence, false);
    if (mention) out.push(mention);
  }
  for (const m of sentence.matchAll(QUOTED_BEFORE_KIND)) {
    if (out.some((q) => q.start === m.index)) continue;
    const end = m.index + m[0].length;
    const mention = fromTokens(m[1]!.trim().split(/\s+/), m.index, end, sentence, false);
    if (mention) out.push(mention);
  }
  for (const m of sentence.matchAll(BARE_SUFFIX)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && WORD_CHAR.test(sentence[start - 1]!)) start--;
    if (out.some((q) => q.start <= start && start < q.end)) continue;
    const words = sentence.slice(0, start).split(/\s+/).filter(Boolean);
    const tokens: string[] = [sentence.slice(start, end)];
    for (let i = words.length - 1; i >= 0 && tokens.length < 7; i--) {
      // A quote or bracket opens the name (`“지방자치단체 혁신평가에서`): keep what follows it.
      const opened = /^.*[“‘"'(「『\[]/u.exec(words[i]!);
      const w = opened ? words[i]!.slice(opened[0].length) : words[i]!;
      if (w) tokens.unshift(w);
      if (opened || !nameWord(w)) break;
    }
    const mention = fromTokens(tokens, sentence.lastIndexOf(tokens[0]!, start), end, sentence, true);
    if (mention) out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when `w` may be inside a name (not a particle-ended word, verb, stop word or district). */
function nameWord(w: string): boolean {
  if (YEAR_TOKEN.test(w) || EDITION.test(w)) return false;
  if (STOP.has(w) || STOP.has(stripParticle(w, 1)) || DISTRICT_SET.has(w)) return false;
  if (!/^[가-힣A-Za-z0-9·]+$/u.test(w) || /^\d+$/.test(w)) return false;
  // `지난 29일 열린 시상식`: a clause describing the event, not its name.
  return !PARTICLE_END.test(w) && !endsInVerbForm(w);
}

/**
 * Builds a mention from tokens: a year or `제N회` ends the name (it is the edition); for a bare name
 * (`strict`) so does a word that cannot be in one, while a quoted name is kept whole
 * (`‘2023년 지역사회보장계획 시행결과 평가’`).
 */
function fromTokens(tokens: string[], start: number, end: number, sentence: string, strict: boolean): EvaluationMention | null {
  let year: number | null = null;
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const y = YEAR_TOKEN.exec(t);
    if (y) {
      year = y[1] ? Number(y[1]) : 2000 + Number(y[2]);
      break;
    }
    if (EDITION.test(t)) break;
    if (strict && i < tokens.length - 1 && !nameWord(t)) break;
    kept.unshift(t);
  }
  // `2012년 서울시 민원행정 종합평가에서`: unquoted, the body running it comes first; it is the organizer, not the name.
  // (Not before `자치구`: `서울시 자치구 평가` is named for whose districts it grades.)
  if (strict && kept.length > 2 && LEADING_BODY.test(kept[0]!) && kept[1] !== '자치구') kept.shift();
  const written = kept.join(' ').replace(ABBREVIATION, '');
  // A short suffix alone (`평가`, `대회`) names nothing; `혁신평가`, `서울시 자치구 평가` or a
  // compound suffix (`같은 경영대전에서`) does.
  if (kept.length < 2 && EVALUATION_SUFFIXES.includes(written) && written.length < 4) return null;
  if (!written) return null;
  const nameAt = strict ? sentence.lastIndexOf(kept[0]!, end) : start;
  year ??= yearBefore(sentence.slice(0, nameAt));
  const located = LOCATED.test(sentence.slice(end));
  return { name: canonicalEvaluation(written), written, year, start, end, located };
}

// (A ministry, `…부`, not `지방정부`, `기초지방정부`, words of the name.)
const LEADING_BODY = /^(?!(?:기초)?지방정부$|정부$|본부$)(?:서울시|서울특별시|[가-힣]{1,7}부)$/u;

// Words between an edition year and the name: who runs it (`2021년 행정안전부 주관 …평가`).
const ORGANIZER_WORD =
  /^(?:[가-힣A-Za-z]{2,20}(?:부|처|청|시|도|위원회|재단|공단|협회|학회|신문|일보|방송)(?:에서|가|이|와|과)?|공동|(?:주관|주최|실시|시행)(?:으로|하는|한|하고)?)$/u;

/** A year written just before a name with only its organizer between (`2021년 행정안전부 주관`). */
function yearBefore(prefix: string): number | null {
  const words = prefix.trim().split(/\s+/);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const y = YEAR_TOKEN.exec(words[i]!);
    if (y) return y[1] ? Number(y[1]) : 2000 + Number(y[2]);
    if (!ORGANIZER_WORD.test(words[i]!)) return null;
  }
  return null;
}

/**
 * The canonical name of an evaluation: spaces collapsed, known aliases mapped
 * (`지방자치단체 정부혁신평가` → `지방자치단체 혁신평가`).
 */
export function canonicalEvaluation(written: string): string {
  const compact = written.replace(/\s+/g, '');
  return EVALUATION_ALIASES[compact] ?? written.replace(/\s+/g, ' ').trim();
}

/**
 * The name of an evaluation's series, for a result given in another (unnamed) edition: the last
 * word as written (`지방자치단체 정부혁신평가` → `정부혁신평가`), or the whole name when that word is
 * only a suffix (`서울시 자치구 평가`, `자치구 세정운영 종합평가`).
 */
export function seriesName(written: string): string {
  const last = written.split(' ').at(-1) ?? written;
  // (`…세정운영 종합평가`: `종합평가` says only "overall evaluation", no more a name than `평가`.)
  return EVALUATION_SUFFIXES.includes(last.replace(/^종합/u, '')) ? canonicalEvaluation(written) : last;
}

// `행정안전부 주관`, `행정안전부에서 주관하는`, `서울시가 실시한`, `행정안전부가 연 ‘…’`,
// `한국능률협회컨설팅이 선정한 ‘…’`, and a
// ministry's own call (`보건복지부의 … 공모`, `보건복지부 ‘…평가’`: 의 or a quote after a ministry,
// agency or committee).
// A ministry named right before its contest (`행정안전부 정부혁신 우수사례 경진대회`, `보건복지가족부(현
// 보건복지부) 노인일자리 우수사례 공모`) runs it too: three syllables or more, so `일부`, `본부` are not.
const ORGANIZER =
  /([가-힣A-Za-z]{2,20})(?:\s?(?:주관|주최|실시|시행|개최|발표)(?:하는|한|하고|으로|해|했|하여)?(?![가-힣])|(?<=[을를])\s평가(?:한|하는)(?=\s)|(?<=[가이])\s(?:연|여는|마련한|선정한|선정하는)\s|(?<=[부처청]|위원회|서울시)(?:의\s|\s(?=[‘“'"「]))|(?<=[가-힣]{3}(?:부|처)|위원회)(?:\([^)]{1,15}\))?\s(?=[가-힣]))/gu;
const NOT_ORGANIZER = new Set(['공동', '직접', '자체', '구', '구청', '시']);
const WHEN_BEFORE_VERB: ReadonlySet<string> = new Set(['최근', '올해', '지난해', '지난달', '이달', '지난주', '이번에', '새로', '앞서', '매년', '해마다', '처음', '처음으로']);
const OBJECT_END = /(?:으로|을|를)$/u;
const JOINT_BODY = /([가-힣]{2,20}(?:부|처|청|위원회|본부|재단|공단|협회))(?:와|과)\s[가-힣\s]{2,30}(?:가|이)\s$/u;
const ORGANIZER_AFTER = /^\s?\(\s?([가-힣A-Za-z]{2,20})\s?(?:주최|주관)(?:[·ㆍ,\s][^)]*)?\)/u;
const PARTICLE_BETWEEN = /[가-힣](?:을|를|의|에서|으로|에|은|는)\s/u;
const FIRST_OF_BODIES = /([가-힣]{2,20}(?:부|처|위원회))(?:와|과)\s$/u;
const BODY_SUBJECT = /([가-힣]{2,20}(?:부|처|청|위원회|본부|재단|공단|협회)|서울시)(?:가|이|에서)\s/gu;

/** The last body written as a subject in `text` (`국민권익위원회가 …`), or ''. */
function lastBodySubject(text: string): string {
  return [...text.matchAll(BODY_SUBJECT)].at(-1)?.[1] ?? '';
}

/**
 * The organizer named in `sentence` before offset `before` (`행정안전부 주관`, `행정안전부에서
 * 주관하는`, `서울시가 실시한`, `행정안전부가 연`), or in brackets after the name (`‘…’(서울신문 주최)`);
 * ministry short names become full names (`행안부` → `행정안전부`).
 * @returns The organizer, or null when none is written there.
 */
export function findOrganizer(sentence: string, before: number): string | null {
  let found: string | null = null;
  for (const m of sentence.slice(0, before).matchAll(ORGANIZER)) {
    // `국민권익위원회가 … 653곳을 대상으로 실시한`: the word before the verb is its object or means;
    // the body that runs it is the clause's subject further back.
    // `행정안전부와 한국지방자치경영협회가 공동 주관한`: the first of the bodies running it together.
    // `보건복지부와 중앙치매센터가 실시한`: the first too, a ministry or agency, without 공동.
    // `행정자치부가 최근 발표한`: a word of when before the verb; the body is the subject before it.
    const head = sentence.slice(0, m.index);
    const word = OBJECT_END.test(m[1]!)
      ? lastBodySubject(head)
      : m[1] === '공동'
        ? (JOINT_BODY.exec(head)?.[1] ?? '')
        : (FIRST_OF_BODIES.exec(head)?.[1] ?? (WHEN_BEFORE_VERB.has(m[1]!) ? lastBodySubject(head) : m[1]!.replace(/(?:에서|이|가)$/u, '')));
    // A ministry right before a contest runs it only when the contest's name follows it directly
    // (`고용노동부 지원을 받아 … 대상` does not), and a 위원회 after 서울시 is the city's.
    const adjacent = /[부처회]\)?\s$/u.test(m[0]) && !/(?:주관|주최|실시|시행|개최|발표|연|여는|마련한|선정한|선정하는|의)\s$/u.test(m[0]);
    if (adjacent && (PARTICLE_BETWEEN.test(sentence.slice(m.index + m[0].length, before)) || /서울(?:특별)?시\s$/u.test(sentence.slice(0, m.index)))) continue;
    if (word.length >= 2 && !NOT_ORGANIZER.has(word)) found = ORGANIZER_ABBREVIATIONS[word] ?? word;
  }
  // `‘2024 대한민국 자치발전 대상’(서울신문 주최)`: the organizer in brackets after the name.
  const bracketed = found ? null : ORGANIZER_AFTER.exec(sentence.slice(before));
  return bracketed ? (ORGANIZER_ABBREVIATIONS[bracketed[1]!] ?? bracketed[1]!) : found;
}

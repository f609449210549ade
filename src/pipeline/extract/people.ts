/**
 * The story's head: the 구청장, or the acting head (구청장 권한대행), as the story's own text names
 * them; never filled from a list of office holders. News writes them as
 *   `양천구(구청장 김하늘)가`, `서초구(구청장 권한대행 임서진)는`   (in brackets after the district)
 *   `김하늘 양천구청장은`, `임서진 서초구청장 권한대행은`         (name, then the title)
 *   `서초구청장 임서진은`                                         (title, then the name)
 *   `오민석 구청장은`                                             (the district understood)
 *   `[인터뷰] 문진호 / 서울 중랑구청장`, `[인터뷰:문진호 / 서울 중랑구청장]` (a broadcast's caption)
 *   `노원구청장 오승민`                                           (a signature line)
 * A vice head (`부구청장`) is not the head unless acting for them.
 */
import type { Evidence } from '../schema.ts';
import type { Paragraph } from '../types.ts';
import { sentenceAt } from '../korean/sentences.ts';
import { looksLikeName } from '../korean/names.ts';
import { stripParticle } from '../korean/particles.ts';
import { DISTRICTS, DISTRICT_NAMES } from '../korean/districts.ts';
import { SEOUL_NAMES } from '../korean/places.ts';

/** A head named in a story, with the sentence naming them. */
export interface HeadMention {
  readonly name: string;
  readonly evidence: Evidence;
  /** Acting head (구청장 권한대행). */
  readonly acting: boolean;
}

const ACTING = '(?<acting>\\s*권한\\s*대행)';
// After the title: a particle, or anything but a syllable (`구청장실` is a room, not a person).
const END = '(?=[은는이가도의과와을를]|[^가-힣]|$)';
// `… 권한대행인`, `… 권한대행을 맡고 있는`, `… 권한대행을 맡은` before the acting head's name.
const ACTING_AS = '\\s*(?<acting>권한\\s*대행)(?:인|을\\s*맡(?:고\\s*있는|은))\\s+';
const AFTER_NAME = '(?:은|는|이|가|도|의)?(?=[\\s,.]|$)';
const NAME = '(?<name>[가-힣]{2,4})';
const LAZY_NAME = '(?<name>[가-힣]{2,4}?)';
const DISTRICT_WORDS = new Set(DISTRICTS.flatMap((d) => [d.name, d.short]));
// `서울 중랑구청장`: the city before the title, not a name.
const PLACE_WORDS: ReadonlySet<string> = new Set(SEOUL_NAMES);
const OTHER_DISTRICT_BEFORE = new RegExp(`(?:${DISTRICT_NAMES.join('|')})\\s*$`);
const DETERMINER_BEFORE = /(?:^|[^가-힣])(?:이|그|저|각|매|해당|같은)\s$/u;

/**
 * A pattern naming a head; `bound` when tied to the district. `needs` is a word every match holds
 * (the district's name, its title `…구청장`, or `구청장`): a paragraph without it is passed over
 * without a scan.
 */
interface HeadPattern {
  readonly re: RegExp;
  readonly bound: boolean;
  readonly needs: string;
}

const compiled = new Map<string, HeadPattern[]>();

/** Patterns naming `district`'s head, most explicit first. */
function patternsFor(district: string): HeadPattern[] {
  let patterns = compiled.get(district);
  if (!patterns) {
    patterns = buildPatterns(district);
    compiled.set(district, patterns);
  }
  return patterns;
}

function buildPatterns(district: string): HeadPattern[] {
  const d = district;
  // Bound forms all write the district (most its title, `${d}청장`); the others all write 구청장
  // (부구청장 holds it too).
  const g = (source: string, bound: boolean, needs = bound ? d : '구청장') => ({ re: new RegExp(source, 'g'), bound, needs });
  const title = `${d}청장`;
  return [
    // 양천구(구청장 김하늘)  서초구(구청장 권한대행 임서진)  중구(구청장 권한대행 부구청장 윤재석)
    // 중랑구(구청장 권한대행 서정호 부구청장)  (the deputy's title after the name)
    g(`${d}청?\\s*\\(\\s*(?:구청장|청장)${ACTING}?\\s+(?:부구청장\\s+)?${NAME}(?:\\s+부구청장)?\\s*\\)`, true),
    // 서초구(김철수 구청장)
    g(`${d}청?\\s*\\(\\s*${NAME}\\s+(?:구청장|청장)${ACTING}?\\s*\\)`, true),
    // 김하늘 양천구청장(은)  임서진 서초구청장 권한대행  김하늘 양천구 구청장  최지한 서초구청장님도
    // 한동규 서울 중랑구청장은  (the city between the name and the title)  하경렬(58) 서대문구청장이다  (an age)
    g(`(?<![가-힣])${NAME}(?:\\(\\d{2}(?:세)?\\))?\\s+(?:서울(?:특별)?시?\\s*)?${d}(?:청장|\\s+구청장)${ACTING}?(?:님)?${END}`, true),
    // 노원구청장 오승민  (a column's signature: a paragraph of the title and the name only)
    g(`^\\s*${d}청장${ACTING}?\\s+${NAME}\\s*$`, true, title),
    // [인터뷰] 문진호 / 서울 중랑구청장  (a broadcast's caption of who speaks; a line of its own)
    g(`^\\s*(?:\\[[^\\]]{1,8}\\]\\s*)?${NAME}\\s*/\\s*(?:서울(?:시)?\\s*)?${d}청장${ACTING}?${END}`, true, title),
    // [인터뷰:조민혁 / 서울 구로구청장]  (the same caption inside its brackets, as a transcript writes it)
    g(`\\[\\s*인터뷰\\s*[:：]\\s*${NAME}\\s*/\\s*(?:서울(?:시)?\\s*)?${d}청장${ACTING}?\\s*\\]`, true, title),
    // 서초구청장 임서진은  서초구청장 권한대행 임서진은
    g(`${d}청장${ACTING}?\\s+${LAZY_NAME}(?:은|는|이|가)(?![가-힣])`, true, title),
    // 서초구청장 권한대행을 맡고 있는 허길동 부구청장은
    g(`${d}청장${ACTING_AS}${LAZY_NAME}(?:\\s*부구청장)?${AFTER_NAME}`, true, title),
    // 구청장 권한대행인 허길동 부구청장은
    g(`(?<![가-힣])구청장${ACTING_AS}${LAZY_NAME}(?:\\s*부구청장)?${AFTER_NAME}`, false),
    // 허길동 부구청장(구청장 권한대행)
    g(`(?<![가-힣])${NAME}\\s+부구청장\\s*\\(\\s*(?:구청장\\s*)?(?<acting>권한\\s*대행)\\s*\\)`, false),
    // 오민석 구청장은  (not 부구청장: a space stands before 구청장)
    g(`(?<![가-힣])${NAME}\\s+구청장${ACTING}?${END}`, false),
  ];
}

/**
 * Finds the head of `district` named in a story.
 * @param paragraphs The story's paragraphs (byline removed).
 * @param district The story's district (`서초구`).
 * @returns The first head named in a form tied to the district, else the first `NAME 구청장`;
 *   null when the story names none.
 */
export function findHead(paragraphs: readonly Paragraph[], district: string): HeadMention | null {
  const patterns = patternsFor(district);
  for (const bound of [true, false]) {
    // The first paragraph that names a head decides: no later one is read.
    for (const p of paragraphs) {
      // Every form names the title `…청장`: most paragraphs are passed over at once.
      if (!p.text.includes('청장')) continue;
      let best: { at: number; head: HeadMention } | null = null;
      for (const { re, bound: b, needs } of patterns) {
        if (b !== bound || !p.text.includes(needs)) continue;
        for (const m of p.text.matchAll(re)) {
          const head = headFrom(m, p, bound);
          if (head && (!best || m.index < best.at)) best = { at: m.index, head };
        }
      }
      if (best) return best.head;
    }
  }
  return null;
}

/** Reads the name and acting flag from a match. */
function headFrom(m: RegExpMatchArray, p: Paragraph, bound: boolean): HeadMention | null {
  const name = m.groups?.['name'];
  if (!name) return null;
  const clean = name.length === 4 ? stripParticle(name) : name;
  if (!looksLikeName(clean) || DISTRICT_WORDS.has(clean) || PLACE_WORDS.has(clean)) return null;
  // `강남구 김철수 구청장`: another district's head. `이 기간 구청장 업무추진비`: a determiner makes the word
  // before the title a noun (a period, a place), not a name.
  if (!bound && OTHER_DISTRICT_BEFORE.test(p.text.slice(0, m.index!))) return null;
  if (DETERMINER_BEFORE.test(p.text.slice(Math.max(0, m.index! - 4), m.index!))) return null;
  const acting = m.groups?.['acting'] !== undefined;
  return { name: clean, acting, evidence: { paragraph: p.index, sentence: sentenceAt(p.text, m.index!) } };
}

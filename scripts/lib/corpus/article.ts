/**
 * A generated article: a single-district story, a roundup of 2–4 districts, a list page of
 * teasers ending in `…`, or a city-wide notice that lists districts without being about them;
 * with a byline in one of the forms real outlets use and, sometimes, scraped web residue and a
 * sidebar naming other districts.
 */
import { DISTRICTS, type DistrictInfo } from '../../../src/pipeline/korean/districts.ts';
import type { Ymd } from './korean.ts';
import { createRandom, type Random } from './random.ts';
import { generateStory, type StoryStats } from './story.ts';
import { GIVEN, OUTLETS, SURNAMES } from './words.ts';

/** The kinds of article the generator writes. */
export type ArticleKind = 'single' | 'roundup' | 'list' | 'citywide';

/** A generated article before it is written in an input format. */
export interface GeneratedArticle {
  readonly date: string;
  readonly title: string;
  readonly outlet: string;
  readonly reporter: string;
  readonly body: string;
  readonly kind: ArticleKind;
  readonly districts: string[];
  readonly residue: boolean;
  readonly stats: StoryStats;
}

/** Makes invented names of people, the same name for a district's head within one term. */
export function createNames(seed: string) {
  const heads = new Map<string, string>();
  const person = (r: Random) => `${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.pick(GIVEN)}`;
  return {
    person,
    /** The head of `district` in `year` (terms of four years from 2014). */
    head(district: DistrictInfo, year: number): string {
      const key = `${district.slug}:${Math.floor((year - 2014) / 4)}`;
      if (!heads.has(key)) heads.set(key, person(createRandom(`${seed}:${key}`)));
      return heads.get(key)!;
    },
  };
}

function byline(r: Random, outlet: string, reporter: string): { start: string; end: string } {
  switch (r.int(0, 5)) {
    case 0: return { start: `[${outlet} ${reporter} 기자] `, end: '' };
    case 1: return { start: `[${outlet}=${reporter} 기자] `, end: '' };
    case 2: return { start: `(서울=${outlet}) ${reporter} 기자 = `, end: '' };
    case 3: return { start: '', end: `${reporter} 기자 reporter${r.int(1, 999)}@sample-news.example` };
    default: return { start: '', end: '' };
  }
}

function residueAround(r: Random, date: Ymd, others: readonly DistrictInfo[], outlet: string): { before: string[]; after: string[] } {
  const mm = String(date.month).padStart(2, '0');
  const dd = String(date.day ?? 1).padStart(2, '0');
  const before = ['본문 바로가기', outlet, `입력${date.year}.${mm}.${dd} ${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`, '기사 읽어주기', '폰트 확대'];
  const after = [`<저작권자(c) ${outlet}, 무단 전재-재배포 금지>`, '관련기사', ...others.map((d) => `${d.name}, ${r.pick(['주민 설명회 열어', '가로수 정비 시작', '구립도서관 새단장', '여름철 안전 점검'])}`), '많이 본 뉴스'];
  return { before, after };
}

/**
 * Writes one article.
 * @param r Random source.
 * @param date The article date; `dateText` is it as written (`2022-02` or `2022-02-09`).
 * @param names From `createNames`.
 */
export function generateArticle(r: Random, date: Ymd, dateText: string, names: ReturnType<typeof createNames>): GeneratedArticle {
  const roll = r.next();
  const kind: ArticleKind = roll < 0.55 ? 'single' : roll < 0.9 ? 'roundup' : roll < 0.95 ? 'list' : 'citywide';
  const outlet = r.pick(OUTLETS);
  const reporter = names.person(r);
  const stats: StoryStats = { programs: [], awards: 0, dates: [] };
  const count = kind === 'single' ? 1 : kind === 'roundup' ? r.int(2, 4) : kind === 'list' ? r.int(4, 6) : r.int(8, 12);
  const districts = r.sample(DISTRICTS, count);
  const paragraphs: string[] = [];
  const parts: string[] = [];

  if (kind === 'citywide') {
    paragraphs.push(`서울시는 ${date.month}월 한 달 동안 자치구별로 무료 건강검진 버스를 운영한다고 밝혔다. 이 기사는 생성된 샘플이다.`);
    paragraphs.push(`운영 일정은 ${districts.map((d) => `${d.name} ${r.int(1, 28)}일`).join(', ')} 등이다.`);
    paragraphs.push('검진 항목은 혈압, 혈당, 골밀도 측정이며 신분증을 가져오면 누구나 받을 수 있다.');
    parts.push('서울시, 자치구 순회 건강검진 버스 운영');
  } else if (kind === 'list') {
    for (const d of districts) {
      const story = generateStory(r, { district: d, head: names.head(d, date.year), date, paragraphs: 3, award: false });
      paragraphs.push(story.headline, `${story.paragraphs.slice(0, 2).join(' ')} ${story.paragraphs[2]!.slice(0, 30)}…`);
      merge(stats, story.stats);
    }
    parts.push('자치구 소식 모음');
  } else {
    const each = kind === 'single' ? r.int(14, 20) : r.int(7, 11);
    for (const d of districts) {
      const story = generateStory(r, { district: d, head: names.head(d, date.year), date, paragraphs: each, award: r.chance(0.2) });
      paragraphs.push(...story.paragraphs);
      parts.push(story.headline);
      merge(stats, story.stats);
    }
  }
  const title = kind === 'roundup' ? `[${outlet} 자치구 뉴스]${parts.join('...')}` : parts[0]!;
  const by = byline(r, outlet, reporter);
  paragraphs[0] = by.start + paragraphs[0];
  if (by.end) paragraphs.push(by.end);
  const residue = r.chance(0.15);
  if (residue) {
    const others = r.sample(DISTRICTS.filter((d) => !districts.includes(d)), 3);
    const { before, after } = residueAround(r, date, others, outlet);
    paragraphs.unshift(...before);
    paragraphs.push(...after);
  }
  return {
    date: dateText, title, outlet, reporter, body: paragraphs.join('\n\n'), kind,
    districts: kind === 'citywide' ? [] : districts.map((d) => d.name), residue, stats,
  };
}

function merge(into: StoryStats, from: StoryStats) {
  into.programs.push(...from.programs);
  into.awards += from.awards;
  into.dates.push(...from.dates);
}

/**
 * The derived indexes, computed once from every article: by district, by initiative (names merged
 * within a district by `programKey`), by award, by month, related coverage and the review list.
 * Pure: it takes validated articles and returns plain values, so it is unit-tested without a build.
 */
import { DISTRICTS, districtByName } from '../pipeline/korean/districts.ts';
import { isSample } from './samples.ts';
import { programKey } from '../pipeline/program-key.ts';
import { groupAwards } from './awards.ts';
import { headsOverTime } from './heads.ts';
import type { Archive, ArticleEntry, AwardRef, DistrictIndex, ProgramGroup, ProgramRef, ReviewItem, StoryRef } from './model.ts';
import { assignProgramSlugs, programId } from './program-slug.ts';
import { relatedCoverage } from './related.ts';
import { relatedPrograms } from './related-programs.ts';
import { topicsOf } from './topics.ts';
import { href, paths } from './urls.ts';

/** Stories below this segmenter confidence are listed on /review/. */
export const LOW_CONFIDENCE = 0.5;

/** Newest first by date string (`2022-02-09` > `2022-02`), then by slug for a stable order. */
function newestFirst(a: ArticleEntry, b: ArticleEntry): number {
  return a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.data.slug.localeCompare(b.data.slug, 'ko');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The name a program is shown by: the variant written most often, ties to the earliest mention. */
function displayName(mentions: readonly ProgramRef[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.mention.name, (counts.get(m.mention.name) ?? 0) + 1);
  let best = mentions[0]!.mention.name;
  for (const [name, n] of counts) if (n > counts.get(best)!) best = name;
  return best;
}

/**
 * Builds every derived index.
 * @param entries The validated articles, in any order.
 * @returns The archive the pages read.
 */
export function buildArchive(entries: readonly ArticleEntry[]): Archive {
  const articles = [...entries].sort(newestFirst);
  const storyRefs: StoryRef[] = [];
  for (const entry of articles) {
    for (const story of entry.data.stories) {
      storyRefs.push({ article: entry.data, story, url: href(paths.story(entry.data.slug, story.anchor)) });
    }
  }

  // Programs: group mentions by district + key; oldest mention first.
  const mentionsById = new Map<string, ProgramRef[]>();
  const keyCache = new Map<string, string>();
  const idOf = (district: string, name: string) => {
    const cacheKey = `${district}\u0000${name}`;
    let id = keyCache.get(cacheKey);
    if (id === undefined) keyCache.set(cacheKey, (id = programId(district, programKey(name, district))));
    return id;
  };
  for (let i = storyRefs.length - 1; i >= 0; i--) {
    const ref = storyRefs[i]!;
    for (const mention of ref.story.programs) push(mentionsById, idOf(ref.story.district, mention.name), { ...ref, mention });
  }
  const slugs = assignProgramSlugs(
    [...mentionsById.keys()].map((id) => {
      const [district, key] = id.split('\u0000') as [string, string];
      return { district: districtByName(district)!, key };
    }),
  );
  const programs: ProgramGroup[] = [];
  const programById = new Map<string, ProgramGroup>();
  for (const [id, mentions] of mentionsById) {
    const [districtName, key] = id.split('\u0000') as [string, string];
    const name = displayName(mentions);
    const slug = slugs.get(id)!;
    const group: ProgramGroup = {
      key,
      slug,
      url: href(paths.program(slug)),
      district: districtByName(districtName)!,
      name,
      aliases: [...new Set(mentions.map((m) => m.mention.name))].filter((n) => n !== name).sort(),
      mentions,
      topics: topicsOf([name, ...mentions.map((m) => m.mention.evidence.sentence)]),
    };
    programs.push(group);
    programById.set(id, group);
  }
  const order = new Map(DISTRICTS.map((d, i) => [d.name, i]));
  programs.sort((a, b) => order.get(a.district.name)! - order.get(b.district.name)! || a.name.localeCompare(b.name, 'ko'));

  // Awards and months.
  const awardRefs: AwardRef[] = storyRefs.flatMap((ref) => ref.story.awards.map((award) => ({ ...ref, award })));
  // Every article's month has a page (its date links there), even when the article has no story.
  const months = new Map<string, StoryRef[]>(articles.map((a) => [a.data.date.slice(0, 7), []]));
  for (const ref of storyRefs) push(months, ref.article.date.slice(0, 7), ref);

  // Districts.
  const districts: DistrictIndex[] = DISTRICTS.map((info) => {
    const stories = storyRefs.filter((r) => r.story.district === info.name);
    const perMonth = new Map<string, number>();
    for (const r of [...stories].reverse()) perMonth.set(r.article.date.slice(0, 7), (perMonth.get(r.article.date.slice(0, 7)) ?? 0) + 1);
    return {
      info,
      url: href(paths.district(info.slug)),
      stories,
      programs: programs.filter((p) => p.district === info),
      awards: awardRefs.filter((a) => a.story.district === info.name),
      heads: headsOverTime(stories),
      months: new Map([...perMonth].sort(([a], [b]) => a.localeCompare(b, 'ko'))),
    };
  });

  const review: ReviewItem[] = articles
    .map((entry) => ({
      entry,
      noStory: entry.data.stories.length === 0,
      lowConfidence: entry.data.stories.filter((s) => s.confidence < LOW_CONFIDENCE),
    }))
    .filter((r) => r.noStory || r.lowConfidence.length > 0 || r.entry.data.warnings.length > 0);

  const related = relatedCoverage(articles, idOf);
  const relatedProgramsOf = relatedPrograms(programs);
  return {
    articles,
    articleBySlug: new Map(articles.map((a) => [a.data.slug, a])),
    districts,
    districtBySlug: new Map(districts.map((d) => [d.info.slug, d])),
    programs,
    programBySlug: new Map(programs.map((p) => [p.slug, p])),
    programOf: (district, name) => programById.get(idOf(district, name)),
    awards: groupAwards(awardRefs),
    months: new Map([...months].sort(([a], [b]) => b.localeCompare(a, 'ko'))),
    review,
    sampleCount: articles.filter((a) => isSample(a.data)).length,
    related,
    relatedPrograms: relatedProgramsOf,
  };
}

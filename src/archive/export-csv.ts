/**
 * The open data as CSV tables: articles one row per story (an article with no story gets one row
 * with an empty district), programs, districts and awards one row each. Lists are joined with ` | `.
 */
import { toCsv } from './csv.ts';
import type { ExportArticle, ExportAward, ExportDistrict, ExportProgram } from './export-schema.ts';

const join = (items: readonly string[]) => items.join(' | ');

/** `/data/articles.csv`. */
export function articlesCsv(articles: readonly ExportArticle[]): string {
  const header = ['id', 'slug', 'url', 'date', 'title', 'outlet', 'reporter', 'sourceUrl', 'source', 'district', 'storyUrl', 'head', 'programs', 'awards', 'dates'];
  const rows = articles.flatMap((a) => {
    const base = [a.id, a.slug, a.url, a.date, a.title, a.outlet, a.reporter, a.sourceUrl, a.source];
    if (a.stories.length === 0) return [[...base, null, null, null, null, null, null]];
    return a.stories.map((s) => [
      ...base,
      s.district,
      s.url,
      s.head,
      join(s.programs.map((p) => p.name)),
      join(s.awards.map((w) => [w.year, w.name, w.grade, w.streak ? `${w.streak}년 연속` : null, w.prize].filter(Boolean).join(' '))),
      join(s.dates.map((d) => `${d.kind}:${d.start}${d.end ? `~${d.end}` : ''}`)),
    ]);
  });
  return toCsv(header, rows);
}

/** `/data/programs.csv`. */
export function programsCsv(programs: readonly ExportProgram[]): string {
  return toCsv(
    ['slug', 'url', 'district', 'name', 'aliases', 'topics', 'firstDate', 'lastDate', 'stories'],
    programs.map((p) => [p.slug, p.url, p.district, p.name, join(p.aliases), join(p.topics), p.firstDate, p.lastDate, p.stories.length]),
  );
}

/** `/data/districts.csv`. */
export function districtsCsv(districts: readonly ExportDistrict[]): string {
  return toCsv(
    ['name', 'slug', 'english', 'url', 'feed', 'stories', 'programs', 'awards', 'heads'],
    districts.map((d) => [d.name, d.slug, d.english, d.url, d.feed, d.stories, d.programs, d.awards, join(d.heads.map((h) => h.name))]),
  );
}

/** `/data/awards.csv`. */
export function awardsCsv(awards: readonly ExportAward[]): string {
  return toCsv(
    ['name', 'year', 'grade', 'streak', 'prize', 'organizer', 'district', 'stories'],
    awards.map((a) => [a.name, a.year, a.grade, a.streak, a.prize, a.organizer, a.district, join(a.stories)]),
  );
}

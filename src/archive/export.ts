/**
 * The open-data export: the archive as plain values in the shapes of export-schema.ts, and the
 * same as CSV rows. Pure; the `/data/[file]` route serialises it.
 */
import { omitEvidence } from './omit-evidence.ts';
import type { Archive } from './model.ts';
import type { ExportArticle, ExportAward, ExportDistrict, ExportProgram } from './export-schema.ts';
import { href, paths } from './urls.ts';

/** `/data/articles.json`: every article, newest first, with its stories. */
export function exportArticles(archive: Archive): ExportArticle[] {
  return archive.articles.map(({ data }) => ({
    id: data.id,
    slug: data.slug,
    url: href(paths.article(data.slug)),
    date: data.date,
    title: data.title,
    outlet: data.outlet,
    reporter: data.reporter,
    sourceUrl: data.sourceUrl,
    source: data.source,
    stories: data.stories.map((s) => ({
      id: s.id,
      url: href(paths.story(data.slug, s.anchor)),
      district: s.district,
      head: s.head,
      confidence: s.confidence,
      programs: s.programs.map((p) => {
        const g = archive.programOf(s.district, p.name)!;
        return { name: p.name, slug: g.slug, url: g.url };
      }),
      awards: s.awards.map(omitEvidence),
      dates: s.dates.map(omitEvidence),
    })),
  }));
}

/** `/data/programs.json`: every initiative, by district then name. */
export function exportPrograms(archive: Archive): ExportProgram[] {
  return archive.programs.map((p) => ({
    slug: p.slug,
    url: p.url,
    district: p.district.name,
    name: p.name,
    aliases: [...p.aliases],
    topics: [...p.topics],
    firstDate: p.mentions[0]!.article.date,
    lastDate: p.mentions[p.mentions.length - 1]!.article.date,
    stories: [...new Set(p.mentions.map((m) => m.url))],
  }));
}

/** `/data/districts.json`: the 25 districts with counts and heads. */
export function exportDistricts(archive: Archive): ExportDistrict[] {
  return archive.districts.map((d) => ({
    name: d.info.name,
    slug: d.info.slug,
    english: d.info.english,
    url: d.url,
    feed: href(paths.districtFeed(d.info.slug)),
    stories: d.stories.length,
    programs: d.programs.length,
    awards: d.awards.length,
    heads: d.heads.map((h) => ({ ...h })),
  }));
}

/** `/data/awards.json`: one row per district result, grouped as on /awards/. */
export function exportAwards(archive: Archive): ExportAward[] {
  return archive.awards.flatMap((g) =>
    g.rows.map((r) => ({
      name: g.name,
      year: g.year,
      grade: r.grade,
      streak: r.streak,
      prize: r.prize,
      organizer: r.organizer,
      district: r.district.name,
      stories: [...new Set(r.refs.map((ref) => ref.url))],
    })),
  );
}

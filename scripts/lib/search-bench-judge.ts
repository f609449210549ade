/**
 * Relevance judgements of the search benchmark, graded: 2 for the page a query names (an
 * initiative page whose name contains what was typed, the district page of a district query),
 * where an initiative told in a single story is named by that story's article instead (its page
 * is not indexed: search leads to the story, which links to the page; the benchmark scores
 * articles as pages, so the story's article is the grade-2 unit; initiatives of two or more
 * stories keep their page as grade 2),
 * 1 for pages that mention it (articles; for a 구청장's name, also the district page that names
 * the person as its head). Initiative and district pages that only repeat a story's sentences do
 * not count as mentions. Entity pages are judged by what they are (district and
 * initiative name), then looked up in the built site's data export, so a judged page the site lacks
 * stays in the judgements and counts as a miss for every system (the baseline has no entity pages
 * at all, and misses them by design).
 * Sources of the judgements:
 *  - sample articles (content/raw): judged by hand in tests/search/queries.json;
 *  - seed articles (../shared/seeds): gold.json's stories (district, programs) and, for the other
 *    queries, the rule "the article contains the query as a phrase, spacing aside"; both are printed with `--judgements` for review, since they cannot be stored.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { normalizeQuery } from '../../src/search/query.ts';
import { normaliseProgram } from './gold-score.ts';
import type { BenchQuery } from './search-bench-queries.ts';
import { DISTRICTS } from '../../src/pipeline/korean/districts.ts';

/** One generated article of the benchmark corpus, by its `source`. */
export interface CorpusArticle {
  readonly source: string;
  /** Headline and body, NFC, lower case. */
  readonly text: string;
}

/** What judging needs to know about the built corpus. */
export interface JudgeCorpus {
  readonly articles: readonly CorpusArticle[];
  /**
   * Program key (see programKey) → the page that names it: its page path, or, for an initiative
   * told in one story, that story's article `source`. Names and aliases both.
   */
  readonly programPages: ReadonlyMap<string, string>;
  /** District name → page path. */
  readonly districtPages: ReadonlyMap<string, string>;
  /** Seed stories from gold.json: the article's source, district and program names. */
  readonly goldStories: ReadonlyArray<{ readonly source: string; readonly district: string; readonly programs: readonly string[] }>;
  /** Source prefix of the seed articles (e.g. `seeds/`); hand judgements cover the rest. */
  readonly seedPrefix: string;
}

/** A query's judgements, and judged pages the site does not have. */
export interface Judged {
  readonly grades: Map<string, number>;
  readonly absent: string[];
}

const squash = (s: string) => normaliseProgram(s.normalize('NFC').toLowerCase());

/**
 * An initiative's key: district and squashed name without a leading district name, since one
 * article writes `강북 숲속 치유센터` where the page may be named `숲속 치유센터`.
 */
function programKey(district: string, name: string): string {
  const d = DISTRICTS.find((x) => x.name === district);
  let key = squash(name);
  for (const prefix of d ? [d.name, d.short] : []) {
    if (key.startsWith(prefix) && key.length > prefix.length + 1) {
      key = key.slice(prefix.length);
      break;
    }
  }
  return `${district}|${key}`;
}

/**
 * Reads the generated articles and the export of a built benchmark site.
 * @param articlesDir The ingest's output (Markdown with frontmatter).
 * @param siteDir The built site (reads data/programs.json and data/districts.json).
 * @param goldStories Seed stories with their source (empty without seeds).
 * @param seedPrefix Source prefix of seed articles.
 */
export async function loadJudgeCorpus(
  articlesDir: string,
  siteDir: string,
  goldStories: JudgeCorpus['goldStories'],
  seedPrefix: string,
): Promise<JudgeCorpus> {
  const files = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  const articles: CorpusArticle[] = [];
  for (const file of files) {
    const { data, content } = matter(await readFile(join(articlesDir, file), 'utf8'));
    articles.push({ source: String(data['source']), text: `${String(data['title'])}\n${content}`.normalize('NFC').toLowerCase() });
  }
  const sourceOf = new Map((await exported(siteDir, 'articles')).map((a) => [pathOf(a['url']), String(a['source'])]));
  const programPages = new Map<string, string>();
  for (const p of await exported(siteDir, 'programs')) {
    // Same rule as the index (search-page-facts.ts): one distinct story URL means one story.
    const stories = [...new Set(((p['stories'] as unknown[] | undefined) ?? []).map(String))];
    const story = stories.length === 1 ? sourceOf.get(pathOf(stories[0])) : undefined;
    for (const name of [p['name'], ...((p['aliases'] as unknown[] | undefined) ?? [])]) {
      programPages.set(programKey(String(p['district']), String(name)), story ?? pathOf(p['url']));
    }
  }
  const districtPages = new Map((await exported(siteDir, 'districts')).map((d) => [String(d['name']), pathOf(d['url'])]));
  return { articles, programPages, districtPages, goldStories, seedPrefix };
}

/**
 * Judges one query over the corpus.
 * @param query The query with its hand judgements (sample corpus) or its gold origin (seeds).
 * @param corpus See {@link loadJudgeCorpus}.
 * @param stories Hand table: district → sample articles with a story of that district.
 */
export function judge(query: BenchQuery, corpus: JudgeCorpus, stories: Readonly<Record<string, readonly string[]>>): Judged {
  const grades = new Map<string, number>();
  const absent: string[] = [];
  const set = (id: string, grade: number) => grades.set(id, Math.max(grade, grades.get(id) ?? 0));
  const article = (suffix: string) => {
    const found = corpus.articles.filter((a) => a.source === suffix || a.source.endsWith(`/${suffix}`));
    if (found.length !== 1) throw new Error(`judgement of “${query.q}”: ${found.length} articles end with ${suffix}`);
    set(found[0]!.source, 1);
  };
  const program = (district: string, name: string) => {
    const path = corpus.programPages.get(programKey(district, name));
    if (path) set(path, 2);
    else set(`program:${district} ${name}`, 2), absent.push(`${district} ${name}`);
  };

  for (const suffix of query.articles ?? []) article(suffix);
  for (const [district, name] of query.programs ?? []) program(district, name);
  if (query.headOf) {
    const page = corpus.districtPages.get(query.headOf);
    if (page) set(page, 1);
    else set(`district:${query.headOf}`, 1), absent.push(query.headOf);
  }
  if (query.district) {
    const page = corpus.districtPages.get(query.district);
    if (page) set(page, 2);
    else set(`district:${query.district}`, 2), absent.push(query.district);
    for (const suffix of stories[query.district] ?? []) article(suffix);
    for (const s of corpus.goldStories) if (s.district === query.district) set(s.source, 1);
    return { grades, absent };
  }

  // Pages the hand judgements do not cover: seed articles (for a sample query) or every article
  // (for a query made from the seeds) that mention the query, and seed initiatives it names.
  const terms = normalizeQuery(query.q).terms;
  const whole = squash(terms.join(''));
  const byRule = query.origin === 'seeds' ? corpus.articles : corpus.articles.filter((a) => a.source.startsWith(corpus.seedPrefix));
  for (const a of byRule) {
    // The words as one phrase, spacing aside (every word anywhere would judge `2년 연속` relevant
    // to an article with `최대 2년간` and `3년 연속`).
    if (whole && squash(a.text).includes(whole)) set(a.source, 1);
  }
  if (whole.length >= 2) {
    for (const s of corpus.goldStories) for (const name of s.programs) if (squash(name).includes(whole)) program(s.district, name);
  }
  return { grades, absent };
}

async function exported(siteDir: string, name: string): Promise<Array<Record<string, unknown>>> {
  const doc = JSON.parse(await readFile(join(siteDir, 'data', `${name}.json`), 'utf8')) as unknown;
  const list = Array.isArray(doc) ? doc : (doc as Record<string, unknown>)[name];
  return Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [];
}

/** `/programs/x/` from a URL or path (the export's URLs carry the site's base, here `/`). */
function pathOf(url: unknown): string {
  return new URL(String(url), 'http://site.invalid').pathname;
}

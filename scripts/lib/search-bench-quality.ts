/**
 * Search quality: the real site built from the sample articles and the seeds (ingest → astro build
 * → our index) against the baseline of issue 4 (Pagefind's defaults over one plain `lang="ko"` page
 * per article: an `h1` and `<p>`s), both searched in the same Chromium run and scored on the same
 * graded judgements (search-bench-judge.ts): recall@10 and nDCG@10 over every result, initiative
 * and district pages included. The baseline has no such pages, so it misses them: that is the
 * point of the comparison. A query passes when every judged page it can hold is in its top 10.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import matter from 'gray-matter';
import * as pagefind from 'pagefind';
import { splitParagraphs } from '../../src/pipeline/paragraphs.ts';
import { normalizeQuery } from '../../src/search/query.ts';
import { RANKING } from '../../src/search/fields.ts';
import { buildSiteWithSearch } from './search-build-site.ts';
import { serveStatic } from './search-serve.ts';
import { launchChromium, mergeShards, openSearchPage, timedSearch } from './search-browser.ts';
import { ndcgAt, recallAt, type Judgements } from './search-metrics.ts';
import { judge, loadJudgeCorpus, type JudgeCorpus } from './search-bench-judge.ts';
import type { BenchQuery } from './search-bench-queries.ts';

/** Per-query outcome for one system. */
export interface QueryOutcome {
  readonly q: string;
  readonly kind: string;
  readonly origin: string;
  readonly recall: number;
  readonly ndcg: number;
  /** Ids of the top 10 (article `source`s, entity page paths). */
  readonly top: string[];
}

/** A query's judgements as used (for review with `--judgements`). */
export interface JudgedQuery {
  readonly q: string;
  readonly kind: string;
  readonly origin: string;
  readonly grades: Judgements;
  /** Judged pages the built site does not have. */
  readonly absent: readonly string[];
}

/** Both systems' outcomes. */
export interface QualityReport {
  readonly articles: number;
  readonly judged: JudgedQuery[];
  readonly ours: QueryOutcome[];
  readonly baseline: QueryOutcome[];
}

/** What {@link benchQuality} needs besides the queries. */
export interface QualityInput {
  /** Folder name in the corpus → folder to copy (e.g. `sample` → content/raw). */
  readonly rawDirs: Readonly<Record<string, string>>;
  readonly queries: readonly BenchQuery[];
  /** Hand table: district → sample articles with its story (suffixes). */
  readonly stories: Readonly<Record<string, readonly string[]>>;
  /** Seed stories (source relative to the corpus, district, programs); empty without seeds. */
  readonly goldStories: JudgeCorpus['goldStories'];
  readonly seedPrefix: string;
  readonly log: (line: string) => void;
}

/**
 * Builds both sites from the raw folders (each copied under its own name), judges the queries
 * over the built corpus and runs them on both systems.
 * @param input See {@link QualityInput}.
 */
export async function benchQuality(input: QualityInput): Promise<QualityReport> {
  const tmp = await mkdtemp(join(tmpdir(), 'search-quality-'));
  try {
    const raw = join(tmp, 'raw');
    for (const [name, dir] of Object.entries(input.rawDirs)) await cp(dir, join(raw, name), { recursive: true, filter: (src) => !src.endsWith('.json') });
    const articlesDir = join(tmp, 'articles');
    const site = join(tmp, 'site');
    input.log('ingest, astro build, search index…');
    await buildSiteWithSearch(raw, articlesDir, site);

    const corpus = await loadJudgeCorpus(articlesDir, site, input.goldStories, input.seedPrefix);
    const judged = input.queries.map((query) => ({ q: query.q, kind: query.kind, origin: query.origin, ...judge(query, corpus, input.stories) }));

    const oursSource = await sourcesByUrl(site);
    const { plainDir, plainSource, articles } = await writePlainSite(tmp, articlesDir);
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: plainDir });
    await index!.writeFiles({ outputPath: join(plainDir, 'pagefind') });
    await pagefind.close();

    input.log('searching in Chromium…');
    const browser = await launchChromium();
    try {
      const ours = await runQueries(browser, site, RANKING, judged, (q) => normalizeQuery(q).text, oursSource);
      const baseline = await runQueries(browser, plainDir, null, judged, (q) => q, plainSource);
      return { articles, judged, ours, baseline };
    } finally {
      await browser.close();
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function runQueries(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  dir: string,
  ranking: object | null,
  queries: readonly JudgedQuery[],
  toPagefind: (q: string) => string,
  sourceOf: Map<string, string>,
): Promise<QueryOutcome[]> {
  const server = await serveStatic(dir, '/');
  try {
    const page = await openSearchPage(browser, server, ranking ? { ranking } : null);
    await mergeShards(page, server, ranking ? { ranking } : null);
    const out: QueryOutcome[] = [];
    for (const query of queries) {
      const text = toPagefind(query.q);
      const found = text ? await timedSearch(page, text, 10) : { urls: [] };
      // An article page is known by its source; an initiative or district page by its path.
      const ids = found.urls.map((u) => {
        const path = u.replace(/#.*$/u, '');
        return sourceOf.get(path) ?? path;
      });
      out.push({
        q: query.q,
        kind: query.kind,
        origin: query.origin,
        recall: recallAt(ids, query.grades),
        ndcg: ndcgAt(ids, query.grades),
        top: ids.slice(0, 10),
      });
    }
    return out;
  } finally {
    await server.close();
  }
}

/** Article page URL → its `source`, from the site's data export. */
async function sourcesByUrl(site: string): Promise<Map<string, string>> {
  const doc = JSON.parse(await readFile(join(site, 'data', 'articles.json'), 'utf8')) as unknown;
  const list = (Array.isArray(doc) ? doc : (doc as { articles: unknown[] }).articles) as Array<{ url: string; source: string }>;
  return new Map(list.map((a) => [new URL(a.url, 'http://x').pathname, a.source]));
}

/** The baseline site: one plain page per generated article, `h1` + `<p>`s. */
async function writePlainSite(tmp: string, articlesDir: string) {
  const plainDir = join(tmp, 'plain');
  const plainSource = new Map<string, string>();
  const files = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  for (const [i, file] of files.entries()) {
    const { data, content } = matter(await readFile(join(articlesDir, file), 'utf8'));
    const paragraphs = splitParagraphs(content).map((p) => `<p>${esc(p.text)}</p>`).join('\n');
    const dir = join(plainDir, String(i));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), `<!doctype html>\n<html lang="ko"><head><meta charset="utf-8"><title>${esc(String(data['title']))}</title></head>\n<body><h1>${esc(String(data['title']))}</h1>\n${paragraphs}\n</body></html>\n`);
    plainSource.set(`/${i}/`, String(data['source']));
  }
  await mkdir(join(plainDir, 'search'), { recursive: true });
  await writeFile(join(plainDir, 'search', 'index.html'), '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>search</title></head><body></body></html>');
  return { plainDir, plainSource, articles: files.length };
}

/**
 * Search quality: the real site built from the sample articles and the seeds (ingest → astro build
 * → our index) against the baseline of issue 4 (Pagefind's defaults over one plain `lang="ko"` page
 * per article: an `h1` and `<p>`s), both searched in the same Chromium run. Reports recall@10 and
 * nDCG@10 (article-level: a result counts when it is the expected article's page) and how many
 * queries each system passes (every expected article in its top 10).
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
import { launchChromium, openSearchPage, timedSearch } from './search-browser.ts';
import { ndcgAt, recallAt } from './search-metrics.ts';
import type { BenchQuery } from './search-bench-queries.ts';

/** Per-query outcome for one system. */
export interface QueryOutcome {
  readonly q: string;
  readonly kind: string;
  /** Over the top 10 results of any kind (an initiative or district page counts as a miss). */
  readonly recall: number;
  readonly ndcg: number;
  /** Over the top 10 article results, initiative and district pages set aside (the baseline has none). */
  readonly articleRecall: number;
  readonly articleNdcg: number;
  readonly top: string[];
}

/** Both systems' outcomes. */
export interface QualityReport {
  readonly articles: number;
  readonly ours: QueryOutcome[];
  readonly baseline: QueryOutcome[];
}

/**
 * Builds both sites from `rawDirs` (each copied under its own name) and runs `queries` on both.
 * @param rawDirs Folder name in the corpus → folder to copy (e.g. `sample` → content/raw).
 * @param queries The queries; `expect` entries are suffixes of article `source` paths.
 * @param log Progress lines.
 */
export async function benchQuality(
  rawDirs: Readonly<Record<string, string>>,
  queries: readonly BenchQuery[],
  log: (line: string) => void,
): Promise<QualityReport> {
  const tmp = await mkdtemp(join(tmpdir(), 'search-quality-'));
  try {
    const raw = join(tmp, 'raw');
    for (const [name, dir] of Object.entries(rawDirs)) await cp(dir, join(raw, name), { recursive: true, filter: (src) => !src.endsWith('.json') });
    const articlesDir = join(tmp, 'articles');
    const site = join(tmp, 'site');
    log('ingest, astro build, search index…');
    await buildSiteWithSearch(raw, articlesDir, site);

    const oursSource = await sourcesByUrl(site);
    const { plainDir, plainSource, articles } = await writePlainSite(tmp, articlesDir);
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: plainDir });
    await index!.writeFiles({ outputPath: join(plainDir, 'pagefind') });
    await pagefind.close();

    log('searching in Chromium…');
    const browser = await launchChromium();
    try {
      const ours = await runQueries(browser, site, RANKING, queries, (q) => normalizeQuery(q).text, oursSource);
      const baseline = await runQueries(browser, plainDir, null, queries, (q) => q, plainSource);
      return { articles, ours, baseline };
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
  queries: readonly BenchQuery[],
  toPagefind: (q: string) => string,
  sourceOf: Map<string, string>,
): Promise<QueryOutcome[]> {
  const server = await serveStatic(dir, '/');
  try {
    const page = await openSearchPage(browser, server, ranking ? { ranking } : null);
    const out: QueryOutcome[] = [];
    for (const query of queries) {
      const text = toPagefind(query.q);
      const found = text ? await timedSearch(page, text, 100) : { urls: [] };
      const top = found.urls.map((u) => sourceOf.get(u.replace(/#.*$/u, '')) ?? u);
      // Ids are sources matched by suffix; URLs that are no article stay URLs.
      const ids = top.map((s) => query.expect.find((e) => s.endsWith(e)) ?? s);
      const articleIds = ids.filter((_, i) => !top[i]!.startsWith('/'));
      const relevant = new Set(query.expect);
      out.push({
        q: query.q,
        kind: query.kind,
        recall: recallAt(ids, relevant),
        ndcg: ndcgAt(ids, relevant),
        articleRecall: recallAt(articleIds, relevant),
        articleNdcg: ndcgAt(articleIds, relevant),
        top: top.slice(0, 10),
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

/**
 * Search at scale: a synthetic archive of N articles indexed with our Korean terms, then in
 * Chromium the bytes fetched by the first query (Pagefind's JS, worker, WebAssembly, metadata,
 * index chunks and the first results' fragments, as sent gzipped by a static host) and the latency
 * of further queries (infix, particle and two-word queries). Bars (issue 4): first query ≤ 300 KB,
 * p95 ≤ 150 ms.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import { buildSearchIndex } from './search-index-build.ts';
import { writeSyntheticSite } from './search-synthetic-site.ts';
import { serveStatic } from './search-serve.ts';
import { launchChromium, openSearchPage, timedSearch } from './search-browser.ts';
import { normalizeQuery } from '../../src/search/query.ts';
import { RANKING } from '../../src/search/fields.ts';
import { DISTRICTS } from '../../src/pipeline/korean/districts.ts';
import { mulberry32 } from './search-synthetic-site.ts';

/** What the scale benchmark measured. */
export interface ScaleReport {
  readonly articles: number;
  readonly indexSeconds: number;
  readonly bundleBytes: number;
  readonly indexChunks: number;
  readonly firstQueryBytes: number;
  readonly firstQueryMs: number;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/**
 * Builds and measures a synthetic archive.
 * @param articles How many article pages.
 * @param vocabularyText Korean text to draw words from.
 * @param queryCount How many timed queries after the first. Default 100.
 */
export async function benchScale(articles: number, vocabularyText: string, queryCount = 100): Promise<ScaleReport> {
  const dir = await mkdtemp(join(tmpdir(), 'search-scale-'));
  try {
    const pages = await writeSyntheticSite({ dir, articles, vocabularyText, seed: 7 });
    const t0 = performance.now();
    const built = await buildSearchIndex({ siteDir: dir });
    const indexSeconds = (performance.now() - t0) / 1000;
    if (built.errors.length) throw new Error(built.errors.join('\n'));
    const bundle = join(dir, 'pagefind');
    const chunkFiles = await readdir(join(bundle, 'index'));
    let bundleBytes = 0;
    for (const entry of await readdir(bundle, { recursive: true })) {
      const s = await stat(join(bundle, entry));
      if (s.isFile()) bundleBytes += s.size;
    }

    const random = mulberry32(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const queries: string[] = [];
    for (let i = 0; i <= queryCount; i++) {
      const page = pick(pages);
      const chars = [...page.compound];
      const from = 1 + Math.floor(random() * Math.max(1, chars.length - 3));
      const infix = chars.slice(from, from + 2 + Math.floor(random() * 2)).join('');
      const kind = i % 3;
      queries.push(kind === 0 ? infix : kind === 1 ? `${pick(DISTRICTS).name}가` : `${pick(DISTRICTS).short} ${infix}`);
    }

    const server = await serveStatic(dir, '/');
    const browser = await launchChromium();
    try {
      const page = await openSearchPage(browser, server, null);
      // Count from here: the page itself and pagefind.js are what any page with search loads.
      server.resetBytes();
      await page.evaluate(async (ranking) => {
        const pf = (globalThis as unknown as { __pf: { options(o: unknown): Promise<void> } }).__pf;
        await pf.options({ ranking });
      }, RANKING);
      const first = await timedSearch(page, normalizeQuery(queries[0]!).text, 10);
      const firstQueryBytes = [...server.sent.values()].reduce((a, b) => a + b, 0) + (await gzippedSize(join(bundle, 'pagefind.js')));
      const times: number[] = [];
      for (const q of queries.slice(1)) times.push((await timedSearch(page, normalizeQuery(q).text, 10)).ms);
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
      return {
        articles,
        indexSeconds,
        bundleBytes,
        indexChunks: chunkFiles.length,
        firstQueryBytes,
        firstQueryMs: first.ms,
        queries: times.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pagefind.js was fetched before counting started; add its gzipped size. */
async function gzippedSize(file: string): Promise<number> {
  const { gzipSync } = await import('node:zlib');
  return gzipSync(await readFile(file)).length;
}

/**
 * Search at scale (issue 4: a 10,000-article archive): N articles from the project's own corpus
 * generator (`npm run gen-corpus`), ingested, built by Astro and indexed exactly as `npm run build`
 * does, in the system temp dir. Then in Chromium: the bytes fetched by the first query (Pagefind's
 * JS, worker, WebAssembly, metadata, index chunks and the first results' fragments, as sent
 * gzipped by a static host) and the latency of further queries drawn from the generated text
 * (infixes of long words, districts with a particle, district + infix pairs, program names with
 * their spaces removed). Bars: first query ≤ 300 KB, p95 ≤ 150 ms.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildSiteWithSearch } from './search-build-site.ts';
import { serveStatic } from './search-serve.ts';
import { launchChromium, mergeShards, openSearchPage, timedSearch } from './search-browser.ts';
import { normalizeQuery } from '../../src/search/query.ts';
import { RANKING } from '../../src/search/fields.ts';
import { splitWord } from '../../src/search/tokens.ts';
import { DISTRICTS } from '../../src/pipeline/korean/districts.ts';

/** What the scale benchmark measured. */
export interface ScaleReport {
  readonly articles: number;
  /** Indexed pages, over every shard. */
  readonly pages: number;
  /** Bundles the index is cut into (src/search/shards.ts). */
  readonly shards: number;
  /** Seconds per step: corpus generation, ingest + astro build + index (null when reusing a site). */
  readonly buildSeconds: number | null;
  /** Seconds of the search index step alone (null when reusing a site). */
  readonly indexSeconds: number | null;
  /** Initiative pages found through their single story, not indexed (null when reusing a site). */
  readonly foldedPages: number | null;
  readonly bundleBytes: number;
  readonly indexChunks: number;
  readonly firstQuery: string;
  readonly firstQueryBytes: number;
  /** The same bytes by kind of file: metadata, filters, index chunks, fragments, code (JS + WebAssembly). */
  readonly firstQueryBreakdown: Readonly<Record<string, number>>;
  /** Milliseconds of the first search, loading the index and merging its shards included. */
  readonly firstQueryMs: number;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** Options of {@link benchScale}. */
export interface ScaleOptions {
  /** How many articles to generate. */
  readonly articles: number;
  /** Measure this already-built site (with its `pagefind/` bundle) instead of building one. */
  readonly siteDir?: string;
  /** Keep the generated corpus and site (their folder is logged). Default false. */
  readonly keep?: boolean;
  /** How many timed queries after the first. Default 150. */
  readonly queryCount?: number;
  readonly log: (line: string) => void;
}

/**
 * Generates, builds and measures an archive of `articles` generated articles.
 * @param options See {@link ScaleOptions}.
 */
export async function benchScale(options: ScaleOptions): Promise<ScaleReport> {
  const dir = options.siteDir ? null : await mkdtemp(join(tmpdir(), 'search-scale-'));
  try {
    let site = options.siteDir ?? '';
    let buildSeconds: number | null = null;
    let built: Awaited<ReturnType<typeof buildSiteWithSearch>> | null = null;
    if (dir) {
      site = join(dir, 'site');
      const t0 = performance.now();
      options.log(`generating ${options.articles} articles into ${dir}/raw…`);
      const gen = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/gen-corpus.ts', '--articles', String(options.articles), '--seed', '1', '--out', join(dir, 'raw')], { encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(`gen-corpus failed:\n${gen.stderr}`);
      options.log('ingest, astro build, search index…');
      built = await buildSiteWithSearch(join(dir, 'raw'), join(dir, 'articles'), site);
      buildSeconds = (performance.now() - t0) / 1000;
      options.log(`built in ${buildSeconds.toFixed(0)} s (ingest ${built.ingestSeconds.toFixed(0)} s, astro build ${built.astroSeconds.toFixed(0)} s, search index ${built.indexSeconds.toFixed(0)} s)`);
    }
    const bundle = join(site, 'pagefind');
    // Every shard's bundle is a folder inside the first (shard-1/, …): count them all.
    let bundleBytes = 0;
    let chunks = 0;
    let fragments = 0;
    for (const entry of await readdir(bundle, { recursive: true })) {
      const s = await stat(join(bundle, entry));
      if (!s.isFile()) continue;
      bundleBytes += s.size;
      if (entry.endsWith('.pf_index')) chunks++;
      if (entry.endsWith('.pf_fragment')) fragments++;
    }
    const exported = JSON.parse(await readFile(join(site, 'data', 'articles.json'), 'utf8')) as unknown;
    const programs = JSON.parse(await readFile(join(site, 'data', 'programs.json'), 'utf8')) as unknown;
    const queries = drawQueries(listOf(exported, 'articles'), listOf(programs, 'programs'), (options.queryCount ?? 150) + 1);

    const server = await serveStatic(site, '/');
    const browser = await launchChromium();
    try {
      const page = await openSearchPage(browser, server, null);
      // Count from here: the page itself and pagefind.js are what any page with search loads.
      server.resetBytes();
      await page.evaluate(async (ranking) => {
        const pf = (globalThis as unknown as { __pf: { options(o: unknown): Promise<void> } }).__pf;
        await pf.options({ ranking });
      }, RANKING);
      // The first search includes loading the index and merging its shards, as on the search page.
      const merging = performance.now();
      const shards = await mergeShards(page, server, { ranking: RANKING });
      const mergeMs = performance.now() - merging;
      const searched = await timedSearch(page, normalizeQuery(queries[0]!).text, 10);
      const first = { ...searched, ms: searched.ms + mergeMs };
      const pagefindJs = gzipSync(await readFile(join(bundle, 'pagefind.js'))).length;
      const firstQueryBytes = [...server.sent.values()].reduce((a, b) => a + b, 0) + pagefindJs;
      const firstQueryBreakdown: Record<string, number> = { code: pagefindJs };
      for (const [path, bytes] of server.sent) {
        const kind = /\.pf_meta$/u.test(path) ? 'metadata' : /\/filter\//u.test(path) ? 'filters' : /\/index\//u.test(path) ? 'index' : /\/fragment\//u.test(path) ? 'fragments' : 'code';
        firstQueryBreakdown[kind] = (firstQueryBreakdown[kind] ?? 0) + bytes;
      }
      const times: number[] = [];
      for (const q of queries.slice(1)) times.push((await timedSearch(page, normalizeQuery(q).text, 10)).ms);
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
      return {
        articles: listOf(exported, 'articles').length,
        pages: fragments,
        shards: shards + 1,
        buildSeconds,
        indexSeconds: built?.indexSeconds ?? null,
        foldedPages: built?.foldedPages ?? null,
        bundleBytes,
        indexChunks: chunks,
        firstQuery: queries[0]!,
        firstQueryBytes,
        firstQueryBreakdown,
        firstQueryMs: first.ms,
        queries: times.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
        maxMs: times.at(-1)!,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (dir && !options.keep) await rm(dir, { recursive: true, force: true });
    else if (dir) options.log(`kept ${dir}`);
  }
}

type Json = Record<string, unknown>;

function listOf(doc: unknown, key: string): Json[] {
  const list = Array.isArray(doc) ? doc : ((doc as Json | null)?.[key] ?? []);
  return Array.isArray(list) ? (list as Json[]) : [];
}

/**
 * Queries a reader of this archive might type, drawn deterministically from its own text: the
 * inner part of a long word (2–3 syllables from the second on), a district with a particle, a
 * district's short name with an infix, and a program name with its spaces removed.
 */
function drawQueries(articles: readonly Json[], programs: readonly Json[], count: number): string[] {
  const random = mulberry32(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = [...new Set([...articles.map((a) => String(a['title'] ?? '')), ...programs.map((p) => String(p['name'] ?? ''))].flatMap((t) => t.split(/\s+/u)))]
    .flatMap((w) => splitWord(w))
    .filter((t) => /^[가-힣]{4,}$/u.test(t))
    .sort();
  const names = programs.map((p) => String(p['name'] ?? '')).filter((n) => n.includes(' '));
  const infix = () => {
    const chars = [...pick(words)];
    const from = 1 + Math.floor(random() * (chars.length - 2));
    return chars.slice(from, from + 2 + Math.floor(random() * 2)).join('');
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    if (kind === 0 || words.length === 0) out.push(words.length ? infix() : pick(DISTRICTS).name);
    else if (kind === 1) out.push(`${pick(DISTRICTS).name}가`);
    else if (kind === 2) out.push(`${pick(DISTRICTS).short} ${infix()}`);
    else out.push(names.length ? pick(names).replace(/ /gu, '') : infix());
  }
  return out;
}

/** A small deterministic random generator (mulberry32), so every run draws the same queries. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

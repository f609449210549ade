/**
 * Builds the Pagefind index of a built site (`dist/`) with Korean-aware terms. Each page with a
 * `data-pagefind-body` element is handed to Pagefind as it is, plus one empty element carrying
 * index-only terms in searchable meta fields (`kn`: terms of the page's name when it is an
 * initiative or district page; `kb`: terms of its text). The extra element exists only in the copy
 * given to Pagefind (a temp folder): the files in `dist/` are not changed, and the search page never
 * shows these fields. Pagefind's fragments keep them, so they are stripped from the fragment files
 * afterwards. The pages are indexed in shards of at most `SHARD_PAGES` (src/search/shards.ts), so
 * memory stays bounded whatever the size of the archive, two shards at a time ("lanes"), each by a
 * Pagefind process in a worker thread of its own (search-index-worker.ts; the pagefind module keeps
 * one process per JS realm, and two indexes in one process gained little over one): while one
 * lane's pages are copied or its fragments stripped on this thread, the other lane's Pagefind runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { indexTerms } from '../../src/search/index-terms.ts';
import { ENTITY_TEXT_WEIGHT, INDEX_FIELDS, KIND_BY_SECTION, type PageKind } from '../../src/search/fields.ts';
import { planShards, SHARD_MANIFEST, SHARD_PAGES, shardFolder, type ShardManifest } from '../../src/search/shards.ts';
import { escapeAttribute, hasPagefindBody, pageText } from './search-html-text.ts';
import { loadPageFacts, type PageFacts } from './search-page-facts.ts';
import type { IndexJob } from './search-index-worker.ts';
import { stripIndexFields } from './search-strip-fragments.ts';

/** Options of {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  /** The built site, e.g. `dist`. */
  readonly siteDir: string;
  /** The site's base path (`/` or `/archive/`), to match the data export's URLs. Default `/`. */
  readonly basePath?: string;
  /** Where to write the bundle. Default `<siteDir>/pagefind`. */
  readonly outputPath?: string;
  /** Add the Korean index-only terms (false builds a plain Pagefind index, for comparison). Default true. */
  readonly koreanTerms?: boolean;
  /** Most pages per shard. Default `SHARD_PAGES`. */
  readonly shardPages?: number;
  /**
   * Shards indexed at once, each by a Pagefind process of its own (memory grows with each).
   * Default 2, or 1 on a machine of one core (`os.availableParallelism()`).
   */
  readonly lanes?: number;
}

/** What {@link buildSearchIndex} did. */
export interface BuildSearchIndexResult {
  readonly pages: number;
  /** Pages without a `data-pagefind-body` element. */
  readonly skipped: number;
  /** Initiative pages left out because a single story tells them (found through that story). */
  readonly folded: number;
  /** Bundles written (1 for a site of up to `shardPages` pages). */
  readonly shards: number;
  /** Shards indexed at once (no more than there are shards). */
  readonly lanes: number;
  readonly outputPath: string;
  readonly errors: readonly string[];
}

/**
 * Indexes every HTML page of `siteDir` that has a `data-pagefind-body` element, in shards.
 * @param options See {@link BuildSearchIndexOptions}.
 * @returns Counts, the bundle path and Pagefind's errors (empty when all went well).
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexResult> {
  const base = normalizeBase(options.basePath ?? '/');
  const outputPath = options.outputPath ?? join(options.siteDir, 'pagefind');
  const { pages: facts, unindexed } = await loadPageFacts(options.siteDir, base);
  // `path` is the file below the site; `sitePath` the page's address below the base.
  const indexable: Array<{ path: string; sitePath: string; file: string; date: string }> = [];
  let folded = 0;
  let skipped = 0;
  for (const file of await htmlFiles(options.siteDir)) {
    const path = relative(options.siteDir, file).split(sep).join('/');
    const sitePath = path.replace(/(^|\/)index\.html$/u, '$1');
    if (unindexed.has(base + sitePath)) folded++;
    // Read synchronously: thousands of small files, and nothing else runs yet.
    else if (!hasPagefindBody(readFileSync(file, 'utf8'))) skipped++;
    else indexable.push({ path, sitePath, file, date: facts.get(base + sitePath)?.sort['date'] ?? '' });
  }
  const shards = planShards(indexable, options.shardPages ?? SHARD_PAGES);

  // A bundle left from an earlier index (with more shards, say) must not survive into this one.
  await rm(outputPath, { recursive: true, force: true });
  const work = await mkdtemp(join(tmpdir(), 'jachigu-search-'));
  /** Writes shard `n`'s pages, with their index-only terms, into a folder of their own. */
  const prepare = async (n: number): Promise<string> => {
    const folder = join(work, String(n));
    mkdirSync(folder, { recursive: true }); // an empty shard too: Pagefind reads the folder
    for (const [i, page] of shards[n]!.entries()) {
      // Small files are read and written synchronously (a round trip to the thread pool for each
      // costs more than the copy), a few dozen at a time, so this process still hears from Pagefind.
      if (i % 32 === 31) await nextTurn();
      // Read a second time (the first pass only looked for the body mark): holding every page
      // between the passes would cost what the shards save.
      const html = readFileSync(page.file, 'utf8');
      const content = options.koreanTerms === false ? html : withIndexTerms(html, page.sitePath, facts.get(base + page.sitePath));
      const target = join(folder, page.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    return folder;
  };
  const laneCount = Math.max(1, Math.min(options.lanes ?? defaultLanes(), shards.length));
  // Each shard's errors in its own slot, so they are reported in shard order whichever lane ends first.
  const shardErrors: string[][] = shards.map(() => []);
  let claimed = 0;
  let failed = false;
  // This thread writes one shard's pages at a time, in order: the first Pagefind starts after one
  // shard's copy instead of two interleaved, and the lanes stay that far apart.
  let writing: Promise<unknown> = Promise.resolve();
  /**
   * Takes the next shard until none is left or a lane failed: writes its pages, indexes them in a
   * worker, strips the bundle. While one lane writes or strips, the other's Pagefind runs.
   */
  const lane = async (): Promise<void> => {
    while (!failed && claimed < shards.length) {
      const n = claimed++;
      const ready = writing.then(() => prepare(n));
      writing = ready.catch(() => undefined); // the lane awaiting `ready` reports its failure
      const folder = await ready;
      const bundle = n === 0 ? outputPath : join(outputPath, shardFolder(n));
      // Pagefind reads the shard's pages from the folder, in parallel (unlike one page per call).
      shardErrors[n] = await indexFolder(folder, bundle);
      await rm(folder, { recursive: true, force: true });
      if (options.koreanTerms !== false) await stripIndexFields(bundle);
    }
  };
  try {
    const lanes = Array.from({ length: laneCount }, () =>
      lane().catch((error: unknown) => {
        failed = true; // the other lanes take no new shard
        throw error;
      }),
    );
    // Every lane is waited for, a failed one too, so that no worker still reads the temp folder
    // when it is removed; the first failure is then the build's.
    const failure = (await Promise.allSettled(lanes)).find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const manifest: ShardManifest = {
    shards: shards.slice(1).map((_, i) => shardFolder(i + 1)),
    dated: shards.filter((shard) => shard.some((page) => page.date)).length,
  };
  await writeFile(join(outputPath, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return { pages: indexable.length, skipped, folded, shards: shards.length, lanes: laneCount, outputPath, errors: shardErrors.flat() };
}

const WORKER = new URL('./search-index-worker.ts', import.meta.url);

/**
 * Indexes one folder of pages into one bundle with a worker thread and a Pagefind process of its
 * own, which end with it (so its memory is returned before the lane's next shard).
 * @param folder Pages as they will be served (URLs are their paths below it).
 * @param bundle Where the bundle goes.
 * @returns Pagefind's errors, once the worker has ended.
 * @throws When the worker fails: an exception, a non-zero exit, or an end without an answer.
 */
function indexFolder(folder: string, bundle: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // No inherited flags (a caller's loader, tsx's or a test runner's): Node 24 strips the
    // worker's types itself.
    const worker = new Worker(WORKER, { workerData: { folder, bundle } satisfies IndexJob, execArgv: [] });
    let answer: string[] | undefined;
    let failure: unknown;
    worker.on('message', (errors: string[]) => (answer = errors));
    worker.on('error', (error) => (failure = error));
    // Settled on exit only, so the worker no longer reads the folder when the caller removes it.
    worker.on('exit', (code) => {
      if (failure === undefined && code === 0 && answer) return resolve(answer);
      const why = failure instanceof Error ? failure.message : failure !== undefined ? String(failure) : `exit code ${code}${answer ? '' : ', no answer'}`;
      reject(new Error(`search index: Pagefind failed on the shard for ${bundle} (${why})`, { cause: failure }));
    });
  });
}

/** Two lanes (two Pagefind processes at once), or one on a machine of one core. */
function defaultLanes(): number {
  return Math.min(2, availableParallelism());
}

/**
 * Adds the index-only element to a page's HTML (in memory): meta fields with the Korean terms,
 * the kind filter from the page's section, and filters and sort keys from the data export.
 * @param html The page as built.
 * @param path The page's path below the base, e.g. `programs/seocho-gu-smart-senior/`.
 * @param facts What the data export says about this page, if anything.
 * @returns The HTML to give Pagefind.
 */
export function withIndexTerms(html: string, path: string, facts: PageFacts | undefined): string {
  const text = pageText(html);
  if (text.insertAt < 0) return html;
  const kind: PageKind | undefined = KIND_BY_SECTION[path.split('/')[0] ?? ''];
  // Pagefind reads one `key:value` per attribute (a comma does not start a second one), so every
  // meta field, filter value and sort key gets its own empty element.
  const meta: Array<[string, string]> = [[INDEX_FIELDS.body, indexTerms(text.body).join(' ')]];
  // An initiative's or district's name is its `h1`; an article is named by the initiatives only
  // its stories tell (their own pages are not indexed).
  const names = kind === '사업' || kind === '자치구' ? [text.h1] : (facts?.names ?? []);
  if (names.length) {
    const terms = names.flatMap((name) => [name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), ...indexTerms(name)]);
    meta.push([INDEX_FIELDS.name, [...new Set(terms)].join(' ')]);
  }
  if (facts?.sort['date'] && !/data-pagefind-meta="date:/u.test(html)) meta.push(['date', facts.sort['date']]);
  const filters: Array<[string, string]> = [];
  if (kind && !/data-pagefind-filter="kind:/u.test(html)) filters.push(['kind', kind]);
  for (const [key, values] of Object.entries(facts?.filters ?? {})) {
    for (const value of values) filters.push([key, value]);
  }
  const element = (attribute: string, [key, value]: [string, string]) =>
    `<span ${attribute}="${escapeAttribute(`${key}:${value}`)}" hidden></span>`;
  const extra = [
    ...meta.map((m) => element('data-pagefind-meta', m)),
    ...filters.map((f) => element('data-pagefind-filter', f)),
    ...Object.entries(facts?.sort ?? {}).map((s) => element('data-pagefind-sort', s)),
  ].join('');
  if (kind === '사업' || kind === '자치구') {
    // An initiative's or district's page repeats the sentences of every story that mentions it;
    // its name is what should rank (the `kn` field), so its text weighs less than an article's.
    const close = text.closeAt < 0 ? html.length : text.closeAt;
    return `${html.slice(0, text.insertAt)}${extra}<div data-pagefind-weight="${ENTITY_TEXT_WEIGHT}">${html.slice(text.insertAt, close)}</div>${html.slice(close)}`;
  }
  return html.slice(0, text.insertAt) + extra + html.slice(text.insertAt);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).split(sep).includes('pagefind'))
    .sort();
}

/** `/archive` or `archive/` → `/archive/`; empty → `/`. */
export function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

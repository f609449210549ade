/**
 * The ingest run: inputs → pure pipeline (src/pipeline/ingest-output.ts, on worker threads when
 * there is much to build: build-in-order.ts) → content/articles. File-system code, so it lives
 * outside src/pipeline. What it adds to the pipeline: sorted inputs, handled strictly in that
 * order whichever worker finishes first; duplicates across files (the path that sorts first
 * wins), atomic writes that skip unchanged files, reviewed files kept, stale files removed, and
 * the content-hash cache.
 */
import { readFileSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { hashString } from '../../src/pipeline/hash.ts';
import type { ArticleOutput } from '../../src/pipeline/ingest-output.ts';
import {
  DuplicateArticle,
  InvalidFrontmatter,
  NoInputFiles,
  ReviewedOrphan,
  UnreadableFile,
  report,
} from '../../src/pipeline/messages.ts';
import type { IngestMessage } from '../../src/pipeline/schema.ts';
import { commitTemp, writeFileAtomic, type TempFile } from './atomic-fs.ts';
import { buildInOrder } from './build-in-order.ts';
import type { BuildPool } from './build-pool.ts';
import { emptyCache, loadCache, pipelineVersion, saveCache, type CachedArticle, type CachedSource, type IngestCache } from './cache-fs.ts';
import { readOutput, scanOutputs, withBody, type ExistingOutput } from './outputs-fs.ts';
import { collectInputs } from './walk-fs.ts';

/** Options of `runIngest`. */
export interface IngestOptions {
  /** Files or folders to read; default `[rawRoot]`. */
  readonly paths?: readonly string[];
  /** The inputs, when the caller has already collected them (walk-fs.ts) from `paths`; `paths` is then not read. */
  readonly inputs?: ReturnType<typeof collectInputs>;
  /** The raw root sources are relative to; default `content/raw`. */
  readonly rawRoot?: string;
  /** Where article files go; default `content/articles`. */
  readonly outDir?: string;
  /** The cache file, or null for no cache; default `.cache/ingest.json`. */
  readonly cacheFile?: string | null;
  /** `YYYY-MM-DD` for the future-date check; default today. */
  readonly today?: string;
  /** Folder relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
  /** Called after each input file with (files done, files in all). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads at most, for building files the cache cannot answer for; 0 builds on the main
   * thread. The output is the same whatever the number. Default `os.availableParallelism()`.
   */
  readonly workers?: number;
  /** Files a worker builds at once; fewer files to build never start a worker. Default 16. */
  readonly batch?: number;
  /**
   * Workers the caller started early (build-pool.ts, not configured), so that they load the
   * pipeline while this run reads the cache and finds its inputs; closed when the run ends.
   */
  readonly pool?: BuildPool;
}

/** What a run did. */
export interface IngestSummary {
  files: number;
  /** Articles now in the output: written, unchanged or kept reviewed. */
  articles: number;
  written: number;
  unchanged: number;
  reviewedKept: number;
  removed: number;
  duplicates: number;
  /** Input files whose result came from the cache. */
  cached: number;
  stories: number;
  programs: number;
  awards: number;
  messages: IngestMessage[];
  seconds: number;
  /** Worker threads that built files (0 when everything was built on the main thread). */
  workers: number;
}

/**
 * Ingests the inputs into the output folder.
 * @param options See `IngestOptions`.
 * @returns The summary; every problem is in `messages`.
 */
export async function runIngest(options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const rawRoot = options.rawRoot ?? 'content/raw';
  const outDir = resolve(cwd, options.outDir ?? 'content/articles');
  const cacheFile = options.cacheFile === null ? null : resolve(cwd, options.cacheFile ?? '.cache/ingest.json');
  const outLabel = (path: string) => relative(cwd, join(outDir, path)).split('\\').join('/');

  const pipeline = pipelineVersion();
  const cache = cacheFile ? loadCache(cacheFile, pipeline, outDir) : emptyCache(pipeline, outDir);
  const next: IngestCache = emptyCache(pipeline, outDir);
  const existing = await scanOutputs(outDir, cache.outputs);
  const reviewedBySource = new Map<string, ExistingOutput>();
  for (const out of existing.values()) if (out.reviewed && out.source) reviewedBySource.set(out.source, out);

  const { files, messages } = options.inputs ?? collectInputs(options.paths?.length ? options.paths : [rawRoot], rawRoot, cwd);
  const s: IngestSummary = {
    files: files.length, articles: 0, written: 0, unchanged: 0, reviewedKept: 0, removed: 0, duplicates: 0,
    cached: 0, stories: 0, programs: 0, awards: 0, messages, seconds: 0, workers: 0,
  };
  if (files.length === 0) messages.push(report(NoInputFiles, { file: rawRoot, line: null }));

  const claimed = new Set<string>();
  const firstSourceOf = new Map<string, string>();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const prepared = buildInOrder(files, {
    context: { today, outDir, occupied: [...existing.keys()], reviewedSources: [...reviewedBySource.keys()] },
    known: (source) => cache.sources[source] !== undefined,
    reuse: (source, bytesHash) => {
      const hit = cache.sources[source];
      return hit && hit.bytes === bytesHash && !hit.messages.some((m) => m.name === 'FutureDate') ? hit : undefined;
    },
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.batch === undefined ? {} : { batch: options.batch }),
    ...(options.pool === undefined ? {} : { pool: options.pool }),
    onWorkers: (count) => (s.workers = count),
  });

  let done = 0;
  for await (const item of prepared) {
    options.onProgress?.(++done, files.length);
    if ('unreadable' in item) {
      messages.push(report(UnreadableFile, { file: item.input.source, line: null }, item.unreadable));
      continue;
    }
    const entry: CachedSource =
      'cached' in item ? item.cached : { bytes: item.bytesHash, messages: item.built.messages, articles: item.built.articles.map(toRecord) };
    if ('cached' in item) s.cached++;
    next.sources[item.input.source] = entry;
    messages.push(...entry.messages);

    // An article's text, when it must be written and did not come with it: the file is built again
    // here (a file the cache answered for, or a worker's article that turned out to need comparing).
    let full: Promise<ArticleOutput[]> | null = null;
    const { input } = item;
    const bytes = 'cached' in item ? item.bytes : null;
    const rebuild = async (k: number) =>
      (await (full ??= buildHere(input.source, bytes ?? readFileSync(input.path), today)))[k];

    for (const [k, a] of entry.articles.entries()) {
      const built = 'built' in item ? item.built.articles[k] : undefined;
      const written = built && 'written' in built ? built.written : null;
      const kept = firstSourceOf.get(a.id);
      if (kept !== undefined) {
        if (written) rmSync(written.temp, { force: true });
        s.duplicates++;
        messages.push(report(DuplicateArticle, { file: a.source.replace(/#L(\d+)$/, ''), line: lineOf(a.source) }, kept));
        continue;
      }
      firstSourceOf.set(a.id, a.source);
      const text = built && 'text' in built ? built : null;
      await placeArticle(a, 'cached' in item, written, async () => text ?? (await rebuild(k)));
    }
  }

  async function placeArticle(
    a: CachedArticle,
    sourceUnchanged: boolean,
    written: TempFile | null,
    fullArticle: () => Promise<Pick<ArticleOutput, 'text' | 'bodyStart'> | undefined>,
  ) {
    const reviewed = reviewedBySource.get(a.source);
    const target = reviewed?.path ?? a.path;
    const current = existing.get(target);
    claimed.add(target);
    count(a);
    // A new file a builder wrote ahead: it only has to be moved into place.
    if (written) {
      if (!current) {
        commitTemp(written.temp, join(outDir, target));
        s.written++;
        return remember(target, { size: written.size, mtimeMs: written.mtimeMs, hash: a.hash, source: a.source, reviewed: false, issues: null });
      }
      rmSync(written.temp, { force: true });
    }
    // Exactly the text this article makes: valid by construction, so its frontmatter is not parsed.
    if (current && !current.reviewed && current.hash === a.hash) {
      s.unchanged++;
      remember(target, { size: current.size, mtimeMs: current.mtimeMs, hash: a.hash, source: a.source, reviewed: false, issues: null });
      return;
    }
    // A person's broken edit is reported and left alone: overwriting it would lose their work.
    if (current && current.issues !== null) {
      messages.push(report(InvalidFrontmatter, { file: outLabel(target), line: null }, current.issues));
      return;
    }
    // A reviewed file is the person's: its text follows the source only when the source changed.
    if (current?.reviewed && sourceUnchanged) {
      s.reviewedKept++;
      remember(target, current);
      return;
    }
    const built = await fullArticle();
    if (!built) return;
    let text: string;
    if (current?.reviewed) {
      s.reviewedKept++;
      text = await withBody(readFileSync(join(outDir, target), 'utf8'), built.text.slice(built.bodyStart));
      if (hashString(text) === current.hash) return remember(target, current);
    } else {
      text = built.text;
      s.written++;
    }
    const { size, mtimeMs } = writeFileAtomic(join(outDir, target), text);
    // What we generated is valid by construction and its hash is known; a reviewed file is re-read.
    const seen = current?.reviewed ? await readOutput(text) : { hash: a.hash, source: a.source, reviewed: false, issues: null };
    remember(target, { size, mtimeMs, ...seen });
  }

  function remember(path: string, out: Pick<ExistingOutput, 'size' | 'mtimeMs' | 'hash' | 'source' | 'reviewed' | 'issues'>) {
    if (out.issues === null && out.source !== null) {
      next.outputs[path] = { size: out.size, mtimeMs: out.mtimeMs, hash: out.hash, source: out.source, reviewed: out.reviewed };
    }
  }

  function count(a: CachedArticle) {
    s.articles++;
    s.stories += a.stories;
    s.programs += a.programs;
    s.awards += a.awards;
  }

  // Files whose source is gone: generated ones go, a person's reviewed or broken ones stay.
  for (const out of existing.values()) {
    if (claimed.has(out.path)) continue;
    if (out.issues !== null) {
      messages.push(report(InvalidFrontmatter, { file: outLabel(out.path), line: null }, out.issues));
    }
    if (out.reviewed) {
      s.articles++;
      messages.push(report(ReviewedOrphan, { file: outLabel(out.path), line: null }, out.source ?? '(none)'));
    } else if (out.issues === null) {
      rmSync(join(outDir, out.path), { force: true });
      removeEmptyFolders(dirname(join(outDir, out.path)), outDir);
      s.removed++;
    }
  }
  if (cacheFile) saveCache(cacheFile, next);
  s.seconds = (performance.now() - started) / 1000;
  return s;
}

// The cache keeps an article's record, not its text.
function toRecord({ id, source, path, hash, stories, programs, awards }: CachedArticle): CachedArticle {
  return { id, source, path, hash, stories, programs, awards };
}

// The pipeline is loaded on this thread only when an article must be built here.
async function buildHere(source: string, bytes: Uint8Array, today: string): Promise<ArticleOutput[]> {
  const { buildSourceOutput } = await import('../../src/pipeline/ingest-output.ts');
  return buildSourceOutput(source, bytes, today).articles;
}

function lineOf(source: string): number | null {
  const m = /#L(\d+)$/.exec(source);
  return m ? Number(m[1]) : null;
}

function removeEmptyFolders(dir: string, stop: string) {
  while (dir !== stop && dir.startsWith(stop)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

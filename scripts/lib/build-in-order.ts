/**
 * Builds the ingest's input files, on worker threads when there are enough of them, and hands the
 * results back strictly in input order, so that what the ingest writes, reports and caches never
 * depends on which worker finished first. A file the cache may answer for is read and hashed here;
 * any other goes to a builder by path (build-job.ts), which reads it itself, so its bytes never
 * cross threads. File-system and thread code, so it lives outside src/pipeline.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { hashBytes } from '../../src/pipeline/hash.ts';
import type { BuildContext, BuildJob, BuildResult, BuiltArticle, Builder } from './build-job.ts';
import { createBuildPool, type BuildPool } from './build-pool.ts';
import type { CachedSource } from './cache-fs.ts';
import type { InputFile } from './walk-fs.ts';

/** One input file, either answered by the cache or built. */
export type Prepared =
  | { readonly input: InputFile; readonly unreadable: string }
  | {
      readonly input: InputFile;
      readonly bytes: Uint8Array;
      readonly bytesHash: string;
      /** The cache's answer for these bytes; the file was not built. */
      readonly cached: CachedSource;
    }
  | {
      readonly input: InputFile;
      readonly bytesHash: string;
      readonly built: { readonly messages: CachedSource['messages']; readonly articles: readonly BuiltArticle[] };
    };

/** Options of `buildInOrder`. */
export interface BuildInOrderOptions {
  /** What every build shares: the date, the output folder, the paths not to write ahead. */
  readonly context: BuildContext;
  /** Whether the cache holds an entry for this source (then the file is read here and hashed). */
  readonly known: (source: string) => boolean;
  /** The cache entry to reuse for a file with these bytes, if any. */
  readonly reuse: (source: string, bytesHash: string) => CachedSource | undefined;
  /** Worker threads at most; 0 builds everything on this thread. Default `os.availableParallelism()`. */
  readonly workers?: number;
  /** Files sent to a worker at once; fewer files to build than this never start a worker. Default 16. */
  readonly batch?: number;
  /** Called once at the end with the number of workers that built files (0 when none did). */
  readonly onWorkers?: (count: number) => void;
  /**
   * Workers started earlier (not yet configured), used when workers are wanted; closed at the end
   * either way.
   */
  readonly pool?: BuildPool;
}

/**
 * Yields every input file, built or answered by the cache, in the order given.
 * @param files The inputs, already in their final (sorted) order.
 * @param options See `BuildInOrderOptions`.
 * @returns An async iterator of one `Prepared` per file; stopping early stops the workers.
 */
export async function* buildInOrder(files: readonly InputFile[], options: BuildInOrderOptions): AsyncGenerator<Prepared> {
  const workers = options.workers ?? availableParallelism();
  const batchSize = Math.max(1, options.batch ?? 16);
  // Keep every worker busy with a few batches, no further ahead (memory).
  const window = Math.max(1, workers) * batchSize * 4;
  const ready = new Map<number, Prepared>();
  const inFlight = new Set<Promise<void>>();
  let pool: BuildPool | null = null;
  let poolFailed = false;
  let here: Builder | null = null;
  let pending: { index: number; input: InputFile }[] = [];
  let nextRead = 0;
  let nextOut = 0;

  const startPool = () => {
    if (pool || poolFailed || workers === 0) return;
    pool = options.pool ?? createBuildPool(workers);
    pool.configure(options.context);
  };
  // Files the cache knows nothing of are built for certain: when they fill a batch, the workers
  // start now, loading the pipeline while this thread is still reading the cached files.
  if (files.filter((f) => !options.known(f.source)).length >= batchSize) startPool();

  const store = (batch: typeof pending, results: readonly BuildResult[]) => {
    batch.forEach((p, k) => {
      const r = results[k]!;
      ready.set(p.index, 'unreadable' in r ? { input: p.input, unreadable: r.unreadable } : { input: p.input, bytesHash: r.bytesHash, built: r });
    });
  };
  // The pipeline is loaded on this thread only when it builds here: workers load their own.
  const buildHere = async (batch: typeof pending, jobs: readonly BuildJob[]) => {
    if (!here) {
      const { createBuilder } = await import('./build-job.ts');
      here ??= createBuilder(options.context);
    }
    store(batch, jobs.map(here));
  };
  const track = (task: Promise<void>) => {
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    const jobs = batch.map((p): BuildJob => ({ source: p.input.source, path: p.input.path }));
    if (batch.length >= batchSize) startPool();
    if (!pool || poolFailed) return track(buildHere(batch, jobs));
    // A worker that fails (it could not load, or the pipeline threw) hands its batch back to this
    // thread: the result is the same, and a real exception then surfaces here with its stack.
    track(
      pool.build(jobs).then(
        (results) => store(batch, results),
        () => {
          poolFailed = true;
          return buildHere(batch, jobs);
        },
      ),
    );
  };

  try {
    while (nextOut < files.length) {
      while (nextRead < files.length && nextRead - nextOut < window) {
        const index = nextRead++;
        const input = files[index]!;
        if (options.known(input.source)) {
          let bytes: Uint8Array;
          try {
            bytes = readFileSync(input.path);
          } catch (e) {
            ready.set(index, { input, unreadable: String((e as Error).message) });
            continue;
          }
          const bytesHash = hashBytes(bytes);
          const cached = options.reuse(input.source, bytesHash);
          if (cached) {
            ready.set(index, { input, bytes, bytesHash, cached });
            continue;
          }
        }
        if (pending.push({ index, input }) >= batchSize) flush();
      }
      // The next file to hand out may sit in a batch not yet sent: send it now.
      if (!ready.has(nextOut) && pending.length > 0 && pending[0]!.index <= nextOut) flush();
      while (ready.has(nextOut)) {
        const item = ready.get(nextOut)!;
        ready.delete(nextOut++);
        yield item;
      }
      if (nextOut < files.length && !ready.has(nextOut) && inFlight.size > 0) await Promise.race(inFlight);
    }
  } finally {
    options.onWorkers?.(pool ? (pool as BuildPool).answered() : 0);
    await (pool as BuildPool | null)?.close();
    // Workers started early but not needed may still be loading: they are not waited for.
    if (options.pool && options.pool !== pool) void options.pool.close();
  }
}

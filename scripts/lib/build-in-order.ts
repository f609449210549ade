/**
 * Reads the ingest's input files and builds the ones the cache cannot answer for, on worker threads
 * when there are enough of them, and hands the results back strictly in input order, so that what
 * the ingest writes, reports and caches never depends on which worker finished first.
 * File-system and thread code, so it lives outside src/pipeline.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { hashBytes } from '../../src/pipeline/hash.ts';
import { buildSourceOutput, type SourceOutput } from '../../src/pipeline/ingest-output.ts';
import { createBuildPool, type BuildJob, type BuildPool } from './build-pool.ts';
import type { CachedSource } from './cache-fs.ts';
import type { InputFile } from './walk-fs.ts';

/** One input file, read and either answered by the cache or built. */
export type Prepared =
  | { readonly input: InputFile; readonly unreadable: string }
  | {
      readonly input: InputFile;
      readonly bytes: Uint8Array;
      readonly bytesHash: string;
      /** The cache's answer for these bytes; the file was not built. */
      readonly cached: CachedSource;
    }
  | { readonly input: InputFile; readonly bytes: Uint8Array; readonly bytesHash: string; readonly built: SourceOutput };

/** Options of `buildInOrder`. */
export interface BuildInOrderOptions {
  /** `YYYY-MM-DD` for the future-date check, the same for every file. */
  readonly today: string;
  /** The cache entry to reuse for a file with these bytes, if any. */
  readonly reuse: (source: string, bytesHash: string) => CachedSource | undefined;
  /** Worker threads at most; 0 builds everything on this thread. Default `os.availableParallelism()`. */
  readonly workers?: number;
  /** Files sent to a worker at once; fewer files to build than this never start a worker. Default 16. */
  readonly batch?: number;
  /** Called once at the end with the number of workers that built files (0 when none did). */
  readonly onWorkers?: (count: number) => void;
}

/**
 * Yields every input file, read and built, in the order given.
 * @param files The inputs, already in their final (sorted) order.
 * @param options See `BuildInOrderOptions`.
 * @returns An async iterator of one `Prepared` per file; stopping early stops the workers.
 */
export async function* buildInOrder(files: readonly InputFile[], options: BuildInOrderOptions): AsyncGenerator<Prepared> {
  const workers = options.workers ?? availableParallelism();
  const batchSize = Math.max(1, options.batch ?? 16);
  // Read ahead far enough to keep every worker busy with a few batches, no further (memory).
  const window = Math.max(1, workers) * batchSize * 4;
  const ready = new Map<number, Prepared>();
  const inFlight = new Set<Promise<void>>();
  let pool: BuildPool | null = null;
  let poolFailed = false;
  let pending: { index: number; input: InputFile; bytes: Uint8Array; bytesHash: string }[] = [];
  let nextRead = 0;
  let nextOut = 0;

  const store = (batch: typeof pending, outputs: SourceOutput[]) => {
    batch.forEach((p, k) => ready.set(p.index, { input: p.input, bytes: p.bytes, bytesHash: p.bytesHash, built: outputs[k]! }));
  };
  const buildHere = (jobs: readonly BuildJob[]) => jobs.map((j) => buildSourceOutput(j.source, j.bytes, options.today));
  const flush = () => {
    const batch = pending;
    pending = [];
    const jobs = batch.map((p): BuildJob => ({ source: p.input.source, bytes: p.bytes }));
    if (!pool && !poolFailed && workers > 0 && batch.length >= batchSize) pool = createBuildPool(workers);
    if (!pool || poolFailed) return store(batch, buildHere(jobs));
    // A worker that fails (it could not load, or the pipeline threw) hands its batch back to this
    // thread: the result is the same, and a real exception then surfaces here with its stack.
    const task = pool.build(jobs, options.today).then(
      (outputs) => store(batch, outputs),
      () => {
        poolFailed = true;
        store(batch, buildHere(jobs));
      },
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  try {
    while (nextOut < files.length) {
      while (nextRead < files.length && nextRead - nextOut < window) {
        const index = nextRead++;
        const input = files[index]!;
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(input.path);
        } catch (e) {
          ready.set(index, { input, unreadable: String((e as Error).message) });
          continue;
        }
        const bytesHash = hashBytes(bytes);
        const cached = options.reuse(input.source, bytesHash);
        if (cached) ready.set(index, { input, bytes, bytesHash, cached });
        else if (pending.push({ index, input, bytes, bytesHash }) >= batchSize) flush();
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
  }
}

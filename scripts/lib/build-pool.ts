/**
 * A pool of worker threads that build batches of input files (build-job.ts: read, hash, run the
 * pure pipeline, write new articles to temp files), so an ingest uses every core inside one
 * process. Node-only (worker_threads), so it lives in scripts/. Each batch goes to the worker with
 * the least work queued; answers come back in whatever order workers finish, and the caller puts
 * them back in input order.
 */
import { Worker } from 'node:worker_threads';
import type { BuildContext, BuildJob, BuildResult } from './build-job.ts';

/** The messages a worker receives: the context once, first, then batches of jobs. */
export type WorkerMessage = { readonly context: BuildContext } | BuildRequest;

/** A batch of jobs for a worker. */
export interface BuildRequest {
  readonly id: number;
  readonly jobs: readonly BuildJob[];
}

/** The message a worker answers with: one result per job, in the request's order. */
export interface BuildReply {
  readonly id: number;
  readonly results: BuildResult[];
}

/** A running pool. */
export interface BuildPool {
  /** How many workers it started. */
  readonly size: number;
  /**
   * Hands every worker what all jobs share; call once, before the first `build`. Separate from
   * starting, so that workers can load the pipeline while the caller is still finding its inputs.
   */
  configure(context: BuildContext): void;
  /** How many workers have answered at least one batch (a worker that failed to load never does). */
  answered(): number;
  /**
   * Builds a batch on a worker.
   * @returns One result per job, in the jobs' order; rejects when the worker failed (the caller
   *   can then build the batch itself).
   */
  build(jobs: readonly BuildJob[]): Promise<BuildResult[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

const WORKER = new URL('./ingest-worker.ts', import.meta.url);

interface Pending {
  readonly resolve: (results: BuildResult[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts `size` workers. Each loads the pipeline once (a few hundred milliseconds), so a pool pays
 * off only on inputs of more than a few dozen files.
 * @param size Number of worker threads, at least 1.
 * @returns The pool; `configure` it before building, and `close` it when done, or the process
 *   keeps running.
 */
export function createBuildPool(size: number): BuildPool {
  let nextId = 0;
  const slots = Array.from({ length: size }, () => {
    // No inherited flags: Node 24 strips the types of the pipeline's .ts files itself, and loads
    // them in half the time tsx's loader takes. Should a file ever need more than type stripping,
    // the worker fails to load and the ingest builds on the main thread instead.
    const worker = new Worker(WORKER, { execArgv: [] });
    const pending = new Map<number, Pending>();
    const fail = (error: Error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      slot.dead = true;
    };
    worker.on('message', (reply: BuildReply) => {
      slot.answered = true;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      p?.resolve(reply.results);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`ingest worker exited with code ${code}`)));
    const slot = { worker, pending, dead: false, answered: false };
    return slot;
  });

  return {
    size,
    answered: () => slots.filter((s) => s.answered).length,
    configure(context) {
      for (const s of slots) s.worker.postMessage({ context } satisfies WorkerMessage);
    },
    build(jobs) {
      const live = slots.filter((s) => !s.dead);
      if (live.length === 0) return Promise.reject(new Error('no ingest worker is running'));
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<BuildResult[]>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, jobs } satisfies BuildRequest);
      });
    },
    async close() {
      await Promise.all(
        slots.map((s) => {
          s.worker.removeAllListeners('exit');
          // A worker still loading the pipeline ends when it can: it no longer holds the process.
          s.worker.unref();
          return s.worker.terminate();
        }),
      );
    },
  };
}

/**
 * The ingest's worker thread (see build-pool.ts): it receives batches of input files by path and
 * answers with what build-job.ts made of each, in the batch's order. It writes new articles only
 * to temp files: the main thread renames them into place, so output follows one deterministic order.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Builder } from './build-job.ts';
import type { BuildReply, WorkerMessage } from './build-pool.ts';

// Each worker compiles the whole pipeline (and zod) before its first file. Node's on-disk compile
// cache, keyed by each file's path and content, lets the next ingest's workers skip most of that;
// it never changes what runs (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
enableCompileCache();
const { createBuilder } = await import('./build-job.ts');
let build: Builder | null = null;

// An exception is not caught here: it ends the worker, the pool reports the batch as failed, and
// the ingest runs that batch on the main thread, where the same exception surfaces with its stack.
parentPort?.on('message', (message: WorkerMessage) => {
  if ('context' in message) {
    build = createBuilder(message.context);
    return;
  }
  if (!build) throw new Error('ingest worker: a batch came before its context');
  const reply: BuildReply = { id: message.id, results: message.jobs.map(build) };
  parentPort?.postMessage(reply);
});

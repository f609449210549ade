/**
 * The ingest's worker thread (see build-pool.ts): it receives batches of input files as bytes and
 * answers with what the pipeline made of each, in the batch's order. It reads and writes no files:
 * the main thread does, so that output stays in one deterministic order.
 */
import { parentPort } from 'node:worker_threads';
import { buildSourceOutput } from '../../src/pipeline/ingest-output.ts';
import type { BuildReply, BuildRequest } from './build-pool.ts';

// An exception is not caught here: it ends the worker, the pool reports the batch as failed, and
// the ingest runs that batch on the main thread, where the same exception surfaces with its stack.
parentPort?.on('message', ({ id, today, jobs }: BuildRequest) => {
  const reply: BuildReply = { id, outputs: jobs.map((job) => buildSourceOutput(job.source, job.bytes, today)) };
  parentPort?.postMessage(reply);
});

/**
 * One shard's Pagefind run, in a worker thread of its own (see search-index-build.ts). The pagefind
 * module keeps one backend process per JS realm, and two indexes in one backend gained little over
 * one: a worker is a realm of its own, so shards in different workers are indexed side by side.
 * Takes {@link IndexJob} as `workerData`; posts back Pagefind's errors (a `string[]`) and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What the worker indexes. */
export interface IndexJob {
  /** Pages as they will be served (URLs are their paths below it). */
  readonly folder: string;
  /** Where the bundle goes. */
  readonly bundle: string;
}

const { folder, bundle } = workerData as IndexJob;
// An exception is not caught here: it ends the worker with an `error` event, which fails the build.
try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (index) {
    // An empty shard (a site with no indexable page) still gets a bundle the search page can load.
    const added = await index.addDirectory({ path: folder });
    const written = await index.writeFiles({ outputPath: bundle });
    errors.push(...added.errors, ...written.errors);
  }
  parentPort?.postMessage(errors);
} finally {
  // Ends the Pagefind process, so its memory is returned before the lane's next shard. (`close`
  // does not wait for it to exit, and this worker's loop, which would reap it, ends first: the
  // process stays a zombie, holding no memory, until the build's process exits.)
  await pagefind.close();
}

/**
 * `npm run ingest -- [paths…] [--out DIR] [--no-cache] [--strict] [--quiet]`
 *
 * Reads articles (.txt, .md, .jsonl; default content/raw, any nesting) and writes one
 * content/articles/<yyyy>/<slug>.md per article. Prints a progress bar on stderr for large inputs,
 * then a summary and every problem as `path:line message` on stdout. Exits 1 only when nothing
 * could be ingested, or, with --strict, when anything was wrong.
 *   --out DIR     where article files go (default content/articles)
 *   --no-cache    ignore and do not write .cache/ingest.json
 *   --cache FILE  the cache file (default .cache/ingest.json)
 *   --strict      exit 1 on any warning or error
 *   --quiet       no progress bar and only errors listed (the summary is still printed)
 *   --workers N   worker threads for building articles (default: one per core; 0 = none).
 *                 The output is byte-identical whatever N is.
 */
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createBuildPool } from './lib/build-pool.ts';
import { collectInputs } from './lib/walk-fs.ts';

const RAW_ROOT = 'content/raw';
// Eight batches of 16: fewer files are built on the main thread before two workers could load.
const PRESTART_FILES = 128;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content/articles' },
    cache: { type: 'string', default: '.cache/ingest.json' },
    'no-cache': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});

const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
  process.stderr.write('usage: npm run ingest -- [paths…] [--workers N] (N a whole number ≥ 0)\n');
  process.exit(2);
}
// Without a cache every file is built: on a large input the workers start now, loading the
// pipeline while this thread loads the rest of the ingest. With a cache most files are answered
// without them, and a small input is built before they would have loaded: then they wait.
const inputs = collectInputs(positionals.length > 0 ? positionals : [RAW_ROOT], RAW_ROOT);
const cold = values['no-cache'] || !existsSync(values.cache);
const size = workers ?? availableParallelism();
const pool = cold && size > 0 && inputs.files.length >= PRESTART_FILES ? createBuildPool(size) : undefined;

// The rest of the ingest is compiled from Node's on-disk compile cache when it has not changed
// (as the workers' pipeline is, see ingest-worker.ts); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache();
const { runIngest } = await import('./lib/ingest-fs.ts');
const { createProgress } = await import('./lib/progress.ts');
const { formatProblems, formatSummary } = await import('./lib/summary.ts');
const progress = createProgress('ingest');
const summary = await runIngest({
  inputs,
  outDir: values.out,
  cacheFile: values['no-cache'] ? null : values.cache,
  ...(workers === undefined ? {} : { workers }),
  ...(pool === undefined ? {} : { pool }),
  ...(values.quiet ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }),
});
progress.end();

process.stdout.write(formatSummary(summary));
process.stdout.write(formatProblems(summary.messages, values.quiet ? 'error' : undefined));

const nothing = summary.articles === 0;
const anything = summary.messages.length > 0;
process.exitCode = nothing || (values.strict && anything) ? 1 : 0;

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
import { parseArgs } from 'node:util';
import { runIngest } from './lib/ingest-fs.ts';
import { createProgress } from './lib/progress.ts';
import { formatProblems, formatSummary } from './lib/summary.ts';

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

const progress = createProgress('ingest');
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
  process.stderr.write('usage: npm run ingest -- [paths…] [--workers N] (N a whole number ≥ 0)\n');
  process.exit(2);
}
const summary = await runIngest({
  paths: positionals,
  outDir: values.out,
  cacheFile: values['no-cache'] ? null : values.cache,
  ...(workers === undefined ? {} : { workers }),
  ...(values.quiet ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }),
});
progress.end();

process.stdout.write(formatSummary(summary));
process.stdout.write(formatProblems(summary.messages, values.quiet ? 'error' : undefined));

const nothing = summary.articles === 0;
const anything = summary.messages.length > 0;
process.exitCode = nothing || (values.strict && anything) ? 1 : 0;

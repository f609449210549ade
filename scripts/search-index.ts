/**
 * `tsx scripts/search-index.ts [--site dist] [--base /archive/] [--plain] [--shard-pages N] [--lanes N]`:
 * builds the Korean search index of a built site into `<site>/pagefind` (run by `npm run build`
 * after `astro build`), in shards of at most N pages (default SHARD_PAGES, src/search/shards.ts),
 * `--lanes` shards at a time (default 2, or 1 on a machine of one core).
 * The base path defaults to `BASE_PATH` from the environment, as astro.config.mjs reads it.
 * `--plain` builds Pagefind's default index, without the Korean terms (for comparison).
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './lib/search-index-build.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    out: { type: 'string' },
    plain: { type: 'boolean', default: false },
    'shard-pages': { type: 'string' },
    lanes: { type: 'string' },
  },
});

/** A flag's whole number of at least 1, or undefined when not given; exits with a hint otherwise. */
function count(flag: 'shard-pages' | 'lanes', example: string): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (Number.isInteger(n) && n > 0) return n;
  console.error(`search index: --${flag} takes a whole number ${example}; got "${raw}".`);
  process.exit(2);
}
const shardPages = count('shard-pages', 'of pages, such as 2000');
const lanes = count('lanes', 'of shards indexed at once, such as 2');
const started = performance.now();
const result = await buildSearchIndex({
  siteDir: values.site,
  basePath: values.base,
  koreanTerms: !values.plain,
  ...(shardPages ? { shardPages } : {}),
  ...(lanes ? { lanes } : {}),
  ...(values.out ? { outputPath: values.out } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const error of result.errors) console.error(`search index: ${error}`);
console.log(`search index: ${result.pages} pages indexed into ${result.outputPath} (${result.shards > 1 ? `${result.shards} shards, ${result.lanes} at a time` : '1 shard'}) in ${seconds} s (${result.folded} single-story initiative pages found through their story)`);
if (result.pages === 0) {
  console.error('search index: no page has a data-pagefind-body element; did `astro build` run?');
  process.exitCode = 1;
}
if (result.errors.length > 0) process.exitCode = 1;

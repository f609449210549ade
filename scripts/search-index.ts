/**
 * `tsx scripts/search-index.ts [--site dist] [--base /archive/] [--plain] [--shard-pages N]`: builds
 * the Korean search index of a built site into `<site>/pagefind` (run by `npm run build` after
 * `astro build`), in shards of at most N pages (default SHARD_PAGES, src/search/shards.ts).
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
  },
});

const shardPages = values['shard-pages'] === undefined ? undefined : Number(values['shard-pages']);
if (shardPages !== undefined && !(Number.isInteger(shardPages) && shardPages > 0)) {
  console.error(`search index: --shard-pages takes a whole number of pages, such as 4000; got "${values['shard-pages']}".`);
  process.exit(2);
}
const started = performance.now();
const result = await buildSearchIndex({
  siteDir: values.site,
  basePath: values.base,
  koreanTerms: !values.plain,
  ...(shardPages ? { shardPages } : {}),
  ...(values.out ? { outputPath: values.out } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const error of result.errors) console.error(`search index: ${error}`);
console.log(`search index: ${result.pages} pages indexed into ${result.outputPath} (${result.shards} shard${result.shards > 1 ? 's' : ''}) in ${seconds} s (${result.folded} single-story initiative pages found through their story)`);
if (result.pages === 0) {
  console.error('search index: no page has a data-pagefind-body element; did `astro build` run?');
  process.exitCode = 1;
}
if (result.errors.length > 0) process.exitCode = 1;

/**
 * `tsx scripts/search-index.ts [--site dist] [--base /archive/] [--plain]`: builds the Korean search
 * index of a built site into `<site>/pagefind` (run by `npm run build` after `astro build`).
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
  },
});

const started = performance.now();
const result = await buildSearchIndex({
  siteDir: values.site,
  basePath: values.base,
  koreanTerms: !values.plain,
  ...(values.out ? { outputPath: values.out } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const error of result.errors) console.error(`search index: ${error}`);
console.log(`search index: ${result.pages} pages indexed into ${result.outputPath} in ${seconds} s (${result.folded} single-story initiative pages found through their story)`);
if (result.pages === 0) {
  console.error('search index: no page has a data-pagefind-body element; did `astro build` run?');
  process.exitCode = 1;
}
if (result.errors.length > 0) process.exitCode = 1;

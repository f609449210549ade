/**
 * `npm run gen-corpus -- --articles N [--seed S] --out DIR`
 *
 * Writes N invented Korean district-news articles into DIR (deterministic from the seed): mostly
 * `.txt` in the seed format (a few CP949), some `.md`, some `.jsonl`; roundups, list pages,
 * city-wide notices, awards, every date kind, web residue. Prints the corpus statistics.
 *   --articles N  how many articles (default 1000)
 *   --seed S      any string (default 1)
 *   --out DIR     where to write (required; created if absent)
 */
import { parseArgs } from 'node:util';
import { formatCorpusStats, generateCorpus } from './lib/corpus/corpus-fs.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const articles = Number(values.articles);
if (!values.out || !Number.isInteger(articles) || articles < 0) {
  process.stderr.write('usage: npm run gen-corpus -- --articles N [--seed S] --out DIR\n');
  process.exit(2);
}
const started = performance.now();
const stats = generateCorpus({ articles, seed: values.seed, out: values.out });
process.stdout.write(formatCorpusStats(stats));
process.stdout.write(`generated in ${((performance.now() - started) / 1000).toFixed(2)} s → ${values.out}\n`);

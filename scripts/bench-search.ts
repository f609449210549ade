/**
 * `tsx scripts/bench-search.ts [--scale N] [--no-quality] [--json FILE]`: the search benchmark of
 * issue 4, in headless Chromium.
 *  - Quality: the query set (tests/search/queries.json over content/raw, plus queries made from
 *    ../shared/seeds/gold.json when present) on our search and on the plain-Pagefind baseline,
 *    recall@10 and nDCG@10 per query kind. Bars: recall ≥ 0.97, nDCG ≥ 0.90, above the baseline.
 *  - Scale (`--scale 10000`): bytes fetched by the first query and p50/p95 latency on a synthetic
 *    archive of N articles. Bars: ≤ 300 KB, p95 ≤ 150 ms.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { benchQuality, type QueryOutcome } from './lib/search-bench-quality.ts';
import { readQueryFile, seedQueries } from './lib/search-bench-queries.ts';
import { benchScale } from './lib/search-bench-scale.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    'no-quality': { type: 'boolean', default: false },
    json: { type: 'string' },
    seeds: { type: 'string', default: '../shared/seeds' },
  },
});
const log = (line: string) => console.error(`bench-search: ${line}`);
const report: Record<string, unknown> = { load: execSync('uptime').toString().trim() };

if (!values['no-quality']) {
  const queries = await readQueryFile('tests/search/queries.json');
  const dirs: Record<string, string> = { sample: 'content/raw' };
  if (existsSync(`${values.seeds}/gold.json`)) {
    dirs['seeds'] = values.seeds;
    queries.push(...(await seedQueries(values.seeds, 'seeds/')));
  } else log(`no seeds at ${values.seeds}: measuring the sample articles only`);
  const quality = await benchQuality(dirs, queries, log);
  const table = summarize(quality.ours, quality.baseline);
  console.log(`\nSearch quality: ${queries.length} queries, ${quality.articles} articles (headless Chromium)\n`);
  console.log(table.text);
  for (const [i, o] of quality.ours.entries()) {
    if (o.articleRecall < 1) console.log(`  missed by ours: ${o.kind} “${o.q}” top: ${o.top.slice(0, 3).join(', ')}`);
    void i;
  }
  report['quality'] = table.numbers;
}

if (values.scale) {
  const files = execSync('find content/raw -type f').toString().trim().split('\n');
  const vocabulary = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
  log(`scale: ${values.scale} synthetic articles…`);
  const scale = await benchScale(Number(values.scale), vocabulary);
  console.log(`\nSearch at scale: ${scale.articles} articles, ${scale.indexChunks} index chunks, bundle ${(scale.bundleBytes / 1e6).toFixed(1)} MB, indexed in ${scale.indexSeconds.toFixed(0)} s`);
  console.log(`  first query: ${(scale.firstQueryBytes / 1024).toFixed(0)} KB fetched (bar ≤ 300 KB), ${scale.firstQueryMs.toFixed(0)} ms`);
  console.log(`  ${scale.queries} further queries: p50 ${scale.p50Ms.toFixed(0)} ms, p95 ${scale.p95Ms.toFixed(0)} ms (bar ≤ 150 ms)`);
  report['scale'] = scale;
}
console.log(`\n(${report['load']})`);
if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 1)}\n`);

function summarize(ours: readonly QueryOutcome[], baseline: readonly QueryOutcome[]) {
  const kinds = [...new Set(ours.map((o) => o.kind)), 'all'];
  const rows: string[] = [
    '            articles ranked (entity pages set aside) | all results         | baseline',
    'kind        n   ours R@10  nDCG  pass | R@10   nDCG  pass | R@10   nDCG  pass',
  ];
  const numbers: Record<string, unknown> = {};
  for (const kind of kinds) {
    const pick = (list: readonly QueryOutcome[]) => list.filter((o) => kind === 'all' || o.kind === kind);
    const o = stats(pick(ours));
    const b = stats(pick(baseline));
    numbers[kind] = { n: o.n, ours: o, baseline: b };
    const cells = (x: { recall: number; ndcg: number; pass: number }) => `${x.recall.toFixed(3)}  ${x.ndcg.toFixed(3)}  ${String(x.pass).padStart(3)}`;
    rows.push(`${kind.padEnd(10)} ${String(o.n).padStart(3)}   ${cells(o.articles)} | ${cells(o)} | ${cells(b.articles)}`);
  }
  return { text: rows.join('\n'), numbers };
}

function stats(list: readonly QueryOutcome[]) {
  const mean = (f: (o: QueryOutcome) => number) => (list.length ? list.reduce((a, o) => a + f(o), 0) / list.length : 0);
  return {
    n: list.length,
    recall: mean((o) => o.recall),
    ndcg: mean((o) => o.ndcg),
    pass: list.filter((o) => o.recall === 1).length,
    articles: {
      recall: mean((o) => o.articleRecall),
      ndcg: mean((o) => o.articleNdcg),
      pass: list.filter((o) => o.articleRecall === 1).length,
    },
  };
}

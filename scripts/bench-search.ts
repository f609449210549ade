/**
 * `tsx scripts/bench-search.ts [--judgements] [--scale N [--site DIR] [--keep]] [--no-quality] [--json FILE]`:
 * the search benchmark of issue 4, in headless Chromium.
 *  - Quality: the query set (tests/search/queries.json over content/raw, plus queries made from
 *    ../shared/seeds/gold.json when present) on our search and on the plain-Pagefind baseline, in
 *    the same run, scored on the same graded judgements (`--judgements` prints them for review):
 *    recall@10 and nDCG@10 per query kind. Bars: recall ≥ 0.97, nDCG ≥ 0.90, above the baseline.
 *    Grade 2 is the page a query names. An initiative told in a single story has no search record
 *    of its own (its page stays on the site; search leads to the story, which links to it), so
 *    for it the grade-2 page is the article of that story: results are scored as pages (a
 *    sub-result's `#anchor` is dropped), the story's article is the unit. Initiatives of two or
 *    more stories keep their own page as grade 2.
 *  - Scale (`--scale 10000`): N articles from `npm run gen-corpus`, ingested, built and indexed as
 *    `npm run build` does (in the temp dir; `--site DIR` measures an existing build instead), then
 *    bytes fetched by the first query and p50/p95 latency. Bars: ≤ 300 KB, p95 ≤ 150 ms.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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
    site: { type: 'string' },
    keep: { type: 'boolean', default: false },
    judgements: { type: 'boolean', default: false },
  },
});
const log = (line: string) => console.error(`bench-search: ${line}`);
const report: Record<string, unknown> = { load: execSync('uptime').toString().trim() };

if (!values['no-quality']) {
  const file = await readQueryFile('tests/search/queries.json');
  const queries = [...file.queries];
  const dirs: Record<string, string> = { sample: 'content/raw' };
  let goldStories: Awaited<ReturnType<typeof seedQueries>>['stories'] = [];
  if (existsSync(`${values.seeds}/gold.json`)) {
    dirs['seeds'] = values.seeds;
    const seeds = await seedQueries(values.seeds, 'seeds/');
    queries.push(...seeds.queries);
    goldStories = seeds.stories;
  } else log(`no seeds at ${values.seeds}: measuring the sample articles only`);
  const quality = await benchQuality({ rawDirs: dirs, queries, stories: file.stories, goldStories, seedPrefix: 'seeds/', log });
  if (values.judgements) {
    console.log('\nJudgements (grade: page)');
    for (const j of quality.judged) console.log(`  ${j.origin} ${j.kind} “${j.q}”: ${[...j.grades].map(([id, g]) => `${g}:${id}`).join('  ')}`);
  }
  const table = summarize(quality.ours, quality.baseline);
  console.log(`\nSearch quality: ${queries.length} queries, ${quality.articles} articles (headless Chromium); graded judgements, entity pages included, same for both`);
  console.log(table.text);
  const absent = [...new Set(quality.judged.flatMap((j) => j.absent))];
  if (absent.length) console.log(`  judged pages the site lacks (a miss for both): ${absent.join(', ')}`);
  for (const [i, o] of quality.ours.entries()) {
    if (o.recall < 1) {
      const missing = [...quality.judged[i]!.grades.keys()].filter((id) => !o.top.includes(id));
      console.log(`  missed by ours: ${o.kind} “${o.q}” (R ${o.recall.toFixed(2)}) lacks ${missing.join(', ')}`);
    }
  }
  report['quality'] = table.numbers;
  report['queries'] = quality.ours.map((o, i) => ({ ...o, baseline: quality.baseline[i], judged: Object.fromEntries(quality.judged[i]!.grades) }));
}

if (values.scale) {
  const scale = await benchScale({ articles: Number(values.scale), ...(values.site ? { siteDir: values.site } : {}), keep: values.keep, log });
  const build = scale.buildSeconds === null ? `site ${values.site}` : `generated, ingested, built and indexed in ${scale.buildSeconds.toFixed(0)} s (search index ${scale.indexSeconds?.toFixed(0)} s; ${scale.foldedPages} single-story initiative pages found through their story)`;
  console.log(`\nSearch at scale: ${scale.articles} articles (npm run gen-corpus), ${scale.pages} indexed pages in ${scale.shards} shard(s), ${scale.indexChunks} index chunks, bundle ${(scale.bundleBytes / 1e6).toFixed(1)} MB; ${build}`);
  console.log(`  first query (“${scale.firstQuery}”): ${(scale.firstQueryBytes / 1024).toFixed(0)} KB fetched (bar ≤ 300 KB), ${scale.firstQueryMs.toFixed(0)} ms`);
  console.log(`    of which ${Object.entries(scale.firstQueryBreakdown).map(([k, b]) => `${k} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);
  console.log(`  ${scale.queries} further queries: p50 ${scale.p50Ms.toFixed(0)} ms, p95 ${scale.p95Ms.toFixed(0)} ms (bar ≤ 150 ms), max ${scale.maxMs.toFixed(0)} ms`);
  report['scale'] = scale;
}
console.log(`\n(${report['load']})`);
if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 1)}\n`);

function summarize(ours: readonly QueryOutcome[], baseline: readonly QueryOutcome[]) {
  const kinds = [...new Set(ours.map((o) => o.kind)), 'all'];
  const rows: string[] = ['kind        n  | ours R@10  nDCG@10  pass | baseline R@10  nDCG@10  pass'];
  const numbers: Record<string, unknown> = {};
  for (const kind of kinds) {
    const pick = (list: readonly QueryOutcome[]) => list.filter((o) => kind === 'all' || o.kind === kind);
    const o = stats(pick(ours));
    const b = stats(pick(baseline));
    numbers[kind] = { n: o.n, ours: o, baseline: b };
    const cells = (x: ReturnType<typeof stats>) => `${x.recall.toFixed(3)}    ${x.ndcg.toFixed(3)}  ${String(x.pass).padStart(4)}`;
    rows.push(`${kind.padEnd(10)} ${String(o.n).padStart(3)} |      ${cells(o)} |          ${cells(b)}`);
  }
  return { text: rows.join('\n'), numbers };
}

function stats(list: readonly QueryOutcome[]) {
  const mean = (f: (o: QueryOutcome) => number) => (list.length ? list.reduce((a, o) => a + f(o), 0) / list.length : 0);
  return { n: list.length, recall: mean((o) => o.recall), ndcg: mean((o) => o.ndcg), pass: list.filter((o) => o.recall === 1).length };
}

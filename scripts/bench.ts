/**
 * `npm run bench -- --articles N [--seed S] [--json FILE] [--keep] [--raw DIR] [--step-timeout S]
 *                   [--rss-limit MiB] [--no-floor] [--floor-pages]`
 *
 * The build benchmark of issue 6. In a fresh folder under the system temp dir (the checkout is never
 * written, so `git status` stays clean) it generates N articles with the corpus generator, then, one
 * build at a time and with no cache from before:
 *   1. ours: the steps of `npm run build` (`scripts/ingest.ts`, `astro build`, `scripts/search-index.ts`)
 *      over a copy of this repo's site, each timed, with the RSS of its whole process tree sampled
 *      every 100 ms (keep these steps in step with package.json's `build`);
 *   2. the floor: this repo's Astro and Pagefind with default settings over the same article texts as
 *      `.md` files with only a title, one `[...slug].astro` page each (see bench-project.ts);
 * and prints a table with the ratio, the bars of issue 6, and with `--json FILE` the numbers only.
 * With `--floor-pages` it also builds the floor with one-line pages added up to our page count
 * (`astro build` only): the least time Astro takes for a site of that many pages here, which shows
 * how much of the ratio the page count alone accounts for.
 * Children run on the Node that runs this script (Node 24 under `npm run`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureDist } from './lib/bench-dist.ts';
import { addOneLinePages, copySiteProject, listMarkdown, writeFloorProject } from './lib/bench-project.ts';
import { benchJson, checkBars, formatBars, formatTable, type BuildFigures } from './lib/bench-report.ts';
import { runStep, type StepResult, type StepSpec } from './lib/bench-run.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
/**
 * Entry points run with `NODE` directly: no npm or npx process in between to distort time or memory.
 * The build's own scripts (ingest, search index) run on Node 24's type stripping, as in package.json.
 */
const BIN = {
  tsx: join(REPO, 'node_modules/tsx/dist/cli.mjs'),
  astro: join(REPO, 'node_modules/astro/bin/astro.mjs'),
  pagefind: join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs'),
};

/** The V8 heap limit `npm run build` gives `astro build` (package.json). */
const ASTRO_HEAP = '--max-old-space-size=16384';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    raw: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'step-timeout': { type: 'string', default: '3600' },
    'rss-limit': { type: 'string', default: '16384' },
    'no-floor': { type: 'boolean', default: false },
    'floor-pages': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`--articles takes a whole number of articles, such as 1000; got "${values.articles}".`);
  process.exit(2);
}
const stepTimeoutMs = Number(values['step-timeout']) * 1000;
const rssLimitMiB = Number(values['rss-limit']);
/** Paths on the command line are relative to where `npm run bench` was typed, not the package root. */
const callerDir = process.env['INIT_CWD'] ?? process.cwd();

/** Every child gets Node 24 first on PATH (for any `#!/usr/bin/env node`) and no telemetry. */
const childEnv = {
  PATH: `${dirname(NODE)}:${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

async function step(spec: Omit<StepSpec, 'timeoutMs'>): Promise<StepResult> {
  log(`${spec.label}…`);
  const result = await runStep({ ...spec, env: { ...childEnv, ...spec.env }, timeoutMs: stepTimeoutMs, rssLimitMiB });
  log(`${spec.label}: ${result.seconds.toFixed(1)} s, peak ${Math.round(result.rss.peakMiB)} MiB`);
  return result;
}

/** Sums sequential steps into one build's figures; measures its output folder. */
function figures(steps: { ingest?: StepResult; astro: StepResult; pagefind: StepResult }, count: number, dist: string): BuildFigures {
  const all = [steps.ingest, steps.astro, steps.pagefind].filter((s): s is StepResult => s !== undefined);
  const stats = measureDist(dist);
  return {
    ...(steps.ingest ? { ingestSeconds: steps.ingest.seconds } : {}),
    articles: count,
    astroSeconds: steps.astro.seconds,
    pagefindSeconds: steps.pagefind.seconds,
    totalSeconds: all.reduce((sum, s) => sum + s.seconds, 0),
    peakRssMiB: Math.max(...all.map((s) => s.rss.peakMiB)),
    peakRssBoundMiB: Math.max(...all.map((s) => s.rss.hwmSumMiB)),
    pages: stats.pages,
    distBytes: stats.bytes,
    indexBytes: stats.indexBytes,
  };
}

const benchStarted = performance.now();
const work = mkdtempSync(join(tmpdir(), 'jachigu-bench-'));
log(`working in ${work}`);
const gaps: number[] = [];
try {
  // The corpus.
  const raw = values.raw ? resolve(callerDir, values.raw) : join(work, 'raw');
  if (!values.raw) {
    const generated = await step({
      label: `gen-corpus (${articles} articles)`,
      command: NODE,
      args: [BIN.tsx, join(REPO, 'scripts/gen-corpus.ts'), '--articles', String(articles), '--seed', values.seed, '--out', raw],
      cwd: REPO,
    });
    process.stdout.write(generated.stdout);
  }

  // Ours: the steps of `npm run build`, in a copy of the site so no .astro or ingest cache is reused.
  const site = join(work, 'site');
  copySiteProject(REPO, site);
  const articlesDir = join(site, 'content/articles');
  mkdirSync(articlesDir, { recursive: true });
  const siteEnv = { ARTICLES_DIR: articlesDir };
  const load = { before: loadavg()[0]!, after: 0, cores: cpus().length };
  const ingest = await step({
    label: 'ours: ingest',
    command: NODE,
    args: [join(site, 'scripts/ingest.ts'), raw, '--out', articlesDir, '--cache', join(site, '.cache/ingest.json')],
    cwd: site,
    env: siteEnv,
  });
  const ingested = listMarkdown(articlesDir).length;
  // As package.json's build: a heap large enough for the archive of 100,000 articles.
  const astro = await step({ label: 'ours: astro build', command: NODE, args: [ASTRO_HEAP, BIN.astro, 'build'], cwd: site, env: siteEnv });
  const pagefind = await step({
    label: 'ours: search index (Pagefind)',
    command: NODE,
    args: [join(site, 'scripts/search-index.ts'), '--site', 'dist'],
    cwd: site,
    env: siteEnv,
  });
  const ours = figures({ ingest, astro, pagefind }, ingested, join(site, 'dist'));
  gaps.push(ingest.rss.maxGapMs, astro.rss.maxGapMs, pagefind.rss.maxGapMs);

  // The floor, after ours, over the same article texts (skipped with --no-floor: the ratio shows "–").
  let padded: { extra: number; astroSeconds: number; pages: number } | undefined;
  let floor: BuildFigures = { articles: 0, astroSeconds: 0, pagefindSeconds: 0, totalSeconds: 0, peakRssMiB: 0, peakRssBoundMiB: 0, pages: 0, distBytes: 0, indexBytes: 0 };
  if (!values['no-floor']) {
    const floorDir = join(work, 'floor');
    const floorCount = writeFloorProject(REPO, articlesDir, floorDir);
    const floorAstro = await step({ label: 'floor: astro build', command: NODE, args: [BIN.astro, 'build'], cwd: floorDir });
    const floorPagefind = await step({ label: 'floor: pagefind', command: NODE, args: [BIN.pagefind, '--site', 'dist'], cwd: floorDir });
    floor = figures({ astro: floorAstro, pagefind: floorPagefind }, floorCount, join(floorDir, 'dist'));
    gaps.push(floorAstro.rss.maxGapMs, floorPagefind.rss.maxGapMs);
    if (values['floor-pages']) {
      const paddedDir = join(work, 'floor-pages');
      writeFloorProject(REPO, articlesDir, paddedDir);
      const extra = Math.max(0, ours.pages - floor.pages);
      addOneLinePages(paddedDir, extra);
      const paddedAstro = await step({ label: `floor + ${extra} one-line pages: astro build`, command: NODE, args: [BIN.astro, 'build'], cwd: paddedDir });
      gaps.push(paddedAstro.rss.maxGapMs);
      padded = { extra, astroSeconds: paddedAstro.seconds, pages: measureDist(join(paddedDir, 'dist')).pages };
    }
  }
  load.after = loadavg()[0]!;

  const result = { articles, ours, floor, load, maxSampleGapMs: Math.max(...gaps) };
  const benchSeconds = (performance.now() - benchStarted) / 1000;
  console.log(`\nBuild benchmark, ${articles} generated articles (seed ${values.seed}), bench ${(benchSeconds / 60).toFixed(1)} min`);
  console.log(formatTable(result));
  if (padded) {
    // Astro at our page count plus the floor's own index: before any ingest or Korean search term.
    const least = padded.astroSeconds + floor.pagefindSeconds;
    console.log(
      `\nFloor at our page count: + ${padded.extra} one-line pages → ${padded.pages} pages, astro build ${padded.astroSeconds.toFixed(2)} s;` +
        ` with the floor's Pagefind ${floor.pagefindSeconds.toFixed(2)} s that is ${least.toFixed(2)} s = ${(least / floor.totalSeconds).toFixed(2)}× the floor` +
        ` (the bar allows ${(1.5 * floor.totalSeconds).toFixed(2)} s).`,
    );
  }
  console.log(`\nBars of issue 6${articles < 10_000 ? ' (judged at 10,000 articles; shown for information)' : ''}:`);
  console.log(formatBars(checkBars(result, benchSeconds)));
  if (values.json) writeFileSync(resolve(callerDir, values.json), `${JSON.stringify(benchJson(result), null, 2)}\n`);
} catch (error) {
  // A failed step already says which step, where, and its last output: no stack trace on top.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

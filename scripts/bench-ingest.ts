/**
 * `npm run bench:ingest -- [--articles N] [--seed S] [--repeat R] [--workers W] [--profile]`
 *
 * Measures the ingest alone, end to end in this one process: generates N articles (default
 * 10,000) in the system temp folder, ingests them with no cache and no output R times (default 1;
 * the best and the median are reported), ingests them again unchanged (the content-hash cache at
 * work), adds one article and ingests again (one file written), and prints a table. Each run also
 * reports the CPU seconds the whole process used (every thread), because on a shared machine the
 * wall time depends on what else runs. With --profile it also times each pipeline stage
 * separately, on this thread, to show which one to speed up. Everything happens in a temp folder
 * that is removed at the end, so the repository is left as it was.
 *   --workers W   worker threads (default: one per core; 0 = build on the main thread)
 * Bars (issue 2 and 6): first run ≥ 2,000 articles/s; unchanged re-ingest ≥ 10× faster.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCorpusStats, generateCorpus } from './lib/corpus/corpus-fs.ts';
import { runIngest, type IngestSummary } from './lib/ingest-fs.ts';
import { profileStages } from './lib/stage-profile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '1' },
    workers: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const repeat = Math.max(1, Number(values.repeat));
const workers = values.workers === undefined ? undefined : Number(values.workers);
const work = mkdtempSync(join(tmpdir(), 'jachigu-bench-ingest-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A run's summary with the CPU seconds and load average it ran under. */
interface Timed extends IngestSummary {
  cpu: number;
  load: number;
}

try {
  const raw = join(work, 'raw');
  log(`bench:ingest: generating ${articles} articles in ${work}`);
  const stats = generateCorpus({ articles, seed: values.seed, out: raw });
  process.stdout.write(formatCorpusStats(stats));

  const outDir = join(work, 'articles');
  const cacheFile = join(work, 'cache.json');
  const options = { paths: [raw], rawRoot: raw, outDir, cacheFile, cwd: work, ...(workers === undefined ? {} : { workers }) };
  const timed = async (): Promise<Timed> => {
    const load = loadavg()[0]!;
    const before = process.cpuUsage();
    const s = await runIngest(options);
    const used = process.cpuUsage(before);
    return { ...s, cpu: (used.user + used.system) / 1e6, load };
  };

  const firsts: Timed[] = [];
  for (let r = 0; r < repeat; r++) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheFile, { force: true });
    log(`bench:ingest: first run ${r + 1}/${repeat} (no cache, no output)`);
    firsts.push(await timed());
  }
  const byRate = [...firsts].sort((a, b) => a.seconds - b.seconds);
  const best = byRate[0]!;
  const median = byRate[Math.floor((byRate.length - 1) / 2)]!;
  const last = firsts[firsts.length - 1]!;
  log('bench:ingest: second run (unchanged)');
  const second = await timed();
  writeFileSync(
    join(raw, 'added-one.txt'),
    ' date 2024-05-01 종로구, 새 사업 시작\n\n종로구(구청장 한가온)는 ‘종로 벤치마크 추가 센터’를 연다고 밝혔다.\n',
  );
  log('bench:ingest: third run (one article added)');
  const third = await timed();

  const rate = (n: number, s: number) => Math.round(n / s).toString();
  const row = (label: string, s: Timed) =>
    `${label.padEnd(22)} ${s.seconds.toFixed(2).padStart(8)} ${rate(s.articles, s.seconds).padStart(10)} ` +
    `${s.cpu.toFixed(2).padStart(8)} ${rate(s.articles, s.cpu).padStart(9)} ${String(s.workers).padStart(7)} ` +
    `${String(s.written).padStart(8)} ${String(s.cached).padStart(7)} ${s.load.toFixed(1).padStart(5)}`;
  const lines = [
    '',
    `${'run'.padEnd(22)} ${'seconds'.padStart(8)} ${'articles/s'.padStart(10)} ${'cpu s'.padStart(8)} ${'art/cpu-s'.padStart(9)} ` +
      `${'workers'.padStart(7)} ${'written'.padStart(8)} ${'cached'.padStart(7)} ${'load'.padStart(5)}`,
    ...(repeat > 1 ? [row(`first, best of ${repeat}`, best), row(`first, median of ${repeat}`, median)] : [row('first (no cache)', best)]),
    row('unchanged re-ingest', second),
    row('one article added', third),
    '',
    `articles ${last.articles} · stories ${last.stories} · programs ${last.programs} · awards ${last.awards} · ` +
      `warnings ${last.messages.filter((m) => m.severity === 'warning').length} · errors ${last.messages.filter((m) => m.severity === 'error').length}`,
    `unchanged re-ingest is ${(median.seconds / second.seconds).toFixed(1)}× faster than the (median) first run`,
    `bars: first run ≥ 2,000 articles/s: ${best.articles / best.seconds >= 2000 ? 'met' : 'NOT met'} (best); ` +
      `re-ingest ≥ 10× faster: ${median.seconds / second.seconds >= 10 ? 'met' : 'NOT met'}; ` +
      `adding one article writes one file: ${third.written === 1 ? 'met' : 'NOT met'}`,
    `machine: ${availableParallelism()} cores; "load" is the 1-minute load average when each run started ` +
      `(other work on the machine slows the wall-clock figures, less so the per-CPU-second ones)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  if (values.profile) {
    log('bench:ingest: timing each stage');
    const t = profileStages(raw);
    const total = Object.entries(t).filter(([k]) => k !== 'articles').reduce((s, [, v]) => s + v, 0);
    process.stdout.write(`\nstage          seconds   ms/article   share\n`);
    for (const [k, v] of Object.entries(t)) {
      if (k === 'articles') continue;
      process.stdout.write(`${k.padEnd(12)} ${v.toFixed(2).padStart(9)} ${((v / t.articles) * 1000).toFixed(3).padStart(12)} ${((v / total) * 100).toFixed(1).padStart(6)}%\n`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

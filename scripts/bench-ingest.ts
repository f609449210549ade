/**
 * `npm run bench:ingest -- [--articles N] [--seed S] [--profile]`
 *
 * Measures the ingest alone, end to end in this one process: generates N articles (default
 * 10,000) in the system temp folder, ingests them with no cache (articles/s), ingests them again
 * unchanged (the content-hash cache at work), adds one article and ingests again (one file
 * written), and prints a table. With --profile it also times each pipeline stage separately, to
 * show which one to speed up. Everything happens in a temp folder that is removed at the end, so
 * the repository is left as it was.
 * Bars (issue 2 and 6): first run ≥ 2,000 articles/s; unchanged re-ingest ≥ 10× faster.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCorpusStats, generateCorpus } from './lib/corpus/corpus-fs.ts';
import { runIngest, type IngestSummary } from './lib/ingest-fs.ts';
import { profileStages } from './lib/stage-profile.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const work = mkdtempSync(join(tmpdir(), 'jachigu-bench-ingest-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  const raw = join(work, 'raw');
  log(`bench:ingest: generating ${articles} articles in ${work}`);
  const stats = generateCorpus({ articles, seed: values.seed, out: raw });
  process.stdout.write(formatCorpusStats(stats));

  const options = { paths: [raw], rawRoot: raw, outDir: join(work, 'articles'), cacheFile: join(work, 'cache.json'), cwd: work };
  const load = loadavg()[0]!;
  log('bench:ingest: first run (no cache, no output)');
  const first = runIngest(options);
  log('bench:ingest: second run (unchanged)');
  const second = runIngest(options);
  writeFileSync(
    join(raw, 'added-one.txt'),
    ' date 2024-05-01 종로구, 새 사업 시작\n\n종로구(구청장 한가온)는 ‘종로 벤치마크 추가 센터’를 연다고 밝혔다.\n',
  );
  log('bench:ingest: third run (one article added)');
  const third = runIngest(options);

  const row = (label: string, s: IngestSummary) =>
    `${label.padEnd(22)} ${s.seconds.toFixed(2).padStart(8)} ${Math.round(s.articles / s.seconds).toString().padStart(10)} ` +
    `${String(s.written).padStart(8)} ${String(s.cached).padStart(8)}`;
  const lines = [
    '',
    `${'run'.padEnd(22)} ${'seconds'.padStart(8)} ${'articles/s'.padStart(10)} ${'written'.padStart(8)} ${'cached'.padStart(8)}`,
    row('first (no cache)', first),
    row('unchanged re-ingest', second),
    row('one article added', third),
    '',
    `articles ${first.articles} · stories ${first.stories} · programs ${first.programs} · awards ${first.awards} · ` +
      `warnings ${first.messages.filter((m) => m.severity === 'warning').length} · errors ${first.messages.filter((m) => m.severity === 'error').length}`,
    `unchanged re-ingest is ${(first.seconds / second.seconds).toFixed(1)}× faster than the first run`,
    `bars: first run ≥ 2,000 articles/s: ${first.articles / first.seconds >= 2000 ? 'met' : 'NOT met'}; ` +
      `re-ingest ≥ 10× faster: ${first.seconds / second.seconds >= 10 ? 'met' : 'NOT met'}; ` +
      `adding one article writes one file: ${third.written === 1 ? 'met' : 'NOT met'}`,
    `machine: ${cpus().length} cores, load average ${load.toFixed(2)} at start (other work on the machine slows every figure)`,
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

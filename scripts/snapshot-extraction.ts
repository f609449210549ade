/**
 * `npx tsx scripts/snapshot-extraction.ts [--out FILE] [--time] [--repeat R] <folders…>`
 *
 * Freezes what the pure pipeline extracts, so a speed change can be proved not to change a single
 * output: every input under the folders is decoded, parsed (by format), segmented and extracted,
 * and each article's parse (date, title, outlet, reporter, residue, byline) and stories (segment
 * and every fact with its evidence) are written as one JSON document (`--out`, else stdout unless
 * `--time` is given). Two snapshots compare with `cmp`.
 * With `--time` it also prints, to stderr, the CPU milliseconds per article of each stage run
 * alone over all the inputs, and of the whole pipeline as the ingest runs it (best of R rounds,
 * default 3). File-system code, so it lives in scripts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/pipeline/decode.ts';
import { parseSeedText } from '../src/pipeline/parse.ts';
import { parseMarkdownArticle } from '../src/pipeline/formats/md.ts';
import { parseJsonLines } from '../src/pipeline/formats/jsonl.ts';
import { segmentByDistrict } from '../src/pipeline/segment.ts';
import { storyParagraphs } from '../src/pipeline/story-paragraphs.ts';
import { extractStoryFacts } from '../src/pipeline/extract/index.ts';
import { findHead } from '../src/pipeline/extract/people.ts';
import { extractPrograms } from '../src/pipeline/extract/programs.ts';
import { extractAwards } from '../src/pipeline/extract/awards.ts';
import { extractDates } from '../src/pipeline/extract/dates.ts';
import type { ParsedArticle } from '../src/pipeline/types.ts';
import { collectInputs } from './lib/walk-fs.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    time: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
  },
});

/** One decoded input file. */
interface Input {
  readonly label: string;
  readonly source: string;
  readonly text: string;
}

function parseAll(source: string, text: string): ParsedArticle[] {
  if (source.endsWith('.jsonl')) return parseJsonLines(text, source).articles.map((a) => a.article);
  const r = source.endsWith('.md') ? parseMarkdownArticle(text, source) : parseSeedText(text, source);
  return r.value ? [r.value] : [];
}

const inputs: Input[] = [];
for (const folder of positionals) {
  const root = resolve(folder);
  for (const f of collectInputs([root], root).files) {
    const decoded = decodeBytes(readFileSync(f.path));
    if ('error' in decoded) continue;
    inputs.push({ label: `${folder}:${f.source}`, source: f.source, text: decoded.text });
  }
}

const snapshot = () =>
  inputs.map(({ label, source, text }) => ({
    file: label,
    articles: parseAll(source, text).map((a) => ({
      date: a.date,
      title: a.title,
      outlet: a.outlet,
      reporter: a.reporter,
      sourceUrl: a.sourceUrl,
      paragraphs: a.paragraphs.length,
      residue: [...a.residue].sort((x, y) => x - y),
      byline: a.byline,
      stories: segmentByDistrict(a).map((segment) => ({ segment, facts: extractStoryFacts(a, segment) })),
    })),
  }));
// With --time alone nothing is written: only the timings are wanted.
if (values.out) writeFileSync(values.out, `${JSON.stringify(snapshot(), null, 1)}\n`);
else if (!values.time) process.stdout.write(`${JSON.stringify(snapshot(), null, 1)}\n`);

if (values.time) {
  // Each stage runs alone over the whole corpus (its inputs made beforehand), timed as one pass of
  // CPU time: no timer calls inside the loop to distort it. The best of R rounds is reported.
  const parsed = inputs.flatMap(({ source, text }) => parseAll(source, text));
  const stories = parsed.flatMap((article) =>
    segmentByDistrict(article).map((segment) => ({
      article,
      district: segment.district,
      paragraphs: storyParagraphs(article, segment),
    })),
  );
  const passes = {
    parse: () => inputs.forEach(({ source, text }) => parseAll(source, text)),
    segment: () => parsed.forEach((a) => segmentByDistrict(a)),
    head: () => stories.forEach((s) => findHead(s.paragraphs, s.district)),
    programs: () => stories.forEach((s) => extractPrograms(s.paragraphs, s.district)),
    awards: () => stories.forEach((s) => extractAwards(s.paragraphs, s.district)),
    dates: () => stories.forEach((s) => extractDates(s.paragraphs, s.article.date)),
    // The whole pipeline as the ingest runs it: stages share work (a paragraph's sentences are
    // split once), so it is not the sum of the stages.
    pipeline: () =>
      inputs.forEach(({ source, text }) => {
        for (const a of parseAll(source, text)) for (const segment of segmentByDistrict(a)) extractStoryFacts(a, segment);
      }),
  };
  type Stage = keyof typeof passes;
  const best = new Map<Stage, number>();
  for (let r = 0; r < Math.max(1, Number(values.repeat)); r++) {
    for (const [stage, pass] of Object.entries(passes) as [Stage, () => void][]) {
      const before = process.cpuUsage();
      pass();
      const used = process.cpuUsage(before);
      best.set(stage, Math.min(best.get(stage) ?? Infinity, (used.user + used.system) / 1000));
    }
  }
  const row = (name: string, ms: number) => `${name.padEnd(9)} ${(ms / parsed.length).toFixed(3)} ms/article`;
  process.stderr.write(`${parsed.length} articles, ${stories.length} stories, best of ${values.repeat} rounds (CPU time)\n`);
  let sum = 0;
  for (const [stage, ms] of best) {
    if (stage !== 'pipeline') sum += ms;
    process.stderr.write(`${row(stage, ms)}\n`);
  }
  process.stderr.write(`${row('sum', sum)}\n`);
}

/**
 * `npx tsx scripts/snapshot-extraction.ts [--out FILE] [--time] [--repeat R] <folders…>`
 *
 * Freezes what the pure pipeline extracts, so a speed change can be proved not to change a single
 * output: every input under the folders is decoded, parsed (by format), segmented and extracted,
 * and each article's parse (date, title, outlet, reporter, residue, byline) and stories (segment
 * and every fact with its evidence) are written as one JSON document (`--out`, else stdout). Two
 * snapshots compare with `cmp`. With `--time` it also runs the stages R times over the decoded
 * texts (default 3) and prints the CPU milliseconds per article of each stage (best run), to stderr.
 * File-system code, so it lives in scripts/.
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

const snapshot = inputs.map(({ label, source, text }) => ({
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
const json = `${JSON.stringify(snapshot, null, 1)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);

if (values.time) {
  const stages = ['parse', 'segment', 'head', 'programs', 'awards', 'dates'] as const;
  type Stage = (typeof stages)[number];
  const best = Object.fromEntries(stages.map((s) => [s, Infinity])) as Record<Stage, number>;
  let articles = 0;
  for (let r = 0; r < Math.max(1, Number(values.repeat)); r++) {
    const spent = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
    const time = <T>(stage: Stage, f: () => T): T => {
      const before = process.cpuUsage();
      const value = f();
      const used = process.cpuUsage(before);
      spent[stage] += (used.user + used.system) / 1000;
      return value;
    };
    articles = 0;
    for (const { source, text } of inputs) {
      for (const article of time('parse', () => parseAll(source, text))) {
        articles++;
        for (const segment of time('segment', () => segmentByDistrict(article))) {
          const paragraphs = storyParagraphs(article, segment);
          time('head', () => findHead(paragraphs, segment.district));
          time('programs', () => extractPrograms(paragraphs, segment.district));
          time('awards', () => extractAwards(paragraphs, segment.district));
          time('dates', () => extractDates(paragraphs, article.date));
        }
      }
    }
    for (const s of stages) best[s] = Math.min(best[s], spent[s]);
  }
  const total = stages.reduce((sum, s) => sum + best[s], 0);
  const row = (name: string, ms: number) => `${name.padEnd(9)} ${(ms / articles).toFixed(3)} ms/article`;
  process.stderr.write(`${articles} articles, best of ${values.repeat} runs (CPU time)\n`);
  for (const s of stages) process.stderr.write(`${row(s, best[s])}\n`);
  process.stderr.write(`${row('total', total)}\n`);
}

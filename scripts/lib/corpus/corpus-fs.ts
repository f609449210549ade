/**
 * Writing a generated corpus to disk (file-system code, so it lives outside src/pipeline): most
 * articles as `.txt` in the seed format (a few in CP949), some as `.md` with frontmatter, some as
 * lines of `.jsonl` files; and the corpus statistics.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { createNames, generateArticle, type ArticleKind, type GeneratedArticle } from './article.ts';
import type { DateKind, Ymd } from './korean.ts';
import { createRandom } from './random.ts';

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  readonly articles: number;
  /** Same seed, same corpus; default `1`. */
  readonly seed?: string;
  readonly out: string;
}

/** What the corpus holds. */
export interface CorpusStats {
  articles: number;
  files: { txt: number; md: number; jsonl: number; cp949: number };
  chars: { median: number; mean: number; min: number; max: number };
  kinds: Record<ArticleKind, number>;
  /** Share of articles that are roundups (several district stories). */
  roundupShare: number;
  districts: number;
  stories: number;
  programNames: number;
  programMentions: number;
  awards: number;
  dates: Record<DateKind, number>;
  withResidue: number;
}

const JSONL_BATCH = 40;

/**
 * Generates a corpus into `out`.
 * @param o See `CorpusOptions`.
 * @returns The statistics of what was written.
 */
export function generateCorpus(o: CorpusOptions): CorpusStats {
  const seed = o.seed ?? '1';
  const r = createRandom(seed);
  const names = createNames(seed);
  const stats: CorpusStats = {
    articles: o.articles, files: { txt: 0, md: 0, jsonl: 0, cp949: 0 }, chars: { median: 0, mean: 0, min: 0, max: 0 },
    kinds: { single: 0, roundup: 0, list: 0, citywide: 0 }, roundupShare: 0, districts: 0, stories: 0,
    programNames: 0, programMentions: 0, awards: 0, dates: { deadline: 0, period: 0, event: 0, past: 0 }, withResidue: 0,
  };
  const lengths: number[] = [];
  const districts = new Set<string>();
  const programs = new Set<string>();
  let batch: string[] = [];
  const flush = () => {
    if (!batch.length) return;
    write(join(o.out, 'jsonl', `batch-${String(stats.files.jsonl).padStart(4, '0')}.jsonl`), `${batch.join('\n')}\n`);
    stats.files.jsonl++;
    batch = [];
  };

  for (let i = 0; i < o.articles; i++) {
    const date: Ymd = { year: r.int(2015, 2025), month: r.int(1, 12), day: r.chance(0.85) ? r.int(1, 28) : null };
    const dateText = `${date.year}-${pad(date.month)}${date.day === null ? '' : `-${pad(date.day)}`}`;
    const a = generateArticle(r, date, dateText, names);
    record(stats, a, lengths, districts, programs);
    const name = `${pad(i, 6)}`;
    const format = r.next();
    if (format < 0.8) {
      const text = ` date ${a.date} ${a.title}\n\n${a.body}\n`;
      const cp949 = r.chance(0.03);
      write(join(o.out, 'txt', String(date.year), `${name}.txt`), cp949 ? iconv.encode(text, 'cp949') : text);
      stats.files.txt++;
      if (cp949) stats.files.cp949++;
    } else if (format < 0.9) {
      const url = r.chance(0.5) ? `url: "https://sample-news.example/${a.date}/${name}"\n` : '';
      const md = `---\ndate: "${a.date}"\ntitle: ${JSON.stringify(a.title)}\noutlet: "${a.outlet}"\nreporter: "${a.reporter}"\n${url}---\n${a.body}\n`;
      write(join(o.out, 'md', String(date.year), `${name}.md`), md);
      stats.files.md++;
    } else {
      batch.push(JSON.stringify({ date: a.date, title: a.title, body: a.body, outlet: a.outlet }));
      if (batch.length === JSONL_BATCH) flush();
    }
  }
  flush();

  lengths.sort((x, y) => x - y);
  const n = lengths.length;
  stats.chars = n
    ? { median: lengths[Math.floor(n / 2)]!, mean: Math.round(lengths.reduce((s, x) => s + x, 0) / n), min: lengths[0]!, max: lengths[n - 1]! }
    : stats.chars;
  stats.roundupShare = n ? stats.kinds.roundup / n : 0;
  stats.districts = districts.size;
  stats.programNames = programs.size;
  return stats;
}

function record(stats: CorpusStats, a: GeneratedArticle, lengths: number[], districts: Set<string>, programs: Set<string>) {
  lengths.push(a.body.length);
  stats.kinds[a.kind]++;
  for (const d of a.districts) districts.add(d);
  stats.stories += a.districts.length;
  for (const p of a.stats.programs) programs.add(p);
  stats.programMentions += a.stats.programs.length;
  stats.awards += a.stats.awards;
  for (const k of a.stats.dates) stats.dates[k]++;
  if (a.residue) stats.withResidue++;
}

function write(path: string, data: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Formats the statistics as a small table. */
export function formatCorpusStats(s: CorpusStats): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows: [string, string][] = [
    ['articles', String(s.articles)],
    ['files', `${s.files.txt} .txt (${s.files.cp949} CP949), ${s.files.md} .md, ${s.files.jsonl} .jsonl`],
    ['body chars', `median ${s.chars.median}, mean ${s.chars.mean}, min ${s.chars.min}, max ${s.chars.max}`],
    ['kinds', `${s.kinds.single} single, ${s.kinds.roundup} roundups (${pct(s.roundupShare)}), ${s.kinds.list} list pages, ${s.kinds.citywide} city-wide notices`],
    ['district stories', `${s.stories} over ${s.districts} districts`],
    ['programs', `${s.programNames} distinct names, ${s.programMentions} mentions`],
    ['awards', String(s.awards)],
    ['dates', `${s.dates.deadline} deadline, ${s.dates.period} period, ${s.dates.event} event, ${s.dates.past} past`],
    ['with web residue', String(s.withResidue)],
  ];
  return rows.map(([k, v]) => `${k.padEnd(18)} ${v}`).join('\n') + '\n';
}

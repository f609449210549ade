/**
 * Times each stage of the pure pipeline over a folder of inputs (file reading is done first and
 * not timed), to show where ingest time goes: decode, parse, segment, extract, validate, serialise.
 * File-system code (it reads the corpus), so it lives outside src/pipeline.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { parseSeedText } from '../../src/pipeline/parse.ts';
import { parseMarkdownArticle } from '../../src/pipeline/formats/md.ts';
import { parseJsonLines } from '../../src/pipeline/formats/jsonl.ts';
import { segmentByDistrict } from '../../src/pipeline/segment.ts';
import { storyParagraphs } from '../../src/pipeline/story-paragraphs.ts';
import { findHead } from '../../src/pipeline/extract/people.ts';
import { extractPrograms } from '../../src/pipeline/extract/programs.ts';
import { extractAwards } from '../../src/pipeline/extract/awards.ts';
import { extractDates } from '../../src/pipeline/extract/dates.ts';
import { ingestSource } from '../../src/pipeline/ingest-source.ts';
import { serialiseArticleFile } from '../../src/pipeline/frontmatter.ts';
import { ArticleSchema } from '../../src/pipeline/schema.ts';
import type { ParsedArticle } from '../../src/pipeline/types.ts';
import { collectInputs } from './walk-fs.ts';

/** Seconds spent per stage, and how many articles went through. */
export interface StageTimes {
  articles: number;
  decode: number;
  parse: number;
  segment: number;
  /** extract/index.ts, by extractor. */
  head: number;
  programs: number;
  awards: number;
  dates: number;
  validate: number;
  serialise: number;
}

/**
 * Runs each stage separately over every input under `root`.
 * @param root A folder of .txt/.md/.jsonl inputs.
 * @returns Seconds per stage.
 */
export function profileStages(root: string): StageTimes {
  const t: StageTimes = { articles: 0, decode: 0, parse: 0, segment: 0, head: 0, programs: 0, awards: 0, dates: 0, validate: 0, serialise: 0 };
  const files = collectInputs([root], root).files.map((f) => ({ source: f.source, bytes: readFileSync(f.path) }));
  const time = <T>(key: keyof Omit<StageTimes, 'articles'>, f: () => T): T => {
    const start = performance.now();
    const value = f();
    t[key] += (performance.now() - start) / 1000;
    return value;
  };
  for (const { source, bytes } of files) {
    const decoded = time('decode', () => decodeBytes(bytes));
    if ('error' in decoded) continue;
    const parsed: ParsedArticle[] = time('parse', () => {
      if (source.endsWith('.jsonl')) return parseJsonLines(decoded.text, source).articles.map((a) => a.article);
      const r = source.endsWith('.md') ? parseMarkdownArticle(decoded.text, source) : parseSeedText(decoded.text, source);
      return r.value ? [r.value] : [];
    });
    for (const article of parsed) {
      t.articles++;
      const segments = time('segment', () => segmentByDistrict(article));
      for (const segment of segments) {
        const paragraphs = storyParagraphs(article, segment);
        time('head', () => findHead(paragraphs, segment.district));
        time('programs', () => extractPrograms(paragraphs, segment.district));
        time('awards', () => extractAwards(paragraphs));
        time('dates', () => extractDates(paragraphs, article.date));
      }
    }
    // Validation and serialisation are timed on the full result, as the ingest makes it.
    const built = ingestSource(source, bytes, { today: '2100-01-01' }).articles;
    for (const b of built) {
      time('validate', () => ArticleSchema.parse(b.article));
      time('serialise', () => serialiseArticleFile(b.article, b.body));
    }
  }
  return t;
}

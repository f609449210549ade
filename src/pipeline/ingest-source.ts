/**
 * The whole pipeline for one input file, pure: bytes in, validated Articles (with the body to write
 * under them) and messages out. decode → parse (by format) → segment → extract → validate.
 * The ingest CLI (scripts/ingest.ts) adds only what needs the file system: walking, duplicates
 * across files, writing, the cache.
 */
import { decodeBytes } from './decode.ts';
import { parseSeedText } from './parse.ts';
import { segmentByDistrict } from './segment.ts';
import { extractStoryFacts } from './extract/index.ts';
import { parseMarkdownArticle } from './formats/md.ts';
import { parseJsonLines } from './formats/jsonl.ts';
import { hashNormalised } from './hash.ts';
import { INPUT_EXTENSIONS } from './formats/extensions.ts';
import { districtByName } from './korean/districts.ts';
import { ArticleSchema, type Article, type IngestMessage, type Story } from './schema.ts';
import type { ParsedArticle } from './types.ts';
import { formatZodIssues } from './zod-issues.ts';
import {
  BinaryFile,
  EmptyFile,
  FutureDate,
  InvalidArticle,
  NoSeoulDistrict,
  Undecodable,
  UnsupportedFile,
  report,
} from './messages.ts';

/** The extensions the ingest reads (kept in formats/extensions.ts, re-exported for callers of this module). */
export { INPUT_EXTENSIONS };

/** One article ready to write: its frontmatter and the original body text. */
export interface IngestedArticle {
  readonly article: Article;
  /** The article text as written (decoded, LF line ends), without header line or frontmatter. */
  readonly body: string;
}

/** Options of `ingestSource`. */
export interface IngestSourceOptions {
  /** `YYYY-MM-DD` against which future article dates are flagged; default: today (UTC). */
  readonly today?: string;
}

/**
 * Runs the pipeline over one input file.
 * @param source Path relative to content/raw (its extension picks the format).
 * @param bytes The file's bytes.
 * @param options See `IngestSourceOptions`.
 * @returns Every article the file holds (a .jsonl holds many) and every problem found.
 */
export function ingestSource(
  source: string,
  bytes: Uint8Array,
  options: IngestSourceOptions = {},
): { articles: IngestedArticle[]; messages: IngestMessage[] } {
  const at = { file: source, line: null };
  const extension = /\.[^./]+$/.exec(source)?.[0].toLowerCase() ?? '';
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(extension)) {
    return { articles: [], messages: [report(UnsupportedFile, at, extension || '(no extension)')] };
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    return { articles: [], messages: [report(decoded.error === 'binary' ? BinaryFile : Undecodable, at)] };
  }
  if (!decoded.text.trim()) return { articles: [], messages: [report(EmptyFile, at)] };

  const parsed = parseByFormat(extension, decoded.text, source);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const articles: IngestedArticle[] = [];
  const messages = [...parsed.messages];
  for (const { source: articleSource, line, article } of parsed.articles) {
    // A .jsonl article keeps the problems of its own line; any other file is one article.
    const own = line === null ? parsed.messages : parsed.messages.filter((m) => m.line === line);
    const where = { file: source, line: line ?? 1 };
    const built = buildArticle(article, articleSource, where, decoded.encoding, today, own);
    messages.push(...built.added);
    if (built.article) articles.push({ article: built.article, body: article.body });
  }
  return { articles, messages };
}

function parseByFormat(
  extension: string,
  text: string,
  source: string,
): { articles: { source: string; line: number | null; article: ParsedArticle }[]; messages: IngestMessage[] } {
  if (extension === '.jsonl') return parseJsonLines(text, source);
  const result = extension === '.md' ? parseMarkdownArticle(text, source) : parseSeedText(text, source);
  const articles = result.value ? [{ source, line: null, article: result.value }] : [];
  return { articles, messages: [...result.messages] };
}

function buildArticle(
  parsed: ParsedArticle,
  source: string,
  at: { file: string; line: number },
  encoding: string,
  today: string,
  earlier: readonly IngestMessage[],
): { article: Article | null; added: IngestMessage[] } {
  const added: IngestMessage[] = [];
  if (parsed.date > today.slice(0, parsed.date.length)) added.push(report(FutureDate, at, parsed.date, today));

  const id = hashNormalised(parsed.body);
  const stories = segmentByDistrict(parsed).map((segment): Story => {
    const facts = extractStoryFacts(parsed, segment);
    const anchor = districtByName(segment.district)?.slug ?? 'district';
    return {
      id: `${id}-${anchor}`,
      anchor,
      district: segment.district,
      head: facts.head,
      headEvidence: facts.headEvidence,
      programs: [...facts.programs],
      awards: [...facts.awards],
      dates: [...facts.dates],
      paragraphs: [...segment.paragraphs],
      // Rounded so the frontmatter stays short and byte-stable across platforms.
      confidence: Math.round(segment.confidence * 1000) / 1000,
    };
  });
  if (stories.length === 0) added.push(report(NoSeoulDistrict, at));

  const candidate = {
    id,
    slug: `${parsed.date}-${stories[0]?.anchor ?? 'seoul'}-${id.slice(0, 10)}`,
    date: parsed.date,
    title: parsed.title,
    outlet: parsed.outlet,
    reporter: parsed.reporter,
    sourceUrl: parsed.sourceUrl,
    source,
    encoding,
    reviewed: false,
    residue: [...parsed.residue].sort((a, b) => a - b),
    stories,
    warnings: [...earlier, ...added],
  };
  const checked = ArticleSchema.safeParse(candidate);
  if (!checked.success) {
    added.push(report(InvalidArticle, at, formatZodIssues(checked.error)));
    return { article: null, added };
  }
  return { article: checked.data, added };
}

/**
 * What the ingest writes for one input file, pure: every article's file text with its output path,
 * hash and counts, and the file's messages. This is the unit of work the ingest hands to a worker
 * thread, so it returns plain strings and numbers only (cheap to pass between threads) and lives
 * in src/pipeline so that a change to it changes the pipeline hash and starts a fresh cache.
 */
import { serialiseArticleFile } from './frontmatter-write.ts';
import { hashString } from './hash.ts';
import { ingestSource } from './ingest-source.ts';
import type { IngestMessage } from './schema.ts';

/** What one article became, as the ingest's cache remembers it. */
export interface ArticleRecord {
  readonly id: string;
  readonly source: string;
  /** Output path relative to the output folder, POSIX: `<yyyy>/<slug>.md`. */
  readonly path: string;
  /** Hash of the file text the ingest writes for it. */
  readonly hash: string;
  readonly stories: number;
  readonly programs: number;
  readonly awards: number;
}

/** An article's record with the file text to write. */
export interface ArticleOutput extends ArticleRecord {
  /** The whole file: frontmatter and body. */
  readonly text: string;
  /** Where the body starts in `text` (the body ends with a newline there). */
  readonly bodyStart: number;
}

/** What one input file became. */
export interface SourceOutput {
  readonly articles: ArticleOutput[];
  readonly messages: IngestMessage[];
}

/**
 * Runs the pipeline over one input file and serialises every article it holds.
 * @param source Path relative to content/raw (its extension picks the format).
 * @param bytes The file's bytes.
 * @param today `YYYY-MM-DD` against which future article dates are flagged.
 * @returns The articles with their file texts, and every problem found.
 */
export function buildSourceOutput(source: string, bytes: Uint8Array, today: string): SourceOutput {
  const result = ingestSource(source, bytes, { today });
  const articles = result.articles.map(({ article, body }): ArticleOutput => {
    const text = serialiseArticleFile(article, body);
    let programs = 0;
    let awards = 0;
    for (const story of article.stories) {
      programs += story.programs.length;
      awards += story.awards.length;
    }
    return {
      id: article.id,
      source: article.source,
      path: `${article.date.slice(0, 4)}/${article.slug}.md`,
      hash: hashString(text),
      stories: article.stories.length,
      programs,
      awards,
      text,
      // serialiseArticleFile adds a newline to a body without one: the body is the file's tail.
      bodyStart: text.length - (body.endsWith('\n') ? body.length : body.length + 1),
    };
  });
  return { articles, messages: result.messages };
}

/**
 * One input file built from its path: the unit of work of the ingest's worker threads (and of the
 * main thread when it builds alone). It reads and hashes the file, runs the pure pipeline
 * (src/pipeline/ingest-output.ts), and writes each article that has no file yet to a temp file
 * beside its target, so the article's text never travels between threads and the main thread,
 * which decides in input order what goes where, only renames it into place (atomic-fs.ts).
 * File-system code, so it lives in scripts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashBytes } from '../../src/pipeline/hash.ts';
import { buildSourceOutput, type ArticleRecord } from '../../src/pipeline/ingest-output.ts';
import type { IngestMessage } from '../../src/pipeline/schema.ts';
import { writeTemp, type TempFile } from './atomic-fs.ts';

/** One input file to build. */
export interface BuildJob {
  /** Path relative to content/raw. */
  readonly source: string;
  /** Where the file is. */
  readonly path: string;
}

/** What every job of one ingest shares; plain data, so it can be handed to a worker thread. */
export interface BuildContext {
  /** `YYYY-MM-DD` for the future-date check, the same for every file and thread. */
  readonly today: string;
  /** The absolute output folder. */
  readonly outDir: string;
  /**
   * Output paths (relative to `outDir`) that hold a file already, and sources whose article a person
   * reviewed: an article at one of these paths or from one of these sources is not written ahead,
   * because the main thread must first compare it with what is there.
   */
  readonly occupied: readonly string[];
  readonly reviewedSources: readonly string[];
}

/** An article as built: written ahead to a temp file, or (when it may not be) with its text. */
export type BuiltArticle = ArticleRecord &
  ({ readonly written: TempFile } | { readonly text: string; readonly bodyStart: number });

/** What one job gave: the file could not be read, or its hash, messages and articles. */
export type BuildResult =
  | { readonly unreadable: string }
  | { readonly bytesHash: string; readonly messages: IngestMessage[]; readonly articles: BuiltArticle[] };

/** Runs jobs against one context; made once per thread (it keeps the context's sets). */
export type Builder = (job: BuildJob) => BuildResult;

/**
 * Makes a builder for the given context.
 * @param context See `BuildContext`.
 * @returns A function that builds one job.
 */
export function createBuilder(context: BuildContext): Builder {
  const occupied = new Set(context.occupied);
  const reviewed = new Set(context.reviewedSources);
  return (job) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(job.path);
    } catch (e) {
      return { unreadable: String((e as Error).message) };
    }
    const built = buildSourceOutput(job.source, bytes, context.today);
    const articles = built.articles.map(({ text, bodyStart, ...record }): BuiltArticle => {
      if (occupied.has(record.path) || reviewed.has(record.source)) return { ...record, text, bodyStart };
      return { ...record, written: writeTemp(join(context.outDir, record.path), text) };
    });
    return { bytesHash: hashBytes(bytes), messages: built.messages, articles };
  };
}

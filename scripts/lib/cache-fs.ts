/**
 * The ingest's content-hash cache (file-system code, so it lives outside src/pipeline). It
 * remembers, per input file, the hash of its bytes and what the pipeline made of it, and, per
 * output file, its size and mtime when the ingest last wrote or read it. An unchanged corpus is
 * then re-ingested by hashing bytes and comparing stats, without parsing a single article.
 * Any change to the pipeline's code or its text libraries starts a fresh cache.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString } from '../../src/pipeline/hash.ts';
import type { ArticleRecord } from '../../src/pipeline/ingest-output.ts';
import type { IngestMessage } from '../../src/pipeline/schema.ts';
import { writeFileAtomic } from './atomic-fs.ts';

/** What one article of an input became (the record, without its file text). */
export type CachedArticle = ArticleRecord;

/** What one input file became. */
export interface CachedSource {
  /** Hash of the input's bytes. */
  readonly bytes: string;
  readonly articles: readonly CachedArticle[];
  readonly messages: readonly IngestMessage[];
}

/** An output file as last seen. */
export interface CachedOutput {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  readonly source: string;
  readonly reviewed: boolean;
}

/** The whole cache file. */
export interface IngestCache {
  readonly format: 1;
  /** Hash of the pipeline's code: a different pipeline makes different articles. */
  readonly pipeline: string;
  readonly outDir: string;
  readonly sources: Record<string, CachedSource>;
  readonly outputs: Record<string, CachedOutput>;
}

/** A cache with nothing in it. */
export function emptyCache(pipeline: string, outDir: string): IngestCache {
  return { format: 1, pipeline, outDir, sources: {}, outputs: {} };
}

/**
 * Reads the cache file; an absent, unreadable or outdated file gives an empty cache.
 * @param file The cache file.
 * @param pipeline The current pipeline hash (`pipelineVersion()`).
 * @param outDir The absolute output folder the cache must be about.
 */
export function loadCache(file: string, pipeline: string, outDir: string): IngestCache {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as IngestCache;
    if (cache.format === 1 && cache.pipeline === pipeline && cache.outDir === outDir) return cache;
  } catch {
    // No cache yet, or a damaged one: start over.
  }
  return emptyCache(pipeline, outDir);
}

/** Writes the cache file atomically. */
export function saveCache(file: string, cache: IngestCache): void {
  writeFileAtomic(file, JSON.stringify(cache));
}

const SRC_PIPELINE = fileURLToPath(new URL('../../src/pipeline/', import.meta.url));
const PACKAGES = ['iconv-lite', 'gray-matter', 'zod'];

let memo: string | null = null;

/**
 * The pipeline's identity: a hash of every file under src/pipeline and of the versions of the
 * libraries that shape its output. Taken once per process: the code that runs is the code that
 * was loaded, even if someone edits the files while the process runs.
 * @returns 16 hex digits.
 */
export function pipelineVersion(): string {
  memo ??= computePipelineVersion();
  return memo;
}

function computePipelineVersion(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) parts.push(path.slice(SRC_PIPELINE.length), readFileSync(path, 'utf8'));
    }
  };
  walk(SRC_PIPELINE);
  for (const name of PACKAGES) {
    try {
      const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
      parts.push(name, (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version);
    } catch {
      parts.push(name, 'unknown');
    }
  }
  return hashString(parts.join('\u0000'));
}

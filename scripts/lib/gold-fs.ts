/**
 * Reads a seeds folder (the `.txt` articles and gold.json) from disk: file access kept apart from
 * the pure scoring in gold-score.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractForScoring, type ArticleLabel, type GoldFile } from './gold-score.ts';

/** A seeds folder read and run through the pipeline. */
export interface SeedRun {
  readonly gold: readonly ArticleLabel[];
  readonly got: ReadonlyMap<string, ArticleLabel | null>;
}

/**
 * Reads `dir/gold.json` and runs the pipeline on every article it lists.
 * @param dir The seeds folder.
 * @returns The labels and the extractions, or null when the folder or gold.json is absent.
 */
export function runSeeds(dir: string): SeedRun | null {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile).articles;
  const got = new Map<string, ArticleLabel | null>();
  for (const a of gold) {
    const path = join(dir, a.file);
    got.set(a.file, existsSync(path) ? extractForScoring(readFileSync(path, 'utf8'), a.file) : null);
  }
  return { gold, got };
}

/**
 * Sample articles: the project ships invented articles under `content/raw/samples/` so a fresh clone
 * builds a site. A site built from them must say so; one rule, by source folder, decides it, so the
 * notice disappears by itself once a user deletes that folder and adds real articles.
 */
import type { Article } from '../pipeline/schema.ts';

/** Sources under this folder of content/raw are the project's own sample articles. */
export const SAMPLE_FOLDER = 'samples/';

/**
 * Whether an article is one of the project's samples (its source lies in `content/raw/samples/`).
 * @param article A validated article.
 * @returns true for a sample.
 */
export function isSample(article: Pick<Article, 'source'>): boolean {
  return article.source.startsWith(SAMPLE_FOLDER);
}

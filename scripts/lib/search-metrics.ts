/**
 * Retrieval metrics for the search benchmark, with graded relevance (2 = the page the query names,
 * 1 = a page that mentions it; see search-bench-judge.ts): recall@k and nDCG@k.
 */

/** Relevance judgements of one query: page id → grade (≥ 1). Pages not listed have grade 0. */
export type Judgements = ReadonlyMap<string, number>;

/**
 * Recall at k: the share of the relevant pages found in the top k, out of at most k (a query with
 * 14 relevant pages is fully answered by 10 of them in the top 10: the bar is about the first
 * screen, which cannot hold more).
 * @param ranked Result ids in rank order (duplicates count once).
 * @param relevant The judgements.
 * @param k Cut-off. Default 10.
 * @returns 0..1; 1 when nothing is relevant.
 */
export function recallAt(ranked: readonly string[], relevant: Judgements, k = 10): number {
  if (relevant.size === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  const found = [...relevant.keys()].filter((id) => top.has(id)).length;
  return found / Math.min(k, relevant.size);
}

/**
 * Normalised discounted cumulative gain at k with graded gains (gain = grade, discount
 * 1/log2(rank + 1)), each id gaining once, over the ideal ordering of the judged pages.
 * @param ranked Result ids in rank order.
 * @param relevant The judgements.
 * @param k Cut-off. Default 10.
 * @returns 0..1; 1 when nothing is relevant.
 */
export function ndcgAt(ranked: readonly string[], relevant: Judgements, k = 10): number {
  if (relevant.size === 0) return 1;
  const seen = new Set<string>();
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    // A page listed twice takes two places but gains once.
    if (!seen.has(id)) dcg += (relevant.get(id) ?? 0) / Math.log2(i + 2);
    seen.add(id);
  });
  const ideal = [...relevant.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
  return dcg / ideal;
}

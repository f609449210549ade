/**
 * Retrieval metrics for the search benchmark, with binary relevance: recall@k (the share of the
 * expected pages found in the top k) and nDCG@k (rank-discounted gain over the ideal ranking).
 */

/**
 * Recall at k.
 * @param ranked Result ids in rank order.
 * @param relevant The ids that should be found.
 * @param k Cut-off. Default 10.
 * @returns 0..1; 1 when there is nothing to find.
 */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number {
  if (relevant.size === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return [...relevant].filter((id) => top.has(id)).length / relevant.size;
}

/**
 * Normalised discounted cumulative gain at k, binary gains, each relevant id counted once.
 * @param ranked Result ids in rank order.
 * @param relevant The relevant ids.
 * @param k Cut-off. Default 10.
 * @returns 0..1; 1 when there is nothing to find.
 */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number {
  if (relevant.size === 0) return 1;
  const seen = new Set<string>();
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id) && !seen.has(id)) {
      seen.add(id);
      dcg += 1 / Math.log2(i + 2);
    }
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

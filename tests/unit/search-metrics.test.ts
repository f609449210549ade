import { describe, expect, test } from 'vitest';
import { ndcgAt, recallAt } from '../../scripts/lib/search-metrics.ts';

// Graded judgements: 2 for the page the query names, 1 for pages that mention it.
const judged = new Map([
  ['/programs/x/', 2],
  ['a', 1],
  ['b', 1],
]);

describe('recall@k over graded judgements', () => {
  test.each([
    { ranked: ['/programs/x/', 'a', 'b'], k: 10, expected: 1 },
    { ranked: ['a', 'b', 'z'], k: 10, expected: 2 / 3 },
    { ranked: ['z', 'a', 'b', '/programs/x/'], k: 3, expected: 2 / 3 },
    { ranked: [], k: 10, expected: 0 },
  ])('$ranked at $k → $expected', ({ ranked, k, expected }) => {
    expect(recallAt(ranked, judged, k)).toBeCloseTo(expected, 6);
  });

  test('more relevant pages than places: out of k, so the full first screen scores 1', () => {
    const many = new Map(Array.from({ length: 4 }, (_, i) => [`p${i}`, 1] as const));
    expect(recallAt(['p0', 'p1'], many, 2)).toBe(1);
    expect(recallAt(['p0', 'z'], many, 2)).toBe(0.5);
  });

  test('nothing to find counts as found', () => {
    expect(recallAt(['z'], new Map())).toBe(1);
  });
});

describe('nDCG@k with graded gains', () => {
  // Ideal: 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093.
  const ideal = 2 + 1 / Math.log2(3) + 0.5;
  test.each([
    { name: 'the ideal order', ranked: ['/programs/x/', 'a', 'b'], expected: 1 },
    // 1 + 2/log2(3) + 1/log2(4) = 1 + 1.26186 + 0.5 = 2.76186.
    { name: 'the named page second', ranked: ['a', '/programs/x/', 'b'], expected: (1 + 2 / Math.log2(3) + 0.5) / ideal },
    // The baseline's case: articles only, the initiative page missing: 1 + 1/log2(3) = 1.63093.
    { name: 'the named page missing', ranked: ['a', 'b'], expected: (1 + 1 / Math.log2(3)) / ideal },
    // A repeated page takes its place but gains once: 2 + 0 + 1/log2(4) = 2.5.
    { name: 'a repeated page', ranked: ['/programs/x/', '/programs/x/', 'a'], expected: 2.5 / ideal },
  ])('$name', ({ ranked, expected }) => {
    expect(ndcgAt(ranked, judged)).toBeCloseTo(expected, 6);
  });

  test('unjudged results count as zero gain', () => {
    expect(ndcgAt(['z', 'y'], judged)).toBe(0);
  });
});

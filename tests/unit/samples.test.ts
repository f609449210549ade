import { describe, expect, test } from 'vitest';
import { isSample } from '../../src/archive/samples.ts';

describe('isSample', () => {
  test.each([
    ['samples/2023/2023-03-roundup-innovation.txt', true],
    ['samples/feeds/2025-spring-sample-feed.jsonl#L2', true],
    ['2023/seocho.txt', false],
    ['samples-old/seocho.txt', false],
    ['news/samples/seocho.txt', false],
  ])('%s → %s', (source, expected) => {
    expect(isSample({ source })).toBe(expected);
  });
});

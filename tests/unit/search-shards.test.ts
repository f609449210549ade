import { describe, expect, test } from 'vitest';
import { planShards, shardFolder } from '../../src/search/shards.ts';

const page = (path: string, date: string) => ({ path, date });

describe('planShards', () => {
  test('cuts pages newest first into shards of at most the given size, undated pages last', () => {
    const pages = [
      page('districts/gangnam-gu/index.html', ''),
      page('articles/b/index.html', '2023-03-14'),
      page('articles/a/index.html', '2024-01'),
      page('programs/x/index.html', '2023-03-14'),
      page('articles/c/index.html', '2022-12-01'),
    ];
    expect(planShards(pages, 2).map((shard) => shard.map((p) => p.path))).toEqual([
      ['articles/a/index.html', 'articles/b/index.html'],
      ['programs/x/index.html', 'articles/c/index.html'],
      ['districts/gangnam-gu/index.html'],
    ]);
  });

  test('makes the shards as even as it can: 13,177 pages in shards of 4,000 are 3,295 + 3 × 3,294', () => {
    const pages = Array.from({ length: 13_177 }, (_, i) => page(`p/${i}`, ''));
    expect(planShards(pages, 4000).map((shard) => shard.length)).toEqual([3295, 3294, 3294, 3294]);
  });

  test('gives the same shards whatever order the pages come in', () => {
    const pages = Array.from({ length: 9 }, (_, i) => page(`articles/${i}/index.html`, `2024-0${(i % 3) + 1}`));
    expect(planShards([...pages].reverse(), 4)).toEqual(planShards(pages, 4));
  });

  test.each([
    [0, 1],
    [1, 1],
    [4000, 1],
    [4001, 2],
    [13177, 4],
  ])('%i pages in shards of 4000 make %i shard(s)', (count, shards) => {
    const pages = Array.from({ length: count }, (_, i) => page(`p/${i}`, ''));
    expect(planShards(pages, 4000)).toHaveLength(shards);
  });
});

test('shard n lives in shard-n/ of the first bundle', () => {
  expect(shardFolder(3)).toBe('shard-3/');
});

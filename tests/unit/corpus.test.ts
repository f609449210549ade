import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusStats } from '../../scripts/lib/corpus/corpus-fs.ts';
import { createNames, generateArticle } from '../../scripts/lib/corpus/article.ts';
import { josa } from '../../scripts/lib/corpus/korean.ts';
import { createRandom } from '../../scripts/lib/corpus/random.ts';
import { hashBytes } from '../../src/pipeline/hash.ts';
import { ingestSource } from '../../src/pipeline/ingest-source.ts';

let dir: string;
let stats: CorpusStats;
const listing = (root: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p.slice(root.length)] = hashBytes(readFileSync(p));
    }
  };
  walk(root);
  return out;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  stats = generateCorpus({ articles: 400, seed: 'test', out: join(dir, 'a') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateCorpus', () => {
  test('writes the same files for the same seed and different ones for another seed', () => {
    generateCorpus({ articles: 400, seed: 'test', out: join(dir, 'b') });
    generateCorpus({ articles: 400, seed: 'other', out: join(dir, 'c') });
    expect(listing(join(dir, 'b'))).toEqual(listing(join(dir, 'a')));
    expect(listing(join(dir, 'c'))).not.toEqual(listing(join(dir, 'a')));
  });

  test('meets the corpus bars: long articles, ≥ 30% roundups, all 25 districts, awards, every date kind', () => {
    expect(stats.chars.median).toBeGreaterThanOrEqual(2000);
    expect(stats.roundupShare).toBeGreaterThanOrEqual(0.3);
    expect(stats.districts).toBe(25);
    expect(stats.awards).toBeGreaterThan(0);
    expect(Object.values(stats.dates).every((n) => n > 0)).toBe(true);
    expect(stats.programNames).toBeGreaterThan(1000);
    expect(stats.files.txt + stats.files.md + stats.files.jsonl).toBe(Object.keys(listing(join(dir, 'a'))).length);
    expect(stats.files.cp949).toBeGreaterThan(0);
    expect(stats.files.md).toBeGreaterThan(0);
    expect(stats.files.jsonl).toBeGreaterThan(0);
  });
});

describe('generated articles go through the real pipeline', () => {
  test('the pipeline finds the stories of the districts each article is about', () => {
    const r = createRandom('pipeline');
    const names = createNames('pipeline');
    let exact = 0;
    const n = 200;
    for (let i = 0; i < n; i++) {
      const a = generateArticle(r, { year: 2023, month: 5, day: 10 }, '2023-05-10', names);
      const text = ` date ${a.date} ${a.title}\n\n${a.body}\n`;
      const found = ingestSource(`${i}.txt`, new TextEncoder().encode(text), { today: '2100-01-01' }).articles[0]?.article;
      const districts = (found?.stories.map((s) => s.district) ?? []).sort();
      if (JSON.stringify(districts) === JSON.stringify([...a.districts].sort())) exact++;
    }
    // Exact district sets for nearly every article; a miss here means the generator writes
    // sentences the segmenter cannot read, or the segmenter regressed.
    expect(exact / n).toBeGreaterThanOrEqual(0.9);
  });
});

describe('josa', () => {
  test.each([
    ['센터', '을', '를', '센터를'],
    ['사업', '을', '를', '사업을'],
    ['서초구(구청장 한가온)', '이', '가', '서초구(구청장 한가온)가'],
    ['관악청년청(가칭)', '은', '는', '관악청년청(가칭)은'],
    ['‘스마트 센터’', '을', '를', '‘스마트 센터’를'],
    ['축제', '은', '는', '축제는'],
    ['일자리정책과', '으로', '로', '일자리정책과로'],
    ['도시재생팀', '으로', '로', '도시재생팀으로'],
    ['교실', '으로', '로', '교실로'],
  ])('%s + %s/%s → %s', (word, a, b, expected) => {
    expect(josa(word, a, b)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { runSeeds } from '../../scripts/lib/gold-fs.ts';
import { formatScore, scoreAgainstGold } from '../../scripts/lib/gold-score.ts';

// A second, harder set written for this project (tests/fixtures/eval): other outlets and years,
// list pages, scraped residue, city-wide notices, same-named districts elsewhere, acting heads,
// letter grades and streaks in sentences of their own. Same scorer, same bar as the seeds.
const EVAL = resolve(import.meta.dirname, '../fixtures/eval');

describe('acceptance: the pipeline on tests/fixtures/eval meets issue 2’s bar against its gold.json', () => {
  const run = runSeeds(EVAL);

  test('the evaluation set is present and labels at least 16 articles', () => {
    expect(run?.gold.length ?? 0).toBeGreaterThanOrEqual(16);
  });

  test('every story, program, award, date, head and article field', () => {
    const score = scoreAgainstGold(run!.gold, run!.got);
    expect(score.pass, formatScore(score)).toBe(true);
  });

  test('a city-wide notice and a story about 부산 중구 or 인천 서구 start no Seoul story', () => {
    const districts = (file: string) => run!.got.get(file)?.stories.map((s) => s.district);
    expect(districts('09-hankyung-2017-citywide.txt')).toEqual([]);
    expect(districts('10-naewoe-2021.txt')).toEqual(['중구']);
    expect(districts('12-siminilbo-2019.txt')).toEqual(['강서구']);
  });
});

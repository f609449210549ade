import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { runSeeds } from '../../scripts/lib/gold-fs.ts';
import { formatScore, scoreAgainstGold, type Score } from '../../scripts/lib/gold-score.ts';

// A fourth set (tests/fixtures/eval3), written and labelled by a helper who read no extraction code:
// 14 articles in the styles of 연합뉴스, 뉴시스, 서울신문, 헤럴드경제, 머니투데이 (a list page),
// 파이낸셜뉴스, 뉴스1, 경향신문, 동아일보, 이데일리, a 서울시 notice, 시민일보, 아주경제 (a scraped page)
// and 노컷뉴스, 2012–2026. Before the fixes it scored stories 29/30, programs 51/63 (11 extra),
// awards 4/8, dates 55/59, heads 29/30, article fields 41/42; it now meets the seeds' bar.
const EVAL3 = resolve(import.meta.dirname, '../fixtures/eval3');

describe('acceptance: the pipeline on tests/fixtures/eval3 (written blind) against its gold.json', () => {
  const run = runSeeds(EVAL3);
  const score = (): Score => scoreAgainstGold(run!.gold, run!.got);

  test('the evaluation set is present and labels 14 articles', () => {
    expect(run?.gold.length).toBe(14);
  });

  test('every story and no other, every award, date, head and article field', () => {
    const { totals: t } = score();
    const report = formatScore(score());
    expect([t.storiesFound, t.storiesExpected, t.storiesExtra], report).toEqual([30, 30, 0]);
    expect([t.awardsRight, t.awardsExpected], report).toEqual([8, 8]);
    expect([t.datesRight, t.datesExpected], report).toEqual([59, 59]);
    expect([t.headsRight, t.headsExpected], report).toEqual([30, 30]);
    expect([t.articleFieldsRight, t.articleFieldsExpected], report).toEqual([42, 42]);
  });

  test('every program, at most one extra per story: the bar is met', () => {
    const s = score();
    const report = formatScore(s);
    expect([s.totals.programsFound, s.totals.programsExpected], report).toEqual([63, 63]);
    expect(s.totals.programsExtra, report).toBeLessThanOrEqual(1);
    expect(s.pass, report).toBe(true);
  });

  test('a city-wide notice starts no story; a district named last in a headline list starts its own', () => {
    const districts = (file: string) => run!.got.get(file)?.stories.map((s) => s.district);
    expect(districts('11-seoulcity-2023-citywide.txt')).toEqual([]);
    expect(districts('14-nocut-2026-roundup.txt')).toEqual(['중랑구', '서대문구', '동대문구']);
  });
});

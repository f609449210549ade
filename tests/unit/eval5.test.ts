import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { runSeeds } from '../../scripts/lib/gold-fs.ts';
import { formatScore, scoreAgainstGold, type Score } from '../../scripts/lib/gold-score.ts';

// A sixth set (tests/fixtures/eval5), written and labelled by a helper who read no extraction code:
// 16 articles (메트로, 일요신문, 조선비즈, a 서울파이낸스 list page, 이코노믹리뷰, a 동대문구 press release,
// 여성신문, 더팩트, a 스카이데일리 scraped page, 한국NGO신문, 위클리오늘 with a joint project, 주간조선, a
// 글로벌이코노믹 city-wide notice, a 서초구 blog post, a blog repost, 뉴스프리존; 2010–2026), with the weight
// on program names. Before the fixes it scored stories 40/41, programs 103/113 (25 extra), awards 9/10,
// dates 93/103, heads 39/41, article fields 40/48; it now meets the seeds' bar.
const EVAL5 = resolve(import.meta.dirname, '../fixtures/eval5');

describe('acceptance: the pipeline on tests/fixtures/eval5 (written blind) against its gold.json', () => {
  const run = runSeeds(EVAL5);
  const score = (): Score => scoreAgainstGold(run!.gold, run!.got);

  test('the evaluation set is present and labels 16 articles', () => {
    expect(run?.gold.length).toBe(16);
  });

  test('every story and no other, every award, date, head and article field', () => {
    const { totals: t } = score();
    const report = formatScore(score());
    expect([t.storiesFound, t.storiesExpected, t.storiesExtra], report).toEqual([41, 41, 0]);
    expect([t.awardsRight, t.awardsExpected], report).toEqual([10, 10]);
    expect([t.datesRight, t.datesExpected], report).toEqual([103, 103]);
    expect([t.headsRight, t.headsExpected], report).toEqual([41, 41]);
    expect([t.articleFieldsRight, t.articleFieldsExpected], report).toEqual([48, 48]);
  });

  test('every program, at most one extra per story and two in all: the bar is met', () => {
    const s = score();
    const report = formatScore(s);
    expect([s.totals.programsFound, s.totals.programsExpected], report).toEqual([113, 113]);
    expect(s.totals.programsExtra, report).toBeLessThanOrEqual(2);
    expect(s.pass, report).toBe(true);
  });

  test('a city-wide notice starts no story; two districts of a joint project each get theirs', () => {
    const districts = (file: string) => run!.got.get(file)?.stories.map((s) => s.district);
    expect(districts('13-genews-2022-citywide.txt')).toEqual([]);
    expect(districts('11-weeklytoday-2020-joint.txt')).toEqual(['성북구', '서대문구', '은평구', '광진구', '송파구']);
  });
});

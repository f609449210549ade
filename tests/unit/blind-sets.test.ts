import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { runSeeds } from '../../scripts/lib/gold-fs.ts';
import { formatScore, scoreAgainstGold } from '../../scripts/lib/gold-score.ts';

/**
 * Acceptance on the blind evaluation sets: each written and labelled by someone who had read neither
 * the extraction code nor the other sets (tests/fixtures/eval2 … eval24; README → Tests has the
 * outlets, years and the "before" figures). Each row is the set's figure now, checked against its
 * gold.json by hand-labelled values; `bar` says whether it meets issue 2's bar (eval6 to eval13, eval15 and eval17 to eval24
 * do not yet: their rows are floors that a change may not go below).
 */
interface BlindSet {
  readonly folder: string;
  readonly articles: number;
  readonly stories: number;
  /** Stories found, at least, where not all are yet (the floor); all of them when absent. */
  readonly storiesFound?: number;
  /** Stories found that the labels do not have (comparison districts written as subjects); 0 when absent. */
  readonly storiesExtra?: number;
  /** Heads right, of all. */
  readonly heads: readonly [right: number, of: number];
  /** Article dates, outlets and reporters right, of all (eval8's one press release outlet is disputed). */
  readonly articleFields: readonly [right: number, of: number];
  readonly awards: readonly [right: number, of: number];
  readonly dates: readonly [right: number, of: number];
  readonly programs: readonly [found: number, of: number];
  /** Most extra programs in all (the bar allows one per story). */
  readonly maxExtra: number;
  readonly bar: boolean;
  /** Files whose stories are checked district by district. */
  readonly districts: Readonly<Record<string, readonly string[]>>;
}

const SETS: readonly BlindSet[] = [
  {
    folder: 'eval2', articles: 12, stories: 24, heads: [24, 24], articleFields: [36, 36], awards: [5, 5], dates: [55, 55], programs: [42, 42], maxExtra: 3, bar: true,
    districts: {
      // A city-wide notice, a [강북구] label, a short 강동, heading.
      '11-wikitree-2025-citywide.txt': [],
      '07-hani-2020-roundup.txt': ['도봉구', '강북구', '성북구', '노원구'],
      '10-newsway-2024-roundup.txt': ['강동구', '마포구', '중구'],
    },
  },
  {
    folder: 'eval3', articles: 14, stories: 30, heads: [30, 30], articleFields: [42, 42], awards: [8, 8], dates: [59, 59], programs: [63, 63], maxExtra: 1, bar: true,
    districts: {
      '11-seoulcity-2023-citywide.txt': [],
      // The last district of a headline list (…중랑·서대문·동대문) starts its own story.
      '14-nocut-2026-roundup.txt': ['중랑구', '서대문구', '동대문구'],
    },
  },
  {
    folder: 'eval4', articles: 14, stories: 33, heads: [33, 33], articleFields: [42, 42], awards: [8, 8], dates: [63, 63], programs: [53, 53], maxExtra: 2, bar: true,
    districts: {
      // A city-wide table and an article about 경기도 start none; a district newsletter is its district's.
      '10-ekn-2021-citywide.txt': [],
      '06-hankyung-2016-gyeonggi.txt': [],
      '11-nowon-2023-newsletter.txt': ['노원구'],
    },
  },
  {
    folder: 'eval5', articles: 16, stories: 41, heads: [41, 41], articleFields: [48, 48], awards: [10, 10], dates: [103, 103], programs: [113, 113], maxExtra: 2, bar: true,
    districts: {
      '13-genews-2022-citywide.txt': [],
      // Two districts of a joint project each get the story.
      '11-weeklytoday-2020-joint.txt': ['성북구', '서대문구', '은평구', '광진구', '송파구'],
    },
  },
  {
    folder: 'eval6', articles: 16, stories: 47, heads: [47, 47], articleFields: [48, 48], awards: [15, 15], dates: [86, 86], programs: [102, 105], maxExtra: 10, bar: false,
    districts: {
      // A city-wide schedule; a partner district and neighbours start no story.
      '16-yonhap-2026-citywide.txt': [],
      '06-news1-2019-partner.txt': ['송파구'],
    },
  },
  {
    folder: 'eval7', articles: 16, stories: 45, heads: [45, 45], articleFields: [48, 48], awards: [11, 11], dates: [72, 72], programs: [70, 72], maxExtra: 3, bar: false,
    districts: {
      // A headline listing topics (…강남 …·노원 …·양천 …·송파 …) names a roundup of its districts.
      '009_b5b0baf8c41a2cb0.txt': ['강남구', '노원구', '양천구', '송파구'],
      // A quoted headline (로이터 “서울 송파구, …”); 강남구's passage goes on as 구는 ….
      '011_155d4b566a3aa709.txt': ['송파구', '강남구'],
    },
  },
  {
    folder: 'eval8', articles: 16, stories: 33, heads: [33, 33], articleFields: [47, 48], awards: [6, 7], dates: [63, 63], programs: [54, 55], maxExtra: 4, bar: false,
    districts: {
      // Districts listed with one 구 in the headline (종로·중·용산구, …), 중구 included.
      '006_df2d93bb47788a1f.txt': ['종로구', '중구', '용산구'],
      // An article about 고양시 that cites 강남구 (시는 서울 강남구가 도입한 …): no story.
      '014_808ae51581fdab6b.txt': [],
    },
  },
  {
    folder: 'eval9', articles: 16, stories: 49, heads: [49, 49], articleFields: [48, 48], awards: [14, 14], dates: [57, 57], programs: [66, 68], maxExtra: 8, bar: false,
    districts: {
      // A city notice naming districts as places only; a roundup of six.
      '014_288c58310ce92c6d.txt': [],
      '007_30f436db7f8692ed.txt': ['송파구', '강서구', '노원구', '금천구', '중랑구', '성동구'],
    },
  },
  {
    folder: 'eval10', articles: 14, stories: 41, heads: [40, 41], articleFields: [41, 42], awards: [11, 11], dates: [64, 64], programs: [44, 49], maxExtra: 2, bar: false,
    districts: {
      // Two districts holding one festival together both get the story.
      '004_1e7c9af14f18daeb.txt': ['성동구', '광진구', '서대문구'],
    },
  },
  {
    folder: 'eval11', articles: 12, stories: 32, heads: [32, 32], articleFields: [36, 36], awards: [6, 6], dates: [51, 51], programs: [73, 74], maxExtra: 7, bar: false,
    districts: {
      // A headline listing districts with one 구 (마포·양천·중랑구).
      '001_30d3616128ae10ba.txt': ['마포구', '성북구', '강서구', '노원구'],
    },
  },
  {
    // One article's outlet is labelled though its text never names it (NOTES.md): article fields 29 of 30.
    folder: 'eval12', articles: 10, stories: 27, heads: [27, 27], articleFields: [29, 30], awards: [9, 9], dates: [45, 45], programs: [35, 35], maxExtra: 5, bar: false,
    districts: {
      // 강서구 in the headline is Seoul's though the text names 부산 강서구 too.
      '006_9d2e47b1f0c5a368.txt': ['구로구', '양천구', '강서구'],
    },
  },
  {
    // Edition numbers are labelled as part of three festivals' names (NOTES.md), which the pipeline
    // reads as the edition of a recurring event: three of the seven programs missed.
    folder: 'eval13', articles: 12, stories: 35, heads: [35, 35], articleFields: [36, 36], awards: [8, 8], dates: [68, 68], programs: [53, 56], maxExtra: 4, bar: false,
    districts: {
      // A city-wide schedule listing all 25 districts: no story.
      '010_4f94524f7e53936f.txt': [],
      // A list page of six teasers, one district each.
      '004_a4d4aac7ed17f3b3.txt': ['마포구', '은평구', '동대문구', '강북구', '양천구', '구로구'],
    },
  },
  {
    folder: 'eval14', articles: 12, stories: 32, heads: [32, 32], articleFields: [36, 36], awards: [27, 27], dates: [70, 70], programs: [86, 86], maxExtra: 5, bar: true,
    districts: {
      // A 서울시 section closes the roundup: it starts no story.
      '004_7bda676b89f84c71.txt': ['성동구', '광진구', '중랑구'],
      // A sidebar naming 대구 중구 and other districts starts none either.
      '012_0a4cd6ceaf552941.txt': ['강동구', '동대문구', '영등포구'],
    },
  },
  {
    // Scored blind at articleFields 33/36, awards 7/8, dates 80/82, programs 45/59 (20 extra); then worked on.
    folder: 'eval15', articles: 12, stories: 34, heads: [34, 34], articleFields: [36, 36], awards: [8, 8], dates: [82, 82], programs: [57, 59], maxExtra: 7, bar: false,
    districts: {
      // A city-wide holiday notice listing districts: no story.
      '012_53587c99ca6c90d7.txt': [],
      // A list page of six teasers, one district each.
      '008_fb0bc9fa7a598893.txt': ['강동구', '노원구', '송파구', '은평구', '구로구', '동대문구'],
    },
  },
  {
    // Blind: programs 28/32 (3 extra), awards 2/3, dates 42/43, article fields 20/21. The two names
    // missed are festivals quoted with the year (‘2019 …축제’), labelled without it (NOTES.md).
    folder: 'eval16', articles: 7, stories: 20, heads: [20, 20], articleFields: [21, 21], awards: [3, 3], dates: [43, 43], programs: [32, 32], maxExtra: 0, bar: true,
    districts: {
      // A 서울시 notice listing all 25 districts: no story.
      '007_fnnews_city_heat_2020.txt': [],
      // A list page of six teasers by four reporters, one district each.
      '006_simin_list_2019.txt': ['광진구', '마포구', '강북구', '중랑구', '서대문구', '송파구'],
    },
  },
  {
    // Blind: stories 25/26 (2 extra), programs 28/45 (12 extra), awards 7/9, dates 61/65, heads 25/26,
    // article fields 29/30. Its extra stories were comparison districts written as a sentence's subject
    // (`서초구가 … 도입한 ‘…’을 참고했다`, now read as a model; `강남구가 2005년 … 문을 연 … 도서관이 인기를 끌자`).
    folder: 'eval17', articles: 10, stories: 26, storiesExtra: 1, heads: [26, 26], articleFields: [30, 30], awards: [9, 9], dates: [65, 65], programs: [42, 45], maxExtra: 0, bar: false,
    districts: {
      // A 서울시 pilot naming districts as places only: no story.
      '005_news1_city_busstop_2016.txt': [],
      // A district run on in another's paragraph (`…고 전했다. 도봉구는 …`) starts its own story.
      '008_wikitree_spring_2024.txt': ['마포구', '강남구', '구로구', '도봉구', '성북구'],
    },
  },
  {
    // Blind (with the review fixes, before any eval18 rule): every story, head, date and article field
    // right; programs 28/41 (17 extra), awards 9/10. The streak fix after it gave awards 10/10; buses run,
    // ceremonies, schemes, named days and `같은 날 X구도` gave programs 35/41 (16 extra);
    // a neighbour’s model paragraphs, streaks, `…의 한 …` and counted kinds gave 35/41 (12 extra); numbered section headings (`2. 용산구, …`) 10;
    // a category noun before a verbal noun inside a listed name (`…시설 설치 지원사업`) 36/41 (9 extra);
    // past modifiers, 각국, the city’s yearly events, private apps and evaluators 36/41 (4 extra); names a place opens (`명동 …`) 37/41; a quoted name's edition year off (`‘2019 …’`) 38/41.
    folder: 'eval18', articles: 10, stories: 28, heads: [28, 28], articleFields: [30, 30], awards: [10, 10], dates: [52, 52], programs: [38, 41], maxExtra: 4, bar: false,
    districts: {
      // A 서울시 programme listing the districts taking part: no story.
      '007_etoday_city_youthshops_2018.txt': [],
    },
  },
  {
    // Blind (with eval3–18's fixes, before any eval19 rule): stories 37/39, programs 46/70 (16 extra), awards
    // 15/19, dates 69/76, heads 37/39, article fields 27/30. An interview headlined with the head quoted, a
    // list page's 부산 강서구 teaser and its signed stamps, a head's age, a photographer's credit line gave
    // every story and head.
    folder: 'eval19', articles: 10, stories: 39, heads: [39, 39], articleFields: [30, 30], awards: [19, 19], dates: [76, 76], programs: [67, 70], maxExtra: 1, bar: false,
    districts: {
      // 부산 강서구's teaser is no story; Seoul's 강서구 teaser further down is.
      '006_siminilbo_teaserlist_2019.txt': ['서대문구', '중랑구', '노원구', '강동구', '금천구', '마포구', '은평구', '강서구', '구로구', '성동구'],
    },
  },
  {
    // Blind (with eval3–19's fixes and the review's, before any eval20 rule): stories 30/35 (1 extra),
    // programs 42/55 (16 extra), awards 9/13, dates 40/55, heads 29/35, article fields 25/30. A Q&A's answer
    // labels, an outlet's box after the copyright line, a citizen reporter's stamp, a signed scene caption,
    // a transcript's interview tag gave every story, head and article field.
    folder: 'eval20', articles: 10, stories: 35, heads: [35, 35], articleFields: [30, 30], awards: [11, 13], dates: [55, 55], programs: [51, 55], maxExtra: 6, bar: false,
    districts: {
      // A Q&A: five districts' answers, the city-wide ones none's.
      '007_nocut_qna_2021.txt': ['관악구', '마포구', '강동구', '성동구', '노원구'],
    },
  },
  {
    // Blind (with eval3–20's fixes, before any eval21 rule): stories 34/43 (1 extra), programs 27/50 (22
    // extra), awards 5/12, dates 60/82, heads 33/43, article fields 26/30. A festival table, a sentence
    // running two districts' clauses, a head's column, `[서울 ○○구]` labels, a photo teaser and sidebars
    // of other releases cost the stories.
    folder: 'eval21', articles: 10, stories: 43, heads: [43, 43], articleFields: [29, 30], awards: [12, 12], dates: [81, 82], programs: [45, 50], maxExtra: 8, bar: false,
    districts: {
      // A table of the districts' festivals in a roundup: each row is its district's item.
      '007_dailyhankook_autumn_festivals_2019.txt': ['종로구', '동대문구', '성북구', '은평구', '강서구', '강동구', '중랑구', '노원구', '양천구'],
      // A column by the district's head, named only in the author's line.
      '004_hkbs_column_seodaemun_2012.txt': ['서대문구'],
    },
  },
  {
    // Blind (with eval3–21's fixes and the review's, before any eval22 rule): stories 32/46, programs 45/70
    // (22 extra), awards 6/13, dates 55/82, heads 31/46, article fields 24/30. A headline about the
    // districts at large, places glossed with their district, heads introducing their districts, a
    // round-table's speaker labels and three new byline forms cost the most.
    folder: 'eval22', articles: 10, stories: 46, heads: [46, 46], articleFields: [30, 30], awards: [12, 13], dates: [81, 82], programs: [65, 70], maxExtra: 5, bar: false,
    districts: {
      // A feature going from neighbourhood to neighbourhood, each place glossed with its district.
      '009_insight_winter_lights_2023.txt': ['성동구', '마포구', '송파구', '도봉구', '영등포구', '은평구'],
      // Another city's 남구, Seoul's districts only its benchmarks.
      '002_imaeil_daegu_namgu_2007.txt': [],
    },
  },
  {
    // Blind (with eval3–22's fixes and this session's review's, before any eval23 rule): stories 29/31 (1 extra),
    // programs 38/45 (7 extra), awards 6/11, dates 54/56, heads 28/31, article fields 28/30. Mainstream pieces:
    // four roundups, four single-district releases and two evaluations; the two 장려구 of a results piece
    // (`장려구인 마포구는 …를, 강서구는 …를`) cost the most.
    folder: 'eval23', articles: 10, stories: 31, heads: [30, 31], articleFields: [30, 30], awards: [11, 11], dates: [56, 56], programs: [43, 45], maxExtra: 6, bar: false,
    districts: {
      // A roundup whose passages open with a quotation, a head's name and an acting head.
      '001_asiae_roundup_2018.txt': ['강동구', '은평구', '금천구', '노원구', '광진구'],
      // ◇ subheads, a time adverbial and a quotation before the district.
      '003_newsis_roundup_2023.txt': ['용산구', '서대문구', '강서구', '관악구', '도봉구'],
    },
  },
  {
    // Blind (with eval3–23's fixes and both of session 14's reviews, before any eval24 rule): stories 30/31 (2 extra),
    // programs 50/59 (22 extra), awards 4/12, dates 77/80, heads 29/31, article fields 27/30. A results row
    // opening the first district's story (`노원구가 최우수구에 선정됐고 성동구와 송파구가 우수구, …`) cost the most.
    folder: 'eval24', articles: 10, stories: 31, heads: [31, 31], articleFields: [30, 30], awards: [11, 12], dates: [78, 80], programs: [57, 59], maxExtra: 16, bar: false,
    districts: {
      // `▲구명` subheads over six districts' winter measures.
      '001_sportsseoul_winter_roundup_2013.txt': ['강서구', '성북구', '송파구', '구로구', '종로구', '용산구'],
      // A list page of teasers, one of them two districts' joint item.
      '003_hangangtimes_teaserlist_2016.txt': ['동대문구', '광진구', '은평구', '금천구', '영등포구', '구로구', '강남구'],
    },
  },
];

describe.each(SETS)('acceptance: the pipeline on tests/fixtures/$folder (written blind) against its gold.json', (set) => {
  const run = runSeeds(resolve(import.meta.dirname, '../fixtures', set.folder));
  const score = () => scoreAgainstGold(run!.gold, run!.got);

  test(`the set is present and labels ${set.articles} articles`, () => {
    expect(run?.gold.length).toBe(set.articles);
  });

  test('every story (or its floor) and no other; heads, article fields, awards and dates at their figure', () => {
    const s = score();
    const t = s.totals;
    const report = formatScore(s);
    expect([t.storiesExpected, t.storiesExtra], report).toEqual([set.stories, set.storiesExtra ?? 0]);
    expect(t.storiesFound, report).toBeGreaterThanOrEqual(set.storiesFound ?? set.stories);
    expect(t.headsExpected, report).toBe(set.heads[1]);
    expect(t.headsRight, report).toBeGreaterThanOrEqual(set.heads[0]);
    expect(t.articleFieldsExpected, report).toBe(set.articleFields[1]);
    expect(t.articleFieldsRight, report).toBeGreaterThanOrEqual(set.articleFields[0]);
    expect(t.awardsExpected, report).toBe(set.awards[1]);
    expect(t.awardsRight, report).toBeGreaterThanOrEqual(set.awards[0]);
    expect(t.datesExpected, report).toBe(set.dates[1]);
    expect(t.datesRight, report).toBeGreaterThanOrEqual(set.dates[0]);
  });

  test(`programs: ${set.programs[0]} of ${set.programs[1]} found, at most ${set.maxExtra} extra; bar ${set.bar ? 'met' : 'not met yet'}`, () => {
    const s = score();
    const report = formatScore(s);
    expect(s.totals.programsExpected, report).toBe(set.programs[1]);
    expect(s.totals.programsFound, report).toBeGreaterThanOrEqual(set.programs[0]);
    expect(s.totals.programsExtra, report).toBeLessThanOrEqual(set.maxExtra);
    // A set below the bar says so: reaching it should update the row.
    expect(s.pass, report).toBe(set.bar);
  });

  test.each(Object.entries(set.districts))('%s has the stories of %j', (file, districts) => {
    expect(run!.got.get(file)?.stories.map((s) => s.district)).toEqual(districts);
  });
});

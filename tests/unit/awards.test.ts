/**
 * Awards and evaluation results: grade, prize, streak, year, organizer and the evaluation's name.
 * Tables hold short stories (values checked by hand); fixture folders hold longer ones
 * (`tests/fixtures/awards/<case>/input.txt`: one paragraph per line; `expected.json` reviewed by
 * hand, rewritten only with UPDATE=1).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractAwards, namedByHeadline, namedElsewhere } from '../../src/pipeline/extract/awards.ts';
import { splitParagraphs } from '../../src/pipeline/paragraphs.ts';
import type { Award } from '../../src/pipeline/schema.ts';

type Fields = Omit<Award, 'evidence'>;

function awardsOf(...paragraphs: string[]): Fields[] {
  const input = paragraphs.map((text, index) => ({ index, line: index + 1, text }));
  return extractAwards(input).map(({ evidence: _evidence, ...fields }) => fields);
}

const award = (f: Partial<Fields> & { name: string }): Fields => ({
  year: null, grade: null, streak: null, prize: null, organizer: null, ...f,
});

test.each([
  ['강서구', '최우수 구', 2010],
  ['노원구', '우수 구', 2010],
  ['중랑구', '장려 구', 2010],
])('a grade written before the districts that got it gives %s its own (우수 구에는 송파구와 노원구가, 장려 구에는 …)', (district, grade, year) => {
  const lead = '서울시는 ‘2010년도 자치구 세정운영 종합평가’에서 강서구가 최우수 구로 선정됐다고 밝혔다. 우수 구에는 송파구와 노원구가, 장려 구에는 중랑구·관악구가 각각 이름을 올렸다.';
  const found = extractAwards([{ index: 0, line: 1, text: lead }], district).map(({ evidence: _evidence, ...fields }) => fields);
  expect(found).toEqual([award({ name: '자치구 세정운영 종합평가', year, grade })]);
});

test.each([
  ['종로구', '최우수'],
  ['구로구', '우수'],
  ['양천구', '장려 자치구'],
])('districts written each with their grade in a row (종로구가 최우수, 구로구가 우수, …가 장려 자치구로) give %s its own', (district, grade) => {
  const results = '서울시가 25개 자치구를 대상으로 처음 실시한 ‘자치구 전자민원 서비스 평가’에서는 종로구가 최우수, 구로구가 우수, 중랑구·양천구·관악구가 장려 자치구로 뽑혔다.';
  const found = extractAwards([{ index: 0, line: 1, text: results }], district).map(({ evidence: _evidence, ...fields }) => fields);
  expect(found).toEqual([award({ name: '자치구 전자민원 서비스 평가', grade, organizer: '서울시' })]);
});

test('earlier editions’ results a streak carries on from (2008년과 2009년에도 우수 구에 뽑혀 3년 연속) give the story’s award its streak', () => {
  const found = awardsOf(
    '서울시는 ‘2010년도 자치구 세정운영 종합평가’에서 강서구가 최우수 구로 선정됐다고 밝혔다.',
    '구는 2008년과 2009년에도 우수 구에 뽑혀 3년 연속 상위권을 지켰다.',
  );
  expect(found).toEqual([award({ name: '자치구 세정운영 종합평가', year: 2010, grade: '최우수 구', streak: 3 })]);
});

describe('namedByHeadline', () => {
  const text = [{ index: 0, line: 1, text: '강북구는 지난 26일 열린 시상식에서 스마트행정 부문 대상을 받았다고 29일 밝혔다.' }];
  const named = (title: string, district = '강북구') =>
    namedByHeadline(extractAwards(text, district), title, district).map(({ evidence: _evidence, ...fields }) => fields);

  test('a result the text gives unnamed takes the evaluation the headline names for the district', () => {
    expect(named('[서울 구정 소식] 강북구, ‘2025 대한민국 스마트시티 혁신대상’ 받아 외')).toEqual([
      award({ name: '대한민국 스마트시티 혁신대상', year: 2025, grade: '대상' }),
    ]);
  });

  test('not from another district’s part of a roundup headline', () => {
    expect(named('강북구, 어르신 건강 키오스크 설치...노원구, ‘2025 대한민국 스마트시티 혁신대상’ 받아')).toEqual([
      award({ name: '대상', grade: '대상' }),
    ]);
  });
});

test.each([
  ['its own result, then the row of the others (…최우수 기관으로 선정됐으며, 서초구가 우수, …)', '서울 강남구는 서울시 주관 ‘2024년 자치구 합동평가’에서 최우수 기관으로 선정됐으며, 서초구가 우수, 송파구가 장려 기관으로 선정됐다.', '최우수 기관'],
  ['its own result as 구는, then the row (구는 대상을 받았으며 서초구가 최우수, …)', '서울 강남구는 ‘2024년 자치구 합동평가’에서 구는 대상을 받았으며 서초구가 최우수, 송파구가 우수 기관으로 선정됐다.', '대상'],
])('a district not in a results row keeps %s', (_rule, text, grade) => {
  const found = extractAwards([{ index: 0, line: 1, text }], '강남구').map((a) => [a.name, a.year, a.grade]);
  expect(found).toEqual([['자치구 합동평가', 2024, grade]]);
});

test('a streak after a results row is that row’s evaluation’s (…뽑혔다. 종로구는 3년 연속 최우수를 차지했다)', () => {
  const text = '서울시가 실시한 ‘2024 자치구 청렴도 평가’에서는 종로구가 최우수, 구로구가 우수 자치구로 뽑혔다. 종로구는 3년 연속 최우수를 차지했다.';
  const found = extractAwards([{ index: 0, line: 1, text }], '종로구').map(({ evidence: _evidence, ...fields }) => fields);
  expect(found).toEqual([award({ name: '자치구 청렴도 평가', year: 2024, grade: '최우수', streak: 3, organizer: '서울시' })]);
});

test('an earlier result in another evaluation keeps its own streak (2023년 ‘…혁신평가’에서 … 5년 연속)', () => {
  const found = awardsOf(
    '구는 ‘2024년 서울시 자치구 합동평가’에서 최우수 구로 선정됐다.',
    '또 구는 2023년 ‘지방자치단체 혁신평가’에서 우수 기관에 선정돼 5년 연속 우수 기관의 자리를 지켰다.',
  ).map((a) => [a.name, a.year, a.grade, a.streak]);
  expect(found).toEqual([
    ['서울시 자치구 합동평가', 2024, '최우수 구', null],
    ['지방자치단체 혁신평가', 2023, '우수 기관', 5],
  ]);
});

test('the body that evaluated the results is the organizer (서울시가 … 실적을 평가한 ‘…’)', () => {
  const found = awardsOf('서울시가 25개 자치구의 생활민원 처리 실적을 평가한 ‘2016년 자치구 생활민원 종합평가’에서 동작구가 최우수구로 뽑혔다.');
  expect(found.map((a) => a.organizer)).toEqual(['서울시']);
});

test('a result the story gives unnamed takes the evaluation of the sentence elsewhere giving the district that grade', () => {
  const article = [
    { index: 0, line: 1, text: '서울 관악구가 행정안전부 주관 ‘2025년 지방자치단체 디지털 민원혁신 평가’에서 대상을 받았다. 같은 평가에서 영등포구는 최우수상, 광진구는 우수상을 받았고 노원구는 3년 연속 ‘우수기관’에 선정됐다.' },
    { index: 1, line: 2, text: '최우수상(국무총리 표창)을 받은 영등포구는 ‘AI 민원 안내 콜센터’로 주목받았다.' },
    { index: 2, line: 3, text: '노원구는 2023년부터 3년 연속 우수기관에 이름을 올렸다.' },
  ];
  const named = (district: string, at: number) =>
    namedElsewhere(extractAwards([article[at]!], district), article, district).map((a) => [a.name, a.year, a.grade, a.streak, a.prize]);
  expect(named('영등포구', 1)).toEqual([['지방자치단체 디지털 민원혁신 평가', 2025, '최우수상', null, '국무총리 표창']]);
  expect(named('노원구', 2)).toEqual([['지방자치단체 디지털 민원혁신 평가', 2025, '우수기관', 3, null]]);
});

test.each<[string, string, string, Fields[]]>([
  ['not another district’s streak after its own result (광진구는 우수상을 받았고 노원구는 3년 연속 …)', '광진구', '같은 평가에서 광진구는 우수상을 받았고 노원구는 3년 연속 ‘우수기관’에 선정됐다.', [award({ name: '우수상', grade: '우수상' })]],
  ['not a contest’s winning team (‘초록나무’팀이 대상과 상금 300만원을 받았다)', '광진구', '심사 결과 ‘초록나무’팀이 대상과 상금 300만원을 받았다.', []],
  ['a result shared with another city (서울 성동구와 경북 포항시가 대상을)', '성동구', '행정안전부가 주관한 ‘2025 지방자치단체 혁신평가’에서 서울 성동구와 경북 포항시가 대상을 받았다.', [award({ name: '지방자치단체 혁신평가', year: 2025, grade: '대상', organizer: '행정안전부' })]],
  ['not another city’s district joined with a city (부산 강서구와 경남 김해시가 우수상을)', '강서구', '기초자치단체 부문에서는 부산 강서구와 경남 김해시가 우수상을 받았다.', []],
  ['a grade and money received together (우수상(…표창)과 특별교부세 1억원을 받았다)', '광진구', '광진구는 ‘누구나 민원창구’로 우수상(행정안전부장관 표창)과 특별교부세 1억원을 받았다.', [award({ name: '행정안전부장관 표창', grade: '우수상', prize: '행정안전부장관 표창' })]],
  ['not another city’s result (… 전남 순천시가 대상을 받았고)', '노원구', '전국에서는 관악구와 함께 부산 중구, 전남 순천시가 대상을 받았다.', []],
])('%s', (_rule, district, text, expected) => {
  const found = extractAwards([{ index: 0, line: 1, text }], district).map(({ evidence: _evidence, ...fields }) => fields);
  expect(found).toEqual(expected);
});

test.each([
  ['the headline’s evaluation wins over another evaluation’s earlier result in the story', ['서울 강남구가 최우수상을 받아 특별교부세 1억원을 확보했다고 10일 밝혔다.', '한편 강남구는 지난 10월 서울시 ‘2025 자치구 청렴도 평가’에서 우수구로 선정됐다. 강남구는 앞서 9월에도 최우수상을 받았다.'], '강남구, 행안부 ‘2025 지방규제혁신 평가’ 최우수', ['지방규제혁신 평가', 2025, '최우수상']],
  ['last year’s result elsewhere names nothing (지난해에는 강남구가 최우수상을)', ['서울 강남구가 최우수상을 받아 특별교부세 1억원을 확보했다고 10일 밝혔다.', '서초구는 ‘2025 재난관리평가’에서 대상을 받았다. 지난해에는 강남구가 최우수상을 받았다.'], '구청 수상 소식', ['최우수상', null, '최우수상']],
])('naming an unnamed result: %s', (_rule, texts, title, expected) => {
  const paragraphs = texts.map((text, index) => ({ index, line: index + 1, text }));
  const own = extractAwards([paragraphs[0]!], '강남구');
  const [first] = namedByHeadline(namedElsewhere(own, paragraphs, '강남구'), title, '강남구');
  expect([first?.name, first?.year, first?.grade]).toEqual(expected);
});

test('earlier results of another evaluation: its body off the name, the second edition dated in its own clause, a quoted evaluation right before its streak', () => {
  const found = awardsOf(
    '서울 중구가 안전행정부 주관 ‘2014년 지방자치단체 생활민원 개선 평가’에서 최우수기관으로 선정됐다.',
    '구는 2012년 서울시 민원행정 종합평가에서 우수구로 뽑힌 데 이어 지난해 같은 평가에서는 최우수구에 올라 시상금 1억원을 받기도 했다.',
    '중구는 이번 수상으로 보건복지부의 ‘지역사회 통합건강증진사업 평가’ 3년 연속 우수기관 선정에 이어 올해 두 번째 정부 평가 기관 표창을 받게 됐다.',
  ).map((a) => [a.name, a.year, a.grade, a.streak]);
  expect(found).toEqual([
    ['지방자치단체 생활민원 개선 평가', 2014, '최우수기관', null],
    ['민원행정 종합평가', 2012, '우수구', null],
    ['민원행정 종합평가', null, '최우수구', null],
    ['지역사회 통합건강증진사업 평가', null, '우수기관', 3],
  ]);
});

test.each<[string, string, string[], [string, number | null, string | null, number | null][]]>([
  ['a survey’s ranks are no award (조사 결과 성동구가 1위, 마포구가 2위, …)', '성동구', ['서울 성동구는 부동산 플랫폼 직방이 실시한 설문조사에서 가장 살고 싶은 자치구로 꼽혔다고 2일 밝혔다.', '조사 결과 성동구가 1위, 마포구가 2위, 송파구가 3위에 이름을 올렸다.'], []],
  ['a trend kept for years is no streak (3년 연속 감소세를 유지했다)', '도봉구', ['서울 도봉구는 서울시가 실시한 ‘2025년 자치구 재활용 정책 평가’에서 최우수구에 선정됐다고 2일 밝혔다.', '그 결과 1인당 생활폐기물 발생량은 3년 연속 감소세를 유지했다.'], [['자치구 재활용 정책 평가', 2025, '최우수구', null]]],
  ['a year before a comma is the clause’s (앞서 구는 지난 2023년, 같은 평가에서 …)', '노원구', ['구는 ‘2025년 지방자치단체 혁신평가’에서 우수기관으로 선정됐다.', '앞서 구는 지난 2023년, 같은 평가에서 최우수기관으로 선정된 바 있다.'], [['지방자치단체 혁신평가', 2025, '우수기관', null], ['지방자치단체 혁신평가', 2023, '최우수기관', null]]],
  ['지방정부 stays in the name (…주관한 2025년 지방정부 생산성 평가에서)', '노원구', ['서울 노원구는 행정안전부가 주관한 2025년 지방정부 생산성 평가에서 최우수 기관으로 선정됐다고 밝혔다.'], [['지방정부 생산성 평가', 2025, '최우수 기관', null]]],
])('%s', (_rule, district, texts, expected) => {
  const found = extractAwards(texts.map((text, index) => ({ index, line: index + 1, text })), district).map((a) => [a.name, a.year, a.grade, a.streak]);
  expect(found).toEqual(expected);
});

test('the headline’s evaluation keeps another evaluation’s row from naming the story’s result (…‘2025 자치구 청렴도 평가’에서는 노원구가 최우수구)', () => {
  const paragraphs = [
    '서울 노원구가 주민 제안 사업 반영률을 인정받아 최우수구에 선정됐다.',
    '한편 같은 날 발표된 ‘2025 자치구 청렴도 평가’에서는 노원구가 최우수구, 도봉구가 우수구에 선정됐다.',
  ].map((text, index) => ({ index, line: index + 1, text }));
  const title = '노원구, 서울시 주민참여예산 운영 평가 최우수';
  const [first] = namedByHeadline(namedElsewhere(extractAwards([paragraphs[0]!], '노원구'), paragraphs, '노원구', title), title, '노원구');
  expect(first?.name).toBe('주민참여예산 운영 평가');
});

test('a district not in such a row gets nothing from it', () => {
  const results = '서울시가 실시한 ‘자치구 전자민원 서비스 평가’에서는 종로구가 최우수, 구로구가 우수 자치구로 뽑혔다.';
  expect(extractAwards([{ index: 0, line: 1, text: results }], '강남구')).toEqual([]);
});

describe('extractAwards: how results are written', () => {
  test.each<[string, string[], Fields[]]>([
    [
      'what a grade’s class gets, in a sentence of its own (최우수기관에는 … 표창과 함께 …이 주어진다)',
      [
        '성동구는 행정안전부 주관 ‘2023년 지방규제혁신 평가’에서 최우수기관으로 선정됐다.',
        '최우수기관에는 대통령 표창과 함께 특별교부세 1억5천만원이 주어진다.',
      ],
      [award({ name: '지방규제혁신 평가', year: 2023, grade: '최우수기관', prize: '대통령 표창', organizer: '행정안전부' })],
    ],
    [
      'a streak told with the contest referred back to (3년 연속 이 대회에서 수상하는)',
      [
        '도봉구는 ‘2024 대한민국 지방자치 경영대전’에서 우수상을 받았다.',
        '구는 이번 수상으로 3년 연속 이 대회에서 수상하는 기록을 세웠다.',
      ],
      [award({ name: '대한민국 지방자치 경영대전', year: 2024, grade: '우수상', streak: 3 })],
    ],
    [
      'an earlier edition the streak goes on from is no award of its own (지난해 같은 대회에서 … 받은 데 이어 2년 연속)',
      [
        '은평구는 ‘2019 지방자치단체 적극행정 경진대회’에서 최우수상을 받았다.',
        '구는 지난해 같은 대회에서 장려상을 받은 데 이어 2년 연속 수상했다.',
      ],
      [award({ name: '지방자치단체 적극행정 경진대회', year: 2019, grade: '최우수상', streak: 2 })],
    ],
    [
      'an earlier year of the same result (이 평가에서 … 오른 것은 2009년에 이어 두 번째다); co-winners restate it',
      [
        '마포구는 행정안전부가 실시한 ‘2012년 지방행정 생산성 평가’에서 최우수기관으로 뽑혀 대통령 표창을 받았다. 마포구가 이 평가에서 최우수기관에 오른 것은 2010년에 이어 두 번째다.',
        '기초자치단체 부문에서는 마포구와 함께 대구 남구가 최우수기관에 이름을 올렸다.',
      ],
      [
        award({ name: '지방행정 생산성 평가', year: 2012, grade: '최우수기관', prize: '대통령 표창', organizer: '행정안전부' }),
        award({ name: '지방행정 생산성 평가', year: 2010, grade: '최우수기관' }),
      ],
    ],
    [
      'a streak in a sentence of its own that names a numbered grade (3년 연속 1등급이며)',
      ['강동구는 ‘2015년 공공기관 청렴도 측정’에서 종합청렴도 1등급을 받았다.', '3년 연속 1등급이며, 서울 자치구 가운데 유일하다.'],
      [award({ name: '공공기관 청렴도 측정', year: 2015, grade: '1등급', streak: 3 })],
    ],
    [
      'a prize with its grade in brackets after it (국무총리상(최우수)을 수상했다)',
      ['강동구는 행정안전부 주관 ‘2023년 지방자치단체 적극행정 경진대회’에서 국무총리상(최우수)을 수상했다.'],
      [award({ name: '지방자치단체 적극행정 경진대회', year: 2023, grade: '최우수', prize: '국무총리상', organizer: '행정안전부' })],
    ],
    [
      'a streak told with the grade reached (2년 연속 우수기관에 오르며)',
      [
        '관악구는 보건복지부 주관 ‘2022년 지역사회보장계획 평가’에서 우수기관으로 뽑혔다.',
        '구는 2년 연속 우수기관에 오르며 복지 행정 역량을 인정받았다.',
      ],
      [award({ name: '지역사회보장계획 평가', year: 2022, grade: '우수기관', streak: 2, organizer: '보건복지부' })],
    ],
    [
      'a Hangul letter grade glued to 등급 (2년 연속 나등급을 받았다)',
      ['강북구는 행정안전부 주관 ‘2021년 민원서비스 종합평가’에서 3년 연속 나등급을 받았다.'],
      [award({ name: '민원서비스 종합평가', year: 2021, grade: '나등급', streak: 3, organizer: '행정안전부' })],
    ],
    [
      'a Hangul letter grade quoted and glued (‘가’등급: as written, quotes off)',
      ['중랑구는 ‘2019년 지방자치단체 민원서비스 평가’에서 최고 등급인 ‘가’등급을 받았다.'],
      [award({ name: '지방자치단체 민원서비스 평가', year: 2019, grade: '가등급' })],
    ],
    [
      'last year’s result and this year’s (지난해에 이어 1등급을 받았다: two in a row)',
      ['성동구는 국민권익위원회가 실시한 ‘2018년 공공기관 청렴도 평가’에서 지난해에 이어 1등급을 받았다.'],
      [award({ name: '공공기관 청렴도 평가', year: 2018, grade: '1등급', streak: 2, organizer: '국민권익위원회' })],
    ],
    [
      'an earlier edition’s result carried on by a streak (지난해 같은 평가에서도 …으로 뽑혀 2년 연속 수상)',
      [
        '성북구는 행정안전부가 주관한 ‘2012년 주민생활 공감행정 평가’에서 최우수기관으로 선정됐다.',
        '구는 지난해 같은 평가에서도 우수기관으로 뽑혀 2년 연속 수상하게 됐다.',
      ],
      [award({ name: '주민생활 공감행정 평가', year: 2012, grade: '최우수기관', streak: 2, organizer: '행정안전부' })],
    ],
    [
      'an earlier edition’s award told as a past fact (…으로 뽑혀 2년 연속 수상한 바 있다) stays its own',
      [
        '노원구는 ‘2024년 민원서비스 평가’에서 우수기관으로 선정됐다.',
        '구는 지난해 같은 평가에서도 최우수기관으로 뽑혀 2년 연속 수상한 바 있다.',
      ],
      [award({ name: '민원서비스 평가', year: 2024, grade: '우수기관' }), award({ name: '민원서비스 평가', grade: '최우수기관', streak: 2 })],
    ],
    [
      'a ministry’s assessment graded like an evaluation (‘…생활안전 진단’에서 A등급)',
      ['노원구가 행정안전부의 ‘2017년 지방자치단체 생활안전 진단’에서 최고 등급인 A등급을 받았다.'],
      [award({ name: '지방자치단체 생활안전 진단', year: 2017, grade: 'A등급', organizer: '행정안전부' })],
    ],
    [
      'a result told before its evaluation is named (…종합 1위에 올랐다. …부가 최근 발표한 ‘…평가’ 결과로)',
      ['노원구가 전국 시군구 가운데 종합 1위에 올랐다. 행정자치부가 최근 발표한 ‘2006년 민원행정 서비스 평가’ 결과로, 지난해보다 두 계단 올랐다.'],
      [award({ name: '민원행정 서비스 평가', year: 2006, grade: '종합 1위', organizer: '행정자치부' })],
    ],
    [
      'a result whose contest a later sentence names as a predicate (…에서 대상을 받았다. … ‘…대상’이다)',
      ['노원구가 정책을 뽑는 시상식에서 대상을 받았다. 샘플신문사가 주최한 ‘2025 대한민국 생활행정 대상’이다.'],
      [award({ name: '대한민국 생활행정 대상', year: 2025, grade: '대상', organizer: '샘플신문사' })],
    ],
    [
      'the year before and this one, two in a row (전년에 이어 1등급)',
      ['노원구는 ‘2023년 공공기관 청렴도 평가’에서 전년에 이어 1등급을 받았다.'],
      [award({ name: '공공기관 청렴도 평가', year: 2023, grade: '1등급', streak: 2 })],
    ],
    [
      'an edition, not a streak (지난해에 이어 두 번째로 열린 대회에서 대상)',
      ['노원구는 지난해에 이어 두 번째로 열린 ‘2024 자치구 도시재생 대회’에서 대상을 받았다.'],
      [award({ name: '자치구 도시재생 대회', year: 2024, grade: '대상' })],
    ],
    [
      'no organizer in a ministry the contest does not follow directly (…부 지원을 받아 추진한 … ‘…대상’)',
      ['구는 고용노동부 지원을 받아 추진한 청년 일자리 사업으로 ‘2024 일자리 대상’에서 대상을 받았다.'],
      [award({ name: '일자리 대상', year: 2024, grade: '대상' })],
    ],
    [
      'a Hangul letter grade quoted (최고 수준인 ‘가’ 등급을 받았다)',
      ['중랑구는 ‘2019년 지방자치단체 민원서비스 평가’에서 최고 수준인 ‘가’ 등급을 받았다.'],
      [award({ name: '지방자치단체 민원서비스 평가', year: 2019, grade: '가' })],
    ],
    [
      'a past result told with 기도 (우수기관으로 선정되기도 했다)',
      ['구는 지난해 보건복지부 주관 ‘2014년 치매관리사업 평가’에서 우수기관으로 선정되기도 했다.'],
      [award({ name: '치매관리사업 평가', year: 2014, grade: '우수기관', organizer: '보건복지부' })],
    ],
    [
      'the first of two bodies running it, without 공동 (…부와 …센터가 실시한)',
      ['구는 보건복지부와 한국노인인력개발원이 실시한 ‘2024년 노인일자리 사업 평가’에서 우수기관으로 뽑혔다.'],
      [award({ name: '노인일자리 사업 평가', year: 2024, grade: '우수기관', organizer: '보건복지부' })],
    ],
    [
      'a ministry right before its contest’s name, its organizer (… 행정안전부 … 경진대회에서)',
      ['구는 올해 행정안전부 적극행정 우수사례 경진대회에서 국무총리상을 받았다.'],
      [award({ name: '적극행정 우수사례 경진대회', prize: '국무총리상', organizer: '행정안전부' })],
    ],
    [
      'a ministry with its present name in brackets (…가족부(현 …부) … 공모에서)',
      ['구는 지난해 보건복지가족부(현 보건복지부) 자원봉사 우수사례 공모에서 대상을 받았다.'],
      [award({ name: '자원봉사 우수사례 공모', grade: '대상', organizer: '보건복지가족부' })],
    ],
    [
      'a rank in a named evaluation (…평가’에서 청년 분야 1위에 올랐다)',
      ['구는 서울시가 실시한 ‘2022년 자치구 일자리 평가’에서 청년 분야 1위에 올랐다.'],
      [award({ name: '자치구 일자리 평가', year: 2022, grade: '1위', organizer: '서울시' })],
    ],
    [
      'a rank and the commendation it brings, no giver named (1위를 차지해 기관 표창을 받았다)',
      ['구는 ‘2019 자치구 적극행정 평가’에서 1위를 차지해 기관 표창을 받았다.'],
      [award({ name: '자치구 적극행정 평가', year: 2019, grade: '1위', prize: '기관 표창' })],
    ],
    [
      'a rank after the grade that earned it is that grade’s standing (1등급을 받아 … 가운데 1위에 올랐다)',
      ['구는 ‘2017년 공공기관 청렴도 측정’에서 종합 2등급을 받아 서울 자치구 가운데 1위에 올랐다.'],
      [award({ name: '공공기관 청렴도 측정', year: 2017, grade: '2등급' })],
    ],
    [
      'the prize a grade brings, in the next sentence (… 최우수기관으로 선정됐다. 구는 다음 달 … 대통령 표창을 받는다.)',
      ['노원구는 행정안전부 주관 ‘2024년 지방자치단체 혁신평가’에서 최우수기관으로 선정됐다. 구는 다음 달 정부세종청사에서 대통령 표창을 받는다.'],
      [award({ name: '지방자치단체 혁신평가', year: 2024, grade: '최우수기관', prize: '대통령 표창', organizer: '행정안전부' })],
    ],
    [
      'a category of the evaluation just named (…합동평가’에서 정량평가 부문 우수기관)',
      ['은평구는 ‘2022년 지방자치단체 합동평가’에서 정량평가 부문 우수기관에 선정됐다.'],
      [award({ name: '지방자치단체 합동평가', year: 2022, grade: '우수기관' })],
    ],
    [
      'a quoted contest received whole (‘2021 대한민국 녹색도시 대상’을 수상했다)',
      ['구는 지난달 한국환경연구원이 주관한 ‘2021 대한민국 녹색도시 대상’을 수상했다.'],
      [award({ name: '대한민국 녹색도시 대상', year: 2021, organizer: '한국환경연구원' })],
    ],
    [
      'an organizer that selects (…컨설팅이 선정한 ‘…대상’에서 우수상)',
      ['동작구는 한국표준협회가 선정한 ‘2023 대한민국 행정서비스 대상’에서 우수상을 받았다.'],
      [award({ name: '대한민국 행정서비스 대상', year: 2023, grade: '우수상', organizer: '한국표준협회' })],
    ],
    [
      'a quoted evaluation with year, organizer and grade',
      ['강남구가 행정안전부 주관 ‘2023년 지방자치단체 합동평가’에서 최우수 기관으로 선정됐다.'],
      [award({ name: '지방자치단체 합동평가', year: 2023, grade: '최우수 기관', organizer: '행정안전부' })],
    ],
    [
      'a bare evaluation name with a year before it (2023 … 합동평가 최우수)',
      ['노원구가 2023 지방자치단체 합동평가 최우수로 선정됐다.'],
      [award({ name: '지방자치단체 합동평가', year: 2023, grade: '최우수' })],
    ],
    [
      'a result announced before its ceremony, with the money it brings (우수상과 함께 … 받는다)',
      ['중랑구는 행정안전부 주관 ‘2022년 적극행정 종합평가’에서 우수상과 함께 특별교부세 3000만원을 받는다.'],
      [award({ name: '적극행정 종합평가', year: 2022, grade: '우수상', organizer: '행정안전부' })],
    ],
    [
      'a streak in a sentence of its own (… 선정됐다. 2018년부터 3년 연속이다.)',
      ['중구는 행정안전부 주관 ‘2020년 재난관리평가’에서 우수기관으로 선정됐다. 2018년부터 3년 연속이다.'],
      [award({ name: '재난관리평가', year: 2020, grade: '우수기관', streak: 3, organizer: '행정안전부' })],
    ],
    [
      'a result announced in reported speech (최우수상을 받는다고 밝혔다)',
      ['송파구는 고용노동부가 주관한 ‘2017 지방자치단체 일자리 대상’에서 최우수상을 받는다고 밝혔다.'],
      [award({ name: '지방자치단체 일자리 대상', year: 2017, grade: '최우수상', organizer: '고용노동부' })],
    ],
    [
      'a quoted grade of a district (2년 연속 ‘최우수’ 구로 선정)',
      ['강동구는 서울시가 실시한 ‘2022년 자치구 재활용 평가’에서 2년 연속 ‘최우수’ 구로 선정됐다.'],
      [award({ name: '자치구 재활용 평가', year: 2022, grade: '최우수', streak: 2, organizer: '서울시' })],
    ],
    [
      'the commendation that comes with a grade (우수기관 표창을 받았다)',
      ['은평구는 보건복지부가 실시한 ‘2011년 지역보건사업 평가’에서 우수기관 표창을 받았다.'],
      [award({ name: '지역보건사업 평가', year: 2011, grade: '우수기관', organizer: '보건복지부' })],
    ],
    [
      'a rank in an index (25개 자치구 중 종합 1위를 차지했다)',
      ['성동구는 한국장애인단체총연합회가 발표한 ‘2018 장애인 인권 지수 평가’에서 서울 25개 자치구 중 종합 1위를 차지했다.'],
      [award({ name: '장애인 인권 지수 평가', year: 2018, grade: '종합 1위', organizer: '한국장애인단체총연합회' })],
    ],
    [
      'an analysis of results graded like an evaluation (‘…실적 분석’에서 A등급)',
      ['성북구는 행안부의 ‘세외수입 운영 실적 분석’에서 A등급을 받아 국무총리 표창을 받게 됐다.'],
      [award({ name: '세외수입 운영 실적 분석', grade: 'A등급', prize: '국무총리 표창', organizer: '행정안전부' })],
    ],
    [
      'an earlier edition told as `이 평가` takes the story’s evaluation (구는 지난 2008년 이 평가에서 …)',
      ['양천구는 행정안전부가 발표한 ‘2010년 지방세정 종합평가’에서 최우수 기관으로 선정됐다. 구는 지난 2008년 이 평가에서 우수 기관에 선정된 바 있다.'],
      [
        award({ name: '지방세정 종합평가', year: 2010, grade: '최우수 기관', organizer: '행정안전부' }),
        award({ name: '지방세정 종합평가', year: 2008, grade: '우수 기관', organizer: '행정안전부' }),
      ],
    ],
    [
      'a streak with no year after the evaluation is named is that edition’s (… 2년 연속 우수 구에 올랐다)',
      ['서울시는 ‘2010년도 자치구 세정운영 종합평가’ 결과를 밝혔다.', '송파구는 납세자 편의 시책에서 높은 점수를 받아 2년 연속 우수 구에 올랐다.'],
      [award({ name: '자치구 세정운영 종합평가', year: 2010, grade: '우수 구', streak: 2 })],
    ],
    [
      'an earlier edition of an evaluation named `…종합평가` keeps the whole name',
      ['서울시는 ‘2010년도 자치구 세정운영 종합평가’ 결과를 밝혔다.', '강서구는 2009년에도 우수 구에 뽑혔다.'],
      [award({ name: '자치구 세정운영 종합평가', year: 2009, grade: '우수 구' })],
    ],
    [
      'a glued letter grade kept as written (A등급)',
      ['마포구는 환경부가 발표한 ‘2020년 녹색제품 구매 평가’에서 A등급을 받았다.'],
      [award({ name: '녹색제품 구매 평가', year: 2020, grade: 'A등급', organizer: '환경부' })],
    ],
    [
      'a spaced letter grade without 등급 (A 등급)',
      ['중구는 환경부가 발표한 ‘2021년 녹색제품 구매 평가’에서 A 등급을 받았다.'],
      [award({ name: '녹색제품 구매 평가', year: 2021, grade: 'A', organizer: '환경부' })],
    ],
    [
      'no award where a class of bodies will receive (최우수기관은 … 받는다)',
      ['행정안전부 주관 ‘2022년 적극행정 종합평가’에서 최우수기관은 특별교부세를 받게 된다.'],
      [],
    ],
    [
      'a contest grand prize (대한민국 지방자치 경영대전 대상)',
      ['송파구가 대한민국 지방자치 경영대전에서 대상을 수상했다.'],
      [award({ name: '대한민국 지방자치 경영대전', grade: '대상' })],
    ],
    [
      'a city evaluation grade in quotes (‘최우수구’)',
      ['은평구가 서울시 자치구 평가에서 ‘최우수구’로 선정됐다.'],
      [award({ name: '서울시 자치구 평가', grade: '최우수구' })],
    ],
    [
      'a city evaluation grade written spaced (장려 구로), as written',
      ['중랑구가 서울시 자치구 세정운영 평가에서 장려 구로 선정됐다.'],
      [award({ name: '서울시 자치구 세정운영 평가', grade: '장려 구' })],
    ],
    [
      'a grade joined to its prize by the verb of selection (최우수기관으로 뽑혀 대통령 표창과 …)',
      ['중랑구는 2019년 지방자치단체 안전관리 평가에서 최우수기관으로 뽑혀 대통령 표창과 함께 상금을 받는다.'],
      [award({ name: '지방자치단체 안전관리 평가', year: 2019, grade: '최우수기관', prize: '대통령 표창' })],
    ],
    [
      'a ministry’s call for good practice, with its year and organizer (보건복지부의 2022 … 공모)',
      ['강북구도 보건복지부의 2022 치매 돌봄 우수사례 공모에서 보건복지부 장관상을 받았다.'],
      [award({ name: '치매 돌봄 우수사례 공모', year: 2022, prize: '보건복지부 장관상', organizer: '보건복지부' })],
    ],
    [
      'a grade received, then the prize it brings (대상을 받아 장관상을)',
      ['도봉구는 보건복지부의 ‘2022년 지역사회보장계획 시행결과 평가’에서 대상을 받아 장관상을 받는다.'],
      [award({ name: '지역사회보장계획 시행결과 평가', year: 2022, grade: '대상', prize: '장관상', organizer: '보건복지부' })],
    ],
    [
      'an integrity measurement’s grade, its organizer the subject of the clause (…가 … 대상으로 실시한)',
      ["서울 강서구는 국민권익위원회가 공공기관 600곳을 대상으로 실시한 '2015년 공공기관 청렴도 측정'에서 종합청렴도 1등급을 받았다."],
      [award({ name: '공공기관 청렴도 측정', year: 2015, grade: '1등급', organizer: '국민권익위원회' })],
    ],
    [
      'a streak in a copula sentence and the prize handed over at the ceremony',
      [
        '서울 성동구가 ‘2024년 지방자치단체 혁신평가’에서 최우수기관으로 선정됐다. 2022년부터 3년 연속 최우수기관이다.',
        '구는 지난 20일 열린 시상식에서 행정안전부 장관 표창을 받았다.',
      ],
      [award({ name: '지방자치단체 혁신평가', year: 2024, grade: '최우수기관', streak: 3, prize: '행정안전부 장관 표창' })],
    ],
    [
      'an earlier edition of the same contest keeps neither year nor organizer',
      [
        '구로구는 행정안전부 주관 ‘2022년 지방규제혁신 우수사례 경진대회’에서 최우수상을 받았다.',
        '앞서 구는 지난해 같은 대회에서 장려상을 받은 바 있다.',
      ],
      [
        award({ name: '지방규제혁신 우수사례 경진대회', year: 2022, grade: '최우수상', organizer: '행정안전부' }),
        award({ name: '지방규제혁신 우수사례 경진대회', grade: '장려상' }),
      ],
    ],
    [
      'a letter grade quoted as one label, and a streak told with the grade as object',
      ['서울 강서구는 한국매니페스토실천본부가 주관한 ‘2024 전국 기초단체장 공약이행 평가’에서 최고 등급인 ‘SA등급’을 받았다. 이로써 구는 5년 연속 최고 등급을 받게 됐다.'],
      [award({ name: '전국 기초단체장 공약이행 평가', year: 2024, grade: 'SA등급', streak: 5, organizer: '한국매니페스토실천본부' })],
    ],
    [
      'a merit award (… 유공 포상) with a minister’s commendation',
      ['성동구는 여성가족부가 주관한 ‘2024년 가족친화 유공 포상’에서 여성가족부 장관 표창을 받았다.'],
      [award({ name: '가족친화 유공 포상', year: 2024, prize: '여성가족부 장관 표창', organizer: '여성가족부' })],
    ],
    [
      'a quoted name whose kind (포상, 공모) follows the quote, not taken from a contest the paragraph before hosts',
      [
        '구는 다음 달 학생을 대상으로 한 샘플 청소년 글짓기 공모전 시상식도 열 예정이다.',
        '강북구는 지난해 12월 국가보훈부가 주관한 ‘2024년 보훈문화 확산 유공’ 포상에서 대통령 표창을 받기도 했다.',
      ],
      [award({ name: '보훈문화 확산 유공', year: 2024, prize: '대통령 표창', organizer: '국가보훈부' })],
    ],
    [
      'a quoted prize of any name at a contest whose organizer stands in brackets',
      ['한하람 강동구청장이 지난 13일 열린 ‘2024 대한민국 자치발전 대상’(샘플신문 주최)에서 ‘올해의 단체장상’을 받았다.'],
      [award({ name: '대한민국 자치발전 대상', year: 2024, prize: '올해의 단체장상', organizer: '샘플신문' })],
    ],
    [
      'a prize handed over on a day written between (선정돼 지난 7일 대통령 표창)',
      ['광진구는 소방방재청이 실시한 ‘2012년 재난관리평가’에서 최우수기관으로 선정돼 지난 7일 대통령 표창을 받았다.'],
      [award({ name: '재난관리평가', year: 2012, grade: '최우수기관', prize: '대통령 표창', organizer: '소방방재청' })],
    ],
    [
      'a ministry written right before the quoted evaluation (보건복지부 ‘…평가’)',
      ['도봉구는 보건복지부 ‘2025 지역사회 통합돌봄 선도사업 평가’에서 우수기관에 선정됐다.'],
      [award({ name: '지역사회 통합돌봄 선도사업 평가', year: 2025, grade: '우수기관', organizer: '보건복지부' })],
    ],
    [
      'a prize with no evaluation named (국무총리상 수상)',
      ['구로구는 국무총리상을 수상했다.'],
      [award({ name: '국무총리상', prize: '국무총리상' })],
    ],
    [
      'short names: 행안부 and 지자체 혁신평가',
      ['광진구는 행안부 주관 지자체 혁신평가에서 우수기관에 선정됐다.'],
      [award({ name: '지방자치단체 혁신평가', grade: '우수기관', organizer: '행정안전부' })],
    ],
    [
      'a grade and a prize for one result, with a streak',
      ['중랑구가 ‘2022 지방자치단체 혁신평가’에서 3년 연속 최우수기관으로 선정돼 대통령 표창을 받았다.'],
      [award({ name: '지방자치단체 혁신평가', year: 2022, grade: '최우수기관', streak: 3, prize: '대통령 표창' })],
    ],
    [
      'a grade written as 등급',
      ['강서구는 국민권익위원회가 실시한 청렴도 평가에서 1등급을 받았다.'],
      [award({ name: '청렴도 평가', grade: '1등급', organizer: '국민권익위원회' })],
    ],
    [
      'a letter grade, quoted, without the word 등급, and its streak in a sentence of its own',
      ['광진구는 한국매니페스토실천본부가 실시한 ‘2022년 기초자치단체장 공약이행 평가’에서 최고 등급인 ‘SA’ 등급을 받았다.', '구는 2019년부터 4년 연속 SA 등급을 받았다.'],
      [award({ name: '기초자치단체장 공약이행 평가', year: 2022, grade: 'SA', streak: 4, organizer: '한국매니페스토실천본부' })],
    ],
    [
      'a grade written 최우수 등급 (등급 is the word for grade)',
      ['서대문구는 국민권익위원회의 청렴도 평가에서 최우수 등급을 받았다.'],
      [award({ name: '청렴도 평가', grade: '최우수', organizer: '국민권익위원회' })],
    ],
    [
      'a streak told after the award (지난해에 이어 2년 연속 수상이다)',
      ['중랑구가 한국공공자치연구원이 발표한 ‘2021 한국지방자치경쟁력지수(KLCI)’ 평가에서 최우수상을 받았다. 지난해에 이어 2년 연속 수상이다.'],
      [award({ name: '한국지방자치경쟁력지수', year: 2021, grade: '최우수상', streak: 2, organizer: '한국공공자치연구원' })],
    ],
    [
      'a contest named …대상 and its grade 대상',
      ['영등포구가 한국일보 주최 ‘대한민국 친환경 대상’에서 대상을 차지했다.'],
      [award({ name: '대한민국 친환경 대상', grade: '대상', organizer: '한국일보' })],
    ],
    [
      'a quoted name kept whole, with the ministry that runs it',
      ['노원구가 보건복지부 주관 ‘2023년 지역사회보장계획 시행결과 평가’에서 최우수상을 수상했다.'],
      [award({ name: '지역사회보장계획 시행결과 평가', year: 2023, grade: '최우수상', organizer: '보건복지부' })],
    ],
    [
      'a prize in brackets after its grade (‘최우수상(장관상)’)',
      ['송파구는 ‘2023 지방자치 경영대전’에서 ‘최우수상(장관상)’을 수상했다.'],
      [award({ name: '지방자치 경영대전', year: 2023, grade: '최우수상', prize: '장관상' })],
    ],
    [
      'a result given at the ceremony of a named contest, edition number dropped',
      ['광진구는 지난달 28일 열린 ‘제18회 대한민국 지방자치 경영대전’ 시상식에서 국무총리상을 수상했다.'],
      [award({ name: '대한민국 지방자치 경영대전', prize: '국무총리상' })],
    ],
    [
      'a ministry prize written with a space (행정안전부 장관상)',
      ['동대문구가 ‘2022 대한민국 공공서비스 혁신대상’에서 행정안전부 장관상을 수상했다.'],
      [award({ name: '대한민국 공공서비스 혁신대상', year: 2022, prize: '행정안전부 장관상' })],
    ],
    [
      'the organizer written as who held it (행정안전부가 연)',
      ['성북구는 행정안전부가 연 ‘2023 정부혁신 우수사례 경진대회’에서 우수상을 받았다.'],
      [award({ name: '정부혁신 우수사례 경진대회', year: 2023, grade: '우수상', organizer: '행정안전부' })],
    ],
    [
      'an edition year written before the organizer (2021년 행정안전부 주관 …)',
      ['강동구가 2021년 행정안전부 주관 지방자치단체 혁신평가에서 우수기관으로 선정됐다.'],
      [award({ name: '지방자치단체 혁신평가', year: 2021, grade: '우수기관', organizer: '행정안전부' })],
    ],
    [
      'two grades in one sentence, joined by a comma',
      ['강동구는 ‘2022 서울시 자치구 평가’에서 복지 부문 대상을, 청렴 부문에서 우수상을 받았다.'],
      [
        award({ name: '서울시 자치구 평가', year: 2022, grade: '대상' }),
        award({ name: '서울시 자치구 평가', year: 2022, grade: '우수상' }),
      ],
    ],
    [
      'a list of districts and grades: only the story’s own',
      ['서초구는 서울시 자치구 평가 결과를 알렸다.', '이번 평가에서 강남구가 대상을, 서초구는 우수상을 받았다.'],
      [award({ name: '서울시 자치구 평가', grade: '우수상' })],
    ],
    [
      'a list where the story’s district comes first',
      ['강남구는 서울시 자치구 평가 결과를 알렸다.', '서울시 자치구 평가에서 강남구가 최우수구, 서초구가 우수구로 선정됐다.'],
      [award({ name: '서울시 자치구 평가', grade: '최우수구' })],
    ],
  ])('%s', (_what, paragraphs, expected) => {
    expect(awardsOf(...paragraphs)).toEqual(expected);
  });
});

describe('extractAwards: the story’s district is given', () => {
  test('takes the result of the story’s district after an opening that names another first', () => {
    const input = [
      '서울 성동구와 동작구가 ‘2024 대한민국 지방자치 경영대전’에서 나란히 상을 받았다.',
      '동작구(구청장 한가온)는 같은 경영대전 복지 분야에서 우수상인 국무총리상을 받았다.',
    ].map((text, index) => ({ index, line: index + 1, text }));
    const fields = extractAwards(input, '동작구').map(({ evidence: _e, ...f }) => f);
    expect(fields).toEqual([award({ name: '대한민국 지방자치 경영대전', grade: '우수상', prize: '국무총리상' })]);
  });
});

describe('extractAwards: naming a result from the story', () => {
  test('an earlier unnamed result gets the series name, without year or organizer', () => {
    expect(
      awardsOf(
        '성북구가 행정안전부 주관 ‘2021년도 지방자치단체 정부혁신평가’에서 우수기관으로 선정됐다.',
        '앞서 구는 최우수상인 ‘대통령상’을 2년 연속 수상했다.',
      ),
    ).toEqual([
      award({ name: '지방자치단체 혁신평가', year: 2021, grade: '우수기관', organizer: '행정안전부' }),
      award({ name: '정부혁신평가', grade: '최우수상', streak: 2, prize: '대통령상' }),
    ]);
  });

  test('이번 평가 refers to the story’s evaluation, year included', () => {
    expect(
      awardsOf('도봉구가 ‘2022년 지방자치단체 합동평가’ 결과를 공개했다.', '구는 이번 평가에서 최우수 기관으로 선정됐다.'),
    ).toEqual([award({ name: '지방자치단체 합동평가', year: 2022, grade: '최우수 기관' })]);
  });

  test('a restatement with fewer details adds to the award it restates', () => {
    const found = extractAwards(
      splitParagraphs(
        '양천구가 행정안전부 주관 ‘2021년 지방자치단체 혁신평가’에서 우수기관으로 선정됐다.\n' +
          '구청장은 “혁신평가에서 4년 연속 우수기관 선정이라는 성과를 거뒀다”고 말했다.',
      ),
    );
    expect(found.map(({ evidence, ...f }) => [f, evidence.paragraph])).toEqual([
      [award({ name: '지방자치단체 혁신평가', year: 2021, grade: '우수기관', streak: 4, organizer: '행정안전부' }), 0],
    ]);
  });
});

describe('extractAwards: what is not an award', () => {
  test.each([
    ['a sentence explaining the evaluation', '‘지방자치단체 혁신평가’는 전국 지자체를 우수·보통·미흡으로 평가한다.'],
    ['prizes a class of bodies will get', '우수기관에 선정된 지방자치단체는 향후 국무총리 표창을 수여받게 된다.'],
    ['a prize not yet received', '구는 다음 달 시상식에서 장관상을 받을 예정이다.'],
    ['a person’s prize', '구청 소속 김하늘 주무관이 행정안전부장관 표창을 받았다.'],
    ['대상 meaning “target”', '구는 청년을 대상으로 공모한 사업에 선정됐다.'],
    ['a program picked as a good practice', '‘희망 돌봄’ 사업이 우수 사례로 선정됐다.'],
    ['a rank kept', '구는 우수사례 124건 등재로 1위를 유지하고 있다.'],
    ['a prize with no giver named (정부 표창)', '구는 2018년부터 3년 연속 정부 표창을 수상했다.'],
    ['a commendation with no giver and no grade (기관 표창)', '구는 지난달 기관 표창을 받았다.'],
    ['a rank with no evaluation named (인구 1위)', '구는 서울 자치구 가운데 인구 1위를 차지했다.'],
    ['a Hangul syllable spaced before 등급 (모두 다 등급)', '구는 사업장을 점검해 모두 다 등급을 매겼다.'],
    ['another district’s result', '관악구는 설명회를 열었다. 한편 강남구가 같은 평가에서 대상을 받았다.'],
  ])('%s', (_what, text) => {
    expect(awardsOf(text)).toEqual([]);
  });
});

describe('extractAwards: evidence', () => {
  test('points at the paragraph index and the sentence of the result', () => {
    const found = extractAwards([
      { index: 3, line: 7, text: '구는 평가 결과를 알렸다. 구는 서울시 자치구 평가에서 우수구로 선정됐다.' },
    ]);
    expect(found.map((a) => a.evidence)).toEqual([{ paragraph: 3, sentence: '구는 서울시 자치구 평가에서 우수구로 선정됐다.' }]);
  });
});

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'awards');

describe('extractAwards: fixture stories', () => {
  test.each(readdirSync(FIXTURES))('%s', (name) => {
    const actual = extractAwards(splitParagraphs(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')));
    const expectedPath = join(FIXTURES, name, 'expected.json');
    if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedPath), `${expectedPath} is missing: write it by hand or run with UPDATE=1 and review it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

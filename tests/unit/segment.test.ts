import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedText } from '../../src/pipeline/parse.ts';
import { segmentByDistrict } from '../../src/pipeline/segment.ts';
import { storyParagraphs } from '../../src/pipeline/story-paragraphs.ts';
import { findResidue } from '../../src/pipeline/residue.ts';
import { findHead } from '../../src/pipeline/extract/people.ts';
import { extractStoryFacts } from '../../src/pipeline/extract/index.ts';
import { sentenceSubject, headlineDistricts } from '../../src/pipeline/subject.ts';
import type { ParsedArticle } from '../../src/pipeline/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/segment');

interface ExpectedStory {
  district: string;
  paragraphs: number[];
  head: string | null;
  /** The story's text begins with this (byline removed, clipped). */
  opens: string;
  /** The story's text ends with this, for stories holding part of a paragraph. */
  closes?: string;
}

function parse(text: string, source = 'fixture.txt'): ParsedArticle {
  const result = parseSeedText(text, source);
  if (!result.value) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value;
}

describe('segmentByDistrict on fixture articles', () => {
  test.each(readdirSync(FIXTURES))('%s', (name) => {
    const article = parse(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'), name);
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as {
      residue: number[];
      stories: ExpectedStory[];
    };
    const segments = segmentByDistrict(article);
    const got = segments.map((s) => {
      const paragraphs = storyParagraphs(article, s);
      const text = paragraphs.map((p) => p.text).join('\n');
      return {
        district: s.district,
        paragraphs: [...s.paragraphs],
        head: findHead(paragraphs, s.district)?.name ?? null,
        opens: text.slice(0, expected.stories.find((e) => e.district === s.district)?.opens.length ?? 10),
        ...(expected.stories.find((e) => e.district === s.district)?.closes !== undefined
          ? { closes: text.slice(-expected.stories.find((e) => e.district === s.district)!.closes!.length) }
          : {}),
      };
    });
    expect([...article.residue].sort((a, b) => a - b)).toEqual(expected.residue);
    expect(got).toEqual(expected.stories);
    for (const s of segments) {
      expect(s.confidence).toBeGreaterThanOrEqual(0.5);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('sentenceSubject', () => {
  test.each([
    ['서초구는 지난 9일 평가에서 우수기관으로 선정됐다.', ['서초구'], 'subject'],
    ['양천구(구청장 김하늘)가 주민 설명회를 열었다.', ['양천구'], 'strong'],
    ['서울 관악구가 청년 취업 상담을 시작한다.', ['관악구'], 'strong'],
    ['이번 평가에서 동작구는 높은 점수를 받았다.', ['동작구'], 'subject'],
    ['마포구청은 이날 설명회를 열었다.', ['마포구'], 'subject'],
    ['한나래 마포구청장은 “주민과 함께하겠다”고 말했다.', ['마포구'], 'head'],
    ['강동, 주민이 직접 만든 안전지도', ['강동구'], 'comma'],
    ['성동구와 광진구는 공동 협약을 맺었다.', ['성동구', '광진구'], 'pair'],
    ['셋째 아이부터 주던 출산축하금을 둘째 아이까지 넓힌 서울 은평구가 산후조리비도 준다.', ['은평구'], 'strong'],
    ['[금천구] 구는 하천변에 운동기구를 놓았다.', ['금천구'], 'comma'],
    ['[서울 양천구] 제1회 청소년 e스포츠 대회 온라인으로', ['양천구'], 'comma'],
    ['노원구의회는 지난 9일 본회의에서 청년 주거 지원 조례를 의결했다.', ['노원구'], 'subject'],
    ['강서구의 겸재 가을 그림축제는 한강 풍경을 주제로 한다.', ['강서구'], 'subject'],
    ['반면 노원구는 다음 달 열 예정이던 먹거리 장터를 취소했다.', ['노원구'], 'subject'],
    ['같은 날 행정안전부가 발표한 ‘2010년 지방세정 종합평가’ 결과에서는 양천구가 최우수 기관으로 선정됐다.', ['양천구'], 'subject'],
    ['‘현장에 답이 있다’는 말을 입에 달고 사는 탁상우 구청장의 동대문구는 전통시장 살리기에 승부를 걸었다.', ['동대문구'], 'subject'],
    ['강서구의 화두는 마곡이다.', ['강서구'], 'subject'],
    ['민선6기 1년을 맞은 강서구의 화두는 마곡이다.', ['강서구'], 'subject'],
    ['장려구인 마포구는 외국인 주민을 위한 민원 안내 서비스를 운영했다.', ['마포구'], 'subject'],
    ['최우수상(국무총리 표창)을 받은 영등포구는 ‘AI 민원 안내 콜센터’로 주목받았다.', ['영등포구'], 'subject'],
    ['3월 27일부터 전국에서 시행되는 돌봄통합지원법에 맞춰 성북구는 퇴원 환자의 집으로 찾아간다.', ['성북구'], 'subject'],
    ['어린이날인 5월 5일(화)에는 성북구가 성북천 일대에서 놀이 박람회를 연다.', ['성북구'], 'subject'],
    ['▶ 김도윤 금천구청장 : 그래서 ‘초1 절벽’이라는 말이 나오죠.', ['금천구'], 'head'],
    ['종로 | 종로 한복 나들이 | 10.5.(토)~10.6.(일) | 인사동 일대', ['종로구'], 'comma'],
  ])('%s → %j (%s)', (sentence, districts, role) => {
    expect(sentenceSubject(sentence)).toEqual({ districts, role });
  });

  test.each([
    ['동작구 청년정책 위원은 오는 12월까지 활동한다.', 'a district modifying a noun'],
    ['동작구에 주소지를 둔 청년이면 신청할 수 있다.', 'a place particle'],
    ['행정안전부는 서초구를 우수기관으로 뽑았다.', 'an object'],
    ['인근 강남구는 이미 비슷한 사업을 하고 있다.', 'a neighbour'],
    ['앞서 강남구는 같은 사업으로 상을 받았다.', 'background introduced by 앞서'],
    ['종로구, 중구, 용산구 등 10개 자치구가 참여한다.', 'a list of districts'],
    ['종로구는 5일, 중구는 6일에 문을 연다.', 'a schedule giving two districts a subject each'],
    ['부산 중구는 원도심 관광 코스를 운영한다.', 'Busan’s 중구'],
    ['“서초구는 혁신의 도시”라고 말했다.', 'a district inside a quote'],
    ['강남구청역 일대에서 행사가 열렸다.', 'a station named after the district office'],
    ['동작구의회 의원들이 현장을 둘러봤다.', 'a council’s members, not the council'],
    ['관악구-삼성전자 청년 멘토링이 열린다.', 'a programme name'],
    ['[서울=뉴시스] 시는 하천변에 운동기구를 놓았다.', 'a bracket label that is no district'],
    ['올해 구가 추진한 사업 가운데 가장 오래 준비한 일로 꼽히는 것은 서초구가 …', 'a district beyond the opening words'],
    ['이 방식은 송파구가 지난해 도입한 ‘안심 수변길’을 참고했다.', 'a district whose thing another took as its model'],
    ['강남구의 지원을 받은 주민이 늘었다.', 'the district’s thing inside a clause about someone else'],
    ['송파구의 한 주민은 “좋다”고 말했다.', 'one of the district’s people'],
    ['“올해 평가에서 강남구가 1위를 했다”고 말했다.', 'a district inside a quotation, though after 평가에서'],
    ['송파구의 인구는 65만명으로 가장 많았다.', 'the district’s figures, not its initiative'],
    ['강남구의 경우 주민이 많다.', '…의 경우 with a subject of its own'],
    ['그는 “현장에 답이 있다는 말을 입에 달고 사는 탁상우 구청장의 동대문구는 다르다”고 말했다.', 'a district inside an open quotation, though led by its head'],
    ['이와 달리 반면 인근 강남구는 비슷한 사업을 접었다.', 'a contrast further in, with a neighbour'],
    ['주민 이모(45)씨는 강남구가 약속을 지키지 않았다고 주장했다.', 'a person (age in brackets) saying what the district did'],
    ['주민이 가장 많이 꼽은 것은 강남구의 축제는 아니었다.', 'a short noun in 은 before the district (것은), another clause'],
  ])('%s → none (%s)', (sentence) => {
    expect(sentenceSubject(sentence)).toBeNull();
  });

  test('a city already the subject makes a district in its clause no subject (시는 서울 강남구가 도입한 …을 참고해)', () => {
    expect(sentenceSubject('시는 서울 강남구가 지난해 도입한 안내 서비스를 참고해 앱을 만들었다.')).toBeNull();
  });

  test('a district doing something similar is a comparison, not a subject (비슷한 사업을 먼저 시작한 양천구에서는)', () => {
    expect(sentenceSubject('비슷한 사업을 지난해 먼저 시작한 양천구에서는 어르신을 구한 사례도 나왔다.')).toBeNull();
  });

  test('treats a bare 중구 as Busan’s when the article places 중구 in Busan', () => {
    expect(sentenceSubject('중구는 경관 조명을 설치했다.', new Set(['중구']))).toBeNull();
    expect(sentenceSubject('중구는 경관 조명을 설치했다.')).toEqual({ districts: ['중구'], role: 'subject' });
  });
});

describe('headlineDistricts', () => {
  test('a part giving a list of districts one grade (…서초·송파 우수) makes a roundup of results, not a list that only links them', () => {
    const h = headlineDistricts('강남구 ‘대상’…서초·송파 우수');
    expect([[...h.subjects], h.roundup]).toEqual([['강남구'], true]);
    expect([...headlineDistricts('마포·서대문 잇는 경의선숲길 개통').subjects]).toEqual([]);
    expect(headlineDistricts('강남·송파 대상 재건축 규제 완화').roundup).toBe(false);
  });

  test('reads one subject per …-separated part of a roundup headline', () => {
    const h = headlineDistricts('[구정 소식]마포구, 식물 병원 열어...은평구 어르신 교실 운영… 강서구 청년 창업 지원');
    expect([...h.subjects]).toEqual(['마포구', '은평구', '강서구']);
  });

  test.each([
    ['[서울 25시] 출산 지원 넓힌 은평구 外', true],
    ['마포구 “상권 살린다”…상인과 손잡고 ‘골목 축제’', false],
    ['강동구, 정원사 100명 활동…금천구 ‘점심 공연’ 개막', true],
    ['서울 자치구 연말 정보화 평가 ‘상복’…강남구 2년 연속 대통령 표창', true],
    ['추석 연휴 앞두고 자치구들 ‘비대면 명절’ 지원', true],
    ['강남구, 구청 민원실에 무인발급기 설치', false],
  ])('reads %j as a roundup: %s', (title, roundup) => {
    expect(headlineDistricts(title).roundup).toBe(roundup);
  });

  test('reads a list of topics, each opening with its district, as a roundup (…강남 …·노원 …·양천 …)', () => {
    const h = headlineDistricts('자치구 교육 경쟁…강남 온라인 특강·노원 입시 설명회·양천 학부모 교실');
    expect([...h.subjects]).toEqual(['강남구', '노원구', '양천구']);
    expect(h.roundup).toBe(true);
    // Districts listed together are one topic, not a roundup.
    expect(headlineDistricts('강남·서초 주민 대상 설명회').roundup).toBe(false);
  });

  test('reads districts listed with one 구 as the headline’s subjects (종로·중·용산구, …)', () => {
    const h = headlineDistricts('종로·중·용산구, 장애인 가족 지원 잇따라');
    expect([...h.subjects]).toEqual(['종로구', '중구', '용산구']);
    expect(h.roundup).toBe(true);
  });

  test('names the last short name of a list (…중랑·서대문·동대문)', () => {
    const h = headlineDistricts('새해 자치구 정책 속속…중랑·서대문·동대문');
    expect([...h.named]).toEqual(['중랑구', '서대문구', '동대문구']);
  });

  test('names a partner without making it a subject', () => {
    const h = headlineDistricts('송파구, 강동구와 손잡고 자전거길 조성');
    expect([...h.subjects]).toEqual(['송파구']);
    expect([...h.named].sort()).toEqual(['강동구', '송파구']);
  });
});

describe('segmentByDistrict rules', () => {
  test('a district ranked by a count in a city-wide tally starts no story (…노원구 4곳 최다)', () => {
    const article = parse(
      [
        ' date 2021-11-09 서울시, ‘태양광 마을’ 30곳 선정…도봉구 4곳 최다',
        '',
        '서울시가 태양광 마을 30곳을 새로 선정했다고 9일 밝혔다.',
        '자치구별로는 도봉구가 4곳으로 가장 많았고 강서구·관악구가 각 3곳이었다.',
        '시는 이달 25일 합동 발대식을 연다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article)).toEqual([]);
  });

  test('a newsletter that names one district and goes on about `구는` is that district’s story', () => {
    const article = parse(
      [
        ' date 2023-05 구정 소식 5월호',
        '',
        '구정 소식 | 2023년 5월호 | 발행: 강북구청 홍보과 | 구독 신청 ☎ 02-000-0000',
        '◇ 우이천에서 만나요, ‘강북 가족 소풍’',
        '구는 가정의 달을 맞아 우이천 일대에서 가족 행사를 엽니다.',
        '강북구청장 한서진',
        '◇ 걷고 모으는 ‘강북 걸음 포인트’',
        '걸음 수에 따라 지역화폐처럼 쓸 수 있는 포인트를 줍니다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => [s.district, s.paragraphs])).toEqual([['강북구', [2, 3, 4, 5]]]);
    expect(article.residue.has(0)).toBe(true);
  });

  test('two districts doing one thing together both get the story (서대문·은평 공동 …, …(구청장 …)와 …가)', () => {
    const article = parse(
      [
        ' date 2020-08-10 [자치구 브리핑] 성북 배달앱…서대문·은평 공동 수변길',
        '',
        '◇서대문·은평 공동 ‘두 물길 산책로’ 잇는다',
        '서대문구(구청장 한다온)와 은평구(구청장 서누리)가 두 하천을 하나의 산책로로 잇는다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => s.district)).toEqual(['서대문구', '은평구']);
  });

  test('joins a second passage about a district to its first story', () => {
    const article = parse(
      [
        ' date 2023-01-10 서초구·강남구 소식',
        '',
        '서울 서초구가 양재천 산책로를 새로 단장했다.',
        '서울 강남구가 개포동에 작은 도서관을 열었다.',
        '서울 서초구는 산책로 주변에 야간 조명도 설치할 계획이다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['서초구', [0, 2]],
      ['강남구', [1]],
    ]);
  });

  test('ends a story at a headline line that opens with another district', () => {
    const article = parse(
      [
        ' date 2016-05-02 서울 지역 소식',
        '',
        '서울 도봉구는 창동에 청년 공방을 열었다고 2일 밝혔다.',
        '강북구 “우이천 걸어요”…우이천 별빛 산책 학교 운영',
        '다른 지역 소식',
        '관악구는 신림동에 주민 쉼터를 열었다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['도봉구', [0]],
      ['관악구', [3]],
    ]);
  });

  test('shares a lead that gives several districts their results with each of their stories', () => {
    const article = parse(
      [
        ' date 2021-12-09 구로구 ‘최우수’…강남구 ‘우수’',
        '',
        '서울시 자치구 평가에서 구로구가 최우수구로, 강남구가 우수구로 각각 선정됐다.',
        '구로구(구청장 여하람)는 복지 분야에서 만점을 받았다.',
        '강남구(구청장 권한대행 모시우)는 교통 분야 최고점을 받았다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['구로구', [0, 1]],
      ['강남구', [0, 2]],
    ]);
  });

  test('starts no story for a partner in a single-district article whose headline joins clauses with …', () => {
    const article = parse(
      [
        ' date 2019-10 마포구 “상권 살린다”…상인과 손잡고 ‘골목 축제’',
        '',
        '서울 마포구(구청장 나도윤)가 상인회와 함께 골목 축제를 연다.',
        '서대문구와 은평구도 축제 기간 홍보 부스를 운영한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => s.district)).toEqual(['마포구']);
  });

  test('starts no story for a neighbour named before the headline’s district', () => {
    const article = parse(
      [
        ' date 2023-01-10 서초구, 어르신 반려식물 돌봄 시작',
        '',
        '지난해 강남구가 처음 선보인 반려식물 돌봄을 서초구도 이달부터 시작한다.',
        '서초구는 경로당 30곳에 화분을 나눠 준다.',
        '구는 식물 상담사 5명을 둔다.',
      ].join('\n'),
    );
    // The neighbour starts nothing; the opening sentence (서초구도 … 시작한다) is 서초구's story's opening.
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['서초구', [0, 1, 2]]]);
  });

  test('a district the headline does not name starts a story when the passage goes on about it as 구는', () => {
    const article = parse(
      [
        ' date 2020-04-09 외신 “서울 중랑구, 찾아가는 빨래방으로 방역”',
        '',
        '외신이 중랑구가 지난달부터 운영 중인 ‘찾아가는 빨래방’을 소개했다.',
        '중랑구는 이달 말까지 빨래방을 10곳으로 늘린다.',
        '외신은 이와 함께 광진구가 ‘광진 안심 도시락’을 나르고 있다고 전했다. 구는 지난 1일부터 도시락 300개를 보낸다.',
        '강북구는 지난해 비슷한 빨래방을 열었다.',
      ].join('\n'),
    );
    // The headline's quote names 중랑구 (its opening paragraph is its story's); 광진구's passage goes
    // on with 구는; 강북구, named for comparison in one sentence, starts nothing.
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['중랑구', [0, 1]],
      ['광진구', [2, 3]],
    ]);
  });

  test('a district the roundup’s headline names is Seoul’s though the text also names its namesake elsewhere', () => {
    const article = parse(
      [
        ' date 2020-12-03 구로구 ‘온라인 장터’...강서구 청년창업센터 내년 3월 개관',
        '',
        '구로구는 ‘구로 온라인 장터’를 연다.',
        '강서구(구청장 한가온)는 내년 3월 ‘강서 청년창업센터’를 연다. 구는 이름이 같은 부산 강서구와 교류 사업도 한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => s.district)).toEqual(['구로구', '강서구']);
  });

  test('an article about one district that opens on a scene keeps its opening prose, not its caption', () => {
    const article = parse(
      [
        ' date 2016-11 성북구 ‘나눔 냉장고’ 1년, 이웃 밥상 지켰다',
        '',
        '[사진] 성북구 정릉동 나눔 냉장고 앞. (사진=성북구 제공)',
        '정릉동 시장 골목의 한 모퉁이. 아침 9시가 되자 주민들이 반찬 통을 들고 냉장고 앞에 줄을 선다.',
        '냉장고는 지난해 11월 문을 열었고, 지금은 하루 200명이 찾는다.',
        '한상록 성북구청장은 “이웃이 이웃을 돕는 곳”이라고 말했다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['성북구', [1, 2, 3]]]);
  });

  test('an article whose headline names its one district only as an object (법원, 중구청 … 취소) keeps its opening', () => {
    const article = parse(
      [
        ' date 2017-03-15 “업무추진비 공개하라”…법원, 중구청 비공개 처분 취소',
        '',
        '구청장 업무추진비의 사용처는 공개해야 한다는 법원 판결이 나왔다.',
        '서울행정법원은 시민단체가 낸 소송에서 지난 9일 원고 승소 판결했다고 15일 밝혔다.',
        '중구청은 판결문을 검토한 뒤 항소 여부를 결정하겠다는 입장이다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['중구', [0, 1, 2]]]);
  });

  test('a feature whose headline names no district keeps its opening for the one district’s story, but not across a heading', () => {
    const feature = parse(
      [
        ' date 2012-05 [현장] 골목 끝 반지하 방에 불이 켜지면',
        '',
        '오후 4시, 낡은 연립주택 골목 끝에서 아이들 웃음소리가 들렸다. 방 안에는 책상 여섯 개가 놓여 있었다.',
        '서울 도봉구 창동 골목의 ‘도봉 이웃 공부방’ 이야기다. 도봉구는 주민 모임을 구정 사업으로 키우기로 했다.',
        '공부방은 아이들만 바꾼 게 아니다. 엄마들이 반찬을 만들어 이웃에 나른다.',
        '한지수 도봉구청장은 “주민이 주인”이라고 말했다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(feature).map((s) => [s.district, [...s.paragraphs]])).toEqual([['도봉구', [0, 1, 2, 3]]]);
    const sections = parse(
      [
        ' date 2019-04-09 [수도권 단신] 경기 안양시, 하천 산책로 개방 外',
        '',
        '◆ 안양시, 하천 산책로 개방',
        '경기 안양시는 오는 20일부터 하천 산책로를 밤 11시까지 개방한다.',
        '◆ 서울 양천구, 일자리센터 개소',
        '서울 양천구(구청장 하도윤)가 8일 일자리센터를 열었다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(sections).map((s) => [s.district, [...s.paragraphs]])).toEqual([['양천구', [2, 3]]]);
  });

  test('starts the next district’s story where a sentence opens with it inside another district’s paragraph', () => {
    const article = parse(
      [
        ' date 2024-04-02 서울 자치구 4월 봄 행사 한눈에',
        '',
        '구로구(구청장 한도윤)는 오는 13일 안양천 봄꽃 걷기대회를 연다. 구 관계자는 “가족 신청이 많다”고 전했다. 도봉구는 쌍문동 벚꽃길에서 ‘둘리 봄소풍’을 연다.',
        '성북구(구청장 모서연)는 성북천 벚꽃책방을 운영한다.',
      ].join('\n'),
    );
    const stories = segmentByDistrict(article).map((s) => [s.district, storyParagraphs(article, s).map((p) => p.text.slice(0, 8))]);
    expect(stories).toEqual([
      ['구로구', ['구로구(구청장 ']],
      ['도봉구', ['도봉구는 쌍문동']],
      ['성북구', ['성북구(구청장 ']],
    ]);
  });

  test('on a list page another city’s same-named district (부산 강서구) places only its own teaser elsewhere', () => {
    const article = parse(
      [
        ' date 2019-06-12 자치구 소식',
        '',
        '은평구, 불법 현수막 집중 정비',
        '은평구는 지난 3일부터 이달 말까지 연신내역 일대 불법 현수막을 집중 정비한다…',
        '손하람 기자 | 2019-06-10 16:38',
        '부산 강서구, 어르신 일자리 박람회',
        '부산 강서구는 오는 20일 명지동 체육관에서 어르신 일자리 박람회를 열어 구직자와…',
        '부산=최하늘 기자 | 2019-06-11 11:47',
        '강서구, 마곡 일자리센터 개소',
        '강서구(구청장 임하준)는 10일 마곡동 강서구 일자리센터 개소식을 열고 운영에 들어갔다…',
        '이하윤 기자 | 2019-06-10 14:26',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['은평구', [0, 1]],
      ['강서구', [6, 7]],
    ]);
  });

  test('`X구도` opening a sentence with a thing of its own in quotes is that district’s news in turn; one referring back is not', () => {
    const article = parse(
      [
        ' date 2019-09-27 자치구 가을축제 잇따라…일부 축소',
        '',
        '종로구(구청장 오세진)는 다음 달 5일부터 한복 나들이를 연다.',
        '노원구는 다음 달 12일 열 예정이던 ‘노원 가을 먹거리 장터’를 취소했다. 양천구도 지난 25일 ‘목동 가을 거리 축제’의 먹거리 구역을 없애고 축소해 치렀다. 강서구도 같은 방식으로 ‘겸재 그림축제’를 줄였다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => s.district)).toEqual(['종로구', '노원구', '양천구']);
    const text = storyParagraphs(article, segments.find((s) => s.district === '양천구')!).map((p) => p.text).join('');
    expect(text).toBe('양천구도 지난 25일 ‘목동 가을 거리 축제’의 먹거리 구역을 없애고 축소해 치렀다. 강서구도 같은 방식으로 ‘겸재 그림축제’를 줄였다.');
  });

  test('on a list page a photo story’s title ([포토] 영등포구, …) is a teaser, and the caption under it is its text', () => {
    const article = parse(
      [
        ' date 2014-10-15 자치구 소식',
        '',
        '양천구, 신정동에 ‘어르신 바리스타 카페’ 2호점 열어',
        '양천구는 신정4동 주민센터 1층에 어르신 바리스타 12명이 일하는 카페 2호점을 열었다고 밝혔다…',
        '권하진 기자 | 2014-10-15 09:48',
        '[포토] 영등포구, 불꽃축제 앞두고 여의도 한강공원 안전점검',
        '영등포구 관계자들이 오는 25일 열리는 불꽃축제를 앞두고 15일 한강공원 일대를 점검하고 있다. 구는 축제 당일 공무원을 배치한다…',
        '정수하 기자 | 2014-10-15 09:10',
        '서울 지하철 9호선 노조 파업 예고',
        '노조는 다음 달 파업에 들어간다고 밝혔다…',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['양천구', [0, 1]],
      ['영등포구', [3, 4]],
    ]);
  });

  test('an interview headlined with the district’s head quoted is the district’s story', () => {
    const article = parse(
      [
        ' date 2009-06-30 [구청장에게 듣는다] 하도윤 서대문구청장 “홍제천 살려 쉼터로”',
        '',
        '세 번째 순서는 하도윤(58) 서대문구청장이다.',
        '-취임 3년을 맞은 소감은.',
        '“숨 가쁘게 달려왔다. 첫해부터 하천 복원에 매달렸다.”',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['서대문구', [0, 1, 2]]]);
  });

  test('a district taken as the topic (…구의 경우, …구 역시) inside another’s paragraph goes back to its story, without what stands between', () => {
    const article = parse(
      [
        ' date 2017-08-29 송파 ‘스마트 경로당’·서초 청년 박람회',
        '',
        '송파구(구청장 한하람)는 경로당 30곳에 태블릿을 두는 ‘스마트 경로당’을 연다. 서초구(구청장 조하윤)는 지난 25일 청년 일자리 박람회를 열었다.',
        '서초구는 박람회를 이어간다. 송파구 역시 다음 달 11일부터 태블릿 교육을 시작한다. 서초구의 경우 기업 30곳이 구와 협약을 맺었다.',
      ].join('\n'),
    );
    const stories = segmentByDistrict(article).map((s) => [s.district, storyParagraphs(article, s).map((p) => p.text)]);
    expect(stories).toEqual([
      ['송파구', ['송파구(구청장 한하람)는 경로당 30곳에 태블릿을 두는 ‘스마트 경로당’을 연다.', '송파구 역시 다음 달 11일부터 태블릿 교육을 시작한다.']],
      ['서초구', ['서초구(구청장 조하윤)는 지난 25일 청년 일자리 박람회를 열었다.', '서초구는 박람회를 이어간다. 서초구의 경우 기업 30곳이 구와 협약을 맺었다.']],
    ]);
  });

  test('a district’s own newsletter is its story from the first part, before any sentence names it', () => {
    const article = parse(
      [
        ' date 2013-11 노원소식 11월호 - 구정 소식',
        '',
        '노원소식 | 2013년 11월호(통권 제257호) | 발행 노원구청 홍보과',
        '■ 구청장 편지 - 이웃의 겨울을 함께',
        '구민 여러분, 아침저녁 바람이 차가워졌습니다. 올겨울에도 이웃을 살피겠습니다.',
        '■ 노원구, 생활민원 평가 최우수기관 선정',
        '우리 구가 생활민원 평가에서 최우수기관으로 뽑혔습니다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['노원구', [1, 2, 3, 4]]]);
  });

  test('a sentence of another district that names the current one again (a partner, a comparison) starts nothing', () => {
    const article = parse(
      [
        ' date 2024-05-03 노원구, 지진 대비 합동 훈련',
        '',
        '노원구(구청장 한하람)는 2일 상계동에서 합동 훈련을 했다. 같은 날 도봉구도 구조 인력 30명을 보내 노원구 훈련에 참여했다. 훈련은 상계동 일대에서 3시간 이어졌다.',
        '도봉구의 경우 지난해 3천개였던 것과 비교하면 노원구의 규모가 크다. 구는 민간형 일자리도 발굴한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs], s.clips ?? []])).toEqual([['노원구', [0, 1], []]]);
  });

  test('a Q&A’s answers are their districts’ stories, one that opens on no district too (A. 자치구마다 … 성동구는 …)', () => {
    const article = parse(
      [
        ' date 2021-02-08 설 연휴 아이돌봄·쓰레기 배출은?…서울 자치구 Q&A',
        '',
        'Q. 관악구에 혼자 사는 취업준비생이다. 구에서 도와주는 게 있나?',
        'A. 관악구는 청년 1인 가구 500명에게 ‘혼설 꾸러미’를 보낸다.',
        'Q. 연휴에는 쓰레기를 언제 내놓아야 하나?',
        'A. 자치구마다 배출일이 다르다. 성동구는 11일과 14일 저녁에만 내놓을 수 있다.',
      ].join('\n'),
    );
    const stories = segmentByDistrict(article).map((s) => [s.district, storyParagraphs(article, s).map((p) => p.text.slice(0, 9))]);
    expect(stories.map(([d]) => d)).toEqual(['관악구', '성동구']);
    expect(stories[1]).toEqual(['성동구', ['성동구는 11일과']]);
  });

  test('the city’s own section (■ 서울시 …, [서울시] …) closes the district’s story', () => {
    const article = parse(
      [
        ' date 2023-05-16 양천 꽃길 개방·서울시 안양천 쉼터',
        '',
        '■ 양천구 양천구는 오는 20일 안양천 둑길 꽃길을 연다.',
        '■ 서울시 서울시는 금천·구로·양천·강서 4개 구를 지나는 안양천 둔치에 2026년까지 쉼터를 조성한다고 16일 밝혔다.',
        '[서울시] 서울시는 이달 15일부터 9월 30일까지 무더위쉼터를 연다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['양천구', [0]]]);
    // A list item naming the city (`▲서울시 …`) stays in the story.
    const listed = parse([' date 2023-05-16 양천 청년 지원', '', '양천구(구청장 이하람)는 청년 지원을 늘린다.', '▲서울시 청년수당과 연계한 상담 ▲양천 청년 쉼터 확대'].join('\n'));
    expect(segmentByDistrict(listed).map((s) => [s.district, [...s.paragraphs]])).toEqual([['양천구', [0, 1]]]);
  });

  test('a numbered section’s heading (2. 은평구, …) starts its district’s story', () => {
    const article = parse(
      [
        ' date 2009-05-04 자치구 가정의 달 맞춤 행정',
        '',
        '1. 강북구, 어르신 나들이 버스',
        '강북구(구청장 나은결)는 이달부터 어르신 나들이 버스를 운행한다.',
        '2. 은평구, 다문화 가족 상담실',
        '은평구(구청장 하도윤)는 연신내에 다문화 가족 상담실을 열었다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['강북구', [0, 1]],
      ['은평구', [2, 3]],
    ]);
  });

  test('starts the next district’s story at the same day’s news of it (같은 날 은평구도 …)', () => {
    const article = parse(
      [
        ' date 2023-10-08 자치구 한글날 행사 잇달아',
        '',
        '강북구(구청장 나은결)는 7일 수유동 일대에서 한글 간판 그리기 행사를 열었다. 같은 날 은평구도 연신내역 앞에서 은평 우리말 골목 선포식을 가졌다.',
        '성북구(구청장 모서연)는 성북천 한글책방을 운영한다.',
      ].join('\n'),
    );
    const stories = segmentByDistrict(article).map((s) => [s.district, storyParagraphs(article, s).map((p) => p.text.slice(0, 9))]);
    expect(stories).toEqual([
      ['강북구', ['강북구(구청장 나']],
      ['은평구', ['같은 날 은평구도']],
      ['성북구', ['성북구(구청장 모']],
    ]);
  });

  test('starts no story at a sentence opening with a comparison (중구도) or a noun ending in 구 (연구는)', () => {
    const article = parse(
      [
        ' date 2024-04-20 홀몸 어르신 안부 살핀다',
        '',
        '서울 성동구는 홀몸 어르신을 살피는 ‘성동 안부 전화’를 운영한다고 20일 밝혔다. 중구도 지난해 비슷한 제도를 도입했다. 연구는 대학 연구팀과 광진구가 함께 맡았다.',
        '구는 올해 500가구를 지원한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['성동구', [0, 1]]]);
  });

  test('splits a sentence running two districts’ news, each clause with its own district (…하고, 노원구는 …)', () => {
    const article = parse(
      [
        ' date 2005-06-14 자치구 모바일 민원 경쟁',
        '',
        '강남구는 다음 달부터 민원 처리 상황을 문자로 알려주는 ‘민원 알리미’를 시행한다.',
        '영등포구는 불법 주정차 단속 전 문자를 보내는 사전 예고제를 이달 말까지 시범 운영하고, 노원구는 오는 9월 ‘노원 생활정보망’을 가동한다. 노원구는 이 사업에 4억원을 들인다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => s.district)).toEqual(['강남구', '영등포구', '노원구']);
    const text = (d: string) => storyParagraphs(article, segments.find((s) => s.district === d)!).map((p) => p.text).join('\n');
    expect(text('영등포구')).toBe('영등포구는 불법 주정차 단속 전 문자를 보내는 사전 예고제를 이달 말까지 시범 운영하고,');
    expect(text('노원구')).toBe('노원구는 오는 9월 ‘노원 생활정보망’을 가동한다. 노원구는 이 사업에 4억원을 들인다.');
  });

  test.each([
    ['a relative clause about another district (노원구가 앞서 도입한 …)', '서울 도봉구는 버스정류장 20곳에 쿨링포그를 설치하고, 노원구가 앞서 도입한 그늘막도 들인다.', '노원구'],
    ['a comparison (강북구는 지난해 비슷한 장치를 …)', '서울 도봉구는 버스정류장 20곳에 쿨링포그를 설치하며, 강북구는 지난해 비슷한 장치를 먼저 들였다.', '강북구'],
    ['a tally (…가장 높았고, 노원구는 …)', '서울 강남구는 재정자립도가 25개 자치구 가운데 가장 높았고, 노원구는 가장 낮은 수준에 머물렀다.', '노원구'],
    ['figures (0.3% 올랐고, 노원구는 0.1% …)', '서울 강남구는 아파트값이 지난주보다 0.3% 올랐고, 노원구는 0.1% 내려 대조를 이뤘다.', '노원구'],
  ])('does not split a sentence at …고, X구는 when the second clause is %s', (_rule, sentence, second) => {
    const article = parse([' date 2024-07-01 자치구 소식', '', sentence, '구는 이 사업에 2억원을 쓴다.'].join('\n'));
    expect(segmentByDistrict(article).map((s) => s.district)).not.toContain(second);
  });

  test('splits clauses that share one verb, each with its own district and object (구로구는 …를, 중랑구(구청장 …)는 …; 장려 자치구 가운데 양천구는 …을, 관악구는 …)', () => {
    const article = parse(
      [
        ' date 2004-12-16 서울 자치구들 전자민원 경쟁',
        '',
        '구로구는 입주기업의 인허가 서류를 한 번에 처리하는 ‘기업민원 원스톱 창구’를, 중랑구(구청장 문태호)는 노인을 위한 음성 안내 홈페이지를 내세웠다.',
        '장려 자치구 가운데 양천구는 아파트 관리사무소와 구청 전산망을 연결한 ‘아파트 민원망’을, 관악구는 원룸 거주 청년을 위한 전입신고 온라인 예약제를 선보였다.',
        '장려구인 마포구는 외국인 주민을 위한 4개 국어 민원 안내 서비스를, 강서구는 공항 소음 민원을 한 창구에서 처리하는 ‘소음민원 통합창구’를 운영한 점을 인정받았다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => s.district)).toEqual(['구로구', '중랑구', '양천구', '관악구', '마포구', '강서구']);
    const text = (d: string) => storyParagraphs(article, segments.find((s) => s.district === d)!).map((p) => p.text).join('\n');
    expect(text('중랑구')).toBe('중랑구(구청장 문태호)는 노인을 위한 음성 안내 홈페이지를 내세웠다.');
    expect(text('양천구')).toBe('장려 자치구 가운데 양천구는 아파트 관리사무소와 구청 전산망을 연결한 ‘아파트 민원망’을,');
  });

  test('a feature’s paragraph taking the reader to places glossed with other districts (청계천(중구·종로구)의 …) closes the story before it', () => {
    const article = parse(
      [
        ' date 2023-12-08 서울 동네별 겨울 빛축제 총정리',
        '',
        '요즘 가장 뜨거운 동네 성수동(성동구)에서는 오는 15일부터 ‘성수 윈터 라이트 골목’이 열린다.',
        '고즈넉한 분위기를 원한다면 진관동(은평구)이 정답이다. 은평구는 ‘한옥 등불마을’을 오는 23일 개막한다.',
        '도심에서는 청계천(중구·종로구)의 빛초롱축제가 여전히 강자다. 삼성동 코엑스(강남구)의 민간 행사도 이달 말까지 진행된다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['성동구', [0]],
      ['은평구', [1]],
    ]);
  });

  test('a district after a connective adverb mid-paragraph (…치러진다. 다만 양천구는 …, 한편 노원구는 …) starts its passage', () => {
    const article = parse(
      [
        ' date 2026-01 상반기 자치구 정책 달력',
        '',
        '성북구는 3월 27일부터 퇴원 환자의 집으로 찾아가는 방문팀을 운영한다. 지방선거로 공약 사업 상당수는 미뤄질 가능성이 있다. 다만 양천구는 6월 말까지 반지하 주택 1200가구에 물막이판을 설치한다.',
        '구는 매주 화요일 설치 상황을 점검한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['성북구', [0]],
      ['양천구', [0, 1]],
    ]);
  });

  test('a scene at the district’s own office opening its passage (…종로구청 한우리홀에서는 …. 종로구(구청장 …)는 이날 …) is its', () => {
    const article = parse(
      [
        ' date 2025-11-20 [자치구 소식] 한파 대비 잇따라',
        '',
        '[샘플뉴스] 지난 18일 오후 서울 종로구청 한우리홀에서는 한파 대비 합동 점검 회의가 열렸다. 종로구(구청장 석해진)는 이날 회의에서 한파쉼터 운영 계획을 발표했다.',
        '서울 중구는 김장 나눔 축제를 열었다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => [s.district, [...s.paragraphs]])).toEqual([['종로구', [0]], ['중구', [1]]]);
    expect(storyParagraphs(article, segments[0]!)[0]!.text).toMatch(/^\[샘플뉴스\] 지난 18일|^지난 18일/u);
  });

  test.each([
    ['a neighbourhood of the district (강동구 천호동 강동아트센터 앞 광장에서는 …. 강동구는 이날부터 …)', '지난 11일 오후 강동구 천호동 강동아트센터 앞 광장에서는 어린이 200여명이 참여한 가운데 기후학교 입학식이 열렸다. 강동구는 이날부터 11월까지 기후 수업을 연다.', '강동구'],
    ['the head’s promise (“…하겠습니다.” 여태준 중랑구청장의 약속대로 중랑구가 …)', '“어르신들이 백신을 맞으러 가는 길이 멀지 않도록 하겠습니다.” 여태준 중랑구청장의 약속대로 중랑구가 경로당을 순회하는 ‘찾아가는 접종 예약 도우미’를 운영한다.', '중랑구'],
  ])('in a roundup, a paragraph turning to the next district after %s is that district’s', (_rule, paragraph, district) => {
    const article = parse([' date 2021-06-18 [자치구 소식] 여름 준비', '', '서울 노원구는 청년 마음건강센터를 연다고 18일 밝혔다.', paragraph].join('\n'));
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => s.district)).toEqual(['노원구', district]);
    expect(storyParagraphs(article, segments[1]!).map((p) => p.text)).toEqual([paragraph]);
  });

  test.each([
    ['the previous district’s head (전성수 서초구청장과 조성명 강남구청장 등)', '서초구는 19일 양재천 일대에서 ‘양재천 여름 축제’를 열었다고 20일 밝혔다.', '이날 개막식에는 전성수 서초구청장과 조성명 강남구청장 등 500여 명이 참석했다. 강남구(구청장 조성명)는 축제 기간 셔틀버스를 지원했다.'],
    ['a station named for the office (강남구청역 인근 카페)', '서초구는 20일 ‘서초 스마트쉼터’ 설명회를 열었다고 밝혔다.', '이어진 간담회는 지하철 7호선 강남구청역 인근 카페에서 열렸다. 강남구(구청장 조성명)는 이날 ‘강남 상생 카드’를 출시했다.'],
  ])('no scene at the next district’s office in %s: the sentence stays with the story before', (_rule, first, second) => {
    const article = parse([' date 2025-06-20 [자치구 소식] 여름 축제', '', first, second].join('\n'));
    const segments = segmentByDistrict(article);
    const gangnam = storyParagraphs(article, segments.find((s) => s.district === '강남구')!).map((p) => p.text).join('\n');
    expect(gangnam.startsWith('강남구(구청장 조성명)는')).toBe(true);
  });

  test('a round-table’s later turns under a name alone (▶ 김도윤 : …) are their speaker’s district’s, as the first turn names it', () => {
    const article = parse(
      [
        ' date 2019-05-15 [좌담] 구청장 3인에게 듣는 돌봄',
        '',
        '▶ 김도윤 금천구청장 : 금천은 맞벌이 가정이 많아 ‘틈새 돌봄’을 시작했습니다.',
        '▶ 방승혁 강동구청장 : 강동은 놀이터를 바꾸고 있습니다.',
        '◆ 사회 : 아빠 육아 참여는 어떻게 끌어내고 계십니까.',
        '▶ 김도윤 : 금천은 점심시간 아빠 교실을 지난달부터 열고 있습니다.',
        '▶ 방승혁 : 강동은 가족친화 기업을 늘립니다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['금천구', [0, 3]],
      ['강동구', [1, 2, 4]],
    ]);
  });

  test('in a run-on roundup, a head opening a sentence (…찾았습니다.” 백승호 마포구청장은 …) starts their district’s passage', () => {
    const article = parse(
      [
        ' date 2020-09-24 [뉴스] 추석 앞두고 자치구 비대면 명절 지원',
        '',
        '노원구는 연휴 닷새 동안 ‘명절 긴급돌봄’을 운영합니다. 구는 산책로에 안내 표지 120개를 설치했습니다. “상인도 주민도 안전하게 장을 볼 방법을 찾았습니다.” 백승호 마포구청장은 전통시장 6곳의 온라인 입점을 지원했다고 밝혔습니다. 구는 배달 수수료를 연말까지 지원합니다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    expect(segments.map((s) => s.district)).toEqual(['노원구', '마포구']);
    const text = storyParagraphs(article, segments[1]!).map((p) => p.text).join('\n');
    expect(text).toBe('백승호 마포구청장은 전통시장 6곳의 온라인 입점을 지원했다고 밝혔습니다. 구는 배달 수수료를 연말까지 지원합니다.');
  });

  test('a sentence giving two districts their results (…최우수 기관을, 서초구는 우수 기관을 각각 수상해) is not cut: each story reads it whole', () => {
    const article = parse(
      [
        ' date 2024-05-20 강남구·서초구, 행안부 혁신평가 수상',
        '',
        '서울 강남구는 행정안전부 주관 ‘2024 지방자치단체 혁신평가’에서 최우수 기관을, 서초구는 우수 기관을 각각 수상해 특별교부세를 받게 됐다.',
        '강남구는 민원 처리 기간을 절반으로 줄인 점이 높은 평가를 받았다.',
        '서초구는 주민 참여 예산을 늘린 점을 인정받았다.',
      ].join('\n'),
    );
    const segments = segmentByDistrict(article);
    const awards = segments.map((s) => [s.district, extractStoryFacts(article, s).awards.map((a) => [a.name, a.year, a.grade])]);
    expect(awards).toEqual([
      ['강남구', [['지방자치단체 혁신평가', 2024, '최우수 기관']]],
      ['서초구', [['지방자치단체 혁신평가', 2024, '우수 기관']]],
    ]);
  });

  test.each([
    [
      'the story’s own result understood (구는 … 최우수 자치구에 선정됐다. 구로구가 우수, …)',
      ['서울 종로구는 서울시가 실시한 ‘2024 자치구 청렴도 평가’ 결과를 20일 공개했다.', '구는 이번 평가에서 최우수 자치구에 선정됐다. 구로구가 우수, 관악구가 장려 자치구로 뽑혔다.', '서울 구로구는 고척동에 청년센터를 열었다고 20일 밝혔다.', '서울 관악구는 도림천 산책로를 새로 단장했다고 20일 밝혔다.'],
      [['종로구', [0, 1]], ['구로구', [2]], ['관악구', [3]]],
    ],
    [
      'a tally of ranks (송파구가 1위, 강서구가 2위를 기록했다)',
      ['서울 송파구는 출산 장려금을 늘린다고 20일 밝혔다.', '지난해 자치구별 출생아 수는 송파구가 1위, 강서구가 2위를 기록했다.', '서울 강서구는 산후조리비를 지원한다.'],
      [['송파구', [0, 1]], ['강서구', [2]]],
    ],
  ])('a results row further in stays in the story it runs on when it is %s', (_rule, paragraphs, expected) => {
    const article = parse([' date 2024-05-20 [자치구 소식] 종로구 청렴도 최우수 外', '', ...paragraphs].join('\n'));
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual(expected);
  });

  test.each([
    ['a partner head’s words (오언석 도봉구청장은 “…”고 말했다)', ' date 2024-05-20 노원구, 도봉구와 중랑천 공동 축제', ['서울 노원구는 도봉구와 함께 중랑천 축제를 연다고 20일 밝혔다. 오승록 노원구청장은 “주민 화합의 장”이라고 말했다. 오언석 도봉구청장은 “두 구가 힘을 모아 뜻깊다”고 말했다.', '구는 축제 기간 셔틀버스를 운행한다.'], [['노원구', [0, 1]]]],
    ['a comparison after a connective (이와 함께 광진구는 비슷한 시기 …)', ' date 2024-05-20 [현장] 골목에 불 켜진 ‘성동 야간 안심길’', ['성동구는 성수동 골목에 야간 안심길을 만들었다. 이와 함께 광진구는 비슷한 시기 자양동에 안심길을 만들었다.', '구는 연내 20곳으로 늘린다.'], [['성동구', [0, 1]]]],
    ['a contrast in the city’s article (다만 강남구는 … 시 기준과 다르게 운영된다)', ' date 2024-05-20 서울시, 올여름 무더위쉼터 4000곳 운영', ['서울시는 올여름 무더위쉼터 4000곳을 운영한다고 20일 밝혔다. 다만 강남구는 자체 예산으로 쉼터를 늘려 시 기준과 다르게 운영된다.', '시는 쉼터 위치를 앱으로 안내한다.'], []],
    ['the story’s venue glossed with another district (코엑스(강남구)에서 열리는)', ' date 2024-05-20 [자치구 소식] 서초구 청년 박람회 外', ['서울 서초구는 ‘2024 서초 청년 일자리 박람회’를 연다고 20일 밝혔다.', '28일 삼성동 코엑스(강남구)에서 열리는 박람회에는 기업 50곳이 참여한다.', '참가를 원하는 청년은 오는 27일까지 신청하면 된다.', '서울 노원구는 경춘선숲길에 정원을 만든다.'], [['서초구', [0, 1, 2]], ['노원구', [3]]]],
    ['the city’s news about a place in the district (서울시, 강남구 대치동 …)', ' date 2024-05-20 서울시, 강남구 대치동 토지거래허가구역 1년 연장', ['서울시는 대치동 일대 토지거래허가구역 지정을 1년 연장했다고 20일 밝혔다.', '시는 집값 불안을 이유로 들었다.', '강남구는 주민 설명회를 열기로 했다.'], [['강남구', [2]]]],
  ])('no new story or lost paragraph for %s', (_rule, header, paragraphs, expected) => {
    const article = parse([header, '', ...paragraphs].join('\n'));
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual(expected);
  });

  test('a results row opening one district’s story (노원구가 최우수구에 선정됐고 성동구와 송파구가 우수구, …) is each graded district’s too, and each takes its grade', () => {
    const article = parse(
      [
        ' date 2025-12 노원구, 서울시 ‘기후·환경 종합평가’ 3년 연속 최우수…성동·송파 우수, 강서·영등포 장려',
        '',
        '서울시가 25개 자치구의 환경 정책 성과를 평가한 ‘2025년 자치구 기후·환경 종합평가’ 결과가 나왔다. 노원구가 최우수구에 선정됐고 성동구와 송파구가 우수구, 강서구·영등포구가 장려구에 이름을 올렸다.',
        '최우수구인 노원구(구청장 전해담)는 2023년부터 3년 연속 최우수구 자리를 지켰다.',
        '우수구에 오른 성동구는 자원순환 분야에서 1위를 했다.',
        '송파구는 기후위기 적응 분야에서 좋은 평가를 받았다.',
        '장려구에 선정된 강서구는 도시숲을 새로 만들었다.',
        '영등포구는 쿨루프 사업을 넓혔다.',
      ].join('\n'),
    );
    const awards = segmentByDistrict(article).map((s) => [s.district, extractStoryFacts(article, s).awards.map((a) => [a.name, a.year, a.grade, a.streak])]);
    expect(awards).toEqual([
      ['노원구', [['자치구 기후·환경 종합평가', 2025, '최우수구', 3]]],
      ['성동구', [['자치구 기후·환경 종합평가', 2025, '우수구', null]]],
      ['송파구', [['자치구 기후·환경 종합평가', 2025, '우수구', null]]],
      ['강서구', [['자치구 기후·환경 종합평가', 2025, '장려구', null]]],
      ['영등포구', [['자치구 기후·환경 종합평가', 2025, '장려구', null]]],
    ]);
  });

  test.each([
    ['the partner’s office where an agreement was signed (협약식은 지난 10일 노원구청 대회의실에서 열렸다. 구는 …)', ' date 2025-04-14 도봉구, 노원구와 중랑천 상생 협약', ['서울 도봉구는 노원구와 ‘중랑천 수변 상생 협약’을 맺었다고 14일 밝혔다.', '협약식은 지난 10일 노원구청 대회의실에서 열렸다. 구는 협약에 따라 산책로를 정비한다. 노원구는 하류 구간에 쉼터를 만든다.', '오언석 도봉구청장은 “두 구가 힘을 모아 뜻깊다”고 말했다.'], [['도봉구', [0, 1, 2]]]],
    ['a top navigation bar with a photo tab (홈 | 전체기사 | … | 포토뉴스)', ' date 2025-05-12 노원구, 어린이 축제 성료', ['홈 | 전체기사 | 정치 | 사회 | 포토뉴스 | 오피니언', '김철수 기자', '서울 노원구는 지난 5일 마들근린공원에서 ‘노원 어린이 축제’를 열었다고 12일 밝혔다.', '행사에는 가족 1만여명이 찾았다.'], [['노원구', [2, 3]]]],
  ])('no lost or extra story for %s', (_rule, header, paragraphs, expected) => {
    const article = parse([header, '', ...paragraphs].join('\n'));
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual(expected);
  });

  test.each([
    ['last year’s winner missing out (지난해 최우수구였던 종로구는 올해 … 수상하지 못했다)', '지난해 최우수구였던 종로구는 올해 6위 밖으로 밀려 수상하지 못했다.'],
    ['last year’s result (지난해 처음 열린 이 평가에서는 서울 강동구가 … 최우수기관이었다)', '지난해 처음 열린 이 평가에서는 서울 강동구가 자치구 부문 최우수기관이었다.'],
    ['last year’s grade then this year’s lesser one (지난해 … 최우수기관에 올랐던 송파구는 올해 우수기관에 머물렀다)', '지난해 같은 평가에서 최우수기관에 올랐던 송파구는 올해 우수기관에 머물렀다.'],
  ])('in results news, a district the headline does not name starts no story with %s, and the story before goes on after it', (_rule, background) => {
    const article = parse([' date 2025-12-20 노원구, 서울시 기후·환경 평가 최우수', '', '서울 노원구는 서울시 기후·환경 종합평가에서 최우수구에 선정됐다고 20일 밝혔다.', background, '구는 시상금 5000만원을 받는다.'].join('\n'));
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['노원구', [0, 2]]]);
  });

  test.each([
    ['a past success (지난해 큰 호응을 얻었던 ‘불빛정원’을)', '서울 노원구는 지난해 큰 호응을 얻었던 ‘불빛정원’을 올해도 화랑대 철도공원에서 운영한다.'],
    ['what was lacking (그동안 주차 공간을 확보하지 못했던 …)', '서울 노원구는 그동안 주차 공간을 확보하지 못했던 쌍문동 일대에 공영주차장을 새로 연다고 밝혔다.'],
  ])('a roundup district’s own news with %s is a story, not background', (_rule, paragraph) => {
    const article = parse([' date 2025-05-02 강남구, 어린이날 큰잔치…서초구, 청년 월세 지원', '', '서울 강남구는 어린이날 큰잔치를 연다.', '서울 서초구는 청년 월세를 지원한다.', paragraph].join('\n'));
    expect(segmentByDistrict(article).map((s) => s.district)).toEqual(['강남구', '서초구', '노원구']);
  });

  test('a scene at the district’s office naming the district’s staff (구 관계자와 주민 200여 명이 참석한 가운데) is its passage', () => {
    const article = parse([' date 2025-05-12 [자치구 소식] 종로구·강동구', '', '서울 종로구는 한옥 축제를 연다고 12일 밝혔다.', '지난 11일 오후 강동구청 대강당에서는 구 관계자와 주민 200여 명이 참석한 가운데 ‘탄소중립 선포식’이 열렸다. 강동구는 이날 탄소중립을 선언했다.'].join('\n'));
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['종로구', [0]], ['강동구', [1]]]);
  });

  test('a quotation glued before the next district’s news (…척척 해요.” 한편 서울 서초구는 …) stays with the story before', () => {
    const article = parse([' date 2025-05-02 [자치구 소식] 강남구·서초구', '', '서울 강남구는 어르신 스마트폰 교실을 연다고 2일 밝혔다.', '“배우고 나니 손주와 영상통화도 척척 해요.” 한편 서울 서초구는 청년 월세를 지원한다고 밝혔다.'].join('\n'));
    const segments = segmentByDistrict(article);
    expect(storyParagraphs(article, segments.find((s) => s.district === '서초구')!)[0]!.text.startsWith('한편 서울 서초구는')).toBe(true);
  });

  test('a results sentence further in (…에서는 종로구가 최우수, 구로구가 우수, …) leaves the story it ran on for each graded district’s', () => {
    const article = parse(
      [
        ' date 2004-12-16 서울 자치구들 연말 평가 상복',
        '',
        '강남구(구청장 권오성)는 행정자치부 평가에서 최우수기관으로 선정됐다고 15일 밝혔다.',
        '서울시가 처음 실시한 ‘자치구 전자민원 서비스 평가’에서는 종로구가 최우수, 구로구가 우수 자치구로 뽑혔다.',
        '종로구는 3개 국어로 민원 안내를 하는 다국어 전자민원 창구를 열었다.',
        '구로구는 입주기업 인허가 서류를 한 번에 처리하는 창구를 열었다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['강남구', [0]],
      ['종로구', [1, 2]],
      ['구로구', [1, 3]],
    ]);
  });

  test('a comparison further in naming two districts (인근 노원구와 강북구도 비슷한 …) is shared with neither', () => {
    const article = parse(
      [
        ' date 2014-11-20 자치구 돌봄 소식',
        '',
        '도봉구(구청장 이동진)는 홀몸 어르신 돌봄 네트워크를 출범했다.',
        '구 관계자는 “인근 노원구와 강북구도 비슷한 돌봄 체계를 준비하고 있다”고 말했다.',
        '노원구는 이달 말까지 보안등 320개를 교체한다.',
        '강북구는 골목길 조명을 바꾼다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['도봉구', [0, 1]],
      ['노원구', [2]],
      ['강북구', [3]],
    ]);
  });

  test('a lead giving grades to a list of districts (장려 구에는 중랑구·관악구·은평구가) is shared with each listed district’s story', () => {
    const article = parse(
      [
        ' date 2010-12-21 세정운영 평가 결과',
        '',
        '서울시는 ‘2010년도 자치구 세정운영 종합평가’에서 강서구가 최우수 구로 선정됐다고 밝혔다. 우수 구에는 송파구가, 장려 구에는 중랑구·관악구·은평구가 각각 이름을 올렸다.',
        '강서구(구청장 노현석)는 체납액 정리 분야에서 만점을 받았다.',
        '중랑구(구청장 권한대행 서정호 부구청장)는 처음으로 수상권에 진입했다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['강서구', [0, 1]],
      ['중랑구', [0, 2]],
    ]);
  });

  test('a feature going from neighbourhood to neighbourhood brings each district in through its place (석촌호수(송파구)는, 문래동(영등포구)으로 … 영등포구는)', () => {
    const article = parse(
      [
        ' date 2023-12-08 서울 동네별 겨울 빛축제 총정리',
        '',
        '요즘 가장 뜨거운 동네 성수동(성동구)에서는 오는 15일부터 ‘성수 윈터 라이트 골목’이 열린다.',
        '잠실 석촌호수(송파구)는 올해 스케일을 키웠다. 송파구는 산책로를 따라 조형물 40여 점을 배치했다.',
        '철공소 골목의 불빛이 궁금하다면 문래동(영등포구)으로 가 보자. 영등포구는 작가 20명과 함께 미디어아트를 비춘다.',
        '행사는 양재천(서초구)에서 열린다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['성동구', [0]],
      ['송파구', [1]],
      ['영등포구', [2, 3]],
    ]);
  });

  test('a 서울시 paragraph funding the district’s scheme (서울시가 …, 서울시는 이 사업에 …) does not close its story', () => {
    const article = parse(
      [
        ' date 2024-07-01 자치구 폭염 대책',
        '',
        '도봉구는 버스정류장 20곳에 쿨링포그를 설치한다.',
        '노원구는 경로당 50곳을 무더위쉼터로 운영한다.',
        '서울시는 이 사업에 자치구당 1억원을 지원한다.',
        '구는 쉼터에 냉방비도 지원한다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['도봉구', [0]],
      ['노원구', [1, 2, 3]],
    ]);
  });

  test('a table of figures by district (no column of names) starts no story, and a page’s footer bars stay residue', () => {
    const article = parse(
      [
        ' date 2024-01-05 서울시, 자치구 예산 공개',
        '',
        '강남구는 올해 예산을 1조2000억원으로 편성했다고 밝혔다.',
        '구분 | 2023년 | 2024년 | 증감',
        '강남 | 1조1000억 | 1조2000억 | 9%',
        '송파 | 9000억 | 9500억 | 5%',
        '노원 | 8000억 | 8300억 | 3%',
        'ⓒ 샘플뉴스 무단전재 및 재배포 금지',
        '회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책',
        '주소 : 서울 중구 | 전화 : 02-000-0000 | 팩스 : 02-000-0001 | 등록일 : 2010.01.01',
        '발행인 : 홍길동 | 편집인 : 홍길동 | 청소년보호책임자 : 홍길동 | 등록번호 : 서울 아00000',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => s.district)).toEqual(['강남구']);
    expect([5, 6, 7, 8].every((i) => article.residue.has(i))).toBe(true);
  });

  test('several heads signing (a joint statement) is no one head’s column', () => {
    const article = parse(
      [' date 2024-03-01 [공동 성명] 동북권 교통 대책을 촉구한다', '', '오승록 노원구청장', '이순희 강북구청장', '우리 구도 주민과 함께 대책을 요구한다. 구는 서명을 받는다.'].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => s.district)).not.toContain('노원구');
  });

  test('a table’s rows are its districts’ items in a roundup, each with the header row; a tally’s table in a city story starts none', () => {
    const roundup = parse(
      [
        ' date 2019-09-27 10월 자치구 가을축제 한눈에',
        '',
        '서울 곳곳에서 자치구 축제가 잇따라 열린다.',
        '구분 | 축제명 | 일정 | 장소',
        '종로 | 제9회 종로 한복 나들이 | 10.5.(토)~10.6.(일) | 인사동 일대',
        '동대문 | 경동시장 한방 가을장터 | 10.11.(금)~10.13.(일) | 경동시장 일대',
        '은평구(구청장 김경태)는 올해로 10회째를 맞는 한옥마을 달빛축제를 연다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(roundup).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['종로구', [1, 2]],
      ['동대문구', [1, 3]],
      ['은평구', [4]],
    ]);
    expect(findResidue(roundup.paragraphs, roundup.title)).toEqual(new Set());
    const tally = parse(
      [
        ' date 2021-11-09 서울시, 에너지자립마을 30곳 선정',
        '',
        '서울시가 에너지자립마을 30곳을 새로 선정했다고 9일 밝혔다.',
        '자치구 | 선정 수 | 마을',
        '노원구 | 4 | 상계 불암마을, 중계 은행사거리마을',
        '강서구 | 3 | 방화 개화마을, 가양 강변마을',
      ].join('\n'),
    );
    expect(segmentByDistrict(tally)).toEqual([]);
  });

  test('in a roundup, a paragraph with the city as its subject closes the district’s story (서울시도 …)', () => {
    const article = parse(
      [
        ' date 2019-09-27 자치구 가을축제 잇따라',
        '',
        '종로구(구청장 오세진)는 다음 달 5일부터 한복 나들이를 연다.',
        '성북구는 세계음식 한마당을 예정대로 연다.',
        '서울시도 다음 달 4일부터 6일까지 마포구 상암동에서 ‘서울 가을 버스킹 페스타’를 연다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([
      ['종로구', [0]],
      ['성북구', [1]],
    ]);
  });

  test('a column by a district’s head (the author’s line `정민호 서대문구청장`) is that district’s story, though it cites others', () => {
    const article = parse(
      [
        ' date 2012-07-05 [기고] 에너지 절약, 골목에서 답을 찾다',
        '',
        '정민호 서대문구청장',
        '',
        '지난해 9월 예고 없이 전기가 끊겼다. 필자는 구청장으로서 스스로에게 묻곤 한다.',
        '',
        '동작구 성대골과 마포구 성미산마을이 좋은 본보기다. 우리 구도 이에 발맞춰 실천 계획을 세웠다.',
        '',
        '구는 지난달 에너지 조례를 입법 예고했다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs]])).toEqual([['서대문구', [0, 1, 2, 3]]]);
  });

  test('falls back on the headline when no sentence has a district as subject', () => {
    const article = parse(
      [
        ' date 2023-01-10 금천구, 독산동 공영주차장 준공',
        '',
        '서울 금천구 독산동에 차량 120대를 세울 수 있는 공영주차장이 문을 열었다.',
        '주차장 옥상에는 주민 쉼터가 들어섰다.',
      ].join('\n'),
    );
    expect(segmentByDistrict(article).map((s) => [s.district, [...s.paragraphs], s.confidence])).toEqual([
      ['금천구', [0, 1], 0.45],
    ]);
  });
});

/**
 * Date mentions: each written form resolved against the article date, with its kind. Tables hold one
 * sentence per case (values checked by hand); fixture folders hold whole stories
 * (`tests/fixtures/dates/<case>/input.txt`: a `date YYYY-MM[-DD]` line, then one paragraph per line;
 * `expected.json` reviewed by hand, rewritten only with UPDATE=1).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDates } from '../../src/pipeline/extract/dates.ts';
import { splitParagraphs } from '../../src/pipeline/paragraphs.ts';

type Row = [text: string, start: string, end: string | null, kind: string];

function datesOf(articleDate: string, ...paragraphs: string[]): Row[] {
  const input = paragraphs.map((text, index) => ({ index, line: index + 1, text }));
  return extractDates(input, articleDate).map((d) => [d.text, d.start, d.end, d.kind]);
}

test('a day written alone within a period the story gave in another month is that period’s (…10월 4일부터 6일까지 … 첫날인 4일)', () => {
  expect(datesOf('2024-09-10', '구는 10월 4일부터 6일까지 파리공원에서 축제를 연다고 10일 밝혔다.', '첫날인 4일 오후 6시에는 ‘올해의 책’으로 선정된 소설의 작가가 낭독회를 연다.')).toEqual([
    ['10월 4일부터 6일까지', '2024-10-04', '2024-10-06', 'period'],
    ['10일', '2024-09-10', null, 'event'],
    ['4일', '2024-10-04', null, 'event'],
  ]);
});

test.each<[string, string, string[], Row[]]>([
  ['the day the news was given (…진행한다고 28일 밝혔다), or a past day before the period (27일 … 열었다)', '2025-10-28',
    ['구는 오는 11월 1일부터 30일까지 집중 모금을 진행한다고 28일 밝혔다.', '이에 앞서 구는 27일 구청 대회의실에서 모금 발대식을 열었다.'],
    [['오는 11월 1일부터 30일까지', '2025-11-01', '2025-11-30', 'period'], ['28일', '2025-10-28', null, 'event'], ['27일', '2025-10-27', null, 'past']]],
  ['the report day after a past period (…운영한 결과 … 2일 밝혔다)', '2025-09-02',
    ['구는 8월 1일부터 31일까지 물놀이장을 운영한 결과 3만명이 찾았다고 2일 밝혔다.'],
    [['8월 1일부터 31일까지', '2025-08-01', '2025-08-31', 'period'], ['2일', '2025-09-02', null, 'event']]],
])('a day written alone stays in the article’s month for %s', (_rule, date, paragraphs, expected) => {
  expect(datesOf(date, ...paragraphs)).toEqual(expected);
});

describe('extractDates: written forms', () => {
  test.each<[string, string, Row[]]>([
    ['2022-02', '구는 지난 9일 평가에서 선정됐다.', [['지난 9일', '2022-02-09', null, 'past']]],
    ['2017-09-26', '참가 신청은 10.10.까지 받는다. 이용객은 10.5% 늘었다.', [['10.10.까지', '2017-10-10', null, 'deadline']]],
    ['2017-09-26', '구는 다음 달 14일과 15일 축제를 연다.', [['다음 달 14일', '2017-10-14', null, 'event'], ['15일', '2017-10-15', null, 'event']]],
    ['2017-09-26', '구는 지난 3일과 10일 점검했다.', [['지난 3일', '2017-09-03', null, 'past'], ['10일', '2017-09-10', null, 'past']]],
    ['2022-02', '오는 3월11일까지 위원을 모집한다.', [['오는 3월11일까지', '2022-03-11', null, 'deadline']]],
    ['2022-02', '결과는 3월중 발표된다.', [['3월중', '2022-03', null, 'event']]],
    ['2022-02', '오는 3월부터 11월까지 운영한다.', [['오는 3월부터 11월까지', '2022-03', '2022-11', 'period']]],
    ['2022-02', '‘21.5월 법제화를 이끌었다.', [['‘21.5월', '2021-05', null, 'past']]],
    ['2022-02', '신청은 다음 달 말까지 받는다.', [['다음 달 말까지', '2022-03', null, 'deadline']]],
    ['2022-02', '내년 1월 문을 연다.', [['내년 1월', '2023-01', null, 'event']]],
    ['2022-02', '지난해 9월 개관한 센터다.', [['지난해 9월', '2021-09', null, 'past']]],
    ['2022-02-10', '내달 5일 착공한다.', [['내달 5일', '2022-03-05', null, 'event']]],
    ['2021-09', '나머지는 연말까지 문을 연다.', [['연말까지', '2021-12', null, 'deadline']]],
    ['2021-09', '내년 연초 개관한다.', [['내년 연초', '2022-01', null, 'event']]],
    ['2011-07-18', '다음 달 센터를 열고, 연말까지 감지기가 달린 알리미를 설치할 계획이다.', [['다음 달', '2011-08', null, 'event'], ['연말까지', '2011-12', null, 'deadline']]],
    ['2020-08-10', '구 관계자는 “9월 말까지 가맹점을 늘리겠다”고 했다.', [['9월 말까지', '2020-09', null, 'deadline']]],
    ['2015-07', '또 8월 한 달 동안 초등학생을 위한 독서교실을 운영한다.', [['8월', '2015-08', null, 'event']]],
    ['2024-04', '축제는 5월 7일(화)~9일(목) 열린다.', [['5월 7일(화)~9일(목)', '2024-05-07', '2024-05-09', 'period']]],
    ['2022-02', '공사는 2월 중 마무리된다.', [['2월 중', '2022-02', null, 'event']]],
    ['2020-09-24', '구는 배출일을 10월 1일 하루로 정하고, 자제해 달라고 당부했다.', [['10월 1일', '2020-10-01', null, 'event']]],
    ['2019-07-23', '아차산 숲속에서 1박2일을 보내는 가족 숲캠프를 연다.', []],
    ['2024-05-20', '구는 3일 개소식을 개최하고 본격적인 운영에 들어갔다.', [['3일', '2024-05-03', null, 'past']]],
    ['2024-05-20', '구는 5일부터 불법 주정차 집중 단속을 실시하고 있다.', [['5일부터', '2024-05-05', null, 'past']]],
    ['2024-05-20', '구는 축제를 6월 3일로 연기했다.', [['6월 3일', '2024-06-03', null, 'event']]],
    ['2021-02-08', '설 당일과 다음 날인 12·13일에는 배출하면 안 된다.', [['12·13일', '2021-02-12', '2021-02-13', 'period']]],
    ['2021-02-08', '구는 3·4월 두 달간 운영한다.', [['3·4월', '2021-03', '2021-04', 'period']]],
    ['2022-02', '2022년 3월 5일 개막한다.', [['2022년 3월 5일', '2022-03-05', null, 'event']]],
    ['2022-02', '개막일은 2022.3.5.이다.', [['2022.3.5.', '2022-03-05', null, 'event']]],
    ['2022-02', '개막일은 2022-03-05이다.', [['2022-03-05', '2022-03-05', null, 'event']]],
    ['2022-02', '접수는 ’22. 3. 5.(토)까지다.', [['’22. 3. 5.(토)까지', '2022-03-05', null, 'deadline']]],
    ['2022-02', '2025년까지 100억원을 투입한다.', [['2025년까지', '2025', null, 'deadline']]],
    // A year's end is its December, as `연말` is (how the blind labels of eval3 and eval5 read it).
    ['2022-02', '올해 말까지 완공한다.', [['올해 말까지', '2022-12', null, 'deadline']]],
    ['2013-11-05', '구는 올해 초 제도를 도입했다.', [['올해 초', '2013-01', null, 'past']]],
    ['2022-02', '센터는 오는 2030년 문을 연다.', [['오는 2030년', '2030', null, 'event']]],
    ['2022-02', '2023년부터 2025년까지 추진한다.', [['2023년부터 2025년까지', '2023', '2025', 'period']]],
    ['2022-02', '3~5월 운영한다.', [['3~5월', '2022-03', '2022-05', 'period']]],
    ['2022-02', '행사는 7~9일 열린다.', [['7~9일', '2022-02-07', '2022-02-09', 'period']]],
    ['2022-02', '2022년 3월 2일(수)부터 3월 31일(목)까지 접수한다.', [['2022년 3월 2일(수)부터 3월 31일(목)까지', '2022-03-02', '2022-03-31', 'period']]],
    ['2022-02', '지난 2일부터 오는 28일까지 접수한다.', [['지난 2일부터 오는 28일까지', '2022-02-02', '2022-02-28', 'period']]],
    ['2022-02', '설 연휴(1월 29일~2월 2일) 동안 쉰다.', [['1월 29일~2월 2일', '2022-01-29', '2022-02-02', 'period']]],
    ['2022-02', '오는 3월 11일 오후 6시까지 접수한다.', [['오는 3월 11일 오후 6시까지', '2022-03-11', null, 'deadline']]],
    ['2022-02', '서류는 2월 28일(월) 18:00까지 낸다.', [['2월 28일(월) 18:00까지', '2022-02-28', null, 'deadline']]],
    ['2022-02', '1일부터 시행한다.', [['1일부터', '2022-02-01', null, 'event']]],
    ['2022-02', '올 3월 개관 예정이다.', [['올 3월', '2022-03', null, 'event']]],
    ['2022-02', '기한을 내년 3월까지 연장한다.', [['내년 3월까지', '2023-03', null, 'deadline']]],
    ['2022-02', '’24년 1월 완공된다.', [['’24년 1월', '2024-01', null, 'event']]],
    ['2023-10', '접수는 11. 1.(수) ~ 11. 30.(목) 18:00까지다.', [['11. 1.(수) ~ 11. 30.(목) 18:00까지', '2023-11-01', '2023-11-30', 'period']]],
    ['2023-10', '11월 1일 ~ 30일 운영한다.', [['11월 1일 ~ 30일', '2023-11-01', '2023-11-30', 'period']]],
    ['2025-04-10', '4.18.~4.20. 사흘간 통행을 통제한다.', [['4.18.~4.20.', '2025-04-18', '2025-04-20', 'period']]],
    ['2025-04-10', '신청은 4. 14. ~ 4. 25. 받는다.', [['4. 14. ~ 4. 25.', '2025-04-14', '2025-04-25', 'period']]],
    ['2023-10', '도서관은 2026년 준공 예정이다.', [['2026년', '2026', null, 'event']]],
    ['2023-10', '센터는 오는 2026년 상반기 문을 연다.', [['오는 2026년 상반기', '2026', null, 'event']]],
    ['2022-02', '센터는 올해 상반기 문을 연다.', [['올해 상반기', '2022', null, 'event']]],
    ['2022-08', '센터는 올해 하반기 착공한다.', [['올해 하반기', '2022', null, 'event']]],
    ['2022-08', '지난해 하반기 시범 운영을 마쳤다.', [['지난해 하반기', '2021', null, 'past']]],
    ['2022-02', '사업은 2023~2025년 추진한다.', [['2023~2025년', '2023', '2025', 'period']]],
    ['2022-02', '행사는 지난 16~17일 열렸다.', [['지난 16~17일', '2022-02-16', '2022-02-17', 'period']]],
    ['2022-02', '협약은 지난 달 28일 맺었다.', [['지난 달 28일', '2022-01-28', null, 'past']]],
    ['2022-02', '축제는 10월 중순께 연다.', [['10월 중순께', '2022-10', null, 'event']]],
    ['2023-05', '썰매장은 12~2월 운영한다.', [['12~2월', '2023-12', '2024-02', 'period']]],
  ])('in a %s article, %s', (articleDate, text, expected) => {
    expect(datesOf(articleDate, text)).toEqual(expected);
  });
});

describe('extractDates: resolving against the article date', () => {
  test.each<[string, string, Row[]]>([
    ['2022-02', '성동구가 8일 선정됐다.', [['8일', '2022-02-08', null, 'past']]],
    ['2022-02', '15일 개막한다.', [['15일', '2022-02-15', null, 'event']]],
    ['2022-02', '지난 11월 개관했다.', [['지난 11월', '2021-11', null, 'past']]],
    ['2022-12', '오는 1월 개관한다.', [['오는 1월', '2023-01', null, 'event']]],
    ['2022-02-10', '지난 28일 열렸다.', [['지난 28일', '2022-01-28', null, 'past']]],
    ['2022-03', '지난달 28일 협약을 맺었다.', [['지난달 28일', '2022-02-28', null, 'past']]],
    ['2022-02', '12월 개최됐다.', [['12월', '2021-12', null, 'past']]],
    // A date inside a quotation takes the quotation's verbs, not the verb of saying after it.
    ['2023-05-22', '구청장은 “6월 말까지 설치를 마치는 것이 목표”라며 말했다.', [['6월 말까지', '2023-06', null, 'deadline']]],
    ['2023-05-22', '구청장은 “6월 말까지 모두 마쳤다”고 말했다.', [['6월 말까지', '2022-06', null, 'deadline']]],
    ['2023-05-22', '구청장은 "6월 말까지 설치를 마치는 것이 목표"라고 말했다.', [['6월 말까지', '2023-06', null, 'deadline']]],
    ['2022-02-10', '10일 개막했다.', [['10일', '2022-02-10', null, 'event']]],
    // An earlier day than the article's in a clause still to come is next month's; in a past one, this month's.
    ['2016-03-22', '개막식은 4일 오후 7시 한강공원에서 열리며 공연이 준비됐다.', [['4일', '2016-04-04', null, 'event']]],
    ['2016-03-22', '구는 4일 발대식을 열었다.', [['4일', '2016-03-04', null, 'past']]],
    ['2016-03-22', '발표회는 5일 열릴 예정이다.', [['5일', '2016-04-05', null, 'event']]],
    ['2023-10', '개정안은 1월 1일 0시부터 시행한다.', [['1월 1일 0시부터', '2024-01-01', null, 'event']]],
    ['2025-01', '지난해 9월 공모했고 같은 해 11월 협의를 마쳤다.', [['지난해 9월', '2024-09', null, 'past'], ['11월', '2024-11', null, 'past']]],
    ['2015-09-03', '10월 17일(토)에는 한마당이 열렸던 곳에서 다시 열린다.', [['10월 17일(토)', '2015-10-17', null, 'event']]],
    ['2018-12-27', '조례를 제정해 2월 중 시행한다고 밝혔다.', [['2월 중', '2019-02', null, 'event']]],
    ['2019-03-14', '충전소를 상반기 중 설치한다.', [['상반기 중', '2019', null, 'event']]],
    // 2013-10-08 was a Tuesday.
    ['2013-10-08', '구는 이번 주말 버스를 공개하고, 금요일까지 봉사자를 모집합니다.', [['이번 주말', '2013-10-12', null, 'event'], ['금요일까지', '2013-10-11', null, 'deadline']]],
    ['2013-10-08', '다음 주 화요일 개관하고, 지난주 목요일 협약을 맺었다. 지난 금요일 회의를 열었다.', [['다음 주 화요일', '2013-10-15', null, 'event'], ['지난주 목요일', '2013-10-03', null, 'past'], ['지난 금요일', '2013-10-04', null, 'past']]],
    ['2013-10-08', '시상식은 금요일 열린다. 토요일 열린 행사에는 300명이 왔다.', [['금요일', '2013-10-11', null, 'event'], ['토요일', '2013-10-05', null, 'past']]],
    // An adnominal that relates one noun to another (포함한, 비롯한, 연계한) dates no clause: the clause's own verb does.
    ['2010-03-22', '4월 1일부터 30일까지 혈액 검사를 포함한 무료 검진을 실시한다.', [['4월 1일부터 30일까지', '2010-04-01', '2010-04-30', 'period']]],
    ['2010-03-22', '구는 5월 상담을 비롯한 사업을 넓힌다.', [['5월', '2010-05', null, 'event']]],
    // An adnominal before 뒤/후 (`운영한 뒤`: "after running") dates no clause either.
    ['2011-09-06', '쉼터는 10월 말까지 시범 운영한 뒤 상설화 여부를 정한다.', [['10월 말까지', '2011-10', null, 'deadline']]],
  ])('in a %s article, %s', (articleDate, text, expected) => {
    expect(datesOf(articleDate, text)).toEqual(expected);
  });
});

describe('extractDates: what is not a date', () => {
  test.each([
    ['a year that opens a founding clause', '구는 2019년 센터를 개관했다.'],
    ['a year that is part of an evaluation name', '2021년도 지방자치단체 혁신평가에서 선정됐다.'],
    ['a year that starts a streak', '2018년부터 3년 연속 표창을 받았다.'],
    ['a year in a name', '2022년 청년 위원을 모집한다.'],
    ['a year alone', '올해는 52명을 뽑는다. 지난 2020년 시작했다.'],
    ['times and durations', '오전 10시부터 2시간 동안 진행한다. 24시간 운영하며 지난 2년간 4년 연속 3일간 열렸다.'],
    ['ages and counts', '만 19세 이상, 주 3일, 1일 2회, 1일 평균 300명, 5일장, 7일 이내, 2~3일 소요된다.'],
    ['recurring days and months', '매월 15일과 매년 3월에 연다.'],
    ['a day that does not exist', '2월 30일 열린다.'],
    ['decimals with dots, not dates', '지름 1.5 ~ 2.5m, 3.5. 이후, 4.18. 전후'],
    ['a year that bounds a streak', '올해까지 4년 연속 운영했다.'],
    ['days as an amount that changes', '처리 기간을 평균 21일에서 9일로 줄였다.'],
    ['a year-end word inside another word (연말정산)', '연말정산 상담 창구를 운영한다.'],
    ['words that contain a month word (전월세, 전달)', '전월세 상담과 방한용품 전달을 한다.'],
    ['a relative month naming a title (이달의)', '이달의 우수 공무원을 뽑았다.'],
    ['a year carried on (내년에도, 내년도)', '구청장은 “내년에도 매니저를 늘려 나가겠다”고 말했다. 내년도 예산에 반영한다.'],
  ])('%s: %s', (_what, text) => {
    expect(datesOf('2022-02', text)).toEqual([]);
  });

  test('takes no recurring weekday, and no weekday at all in an article dated to the month only', () => {
    expect(datesOf('2013-10-08', '버스는 매주 화요일과 목요일 돈다. 매월 둘째 주 토요일, 토요일마다 연다. 야간·주말 민원을 받는다.')).toEqual([]);
    expect(datesOf('2013-10-08', '놀이터는 화요일부터 일요일까지 문을 연다. 월~금요일 운영한다.')).toEqual([]);
    expect(datesOf('2013-10-08', '구는 금요일까지 모집한다.')).toEqual([['금요일까지', '2013-10-11', null, 'deadline']]);
    expect(datesOf('2013-10', '구는 금요일까지 모집한다.')).toEqual([]);
  });

  test('keeps a day followed by a word that only starts like a count (8일 전시회)', () => {
    expect(datesOf('2022-02', '8일 전시회를 연다. 3일 전 신청한다.')).toEqual([['8일', '2022-02-08', null, 'event']]);
  });
});

describe('extractDates: evidence', () => {
  test('points at the paragraph index and the sentence the date is in', () => {
    const found = extractDates(
      [{ index: 4, line: 9, text: '구는 센터를 열었다. 개관식은 오는 3월 5일 열린다.' }],
      '2022-02',
    );
    expect(found.map((d) => d.evidence)).toEqual([{ paragraph: 4, sentence: '개관식은 오는 3월 5일 열린다.' }]);
  });

  test('lists the same date written twice once', () => {
    expect(datesOf('2022-02', '오는 3월 5일 연다.', '개막은 오는 3월 5일이다.')).toEqual([
      ['오는 3월 5일', '2022-03-05', null, 'event'],
    ]);
  });
});

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'dates');

describe('extractDates: fixture stories', () => {
  test.each(readdirSync(FIXTURES))('%s', (name) => {
    const [dateLine = '', ...body] = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8').split('\n');
    const articleDate = dateLine.replace(/^\s*date\s+/, '').trim();
    const actual = extractDates(splitParagraphs(body.join('\n')), articleDate);
    const expectedPath = join(FIXTURES, name, 'expected.json');
    if (process.env['UPDATE'] === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedPath), `${expectedPath} is missing: write it by hand or run with UPDATE=1 and review it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

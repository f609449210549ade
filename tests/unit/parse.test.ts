import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBody, parseSeedText } from '../../src/pipeline/parse.ts';
import { bylineAtEnd, bylineAtStart, outletFromCopyright } from '../../src/pipeline/byline.ts';
import { findResidue } from '../../src/pipeline/residue.ts';
import { splitParagraphs } from '../../src/pipeline/paragraphs.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/parse');

describe('parseSeedText on fixture articles', () => {
  test.each(readdirSync(FIXTURES))('%s', (name) => {
    const result = parseSeedText(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'), `${name}.txt`);
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
    expect(result.messages).toEqual([]);
    const a = result.value!;
    expect({
      date: a.date,
      title: a.title,
      outlet: a.outlet,
      reporter: a.reporter,
      byline: a.byline,
      residue: [...a.residue].sort((x, y) => x - y),
      paragraphs: a.paragraphs.length,
    }).toEqual(expected);
  });
});

describe('parseSeedText header and bad input', () => {
  test('keeps a month-precise date and reads the headline after it, leading space optional', () => {
    for (const first of [' date 2022-02 제목', 'date 2022-02 제목']) {
      const a = parseSeedText(`${first}\n\n서초구는 문을 열었다.`, 'a.txt').value!;
      expect([a.date, a.title, a.bodyLine, a.paragraphs[0]!.line]).toEqual(['2022-02', '제목', 2, 2]);
    }
  });

  test('takes the first paragraph for a missing headline and keeps it in the article', () => {
    const a = parseSeedText(' date 2022-02-09\n\n서울 서초구가 양재천 산책로를 새로 단장했다.\n구는 조명도 달았다.', 'a.txt').value!;
    expect([a.title, [...a.residue]]).toEqual(['서울 서초구가 양재천 산책로를 새로 단장했다.', []]);
  });

  test('reads a BOM and CRLF line ends', () => {
    const a = parseSeedText('\uFEFF date 2022-02-09 제목\r\n\r\n구는 문을 열었다.\r\n', 'a.txt').value!;
    expect([a.date, a.paragraphs.map((p) => p.text)]).toEqual(['2022-02-09', ['구는 문을 열었다.']]);
  });

  test.each([
    ['서초구는 문을 열었다.\n\n본문', 'MissingDateLine', 1],
    [' date 2022-02-30 제목\n\n본문이다.', 'ImpossibleDate', 1],
    [' date 2022-13 제목\n\n본문이다.', 'ImpossibleDate', 1],
    [' date 22.2.9 제목\n\n본문이다.', 'ImpossibleDate', 1],
    [' date 2022-02 제목\n\n   \n', 'EmptyBody', 2],
    [' date 2022-02 제목', 'EmptyBody', 2],
  ])('reports %j as %s at line %i', (text, name, line) => {
    const r = parseSeedText(text, 'raw/a.txt');
    expect(r.value).toBeNull();
    expect(r.messages.map((m) => [m.name, m.file, m.line])).toEqual([[name, 'raw/a.txt', line]]);
  });
});

describe('byline position', () => {
  test('finds the byline after a scraped page’s menus, and a closing byline before its sidebars', () => {
    const menus = ['본문 바로가기', '샘플뉴스', '전체메뉴', '입력2024.06.12 09:31', '기사 읽어주기', '폰트 확대', '공유하기', '제목', '조감도. 도봉구 제공'];
    const opening = parseSeedText([' date 2024-06-12 제목', ...menus, '(서울=샘플뉴스) 최가을 기자 = 서울 도봉구가 문을 열었다.'].join('\n'), 'a.txt').value!;
    expect([opening.outlet, opening.reporter, opening.byline?.paragraph]).toEqual(['샘플뉴스', '최가을', 9]);
    const closing = parseSeedText(
      [' date 2024-06-12 제목', '서울 도봉구가 문을 열었다고 밝혔다.', '최가을 기자 gaeul@sample.example', '관련기사', '강남구, 빗물받이 점검', '서초구 산책로 조명 교체', 'ⓒ 샘플뉴스'].join('\n'),
      'a.txt',
    ).value!;
    expect([closing.reporter, closing.byline?.paragraph, [...closing.residue].sort()]).toEqual(['최가을', 1, [1, 2, 3, 4, 5]]);
  });

  test('a copyright held by one word the masthead opens with names the outlet (데일리그리드 | 뉴스 | …, 저작권자 © 데일리그리드 …); a tab line with a most-read tab heads a box', () => {
    const page = parseSeedText(
      [' date 2026-04-08 제목', '데일리그리드 | 뉴스 | 정치 | 경제', '서울 서대문구가 오는 18일 축제를 연다고 밝혔다.', '글·사진 민세아 기자', '저작권자 © 데일리그리드 무단전재 및 재배포금지', '포토뉴스 | 많이 본 뉴스 | 댓글 많은 뉴스', '1 강남구, 양재천 벚꽃길 차량 통제', '2 [포토] 여의도 봄꽃축제 인파', '3 성북구, 성북천 봄맞이 플리마켓'].join('\n'),
      'a.txt',
    ).value!;
    expect([page.outlet, page.reporter, [...page.residue].sort()]).toEqual(['데일리그리드', '민세아', [0, 2, 3, 4, 5, 6, 7]]);
  });

  test('reads past a release’s subtitles, a masthead and a follow button to the byline (- … 모집, 하종민 기자  구독)', () => {
    const release = parseSeedText(
      [' date 2021-07-12 제목', '샘플일보 | 전국', '- ‘구로 스타트업 성장사다리’ 본격 시행', '- 공유오피스·시제품 지원', '- 오는 30일까지 참여기업 모집', '[샘플일보 윤서준 기자] 서울 구로구가 청년 창업기업을 키운다고 12일 밝혔다.'].join('\n'),
      'a.txt',
    ).value!;
    expect([release.outlet, release.reporter]).toEqual(['샘플일보', '윤서준']);
    const wire = parseSeedText(
      [' date 2023-03-16 제목', '뉴시스 NEWSIS', '하종민 기자  구독', '[서울=뉴시스] 서울 용산구가 발대식을 열고 기념 촬영을 하고 있다. (사진=용산구 제공) 2023.03.16. photo@newsis.com', '[서울=뉴시스]하종민 기자 = 서울 용산구는 지난 15일 발대식을 열었다고 16일 밝혔다.'].join('\n'),
      'a.txt',
    ).value!;
    expect([wire.outlet, wire.reporter]).toEqual(['뉴시스', '하종민']);
  });
});

describe('sidebars', () => {
  test('a most-read box headed with the outlet’s name ([샘플일보 많이 본 기사]) is residue, and what follows it', () => {
    const text = [' date 2026-01-14 제목', '', '서울 중랑구는 청년 정책을 편다고 밝혔다.', '', '[샘플일보 많이 본 기사]', '', '1. 성동구, 성수동 ‘레미콘 부지’ 설계 공모'].join('\n');
    expect([...parseSeedText(text, 'a.txt').value!.residue].sort()).toEqual([1, 2]);
  });

  test('after the copyright line, the outlet’s own box (샘플경제 추천 뉴스) is a sidebar, and the byline before it is read', () => {
    const text = [' date 2017-09-26 제목', '', '입력 2017-09-26 15:12', '', '▲금천구 = 금천구는 골목 음악회를 연다.', '', '정하나 기자 hana@viva100.com', '', 'ⓒ 브릿지경제 & www.viva100.com, 무단전재 및 재배포 금지', '', '브릿지경제 추천 뉴스', '', '· 마포구, 경의선숲길 버스킹', '', '· 서초구 “양재천 벚꽃길 검토”', '', '· 광진구, 후문 보행로 단장'].join('\n');
    const parsed = parseSeedText(text, 'a.txt').value!;
    expect([parsed.reporter, [...parsed.residue].sort()]).toEqual(['정하나', [0, 2, 3, 4, 5, 6, 7]]);
  });

  test('the outlet’s other articles (샘플& 다른 기사) and a hot-click box (오늘의 핫 클릭) are sidebars, and the byline above them is read', () => {
    const text = [' date 2026-01-02 제목', '', '강북구는 준예산 체제에 들어갔습니다.', '', '석하윤 기자 (hayun@kbs.co.kr)', '', '샘플& 다른 기사', '', '· 은평구 불광천 ‘책 읽는 벤치’ 100개 놓였다', '', '오늘의 핫 클릭', '', '· 노원구 상계동 아파트 화재…주민 대피', '', '· 새해 첫 출근길 영하 12도', '', '· 용산구, 이태원 골목 ‘안전 보행로’ 착공'].join('\n');
    const parsed = parseSeedText(text, 'a.txt').value!;
    expect([parsed.outlet, parsed.reporter, [...parsed.residue].sort()]).toEqual(['KBS', '석하윤', [1, 2, 3, 4, 5, 6, 7]]);
  });

  test('a sender’s other releases (금천구청의 다른 보도자료) and a portal’s popular ones (정부/공공 인기 보도자료) are sidebars', () => {
    const text = [' date 2008-07-09 제목', '', '금천구는 무더위 쉼터를 연장 운영한다고 밝혔다.', '', '금천구청의 다른 보도자료', '', '· 금천구, 시흥대로 가로수 그늘길 조성 완료', '', '정부/공공 인기 보도자료', '', '· 노원구, 수락산 계곡 물놀이장 12일 개장'].join('\n');
    expect([...parseSeedText(text, 'a.txt').value!.residue].sort()).toEqual([1, 2, 3, 4]);
  });

  test('a page’s own section list (자치뉴스 최신기사) is not a sidebar', () => {
    const text = [' date 2012-09 자치뉴스', '', '자치뉴스 최신기사', '', '강동구, 암사동 선사유적지서 축제', '', '강동구가 오는 14일부터 축제를 연다.'].join('\n');
    expect(parseSeedText(text, 'a.txt').value!.residue.has(2)).toBe(false);
  });
});

describe('parseBody', () => {
  test('lets the container’s outlet and reporter win over the byline', () => {
    const a = parseBody('[샘플일보 한가람 기자] 구는 문을 열었다.', { date: '2023-01', title: 't', outlet: '다른일보', reporter: null }, 5, 'a.md').value!;
    expect([a.outlet, a.reporter, a.bodyLine, a.byline?.text]).toEqual(['다른일보', '한가람', 5, '[샘플일보 한가람 기자]']);
  });
});

describe('bylines', () => {
  test.each([
    ['[샘플일보 한가람 기자] 서초구는', '샘플일보', '한가람', '[샘플일보 한가람 기자]'],
    ['[헤럴드경제=여승우 기자]서울 양천구가', '헤럴드경제', '여승우', '[헤럴드경제=여승우 기자]'],
    ['[데일리안 = 홍서준 기자] 구는', '데일리안', '홍서준', '[데일리안 = 홍서준 기자]'],
    ['(서울=연합뉴스) 남도현 기자 = 서울 마포구는', '연합뉴스', '남도현', '(서울=연합뉴스) 남도현 기자 ='],
    ['【서울=뉴시스】고은채 기자 = 서초구', '뉴시스', '고은채', '【서울=뉴시스】고은채 기자 ='],
    ['[파이낸셜뉴스] 서울 서초구는', '파이낸셜뉴스', null, '[파이낸셜뉴스]'],
    ['조하윤 기자|2024/12/30 11:20', null, '조하윤', '조하윤 기자|2024/12/30 11:20'],
    ['뉴시스 하도윤 기자 | 입력 2014.12.10 14:32', '뉴시스', '하도윤', '뉴시스 하도윤 기자 | 입력 2014.12.10 14:32'],
    ['CBS노컷뉴스 채이안 기자', '노컷뉴스', '채이안', 'CBS노컷뉴스 채이안 기자'],
    ['아시아투데이 서하준 기자 = 서울 중구는', '아시아투데이', '서하준', '아시아투데이 서하준 기자 ='],
    ['[더팩트ㅣ송하온 기자] 서울 관악구가', '더팩트', '송하온', '[더팩트ㅣ송하온 기자]'],
    ['[뉴스프리존,서울=모아린 기자] 서울 자치구들이', '뉴스프리존', '모아린', '[뉴스프리존,서울=모아린 기자]'],
    ['김하윤 주간조선 기자', '주간조선', '김하윤', '김하윤 주간조선 기자'],
    ['석지안 기자 = 구는 문을 열었다.', null, '석지안', '석지안 기자 ='],
    ['[내외뉴스통신] 모서진 기자', '내외뉴스통신', '모서진', '[내외뉴스통신] 모서진 기자'],
    ['[샘플뉴스통신] 탁윤하 기자 = 서울 중구는', '샘플뉴스통신', '탁윤하', '[샘플뉴스통신] 탁윤하 기자 ='],
    ['[샘플뉴스 서울=공하람 기자] 서울 중구는', '샘플뉴스', '공하람', '[샘플뉴스 서울=공하람 기자]'],
    ['대담·정리=오세린 기자', null, '오세린', '대담·정리=오세린 기자'],
    ['【샘플뉴스 서울】 길하준 기자= 서울 중구가', '샘플뉴스', '길하준', '【샘플뉴스 서울】 길하준 기자='],
    ['[샘플일보, 경기] 서울 중구가', '샘플일보', null, '[샘플일보, 경기]'],
    ['샘플세무신문 / 길하준 기자 | 입력 : 2010.12.21 14:23', '샘플세무신문', '길하준', '샘플세무신문 / 길하준 기자 | 입력 : 2010.12.21 14:23'],
    ['[샘플사이트] 조하늘 기자 = 크리스마스를 앞두고', '샘플사이트', '조하늘', '[샘플사이트] 조하늘 기자 ='],
  ])('reads %j at the start', (text, outlet, reporter, byline) => {
    expect(bylineAtStart(text)).toMatchObject({ outlet, reporter, text: byline });
  });

  test.each([
    ['[서울시 자치구 뉴스]서초구, 문 열어'],
    ['[단독] 서초구, 문 열어'],
    ['서초구는 문을 열었다.'],
  ])('finds no byline opening %j', (text) => {
    expect(bylineAtStart(text)).toBeNull();
  });

  test.each([
    ['말했다. 서민재 기자 minjae@seoul.co.kr', '서울신문', '서민재', '서민재 기자 minjae@seoul.co.kr'],
    ['열린다. 나은결기자 eunkyeol@hk.co.kr', '한국일보', '나은결', '나은결기자 eunkyeol@hk.co.kr'],
    ['/홍서준 기자', null, '홍서준', '/홍서준 기자'],
    ['글·사진=홍서준 기자', null, '홍서준', '글·사진=홍서준 기자'],
    ['오은서 기자 eunseo@example.com', null, '오은서', '오은서 기자 eunseo@example.com'],
    ['샘플일보 편가온 기자 gaon@example.com', '샘플일보', '편가온', '샘플일보 편가온 기자 gaon@example.com'],
    ['말했다. 길도윤 기자 doyun@newsway.co.kr', '뉴스웨이', '길도윤', '길도윤 기자 doyun@newsway.co.kr'],
    ['수원=편하람 기자 haram@hankyung.com', '한국경제', '편하람', '수원=편하람 기자 haram@hankyung.com'],
    ['YTN 모가람[garam@ytn.co.kr]입니다.', 'YTN', '모가람', 'YTN 모가람[garam@ytn.co.kr]입니다.'],
    ['지금까지 KBS 뉴스 석하윤입니다.', 'KBS', '석하윤', 'KBS 뉴스 석하윤입니다.'],
    ['샘플경제TV 도하람입니다.', '샘플경제TV', '도하람', '샘플경제TV 도하람입니다.'],
    ['안동 편가온 기자 gaon@imaeil.com', '매일신문', '편가온', '편가온 기자 gaon@imaeil.com'],
    ['글·사진 석하윤 기자 hayun@kmib.co.kr', '국민일보', '석하윤', '글·사진 석하윤 기자 hayun@kmib.co.kr'],
    ['글=석하윤 기자 hayun@joongang.co.kr 사진=모가람 기자', '중앙일보', '석하윤', '글=석하윤 기자 hayun@joongang.co.kr 사진=모가람 기자'],
    // The writer and the photographer in one credit: the writer is the reporter.
    ['글 석하윤·사진 모가람 기자 hayun@kyunghyang.com', '경향신문', '석하윤', '글 석하윤·사진 모가람 기자 hayun@kyunghyang.com'],
    // The address first, glued to the last sentence where the paragraph breaks were lost.
    ['넓히겠다”고 말했다.haram@fnnews.com 편하람 기자', '파이낸셜뉴스', '편하람', 'haram@fnnews.com 편하람 기자'],
    // A bracketed signature on a line of its own.
    ['[육하진 기자]', null, '육하진', '[육하진 기자]'],
    // The writer's credit, then the body that gave the pictures.
    ['글 석하윤 기자 hayun@hani.co.kr, 사진 관악구 제공', '한겨레', '석하윤', '글 석하윤 기자 hayun@hani.co.kr, 사진 관악구 제공'],
    ['김하준기자@샘플전자신문, hajun@example.co.kr', '샘플전자신문', '김하준', '김하준기자@샘플전자신문, hajun@example.co.kr'],
    ['조하늘 기자 · haneul@example.co.kr', null, '조하늘', '조하늘 기자 · haneul@example.co.kr'],
    ['…방침입니다. 딜라이브 뉴스 신하경입니다.', '딜라이브', '신하경', '딜라이브 뉴스 신하경입니다.'],
  ])('reads %j at the end', (text, outlet, reporter, byline) => {
    expect(bylineAtEnd(text)).toMatchObject({ outlet, reporter, text: byline });
  });

  test.each([['샘플일보 아무개 기자 = 구는'], ['주민 홍길동씨는 기자 = 말했다']])('finds no outlet in the free word of %j unless it reads as one', (text) => {
    expect(bylineAtStart(text)?.outlet ?? null).toBeNull();
  });

  test('a list page signed by several reporters has no one reporter', () => {
    const text = [' date 2013-09-24 구정 소식 모음', '', '마포구, 북카페 열어…', '', '하다인 기자 | 2013-09-24 14:02', '', '은평구, 숲길 정비…', '', '모서연 기자 | 2013-09-23 10:45'].join('\n');
    expect(parseSeedText(text, 'list.txt').value?.reporter).toBeNull();
  });

  test('a list page whose teasers open with bylines of several reporters has no one reporter', () => {
    const text = [
      ' date 2019-05-03 자치행정 > 구정 소식', '', '광진구, 통학로 안전마을 조성', '',
      '[샘플일보=하다인 기자] 광진구가 통학로 12곳에 노란 발자국을 설치한다…', '', '하다인 기자 | 2019-05-03 14:20', '',
      '마포구, 공유부엌 3곳 운영', '', '[샘플일보=모서연 기자] 마포구는 공유부엌을 운영한다고 밝혔다…', '', '모서연 기자 | 2019-05-03 11:05',
    ].join('\n');
    const parsed = parseSeedText(text, 'list.txt').value;
    expect(parsed?.reporter).toBeNull();
    expect(parsed?.outlet).toBe('샘플일보');
    // One teaser's byline (a single reporter) is the article's.
    const one = [' date 2019-05-03 광진구, 통학로 안전마을 조성', '', '[샘플일보=하다인 기자] 광진구가 통학로 12곳에 노란 발자국을 설치한다.', '', '구는 주민설명회도 연다.'].join('\n');
    expect(parseSeedText(one, 'one.txt').value?.reporter).toBe('하다인');
    // A bracketed photo credit signs no teaser.
    const credited = [' date 2019-05-03 광진구, 통학로 안전마을 조성', '', '[샘플일보=하다인 기자] 서울 광진구가 통학로 12곳에 노란 발자국을 설치한다.', '', '[사진=모서연 기자] 개관식에서 주민들이 테이프를 자르고 있다.'].join('\n');
    expect(parseSeedText(credited, 'credited.txt').value?.reporter).toBe('하다인');
  });

  test('reads a mailed byline under the headline, and no outlet in a picture’s credit ([사진=중랑구])', () => {
    const text = [' date 2026-01-14 중랑구, 청년정책 38개 사업', '', '입력 2026-01-14 09:31', '', '하다인 기자 dain@ajunews.com', '', '[사진=중랑구]', '', '서울 중랑구는 올해 청년정책 38개 사업을 추진한다고 14일 밝혔다.', '', '구는 월세 지원 대상을 넓힌다.', '', '구는 청년 창업 공간도 늘린다.', '', '구는 청년 상담 창구를 연다.', '', '구는 하반기에 성과를 점검한다.'].join('\n');
    const parsed = parseSeedText(text, 'release.txt').value!;
    expect([parsed.outlet, parsed.reporter]).toEqual(['아주경제', '하다인']);
  });

  test('reads a citizen reporter’s stamp line (…l윤하람(haram_y)) and a copyright in Latin letters (© OhmyNews)', () => {
    const text = [' date 2026-03-30 제목', '', '26.03.30 11:42l최종 업데이트 26.03.30 11:42l윤하나(hana_y)', '', '노원구는 퇴원 환자 돌봄을 시작했다.', '', '구는 48시간 안에 찾아간다.', '', '구는 하반기에 넓힌다.', '', '구는 예산을 늘린다.', '', 'Copyright © OhmyNews All rights reserved.'].join('\n');
    const parsed = parseSeedText(text, 'a.txt').value!;
    expect([parsed.outlet, parsed.reporter]).toEqual(['오마이뉴스', '윤하나']);
  });

  test('names the outlet as known when a closing byline writes it with its owner (CBS노컷뉴스 … 기자)', () => {
    expect(bylineAtEnd('CBS노컷뉴스 김하나 기자 hana@cbs.co.kr')).toMatchObject({ outlet: '노컷뉴스', reporter: '김하나' });
  });

  test('takes the writer, not the photographer credited on the line after (글=… 기자 / 사진=… 기자)', () => {
    const text = [' date 2009-07-01 강북구청장 인터뷰', '', '[샘플일보] 입력 2009.07.01 00:10 | 수정 2009.07.01 01:00', '', '강북구는 올해 주민 쉼터를 늘린다.', '', '글=하다인 기자 dain@sample.co.kr', '', '사진=모서연 기자'].join('\n');
    const parsed = parseSeedText(text, 'credits.txt').value!;
    expect(parsed.reporter).toBe('하다인');
    // The outlet's label before the time stamps is residue, not text.
    expect(parsed.residue.has(0)).toBe(true);
  });

  test('does not take a sentence about a reporter for a byline', () => {
    expect(bylineAtEnd('이 사실을 처음 알린 것은 지역신문 김 기자')).toBeNull();
  });

  test.each([
    ['<저작권자 © 샘플일보 무단전재 및 재배포금지>', '샘플일보'],
    ['Copyright ⓒ 뉴스1. All rights reserved.', '뉴스1'],
    ['<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>', '뉴시스'],
    ['<저작권자 © ‘내일을 여는 신문’ 샘플경제, 무단전재 및 재배포 금지>', '샘플경제'],
    ['ⓒ 우리동네 무단전재 금지', null],
    // The site's address in brackets after the name.
    ['ⓒ 샘플일보(www.sample-ilbo.kr), 무단전재 및 재배포금지', '샘플일보'],
  ])('reads the outlet of the copyright line %j', (text, outlet) => {
    expect(outletFromCopyright(text)).toBe(outlet);
  });
});

describe('byline evidence from several places', () => {
  test.each([
    [
      'a photo caption opens like a wire byline, the byline with the reporter follows',
      ['[서울=뉴시스] 구청 전경. (사진=중랑구 제공) 2021.03.02. photo@newsis.com', '[서울=뉴시스] 봉하린 기자 = 서울 중랑구는 문을 열었다.'],
      ['뉴시스', '봉하린', 1],
    ],
    [
      'the outlet in a bracket at the top, the reporter signing at the foot',
      ['[샘플뉴스] 서울 성동구는 문을 열었다.', '구는 시설을 늘린다.', '여다온 기자 daon@example.com'],
      ['샘플뉴스', '여다온', 2],
    ],
    [
      'a body whose breaks were lost: the outlet’s bracket opens it, the reporter signs its foot',
      ['[샘플뉴스] 서울 성동구는 문을 열었다.구는 시설을 늘린다고 말했다.daon@example.com 여다온 기자'],
      ['샘플뉴스', '여다온', 0],
    ],
    [
      'no byline names the outlet, the copyright line does',
      ['송지후 기자|2022/12/30 11:20', '서울 관악구는 문을 열었다.', '<저작권자 © 샘플일보 무단전재 및 재배포금지>'],
      ['샘플일보', '송지후', 0],
    ],
    [
      'a reporter’s page heading, then the byline of the first teaser',
      ['편시우 기자', '샘플뉴스 사회부 기자입니다. 구정 소식을 전합니다.', '마포구, 식물 병원 열어', '(서울=샘플뉴스) 편시우 기자 = 서울 마포구는 식물 병원을 열었다고 …'],
      ['샘플뉴스', '편시우', 0],
    ],
    [
      'a list page signs each teaser mid-page, beyond the reach of the top and foot',
      ['샘플일보 지역뉴스', '강서구, 문 열어', '서울 강서구는 문을 열었다 …', '육하진 기자 | 2015.03.02 10:20', '은평구, 문 열어', '은평구는 문을 열었다 …', '육하진 기자 | 2015.03.01 09:10', '다른 지역 뉴스', '부산 중구, 문 열어', '대구 중구, 길 넓혀', 'Copyright ⓒ 샘플일보'],
      ['샘플일보', '육하진', 3],
    ],
  ])('%s', (_what, paragraphs, [outlet, reporter, paragraph]) => {
    const a = parseBody(paragraphs.join('\n\n'), { date: '2023-01', title: 't' }, 3, 'a.txt').value!;
    expect([a.outlet, a.reporter, a.byline?.paragraph]).toEqual([outlet, reporter, paragraph]);
  });
});

describe('findResidue', () => {
  const residueOf = (lines: string[], title = '제목') =>
    [...findResidue(splitParagraphs(lines.join('\n')), title)].sort((a, b) => a - b);

  test('a ▲ item whose subject is the district is no photo caption (▲노원구는 … 운영하고 있다)', () => {
    expect(residueOf(['구는 문을 열었다고 밝혔다.', '▲노원구는 지난해부터 경로당 30곳에서 ‘찾아가는 스마트폰 교실’을 운영하고 있다.', '구는 이어갈 계획이다.'])).toEqual([]);
  });

  test.each([
    ['본문 바로가기'],
    ['입력2025.10.31 06:59'],
    ['입력 2022-02-10 10:22 수정 2022-02-10 11:05'],
    ['[샘플일보] 입력 2009.06.30 00:21 | 수정 2009.06.30 01:05'],
    ['▲ 한하람 노원구청장이 지난해 12월 청년 공간에서 청년들과 이야기를 나누고 있다.'],
    ['21일 밤 서울 노원구 당현천 둑길에서 자원봉사자들이 손전등을 들고 걷고 있다. 정하나기자'],
    ['손하람 기자 | 2019-06-10 16:38'],
    ['부산=최하늘 기자 | 2019-06-11 11:47'],
    ['기사 읽어주기'],
    ['폰트 확대 폰트 축소 인쇄'],
    ['페이스북 트위터 카카오톡 URL복사'],
    ['ⓒ 샘플뉴스 무단전재 및 재배포 금지'],
    ['Copyright © Sample News. All rights reserved.'],
    ['이미지 확대 안산 자락길을 걷는 시민들.'],
    ['자락길 입구에서 시민들이 사진을 찍고 있다. (사진=서대문구 제공)'],
    ['광고'],
    ['서울 12.5℃ 맑음'],
    ['승인 2012.07.05 09:12 | 댓글 0'],
    ['[포토] 배식 봉사하는 한하람 노원구청장'],
    ['좋아요 0 | 응원해요 0 | 후속 원해요 0'],
  ])('marks %j as residue', (line) => {
    expect(residueOf(['서초구는 문을 열었다고 밝혔다. 구는 주민 의견을 들었다.', line, '구는 내년에도 이어갈 계획이다.'])).toEqual([1]);
  });

  test('marks a box of headlines after 많이 본 뉴스, and headline lines after the article', () => {
    expect(
      residueOf([
        '서초구는 문을 열었다고 밝혔다. 구는 주민 의견을 들었다.',
        '많이 본 뉴스',
        '강남구, 역삼동 보행로 정비',
        '송파구 벚꽃축제 개막…',
        '노원구 청년 월세 지원 확대',
      ]),
    ).toEqual([1, 2, 3, 4]);
  });

  test('keeps bullet items, teasers and sentences', () => {
    expect(
      residueOf([
        '구는 다음과 같은 사업을 한다.',
        '▲청년 창업 공간 운영',
        '▲어르신 스마트폰 교실',
        '서울 성북구가 골목상권 살리기에 나섰다. 구는 전통시장 12곳에서…',
        '자세한 사항은 구 홈페이지에서 확인하면 된다.',
      ]),
    ).toEqual([]);
  });
});

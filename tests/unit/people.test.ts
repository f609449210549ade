import { describe, expect, test } from 'vitest';
import { findHead } from '../../src/pipeline/extract/people.ts';
import type { Paragraph } from '../../src/pipeline/types.ts';

const story = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ index: i + 3, line: i + 1, text }));

describe('findHead', () => {
  test.each([
    ['양천구', '양천구(구청장 김하늘)가 주민 설명회를 열었다.', '김하늘', false],
    ['양천구', '서울 양천구(김하늘 구청장)는 설명회를 열었다.', '김하늘', false],
    ['양천구', '김하늘 양천구청장은 “함께 하겠다”고 말했다.', '김하늘', false],
    ['양천구', '김하늘 양천구 구청장이 인사말을 했다.', '김하늘', false],
    ['관악구', '오민석 구청장은 “고맙다”고 말했다.', '오민석', false],
    ['서초구', '임서진 서초구청장 권한대행은 “노력의 결과”라고 말했다.', '임서진', true],
    ['서초구', '서초구(구청장 권한대행 임서진)는 평가에서 선정됐다.', '임서진', true],
    ['중랑구', '중랑구(구청장 권한대행 서정호 부구청장)는 단속을 벌였다.', '서정호', true],
    ['서초구', '서초구청장 임서진은 이날 현장을 찾았다.', '임서진', false],
    ['중구', '남궁민호 중구청장은 축사를 했다.', '남궁민호', false],
    ['서초구', '서초구청장 권한대행을 맡고 있는 허길동 부구청장은 “가르치겠다”고 말했다.', '허길동', true],
    ['서초구', '구청장 권한대행인 허길동 부구청장이 인사말을 했다.', '허길동', true],
    ['서초구', '허길동 부구청장(구청장 권한대행)은 현장을 찾았다.', '허길동', true],
    ['중구', '중구(구청장 권한대행 부구청장 윤하람)는 일자리를 늘린다.', '윤하람', true],
    ['중랑구', '[인터뷰] 모서준 / 서울 중랑구청장', '모서준', false],
    ['노원구', '노원구청장 차은결', '차은결', false],
    ['서초구', '올해는 최다은 서초구청장님도 직접 참가해요.', '최다은', false],
    ['서대문구', '세 번째 순서는 하도윤(58) 서대문구청장이다.', '하도윤', false],
    ['구로구', '[인터뷰:조하람 / 서울 구로구청장]', '조하람', false],
  ])('%s: %s → %s', (district, text, name, acting) => {
    expect(findHead(story(text), district)).toEqual({ name, acting, evidence: { paragraph: 3, sentence: text } });
  });

  test.each([
    ['서초구', '임서진 부구청장은 이날 회의를 주재했다.', 'a vice head'],
    ['서초구', '강남구 한도윤 구청장도 참석했다.', 'another district’s head'],
    ['서초구', '한도윤 강남구청장도 참석했다.', 'another district’s head by title'],
    ['서초구', '이날 구청장은 현장을 둘러봤다.', 'no name before 구청장'],
    ['서초구', '구청장 주재로 회의가 열렸다.', 'no name at all'],
    ['서초구', '서초구 구청장 권한대행 체제가 이어진다.', 'a title with no name'],
    ['서초구', '전영호 일자리정책과장은 “청년과 함께 하겠다”고 말했다.', 'a department head'],
    ['중구', '이 기간 구청장 업무추진비는 412건이 집행됐다.', 'a noun after a determiner (이 기간 구청장)'],
  ])('%s: %s → null (%s)', (district, text) => {
    expect(findHead(story(text), district)).toBeNull();
  });

  test('prefers the head tied to the district over a bare `NAME 구청장` earlier in the story', () => {
    const head = findHead(story('행사에는 한도윤 구청장 등이 참석했다.', '김하늘 양천구청장은 “감사하다”고 말했다.'), '양천구');
    expect(head?.name).toBe('김하늘');
    expect(head?.evidence.paragraph).toBe(4);
  });

  test('quotes the sentence naming the head as evidence, not the whole paragraph', () => {
    const head = findHead(story('구는 설명회를 열었다. 김하늘 양천구청장은 “고맙다”고 말했다. 구는 내년에도 연다.'), '양천구');
    expect(head?.evidence.sentence).toBe('김하늘 양천구청장은 “고맙다”고 말했다.');
  });
});

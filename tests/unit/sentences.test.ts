import { describe, expect, test } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/pipeline/korean/sentences.ts';

// Sentence boundaries as every extractor's evidence depends on them (the splitter was rewritten
// for speed; these pin what a boundary is).
describe('splitSentences', () => {
  test.each([
    ['a stop and a space end a sentence', '구는 선정됐다. 이어 센터를 열었다.', ['구는 선정됐다.', '이어 센터를 열었다.']],
    ['a stop glued to the next syllable ends one too (a lost space)', '선정됐다.구는 센터를 열었다.', ['선정됐다.', '구는 센터를 열었다.']],
    ['a dot between digits is a decimal', '이용객이 17.4% 늘었다. 구는 반겼다.', ['이용객이 17.4% 늘었다.', '구는 반겼다.']],
    ['a dotted date ends nothing', '2022.3.5. 개최한다', ['2022.3.5. 개최한다']],
    ['a closing curly quote stays with its sentence', '“좋다.” 구청장은 말했다.', ['“좋다.”', '구청장은 말했다.']],
    ['an ellipsis before a syllable ends a sentence', '준비 중…다음 달 개장', ['준비 중…', '다음 달 개장']],
    ['question and exclamation marks end sentences', '왜일까? 답은 쉽다! 끝', ['왜일까?', '답은 쉽다!', '끝']],
    ['an answer’s label ends nothing (A. …)', 'A. 관악구는 꾸러미를 보낸다. 구는 반겼다.', ['A. 관악구는 꾸러미를 보낸다.', '구는 반겼다.']],
    ['a stop before a bullet ends a sentence', '사업은 다음과 같다.▲첫째 ▲둘째', ['사업은 다음과 같다.', '▲첫째 ▲둘째']],
    ['no stop: one sentence', '서초구 청년 센터 개관', ['서초구 청년 센터 개관']],
    ['a `?` glued between syllables is a middle dot lost in re-encoding (장애인?노인)', '구는 장애인?노인을 위한 홈페이지를 열었다. 끝', ['구는 장애인?노인을 위한 홈페이지를 열었다.', '끝']],
    ['a question glued to the next sentence still ends (…할까?구는)', '어떻게 할까?구는 답했다.', ['어떻게 할까?', '구는 답했다.']],
    ['so does a Q&A’s question on a topic (신청 자격은?만 65세)', '신청 자격은?만 65세 이상 구민이다.', ['신청 자격은?', '만 65세 이상 구민이다.']],
  ])('%s', (_, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point at each sentence in the paragraph', () => {
    const text = '  첫 문장이다.  둘째 문장이다.';
    expect(splitSentences(text)).toEqual([
      { text: '첫 문장이다.', start: 2 },
      { text: '둘째 문장이다.', start: 11 },
    ]);
  });

  test('the same paragraph asked again gives the same sentences', () => {
    const text = '구는 선정됐다. 이어 센터를 열었다.';
    const first = splitSentences(text).map((s) => ({ ...s }));
    splitSentences('다른 문단이다. 끝.');
    expect(splitSentences(text)).toEqual(first);
  });
});

describe('sentenceAt', () => {
  test.each([
    [0, '구는 선정됐다.'],
    [10, '이어 센터를 열었다.'],
    [-5, '구는 선정됐다. 이어 센터를 열었다.'],
  ])('offset %i lies in %s', (at, expected) => {
    expect(sentenceAt('구는 선정됐다. 이어 센터를 열었다.', at)).toBe(expected);
  });
});

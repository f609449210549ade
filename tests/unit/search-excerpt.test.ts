import { describe, expect, test } from 'vitest';
import { buildExcerpt, findMatches, wordIndexAt } from '../../src/search/excerpt.ts';

const render = (segments: ReturnType<typeof buildExcerpt>) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('findMatches', () => {
  test('finds a term inside a compound and merges overlapping terms', () => {
    expect(findMatches('송파구 스마트시니어 교실', ['시니어', '니어', '스마트'])).toEqual([[4, 10]]);
  });
  test('finds every occurrence, case-insensitively', () => {
    expect(findMatches('Zoom과 zoom', ['zoom'])).toEqual([[0, 4], [6, 10]]);
  });
});

describe('buildExcerpt', () => {
  test('marks the matched part of a compound in a short text', () => {
    expect(render(buildExcerpt('구는 스마트시니어 사업을 열었다.', ['시니어']))).toBe('구는 스마트[시니어] 사업을 열었다.');
  });

  test('cuts a long text around the match with ellipses', () => {
    const text = `${'가나다 '.repeat(60)}도봉구는 치매안심센터를 열었다. ${'라마바 '.repeat(60)}`;
    const out = render(buildExcerpt(text, ['치매'], { length: 60 }));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('도봉구는 [치매]안심센터를');
    expect(out.length).toBeLessThan(70);
  });

  test('shows the opening of the text when nothing matches', () => {
    expect(render(buildExcerpt('첫 문장이다. 둘째 문장이다.', ['없음'], { length: 8 }))).toBe('첫 문장이다.…');
  });
});

describe('wordIndexAt', () => {
  test.each([
    [0, 0],
    [1, 0],
    [3, 1],
    [5, 2],
    [6, 2],
  ])('offset %i is in word %i of "a bb ccc"', (offset, index) => {
    expect(wordIndexAt('a bb ccc', offset)).toBe(index);
  });
});

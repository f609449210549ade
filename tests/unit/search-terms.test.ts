import { describe, expect, test } from 'vitest';
import { indexTerms, properSuffixes } from '../../src/search/index-terms.ts';
import { normalizeQuery } from '../../src/search/query.ts';
import { splitWord } from '../../src/search/tokens.ts';

/** Pagefind finds a page when a query word is a prefix of an indexed word: the rule emulated here. */
function findable(query: string, text: string): boolean {
  const words = [...text.split(/\s+/u).map((w) => splitWord(w)[0] ?? ''), ...indexTerms(text)];
  return normalizeQuery(query).terms.every((term) => words.some((w) => w.startsWith(term)));
}

describe('splitWord', () => {
  test.each([
    ['‘발달장애인ㆍ치매환자’를', ['발달장애인', '치매환자', '를']],
    ['심리·정서안전', ['심리', '정서안전']],
    ['장애인?치매', ['장애인', '치매']],
    ['관악구-삼성전자', ['관악구', '삼성전자']],
    ['주(宙)토피아', ['주', '宙', '토피아']],
    ['Zoom', ['zoom']],
  ])('cuts %s into %j', (word, tokens) => {
    expect(splitWord(word)).toEqual(tokens);
  });
});

describe('properSuffixes', () => {
  test.each([
    ['스마트시니어', ['마트시니어', '트시니어', '시니어', '니어']],
    ['2021년도', ['년도']],
    ['60플러스센터', ['플러스센터', '러스센터', '스센터', '센터']],
    ['구청', []],
    // A character beyond the BMP (two UTF-16 units) is one character, never cut in half.
    ['😀스마트센터', ['스마트센터', '마트센터', '트센터', '센터']],
    ['센터😀', ['터😀']],
  ])('of %s are %j', (token, suffixes) => {
    expect(properSuffixes(token, 2)).toEqual(suffixes);
  });

  test('stops at the given character when asked for the suffixes starting before it', () => {
    expect(properSuffixes('선별진료소', 2, 2)).toEqual(['별진료소']);
    expect(properSuffixes('😀선별진료소', 2, 3)).toEqual(['선별진료소', '별진료소']);
  });
});

describe('indexTerms', () => {
  test('indexes later tokens of a joined word and joins adjacent words', () => {
    const terms = indexTerms('발달장애인ㆍ치매환자 돌봄 스마트 쉼터를');
    expect(terms).toEqual(expect.arrayContaining(['치매환자', '환자', '장애인', '스마트쉼터', '돌봄스마트']));
  });

  test('takes suffixes and joined words without the particle, so particle variants give one term', () => {
    expect(indexTerms('스마트시니어를')).toEqual(['마트시니어', '트시니어', '시니어', '니어']);
    expect(indexTerms('스마트시니어는')).toEqual(indexTerms('스마트시니어를'));
    expect(indexTerms('스마트 쉼터를')).toContain('스마트쉼터');
    expect(indexTerms('스마트 쉼터를')).not.toContain('스마트쉼터를');
  });

  test('indexes the parts of two joined words that span the space', () => {
    const terms = indexTerms('임시 선별 진료소');
    expect(terms).toEqual(expect.arrayContaining(['선별진료소', '별진료소', '임시선별', '시선별']));
    // Across a particle nothing spans: `서초구는 스마트` gives no `구는스마트`.
    expect(indexTerms('서초구는 스마트')).not.toContain('구는스마트');
  });

  test.each([
    ['a particle', '서초구는 스마트', '서초구는스마트'],
    ['a full stop', '열었다. 서울', '열었다서울'],
    ['a closing quote', '‘희망 사다리’ 사업', '사다리사업'],
    ['a line break', '안전지도\n돌봄', '안전지도돌봄'],
  ])('does not join words across %s', (_, text, joined) => {
    expect(indexTerms(text)).not.toContain(joined);
  });
});

describe('normalizeQuery', () => {
  test.each([
    ['서초구가', '서초구'],
    ['스마트 쉼터를', '스마트 쉼터'],
    ['청년들이', '청년'],
    ['장애인ㆍ치매', '장애인 치매'],
    ['스마트ㅅ', '스마트'],
    ['스마트쉼ㅌ', '스마트쉼'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['   ', ''],
    ['ㄱ', ''],
  ])('%s → %s', (raw, text) => {
    expect(normalizeQuery(raw).text).toBe(text);
  });
});

describe('what the index and the query make findable (invented text)', () => {
  const text = '강동구는 ‘청년ㆍ신혼부부 안심주택’과 1인 가구를 위한 스마트쉼터를 열었다.';
  test.each([
    ['신혼부부', true],
    ['안심주택', true],
    ['주택', true],
    ['부부', true],
    ['1인가구', true],
    ['1인 가구', true],
    ['스마트 쉼터', true],
    ['쉼터', true],
    ['강동구가', true],
    ['강동구의 쉼터', true],
    ['도서관', false],
    ['서초구', false],
  ])('%s → %s', (query, expected) => {
    expect(findable(query, text)).toBe(expected);
  });
});

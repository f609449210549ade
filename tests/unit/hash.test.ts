import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hashNormalised, hashString, normaliseWhitespace } from '../../src/pipeline/hash.ts';

describe('hashString', () => {
  // Values written down when the hash last changed (commit 05b15f7): ids, slugs and cache keys of
  // existing archives depend on them, so a change here must be deliberate.
  test.each([
    ['', 'a4b9b6f704ad40ff'],
    ['b', 'd2821b9948006811'],
    ['강서구는 기업을 모집한다.', 'fd094a47486055e3'],
  ])('hashes %j to %s', (text, expected) => {
    expect(hashString(text)).toBe(expected);
  });

  test('tells apart strings that differ only by a trailing NUL or by order', () => {
    expect(hashString('b')).not.toBe(hashString('a\u0000'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
  });
});

describe('hashNormalised', () => {
  test.each([
    ['plain text', '강서구는 기업을 모집한다.'],
    ['runs of mixed whitespace', '강서구는\t\t기업을 \n\n 모집한다.'],
    ['leading and trailing whitespace', ' \n강서구는 기업을 모집한다.\u3000\n'],
    ['no-break, ideographic and BOM spaces', '강서구는\u00a0기업을\u3000모집한다\ufeff.'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['only whitespace', ' \n\t '],
    ['the empty string', ''],
    ['an odd number of units after folding', 'a  b'],
    ['zero-width space, which is not whitespace', 'a\u200bb'],
  ])('equals hashString(normaliseWhitespace(text)) for %s', (_name, text) => {
    expect(hashNormalised(text)).toBe(hashString(normaliseWhitespace(text)));
  });

  test('equals hashString(normaliseWhitespace(text)) for any text', () => {
    const space = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e');
    const text = fc.array(fc.oneof(space, fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('가', '구는')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => hashNormalised(t) === hashString(normaliseWhitespace(t))), { numRuns: 5000 });
  });

  test('gives re-wrapped copies of an article the same hash', () => {
    expect(hashNormalised('구는\n\n기업을  모집한다.\n')).toBe(hashNormalised('구는 기업을 모집한다.'));
  });
});

import { describe, expect, test } from 'vitest';
import { endsInVerbForm, particleFits, trailingParticle } from '../../src/pipeline/korean/word-endings.ts';

// Korean picks a particle's form by the syllable before it (받침 or not); these words were checked by hand.
describe('particleFits', () => {
  test.each([
    ['센터가', '가', true],
    ['공원이', '이', true],
    ['나눔제도', '도', true],
    ['센터에게서', '에게서', true],
    ['대학가', '가', false],
    ['공원가', '가', false],
    ['센터이', '이', false],
    ['가', '가', false],
  ])('%s ends in %s: %s', (word, particle, fits) => {
    expect(particleFits(word, particle)).toBe(fits);
  });

  test('unlike trailingParticle, it does not refuse a noun that only looks like one (제도)', () => {
    expect(trailingParticle('나눔제도')).toBeNull();
    expect(particleFits('나눔제도', '도')).toBe(true);
  });
});

describe('endsInVerbForm', () => {
  test.each(['열려', '열리며', '고친', '펼친', '합친', '운영하는', '위한', '달아준', '만들어준', '차린', '없어서', '나눠서', '따르면', '이르자'])('%s closes a description', (word) => {
    expect(endsInVerbForm(word)).toBe(true);
  });

  test.each(['센터', '음악회', '대학가', '올해', '기준', '수준', '경찰서', '보고서', '신청서'])('%s does not', (word) => {
    expect(endsInVerbForm(word)).toBe(false);
  });
});

/**
 * Korean particles (조사) and copula endings that follow a noun with no space: `서초구는`,
 * `서초구가`, `스마트쉼터를`, `센터에서`, `사업이다`. Longest first, so `에서는` is tried before `는`.
 * Source: the standard particle inventory of 표준국어대사전 (NIKL), limited to the forms news uses.
 */
export const PARTICLES: readonly string[] = [
  // 4+ syllables
  '으로부터', '에서부터', '이라는', '이라고', '에게서', '으로서', '으로써', '에서는', '에서도', '에서의',
  '까지는', '까지도', '부터는', '으로는', '으로도', '에게는', '한테서', '이었다', '이라며', '이며',
  // 2 syllables
  '에서', '에게', '으로', '부터', '까지', '처럼', '보다', '마다', '이나', '이랑', '과의', '와의', '에는', '에도',
  '에의', '로는', '로도', '로서', '로써', '만의', '만을', '만이', '들이', '들을', '들은', '들의', '라는', '라고',
  '이다', '였다', '이고', '하고', '께서', '조차', '마저', '밖에', '이란', '란',
  // 1 syllable
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '나', '야', '께',
];

/**
 * Particles sorted longest first (the matching order), grouped by their last character: a word is
 * compared only with the particles that could end it (this runs on every word of every story).
 */
const BY_LAST = new Map<string, string[]>();
for (const p of [...new Set(PARTICLES)].sort((a, b) => b.length - a.length)) {
  const list = BY_LAST.get(p.charAt(p.length - 1));
  if (list) list.push(p);
  else BY_LAST.set(p.charAt(p.length - 1), [p]);
}

/**
 * Strips one trailing particle from a Hangul word when at least `minStem` syllables remain.
 * `서초구가` → `서초구`; `센터에서` → `센터`; `구` stays `구` (too short to be stem + particle).
 * @param word A single word without spaces.
 * @param minStem Shortest stem to leave; default 2.
 * @returns The word without its particle, or the word itself.
 */
export function stripParticle(word: string, minStem = 2): string {
  for (const p of BY_LAST.get(word.charAt(word.length - 1)) ?? []) {
    if (word.length - p.length >= minStem && word.endsWith(p)) return word.slice(0, -p.length);
  }
  return word;
}

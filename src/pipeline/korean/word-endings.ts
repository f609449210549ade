/**
 * Whether a Korean word (어절) ends in a particle (조사) or a verb ending (어미), which is where a
 * noun phrase, and so a name, stops. Korean chooses a particle's form by the syllable before it:
 * `은/을/과/이/으로` follow a final consonant (받침), `는/를/와/가/로` follow a vowel (or ㄹ for
 * `로`), so `통학로`, `1번가`, `평가` cannot be noun + particle while `구가`, `센터를` are.
 * Nouns that still look like noun + particle (`지킴이`, `어린이`, `제도`, `회의`) are listed.
 * Source: 표준국어대사전 (NIKL) particle allomorphy; the exceptions are common news nouns.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;
const NIEUN = 4;

/**
 * The final consonant (종성) index of a Hangul syllable: 0 when it ends in a vowel, 8 for ㄹ.
 * @returns The index 0..27, or -1 when `ch` is not a Hangul syllable.
 */
export function finalConsonant(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return -1;
  return (code - HANGUL_FIRST) % 28;
}

// Particle → which syllables may stand before it: 'c' after a final consonant, 'v' after a vowel,
// 'vl' after a vowel or ㄹ, 'any' after anything. Longest first.
const PARTICLE_RULES: readonly (readonly [string, 'c' | 'v' | 'vl' | 'any'])[] = [
  ['으로부터', 'c'], ['에서부터', 'any'], ['으로는', 'c'], ['으로도', 'c'], ['에서는', 'any'], ['에서도', 'any'],
  ['에서의', 'any'], ['이라는', 'c'], ['이라고', 'c'], ['까지는', 'any'], ['부터는', 'any'], ['에게는', 'any'],
  ['으로', 'c'], ['에서', 'any'], ['에게', 'any'], ['부터', 'any'], ['까지', 'any'], ['처럼', 'any'], ['보다', 'any'],
  ['마다', 'any'], ['께서', 'any'], ['에는', 'any'], ['에도', 'any'], ['과의', 'c'], ['와의', 'v'], ['라는', 'v'],
  ['이나', 'c'], ['로는', 'vl'], ['로도', 'vl'], ['로서', 'vl'], ['로써', 'vl'], ['이며', 'c'], ['이고', 'c'],
  ['은', 'c'], ['는', 'v'], ['이', 'c'], ['가', 'v'], ['을', 'c'], ['를', 'v'], ['과', 'c'], ['와', 'v'], ['로', 'vl'],
  ['의', 'any'], ['에', 'any'], ['도', 'any'], ['만', 'any'], ['나', 'v'],
];

// Nouns whose last syllables look like a particle. Matched at the end of the word.
const NOUN_LOOKALIKES: readonly string[] = [
  '지킴이', '어린이', '놀이', '잡이', '걸이', '돋이', '나들이', '돌봄이', '알림이', '해돋이', '맞이', '살이', '벌이', '먹이', '꽂이',
  '제도', '지도', '정도', '속도', '태도', '한도', '용도', '의도', '시도', '연도', '년도', '강도', '농도', '밀도', '수도',
  '경기도', '제주도', '독도', '도로', '대로', '차로', '미로', '회의', '협의', '논의', '건의', '주의', '정의', '강의',
  '심의', '합의', '토의', '예의', '여가', '휴가', '대가', '귀가', '성과', '결과', '효과', '교과', '학과', '통과', '사과', '불만',
  '스토리', '바나나', '마을', '사이', '나이', '높이', '길이', '깊이', '넓이', '아이', '오이', '데이', '파이', '하이',
  '보이', '리그', '커뮤니티', '시티', '파티', '센터', '모니터', '투어', '서포터', '도우미', '장터', '나눔터', '쉼터',
  '키움', '배움', '채움', '이음', '다이',
  // Seoul streets that name their neighbourhoods (`을지로 골목상점가`, `대학로 소극장`).
  '을지로', '종로', '충무로', '퇴계로', '세종로', '대학로', '테헤란로', '왕십리로',
];

/**
 * A test for whether a word ends in one of `words`, by set lookups of its last characters (one per
 * length in the list) instead of an `endsWith` per word: these tests run on every word of a story.
 */
function endsWithOneOf(words: readonly string[]): (word: string) => boolean {
  const set = new Set(words);
  const lengths = [...new Set(words.map((w) => w.length))];
  return (word) => lengths.some((n) => set.has(word.slice(-n)));
}

const isNounLookalike = endsWithOneOf(NOUN_LOOKALIKES);

// PARTICLE_RULES by the last character of the particle, each list in the table's order: only the
// rules a word's last character allows are tried.
const RULES_BY_LAST = new Map<string, (typeof PARTICLE_RULES)[number][]>();
for (const rule of PARTICLE_RULES) {
  const last = rule[0].charAt(rule[0].length - 1);
  RULES_BY_LAST.set(last, [...(RULES_BY_LAST.get(last) ?? []), rule]);
}

/**
 * The particle a word ends in, when its form fits the syllable before it and the word is not a
 * noun that only looks so (`지킴이`, `제도`).
 * @param word One 어절 without surrounding punctuation.
 * @returns The particle, or null.
 */
export function trailingParticle(word: string): string | null {
  const rules = RULES_BY_LAST.get(word.charAt(word.length - 1));
  if (!rules || isNounLookalike(word)) return null;
  for (const [particle, rule] of rules) {
    if (word.length > particle.length && word.endsWith(particle) && fits(word, particle, rule)) return particle;
  }
  return null;
}

/**
 * True when `word` may be read as a stem and the particle it ends in, by the particle's form alone
 * (`대학가` cannot be `대학` + `가`; `나눔제도` can be `나눔제` + `도`, though `제도` is also a noun).
 * @param word One 어절 ending in `particle`.
 * @param particle A particle; one whose form the table above does not tie to the syllable before
 *   it (`에게서`, `이었다`) fits any word.
 */
export function particleFits(word: string, particle: string): boolean {
  if (word.length <= particle.length || !word.endsWith(particle)) return false;
  const rule = RULE_OF.get(particle);
  return rule === undefined || fits(word, particle, rule);
}

// Each particle's rule, looked up by particle (the first rule listed for it, as a scan of the table
// finds): particleFits runs on every word that may end in a head noun.
const RULE_OF = new Map<string, (typeof PARTICLE_RULES)[number][1]>();
for (const [particle, rule] of PARTICLE_RULES) if (!RULE_OF.has(particle)) RULE_OF.set(particle, rule);

function fits(word: string, particle: string, rule: 'c' | 'v' | 'vl' | 'any'): boolean {
  const before = finalConsonant(word.charAt(word.length - particle.length - 1));
  if (before < 0) return true; // after digits or latin letters either form is written
  if (rule === 'any') return true;
  if (rule === 'c') return before > 0;
  if (rule === 'v') return before === 0;
  return before === 0 || before === RIEUL;
}

// Endings of modifiers (관형형) and connectives (연결어미) that close a descriptive clause:
// `…을 위한`, `…하는`, `…된`, `…하며`, `…해`, `…내려지면`, `끝나면`, `올리면`, `세 번째인`, `치러진`, and 주다 after a
// connective (`달아준`, `설치해준`, `씌워준`; `기준`, `수준` are nouns).
const VERB_ENDING = /(?:하는|되는|있는|없는|받는|주는|가는|오는|내는|드는|보는|찾는|위한|대한|통한|향한|인한|관한|의한|한|된|될|할|던|운|은|는|하며|되며|으며|이며|가며|오며|내며|하고|되고|있고|없고|받고|해서|돼서|하여|되어|해|돼|하면|되면|으면|다면|라면|하게|되게|있게|없게|롭게|[어아여워와져려쳐혀줘눠꿔둬봐놔뤄춰]서|르면|르자|다|지만|도록|려고|려는|기\s?위해|면서|고|[지나리시니치]면(?<=[가-힣][지나리시니치]면)|거나|째인|[러려워어해아]진|[아어워와여해줘춰봐]준)$/u;

// Past modifiers of irregular or ㄹ-stem verbs that the endings above do not catch.
const SHORT_MODIFIERS: ReadonlySet<string> = new Set([
  '만든', '지닌', '가진', '바뀐', '이룬', '새긴', '꾸민', '모인', '열린', '알린', '늘린', '살린', '지낸', '보낸',
  '만난', '끝난', '생긴', '빌린', '달린', '걸린', '어린', '꾸린', '이어진', '들어선', '문을 연', '연', '힘쓴', '앞선',
  '몰린', '풀린', '밀린', '팔린', '실린', '울린', '쏠린', '뚫린', '흘린', '차린', '누린', '가린', '버린', '드린', '돌린', '바꾼',
  '이끈',
  // Future modifiers in -ㄹ of short or ㄹ-stem verbs (`주민이 쓸 공공도서관`, `아이들이 놀 공간`).
  '쓸', '볼', '갈', '놀', '머물', '즐길', '누릴', '배울', '만들',

  '갖춘', '맞춘', '낮춘', '늦춘', '멈춘', '감춘', '마친', '고친', '펼친', '합친',
  // -기/-히/-이 causatives and passives (`사흘 앞당긴 …`, `대기를 줄인 …`, `폭을 넓힌 …`).
  '앞당긴', '담긴', '맡긴', '옮긴', '넓힌', '밝힌', '익힌', '줄인', '높인', '붙인', '쌓인', '놓인', '선보인', '올린',
  '끌어올린', '내린', '줄어든', '늘어난',
  // 열리다's connectives (`‘…축제’가 열려 야간 음악회와 …`).
  '열려', '열리며',
]);

// Nouns that end like a verb form.
const ENDING_LOOKALIKES: readonly string[] = [
  '제한', '기한', '권한', '시한', '무한', '유한', '역할', '행운', '기운', '피해', '이해', '방해', '재해', '손해', '올해',
  '지난해', '새해', '바다', '가게', '타운', '런던', '마을', '공고', '광고', '최고', '창고', '보고', '경고', '사고', '재고',
  '참고', '원고', '신고', '중고', '여고', '과학고', '외고', '특성화고', '마이스터고', '예고', '고고', '제고', '영고',
];

const isEndingLookalike = endsWithOneOf(ENDING_LOOKALIKES);

/**
 * True when a word ends in a verb or adjective ending that closes a description (`위한`,
 * `운영하는`, `선정된`, `마련해`, `새로운`), so a name cannot run back past it.
 * @param word One 어절 without surrounding punctuation.
 */
export function endsInVerbForm(word: string): boolean {
  if (isEndingLookalike(word)) return false;
  // A one-syllable word closed by ㄴ is a past modifier (`문을 연 …`, `새로 온 …`, `잘 된 …`).
  if (word.length === 1 && finalConsonant(word) === NIEUN) return true;
  return VERB_ENDING.test(word) || SHORT_MODIFIERS.has(word);
}

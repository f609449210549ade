/**
 * What a Korean personal name looks like, for finding the 구청장 named in a story without a list of
 * office holders: 2–4 syllables beginning with a family name. Source: the family names with the
 * most bearers in Statistics Korea's 2015 census (성씨·본관), two-syllable ones first.
 */
export const FAMILY_NAMES: readonly string[] = [
  '남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방',
  '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안',
  '송', '류', '유', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '남', '심', '노', '하', '곽',
  '성', '차', '주', '우', '구', '민', '진', '나', '지', '엄', '채', '원', '천', '방', '공', '현', '함',
  '변', '염', '여', '추', '도', '소', '석', '선', '설', '마', '길', '연', '위', '표', '명', '기', '반',
  '라', '왕', '금', '옥', '육', '인', '맹', '제', '모', '탁', '국', '어', '은', '편', '용', '예', '경',
  '봉', '사', '부', '태', '목', '형', '피', '두', '감', '음', '빈', '동', '온', '호', '범', '좌', '승',
];

/**
 * Words that stand where a name would (`구청장 권한대행`, `구청장 직무대리`) and start with a
 * family-name syllable, so they are never taken for a name.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  '권한대행', '직무대리', '직무대행', '당선인', '당선자', '명의', '주재', '주재로', '이하', '이상', '정도',
  '일행', '부부', '내외', '부인', '본인', '자신', '명예', '공약', '취임', '후보', '예비', '전임', '신임',
  '현직', '재임', '시절', '시대', '체제', '임기', '특보', '비서', '비서실', '직원', '일동', '대신',
  // Words that open a clause before `구청장` (`이날 구청장은 …`).
  '이날', '이번', '이후', '이어', '이에', '이와', '이는', '이때', '이제', '이미', '한편', '또한', '당시',
  '전날', '다음', '현재', '오늘', '정작', '우선', '해당', '동시', '주민', '구민', '역대', '초대', '민선',
  '전직', '신규', '조만간', '최근', '공동', '한때', '반면', '도중', '장소', '방문', '양측', '여야',
]);

const FAMILY = new RegExp(`^(?:${FAMILY_NAMES.join('|')})`);

/**
 * True when `word` can be a Korean person's name: 2–4 Hangul syllables, a family name first, not
 * one of the title words that look like names.
 */
export function looksLikeName(word: string): boolean {
  return /^[가-힣]{2,4}$/.test(word) && FAMILY.test(word) && !NOT_NAMES.has(word);
}

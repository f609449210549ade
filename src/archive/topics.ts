/**
 * Topics for browsing initiatives (/programs/ "by topic"): a keyword table of our own, built from
 * the words district offices use when naming programs. A program belongs to every topic one of
 * whose keywords appears in its name or in a sentence that describes it.
 */

/** Topic label → keywords (a keyword matches anywhere inside a word: `청년` in `청년창업`). */
export const TOPICS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['청년', ['청년', '대학생', '취업준비']],
  ['돌봄·복지', ['돌봄', '복지', '어르신', '노인', '시니어', '장애인', '치매', '1인가구', '1인 가구', '취약계층']],
  ['아동·교육', ['아동', '어린이', '어린이집', '보육', '교육', '학교', '학생', '도서관', '청소년']],
  ['스마트·디지털', ['스마트', '디지털', '빅데이터', '플랫폼', '모바일', '온라인', '인공지능']],
  ['안전', ['안전', '방범', '재난', '보안', '안심', '통학로', '방역', '감염']],
  ['일자리·경제', ['일자리', '취업', '창업', '고용', '소상공인', '상권', '전통시장', '지역경제']],
  ['환경', ['환경', '재활용', '탄소', '녹색', '공원', '숲', '정원', '에너지', '기후', '자원순환', '커피박']],
  ['문화·관광', ['문화', '축제', '예술', '관광', '공연', '박물관', '미술', '페스티벌', '체육']],
  ['주민참여', ['주민참여', '참여예산', '협치', '주민자치', '구민청', '공론']],
  ['주거·도시', ['주거', '주택', '도시재생', '젠트리피케이션', '임대', '건축', '마을공동체']],
  ['건강', ['건강', '보건', '의료', '진료', '정신건강', '금연', '운동']],
  ['교통', ['교통', '주차', '버스', '도로', '자전거', '보행']],
];

/**
 * The topics a text touches.
 * @param texts A program's name and the sentences describing it.
 * @returns Topic labels in the table's order, each once.
 */
export function topicsOf(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  return TOPICS.filter(([, words]) => words.some((w) => joined.includes(w))).map(([label]) => label);
}

/**
 * Word tables for the generated corpus. All invented: program names are composed from generic
 * Korean administrative vocabulary (돌봄, 일자리, 센터, 축제 …), people's names from syllables, so
 * no generated name is a real person or copies the seed articles. Award names, grades and prizes
 * are the common forms Korean district news uses.
 */

/** Leading words of program names (the district's own short name is added at run time). */
export const PROGRAM_PREFIXES = [
  '행복', '든든', '안심', '희망', '함께', '푸른', '온마을', '다정한', '청춘', '늘봄', '우리동네', '찾아가는',
  '스마트', '이음', '모두의', '동네', '마을', '새봄', '건강', '초록', '무지개', '햇살', '누리', '한울',
] as const;

/** The subject of a program. */
export const PROGRAM_CORES = [
  '돌봄', '일자리', '스타트업 성장', '어르신 건강', '탄소중립', '골목상권', '반려동물', '마을공동체', '디지털배움',
  '평생학습', '생활체육', '공유주방', '도시농업', '야간관광', '문화예술', '안전귀가', '1인가구', '육아나눔',
  '주거안심', '마음건강', '청소년 진로', '자원순환', '책 읽는 마을', '치매 예방', '다문화 가족', '소상공인 상생',
  '기후 적응', '보행 안전', '전통시장 활성화', '경력단절 여성', '장애인 이동', '미디어 교육', '숲 치유', '푸드뱅크',
  '노인 일자리', '아동 놀이', '공공 와이파이', '에너지 자립', '도시 재생', '청년 주거',
] as const;

/** What kind of thing the program is. */
export const PROGRAM_SUFFIXES = [
  '센터', '사업', '축제', '플랫폼', '프로젝트', '학교', '지원단', '조례', '쉼터', '카페', '놀이터', '서비스',
  '마당', '지도', '페스티벌', '아카데미', '박람회', '캠페인', '네트워크', '공작소',
] as const;

/** Evaluations and contests districts are ranked in, with who runs them. */
export const AWARDS = [
  { name: '지방자치단체 혁신평가', organizer: '행정안전부' },
  { name: '지방자치단체 합동평가', organizer: '행정안전부' },
  { name: '정부혁신 우수사례 경진대회', organizer: '행정안전부' },
  { name: '지방규제혁신 평가', organizer: '행정안전부' },
  { name: '적극행정 우수사례 경진대회', organizer: '인사혁신처' },
  { name: '지역사회 통합돌봄 평가', organizer: '보건복지부' },
  { name: '자치구 주민참여예산 운영 평가', organizer: '서울시' },
  { name: '대한민국 공공디자인 대상', organizer: '문화체육관광부' },
] as const;

/** Grades as written (`우수기관`, `최우수상` …). */
export const GRADES = ['우수기관', '최우수기관', '최우수상', '우수상', '장려상', '대상'] as const;

/** Prizes as written. */
export const PRIZES = ['대통령상', '국무총리 표창', '국무총리상', '행정안전부 장관상', '장관 표창', '서울시장 표창'] as const;

/** Family names, most common first. */
export const SURNAMES = ['김', '이', '박', '최', '한', '윤', '장', '임', '신', '오', '서', '권', '황', '안', '송', '류', '홍', '문'] as const;

/** Given-name syllables. */
export const GIVEN = [
  '하', '서', '윤', '도', '지', '민', '가', '온', '은', '채', '태', '재', '현', '린', '솔', '담', '별', '결', '율', '찬',
  '빈', '겸', '아', '예', '나', '란', '슬', '훈', '석', '규',
] as const;

/** Invented outlets; the word 샘플 says the corpus is generated. */
export const OUTLETS = ['샘플뉴스', '가상일보', '샘플경제', '시연타임즈', '예시저널'] as const;

/** Offices a story's closing sentence points to. */
export const DEPARTMENTS = ['일자리정책과', '복지정책과', '문화체육과', '기획예산과', '환경과', '교통행정과', '어르신복지과', '아동청소년과', '자치행정과'] as const;

/** Who a program serves. */
export const AUDIENCES = ['어르신', '청년', '어린이', '1인가구', '소상공인', '장애인', '주민', '직장인', '청소년', '다문화 가정'] as const;

/** Generic activities for `▲` lists and bare program names in running text. */
export const ACTIVITIES = [
  '건강 체조 교실', '스마트폰 활용 교육', '동네 산책 모임', '요리 나눔 교실', '진로 상담', '법률 상담', '심리 상담',
  '텃밭 가꾸기', '코딩 체험', '그림책 읽기', '목공 체험', '밴드 교실', '자전거 안전교육', '재활용 공예', '사진 교실',
] as const;

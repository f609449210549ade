/**
 * Words Korean news uses to report awards and evaluation results, as data for extract/awards.ts.
 * Source: how 행정안전부 and 서울시 write evaluation results in their press releases (`우수기관으로
 * 선정`, `최우수상인 대통령상 수상`, `국무총리 표창`), the grades of the national evaluations
 * (지방자치단체 혁신평가, 합동평가, 지방자치 경영대전, 서울시 자치구 평가) and the official short names of
 * the ministries (정부조직법's ministries as the press abbreviates them).
 */

/**
 * Grades as written, most specific first; a space may stand where ` ` is written (`최우수 기관`).
 * `우수` alone is left out: as an adjective (`우수 사례`, `우수·보통·미흡`) it is far more common.
 */
export const GRADES: readonly string[] = [
  '최우수 기관', '우수 기관', '선도 기관', '모범 기관', '최우수 자치구', '우수 자치구', '최우수 지자체', '우수 지자체',
  '최우수 구', '우수 구', '장려 구', '최우수 등급', '우수 등급', '최우수상', '우수상', '장려상', '특별상', '혁신상', '으뜸상',
  '최우수', '대상', '금상', '은상', '동상', 'S등급', 'A등급', '1등급', '2등급',
  // A rank in a published index (`25개 자치구 중 종합 1위`).
  '종합 1위', '종합 2위', '종합 3위',
  // A rank in an evaluation (`…평가’에서 1인가구 지원 분야 1위에 올랐다`): a result only where the
  // sentence names the evaluation (see {@link RANK_GRADE}); `인구 1위` is no award.
  '1위', '2위', '3위',
];

/**
 * Verbs that report a district's selection in a results row (`…가 장려구에 이름을 올렸다`, `…우수 자치구로 뽑혔다`):
 * a regex source, read by segment.ts (a row shared with each graded district) and extract/awards.ts (each
 * district's grade from the row).
 */
export const ROW_SELECTED_SOURCE = String.raw`선정|뽑혔|뽑혀|꼽혔|이름을\s?올`;

/** Grades that are bare ranks ({@link GRADES}' `1위`…): results only beside a named evaluation. */
export const RANK_GRADE = /^[1-3]위$/u;

/** {@link GRADES} as one regex alternation, longest first, a space optional where one is written. */
export const GRADE_SOURCE = [...GRADES]
  .sort((a, b) => b.length - a.length)
  .map((g) => g.replace(' ', String.raw`\s?`))
  .join('|');

/**
 * Letter grades of the national evaluations (매니페스토 공약이행 평가 `SA`, `A`…; 청렴도 등급), written
 * with `등급` after them, quoted or not (`‘SA’ 등급`, `SA등급`). A regex source for the letters.
 */
export const LETTER_GRADE_SOURCE = String.raw`SA|AA|S|A|B|C`;

/**
 * The Hangul letter grades some evaluations use (민원서비스 종합평가's `가`~`마`), written glued to
 * `등급` (`가등급`) or quoted (`‘가’ 등급`): a regex source for the letters. Unquoted and spaced
 * (`다 등급`) they are too easily other words, so extract/awards.ts does not read that form.
 */
export const HANGUL_GRADE_SOURCE = String.raw`[가나다라마]`;

/**
 * Grades so short that they are also ordinary words (`대상` is also "target": `청년을 대상으로`; `동상`
 * a statue): they count only right before a verb of receiving (`대상을 수상`, `대상의 영예`).
 */
export const SHORT_GRADES: readonly string[] = ['대상', '금상', '은상', '동상'];

/**
 * Prizes: who gives them and the form (`대통령상`, `국무총리 표창`, `행정안전부장관 표창`, `장관상`,
 * `서울시장상`). A regex source; the giver may be a ministry, agency or committee head.
 */
export const PRIZE_SOURCE =
  String.raw`(?:대통령|국무총리|국회의장|(?:[가-힣]{2,12}(?:부|처|청|위원회)\s?)?(?:장관|처장|청장|위원장)|서울(?:특별)?시장)\s?(?:기관\s?)?(?:상(?=[^가-힣]|$|[을를이가은의과와도])|표창장?|상장)`;

/**
 * `1위를 차지해 기관 표창을 받았다`: a commendation with no giver named. A prize only when it comes
 * with a grade just received; alone (`정부 표창`, `기관 표창을 받았다`) it says too little to be an award.
 */
export const GIVERLESS_PRIZE_SOURCE = String.raw`기관\s?표창장?`;

/** Verbs of receiving a result (stems; `선정됐다`, `수상한`, `받았다`, `차지했다`, `영예를 안았다`). */
export const AWARD_VERBS: readonly string[] = [
  '선정', '수상', '수여받', '받', '차지', '획득', '뽑', '거머쥐', '거머줬', '달성', '올랐', '올라', '석권', '인정받', '영예', '안았',
  // `우수기관에 이름을 올렸다`.
  '이름을 올렸', '이름을 올려', '이름을 올린', '이름을 올리',
];

/**
 * Verb forms that report a result not (yet) received: future, condition, purpose, prospect
 * (`수여받게 되며`, `선정될 예정`, `받을`, `수상을 목표로`). A sentence about them is no award;
 * `선정되기도 했다` ("was also selected") is past, not a purpose.
 */
export const NOT_YET_SOURCE = String.raw`(?:게\s?되|[될할]\s|[될할]$|받을|되면|하면|되기(?!도)|하기(?!도)|되도록|하도록|는다|된다|한다|예정|계획|목표|기대|전망|도전)`;

/** Last words of an evaluation or contest name: `…평가`, `…경진대회`, `…경영대전`, `…어워드`, `…대상`. */
export const EVALUATION_SUFFIXES: readonly string[] = [
  '평가대회', '경진대회', '경영대전', '경영대상', '평가', '대회', '대전', '어워드', '어워즈', '시상식', '공모전', '박람회',
  // Published indexes ranked like evaluations (`한국지방자치경쟁력지수`).
  '경쟁력지수',
  // A contest named `…대상` (`대한민국 친환경 대상`); `대상` alone is a grade, never a name.
  '대상',
  // Ministries' calls for good practice judged like contests (`… 우수사례 공모에서 장관상`).
  '공모',
  // 국민권익위원회's yearly `공공기관 청렴도 측정` (its official name) and its kind.
  '측정',
  // Merit awards a ministry gives (`가족친화 유공 포상`, `정부포상`).
  '포상',
  // A ministry's assessment graded like an evaluation (`‘2017년 지방자치단체 생활안전 진단’에서 A등급`), or
  // its analysis of results (`‘세외수입 운영 실적 분석’에서 A등급`).
  '진단', '실적 분석', '실적분석',
];

/** Words before an evaluation name that are not part of it: who runs it, when, which one. */
export const NAME_STOP_WORDS: readonly string[] = [
  '주관', '주최', '후원', '실시', '시행', '이번', '올해', '지난해', '작년', '최근', '앞서', '또', '또한', '특히', '한편', '전국',
];

/** Words that point back at the evaluation the story is about (the same edition): `이번 평가에서`. */
export const SAME_EVALUATION_SOURCE = String.raw`(?:이번|올해|해당|이|본|같은)\s?(?:[가-힣]{0,8}\s)?[가-힣]{0,4}(?:평가|심사|대회|대전|공모전|시상식)`;

/**
 * Evaluations known under several names → the canonical name (spaces ignored when matching).
 * `정부혁신평가` is what 행정안전부 called the same evaluation in 2018–2021 press releases.
 */
export const EVALUATION_ALIASES: Readonly<Record<string, string>> = {
  지방자치단체정부혁신평가: '지방자치단체 혁신평가',
  지방자치단체혁신평가: '지방자치단체 혁신평가',
  지자체정부혁신평가: '지방자치단체 혁신평가',
  지자체혁신평가: '지방자치단체 혁신평가',
  지자체합동평가: '지방자치단체 합동평가',
  지방자치단체합동평가: '지방자치단체 합동평가',
};

/**
 * Ministries and agencies as the press shortens them → the full name, so one organizer is listed
 * once. Names from 정부조직법 (current at the time of writing); older names stay as written.
 */
export const ORGANIZER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  행안부: '행정안전부',
  복지부: '보건복지부',
  국토부: '국토교통부',
  문체부: '문화체육관광부',
  과기정통부: '과학기술정보통신부',
  과기부: '과학기술정보통신부',
  여가부: '여성가족부',
  고용부: '고용노동부',
  노동부: '고용노동부',
  산업부: '산업통상자원부',
  중기부: '중소벤처기업부',
  농식품부: '농림축산식품부',
  해수부: '해양수산부',
  기재부: '기획재정부',
  권익위: '국민권익위원회',
  국민권익위: '국민권익위원회',
  인사처: '인사혁신처',
};

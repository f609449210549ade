/**
 * Metropolitan cities outside Seoul whose districts share a Seoul district's name (`부산 중구`,
 * `대구 중구`, `인천 중구`, `대전 중구`, `울산 중구`, `부산 강서구`), and the ways news writes Seoul
 * itself before a district (`서울 마포구`, `서울시 마포구`). Source: 행정안전부 행정구역 현황.
 */
export const OTHER_CITIES: readonly string[] = ['부산', '대구', '인천', '광주', '대전', '울산'];

/** Seoul's names as written before a district: `서울`, `서울시`, `서울특별시`. */
export const SEOUL_NAMES: readonly string[] = ['서울특별시', '서울시', '서울'];

/**
 * Places inside Seoul's districts that districts open their initiatives' names with, as they do with
 * their own names (`양재천 벚꽃 야간산책`, `을지로 빛의 거리 조성사업`, `연신내 청년 스타트업 존`): streams,
 * mountains, and areas known by a name without `동` (not a district's own short name: `종로`, `동대문`; not
 * one that is also a word: `방학` "vacation", `하계` "summer", `미아`, `수유`, `회기`, `사당`, `길동`; not `한강`,
 * the city's river and parks).
 * (A neighbourhood written with `동` is told by its form, see extract/program-bare.ts.) Source: 서울시 하천·산·지역 명칭.
 */
export const SEOUL_PLACES: ReadonlySet<string> = new Set([
  // Streams (하천).
  '청계천', '중랑천', '안양천', '탄천', '양재천', '성내천', '불광천', '홍제천', '정릉천', '도림천', '우이천', '방학천',
  '당현천', '묵동천', '여의천', '고덕천', '성북천', '목감천', '반포천', '대방천', '봉원천', '세곡천', '도봉천',
  // Mountains and large parks.
  '북한산', '도봉산', '관악산', '인왕산', '남산', '아차산', '용마산', '수락산', '불암산', '우면산', '대모산', '구룡산',
  '일자산', '청계산', '봉산', '개운산', '낙산', '백련산', '서울숲', '선유도', '노들섬', '뚝섬',
  // Areas, streets and hubs known without `동`.
  '명동', '을지로', '대학로', '북촌', '서촌', '홍대', '신촌', '이태원', '한남', '성수', '연신내', '여의도', '잠실',
  '마곡', '상암', '문래', '창동', '노량진', '목동', '신림', '고시촌', '가로수길', '경리단길', '해방촌', '망원', '합정',
  '왕십리', '건대', '천호', '마들', '광화문', '청량리', '남대문', '구로디지털단지', '가산디지털단지',
  'G밸리', 'DMC', '가리봉', '대림', '신도림', '서울역', '강남역', '방배', '개포', '수서', '가락',
  '문정', '오금', '둔촌', '암사', '고덕', '상계', '공릉', '태릉', '월계', '쌍문', '창신',
  '숭인', '익선동', '삼청동', '인사동', '서교', '연남', '망우', '신내', '답십리',
]);

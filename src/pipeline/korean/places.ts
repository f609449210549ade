/**
 * Metropolitan cities outside Seoul whose districts share a Seoul district's name (`부산 중구`,
 * `대구 중구`, `인천 중구`, `대전 중구`, `울산 중구`, `부산 강서구`), and the ways news writes Seoul
 * itself before a district (`서울 마포구`, `서울시 마포구`). Source: 행정안전부 행정구역 현황.
 */
export const OTHER_CITIES: readonly string[] = ['부산', '대구', '인천', '광주', '대전', '울산'];

/** Seoul's names as written before a district: `서울`, `서울시`, `서울특별시`. */
export const SEOUL_NAMES: readonly string[] = ['서울특별시', '서울시', '서울'];

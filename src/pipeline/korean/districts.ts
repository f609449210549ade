/**
 * The 25 autonomous districts (자치구) of Seoul: Hangul name, the short form news uses without 구
 * (`강동, 주민이 …`), the ASCII slug (Revised Romanization, as the districts' own English sites write
 * them) and a cell on a schematic tile map (column, row; north is row 0), placed as the districts lie.
 * Source: Seoul Metropolitan Government's list of 자치구; romanizations per the national standard.
 */
export interface DistrictInfo {
  /** Hangul name as written in news, e.g. `서초구`. */
  readonly name: string;
  /** Name without 구 (`서초`); for 중구 it is `중`, which is never matched alone. */
  readonly short: string;
  /** ASCII slug used in URLs, e.g. `seocho-gu`. */
  readonly slug: string;
  /** English name for alt text and metadata, e.g. `Seocho-gu`. */
  readonly english: string;
  /** Tile map column (west → east). */
  readonly col: number;
  /** Tile map row (north → south). */
  readonly row: number;
}

/** The 25 districts in the order of Seoul's own listing (north of the Han first). */
export const DISTRICTS: readonly DistrictInfo[] = [
  { name: '종로구', short: '종로', slug: 'jongno-gu', english: 'Jongno-gu', col: 2, row: 1 },
  { name: '중구', short: '중', slug: 'jung-gu', english: 'Jung-gu', col: 2, row: 2 },
  { name: '용산구', short: '용산', slug: 'yongsan-gu', english: 'Yongsan-gu', col: 2, row: 3 },
  { name: '성동구', short: '성동', slug: 'seongdong-gu', english: 'Seongdong-gu', col: 3, row: 2 },
  { name: '광진구', short: '광진', slug: 'gwangjin-gu', english: 'Gwangjin-gu', col: 4, row: 2 },
  { name: '동대문구', short: '동대문', slug: 'dongdaemun-gu', english: 'Dongdaemun-gu', col: 4, row: 1 },
  { name: '중랑구', short: '중랑', slug: 'jungnang-gu', english: 'Jungnang-gu', col: 5, row: 1 },
  { name: '성북구', short: '성북', slug: 'seongbuk-gu', english: 'Seongbuk-gu', col: 3, row: 1 },
  { name: '강북구', short: '강북', slug: 'gangbuk-gu', english: 'Gangbuk-gu', col: 3, row: 0 },
  { name: '도봉구', short: '도봉', slug: 'dobong-gu', english: 'Dobong-gu', col: 4, row: 0 },
  { name: '노원구', short: '노원', slug: 'nowon-gu', english: 'Nowon-gu', col: 5, row: 0 },
  { name: '은평구', short: '은평', slug: 'eunpyeong-gu', english: 'Eunpyeong-gu', col: 1, row: 0 },
  { name: '서대문구', short: '서대문', slug: 'seodaemun-gu', english: 'Seodaemun-gu', col: 1, row: 1 },
  { name: '마포구', short: '마포', slug: 'mapo-gu', english: 'Mapo-gu', col: 1, row: 2 },
  { name: '양천구', short: '양천', slug: 'yangcheon-gu', english: 'Yangcheon-gu', col: 0, row: 3 },
  { name: '강서구', short: '강서', slug: 'gangseo-gu', english: 'Gangseo-gu', col: 0, row: 2 },
  { name: '구로구', short: '구로', slug: 'guro-gu', english: 'Guro-gu', col: 0, row: 4 },
  { name: '금천구', short: '금천', slug: 'geumcheon-gu', english: 'Geumcheon-gu', col: 1, row: 5 },
  { name: '영등포구', short: '영등포', slug: 'yeongdeungpo-gu', english: 'Yeongdeungpo-gu', col: 1, row: 3 },
  { name: '동작구', short: '동작', slug: 'dongjak-gu', english: 'Dongjak-gu', col: 1, row: 4 },
  { name: '관악구', short: '관악', slug: 'gwanak-gu', english: 'Gwanak-gu', col: 2, row: 4 },
  { name: '서초구', short: '서초', slug: 'seocho-gu', english: 'Seocho-gu', col: 3, row: 3 },
  { name: '강남구', short: '강남', slug: 'gangnam-gu', english: 'Gangnam-gu', col: 4, row: 3 },
  { name: '송파구', short: '송파', slug: 'songpa-gu', english: 'Songpa-gu', col: 5, row: 3 },
  { name: '강동구', short: '강동', slug: 'gangdong-gu', english: 'Gangdong-gu', col: 5, row: 2 },
];

/** The Hangul names, as a tuple for `z.enum`. */
export const DISTRICT_NAMES = DISTRICTS.map((d) => d.name) as [string, ...string[]];

const byName = new Map(DISTRICTS.map((d) => [d.name, d]));

/**
 * True when `text` holds any district's full name (`서초구`, also inside a word: `집중구역` holds
 * 중구), as testing `text.includes(name)` for each of the 25 would.
 * @param text Any text.
 */
export function namesAnyDistrict(text: string): boolean {
  // Every name ends in 구: only the text before each 구 is compared (25 searches of the text each
  // time cost more than all the rest of reading a paragraph's first sentence).
  for (let gu = text.indexOf('구'); gu !== -1; gu = text.indexOf('구', gu + 1)) {
    for (let start = gu - 1; start >= 0 && start >= gu - 3; start--) if (byName.has(text.slice(start, gu + 1))) return true;
  }
  return false;
}
const bySlug = new Map(DISTRICTS.map((d) => [d.slug, d]));

/** Looks a district up by its Hangul name (`서초구`); undefined when it is not one of the 25. */
export function districtByName(name: string): DistrictInfo | undefined {
  return byName.get(name);
}

// `중` alone is too common a syllable to stand for 중구 (as in extract/districts.ts).
const byShort = new Map(DISTRICTS.filter((d) => d.short.length >= 2).map((d) => [d.short, d]));

/** Looks a district up by its short name (`서초`, `강동`; not `중`); undefined when it is none. */
export function districtByShortName(short: string): DistrictInfo | undefined {
  return byShort.get(short);
}

/** Looks a district up by its slug (`seocho-gu`); undefined when unknown. */
export function districtBySlug(slug: string): DistrictInfo | undefined {
  return bySlug.get(slug);
}

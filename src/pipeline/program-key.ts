/**
 * The identity of a program name within one district, used at build time to merge the mentions
 * of one initiative across articles (the variants become aliases). Names are one program when
 * they differ only by:
 * - spaces, quotes, middle dots and hyphens, letter case and full-width forms
 *   (`태양광 보안등` / `태양광보안등`, `온ㆍ오프라인` / `온·오프라인`);
 * - brackets and what they hold (`상가(임대료)안정정책` / `상가 안정정책`);
 * - the district's own prefix, bare or as `X형` (`마포 안심돌봄` / `안심돌봄`,
 *   `강동형 그늘쉼터` / `그늘쉼터`): within the district the prefix adds nothing, while another
 *   district's prefix (`서울형`, `관악구-삼성전자` in 서초구) is kept;
 * - a year or edition in front (`2022 강남페스티벌`, `제5회 …축제`): one festival, many editions;
 * - a trailing classifier `사업` (`안심 손잡이 사업` / `안심 손잡이`).
 * A prefix or classifier is kept when removing it would leave fewer than two characters.
 */
import { districtByName } from './korean/districts.ts';

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|（[^（）]*）|〔[^〔〕]*〕/gu;
const IGNORED = /[\s'"‘’“”「」『』《》〈〉<>·ㆍ・?\-–—_.,:;!/~]/gu;
const EDITION = /^(?:제\d+(?:회|차|기)|\d+회|(?:19|20)\d{2}(?:년도|년)?)(?=\D)/u;

/**
 * The merge key of a program name within a district.
 * @param name The name as written (`마포 안심돌봄`).
 * @param district The district it belongs to, by Hangul name (`서초구`).
 * @returns A compact key (`안심돌봄`): equal keys in one district are one program.
 */
export function programKey(name: string, district: string): string {
  // Marks go before NFKC too: it turns the middle dot ㆍ (U+318D) into a jamo vowel.
  let key = name.replace(IGNORED, '').normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(IGNORED, '');
  key = dropPrefix(key, EDITION);
  const own = ownPrefix(district);
  if (own) key = dropPrefix(key, own);
  if (key.endsWith('사업') && key.length - 2 >= 2) key = key.slice(0, -2);
  return key || name.replace(IGNORED, '');
}

const OWN_PREFIXES = new Map<string, RegExp | null>();

/** The district's own prefix, bare or as `X형` (built once per district: keys are made per mention). */
function ownPrefix(district: string): RegExp | null {
  let prefix = OWN_PREFIXES.get(district);
  if (prefix === undefined) {
    const info = districtByName(district);
    const own = info && (info.short.length > 1 ? `(?:${info.name}|${info.short})` : info.name);
    prefix = own ? new RegExp(`^${own}형?`, 'u') : null;
    OWN_PREFIXES.set(district, prefix);
  }
  return prefix;
}

/** Removes a prefix when at least two characters remain. */
function dropPrefix(key: string, prefix: RegExp): string {
  const m = prefix.exec(key);
  return m && key.length - m[0].length >= 2 ? key.slice(m[0].length) : key;
}

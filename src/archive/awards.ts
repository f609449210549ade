/**
 * Awards grouped for /awards/: by evaluation (canonical name) and year, one row per district and
 * grade, merging the articles that report the same result and keeping the longest streak written.
 */
import { DISTRICTS, districtByName } from '../pipeline/korean/districts.ts';
import type { AwardGroup, AwardRef, AwardRow } from './model.ts';

/**
 * Grades from the best down, as Korean evaluations write them; grades not listed sort after these,
 * then no grade. Source: the grade words of 행정안전부 and 지자체 평가 announcements.
 */
const GRADE_ORDER = ['대상', '최우수기관', '최우수', '최우수상', '우수기관', '우수', '우수상', '장려상', '장려기관', '특별상'];

function gradeRank(grade: string | null): number {
  if (grade === null) return GRADE_ORDER.length + 1;
  const i = GRADE_ORDER.indexOf(grade);
  return i === -1 ? GRADE_ORDER.length : i;
}

const districtOrder = new Map(DISTRICTS.map((d, i) => [d.name, i]));

/**
 * Groups award mentions by evaluation and year, then district and grade.
 * @param refs Every award found in every story.
 * @returns Newest year first (no year last), then by name; rows best grade first, then Seoul's order.
 */
export function groupAwards(refs: readonly AwardRef[]): AwardGroup[] {
  const groups = new Map<string, { name: string; year: number | null; rows: Map<string, AwardRef[]> }>();
  for (const ref of refs) {
    const { name, year, grade } = ref.award;
    const gk = `${name}\u0000${year ?? ''}`;
    let g = groups.get(gk);
    if (!g) groups.set(gk, (g = { name, year, rows: new Map() }));
    const rk = `${ref.story.district}\u0000${grade ?? ''}`;
    const list = g.rows.get(rk);
    if (list) list.push(ref);
    else g.rows.set(rk, [ref]);
  }
  const out: AwardGroup[] = [...groups.values()].map((g) => ({
    name: g.name,
    year: g.year,
    rows: [...g.rows.values()].map(toRow).sort(
      (a, b) => gradeRank(a.grade) - gradeRank(b.grade) || districtOrder.get(a.district.name)! - districtOrder.get(b.district.name)!,
    ),
  }));
  return out.sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || a.name.localeCompare(b.name, 'ko'));
}

function toRow(refs: AwardRef[]): AwardRow {
  const first = refs[0]!;
  const streaks = refs.map((r) => r.award.streak).filter((s): s is number => s !== null);
  return {
    district: districtByName(first.story.district)!,
    grade: first.award.grade,
    streak: streaks.length ? Math.max(...streaks) : null,
    prize: refs.find((r) => r.award.prize)?.award.prize ?? null,
    organizer: refs.find((r) => r.award.organizer)?.award.organizer ?? null,
    refs,
  };
}

/**
 * Dates as Korean readers write them, exactly as precise as the source: a month stays a month.
 */

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @param date An ISO date of any of those precisions.
 * @returns `2022년`, `2022년 2월` or `2022년 2월 9일`; the input unchanged if it is none of them.
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (mo === undefined) return `${y}년`;
  if (d === undefined) return `${y}년 ${Number(mo)}월`;
  return `${y}년 ${Number(mo)}월 ${Number(d)}일`;
}

/**
 * Formats a date mention's span: one date, or `start – end` for a period.
 * @param start The date or the start.
 * @param end The end of a period, or null.
 */
export function formatSpan(start: string, end: string | null): string {
  return end ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
}

/** Korean labels of the date kinds (PRODUCT.md → DateMention). */
export const DATE_KIND_LABEL: Readonly<Record<string, string>> = {
  deadline: '마감',
  period: '기간',
  event: '일정',
  past: '지난 일',
};

/**
 * Related coverage: other articles about the same thing. Two articles are related when a story in
 * each has the same district and either the same initiative (program id) or an event dated within
 * a few days of the other's (two outlets reporting one event). Computed on demand per article and
 * remembered, from inverted indexes built once, so a 100,000-article archive stays linear.
 */
import type { ArticleEntry } from './model.ts';

/** Event dates at most this many days apart count as the same event. */
const EVENT_WINDOW_DAYS = 3;
/** At most this many related articles are shown. */
const MAX_RELATED = 6;
/** A key shared by more articles than this says little (a routine program); skip it. */
const MAX_GROUP = 200;

/** Day number of a `YYYY-MM-DD` date; null for a month or a year. */
function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * Builds the related-coverage lookup.
 * @param articles Every article.
 * @param programIdOf Maps a story's district and a program name to the program's id.
 * @returns A function from article id to related articles, best first (most shared, then nearest date).
 */
export function relatedCoverage(
  articles: readonly ArticleEntry[],
  programIdOf: (district: string, name: string) => string,
): (articleId: string) => readonly ArticleEntry[] {
  // Articles by position, scored in one reused array: a 10,000-article archive makes millions of
  // score updates, which string-keyed maps made the slowest part of the build (npm run bench, issue 6).
  const indexOf = new Map(articles.map((a, i) => [a.data.id, i]));
  const times = articles.map((a) => Date.parse(a.data.date));
  const byProgram = new Map<string, number[]>();
  const byEventDay = new Map<string, number[]>();
  // Articles are added in order, so a repeat of the same article is always the last one added.
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const keysOf: Array<{ programs: string[]; events: Array<[string, number]> }> = [];
  articles.forEach(({ data }, i) => {
    const keys = { programs: [] as string[], events: [] as Array<[string, number]> };
    for (const story of data.stories) {
      for (const p of story.programs) keys.programs.push(programIdOf(story.district, p.name));
      for (const d of story.dates) {
        const day = d.kind === 'event' || d.kind === 'period' ? dayNumber(d.start) : null;
        if (day !== null) keys.events.push([story.district, day]);
      }
    }
    keys.programs.forEach((k) => add(byProgram, k, i));
    keys.events.forEach(([district, day]) => add(byEventDay, `${district}|${day}`, i));
    keysOf.push(keys);
  });

  const score = new Float64Array(articles.length);
  const memo = new Map<string, readonly ArticleEntry[]>();
  return (articleId) => {
    const cached = memo.get(articleId);
    if (cached) return cached;
    const self = indexOf.get(articleId);
    if (self === undefined) return [];
    const keys = keysOf[self]!;
    const touched: number[] = [];
    const bump = (list: number[] | undefined, weight: number) => {
      if (!list || list.length > MAX_GROUP) return;
      for (const i of list) {
        if (i === self) continue;
        if (score[i] === 0) touched.push(i);
        score[i]! += weight;
      }
    };
    for (const k of new Set(keys.programs)) bump(byProgram.get(k), 2);
    for (const [district, day] of keys.events) {
      for (let d = day - EVENT_WINDOW_DAYS; d <= day + EVENT_WINDOW_DAYS; d++) bump(byEventDay.get(`${district}|${d}`), 1);
    }
    // Keep only the best MAX_RELATED (most shared, then nearest date, then slug), as a full sort would.
    const best: Array<{ i: number; s: number; distance: number }> = [];
    const before = (a: (typeof best)[number], b: (typeof best)[number]) =>
      b.s - a.s || a.distance - b.distance || articles[a.i]!.data.slug.localeCompare(articles[b.i]!.data.slug, 'ko');
    for (const i of touched) {
      const candidate = { i, s: score[i]!, distance: Math.abs(times[i]! - times[self]!) };
      score[i] = 0;
      if (best.length === MAX_RELATED && before(candidate, best[MAX_RELATED - 1]!) >= 0) continue;
      const at = best.findIndex((b) => before(candidate, b) < 0);
      best.splice(at < 0 ? best.length : at, 0, candidate);
      if (best.length > MAX_RELATED) best.pop();
    }
    const result = best.map((b) => articles[b.i]!);
    memo.set(articleId, result);
    return result;
  };
}

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
  const byId = new Map(articles.map((a) => [a.data.id, a]));
  const byProgram = new Map<string, Set<string>>();
  const byEventDay = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  };
  const keysOf = new Map<string, { programs: string[]; events: Array<[string, number]> }>();
  for (const { data } of articles) {
    const keys = { programs: [] as string[], events: [] as Array<[string, number]> };
    for (const story of data.stories) {
      for (const p of story.programs) keys.programs.push(programIdOf(story.district, p.name));
      for (const d of story.dates) {
        const day = d.kind === 'event' || d.kind === 'period' ? dayNumber(d.start) : null;
        if (day !== null) keys.events.push([story.district, day]);
      }
    }
    keys.programs.forEach((k) => add(byProgram, k, data.id));
    keys.events.forEach(([district, day]) => add(byEventDay, `${district}|${day}`, data.id));
    keysOf.set(data.id, keys);
  }

  const memo = new Map<string, readonly ArticleEntry[]>();
  return (articleId) => {
    const cached = memo.get(articleId);
    if (cached) return cached;
    const self = byId.get(articleId);
    const keys = keysOf.get(articleId);
    if (!self || !keys) return [];
    const score = new Map<string, number>();
    const bump = (set: Set<string> | undefined, weight: number) => {
      if (!set || set.size > MAX_GROUP) return;
      for (const id of set) if (id !== articleId) score.set(id, (score.get(id) ?? 0) + weight);
    };
    for (const k of new Set(keys.programs)) bump(byProgram.get(k), 2);
    for (const [district, day] of keys.events) {
      for (let d = day - EVENT_WINDOW_DAYS; d <= day + EVENT_WINDOW_DAYS; d++) bump(byEventDay.get(`${district}|${d}`), 1);
    }
    const distance = (a: ArticleEntry) => Math.abs(Date.parse(a.data.date) - Date.parse(self.data.date));
    const result = [...score.entries()]
      .map(([id, s]) => ({ entry: byId.get(id)!, s }))
      .sort((a, b) => b.s - a.s || distance(a.entry) - distance(b.entry) || a.entry.data.slug.localeCompare(b.entry.data.slug))
      .slice(0, MAX_RELATED)
      .map((r) => r.entry);
    memo.set(articleId, result);
    return result;
  };
}

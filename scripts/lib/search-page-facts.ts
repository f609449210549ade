/**
 * Filters and sort keys per page, read from the site's own data export (`dist/data/*.json`, whose
 * field names are the typed model's contract in PRODUCT.md): an article's districts, year and award
 * grades; an initiative's district; a district page's name. Reading the export rather than page
 * markup keeps the pages free of search plumbing. Missing files or fields just mean fewer filters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What search knows about one page besides its text. */
export interface PageFacts {
  /** Filter key → values (`district` → [`서초구`]). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Sort key → value (`date` → `2022-02`). */
  readonly sort: Readonly<Record<string, string>>;
  /**
   * Names (and aliases) of initiatives told in one story only, for that story's article: their
   * pages are not indexed (see {@link loadPageFacts}), so the article carries their name weight.
   */
  readonly names?: readonly string[];
}

/** Page facts and the initiative pages left out of the index. */
export interface SiteFacts {
  /** URL path (base included, trailing slash) → facts. */
  readonly pages: Map<string, PageFacts>;
  /**
   * Paths of initiative pages mentioned in a single story. Each keeps its page on the site, but
   * search sends the reader to the story (which links to the page): at 10,000 articles such
   * pages were 23,924 of 37,136 records and dominated bytes, latency and indexing time (issue 4).
   */
  readonly unindexed: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

/**
 * Loads page facts keyed by the page's URL path, and finds the initiatives told in one story only
 * (the export's `stories` of the initiative name one distinct story): their names go to that
 * story's article (`names`) and their pages into `unindexed`.
 * @param siteDir The built site.
 * @param base The base path, e.g. `/` or `/archive/`.
 * @returns Facts by URL path and the unindexed pages; empty when the export is missing.
 */
export async function loadPageFacts(siteDir: string, base: string): Promise<SiteFacts> {
  const facts = new Map<string, PageFacts>();
  const unindexed = new Set<string>();
  const namesOf = new Map<string, string[]>();
  const add = (url: unknown, filters: Record<string, Iterable<string>>, sort: Record<string, string> = {}) => {
    const path = urlPath(url, base);
    if (!path) return;
    const clean: Record<string, string[]> = {};
    for (const [k, values] of Object.entries(filters)) {
      const unique = [...new Set([...values].filter((v) => typeof v === 'string' && v.trim()))];
      if (unique.length) clean[k] = unique;
    }
    facts.set(path, { filters: clean, sort });
  };

  for (const article of await readList(siteDir, 'articles')) {
    const stories = arrayOf(article['stories']);
    const date = typeof article['date'] === 'string' ? article['date'] : '';
    add(
      article['url'],
      {
        district: stories.map((s) => String(s['district'] ?? '')),
        year: date ? [date.slice(0, 4)] : [],
        grade: stories.flatMap((s) => arrayOf(s['awards']).map((a) => String(a['grade'] ?? ''))),
      },
      date ? { date } : {},
    );
  }
  for (const program of await readList(siteDir, 'programs')) {
    // The export gives `firstDate`/`lastDate`; older shapes listed `mentions` with dates.
    const dates = [program['firstDate'], program['lastDate'], ...arrayOf(program['mentions']).map((m) => m['date'])]
      .filter((d): d is string => typeof d === 'string' && d.length >= 4)
      .sort();
    add(
      program['url'],
      { district: [String(program['district'] ?? '')], year: dates.map((d) => d.slice(0, 4)) },
      dates.length ? { date: dates.at(-1)! } : {},
    );
    // A story URL carries its anchor (`/articles/x/#gangnam-gu`): distinct URLs are distinct stories.
    const stories = [...new Set((Array.isArray(program['stories']) ? program['stories'] : []).filter((u): u is string => typeof u === 'string'))];
    const page = urlPath(program['url'], base);
    const article = stories.length === 1 ? urlPath(stories[0], base) : null;
    if (page && article) {
      unindexed.add(page);
      const names = [program['name'], ...(Array.isArray(program['aliases']) ? program['aliases'] : [])].filter((n): n is string => typeof n === 'string' && !!n.trim());
      namesOf.set(article, [...(namesOf.get(article) ?? []), ...names]);
    }
  }
  for (const district of await readList(siteDir, 'districts')) {
    add(district['url'], { district: [String(district['name'] ?? '')] });
  }
  for (const [article, names] of namesOf) {
    const known = facts.get(article) ?? { filters: {}, sort: {} };
    facts.set(article, { ...known, names: [...new Set(names)] });
  }
  return { pages: facts, unindexed };
}

async function readList(siteDir: string, name: string): Promise<Json[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(siteDir, 'data', `${name}.json`), 'utf8'));
  } catch {
    return [];
  }
  if (Array.isArray(parsed)) return arrayOf(parsed);
  if (parsed && typeof parsed === 'object') return arrayOf((parsed as Json)[name]);
  return [];
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => !!v && typeof v === 'object') : [];
}

/** `https://x.org/archive/articles/a/#s` or `/archive/articles/a/` → `/archive/articles/a/`. */
function urlPath(url: unknown, base: string): string | null {
  if (typeof url !== 'string' || !url) return null;
  let path: string;
  try {
    path = new URL(url, 'http://site.invalid').pathname;
  } catch {
    return null;
  }
  path = decodeURI(path);
  if (!path.startsWith(base)) path = base + path.replace(/^\//u, '');
  return path.endsWith('/') ? path : `${path}/`;
}

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
}

type Json = Record<string, unknown>;

/**
 * Loads page facts keyed by the page's URL path (base included, trailing slash).
 * @param siteDir The built site.
 * @param base The base path, e.g. `/` or `/archive/`.
 * @returns URL path → facts; empty when the export is missing.
 */
export async function loadPageFacts(siteDir: string, base: string): Promise<Map<string, PageFacts>> {
  const facts = new Map<string, PageFacts>();
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
  }
  for (const district of await readList(siteDir, 'districts')) {
    add(district['url'], { district: [String(district['name'] ?? '')] });
  }
  return facts;
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

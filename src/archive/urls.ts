/**
 * Every internal address of the site in one place. Paths are root-absolute and begin with the
 * base (`BASE_PATH`, e.g. `/archive/`) with a trailing slash, as static hosts serve directories.
 */

/** The configured base with its trailing slash (`/` or `/archive/`). */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Prefixes a site path with the base.
 * @param path A path without a leading slash, e.g. `districts/seocho-gu/`; `''` is the home page.
 * @returns The root-absolute address, e.g. `/archive/districts/seocho-gu/`.
 */
export function href(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

/** Site paths (without the base) of every kind of page; pass them to `href`. */
export const paths = {
  home: () => '',
  article: (slug: string) => `articles/${slug}/`,
  story: (articleSlug: string, anchor: string) => `articles/${articleSlug}/#${anchor}`,
  districts: () => 'districts/',
  district: (slug: string) => `districts/${slug}/`,
  districtYear: (slug: string, year: string) => `districts/${slug}/${year}/`,
  districtFeed: (slug: string) => `districts/${slug}/rss.xml`,
  programs: () => 'programs/',
  program: (slug: string) => `programs/${slug}/`,
  awards: () => 'awards/',
  dates: () => 'dates/',
  year: (year: string) => `dates/${year}/`,
  month: (yearMonth: string) => `dates/${yearMonth.slice(0, 4)}/${yearMonth.slice(5, 7)}/`,
  review: () => 'review/',
  search: () => 'search/',
  data: (file: string) => `data/${file}`,
  feed: () => 'rss.xml',
} as const;

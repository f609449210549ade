/**
 * Names the index build and the search page agree on: the index-only meta fields, the filters,
 * the sort key and the ranking handed to Pagefind. One place, so both sides cannot drift.
 */

/** Searchable Pagefind meta fields that hold index-only terms; the page never shows them. */
export const INDEX_FIELDS = {
  /** Terms of a page's text (suffixes, joined words). */
  body: 'kb',
  /** Terms of an initiative's or district's name (its `h1`). */
  name: 'kn',
} as const;

/** What a result is: an article, an initiative (사업) or a district (자치구). */
export type PageKind = '기사' | '사업' | '자치구';

/** The kind of a page by the first segment of its path below the base. */
export const KIND_BY_SECTION: Readonly<Record<string, PageKind>> = {
  articles: '기사',
  programs: '사업',
  districts: '자치구',
};

/**
 * Pagefind weight of the text of initiative and district pages (articles weigh 1). Those pages
 * repeat every story's sentences about them; their name (`kn`) is what makes them rank.
 */
export const ENTITY_TEXT_WEIGHT = 0.25;

/** Filters offered on /search/, in display order, with their Korean labels. */
export const FILTERS = [
  { key: 'kind', label: '종류' },
  { key: 'district', label: '자치구' },
  { key: 'year', label: '연도' },
  { key: 'grade', label: '수상 등급' },
] as const;

/** The Pagefind sort key for "newest first" (`YYYY-MM-DD` or `YYYY-MM`, compared as text). */
export const SORT_DATE = 'date';

/**
 * Pagefind ranking. A match in an initiative's or district's name outweighs its mentions
 * elsewhere (`kn`); a match only inside a compound (`kb`) counts less than a whole word in the text,
 * so exact matches rank above partial ones. Other values are Pagefind 1.6's defaults.
 */
export const RANKING = {
  metaWeights: { [INDEX_FIELDS.name]: 6, [INDEX_FIELDS.body]: 0.6, title: 2 },
} as const;

/**
 * The /search/ page's script (the only client JavaScript of the site): Pagefind's JS API behind
 * a small UI of our own, since the query must be normalised for Korean before Pagefind sees it.
 * Searches when the reader is not composing with an input method (and on `compositionend`),
 * keeps `?q=` and the filters in the address, and fills `#search-results` once per finished search
 * with one link per result, built from text nodes only. The filter lists load when the reader
 * opens them (or the address selects one), never with a plain search: listing them makes Pagefind
 * fetch every filter file, while a search without filters fetches none (on a 10,000-article
 * archive those files were 272 KB of a 718 KB first search).
 */
import { FILTERS, RANKING, SORT_DATE } from './fields.ts';
import { SHARD_MANIFEST, type ShardManifest } from './shards.ts';
import { LABELS } from './labels.ts';
import { normalizeQuery } from './query.ts';
import { resultView, type ResultData } from './results.ts';

interface PagefindResult {
  readonly id: string;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}
/** One Pagefind instance: the module itself, or one made with `createInstance`. */
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, o: Record<string, unknown>): Promise<PagefindSearch | null>;
}
interface PagefindApi extends PagefindInstance {
  createInstance(o: { basePath: string; baseUrl: string }): PagefindInstance;
}

const PAGE_SIZE = 20;
const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const hint = root.querySelector<HTMLElement>('[data-search-hint]')!;
const filterDetails = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const results = document.getElementById('search-results')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** The first shard's bundle (`<base>pagefind/`); the others are listed in its manifest. */
const bundle = root.dataset['bundle']!;
/** The site's base path, which Pagefind puts before every result URL. */
const siteBase = bundle.replace(/pagefind\/$/u, '');
const instanceOptions = { ranking: RANKING, excerptLength: 30 };

let pagefind: Promise<PagefindApi> | null = null;
let byShard: Promise<PagefindInstance[]> | null = null;
let filtersShown: Promise<void> | null = null;
let composing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
let current: { results: readonly PagefindResult[]; terms: readonly string[]; shown: number } | null = null;
const selected = new Map<string, Set<string>>();

/**
 * Loads Pagefind with every shard of the index merged in (src/search/shards.ts): one search runs
 * on all of them, results in one list by score, and they share one WebAssembly module.
 */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const [api, shards] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>, otherShards()]);
    await api.options(instanceOptions);
    await api.init();
    for (const shard of shards) await api.mergeIndex(shard, { ...instanceOptions, baseUrl: siteBase });
    return api;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

let manifest: Promise<ShardManifest> | null = null;

/** The shard manifest, fetched once; an index built before shards existed has none (one bundle). */
function shardManifest(): Promise<ShardManifest> {
  manifest ??= (async () => {
    const response = await fetch(`${bundle}${SHARD_MANIFEST}`);
    if (response.status === 404) return { shards: [], dated: 1 };
    if (!response.ok) throw new Error(`${SHARD_MANIFEST}: HTTP ${response.status}`);
    return (await response.json()) as ShardManifest;
  })();
  manifest.catch(() => (manifest = null));
  return manifest;
}

/** Bundles of the shards after the first, newest first; none when the index is one bundle. */
async function otherShards(): Promise<string[]> {
  return (await shardManifest()).shards.map((folder) => `${bundle}${folder}`);
}

/**
 * One Pagefind instance per shard, newest shard first, for "newest first": Pagefind sorts each
 * shard by date but orders a merged list by score, and the shards hold consecutive date ranges,
 * so their sorted lists read one after the other are the whole list by date. Made only when a
 * reader asks for that order (each shard then loads its own copy of the WebAssembly module).
 */
function loadShardsByDate(): Promise<PagefindInstance[]> {
  byShard ??= (async () => {
    const [api, manifest, others] = await Promise.all([loadPagefind(), shardManifest(), otherShards()]);
    // Shards of undated pages only (district pages) are left out, as one bundle leaves them out.
    const bundles = [bundle, ...others].slice(0, Math.max(1, manifest.dated));
    const instances = bundles.map((basePath) => api.createInstance({ basePath, baseUrl: siteBase }));
    await Promise.all(
      instances.map(async (instance) => {
        await instance.options(instanceOptions);
        await instance.init();
      }),
    );
    return instances;
  })();
  byShard.catch(() => (byShard = null));
  return byShard;
}

/**
 * Searches every shard: by score through the merged instance, or by date shard by shard.
 * @returns The results in order, or null when Pagefind dropped the search.
 */
async function searchAll(api: PagefindApi, text: string, filters: Record<string, { any: string[] }>, newest: boolean): Promise<readonly PagefindResult[] | null> {
  const sort = { [SORT_DATE]: 'desc' };
  if (!newest) return (await api.search(text, { filters }))?.results ?? null;
  // One bundle sorts itself.
  if ((await shardManifest()).shards.length === 0) return (await api.search(text, { filters, sort }))?.results ?? null;
  const shards = await loadShardsByDate();
  const found = await Promise.all(shards.map((shard) => shard.search(text, { filters, sort })));
  if (found.some((f) => f === null)) return null;
  return found.flatMap((f) => f!.results);
}

/** Reads `?q=`, filters and sort from the address into the form. */
function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  selected.clear();
  for (const { key } of FILTERS) {
    const values = params.getAll(key);
    if (values.length) selected.set(key, new Set(values));
  }
}

/** Writes the query, filters and sort into the address without adding history entries. */
function writeUrl(): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [key, values] of selected) for (const v of values) params.append(key, v);
  if (sortSelect.value === 'newest') params.set('sort', 'newest');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function schedule(delay = 150): void {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), delay);
}

async function run(): Promise<void> {
  const mine = ++generation;
  writeUrl();
  const query = normalizeQuery(input.value);
  if (!query.text) {
    current = null;
    results.replaceChildren();
    status.textContent = '';
    hint.textContent = LABELS.prompt;
    more.hidden = true;
    return;
  }
  status.textContent = LABELS.searching;
  let api: PagefindApi;
  try {
    api = await loadPagefind();
  } catch {
    status.textContent = LABELS.failed;
    return;
  }
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of selected) if (values.size) filters[key] = { any: [...values] };
  let found: readonly PagefindResult[] | null;
  try {
    found = await searchAll(api, query.text, filters, sortSelect.value === 'newest');
  } catch {
    if (mine === generation) status.textContent = LABELS.failed;
    return;
  }
  if (mine !== generation || !found) return; // a newer search has started
  current = { results: found, terms: query.terms, shown: 0 };
  await showMore(mine, true);
  if (mine !== generation) return;
  // The count is announced once the results are in place.
  const shown = input.value.trim();
  status.textContent = found.length ? LABELS.count(found.length, shown) : LABELS.none(shown);
  hint.textContent = found.length ? '' : LABELS.noneHint;
}

async function showMore(mine: number, replace: boolean): Promise<void> {
  if (!current) return;
  const batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== generation) return;
  const links = data.map((d) => renderResult(d, current!.terms));
  if (replace) results.replaceChildren(...links);
  else results.append(...links);
  current.shown += batch.length;
  more.hidden = current.shown >= current.results.length;
}

function renderResult(data: ResultData, terms: readonly string[]): HTMLAnchorElement {
  const view = resultView(data, terms);
  const a = document.createElement('a');
  a.className = 'search-result';
  a.href = view.href;
  const head = a.appendChild(document.createElement('span'));
  head.className = 'search-result-head';
  if (view.kind) head.appendChild(span('search-result-kind', view.kind));
  head.appendChild(span('search-result-title', view.title));
  if (view.section) head.appendChild(span('search-result-section', view.section));
  if (view.date) head.appendChild(span('search-result-date', LABELS.date(view.date)));
  const excerpt = a.appendChild(document.createElement('span'));
  excerpt.className = 'search-result-excerpt';
  for (const segment of view.excerpt) {
    excerpt.appendChild(segment.mark ? markOf(segment.text) : document.createTextNode(segment.text));
  }
  return a;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function markOf(text: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.textContent = text;
  return mark;
}

/** Renders the filters once, the first time they are wanted. */
function showFilters(): Promise<void> {
  filtersShown ??= renderFilters().catch(() => {
    filtersShown = null;
  });
  return filtersShown;
}

/** Builds one checkbox group per filter the index has, with Pagefind's counts. */
async function renderFilters(): Promise<void> {
  const api = await loadPagefind();
  const available = await api.filters();
  const groups: HTMLElement[] = [];
  for (const { key, label } of FILTERS) {
    const values = Object.keys(available[key] ?? {});
    if (values.length < 2 && !selected.get(key)?.size) continue;
    values.sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'ko')));
    const fieldset = document.createElement('fieldset');
    fieldset.appendChild(document.createElement('legend')).textContent = label;
    for (const value of values) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = selected.get(key)?.has(value) ?? false;
      const labelEl = document.createElement('label');
      labelEl.append(box, ` ${value} (${available[key]![value]})`);
      fieldset.appendChild(labelEl);
    }
    groups.push(fieldset);
  }
  filterBox.replaceChildren(...groups);
}

input.addEventListener('compositionstart', () => (composing = true));
input.addEventListener('compositionend', () => {
  composing = false;
  schedule(0);
});
input.addEventListener('input', (event) => {
  if (!composing && !(event as InputEvent).isComposing) schedule();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  schedule(0);
});
sortSelect.addEventListener('change', () => schedule(0));
filterBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const set = selected.get(box.name) ?? new Set<string>();
  if (box.checked) set.add(box.value);
  else set.delete(box.value);
  selected.set(box.name, set);
  schedule(0);
});
filterDetails.addEventListener('toggle', () => {
  if (filterDetails.open) void showFilters();
});
more.addEventListener('click', () => void showMore(generation, false));

readUrl();
hint.textContent = LABELS.prompt;
if (selected.size > 0) {
  filterDetails.open = true; // fires `toggle`, which renders them
  void showFilters();
}
if (input.value.trim()) void run();

/**
 * Running Pagefind searches in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core), for the search benchmark: each search goes through Pagefind's own JS API in a
 * real page, timed there, with the bytes the server sent counted per search.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { SHARD_MANIFEST } from '../../src/search/shards.ts';
import type { StaticServer } from './search-serve.ts';

/** Chromium flags for a quiet headless run on a shared machine. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One search as measured in the page. */
export interface TimedSearch {
  /** Result URLs in rank order (at most `limit`). */
  readonly urls: string[];
  /** Total number of results. */
  readonly count: number;
  /** Milliseconds from the call to the first `limit` results' data loaded. */
  readonly ms: number;
}

/**
 * Opens a page of the served site that loads Pagefind from `<base>pagefind/`, with the options
 * given (e.g. our ranking), ready for {@link timedSearch}.
 * @param browser A running Chromium.
 * @param server The site's server.
 * @param options Pagefind options, or null for its defaults.
 */
export async function openSearchPage(browser: Browser, server: StaticServer, options: Record<string, unknown> | null): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await page.evaluate(
    async ({ bundle, options }) => {
      const pf = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      if (options) await pf.options(options);
      (globalThis as unknown as { __pf: unknown }).__pf = pf;
    },
    { bundle: bundleOf(server), options },
  );
  return page;
}

/**
 * Loads the index and merges in its other shards (src/search/shards.ts) with the same options, as
 * the search page does before its first search; an index of one bundle has none to merge.
 * @param page A page from {@link openSearchPage}.
 * @param server The site's server.
 * @param options Pagefind options for the merged shards, or null for its defaults.
 * @returns How many shards were merged.
 */
export async function mergeShards(page: Page, server: StaticServer, options: Record<string, unknown> | null): Promise<number> {
  return page.evaluate(
    async ({ bundle, options, manifest }) => {
      const pf = (globalThis as unknown as { __pf: { init(): Promise<void>; mergeIndex(path: string, o: unknown): Promise<void> } }).__pf;
      await pf.init();
      const response = await fetch(`${bundle}${manifest}`);
      if (!response.ok && response.status !== 404) throw new Error(`${manifest}: HTTP ${response.status}`);
      const shards: string[] = response.ok ? ((await response.json()) as { shards: string[] }).shards : [];
      for (const folder of shards) await pf.mergeIndex(`${bundle}${folder}`, { ...options, baseUrl: bundle.replace(/pagefind\/$/u, '') });
      return shards.length;
    },
    { bundle: bundleOf(server), options, manifest: SHARD_MANIFEST },
  );
}

function bundleOf(server: StaticServer): string {
  return `${new URL(server.url).pathname}pagefind/`;
}

/**
 * Runs one search in the page and loads the first `limit` results' data.
 * @param page A page from {@link openSearchPage}.
 * @param query The text handed to Pagefind (already normalised, or raw for the baseline).
 * @param limit How many results to load. Default 10.
 */
export async function timedSearch(page: Page, query: string, limit = 10): Promise<TimedSearch> {
  return page.evaluate(
    async ({ query, limit }) => {
      type Pf = { search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> };
      const pf = (globalThis as unknown as { __pf: Pf }).__pf;
      const t0 = performance.now();
      const search = await pf.search(query);
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      const ms = performance.now() - t0;
      return { urls: data.map((d) => d.url), count: search.results.length, ms };
    },
    { query, limit },
  );
}

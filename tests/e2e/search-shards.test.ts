/**
 * The search index in shards, end to end in Chromium: the sample articles are built once under
 * BASE_PATH=/archive/, then indexed twice, as one bundle and in shards of 4 pages (about as many
 * shards as a 10,000-article archive gets in shards of 1,500), and the same searches run on both
 * sites. The shards are also indexed one and two at a time, which must give the same bundles.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { buildSiteWithSearch } from '../../scripts/lib/search-build-site.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/search-serve.ts';
import { launchChromium } from '../../scripts/lib/search-browser.ts';
import { SHARD_MANIFEST } from '../../src/search/shards.ts';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const BASE = '/archive/';
let tmp = '';
let single: StaticServer;
let sharded: StaticServer;
let shardedSite = '';
let browser: Browser;

/** Every result of a search (pressing "more" until all are shown): href and shown date. */
async function allResults(server: StaticServer, query: string, newest = false): Promise<Array<{ href: string; date: string }>> {
  const page: Page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${newest ? '&sort=newest' : ''}`);
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`‘${q}’`), query);
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = await page.locator('#search-results > a').count();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > a').length > n, before);
  }
  const results = await page.$$eval('#search-results > a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', date: a.querySelector('.search-result-date')?.textContent ?? '' })),
  );
  await page.close();
  return results;
}

/** `2023년 3월 14일` → `2023-03-14` (`2023년 3월` → `2023-03`), comparable as text. */
function isoOf(shown: string): string {
  return [...shown.matchAll(/\d+/gu)].map((m, i) => (i === 0 ? m[0] : m[0].padStart(2, '0'))).join('-');
}

describe.skipIf(!hasChromium)(`search over a sharded index in Chromium (needs ${chromiumPath})`, () => {
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'search-shards-e2e-'));
    const site = join(tmp, 'site');
    await buildSiteWithSearch('content/raw/samples', join(tmp, 'articles'), site, BASE);
    shardedSite = join(tmp, 'site-sharded');
    await cp(site, shardedSite, { recursive: true });
    const built = await buildSearchIndex({ siteDir: shardedSite, basePath: BASE, shardPages: 4 });
    if (built.errors.length) throw new Error(built.errors.join('\n'));
    single = await serveStatic(site, BASE);
    sharded = await serveStatic(shardedSite, BASE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await single?.close();
    await sharded?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test('the first bundle lists the other shards, and each is a bundle of its own', async () => {
    const manifest = JSON.parse(await readFile(join(shardedSite, 'pagefind', SHARD_MANIFEST), 'utf8')) as { shards: string[] };
    expect(manifest.shards.length).toBeGreaterThanOrEqual(3);
    expect(manifest.shards[0]).toBe('shard-1/');
    for (const folder of manifest.shards) expect(existsSync(join(shardedSite, 'pagefind', folder, 'pagefind-entry.json')), folder).toBe(true);
    const one = JSON.parse(await readFile(join(tmp, 'site', 'pagefind', SHARD_MANIFEST), 'utf8')) as { shards: string[] };
    expect(one.shards).toEqual([]);
  });

  test('two shards indexed at once give the same bundles, byte for byte, as one at a time', async () => {
    /** Indexes the site into a bundle of its own with `lanes` shards at a time; its files and their bytes. */
    const index = async (lanes: number) => {
      const out = join(tmp, `lanes-${lanes}`);
      const built = await buildSearchIndex({ siteDir: join(tmp, 'site'), basePath: BASE, shardPages: 4, lanes, outputPath: out });
      if (built.errors.length) throw new Error(built.errors.join('\n'));
      expect(built.lanes).toBe(lanes);
      const entries = await readdir(out, { recursive: true, withFileTypes: true });
      const files = entries.filter((e) => e.isFile()).map((e) => relative(out, join(e.parentPath, e.name))).sort();
      return { shards: built.shards, files, bytes: await Promise.all(files.map((f) => readFile(join(out, f)))) };
    };
    const one = await index(1);
    const two = await index(2);
    expect(one.shards).toBeGreaterThanOrEqual(3);
    expect(two.files).toEqual(one.files);
    // Every shard has its bundle, and the manifest lists them in order, whichever lane ended first.
    expect(one.files.filter((f) => f.endsWith('pagefind-entry.json'))).toHaveLength(one.shards);
    const manifest = JSON.parse(two.bytes[two.files.indexOf(SHARD_MANIFEST)]!.toString('utf8')) as { shards: string[] };
    expect(manifest.shards).toEqual(Array.from({ length: one.shards - 1 }, (_, i) => `shard-${i + 1}/`));
    expect(two.bytes).toEqual(one.bytes);
  }, 120_000);

  test.each(['구청장', '서초구', '도서관', '스마트', '청년'])('‘%s’ finds the same pages in shards as in one bundle', async (query) => {
    const whole = await allResults(single, query);
    const parts = await allResults(sharded, query);
    expect(whole.length).toBeGreaterThan(0);
    expect(parts.map((r) => r.href).sort()).toEqual(whole.map((r) => r.href).sort());
  });

  test.each(['구청장', '주민'])('‘%s’ newest first reads the shards in date order, with the same pages', async (query) => {
    const whole = await allResults(single, query, true);
    const parts = await allResults(sharded, query, true);
    expect(parts.map((r) => r.href).sort()).toEqual(whole.map((r) => r.href).sort());
    const dates = parts.map((r) => isoOf(r.date)).filter(Boolean);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the filter counts add up over the shards', async () => {
    const counts = async (server: StaticServer) => {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('구청장')}`);
      await page.getByText('검색 조건', { exact: true }).click();
      await page.locator('input[name="kind"][value="기사"]').waitFor();
      const labels = await page.$$eval('[data-search-filters] label', (ls) => ls.map((l) => l.textContent?.trim() ?? ''));
      await page.close();
      return labels;
    };
    const whole = await counts(single);
    expect(whole.length).toBeGreaterThan(5);
    expect(await counts(sharded)).toEqual(whole);
  });
});

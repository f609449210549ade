/**
 * /search/ end to end in Chromium, on a site built under BASE_PATH=/archive/ from invented fixture
 * articles (tests/fixtures/search/raw): ingest → astro build → our Pagefind index, served from the
 * subpath on a free port.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { buildSiteWithSearch } from '../../scripts/lib/search-build-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/search-serve.ts';
import { launchChromium } from '../../scripts/lib/search-browser.ts';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
let tmp = '';
let server: StaticServer;
let browser: Browser;

/** Waits until the search for `query` has filled the results (the status names it once done). */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.includes(`‘${q}’`);
  }, query);
}

describe.skipIf(!hasChromium)(`search page in Chromium (needs ${chromiumPath})`, () => {
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'search-e2e-'));
    await buildSiteWithSearch('tests/fixtures/search/raw', join(tmp, 'articles'), join(tmp, 'site'), '/archive/');
    server = await serveStatic(join(tmp, 'site'), '/archive/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  test('typing the inner part of a compound program name shows that story in the top 3, excerpt marked', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.locator('#search-q').pressSequentially('마루도서', { delay: 30 });
    await settled(page, '마루도서');
    const top = await page.$$eval('#search-results > a', (links) =>
      links.slice(0, 3).map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '', marks: [...a.querySelectorAll('mark')].map((m) => m.textContent) })),
    );
    const story = top.find((r) => r.href.startsWith('/archive/articles/') && r.href.endsWith('#nowon-gu'));
    expect(story, JSON.stringify(top)).toBeDefined();
    expect(story!.marks).toContain('마루도서');
    expect(story!.text).toContain('작은 도서관 ‘노원 책마루도서관’을 열었다고');
    expect(new URL(page.url()).searchParams.get('q')).toBe('마루도서');
    await page.close();
  });

  test('a ?q= deep link searches on load, and the address follows what is typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('안심등굣길')}`);
    await settled(page, '안심등굣길');
    const hrefs = await page.$$eval('#search-results > a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('/archive/articles/') && h.endsWith('#gangseo-gu')), JSON.stringify(hrefs)).toBe(true);
    await page.locator('#search-q').fill('강서구가');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '강서구가');
    await settled(page, '강서구가');
    expect(await page.textContent('[data-search-status]')).toContain('강서구가');
    await page.close();
  });

  test('a search without filters fetches no filter file; opening the filters does', async () => {
    const page = await browser.newPage();
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent('노원')}`);
    await settled(page, '노원');
    await page.waitForTimeout(200);
    expect(filterFiles).toEqual([]);
    await page.getByText('검색 조건', { exact: true }).click();
    await page.locator('input[name="kind"][value="기사"]').waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    await page.close();
  });

  test('the kind filter narrows the results to articles', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('노원')}`);
    await settled(page, '노원');
    const all = await page.$$eval('#search-results > a .search-result-kind', (kinds) => kinds.map((k) => k.textContent));
    expect(new Set(all).size).toBeGreaterThan(1);
    await page.getByText('검색 조건', { exact: true }).click();
    await page.locator('input[name="kind"][value="기사"]').check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > a').length < n, all.length);
    const narrowed = await page.$$eval('#search-results > a .search-result-kind', (kinds) => kinds.map((k) => k.textContent));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed)).toEqual(new Set(['기사']));
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['기사']);
    await page.close();
  });

  test('a deep link with a filter opens the filters with it checked and applies it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('노원')}&kind=${encodeURIComponent('기사')}`);
    await settled(page, '노원');
    await expect.poll(() => page.locator('input[name="kind"][value="기사"]').isChecked()).toBe(true);
    const kinds = await page.$$eval('#search-results > a .search-result-kind', (k) => k.map((x) => x.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['기사']));
    await page.close();
  });

  test('a query that looks like HTML renders as text and runs nothing', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = '<img src=x onerror="window.__xss=1;alert(1)">';
    await page.goto(`${server.url}search/?q=${encodeURIComponent(hostile)}`);
    await settled(page, hostile);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$('main img')).toHaveLength(0);
    expect(await page.textContent('[data-search-status]')).toContain('<img src=x');
    expect(await page.inputValue('#search-q')).toBe(hostile);
    await page.close();
  });
});

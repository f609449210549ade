/**
 * Accessibility (issue 5): axe-core (node_modules/axe-core) in Chromium on the home, article,
 * district, initiative, awards and search pages (and the other page kinds), in the light and the
 * dark colour scheme, on a site built under /archive/ from the sample articles and the hostile
 * corpus, with its search index. 0 serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, launchBrowser, noBrowserReason, serve, type Served } from './utils.ts';
import { buildFull, samplesAndHostileRaw, searchSettled, type FullBuild } from './hardening-utils.ts';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

interface Violation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

describe.skipIf(noBrowserReason !== null)(`axe-core in Chromium ${noBrowserReason ?? ''}`, () => {
  let raw = '';
  let build: FullBuild;
  let served: Served;
  let browser: Browser;
  const pages: [string, string][] = [];

  beforeAll(async () => {
    raw = samplesAndHostileRaw();
    build = await buildFull(raw, '/archive/');
    served = await serve(build.site);
    browser = await launchBrowser();
    const data = (file: string) => JSON.parse(readFileSync(join(build.site.dist, 'data', file), 'utf8')) as { url: string; stories?: unknown[] }[];
    // The roundup with the most stories, and the first initiative and district of the export.
    const article = data('articles.json').sort((a, b) => (b.stories?.length ?? 0) - (a.stories?.length ?? 0))[0]!;
    const program = data('programs.json')[0]!;
    const district = data('districts.json').find((d) => (d as { stories?: unknown }).stories !== 0) ?? data('districts.json')[0]!;
    pages.push(
      ['home', '/archive/'],
      ['article (roundup)', article.url],
      ['districts', '/archive/districts/'],
      ['district', district.url],
      ['initiatives', '/archive/programs/'],
      ['initiative', program.url],
      ['awards', '/archive/awards/'],
      ['dates', '/archive/dates/'],
      ['review', '/archive/review/'],
      ['not found', '/archive/no-such-page/'],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    build?.remove();
    if (raw) rmSync(raw, { recursive: true, force: true });
  });

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`every page kind has 0 serious or critical violations (${scheme})`, { timeout: 300_000 }, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      expect(pages.length).toBe(10);
      for (const [name, path] of pages) {
        await page.goto(`${served.origin}${path}`);
        for (const v of await seriousViolations(page)) found.push(`${name} ${path}: ${v}`);
      }
      // The search page once results, filters and highlighted excerpts are on it.
      await page.goto(`${served.origin}/archive/search/?q=${encodeURIComponent('도서관')}`);
      await searchSettled(page, '도서관');
      expect(await page.locator('#search-results > a').count()).toBeGreaterThan(0);
      for (const v of await seriousViolations(page)) found.push(`search ?q=도서관: ${v}`);
      expect(found).toEqual([]);
      await context.close();
    });
  }
});

/**
 * Link check over the whole built site, at `/` and under `BASE_PATH=/archive/`: every internal
 * href/src is root-absolute, begins with the base, and resolves to a built file (and, with a
 * fragment, to an element with that id). No browser needed: the built HTML is read directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenLinks, buildSite, removeSite, htmlFiles, resolveFile, SITE_FIXTURE, SITE_URL, type BuiltSite } from './utils.ts';

describe.each(['/', '/archive/'])('links of the site built with BASE_PATH=%s', (base) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ articles: SITE_FIXTURE, base });
  });
  afterAll(() => removeSite(site));

  test('every internal href and src resolves', () => {
    expect(htmlFiles(site.dist).length).toBeGreaterThan(40);
    expect(brokenLinks(site)).toEqual([]);
  });

  test('feeds and the sitemap point into the site under the base', () => {
    const feed = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links[0]).toBe(`${SITE_URL}${base}`);
    expect(links).toContain(`${SITE_URL}${base}articles/2023-03-15-seocho-gu-1a2b3c4d5e/`);
    for (const link of links.slice(1)) expect(resolveFile(site, link.slice(SITE_URL.length)), link).not.toBeNull();
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${SITE_URL}${base}programs/seocho-gu-seumateudolbomsenteo/`);
    for (const loc of locs) expect(resolveFile(site, loc.slice(SITE_URL.length)), loc).not.toBeNull();
  });
});

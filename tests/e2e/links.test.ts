/**
 * Link check over the whole built site, at `/` and under `BASE_PATH=/archive/`: every internal
 * href/src is root-absolute, begins with the base, and resolves to a built file (and, with a
 * fragment, to an element with that id). No browser needed: the built HTML is read directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, resolveFile, SITE_FIXTURE, type BuiltSite } from './utils.ts';

const SITE_URL = 'https://example.org';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Attribute values that are addresses: href, src, action, and og:url / canonical. */
function addresses(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const m of tag[0].matchAll(/\s(?:href|src|action)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) out.push((m[1] ?? m[2] ?? m[3])!.replace(/&amp;/g, '&'));
  }
  return out;
}

/**
 * Every broken or badly formed internal address of a built site.
 * @returns Lines `page: address (reason)`; empty when all is well.
 */
export function brokenLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
    return set;
  };
  for (const file of htmlFiles(site.dist)) {
    const page = relative(site.dist, file);
    for (const raw of addresses(readFileSync(file, 'utf8'))) {
      let path = raw;
      if (raw.startsWith(SITE_URL)) path = raw.slice(SITE_URL.length);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue; // external
      if (!path.startsWith('/')) {
        problems.push(`${page}: ${raw} (not root-absolute)`);
        continue;
      }
      if (!path.startsWith(site.base)) {
        problems.push(`${page}: ${raw} (does not begin with ${site.base})`);
        continue;
      }
      const target = resolveFile(site, path);
      if (!target) {
        problems.push(`${page}: ${raw} (no such file)`);
        continue;
      }
      const hash = path.includes('#') ? decodeURIComponent(path.slice(path.indexOf('#') + 1)) : '';
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) problems.push(`${page}: ${raw} (no element with id ${hash})`);
    }
  }
  return problems;
}

describe.each(['/', '/archive/'])('links of the site built with BASE_PATH=%s', (base) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ articles: SITE_FIXTURE, base });
  });

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

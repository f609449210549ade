/** robots.txt: everything may be crawled; the sitemap's address under SITE_URL and the base. */
import type { APIContext } from 'astro';
import { href } from '../archive/urls.ts';

/** Writes robots.txt. */
export function GET(context: APIContext) {
  const sitemap = new URL(href('sitemap-index.xml'), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

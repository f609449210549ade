// @ts-check
/**
 * Astro configuration. Deployment settings come from the environment so one build command fits
 * every static host (PRODUCT.md → "The site"):
 *   BASE_PATH     the subpath the site is served from, e.g. `/archive/` (default `/`)
 *   SITE_URL      the site's origin, e.g. `https://example.org` (default `http://localhost:4321`);
 *                 used for canonical and OpenGraph URLs, RSS and the sitemap
 *   ARTICLES_DIR  where the generated articles are read (default `content/articles`; see
 *                 src/content.config.ts)
 *   ASTRO_CACHE_DIR  Astro's cache (content data store), default `node_modules/.astro`; tests
 *                 building fixture sites side by side give each build its own
 */
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

/**
 * `/archive` or `archive/` → `/archive/`; empty → `/`.
 * @param {string | undefined} raw
 */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // One shared stylesheet file rather than CSS inlined into each of (up to) 100,000 pages.
  // Two pages at a time: while one page's file is written, the next renders (10,000 articles,
  // 37,549 pages, 2 cores: 52–55 s with one, 46–48 s with two, 52 s with three).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // No client JavaScript except /search/: no prefetch script, no dev toolbar in builds.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});

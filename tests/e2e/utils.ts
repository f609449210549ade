/**
 * End-to-end helpers: build a fixture site once per suite into a temp folder, serve its dist/ on a
 * free port (as a static host would, under a base path), and drive Debian's Chromium with
 * playwright-core. Modelled on Starlight's __e2e__/test-utils.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The SITE_URL fixture sites are built with. */
export const SITE_URL = 'https://example.org';
/** Hand-written site fixtures (frontmatter articles). */
export const SITE_FIXTURE = join(ROOT, 'tests/fixtures/site/articles');
/** The Chromium Debian installs; CI installs it in .ci/run. */
export const CHROMIUM = '/usr/bin/chromium';
/** Why a browser suite cannot run here, or null when it can. */
export const noBrowserReason: string | null = existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`;

/**
 * The environment for a child build without what vitest adds: vite reads `BASE_URL`, `MODE`,
 * `NODE_ENV` … from the environment, and vitest's values (`BASE_URL=/`, `NODE_ENV=test`) would
 * override the base and the mode of the build under test.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete env[key];
  }
  return env;
}

/** A built site. */
export interface BuiltSite {
  /** The dist folder. */
  readonly dist: string;
  /** The base path it was built for (`/` or `/archive/`). */
  readonly base: string;
  /** Build output, for failure messages. */
  readonly log: string;
}

/** Deletes a built site's folder (call in afterAll). */
export function removeSite(site: BuiltSite | undefined): void {
  if (site) rmSync(join(site.dist, '..'), { recursive: true, force: true });
}

/**
 * Builds the site from a folder of generated articles with `astro build` (no ingest, no search
 * index) into a fresh folder under .cache/site-builds (git-ignored), with its own Astro cache.
 * The output stays inside the project on purpose: for an outDir outside the working directory,
 * Astro 7 puts its prerender chunks in the shared `<root>/.astro/`, so two builds running at once
 * (other suites, other people's builds) would overwrite each other's chunks.
 * @param options.articles Folder of content/articles-style .md files.
 * @param options.base `BASE_PATH`. Default `/`.
 * @param options.env Extra environment (e.g. `ARTICLE_TEXT`).
 */
export async function buildSite(options: { articles: string; base?: string; env?: Record<string, string> }): Promise<BuiltSite> {
  mkdirSync(join(ROOT, '.cache/site-builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.cache/site-builds/site-'));
  const dist = join(work, 'dist');
  const base = options.base ?? '/';
  const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...cleanEnv(), ARTICLES_DIR: options.articles, BASE_PATH: base, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_URL, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dist, base, log: stdout + stderr };
}

/**
 * Ingests raw articles with the project's real ingest into a temp folder.
 * @param raw Folder of raw inputs (.txt/.md/.jsonl).
 * @returns The folder of generated articles.
 */
export async function ingestTo(raw: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'jachigu-articles-')), 'articles');
  await run('npx', ['tsx', 'scripts/ingest.ts', raw, '--out', out, '--no-cache', '--quiet'], { cwd: ROOT, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout?: string; stderr?: string }) => {
    // The ingest exits non-zero when some files are bad; what it wrote is still what we test.
    if (!existsSync(out)) throw new Error(`ingest failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  });
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Resolves a request path to a file in dist, as static hosts do (`/x/` → `/x/index.html`).
 * @returns The file path, or null when none exists.
 */
export function resolveFile(site: BuiltSite, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!path.startsWith(site.base)) return null;
  const rel = normalize(path.slice(site.base.length));
  if (rel.startsWith('..')) return null;
  let file = join(site.dist, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A running static server. */
export interface Served {
  /** `http://127.0.0.1:<port>` (no trailing slash; append the base). */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 and a free port; unknown paths get 404.html with status 404.
 */
export async function serve(site: BuiltSite): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const file = resolveFile(site, req.url ?? '/');
    if (!file) {
      const notFound = join(site.dist, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Attribute values that are addresses: href, src, action, and og:url / canonical. */
function addresses(html: string): string[] {
  const out: string[] = [];
  // Quoted attribute values may hold `>` or ` src=` (a scraped URL such as `?q="><script>`, an
  // og:title that quotes HTML), so tags and attributes are read left to right, quotes and all.
  for (const tag of html.matchAll(/<[a-z](?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    for (const m of tag[0].matchAll(/\s([^\s=>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      if (/^(?:href|src|action)$/i.test(m[1]!) && (m[2] ?? m[3] ?? m[4]) !== undefined) out.push((m[2] ?? m[3] ?? m[4])!.replace(/&amp;/g, '&'));
    }
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

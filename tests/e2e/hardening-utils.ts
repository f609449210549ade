/**
 * Helpers shared by the hardening suites (hostile input, accessibility, valid HTML): a complete
 * build the way `npm run build` makes one (ingest → astro build → search index) with the ingest's
 * report kept, a static server that sends the headers of `dist/_headers` (as Netlify and
 * Cloudflare Pages do), and waiting for the search page to finish. Node-only test code.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { buildSearchIndex } from '../../scripts/lib/search-index-build.ts';
import { ROOT, buildSite, cleanEnv, resolveFile, type BuiltSite, type Served } from './utils.ts';

const run = promisify(execFile);

/** A complete site and what the ingest said while making it. */
export interface FullBuild {
  readonly site: BuiltSite;
  /** The generated articles folder. */
  readonly articles: string;
  /** The ingest's stdout: its summary and every problem. */
  readonly report: string;
  /** The ingest's exit code. */
  readonly ingestExit: number;
  /** Removes every folder the build made. */
  remove(): void;
}

/**
 * Ingests a raw folder with the real CLI (no cache; future dates are judged against today),
 * builds the site with `astro build` and indexes it for search, as `npm run build` does.
 * @param raw Folder of raw inputs.
 * @param base `BASE_PATH`. Default `/`.
 */
export async function buildFull(raw: string, base = '/'): Promise<FullBuild> {
  const work = mkdtempSync(join(tmpdir(), 'jachigu-hardening-'));
  const articles = join(work, 'articles');
  const ingest = await run('npx', ['tsx', 'scripts/ingest.ts', raw, '--out', articles, '--no-cache'], {
    cwd: ROOT, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ stdout: r.stdout, code: 0 }),
    (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: `${e.stdout ?? ''}${e.stderr ?? ''}`, code: e.code ?? 1 }),
  );
  if (!existsSync(articles)) throw new Error(`the ingest wrote nothing:\n${ingest.stdout}`);
  const site = await buildSite({ articles, base });
  const index = await buildSearchIndex({ siteDir: site.dist, basePath: base });
  if (index.errors.length || index.pages === 0) throw new Error(`search index: ${index.pages} pages; ${index.errors.join('\n')}`);
  return {
    site, articles, report: ingest.stdout, ingestExit: ingest.code,
    remove: () => {
      // KEEP_BUILD=1 leaves the folders for a person to look into after a failure.
      if (process.env['KEEP_BUILD']) return console.log(`kept: ${articles} ${site.dist}`);
      rmSync(work, { recursive: true, force: true });
      rmSync(join(site.dist, '..'), { recursive: true, force: true });
    },
  };
}

/**
 * A raw folder holding the project's sample articles (content/raw, under `samples/`) and the hostile
 * corpus (tests/fixtures/hostile/raw, under `hostile/`): real pages with every awkward text in them.
 * @returns The folder (in the system temp dir; the caller removes it).
 */
export function samplesAndHostileRaw(): string {
  const raw = mkdtempSync(join(tmpdir(), 'jachigu-raw-'));
  cpSync(join(ROOT, 'content/raw'), join(raw, 'samples'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/hostile/raw'), join(raw, 'hostile'), { recursive: true });
  return raw;
}

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: [string, string][];
}

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file.
 * @param text The file.
 * @returns Its rules in order; a request gets the headers of every rule it matches.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site on a free port as Netlify or Cloudflare Pages would: each response carries
 * the headers of the `dist/_headers` rules its path (without the base) matches; unknown paths get
 * 404.html with status 404.
 */
export async function serveWithHeaders(site: BuiltSite): Promise<Served> {
  const file = join(site.dist, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const path = `/${url.split(/[?#]/)[0]!.slice(site.base.length)}`;
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    const found = resolveFile(site, url);
    const target = found ?? join(site.dist, '404.html');
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    res.end(existsSync(target) ? readFileSync(target) : 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/**
 * Waits until the search page has finished the search for `query` (its status line names the
 * query once the results are in, as tests/e2e/search.test.ts relies on).
 */
export async function searchSettled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`‘${q}’`), query);
}

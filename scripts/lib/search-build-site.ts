/**
 * Builds a complete site with search from a folder of raw articles, the way `npm run build` does
 * (ingest → astro build → search index) but into given folders: for the search benchmark and the
 * search end-to-end test. Node-only (spawns the project's own CLIs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSearchIndex } from './search-index-build.ts';

/** Seconds per step of {@link buildSiteWithSearch}, and what the index holds. */
export interface SiteBuild {
  readonly ingestSeconds: number;
  readonly astroSeconds: number;
  readonly indexSeconds: number;
  /** Pages in the search index. */
  readonly indexedPages: number;
  /** Initiative pages found through their single story instead of a record of their own. */
  readonly foldedPages: number;
}

/**
 * Ingests `rawDir` into `articlesDir`, builds the site into `siteDir` under `base` and indexes it.
 * @param rawDir Raw articles (any nesting).
 * @param articlesDir Where the generated articles go.
 * @param siteDir Where the site goes.
 * @param base The base path, e.g. `/` or `/archive/`. Default `/`.
 * @returns Seconds per step and index counts.
 * @throws When a step fails, with its output.
 */
export async function buildSiteWithSearch(rawDir: string, articlesDir: string, siteDir: string, base = '/'): Promise<SiteBuild> {
  const t0 = performance.now();
  run(['tsx', 'scripts/ingest.ts', rawDir, '--out', articlesDir, '--no-cache', '--quiet'], {});
  const t1 = performance.now();
  astroBuildInto(resolve(articlesDir), siteDir, base);
  const t2 = performance.now();
  const built = await buildSearchIndex({ siteDir, basePath: base });
  if (built.errors.length || built.pages === 0) throw new Error(`search index: ${built.pages} pages; ${built.errors.join('\n')}`);
  const seconds = (from: number, to: number) => (to - from) / 1000;
  return { ingestSeconds: seconds(t0, t1), astroSeconds: seconds(t1, t2), indexSeconds: seconds(t2, performance.now()), indexedPages: built.pages, foldedPages: built.folded };
}

/**
 * Runs `astro build` into a fresh folder under the project's git-ignored `.cache/site-builds`, with
 * its own Astro cache, then moves the site to `siteDir`. For an outDir outside the working directory,
 * Astro 7 writes its prerender chunks to the shared `<root>/.astro/` and renames them into the outDir:
 * two builds at once would overwrite each other's chunks, and a temp folder on another filesystem
 * (`TMPDIR=/dev/shm`) fails with EXDEV. A move across filesystems is a copy.
 */
function astroBuildInto(articlesDir: string, siteDir: string, base: string): void {
  mkdirSync('.cache/site-builds', { recursive: true });
  const work = mkdtempSync(join('.cache/site-builds', 'search-'));
  try {
    const dist = join(work, 'dist');
    run(['astro', 'build', '--outDir', dist], { ARTICLES_DIR: articlesDir, BASE_PATH: base, ASTRO_CACHE_DIR: resolve(work, 'cache') });
    rmSync(siteDir, { recursive: true, force: true });
    mkdirSync(dirname(siteDir), { recursive: true });
    try {
      renameSync(dist, siteDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(dist, siteDir, { recursive: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(args: string[], env: Record<string, string>): void {
  const bin = join('node_modules', '.bin', args[0]!);
  // Vitest sets BASE_URL=/, MODE and NODE_ENV=test in the environment; Vite would take BASE_URL
  // over Astro's `base`, so a child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, NODE_ENV: _n, ...inherited } = process.env;
  // Astro lists every page it writes: tens of megabytes for a large archive, far past spawnSync's
  // 1 MB default, which would kill the build. Only the end of the output is kept for an error.
  const res = spawnSync(existsSync(bin) ? bin : args[0]!, args.slice(1), { env: { ...inherited, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`${args.join(' ')} failed (${res.error?.message ?? `exit ${res.status}`}):\n${(res.stdout ?? "").slice(-4000)}\n${(res.stderr ?? "").slice(-4000)}`);
}

/**
 * Builds a complete site with search from a folder of raw articles, the way `npm run build` does
 * (ingest → astro build → search index) but into given folders: for the search benchmark and the
 * search end-to-end test. Node-only (spawns the project's own CLIs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  run(['astro', 'build', '--outDir', siteDir], { ARTICLES_DIR: articlesDir, BASE_PATH: base });
  const t2 = performance.now();
  const built = await buildSearchIndex({ siteDir, basePath: base });
  if (built.errors.length || built.pages === 0) throw new Error(`search index: ${built.pages} pages; ${built.errors.join('\n')}`);
  const seconds = (from: number, to: number) => (to - from) / 1000;
  return { ingestSeconds: seconds(t0, t1), astroSeconds: seconds(t1, t2), indexSeconds: seconds(t2, performance.now()), indexedPages: built.pages, foldedPages: built.folded };
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

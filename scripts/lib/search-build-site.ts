/**
 * Builds a complete site with search from a folder of raw articles, the way `npm run build` does
 * (ingest → astro build → search index) but into given folders: for the search benchmark and the
 * search end-to-end test. Node-only (spawns the project's own CLIs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from './search-index-build.ts';

/**
 * Ingests `rawDir` into `articlesDir`, builds the site into `siteDir` under `base` and indexes it.
 * @param rawDir Raw articles (any nesting).
 * @param articlesDir Where the generated articles go.
 * @param siteDir Where the site goes.
 * @param base The base path, e.g. `/` or `/archive/`. Default `/`.
 * @throws When a step fails, with its output.
 */
export async function buildSiteWithSearch(rawDir: string, articlesDir: string, siteDir: string, base = '/'): Promise<void> {
  run(['tsx', 'scripts/ingest.ts', rawDir, '--out', articlesDir, '--no-cache', '--quiet'], {});
  run(['astro', 'build', '--outDir', siteDir], { ARTICLES_DIR: articlesDir, BASE_PATH: base });
  const built = await buildSearchIndex({ siteDir, basePath: base });
  if (built.errors.length || built.pages === 0) throw new Error(`search index: ${built.pages} pages; ${built.errors.join('\n')}`);
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

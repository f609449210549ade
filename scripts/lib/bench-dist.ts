/**
 * What a build produced, measured on disk: HTML pages, total bytes of the output folder, bytes of its
 * Pagefind index. File access, so it lives in scripts/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sizes of one built site. */
export interface DistStats {
  /** `.html` files anywhere in the output (every route, the 404 page included). */
  readonly pages: number;
  readonly bytes: number;
  /** Bytes under `<dist>/pagefind`; 0 when there is no index. */
  readonly indexBytes: number;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

/**
 * Measures an output folder. Takes its path; returns pages, bytes and index bytes
 * (all 0 when the folder does not exist, so a missing build shows as empty, not as a crash).
 */
export function measureDist(dist: string): DistStats {
  if (!existsSync(dist)) return { pages: 0, bytes: 0, indexBytes: 0 };
  let pages = 0;
  let bytes = 0;
  walk(dist, (path, size) => {
    bytes += size;
    if (path.endsWith('.html')) pages += 1;
  });
  let indexBytes = 0;
  const index = join(dist, 'pagefind');
  if (existsSync(index)) walk(index, (_path, size) => (indexBytes += size));
  return { pages, bytes, indexBytes };
}

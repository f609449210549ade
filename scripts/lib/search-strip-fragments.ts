/**
 * Removes the index-only meta fields from Pagefind's fragment files after they are written. The
 * words stay in the word index (that is what makes them searchable); the fragments are what the
 * browser downloads for each result, and there the terms are only weight. File names (Pagefind's
 * hashes of the original content) are kept, since the metadata file points at them by name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { INDEX_FIELDS } from '../../src/search/fields.ts';

const SIGNATURE = 'pagefind_dcd';
const FIELDS: readonly string[] = Object.values(INDEX_FIELDS);

/**
 * Rewrites every `fragment/*.pf_fragment` of a Pagefind bundle without the index-only fields.
 * @param bundleDir The bundle, e.g. `dist/pagefind`.
 * @returns How many fragments were rewritten.
 */
export async function stripIndexFields(bundleDir: string): Promise<number> {
  const dir = join(bundleDir, 'fragment');
  let rewritten = 0;
  // A bundle of no page (a site with nothing to index yet) has no fragment folder.
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const [i, name] of names.sort().entries()) {
    if (!name.endsWith('.pf_fragment')) continue;
    // Small files, read and written synchronously a few dozen at a time (see search-index-build.ts).
    if (i % 32 === 31) await nextTurn();
    const path = join(dir, name);
    const raw = gunzipSync(readFileSync(path)).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) continue;
    const data = JSON.parse(raw.slice(SIGNATURE.length)) as Record<string, unknown>;
    if (!stripFields(data)) continue;
    // mtime 0 and no name: the same input gives the same bytes (reproducible builds).
    writeFileSync(path, gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 }));
    rewritten++;
  }
  return rewritten;
}

/** Deletes the index fields from a fragment (or a group of fragments); true when any was there. */
function stripFields(data: Record<string, unknown>): boolean {
  let changed = false;
  const meta = data['meta'];
  if (meta && typeof meta === 'object') {
    for (const field of FIELDS) {
      if (field in meta) {
        delete (meta as Record<string, unknown>)[field];
        changed = true;
      }
    }
    return changed;
  }
  // A grouped fragment file (maxFragments) maps hashes to fragments.
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && stripFields(value as Record<string, unknown>)) changed = true;
  }
  return changed;
}

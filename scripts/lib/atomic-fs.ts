/**
 * Atomic file writes (file-system code, so it lives outside src/pipeline): the text goes to a temp
 * file next to the target, then `rename` swaps it in, which POSIX guarantees to be atomic, so an
 * interrupted ingest leaves either the old file or the new one, never half of one.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

let counter = 0;

/**
 * Writes `text` to `path` atomically, creating its folder when needed.
 * @param path The target file.
 * @param text UTF-8 text.
 * @returns The written file's size and mtime (taken before the rename, which changes neither),
 *   so a caller that records them needs no second stat.
 */
export function writeFileAtomic(path: string, text: string): { size: number; mtimeMs: number } {
  const temp = `${path}.${process.pid}-${counter++}.tmp`;
  try {
    try {
      writeFileSync(temp, text);
    } catch (e) {
      // The folder is missing: make it then (one mkdir per new folder, not one per file).
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, text);
    }
    const { size, mtimeMs } = statSync(temp);
    renameSync(temp, path);
    return { size, mtimeMs };
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

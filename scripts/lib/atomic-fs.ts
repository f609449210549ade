/**
 * Atomic file writes (file-system code, so it lives outside src/pipeline): the text goes to a temp
 * file next to the target, then `rename` swaps it in, which POSIX guarantees to be atomic, so an
 * interrupted ingest leaves either the old file or the new one, never half of one. The two halves
 * are also offered apart, so a worker thread can write the temp file and the main thread, which
 * decides in input order what is written, only renames it into place.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/** A temp file written beside its target, with the size and mtime the target will have. */
export interface TempFile {
  readonly temp: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Writes `text` to a temp file beside `path` (`<path>.<pid>-<thread>-<n>.tmp`, unique across the
 * threads of this process), creating the folder when needed.
 * @param path The target file the temp file stands for.
 * @param text UTF-8 text.
 * @returns The temp file's path, size and mtime (a rename changes neither, so a caller that
 *   records them needs no second stat).
 */
export function writeTemp(path: string, text: string): TempFile {
  const temp = `${path}.${process.pid}-${threadId}-${counter++}.tmp`;
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
    return { temp, size, mtimeMs };
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * Moves a temp file from `writeTemp` into place, atomically; the temp file is removed if that fails.
 * @param temp The temp file.
 * @param path Its target.
 */
export function commitTemp(temp: string, path: string): void {
  try {
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * Writes `text` to `path` atomically, creating its folder when needed.
 * @param path The target file.
 * @param text UTF-8 text.
 * @returns The written file's size and mtime, so a caller that records them needs no second stat.
 */
export function writeFileAtomic(path: string, text: string): { size: number; mtimeMs: number } {
  const { temp, size, mtimeMs } = writeTemp(path, text);
  commitTemp(temp, path);
  return { size, mtimeMs };
}

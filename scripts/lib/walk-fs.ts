/**
 * Finding the input files of an ingest (file-system code, so it lives outside src/pipeline): any
 * nesting, sorted by their path relative to the raw root so the output never depends on the order
 * a disk lists files in.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { INPUT_EXTENSIONS } from '../../src/pipeline/formats/extensions.ts';
import { UnreadableFile, UnsupportedFile, report } from '../../src/pipeline/messages.ts';
import type { IngestMessage } from '../../src/pipeline/schema.ts';

/** One input file: where it is and the `source` it is known by (relative to the raw root). */
export interface InputFile {
  readonly path: string;
  /** POSIX path relative to content/raw (or to the root it was given under). */
  readonly source: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/**
 * Collects the input files under the given paths.
 * @param paths Files or folders, as the user typed them.
 * @param rawRoot content/raw: sources of files inside it are relative to it; files elsewhere are
 *   relative to the folder given (or, for a file given alone, to the file's own folder).
 * @param cwd The folder relative paths are resolved against; default `process.cwd()`.
 * @returns The files sorted by source, and the paths that could not be used. Hidden files and
 *   folders (`.DS_Store`, `.git`) are skipped without a message; other extensions are reported.
 */
export function collectInputs(
  paths: readonly string[],
  rawRoot: string,
  cwd: string = process.cwd(),
): { files: InputFile[]; messages: IngestMessage[] } {
  const root = resolve(cwd, rawRoot);
  const byPath = new Map<string, InputFile>();
  const messages: IngestMessage[] = [];

  const add = (path: string, base: string) => {
    const source = toPosix(relative(base, path));
    const ext = extname(path).toLowerCase();
    if ((INPUT_EXTENSIONS as readonly string[]).includes(ext)) byPath.set(path, { path, source });
    else messages.push(report(UnsupportedFile, { file: source, line: null }, ext || '(no extension)'));
  };
  const walk = (dir: string, base: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, base);
      else if (entry.isFile()) add(path, base);
    }
  };

  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      const isDir = statSync(path).isDirectory();
      const base = path === root || inside(root, path) ? root : isDir ? path : dirname(path);
      if (isDir) walk(path, base);
      else add(path, base);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(e);
      messages.push(report(UnreadableFile, { file: given || basename(path), line: null }, reason));
    }
  }
  const files = [...byPath.values()].sort((a, b) => compare(a.source, b.source) || compare(a.path, b.path));
  return { files, messages };
}

/** Code-unit order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

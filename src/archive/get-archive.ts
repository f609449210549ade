/**
 * The one place pages get the archive from: reads the `articles` collection and builds the derived
 * indexes once per build (the promise is shared by every page).
 */
import { getCollection } from 'astro:content';
import { buildArchive } from './build-archive.ts';
import type { Archive } from './model.ts';

let archive: Promise<Archive> | undefined;

/**
 * The archive's derived indexes, computed on first use and shared afterwards.
 * @returns The archive (see model.ts).
 */
export function getArchive(): Promise<Archive> {
  archive ??= getCollection('articles').then((entries) =>
    buildArchive(entries.map((e) => ({ data: e.data, filePath: e.filePath ?? e.id }))),
  );
  return archive;
}

/**
 * Reads an article's original text when its page is built. Separate (`-fs`) because it reads files.
 * The content collection keeps only the validated frontmatter of each article: with the bodies as
 * well, Astro's data store for 100,000 articles outgrew the longest string V8 can make (it is
 * serialised as one) and the build failed. Each body is read once, by its own page.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { articleBody } from '../pipeline/frontmatter.ts';

/**
 * The text of an article file after its frontmatter.
 * @param filePath The file, relative to the project root (as the content loader records it; the
 *   build runs in the project root) or absolute.
 * @returns The original article text.
 */
export async function readArticleText(filePath: string): Promise<string> {
  return articleBody(await readFile(resolve(process.cwd(), filePath), 'utf8'));
}

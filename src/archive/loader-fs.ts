/**
 * The content loader for the `articles` collection. Separate (`-fs`) because it reads files.
 * It reads content/articles/**.md (or `ARTICLES_DIR`) and validates the frontmatter with the
 * pipeline's own reader and `ArticleSchema` (src/pipeline/frontmatter.ts); it never renders Markdown and does not
 * keep the body (the article page reads its text from the file and splits it into paragraphs),
 * which keeps 100,000-article builds cheap. Every invalid file is reported together (file, field, reason) and the build
 * stops, since pages built from wrong data would be wrong.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readArticleFile, validateFrontmatter } from '../pipeline/frontmatter.ts';
import { InvalidFrontmatter } from '../pipeline/messages.ts';

/** Files read at once (bounded so huge archives do not exhaust file handles). */
const CONCURRENCY = 64;

async function listMarkdown(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const items = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const item of items) {
      const p = join(d, item.name);
      if (item.isDirectory()) await walk(p);
      else if (item.name.endsWith('.md')) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

/** An error whose text is the whole report: Astro prints the message without a stack. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFrontmatter';
    this.stack = '';
  }
}

/**
 * Creates the loader.
 * @param options.dir Folder of generated articles, relative to the project root or absolute.
 * @returns An Astro content loader storing `{ id: slug, data: Article, filePath }`.
 */
export function articlesLoader(options: { dir: string }): Loader {
  return {
    name: 'jachigu-articles',
    load: async ({ store, logger, config }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.dir);
      const files = await listMarkdown(dir);
      const problems: string[] = [];
      const slugs = new Map<string, string>();
      store.clear();
      for (let i = 0; i < files.length; i += CONCURRENCY) {
        const batch = files.slice(i, i + CONCURRENCY);
        const texts = await Promise.all(batch.map((f) => readFile(f, 'utf8')));
        batch.forEach((file, j) => {
          const filePath = relative(root, file);
          const parts = readArticleFile(texts[j]!);
          if ('error' in parts) {
            problems.push(`${filePath}: frontmatter is not valid YAML: ${parts.error}`);
            return;
          }
          const result = validateFrontmatter(parts.data);
          if ('issues' in result) {
            for (const issue of result.issues) problems.push(`${filePath}: ${issue}`);
            return;
          }
          const data = result.article;
          const clash = slugs.get(data.slug);
          if (clash) {
            problems.push(`${filePath}: slug: "${data.slug}" is already used by ${clash}`);
            return;
          }
          slugs.set(data.slug, filePath);
          // No body: the store is serialised as one string, which 100,000 bodies made too long
          // for V8; each article page reads its own text (article-text-fs.ts).
          store.set({ id: data.slug, data, filePath });
        });
      }
      if (problems.length) {
        const report = [`${InvalidFrontmatter.title} (${problems.length} problem${problems.length > 1 ? 's' : ''}):`, ...problems.map((p) => `  ${p}`), `  → ${InvalidFrontmatter.hint}`].join('\n');
        logger.error(report);
        throw new ContentError(`${InvalidFrontmatter.title}: see the list above.`);
      }
      logger.info(`${files.length} articles from ${relative(root, dir) || '.'}`);
    },
  };
}

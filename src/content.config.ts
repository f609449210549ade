/**
 * Content collections. `articles` are the generated files in content/articles (the ingest's
 * output) or in `ARTICLES_DIR` when set (tests build fixture sites that way). Their frontmatter
 * is validated with the pipeline's `ArticleSchema`: one schema for the ingest, the site and the
 * data export.
 */
import { defineCollection } from 'astro:content';
import { ArticleSchema } from './pipeline/schema.ts';
import { articlesLoader } from './archive/loader-fs.ts';

const articles = defineCollection({
  loader: articlesLoader({ dir: process.env.ARTICLES_DIR || 'content/articles' }),
  schema: ArticleSchema,
});

export const collections = { articles };

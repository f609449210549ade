/**
 * The open-data export's shapes (`/data/*.json`, `/data/schema.json`), defined once with zod by
 * extending the pipeline's schemas: programs gain `slug` and `url`, stories and articles gain `url`.
 * Field names follow PRODUCT.md → "Typed model"; they are the export's contract.
 */
import { z } from 'zod';
import {
  ArticleSchema,
  AwardSchema,
  DateMentionSchema,
  StorySchema,
  district,
  isoDate,
  slug,
} from '../pipeline/schema.ts';

/** A site address, root-absolute and beginning with the base (`/archive/programs/…/`). */
const sitePath = () => z.string().startsWith('/');

/** A program as a story names it, with the address of its page. */
export const ExportProgramRefSchema = z.object({ name: z.string().min(1), slug: slug(), url: sitePath() });

/** A story in the export: no evidence or paragraph indices, addresses added. */
export const ExportStorySchema = StorySchema.pick({ id: true, district: true, head: true, confidence: true }).extend({
  url: sitePath(),
  programs: z.array(ExportProgramRefSchema),
  awards: z.array(AwardSchema.omit({ evidence: true })),
  dates: z.array(DateMentionSchema.omit({ evidence: true })),
});
export type ExportStory = z.output<typeof ExportStorySchema>;

/** An article in `/data/articles.json`. */
export const ExportArticleSchema = ArticleSchema.pick({
  id: true, slug: true, date: true, title: true, outlet: true, reporter: true, sourceUrl: true, source: true,
}).extend({ url: sitePath(), stories: z.array(ExportStorySchema) });
export type ExportArticle = z.output<typeof ExportArticleSchema>;

/** An initiative in `/data/programs.json`: names merged within a district. */
export const ExportProgramSchema = z.object({
  slug: slug(),
  url: sitePath(),
  district: district(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  topics: z.array(z.string()),
  firstDate: isoDate(),
  lastDate: isoDate(),
  /** Addresses of the stories that mention it, oldest first. */
  stories: z.array(sitePath()),
});
export type ExportProgram = z.output<typeof ExportProgramSchema>;

/** A district in `/data/districts.json`. */
export const ExportDistrictSchema = z.object({
  name: district(),
  slug: slug(),
  english: z.string(),
  url: sitePath(),
  feed: sitePath(),
  stories: z.number().int().nonnegative(),
  programs: z.number().int().nonnegative(),
  awards: z.number().int().nonnegative(),
  heads: z.array(z.object({ name: z.string(), first: isoDate(), last: isoDate(), stories: z.number().int().positive() })),
});
export type ExportDistrict = z.output<typeof ExportDistrictSchema>;

/** One district's result in one evaluation, in `/data/awards.json`. */
export const ExportAwardSchema = AwardSchema.omit({ evidence: true }).extend({
  district: district(),
  /** Addresses of the stories that report it. */
  stories: z.array(sitePath()),
});
export type ExportAward = z.output<typeof ExportAwardSchema>;

/** Every export file's JSON Schema, for `/data/schema.json`. */
export function exportJsonSchema(): Record<string, unknown> {
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });
  return {
    'articles.json': schema(z.array(ExportArticleSchema)),
    'programs.json': schema(z.array(ExportProgramSchema)),
    'districts.json': schema(z.array(ExportDistrictSchema)),
    'awards.json': schema(z.array(ExportAwardSchema)),
    'content/articles/*.md frontmatter': schema(ArticleSchema),
  };
}

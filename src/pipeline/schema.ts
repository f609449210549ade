/**
 * The typed model: one zod schema per concept, the single source of the types used by the
 * ingest (frontmatter written with gray-matter), Astro's content collection and the data export.
 * Names follow ../shared/PRODUCT.md → "Typed model"; they are the contract of the data export.
 */
import { z } from 'zod';
import { DISTRICT_NAMES } from './korean/districts.ts';

const DATE_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Days of each month in a common year (Gregorian calendar). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Counted, not built as a Date (every date of every story is checked, twice). A day in the years
  // 0–99 is refused, as before: Date.UTC reads those years as 1900–1999, so the Date never matched.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return y >= 100 && d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!);
}

/** A date exactly as precise as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day. */
export const isoDate = () =>
  z.string().refine(isCalendarDate, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD and a real date' });

/** An article's date: `YYYY-MM` or `YYYY-MM-DD` (a year alone is too vague for an article). */
export const articleDate = () =>
  z.string().refine((v) => /^\d{4}-\d{2}(-\d{2})?$/.test(v) && isCalendarDate(v), {
    message: 'must be YYYY-MM or YYYY-MM-DD and a real date',
  });

/** An ASCII URL slug: lowercase letters, digits and single hyphens. */
export const slug = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by -');

/** One of Seoul's 25 districts by its Hangul name (`서초구`). */
export const district = () => z.enum(DISTRICT_NAMES);

/** Where a value came from: the paragraph (index into the article's paragraphs) and the sentence. */
export const EvidenceSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  sentence: z.string().min(1),
});
export type Evidence = z.output<typeof EvidenceSchema>;

/** How a date relates to the article: see PRODUCT.md → DateMention. */
export const DateKindSchema = z.enum(['deadline', 'period', 'event', 'past']);
export type DateKind = z.output<typeof DateKindSchema>;

/** A date written in a story, resolved against the article date. */
export const DateMentionSchema = z.object({
  /** The exact span as written, e.g. `오는 3월11일까지`. */
  text: z.string().min(1),
  /** The date, or the start of a period; a deadline's date. */
  start: isoDate(),
  /** The end of a `period`; null for every other kind. */
  end: isoDate().nullable(),
  kind: DateKindSchema,
  evidence: EvidenceSchema,
});
export type DateMention = z.output<typeof DateMentionSchema>;

/** An award or evaluation result a district received. */
export const AwardSchema = z.object({
  /** Canonical evaluation or award name (`지방자치단체 혁신평가`). */
  name: z.string().min(1),
  /** Year as written in the text (`2021년도 …`); never inferred from the article date. */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** Grade as written without quotes: `우수기관`, `최우수상` …; null when none is written. */
  grade: z.string().min(1).nullable(),
  /** `4년 연속` → 4; null when no streak is written. */
  streak: z.number().int().positive().nullable(),
  /** Prize as written: `대통령상`, `국무총리 표창` …; null when none. */
  prize: z.string().min(1).nullable(),
  /** Organizer as written (`행정안전부`); null when none. */
  organizer: z.string().min(1).nullable(),
  evidence: EvidenceSchema,
});
export type Award = z.output<typeof AwardSchema>;

/** A named initiative (사업/정책/프로젝트, facility, ordinance, festival…) as written in one story. */
export const ProgramMentionSchema = z.object({
  /** Exactly as written, quotes removed, prefix kept (`마포형 반려식물 병원`). */
  name: z.string().min(1),
  evidence: EvidenceSchema,
});
export type ProgramMention = z.output<typeof ProgramMentionSchema>;

/** One district's part of an article. */
export const StorySchema = z.object({
  /** Stable id: the article id and the district slug. */
  id: z.string().min(1),
  /** The HTML anchor of the story's section on the article page (the district slug). */
  anchor: slug(),
  district: district(),
  /** The 구청장 (or acting head) named in this story's own text; null when none is named. */
  head: z.string().min(1).nullable(),
  headEvidence: EvidenceSchema.nullable(),
  programs: z.array(ProgramMentionSchema),
  awards: z.array(AwardSchema),
  dates: z.array(DateMentionSchema),
  /** Indices of the article paragraphs that make up this story, in order. */
  paragraphs: z.array(z.number().int().nonnegative()),
  /** 0..1: how sure the segmenter is that the district is this story's subject. */
  confidence: z.number().min(0).max(1),
});
export type Story = z.output<typeof StorySchema>;

/** A problem found in the input, kept with the article so /review/ can show it. */
export const IngestMessageSchema = z.object({
  /** Permanent name from the error catalogue, e.g. `ImpossibleDate`. */
  name: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  /** Path relative to content/raw. */
  file: z.string(),
  /** 1-based line in the source file, when one applies. */
  line: z.number().int().positive().nullable(),
  message: z.string().min(1),
  hint: z.string(),
});
export type IngestMessage = z.output<typeof IngestMessageSchema>;

/** An article's frontmatter in content/articles/**.md (the body is the original text). */
export const ArticleSchema = z.object({
  /** Stable id derived from the normalised body text, never from file order. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  slug: slug(),
  date: articleDate(),
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  reporter: z.string().min(1).nullable(),
  /**
   * The original article's address, when known. Web addresses only: the site links to it, and a
   * `javascript:` or `data:` URL from a scraped file would run or open script on a click.
   */
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** Input path relative to content/raw (for .jsonl: `file.jsonl#L<line>`). */
  source: z.string().min(1),
  /** The input's encoding as detected: `utf-8`, `utf-8-bom`, `cp949`, `utf-16le`, `utf-16be`. */
  encoding: z.string().min(1),
  /** A person checked this file: re-ingest keeps its frontmatter. */
  reviewed: z.boolean().default(false),
  /** Indices of paragraphs that are web residue (menus, captions, sidebars, copyright). */
  residue: z.array(z.number().int().nonnegative()),
  stories: z.array(StorySchema),
  warnings: z.array(IngestMessageSchema),
});
export type Article = z.output<typeof ArticleSchema>;
/** What is written to frontmatter (defaults may be absent). */
export type ArticleInput = z.input<typeof ArticleSchema>;

/**
 * Writing and reading content/articles/**.md: YAML frontmatter (the Article) + the original body.
 * gray-matter reads the file; the YAML is written by frontmatter-write.ts (byte-stable, every
 * string double-quoted, keys in schema order).
 */
import matter from 'gray-matter';
import { isPlainObject } from './frontmatter-write.ts';
import { ArticleSchema, type Article } from './schema.ts';
import { zodIssueLines } from './zod-issues.ts';

/** Writing the file: see frontmatter-write.ts (re-exported for callers of this module). */
export { serialiseArticleFile, toYaml } from './frontmatter-write.ts';

/** The parts of an article file as read, before validation. */
export interface ArticleFileParts {
  /** The frontmatter values as YAML read them (dates given as YAML timestamps become strings). */
  readonly data: Record<string, unknown>;
  /** The frontmatter block exactly as written, without the `---` lines. */
  readonly matter: string;
  readonly body: string;
}

/**
 * Splits an article file into frontmatter and body with gray-matter.
 * @param text The file text.
 * @returns The parts, or `{ error }` with the YAML reader's message when the frontmatter is not YAML.
 */
export function readArticleFile(text: string): ArticleFileParts | { readonly error: string } {
  try {
    // Options are passed so gray-matter does not cache every file it reads (memory on big archives).
    const file = matter(text, {});
    return { data: undateValues(file.data, rolledOverDates(file.matter)) as Record<string, unknown>, matter: file.matter, body: file.content };
  } catch (e) {
    return { error: String((e as Error).message ?? e).split('\n')[0]! };
  }
}

/**
 * The body of an article file, exactly as {@link readArticleFile} gives it, without reading the
 * YAML: the site reads each article's text only when it builds that article's page, long after
 * the frontmatter was validated, and parsing the YAML again would cost as much as the page.
 * @param text The file text.
 * @returns The text after the frontmatter block.
 */
export function articleBody(text: string): string {
  const open = /^---\r?\n/u.exec(text);
  const close = open ? text.indexOf('\n---', open[0].length - 1) : -1;
  // Anything but the plain layout the ingest writes goes the long way round.
  if (close < 0) {
    const parts = readArticleFile(text);
    return 'body' in parts ? parts.body : '';
  }
  let body = text.slice(close + 4);
  if (body.startsWith('\r')) body = body.slice(1);
  if (body.startsWith('\n')) body = body.slice(1);
  return body;
}

/**
 * Validates frontmatter values against the schema.
 * @param data Values from `readArticleFile`.
 * @returns The Article, or `{ issues }`: every problem as `field: reason`, one an item.
 */
export function validateFrontmatter(data: unknown): { readonly article: Article } | { readonly issues: readonly string[] } {
  const parsed = ArticleSchema.safeParse(data);
  return parsed.success ? { article: parsed.data } : { issues: zodIssueLines(parsed.error) };
}

// A hand edit that drops the quotes turns `2022-02-09` into a YAML timestamp; read it back as the
// date string it was meant to be rather than failing on a type the person never chose.
// `rolled` maps the day an impossible unquoted date became back to the text written, so that
// `2022-02-30` (which Date rolls over to 2022-03-02) fails the schema instead of moving silently.
function undateValues(value: unknown, rolled: ReadonlyMap<string, string>): unknown {
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return rolled.get(iso) ?? iso;
  }
  if (Array.isArray(value)) return value.map((v) => undateValues(v, rolled));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undateValues(v, rolled)]));
  }
  return value;
}

// Unquoted `YYYY-MM-DD` values that are not calendar dates, keyed by the day js-yaml makes of them.
function rolledOverDates(frontmatter: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of frontmatter.matchAll(/[:-]\s+(\d{4})-(\d\d?)-(\d\d?)\s*$/gm)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const made = new Date(Date.UTC(y, mo - 1, d));
    if (made.getUTCMonth() !== mo - 1 || made.getUTCDate() !== d) out.set(made.toISOString().slice(0, 10), `${m[1]}-${m[2]}-${m[3]}`);
  }
  return out;
}

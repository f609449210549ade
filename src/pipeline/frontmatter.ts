/**
 * Writing and reading content/articles/**.md: YAML frontmatter (the Article) + the original body.
 * gray-matter reads the file; the YAML is written here, not by js-yaml's dumper,
 * because the output must be byte-stable and reviewable: keys in schema order (the order zod's
 * parse gives), every string double-quoted (so `2022-02` and `2022-02-09` stay strings and never
 * become YAML timestamps), one field a line, short number arrays on one line.
 */
import matter from 'gray-matter';
import { ArticleSchema, type Article } from './schema.ts';
import { zodIssueLines } from './zod-issues.ts';

// YAML's printable set (YAML 1.2 §5.1) minus line separators; anything else is escaped so every
// reader (js-yaml, Astro's loader, a person's editor) gets the string back unchanged.
// JSON.stringify already escapes C0 controls and lone surrogates, so only these can remain; a
// string without any (nearly every one) is returned as JSON.stringify wrote it.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

function quote(text: string): string {
  const json = JSON.stringify(text);
  if (!UNSAFE.test(json)) return json;
  return json.replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TypeError(`cannot write ${typeof value} to frontmatter`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberArray(values: readonly unknown[]): boolean {
  for (const x of values) if (typeof x !== 'number') return false;
  return true;
}

// One line per field, each ending in a newline. `first` is the first line's indent: the same as
// `indent`, or `- ` in its last two columns when the object is a list item.
function emit(value: Record<string, unknown>, indent: string, first: string): string {
  let out = '';
  let lead = first;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (Array.isArray(v)) {
      if (isNumberArray(v)) {
        out += `${lead}${key}: [${v.join(', ')}]\n`;
      } else {
        out += `${lead}${key}:\n`;
        const inner = `${indent}  `;
        for (const item of v) out += emitItem(item, inner);
      }
    } else if (isPlainObject(v)) {
      const inner = `${indent}  `;
      out += `${lead}${key}:\n${emit(v, inner, inner)}`;
    } else {
      out += `${lead}${key}: ${scalar(v)}\n`;
    }
    lead = indent;
  }
  return out;
}

function emitItem(item: unknown, indent: string): string {
  if (!isPlainObject(item)) return `${indent}- ${scalar(item)}\n`;
  const lines = emit(item, `${indent}  `, `${indent}- `);
  return lines === '' ? `${indent}- {}\n` : lines;
}

/**
 * Writes YAML for a plain object of strings, numbers, booleans, nulls, arrays and objects, in the
 * object's own key order.
 * @param data The frontmatter values (an Article as zod's parse returned it).
 * @returns YAML text ending in a newline.
 */
export function toYaml(data: Record<string, unknown>): string {
  return emit(data, '', '') || '\n';
}

/**
 * Serialises an article file: `---`, the frontmatter, `---`, then the body unchanged (a final
 * newline is added when the body has none), the framing gray-matter's `stringify` writes and
 * `readArticleFile` reads back exactly. Same inputs give byte-identical output.
 * @param article A validated Article (key order is the schema's).
 * @param body The original article text (decoded, LF line ends).
 * @returns The file text.
 */
export function serialiseArticleFile(article: Article, body: string): string {
  return `---\n${toYaml(article)}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

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

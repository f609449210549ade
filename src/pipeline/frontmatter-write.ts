/**
 * Writing content/articles/**.md: YAML frontmatter (the Article) + the original body. The YAML is
 * written here, not by js-yaml's dumper, because the output must be byte-stable and reviewable:
 * keys in schema order (the order zod's parse gives), every string double-quoted (so `2022-02` and
 * `2022-02-09` stay strings and never become YAML timestamps), one field a line, short number
 * arrays on one line. Apart from the reader (frontmatter.ts) so that the ingest's workers, which
 * only write, do not load gray-matter.
 */
import type { Article } from './schema.ts';

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

/** True for an object that is not an array (and not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
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

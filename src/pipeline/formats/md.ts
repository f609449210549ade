/**
 * The `.md` input format: YAML frontmatter (`date`, `title`, optional `outlet`, `reporter`, `url`)
 * and the article body after it. The body is plain article text, never read as Markdown.
 */
import matter from 'gray-matter';
import { parseBody } from '../parse.ts';
import { BadInputFrontmatter, MissingField, report } from '../messages.ts';
import type { ParsedArticle, Result } from '../types.ts';
import { readMeta } from './meta.ts';

/**
 * Parses one `.md` article.
 * @param text The decoded file (LF line ends).
 * @param source Path relative to content/raw, used in messages and as the article's `source`.
 * @returns The parsed article, or null with the messages that say why.
 */
export function parseMarkdownArticle(text: string, source: string): Result<ParsedArticle> {
  let file: matter.GrayMatterFile<string>;
  try {
    // Options are passed so gray-matter does not keep every file it reads in its cache.
    file = matter(text, {});
  } catch (e) {
    const reason = String((e as Error).message ?? e).split('\n')[0]!;
    return { value: null, messages: [report(BadInputFrontmatter, { file: source, line: 1 }, reason)] };
  }
  if (!file.matter.trim()) {
    return { value: null, messages: [report(MissingField, { file: source, line: 1 }, 'date')] };
  }
  // The body is the tail of the file: its first line number is the lines before it, plus one.
  const bodyLine = countLines(text, text.length - file.content.length) + 1;
  const lineOf = (field: string) => fieldLine(file.matter, field);
  const { meta, messages } = readMeta(dateStrings(file.data, file.matter), { file: source, line: 1 }, lineOf);
  if (meta === null) return { value: null, messages };
  const parsed = parseBody(file.content, meta, bodyLine, source, lineOf('date') ?? 1);
  return { value: parsed.value, messages: [...messages, ...parsed.messages] };
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Line of `field:` in the file: the opening `---` is line 1, the frontmatter starts on line 2.
function fieldLine(frontmatter: string, field: string): number | null {
  const lines = frontmatter.replace(/^\n/, '').split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${field}:`));
  return i === -1 ? null : i + 2;
}

// YAML reads an unquoted `date: 2022-02-09` as a timestamp; the writer meant the date string.
// JavaScript's Date rolls an impossible day over (`2022-02-30` → March 2), so when the timestamp's
// day is not the one written, the text as written is kept and the date check reports it.
function dateStrings(data: Record<string, unknown>, frontmatter: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!(v instanceof Date)) out[k] = v;
    else {
      const iso = Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
      const written = rawScalar(frontmatter, k);
      out[k] = iso && (written === null || written.startsWith(iso)) ? iso : (written ?? String(v));
    }
  }
  return out;
}

// The unparsed text of a top-level `field: value` line, without quotes or a trailing comment.
function rawScalar(frontmatter: string, field: string): string | null {
  const line = frontmatter.split('\n').find((l) => l.startsWith(`${field}:`));
  return line === undefined ? null : line.slice(field.length + 1).replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

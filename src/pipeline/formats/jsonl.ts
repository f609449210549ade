/**
 * The `.jsonl` input format (how datasets come): one article a line,
 * `{ "date", "title", "body", "url"?, "outlet"?, "reporter"? }`. A broken line is reported with its
 * line number and the other lines are still read. Each article's `source` is `file.jsonl#L<n>`.
 */
import { parseBody } from '../parse.ts';
import { BadJsonLine, MissingField, report } from '../messages.ts';
import type { IngestMessage } from '../schema.ts';
import type { ParsedArticle } from '../types.ts';
import { readMeta } from './meta.ts';

/** One article read from a line, with the source it is filed under. */
export interface JsonlArticle {
  /** `file.jsonl#L<n>`: the line the article came from. */
  readonly source: string;
  readonly line: number;
  readonly article: ParsedArticle;
}

/**
 * Parses every line of a `.jsonl` file.
 * @param text The decoded file (LF line ends).
 * @param file Path relative to content/raw.
 * @returns The articles read, in line order, and the problems, each at `file:line`.
 */
export function parseJsonLines(text: string, file: string): { articles: JsonlArticle[]; messages: IngestMessage[] } {
  const articles: JsonlArticle[] = [];
  const messages: IngestMessage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    const line = i + 1;
    const at = { file, line };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      messages.push(report(BadJsonLine, at, (e as Error).message));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      // `typeof null` is 'object': name null and arrays first, so the message says what the line holds.
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      messages.push(report(BadJsonLine, at, `it is ${kind}, not an object`));
      continue;
    }
    const record = value as Record<string, unknown>;
    const { meta, messages: metaMessages } = readMeta(record, at);
    messages.push(...metaMessages);
    const body = typeof record['body'] === 'string' ? record['body'].replace(/\r\n?/g, '\n') : null;
    if (body === null) messages.push(report(MissingField, at, 'body'));
    if (meta === null || body === null) continue;

    const source = `${file}#L${line}`;
    const parsed = parseBody(body, meta, 1, source);
    // Positions inside a JSON string are not file lines: report the problem at the object's line.
    messages.push(...parsed.messages.map((m) => ({ ...m, file, line })));
    if (parsed.value) articles.push({ source, line, article: parsed.value });
  }
  return { articles, messages };
}

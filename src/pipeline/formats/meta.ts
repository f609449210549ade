/**
 * Checking the metadata that `.md` frontmatter and `.jsonl` objects carry (date, title, outlet,
 * reporter, url) before the body goes to `parseBody`: the shared rules of both formats.
 */
import { ArticleSchema } from '../schema.ts';
import { BadUrl, ImpossibleDate, MissingField, report } from '../messages.ts';
import type { IngestMessage } from '../schema.ts';

/** Metadata as `parseBody` takes it. */
export interface ArticleMeta {
  readonly date: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly reporter: string | null;
  readonly sourceUrl: string | null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/**
 * Reads and checks article metadata from a record of values.
 * @param values The frontmatter or JSON object.
 * @param at Where to report problems (file relative to content/raw, line of the record).
 * @param lineOf The line of one field, when the format knows it (frontmatter does); default `at.line`.
 * @returns The metadata (null when date or title is unusable) and the problems found.
 */
export function readMeta(
  values: Record<string, unknown>,
  at: { file: string; line: number | null },
  lineOf: (field: string) => number | null = () => at.line,
): { meta: ArticleMeta | null; messages: IngestMessage[] } {
  const messages: IngestMessage[] = [];
  const where = (field: string) => ({ file: at.file, line: lineOf(field) ?? at.line });

  const date = text(values['date']);
  const title = text(values['title']);
  if (date === null) messages.push(report(MissingField, where('date'), 'date'));
  else if (!ArticleSchema.shape.date.safeParse(date).success) {
    messages.push(report(ImpossibleDate, where('date'), date));
  }
  if (title === null) messages.push(report(MissingField, where('title'), 'title'));

  let sourceUrl = text(values['url']) ?? text(values['sourceUrl']);
  if (sourceUrl !== null && !ArticleSchema.shape.sourceUrl.safeParse(sourceUrl).success) {
    messages.push(report(BadUrl, where('url'), sourceUrl));
    sourceUrl = null;
  }
  if (date === null || title === null || messages.some((m) => m.severity === 'error')) {
    return { meta: null, messages };
  }
  return {
    meta: { date, title, outlet: text(values['outlet']), reporter: text(values['reporter']), sourceUrl },
    messages,
  };
}


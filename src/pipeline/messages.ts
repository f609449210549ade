/**
 * The catalogue of user-facing problems, modelled on Astro's `errors-data.ts`: each entry has a
 * permanent `name`, a `title`, a `message(...)` that says what happened, and a `hint` that says what
 * to do. Messages never start with "Error:"; the reporter adds `file:line`.
 * Add new entries here (one place), never inline strings at the call site.
 */
import type { IngestMessage } from './schema.ts';

/** One catalogue entry. `A` are the arguments its message takes. */
export interface MessageDef<A extends unknown[]> {
  readonly name: string;
  readonly title: string;
  readonly severity: 'error' | 'warning';
  readonly message: (...args: A) => string;
  readonly hint: string;
}

function def<A extends unknown[]>(d: MessageDef<A>): MessageDef<A> {
  return d;
}

export const Undecodable = def({
  name: 'Undecodable',
  title: 'The file is not text in a known encoding',
  severity: 'error',
  message: () => 'The bytes decode as none of UTF-8, CP949/EUC-KR or UTF-16 (with a BOM); nothing was read from it.',
  hint: 'Save the file as UTF-8 (any editor\'s "Save with encoding"), or remove it if it is not an article.',
});

export const BinaryFile = def({
  name: 'BinaryFile',
  title: 'The file is binary',
  severity: 'error',
  message: () => 'The file holds NUL bytes or other binary data, so it is not an article.',
  hint: 'Keep only article text files (.txt, .md, .jsonl) under content/raw.',
});

export const EmptyFile = def({
  name: 'EmptyFile',
  title: 'The file is empty',
  severity: 'error',
  message: () => 'The file has no text.',
  hint: 'Paste the article into it, or delete it.',
});

export const MissingDateLine = def({
  name: 'MissingDateLine',
  title: 'No date line',
  severity: 'error',
  message: (firstLine: string) =>
    `The first line should be " date YYYY-MM[-DD] <headline>", but it is "${firstLine.slice(0, 60)}".`,
  hint: 'Add a first line such as "date 2022-02-09 headline", then a blank line, then the article.',
});

export const ImpossibleDate = def({
  name: 'ImpossibleDate',
  title: 'The date does not exist',
  severity: 'error',
  message: (date: string) => `"${date}" is not a real date.`,
  hint: 'Write the date as YYYY-MM or YYYY-MM-DD with a month 01–12 and a day that month has.',
});

export const FutureDate = def({
  name: 'FutureDate',
  title: 'The date is in the future',
  severity: 'warning',
  message: (date: string, today: string) => `The article is dated ${date}, after today (${today}).`,
  hint: 'Check the date line; the article is kept as dated.',
});

export const EmptyBody = def({
  name: 'EmptyBody',
  title: 'The article has no body',
  severity: 'error',
  message: () => 'There is a date and headline but no article text.',
  hint: 'Add the article text after a blank line, or delete the file.',
});

export const DuplicateArticle = def({
  name: 'DuplicateArticle',
  title: 'Duplicate article',
  severity: 'warning',
  message: (keptSource: string) => `The same text as ${keptSource} (after whitespace is normalised); that file is kept.`,
  hint: 'Delete one of the two files; an article from another outlet about the same event is not a duplicate.',
});

export const NoSeoulDistrict = def({
  name: 'NoSeoulDistrict',
  title: 'No Seoul district is the subject',
  severity: 'warning',
  message: () => 'No story was found: no Seoul district is what this article is about.',
  hint: 'If a district is the subject, add it by hand in the frontmatter and set reviewed: true.',
});

export const BadJsonLine = def({
  name: 'BadJsonLine',
  title: 'A .jsonl line is not a valid article',
  severity: 'error',
  message: (reason: string) => `This line is not an article object: ${reason}.`,
  hint: 'Each line must be one JSON object with "date", "title" and "body" (and optional "url", "outlet").',
});

export const InvalidFrontmatter = def({
  name: 'InvalidFrontmatter',
  title: 'Frontmatter does not match the schema',
  severity: 'error',
  message: (issues: string) => `The frontmatter is invalid: ${issues}`,
  hint: 'Fix the named field (see /data/schema.json for the allowed values), or delete the file and re-run the ingest.',
});

export const UnsupportedFile = def({
  name: 'UnsupportedFile',
  title: 'Not an article file',
  severity: 'warning',
  message: (extension: string) => `Files ending in "${extension}" are not read; it was skipped.`,
  hint: 'Articles are .txt (date line format), .md (with frontmatter) or .jsonl (one JSON object a line).',
});

export const UnreadableFile = def({
  name: 'UnreadableFile',
  title: 'The file could not be read',
  severity: 'error',
  message: (reason: string) => `Reading the file failed: ${reason}.`,
  hint: 'Check that the path exists and that you may read it.',
});

export const NoInputFiles = def({
  name: 'NoInputFiles',
  title: 'Nothing to ingest',
  severity: 'error',
  message: () => 'No .txt, .md or .jsonl files were found.',
  hint: 'Put articles under content/raw, or pass the files or folders to ingest: npm run ingest -- <paths…>.',
});

export const MissingField = def({
  name: 'MissingField',
  title: 'A required field is missing',
  severity: 'error',
  message: (field: string) => `The "${field}" field is missing or not text.`,
  hint: 'Give every article a "date" (YYYY-MM or YYYY-MM-DD), a "title" and, in .jsonl, a "body".',
});

export const BadInputFrontmatter = def({
  name: 'BadInputFrontmatter',
  title: 'The frontmatter is not valid YAML',
  severity: 'error',
  message: (reason: string) => `The block between the --- lines could not be read: ${reason}.`,
  hint: 'Fix the YAML (quote values that contain ": " or start with a quote), then re-run the ingest.',
});

export const BadUrl = def({
  name: 'BadUrl',
  title: 'The url is not a web address',
  severity: 'warning',
  message: (url: string) => `"${url.slice(0, 80)}" is not a valid URL; the article is kept without it.`,
  hint: 'Write the full address of the original article, starting with https://.',
});

export const InvalidArticle = def({
  name: 'InvalidArticle',
  title: 'The extracted article does not match the schema',
  severity: 'error',
  message: (issues: string) => `The pipeline produced values the schema rejects, so nothing was written: ${issues}`,
  hint: 'This is a bug in the pipeline, not in the article: please report it with this file attached.',
});

export const ReviewedOrphan = def({
  name: 'ReviewedOrphan',
  title: 'A reviewed article has no source any more',
  severity: 'warning',
  message: (source: string) => `Its source ${source} is gone or changed, but the file is marked reviewed, so it was kept.`,
  hint: 'Delete the file if the article should leave the archive; otherwise nothing needs doing.',
});

/**
 * Makes an `IngestMessage` from a catalogue entry.
 * @param d The catalogue entry.
 * @param at Where: `file` (relative to content/raw) and 1-based `line`, or null.
 * @param args The entry's message arguments.
 */
export function report<A extends unknown[]>(
  d: MessageDef<A>,
  at: { file: string; line: number | null },
  ...args: A
): IngestMessage {
  return { name: d.name, severity: d.severity, file: at.file, line: at.line, message: d.message(...args), hint: d.hint };
}

/** Formats a message the vfile-reporter way: `file:line  severity  message (name)\n  hint`. */
export function formatMessage(m: IngestMessage): string {
  const where = m.line === null ? m.file : `${m.file}:${m.line}`;
  return `${where}  ${m.severity}  ${m.message} (${m.name})\n    → ${m.hint}`;
}

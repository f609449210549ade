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

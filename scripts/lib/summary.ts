/**
 * The ingest's report: a summary of what it did, then every problem as `path:line message` with
 * its hint (vfile-reporter style), sorted by file and line so runs are easy to compare.
 */
import { formatMessage } from '../../src/pipeline/messages.ts';
import type { IngestMessage } from '../../src/pipeline/schema.ts';
import type { IngestSummary } from './ingest-fs.ts';
import { compare } from './walk-fs.ts';

/**
 * Formats the summary lines.
 * @param s What `runIngest` returned.
 * @returns Text ending in a newline.
 */
export function formatSummary(s: IngestSummary): string {
  const errors = s.messages.filter((m) => m.severity === 'error').length;
  const warnings = s.messages.length - errors;
  return [
    `ingest: ${s.files} files → ${s.articles} articles in ${s.seconds.toFixed(2)} s ` +
      `(${s.written} written, ${s.unchanged} unchanged, ${s.reviewedKept} reviewed kept, ${s.removed} removed, ` +
      `${s.duplicates} duplicates; ${s.cached} files from cache${s.workers > 0 ? `; built on ${s.workers} worker threads` : ''})`,
    `  stories ${s.stories} · programs ${s.programs} · awards ${s.awards} · warnings ${warnings} · errors ${errors}`,
  ].join('\n') + '\n';
}

/**
 * Formats every problem, sorted by file then line.
 * @param messages The run's messages.
 * @param only Which severities to show; default both.
 * @returns Text ending in a newline, or '' when there is nothing to show.
 */
export function formatProblems(messages: readonly IngestMessage[], only?: 'error'): string {
  const shown = messages
    .filter((m) => !only || m.severity === only)
    .sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.name, b.name));
  return shown.length ? `${shown.map(formatMessage).join('\n')}\n` : '';
}

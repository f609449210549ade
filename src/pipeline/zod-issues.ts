/**
 * The one formatter for zod failures shown to people (STYLE.md → "Errors a person can act on"):
 * each issue as `field.path: reason`, never a stack trace.
 */
import type { z } from 'zod';

/**
 * Formats a zod error's issues for a message.
 * @param error What `safeParse` returned on failure.
 * @returns `stories.0.district: Invalid option …; date: must be …` (the root is written `(root)`).
 */
export function formatZodIssues(error: z.ZodError): string {
  return zodIssueLines(error).join('; ');
}

/**
 * A zod error's issues one a line, for reports that list each on its own.
 * @param error What `safeParse` returned on failure.
 * @returns `['stories.0.district: Invalid option …', 'date: must be …']`.
 */
export function zodIssueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`);
}

/** Drops the `evidence` field of an extracted value for the export (the page shows it instead). */

/**
 * Copies a value without its `evidence`.
 * @param value An award or date mention.
 * @returns The same fields, `evidence` left out.
 */
export function omitEvidence<T extends { evidence: unknown }>(value: T): Omit<T, 'evidence'> {
  const { evidence: _evidence, ...rest } = value;
  return rest;
}

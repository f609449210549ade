/**
 * The input formats the ingest reads, by file extension, in a module of their own so that code
 * which only needs to recognise input files (the ingest's file walk) does not load the pipeline.
 */

/** The extensions the ingest reads. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.jsonl'] as const;

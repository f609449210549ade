/**
 * What is already in the output folder (file-system code, so it lives outside src/pipeline):
 * every article file with its source, whether a person marked it reviewed, and whether its
 * frontmatter still matches the schema. Files the cache saw unchanged (same size and mtime) are
 * not read again. The others are read and hashed; one that still says `reviewed: false` (as the
 * ingest wrote it) is parsed and checked against the schema only if the ingest needs to know
 * more than its hash: when the article it holds changed, or when its source is gone.
 * The frontmatter reader (gray-matter and zod) is loaded only when a file must be read: a first
 * ingest into an empty folder, the one that must be fast, never needs it on its main thread.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hashString } from '../../src/pipeline/hash.ts';
import type { CachedOutput } from './cache-fs.ts';

/** One existing article file. */
export interface ExistingOutput {
  /** POSIX path relative to the output folder. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Hash of the file text. */
  readonly hash: string;
  /** The `source` its frontmatter names, when it names one (read when first asked for). */
  readonly source: string | null;
  readonly reviewed: boolean;
  /** Why the frontmatter is not a valid Article (`field: reason; …`); null when it is (checked when first asked for). */
  readonly issues: string | null;
}

// Temp files of an interrupted write (see atomic-fs.ts): `<name>.md.<pid>-<thread>-<n>.tmp`, and
// `<name>.md.<pid>-<n>.tmp` as earlier versions named them.
const TEMP = /\.md\.\d+(?:-\d+){1,2}\.tmp$/;

/**
 * Lists the article files under `outDir`, removing temp files an interrupted run left behind.
 * @param outDir The output folder (absent is fine: nothing exists yet).
 * @param known The cache's record of output files, by relative path.
 * @returns The files by relative path.
 */
export async function scanOutputs(outDir: string, known: Readonly<Record<string, CachedOutput>>): Promise<Map<string, ExistingOutput>> {
  const files: [path: string, rel: string][] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (TEMP.test(entry.name)) rmSync(path, { force: true });
      else if (entry.isFile() && entry.name.endsWith('.md')) {
        files.push([path, relative(outDir, path).split(sep).join('/')]);
      }
    }
  };
  walk(outDir);
  const found = new Map<string, ExistingOutput>();
  let fm: Frontmatter | null = null;
  for (const [path, rel] of files) {
    const { size, mtimeMs } = statSync(path);
    const cached = known[rel];
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
      found.set(rel, { path: rel, size, mtimeMs, hash: cached.hash, source: cached.source, reviewed: cached.reviewed, issues: null });
    } else found.set(rel, inspect((fm ??= await frontmatter()), path, rel, size, mtimeMs));
  }
  return found;
}

// The line the ingest writes; a person who reviews a file changes it to `reviewed: true`. Any
// frontmatter that still holds it at the top level is not reviewed whatever else it says: YAML
// rejects a second `reviewed` key, and a failed parse counts as not reviewed too.
const NOT_REVIEWED = /^reviewed: false$/m;

type Frontmatter = typeof import('../../src/pipeline/frontmatter.ts');
let loaded: Promise<Frontmatter> | null = null;
const frontmatter = () => (loaded ??= import('../../src/pipeline/frontmatter.ts'));

function inspect(fm: Frontmatter, path: string, rel: string, size: number, mtimeMs: number): ExistingOutput {
  const text = readFileSync(path, 'utf8');
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1;
  if (end === -1 || !NOT_REVIEWED.test(text.slice(4, end))) return { path: rel, size, mtimeMs, ...readWith(fm, text) };
  // A generated file: the frontmatter is parsed only when someone asks for its source or issues.
  const hash = hashString(text);
  let parsed: OutputFacts | null = null;
  const details = () => (parsed ??= readWith(fm, readFileSync(path, 'utf8')));
  return {
    path: rel, size, mtimeMs, hash, reviewed: false,
    get source() {
      return details().source;
    },
    get issues() {
      return details().issues;
    },
  };
}

type OutputFacts = Pick<ExistingOutput, 'hash' | 'source' | 'reviewed' | 'issues'>;

/**
 * Reads one article file's frontmatter.
 * @param text The file text.
 * @returns Its hash, source, reviewed flag and schema issues (null when valid).
 */
export async function readOutput(text: string): Promise<OutputFacts> {
  return readWith(await frontmatter(), text);
}

function readWith({ readArticleFile, validateFrontmatter }: Frontmatter, text: string): OutputFacts {
  const hash = hashString(text);
  const parts = readArticleFile(text);
  if ('error' in parts) return { hash, source: null, reviewed: false, issues: `(frontmatter): ${parts.error}` };
  const source = typeof parts.data['source'] === 'string' ? parts.data['source'] : null;
  const reviewed = parts.data['reviewed'] === true;
  const checked = validateFrontmatter(parts.data);
  return { hash, source, reviewed, issues: 'issues' in checked ? checked.issues.join('; ') : null };
}

/**
 * Replaces the body of a reviewed file, keeping its frontmatter byte for byte.
 * @param text The reviewed file's text.
 * @param body The current article text.
 * @returns The new file text (the same text when the body did not change).
 */
export async function withBody(text: string, body: string): Promise<string> {
  const parts = (await frontmatter()).readArticleFile(text);
  if ('error' in parts) return text;
  const head = text.slice(0, text.length - parts.body.length);
  return head + (body.endsWith('\n') ? body : `${body}\n`);
}

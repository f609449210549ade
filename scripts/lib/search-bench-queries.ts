/**
 * The search benchmark's queries: the committed set over the sample articles
 * (tests/search/queries.json, judged by hand) and a set made at run time from
 * ../shared/seeds/gold.json by general rules (a district with a particle, the 구청장's name, the
 * inner part of a program's longest word, a program name with its spaces removed, an award grade
 * with the district), so no seed text or name is stored in this repository. Judging: see
 * search-bench-judge.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finalConsonant } from '../../src/pipeline/korean/word-endings.ts';

/** One benchmark query and its judgements. */
export interface BenchQuery {
  readonly q: string;
  readonly kind: string;
  /** Where the query and its hand judgements come from. */
  readonly origin: 'sample' | 'seeds';
  /** Articles that mention what the query asks for (grade 1): suffixes of their `source`. */
  readonly articles?: readonly string[];
  /** Initiative pages the query names (grade 2), as [district, name as the article writes it]. */
  readonly programs?: ReadonlyArray<readonly [string, string]>;
  /** For a district query: its district page (grade 2) and every story of that district (grade 1). */
  readonly district?: string;
  /** For a 구청장's name: the district page that names the person as its head (grade 1). */
  readonly headOf?: string;
}

/** The committed query file. */
export interface QueryFile {
  readonly queries: BenchQuery[];
  /** District → sample articles with a story of that district (hand table, for district queries). */
  readonly stories: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads the committed query set.
 * @param file Path of queries.json.
 */
export async function readQueryFile(file: string): Promise<QueryFile> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { queries: Array<Omit<BenchQuery, 'origin'>>; stories: QueryFile['stories'] };
  return { queries: doc.queries.map((q) => ({ ...q, origin: 'sample' as const })), stories: doc.stories };
}

interface GoldStory {
  readonly district: string;
  readonly head: string | null;
  readonly programs: readonly string[];
  readonly awards: ReadonlyArray<{ readonly grade: string | null; readonly streak: number | null }>;
}

/** Seed stories as the judge reads them (source = prefix + file). */
export interface SeedStory {
  readonly source: string;
  readonly district: string;
  readonly programs: readonly string[];
}

/**
 * Makes queries from the seeds' gold labels.
 * @param seedsDir ../shared/seeds.
 * @param prefix The folder the seeds were copied to in the benchmark corpus (e.g. `seeds/`).
 * @returns The queries (each judging its own seed article relevant) and the gold stories.
 */
export async function seedQueries(seedsDir: string, prefix: string): Promise<{ queries: BenchQuery[]; stories: SeedStory[] }> {
  const gold = JSON.parse(await readFile(join(seedsDir, 'gold.json'), 'utf8')) as {
    articles: Array<{ file: string; stories: GoldStory[] }>;
  };
  const queries: BenchQuery[] = [];
  const stories: SeedStory[] = [];
  const seen = new Set<string>();
  const add = (query: Omit<BenchQuery, 'origin'>) => {
    if (query.q.trim() && !seen.has(query.q)) {
      seen.add(query.q);
      queries.push({ ...query, origin: 'seeds' });
    }
  };
  for (const article of gold.articles) {
    const articles = [prefix + article.file];
    for (const story of article.stories) {
      stories.push({ source: prefix + article.file, district: story.district, programs: story.programs });
      add({ kind: 'particle', q: story.district + (hasFinalConsonant(story.district) ? '은' : '는'), district: story.district });
      if (story.head) add({ kind: 'head', q: story.head, articles, headOf: story.district });
      for (const award of story.awards) {
        if (award.grade) add({ kind: 'award', q: `${story.district} ${award.grade}`, articles });
        if (award.streak) add({ kind: 'award', q: `${award.streak}년 연속`, articles });
      }
      for (const name of story.programs) {
        const clean = name.replace(/[‘’'"“”()（）]/gu, ' ').replace(/\s+/gu, ' ').trim();
        const programs = [[story.district, name] as const];
        const longest = clean.split(' ').sort((a, b) => [...b].length - [...a].length)[0] ?? '';
        const chars = [...longest];
        // The inner part of the word: three syllables from the second one (never a number or a hyphen).
        const infix = chars.slice(1, 4).join('');
        if (chars.length >= 5 && /^[가-힣]{3}$/u.test(infix)) add({ kind: 'infix', q: infix, articles, programs });
        if (clean.includes(' ')) add({ kind: 'spacing', q: clean.replace(/ /gu, ''), articles, programs });
        else add({ kind: 'program', q: clean, articles, programs });
      }
    }
  }
  return { queries, stories };
}

/** True when the last Hangul syllable has a final consonant (받침), which picks 은 over 는. */
function hasFinalConsonant(word: string): boolean {
  return finalConsonant(word.slice(-1)) > 0;
}

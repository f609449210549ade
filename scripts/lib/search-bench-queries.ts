/**
 * The search benchmark's queries: the committed set over the sample articles
 * (tests/search/queries.json) and a set made at run time from ../shared/seeds/gold.json by general
 * rules (a district with a particle, the 구청장's name, the inner part of a program's longest word,
 * a program name with its spaces removed, an award grade with the district), so no seed text or
 * name is stored in this repository.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One benchmark query. */
export interface BenchQuery {
  readonly q: string;
  readonly kind: string;
  /** Input paths (suffixes of the article's `source`) whose page must be in the top 10. */
  readonly expect: readonly string[];
}

/**
 * Reads the committed query set.
 * @param file Path of queries.json.
 */
export async function readQueryFile(file: string): Promise<BenchQuery[]> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { queries: BenchQuery[] };
  return doc.queries;
}

interface GoldStory {
  readonly district: string;
  readonly head: string | null;
  readonly programs: readonly string[];
  readonly awards: ReadonlyArray<{ readonly grade: string | null; readonly streak: number | null }>;
}

/**
 * Makes queries from the seeds' gold labels.
 * @param seedsDir ../shared/seeds.
 * @param prefix The folder the seeds were copied to in the benchmark corpus (e.g. `seeds/`).
 * @returns Queries whose expected page is the seed article the label belongs to.
 */
export async function seedQueries(seedsDir: string, prefix: string): Promise<BenchQuery[]> {
  const gold = JSON.parse(await readFile(join(seedsDir, 'gold.json'), 'utf8')) as {
    articles: Array<{ file: string; stories: GoldStory[] }>;
  };
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (kind: string, q: string, file: string) => {
    const key = `${q}\u0000${file}`;
    if (q.trim() && !seen.has(key)) {
      seen.add(key);
      out.push({ q, kind, expect: [prefix + file] });
    }
  };
  for (const article of gold.articles) {
    for (const story of article.stories) {
      add('particle', story.district + (hasFinalConsonant(story.district) ? '은' : '는'), article.file);
      if (story.head) add('head', story.head, article.file);
      for (const award of story.awards) {
        if (award.grade) add('award', `${story.district} ${award.grade}`, article.file);
        if (award.streak) add('award', `${award.streak}년 연속`, article.file);
      }
      for (const name of story.programs) {
        const clean = name.replace(/[‘’'"“”()（）]/gu, ' ').replace(/\s+/gu, ' ').trim();
        const longest = clean.split(' ').sort((a, b) => [...b].length - [...a].length)[0] ?? '';
        const chars = [...longest];
        // The inner part of the word, starting on a syllable (never inside a number such as `50`).
        const start = chars.findIndex((c, i) => i > 0 && /[가-힣]/u.test(c));
        if (chars.length >= 4 && start > 0 && chars.length - start >= 2) add('infix', chars.slice(start, start + 3).join(''), article.file);
        if (clean.includes(' ')) add('spacing', clean.replace(/ /gu, ''), article.file);
        else add('program', clean, article.file);
      }
    }
  }
  return out;
}

/** True when the last Hangul syllable has a final consonant (받침), which picks 은 over 는. */
function hasFinalConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

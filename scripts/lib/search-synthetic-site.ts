/**
 * A large synthetic archive for measuring search at scale (issue 4: 10,000 articles): pages shaped
 * like the site's article pages (an `h1`, one `h2` with an anchor per district story, paragraphs,
 * `data-pagefind-body`), with text recombined from a vocabulary of real Korean words (the sample
 * articles) plus generated compounds, so the index holds as many distinct words and suffixes as a
 * real archive does. Deterministic for a seed. Node-only (writes files).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DISTRICTS } from '../../src/pipeline/korean/districts.ts';
import { splitWord } from '../../src/search/tokens.ts';

/** Options of {@link writeSyntheticSite}. */
export interface SyntheticSiteOptions {
  readonly dir: string;
  readonly articles: number;
  /** Text to take words from (e.g. the sample articles). */
  readonly vocabularyText: string;
  /** Seed of the generator. Default 1. */
  readonly seed?: number;
}

/** A page written, with what a query can be expected to find on it. */
export interface SyntheticPage {
  readonly url: string;
  /** A generated compound that occurs on this page, for infix queries. */
  readonly compound: string;
}

/**
 * Writes `articles` article pages under `dir/articles/<n>/index.html` and a `search/` page stub.
 * @param options See {@link SyntheticSiteOptions}.
 * @returns The pages written.
 */
export async function writeSyntheticSite(options: SyntheticSiteOptions): Promise<SyntheticPage[]> {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = [...new Set(options.vocabularyText.split(/\s+/u).filter((w) => /[가-힣]/u.test(w)))];
  const stems = [...new Set(words.flatMap((w) => splitWord(w)).filter((t) => /^[가-힣]{2,4}$/u.test(t)))];
  const compound = () => pick(stems) + pick(stems) + (random() < 0.3 ? pick(stems) : '');
  const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

  const pages: SyntheticPage[] = [];
  for (let n = 0; n < options.articles; n++) {
    const own = compound();
    const sentence = () =>
      Array.from({ length: 8 + Math.floor(random() * 10) }, () => (random() < 0.25 ? compound() : pick(words))).join(' ');
    const stories = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(DISTRICTS));
    const sections = stories
      .map((d, i) => {
        const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, (_, p) =>
          `<p>${escape(p === 0 && i === 0 ? `${d.name}는 ‘${own}’ 사업을 시작했다. ${sentence()}` : sentence())}</p>`,
        ).join('');
        return `<section><h2 id="${d.slug}">${d.name}</h2>${paragraphs}</section>`;
      })
      .join('');
    const year = 2015 + Math.floor(random() * 10);
    const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>기사 ${n}</title></head><body><main data-pagefind-body><h1>${escape(`${stories[0]!.name} ${own} ${sentence().split(' ').slice(0, 5).join(' ')}`)}</h1>${sections}<span data-pagefind-filter="year:${year}" hidden></span></main></body></html>`;
    const dir = join(options.dir, 'articles', String(n));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), html);
    pages.push({ url: `/articles/${n}/`, compound: own });
  }
  await mkdir(join(options.dir, 'search'), { recursive: true });
  await writeFile(join(options.dir, 'search', 'index.html'), '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>검색</title></head><body></body></html>');
  return pages;
}

/** A small seeded PRNG (Mulberry32), so the same seed writes the same site. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

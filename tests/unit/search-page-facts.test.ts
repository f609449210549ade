/**
 * Page facts for the search index: which initiative pages are left out of the index (told in one
 * story) and which article carries their names instead.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadPageFacts } from '../../scripts/lib/search-page-facts.ts';
import { withIndexTerms } from '../../scripts/lib/search-index-build.ts';

let site = '';

// An invented export: one initiative told once, one told in two stories, one told twice in the
// same story's URL (still one story).
const programs = [
  { url: '/archive/programs/once/', district: '마포구', name: '마포 햇살돌봄방', aliases: ['햇살 돌봄방'], firstDate: '2023-05-02', lastDate: '2023-05-02', stories: ['/archive/articles/a1/#mapo-gu'] },
  { url: '/archive/programs/twice/', district: '마포구', name: '마포 청년부엌', aliases: [], firstDate: '2022-01-10', lastDate: '2023-05-02', stories: ['/archive/articles/a1/#mapo-gu', '/archive/articles/a2/#mapo-gu'] },
  { url: '/archive/programs/same/', district: '은평구', name: '은평 마을버스정보', aliases: [], firstDate: '2023-05-02', lastDate: '2023-05-02', stories: ['/archive/articles/a1/#eunpyeong-gu', '/archive/articles/a1/#eunpyeong-gu'] },
];
const articles = [
  { url: '/archive/articles/a1/', date: '2023-05-02', stories: [{ district: '마포구', awards: [] }, { district: '은평구', awards: [] }] },
  { url: '/archive/articles/a2/', date: '2022-01-10', stories: [{ district: '마포구', awards: [{ grade: '대상' }] }] },
];

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'search-facts-'));
  await mkdir(join(site, 'data'));
  await writeFile(join(site, 'data', 'programs.json'), JSON.stringify(programs));
  await writeFile(join(site, 'data', 'articles.json'), JSON.stringify({ articles }));
});
afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

describe('initiatives told in one story', () => {
  test('are left out of the index; those of two stories stay', async () => {
    const { unindexed } = await loadPageFacts(site, '/archive/');
    expect([...unindexed].sort()).toEqual(['/archive/programs/once/', '/archive/programs/same/']);
  });

  test.each([
    ['/archive/articles/a1/', ['마포 햇살돌봄방', '햇살 돌봄방', '은평 마을버스정보']],
    ['/archive/articles/a2/', undefined],
  ])('article %s carries the names %j', async (path, names) => {
    const { pages } = await loadPageFacts(site, '/archive/');
    expect(pages.get(path)?.names).toEqual(names);
    expect(pages.get(path)?.filters['district']?.length).toBeGreaterThan(0);
  });

  test("an article's carried names become its name field, with their inner parts", async () => {
    const { pages } = await loadPageFacts(site, '/archive/');
    const html = '<html><body><main data-pagefind-body><h1>제목</h1><p>본문 문장.</p></main></body></html>';
    const out = withIndexTerms(html, 'articles/a1/', pages.get('/archive/articles/a1/'));
    const kn = /data-pagefind-meta="kn:([^"]*)"/u.exec(out)?.[1]?.split(' ') ?? [];
    expect(kn).toEqual(expect.arrayContaining(['마포', '햇살돌봄방', '돌봄방', '마을버스정보', '버스정보']));
  });
});

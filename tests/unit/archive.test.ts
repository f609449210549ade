/**
 * The derived indexes (src/archive), built from the hand-written site fixture
 * (tests/fixtures/site/articles: five articles whose facts were written and checked by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleBlocks } from '../../src/archive/article-blocks.ts';
import { readArticleText } from '../../src/archive/article-text-fs.ts';
import { buildArchive } from '../../src/archive/build-archive.ts';
import { toCsv } from '../../src/archive/csv.ts';
import { exportArticles, exportPrograms } from '../../src/archive/export.ts';
import { ExportArticleSchema, ExportProgramSchema, exportJsonSchema } from '../../src/archive/export-schema.ts';
import { formatDate } from '../../src/archive/format-date.ts';
import type { Archive, ArticleEntry } from '../../src/archive/model.ts';
import { assignProgramSlugs } from '../../src/archive/program-slug.ts';
import { romanize } from '../../src/archive/romanize.ts';
import { readArticleFile, validateFrontmatter } from '../../src/pipeline/frontmatter.ts';
import { districtByName } from '../../src/pipeline/korean/districts.ts';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site/articles');

function loadFixture(): ArticleEntry[] {
  return readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const parts = readArticleFile(readFileSync(join(FIXTURE, f), 'utf8'));
      if ('error' in parts) throw new Error(parts.error);
      const valid = validateFrontmatter(parts.data);
      if ('issues' in valid) throw new Error(valid.issues.join('; '));
      return { data: valid.article, filePath: relative(ROOT, join(FIXTURE, f)) };
    });
}

let archive: Archive;
let entries: ArticleEntry[];
beforeAll(() => {
  entries = loadFixture();
  archive = buildArchive(entries);
});

describe('buildArchive', () => {
  test('orders articles newest first, a month-only date after the days of that month', () => {
    expect(archive.articles.map((a) => a.data.date)).toEqual(['2023-05-01', '2023-04-02', '2023-03-17', '2023-03-15', '2023-02']);
  });

  test('is the same whatever order the files come in', () => {
    const reversed = buildArchive([...entries].reverse());
    expect(reversed.programs.map((p) => [p.slug, p.name, p.aliases])).toEqual(archive.programs.map((p) => [p.slug, p.name, p.aliases]));
    expect(reversed.related('1a2b3c4d5e6f7081').map((a) => a.data.id)).toEqual(['2b3c4d5e6f708192']);
  });

  test('merges a program written with and without the district prefix into one, the other kept as alias', () => {
    const p = archive.programBySlug.get('seocho-gu-seumateudolbomsenteo')!;
    expect(p.name).toBe('서초 스마트돌봄센터');
    expect(p.aliases).toEqual(['스마트돌봄센터']);
    expect(p.district.name).toBe('서초구');
    expect(p.mentions.map((m) => m.article.date)).toEqual(['2023-03-15', '2023-03-17']);
    expect(p.url).toBe('/programs/seocho-gu-seumateudolbomsenteo/');
    expect(p.topics).toContain('돌봄·복지');
    expect(archive.programOf('서초구', '스마트돌봄센터')).toBe(p);
  });

  test('gives every program an ASCII slug, unique, starting with its district', () => {
    const slugs = archive.programs.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of archive.programs) expect(p.slug).toMatch(new RegExp(`^${p.district.slug}-[a-z0-9-]+$`));
  });

  test('indexes each district: stories newest first, heads, monthly counts', () => {
    const seocho = archive.districtBySlug.get('seocho-gu')!;
    expect(seocho.stories.map((s) => s.url)).toEqual([
      '/articles/2023-03-17-seocho-gu-2b3c4d5e6f/#seocho-gu',
      '/articles/2023-03-15-seocho-gu-1a2b3c4d5e/#seocho-gu',
    ]);
    expect(seocho.heads).toEqual([{ name: '김도윤', first: '2023-03-15', last: '2023-03-15', stories: 1 }]);
    expect([...seocho.months]).toEqual([['2023-03', 2]]);
    expect(archive.districts).toHaveLength(25);
    expect(archive.districtBySlug.get('jongno-gu')!.stories).toEqual([]);
  });

  test('groups awards by evaluation and year: best grade first, then Seoul order; streaks and prizes kept', () => {
    expect(archive.awards.map((g) => [g.name, g.year])).toEqual([['지방자치단체 혁신평가', 2022], ['정부혁신평가', null]]);
    expect(archive.awards[0]!.rows.map((r) => [r.district.name, r.grade, r.streak])).toEqual([
      ['성동구', '우수기관', 4],
      ['양천구', '우수기관', 4],
      ['서초구', '우수기관', null],
    ]);
    expect(archive.awards[1]!.rows.map((r) => [r.district.name, r.grade, r.prize])).toEqual([['성동구', '최우수상', '대통령상']]);
  });

  test('has a month for every article, empty when its articles have no story', () => {
    expect([...archive.months].map(([m, s]) => [m, s.length])).toEqual([['2023-05', 1], ['2023-04', 2], ['2023-03', 3], ['2023-02', 0]]);
  });

  test('relates articles that share a district and a program, or an event within days', () => {
    expect(archive.related('1a2b3c4d5e6f7081').map((a) => a.data.id)).toEqual(['2b3c4d5e6f708192']);
    expect(archive.related('2b3c4d5e6f708192').map((a) => a.data.id)).toEqual(['1a2b3c4d5e6f7081']);
    expect(archive.related('4d5e6f708192a3b4')).toEqual([]);
  });

  test('lists for review: no story, and a low-confidence story', () => {
    expect(archive.review.map((r) => [r.entry.data.id, r.noStory, r.lowConfidence.map((s) => s.district)])).toEqual([
      ['3c4d5e6f708192a3', false, ['성동구']],
      ['0000aaaa11112222', true, []],
    ]);
  });
});

describe('relatedPrograms', () => {
  test('relates the same initiative in other districts despite prefix and spacing', () => {
    const extra: ArticleEntry = {
      filePath: 'x.md',
      data: { ...entries[0]!.data, id: 'ffffffffffffffff', slug: '2023-06-01-gangnam-gu-ffffffffff', date: '2023-06-01', residue: [], warnings: [],
        stories: [{ id: 'ffffffffffffffff-gangnam-gu', anchor: 'gangnam-gu', district: '강남구', head: null, headEvidence: null, awards: [], dates: [], paragraphs: [0], confidence: 1,
          programs: [{ name: '강남 스마트 쉼터', evidence: { paragraph: 0, sentence: '강남구는 ‘강남 스마트 쉼터’를 늘린다.' } }] }] },
    };
    const a = buildArchive([...entries, extra]);
    const seongdong = a.programs.find((p) => p.name === '성동 스마트쉼터')!;
    expect(a.relatedPrograms(seongdong).map((p) => [p.district.name, p.name])).toEqual([['강남구', '강남 스마트 쉼터']]);
  });
});

describe('program slugs', () => {
  test.each([
    ['스마트쉼터', 'seumateuswimteo'],
    ['1인가구 싱글싱글', '1ingagu-singgeulsinggeul'],
    ['주(宙)토피아', 'ju-topia'],
    ['젠트리피케이션(둥지내몰림)', 'jenteuripikeisyeon-dungjinaemollim'],
    ['Zoom 멘토링', 'zoom-mentoring'],
  ])('romanizes %s as %s', (text, expected) => {
    expect(romanize(text)).toBe(expected);
  });

  test('adds a hash when two keys read the same, when a name is cut, or when nothing is left', () => {
    const seocho = districtByName('서초구')!;
    const slugs = assignProgramSlugs([
      { district: seocho, key: '가나' },
      { district: seocho, key: '가나!' },
      { district: seocho, key: '다라' },
      { district: seocho, key: '宙' },
      { district: seocho, key: '가'.repeat(40) },
    ]);
    const values = [...slugs.values()];
    expect(new Set(values).size).toBe(5);
    expect(slugs.get('서초구\u0000다라')).toBe('seocho-gu-dara');
    expect(slugs.get('서초구\u0000가나')).toMatch(/^seocho-gu-gana-[0-9a-f]{6}$/);
    expect(slugs.get('서초구\u0000宙')).toMatch(/^seocho-gu-[0-9a-f]{6}$/);
    expect(slugs.get(`서초구\u0000${'가'.repeat(40)}`)).toMatch(/^seocho-gu-(ga){24}-[0-9a-f]{6}$/);
  });
});

describe('article page blocks', () => {
  test('full text: lead, then each story where it starts, residue left out', async () => {
    const entry = archive.articleBySlug.get('2023-03-15-seocho-gu-1a2b3c4d5e')!;
    const blocks = articleBlocks(entry.data, await readArticleText(entry.filePath), 'full');
    expect(blocks.map((b) => (b.kind === 'text' ? 'text' : b.story.district))).toEqual(['text', '서초구', '강남구']);
    expect(blocks.flatMap((b) => b.paragraphs).join('\n')).not.toContain('많이 본 뉴스');
    expect(blocks[1]!.paragraphs).toHaveLength(3);
  });

  test('excerpt: the lead and only the sentences facts came from', async () => {
    const entry = archive.articleBySlug.get('2023-03-15-seocho-gu-1a2b3c4d5e')!;
    const blocks = articleBlocks(entry.data, await readArticleText(entry.filePath), 'excerpt');
    expect(blocks[0]!.paragraphs).toEqual(['[샘플일보 한가람 기자] 서울 자치구들이 봄을 맞아 주민 생활을 바꾸는 새 사업을 잇달아 내놓았다.']);
    expect(blocks[1]!.paragraphs).toEqual([
      '서초구(구청장 김도윤)는 홀로 사는 어르신의 안부를 확인하는 ‘서초 스마트돌봄센터’를 지난 10일 문을 열었다고 밝혔다.',
      '구는 오는 3월21일 센터에서 주민설명회를 연다.',
      '서초구는 행정안전부 주관 2022년도 지방자치단체 혁신평가에서 ‘우수기관’으로 선정됐다.',
    ]);
  });
});

describe('open data', () => {
  test('articles export validates against its own schema and carries program slugs and urls', () => {
    const data = exportArticles(archive);
    expect(() => ExportArticleSchema.array().parse(data)).not.toThrow();
    const first = data.find((a) => a.id === '1a2b3c4d5e6f7081')!;
    expect(first.url).toBe('/articles/2023-03-15-seocho-gu-1a2b3c4d5e/');
    expect(first.stories[0]!.programs).toEqual([{ name: '서초 스마트돌봄센터', slug: 'seocho-gu-seumateudolbomsenteo', url: '/programs/seocho-gu-seumateudolbomsenteo/' }]);
    expect(first.stories[0]!.awards[0]).toEqual({ name: '지방자치단체 혁신평가', year: 2022, grade: '우수기관', streak: null, prize: null, organizer: '행정안전부' });
    expect(first.stories[1]!.dates).toEqual([{ text: '4월부터 10월까지', start: '2023-04', end: '2023-10', kind: 'period' }]);
    expect(() => ExportProgramSchema.array().parse(exportPrograms(archive))).not.toThrow();
  });

  test('schema.json describes every export file', () => {
    const schema = exportJsonSchema();
    expect(Object.keys(schema)).toEqual(['articles.json', 'programs.json', 'districts.json', 'awards.json', 'content/articles/*.md frontmatter']);
    expect(JSON.stringify(schema['articles.json'])).toContain('"sourceUrl"');
  });

  test.each([
    ['plain Korean', [['서초구', 3]], '\ufeffa,b\r\n서초구,3\r\n'],
    ['quotes, commas and newlines', [['a "b", c', 'x\ny']], '\ufeffa,b\r\n"a ""b"", c","x\ny"\r\n'],
    ['a formula is defused', [['=HYPERLINK("x")', -3]], '\ufeffa,b\r\n"\'=HYPERLINK(""x"")",-3\r\n'],
    ['null is an empty cell', [[null, true]], '\ufeffa,b\r\n,true\r\n'],
  ])('CSV: %s', (_name, rows, csv) => {
    expect(toCsv(['a', 'b'], rows as Array<Array<string | number | boolean | null>>)).toBe(csv);
  });
});

test.each([
  ['2022', '2022년'],
  ['2022-02', '2022년 2월'],
  ['2022-02-09', '2022년 2월 9일'],
])('formats %s as %s', (date, text) => {
  expect(formatDate(date)).toBe(text);
});

import { describe, expect, test } from 'vitest';
import { articleBody, readArticleFile, serialiseArticleFile, toYaml, validateFrontmatter } from '../../src/pipeline/frontmatter.ts';
import { ArticleSchema, type Article } from '../../src/pipeline/schema.ts';

const evidence = { paragraph: 2, sentence: '구는 ‘성동형 바람길쉼터’를 늘린다.' };
const article: Article = ArticleSchema.parse({
  id: '0123456789abcdef',
  slug: '2023-03-10-seongdong-gu-0123456789',
  date: '2023-03-10',
  title: '성동구: "혁신평가" 3년 연속 — 최우수기관',
  outlet: '샘플뉴스',
  reporter: null,
  sourceUrl: 'https://sample-news.example/a?b=1&c=2',
  source: '2023/a.txt',
  encoding: 'utf-8',
  residue: [0, 14],
  stories: [
    {
      id: '0123456789abcdef-seongdong-gu',
      anchor: 'seongdong-gu',
      district: '성동구',
      head: '윤서진',
      headEvidence: evidence,
      programs: [{ name: '성동형 바람길쉼터', evidence }],
      awards: [],
      dates: [{ text: '오는 3월 31일까지', start: '2023-03-31', end: null, kind: 'deadline', evidence }],
      paragraphs: [1, 2, 3],
      confidence: 0.9,
    },
  ],
  warnings: [],
});
const body = '\n[샘플뉴스 김하늘 기자] 성동구는 …\n\n# 이 줄은 마크다운 제목이 아니다\n---\n<script>alert(1)</script>\n';

describe('serialiseArticleFile', () => {
  const text = serialiseArticleFile(article, body);

  test('writes keys in schema order, one field a line', () => {
    const keys = text.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(Object.keys(ArticleSchema.shape));
  });

  test('quotes dates so YAML keeps them as strings', () => {
    expect(text).toContain('date: "2023-03-10"\n');
    expect(text).toContain('start: "2023-03-31"\n');
    expect(text).toContain('end: null\n');
  });

  test('writes number arrays on one line and empty arrays as []', () => {
    expect(text).toContain('residue: [0, 14]\n');
    expect(text).toContain('    paragraphs: [1, 2, 3]\n');
    expect(text).toContain('warnings: []\n');
  });

  test('reads back to the same article and the same body, byte for byte', () => {
    const parts = readArticleFile(text);
    if ('error' in parts) throw new Error(parts.error);
    expect(parts.body).toBe(body);
    expect(validateFrontmatter(parts.data)).toEqual({ article });
    expect(serialiseArticleFile(article, parts.body)).toBe(text);
  });

  test('adds a final newline only when the body has none', () => {
    expect(serialiseArticleFile(article, 'a').endsWith('---\na\n')).toBe(true);
    expect(serialiseArticleFile(article, 'a\n').endsWith('---\na\n')).toBe(true);
  });
});

describe('toYaml', () => {
  test.each([
    ['quotes and backslashes', 'a "b" \\ c'],
    ['a YAML-looking value', 'key: value # not a comment'],
    ['line breaks and tabs', 'one\ntwo\tthree'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c'],
    ['a BOM and C1 controls', '\ufeffa\u0085b\u009fc'],
    ['a lone surrogate', 'a\ud800b'],
    ['booleans and numbers as text', 'true'],
    ['an empty string', ''],
  ])('round-trips a string with %s', (_name, value) => {
    const parts = readArticleFile(`---\n${toYaml({ value })}---\n`);
    if ('error' in parts) throw new Error(parts.error);
    expect(parts.data['value']).toBe(value);
  });
});

describe('articleBody', () => {
  const written = serialiseArticleFile(article, body);
  test.each([
    ['as the ingest writes it', written],
    ['with Windows line ends', written.replaceAll('\n', '\r\n')],
    ['with a byte order mark', `\uFEFF${written}`],
    ['with a body that starts at once', '---\ntitle: "x"\n---\n첫 줄\n---\n둘째 줄\n'],
    ['with an empty frontmatter', '---\n---\n본문\n'],
    ['without frontmatter', '본문만 있는 파일\n'],
    ['with an unclosed frontmatter', '---\ntitle: "x"\n본문\n'],
  ])('gives the body gray-matter gives, file %s', (_, text) => {
    const parts = readArticleFile(text);
    expect(articleBody(text)).toBe('body' in parts ? parts.body : '');
  });

  test('keeps the original text of a written article byte for byte', () => {
    expect(articleBody(written)).toBe(body);
  });
});

describe('readArticleFile and validateFrontmatter', () => {
  test('reads an unquoted hand-typed date as the date string it meant', () => {
    const parts = readArticleFile('---\ndate: 2022-02-09\n---\nbody\n');
    if ('error' in parts) throw new Error(parts.error);
    expect(parts.data['date']).toBe('2022-02-09');
  });

  test('reports broken YAML as an error, not an exception', () => {
    expect(readArticleFile('---\ntitle: "open\n---\nbody\n')).toHaveProperty('error');
  });

  test('names the field and the reason for each schema problem', () => {
    const parts = readArticleFile(serialiseArticleFile(article, body).replace('district: "성동구"', 'district: "부산 중구"').replace('date: "2023-03-10"', 'date: "2023-13-40"'));
    if ('error' in parts) throw new Error(parts.error);
    const result = validateFrontmatter(parts.data);
    expect(result).toHaveProperty('issues');
    const issues = (result as { issues: readonly string[] }).issues.join('; ');
    expect(issues).toMatch(/^date: must be YYYY-MM or YYYY-MM-DD and a real date; stories\.0\.district: /);
  });
});

import { describe, expect, test } from 'vitest';
import { parseMarkdownArticle } from '../../src/pipeline/formats/md.ts';
import { parseJsonLines } from '../../src/pipeline/formats/jsonl.ts';

const MD = [
  '---', // 1
  'title: "강서구, 청년 창업공간 입주기업 모집"', // 2
  'date: "2023-03-10"', // 3
  'outlet: 샘플뉴스', // 4
  'reporter: 김하늘', // 5
  'url: https://sample-news.example/a/1', // 6
  '---', // 7
  '강서구(구청장 오민재)는 입주 기업을 모집한다.', // 8
  '', // 9
  '자세한 사항은 일자리경제과로 문의하면 된다.', // 10
  '',
].join('\n');

describe('parseMarkdownArticle', () => {
  test('reads date, title, outlet, reporter and url from the frontmatter', () => {
    const { value, messages } = parseMarkdownArticle(MD, 'md/a.md');
    expect(messages).toEqual([]);
    expect(value).toMatchObject({
      date: '2023-03-10',
      title: '강서구, 청년 창업공간 입주기업 모집',
      outlet: '샘플뉴스',
      reporter: '김하늘',
      sourceUrl: 'https://sample-news.example/a/1',
    });
  });

  test('keeps the body unchanged and numbers its lines as file lines', () => {
    const { value } = parseMarkdownArticle(MD, 'md/a.md');
    expect(value?.body).toBe(MD.split('\n').slice(7).join('\n'));
    expect(value?.bodyLine).toBe(8);
    expect(value?.paragraphs.map((p) => value.bodyLine + p.line - 1)).toEqual([8, 10]);
  });

  test('reads an unquoted YAML date as the date string', () => {
    const { value } = parseMarkdownArticle(MD.replace('date: "2023-03-10"', 'date: 2023-03-10'), 'md/a.md');
    expect(value?.date).toBe('2023-03-10');
  });

  test.each([
    ['an impossible date', MD.replace('2023-03-10', '2022-13-40'), 'ImpossibleDate', 3],
    ['a year-only date', MD.replace('"2023-03-10"', '2023'), 'MissingField', 3],
    ['no date', MD.replace('date: "2023-03-10"\n', ''), 'MissingField', 1],
    ['no title', MD.replace(/title: .*\n/, ''), 'MissingField', 1],
    ['no frontmatter at all', '강서구는 모집한다.\n', 'MissingField', 1],
    ['frontmatter that is not YAML', MD.replace('title: "강서구', 'title: ["강서구'), 'BadInputFrontmatter', 1],
    ['a title but no body', MD.split('\n').slice(0, 7).join('\n') + '\n', 'EmptyBody', 8],
  ])('reports %s and reads nothing', (_name, text, name, line) => {
    const { value, messages } = parseMarkdownArticle(text, 'md/a.md');
    expect(value).toBeNull();
    expect(messages.map((m) => [m.name, m.file, m.line])).toContainEqual([name, 'md/a.md', line]);
  });

  test('drops a url that is not one, with a warning, and keeps the article', () => {
    const { value, messages } = parseMarkdownArticle(MD.replace('https://sample-news.example/a/1', '기사 주소 없음'), 'md/a.md');
    expect(value?.sourceUrl).toBeNull();
    expect(messages.map((m) => [m.name, m.severity, m.line])).toEqual([['BadUrl', 'warning', 6]]);
  });
});

const line = (o: unknown) => JSON.stringify(o);
const GOOD = { date: '2025-03-11', title: '서대문구 소식', body: '서대문구(구청장 변시우)는 쉼터를 만든다.\n\n구는 7월 중 개방한다.', outlet: '샘플뉴스' };

describe('parseJsonLines', () => {
  test('reads one article a line, filed as file.jsonl#L<n>, and keeps the rest when a line is broken', () => {
    const text = [line(GOOD), '{"date": "2025-03-12", "title": ', '', line({ ...GOOD, title: '둘째' }), ''].join('\n');
    const { articles, messages } = parseJsonLines(text, 'feeds/a.jsonl');
    expect(articles.map((a) => [a.source, a.line, a.article.title])).toEqual([
      ['feeds/a.jsonl#L1', 1, '서대문구 소식'],
      ['feeds/a.jsonl#L4', 4, '둘째'],
    ]);
    expect(messages.map((m) => [m.name, m.file, m.line])).toEqual([['BadJsonLine', 'feeds/a.jsonl', 2]]);
  });

  test('keeps outlet and url from the object and paragraphs from the body', () => {
    const { articles } = parseJsonLines(line({ ...GOOD, url: 'https://sample-news.example/b' }), 'a.jsonl');
    expect(articles[0]?.article).toMatchObject({ outlet: '샘플뉴스', sourceUrl: 'https://sample-news.example/b' });
    expect(articles[0]?.article.paragraphs.map((p) => p.text)).toEqual(['서대문구(구청장 변시우)는 쉼터를 만든다.', '구는 7월 중 개방한다.']);
  });

  test.each([
    ['an array', '[1, 2]', 'BadJsonLine'],
    ['a string', '"기사"', 'BadJsonLine'],
    ['no body', line({ date: '2025-03-11', title: '제목' }), 'MissingField'],
    ['a body that is not text', line({ ...GOOD, body: 42 }), 'MissingField'],
    ['an impossible date', line({ ...GOOD, date: '2025-02-30' }), 'ImpossibleDate'],
    ['an empty body', line({ ...GOOD, body: ' \n ' }), 'EmptyBody'],
  ])('reports a line holding %s at that line', (_name, text, name) => {
    const { articles, messages } = parseJsonLines(`${line(GOOD)}\n${text}\n`, 'a.jsonl');
    expect(articles).toHaveLength(1);
    expect(messages.map((m) => [m.name, m.file, m.line])).toEqual([[name, 'a.jsonl', 2]]);
  });
});

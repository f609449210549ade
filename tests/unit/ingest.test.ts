import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { runIngest, type IngestSummary } from '../../scripts/lib/ingest-fs.ts';
import { ingestSource } from '../../src/pipeline/ingest-source.ts';

const ARTICLE = [
  ' date 2023-03-10 강서구, 청년 창업공간 입주기업 모집',
  '',
  '[샘플뉴스 김하늘 기자] 강서구(구청장 오민재)는 ‘강서 청년창업꿈터’에 입주할 기업을 오는 3월 31일까지 모집한다.',
  '',
  '선정된 기업은 최대 2년간 사무공간을 무료로 쓴다.',
  '',
  '자세한 사항은 강서구 일자리경제과로 문의하면 된다.',
  '',
].join('\n');
const OTHER = ARTICLE.replace(/강서/g, '관악').replace('오민재', '문태호');

let dir: string;
const write = (path: string, data: string | Uint8Array) => {
  mkdirSync(dirname(join(dir, 'raw', path)), { recursive: true });
  writeFileSync(join(dir, 'raw', path), data);
};
const run = (extra: Parameters<typeof runIngest>[0] = {}): Promise<IngestSummary> =>
  runIngest({ cwd: dir, rawRoot: 'raw', outDir: 'out', cacheFile: '.cache/ingest.json', today: '2026-01-01', ...extra });
const outputs = (): Record<string, string> => {
  const found: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else found[join(d, e.name).slice(join(dir, 'out').length + 1)] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  if (existsSync(join(dir, 'out'))) walk(join(dir, 'out'));
  return found;
};
const problems = (s: IngestSummary) => s.messages.map((m) => `${m.file}:${m.line ?? ''} ${m.name}`).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('bad inputs are reported with file and line, and the rest is still ingested', () => {
  test.each([
    ['no date line', 'a.txt', '강서구는 기업을 모집한다.\n', 'a.txt:1 MissingDateLine'],
    ['an impossible date', 'a.txt', ARTICLE.replace('2023-03-10', '2022-13-40'), 'a.txt:1 ImpossibleDate'],
    ['an empty file', 'a.txt', '', 'a.txt: EmptyFile'],
    ['a file of blank lines', 'a.txt', '\n \n\t\n', 'a.txt: EmptyFile'],
    ['an empty body', 'a.txt', ' date 2023-03-10 제목만 있다\n\n  \n', 'a.txt:2 EmptyBody'],
    ['a title only', 'a.txt', ' date 2023-03-10 제목만 있다', 'a.txt:2 EmptyBody'],
    ['a binary file', 'a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'a.txt: BinaryFile'],
    ['an undecodable file', 'a.txt', new Uint8Array([0x20, 0xb0, 0x20, 0xff, 0xff]), 'a.txt: Undecodable'],
    ['a broken .jsonl line', 'feed.jsonl', '{"date": "2023-03-10", "title": \n', 'feed.jsonl:1 BadJsonLine'],
    ['an unsupported file', 'notes.docx', 'x', 'notes.docx: UnsupportedFile'],
  ])('%s', async (_name, path, data, expected) => {
    write(path, data);
    write('z-good.txt', OTHER);
    const s = await run();
    expect(problems(s)).toEqual([expected]);
    expect(s.articles).toBe(1);
    expect(Object.keys(outputs())).toHaveLength(1);
  });

  test('UTF-16 with a BOM and CP949 are read and their encoding recorded', async () => {
    const le = Buffer.from(`\ufeff${ARTICLE}`, 'utf16le');
    write('utf16.txt', le);
    write('cp949.txt', iconv.encode(OTHER, 'cp949'));
    const s = await run();
    expect(problems(s)).toEqual([]);
    const files = Object.values(outputs());
    expect(files.map((t) => /encoding: "(.*)"/.exec(t)?.[1]).sort()).toEqual(['cp949', 'utf-16le']);
    expect(files.some((t) => t.includes('관악구(구청장 문태호)는 ‘관악 청년창업꿈터’'))).toBe(true);
  });

  test('a duplicate under another name keeps the path that sorts first and reports the other', async () => {
    write('b/later.txt', ARTICLE);
    write('a/first.txt', ARTICLE.replace(/\n\n/g, '\n\n\n').replace('최대 2년간', '최대  2년간'));
    const s = await run();
    expect(problems(s)).toEqual(['b/later.txt: DuplicateArticle']);
    expect(s.messages[0]?.message).toContain('a/first.txt');
    expect(Object.values(outputs())[0]).toContain('source: "a/first.txt"');
  });

  test('a .jsonl file gives one article per good line, each filed under its line', async () => {
    const obj = (title: string, district: string) =>
      JSON.stringify({ date: '2023-03-10', title, body: `${district}(구청장 홍길순)는 사업을 시작한다.` });
    write('feed.jsonl', [obj('하나', '강서구'), 'not json', obj('둘', '관악구')].join('\n'));
    const s = await run();
    expect(problems(s)).toEqual(['feed.jsonl:2 BadJsonLine']);
    const sources = Object.values(outputs()).map((t) => /source: "(.*)"/.exec(t)?.[1]).sort();
    expect(sources).toEqual(['feed.jsonl#L1', 'feed.jsonl#L3']);
  });

  test('a future date is a warning and the article is kept', async () => {
    write('a.txt', ARTICLE.replace('2023-03-10', '2030-01'));
    const s = await run();
    expect(problems(s)).toEqual(['a.txt:1 FutureDate']);
    expect(Object.values(outputs())[0]).toContain('name: "FutureDate"');
  });

  test('nothing to ingest is an error', async () => {
    mkdirSync(join(dir, 'raw'));
    const s = await run();
    expect(problems(s)).toEqual(['raw: NoInputFiles']);
    expect(s.articles).toBe(0);
  });
});

describe('output files', () => {
  test('are written under <yyyy>/<slug>.md with the original body unchanged', async () => {
    write('a.txt', ARTICLE);
    await run();
    const [[path, text]] = Object.entries(outputs()) as [[string, string]];
    expect(path).toMatch(/^2023\/2023-03-10-gangseo-gu-[0-9a-f]{10}\.md$/);
    expect(text.endsWith(`---\n${ARTICLE.slice(ARTICLE.indexOf('\n') + 1)}`)).toBe(true);
  });

  test('are byte-identical on a second run, and not rewritten', async () => {
    write('a.txt', ARTICLE);
    write('b.txt', OTHER);
    await run();
    const first = outputs();
    const mtimes = Object.keys(first).map((p) => statSync(join(dir, 'out', p)).mtimeMs);
    const again = await run();
    expect(outputs()).toEqual(first);
    expect(Object.keys(first).map((p) => statSync(join(dir, 'out', p)).mtimeMs)).toEqual(mtimes);
    expect(again).toMatchObject({ written: 0, unchanged: 2, cached: 2 });
  });

  test('are byte-identical without the cache, and when files are found in another order', async () => {
    write('a.txt', ARTICLE);
    write('b.txt', OTHER);
    await run({ cacheFile: null });
    const first = outputs();
    rmSync(join(dir, 'out'), { recursive: true });
    await run({ cacheFile: null, paths: ['raw/b.txt', 'raw/a.txt'] });
    expect(outputs()).toEqual(first);
  });

  test('adding one article writes one file', async () => {
    write('a.txt', ARTICLE);
    await run();
    write('b.txt', OTHER);
    expect(await run()).toMatchObject({ written: 1, unchanged: 1, cached: 1 });
  });

  test('leave no temp file behind, and clear one an interrupted run left', async () => {
    write('a.txt', ARTICLE);
    mkdirSync(join(dir, 'out/2023'), { recursive: true });
    writeFileSync(join(dir, 'out/2023/x.md.4242-0.tmp'), 'half a fi');
    await run();
    expect(Object.keys(outputs()).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  test('whose source is gone are removed', async () => {
    write('a.txt', ARTICLE);
    write('b.txt', OTHER);
    await run();
    rmSync(join(dir, 'raw/b.txt'));
    const s = await run();
    expect(s.removed).toBe(1);
    expect(Object.keys(outputs())).toHaveLength(1);
  });
});

describe('worker threads', () => {
  // A .jsonl of many articles sorts first, so its worker finishes after the ones given later files:
  // the output must still follow input order (duplicates, messages, cache), not completion order.
  const feed = Array.from({ length: 60 }, (_, k) =>
    JSON.stringify({ date: '2023-04-02', title: `소식 ${k}`, body: `마포구(구청장 나서윤)는 ‘마포 이웃돌봄 ${k}호점’을 연다.\n\n신청은 오는 4월 ${(k % 27) + 1}일까지 받는다.` }),
  );
  const corpus = () => {
    write('a-feed.jsonl', feed.join('\n'));
    write('b.txt', ARTICLE);
    write('c-copy.txt', ARTICLE.replace(/\n\n/g, '\n\n\n'));
    write('d.txt', OTHER);
    write('e-bad.txt', ARTICLE.replace('2023-03-10', '2022-13-40'));
    write('f-future.txt', OTHER.replace('2023-03-10', '2030-01').replace('문태호', '윤다온'));
    write('g.txt', OTHER.replace(/관악/g, '은평').replace('문태호', '서하람'));
  };
  const outcome = async (extra: Parameters<typeof runIngest>[0]) => {
    const s = await run(extra);
    // The cache as text, without the output files' mtimes (the one thing a second run changes).
    const cache = readFileSync(join(dir, '.cache/ingest.json'), 'utf8').replace(/"mtimeMs":[\d.]+/g, '');
    const files = outputs();
    rmSync(join(dir, 'out'), { recursive: true });
    rmSync(join(dir, '.cache'), { recursive: true });
    return { s, files, cache };
  };

  test.each([
    ['two workers, one file a batch', 2, 1],
    ['three workers, two files a batch', 3, 2],
  ])('%s write, report and cache exactly what the main thread alone does', async (_name, workers, batch) => {
    corpus();
    const alone = await outcome({ workers: 0 });
    const pooled = await outcome({ workers, batch });
    expect(alone.s.workers).toBe(0);
    expect(pooled.s.workers).toBe(workers);
    expect(Object.keys(alone.files)).toHaveLength(64);
    expect(pooled.files).toEqual(alone.files);
    expect(pooled.cache).toBe(alone.cache);
    expect(pooled.s.messages).toEqual(alone.s.messages);
    expect(problems(pooled.s)).toEqual(['c-copy.txt: DuplicateArticle', 'e-bad.txt:1 ImpossibleDate', 'f-future.txt:1 FutureDate']);
    const { seconds: _a, workers: _b, ...counts } = pooled.s;
    expect(counts).toMatchObject({ files: 7, articles: 64, written: 64, duplicates: 1, stories: 64 });
  });

  test('fewer files to build than one batch start no worker', async () => {
    corpus();
    expect((await run({ workers: 2, batch: 8 })).workers).toBe(0);
  });
});

describe('a person’s edits', () => {
  const onlyFile = () => Object.keys(outputs())[0]!;

  test('a file marked reviewed: true keeps its frontmatter on re-ingest, with or without cache', async () => {
    write('a.txt', ARTICLE);
    await run();
    const path = join(dir, 'out', onlyFile());
    const edited = readFileSync(path, 'utf8').replace('reviewed: false', 'reviewed: true').replace('head: "오민재"', 'head: "오민재 (확인함)"');
    writeFileSync(path, edited);
    expect(problems(await run())).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(problems(await run({ cacheFile: null }))).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  test('a reviewed file whose source text changed keeps its frontmatter and takes the new text', async () => {
    write('a.txt', ARTICLE);
    await run();
    const path = join(dir, 'out', onlyFile());
    const reviewed = readFileSync(path, 'utf8').replace('reviewed: false', 'reviewed: true');
    writeFileSync(path, reviewed);
    write('a.txt', ARTICLE.replace('선정된 기업은', '최종 선정된 기업은'));
    expect(problems(await run())).toEqual([]);
    expect(Object.keys(outputs())).toEqual([relativeOut(path).slice('out/'.length)]);
    const now = readFileSync(path, 'utf8');
    expect(now.slice(0, now.indexOf('\n---\n'))).toBe(reviewed.slice(0, reviewed.indexOf('\n---\n')));
    expect(now).toContain('최종 선정된 기업은');
  });

  test('a reviewed file whose source is gone is kept with a warning', async () => {
    write('a.txt', ARTICLE);
    await run();
    const path = join(dir, 'out', onlyFile());
    writeFileSync(path, readFileSync(path, 'utf8').replace('reviewed: false', 'reviewed: true'));
    rmSync(join(dir, 'raw/a.txt'));
    write('b.txt', OTHER);
    const s = await run();
    expect(problems(s)).toEqual([`${relativeOut(path)}: ReviewedOrphan`]);
    expect(existsSync(path)).toBe(true);
  });

  test.each([
    ['with the cache', '.cache/ingest.json'],
    ['without the cache', null],
  ])('hand-edited frontmatter that fails the schema is reported with field and reason, and not overwritten (%s)', async (_name, cacheFile) => {
    write('a.txt', ARTICLE);
    await run();
    const path = join(dir, 'out', onlyFile());
    const broken = readFileSync(path, 'utf8').replace('district: "강서구"', 'district: "부산 강서구"');
    writeFileSync(path, broken);
    const s = await run({ cacheFile });
    expect(problems(s)).toEqual([`${relativeOut(path)}: InvalidFrontmatter`]);
    expect(s.messages[0]?.message).toMatch(/stories\.0\.district: /);
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });

  test.each([
    ['says reviewed twice', (t: string) => t.replace('reviewed: false', 'reviewed: false\nreviewed: true'), /duplicated mapping key/],
    ['is not YAML', (t: string) => t.replace('title: "', 'title: "[unclosed\n  : "'), /\(frontmatter\)/],
  ])('a generated file whose frontmatter %s is reported, not overwritten, whether its source is there or gone', async (_name, edit, reason) => {
    write('a.txt', ARTICLE);
    write('b.txt', OTHER);
    await run();
    const files = Object.keys(outputs()).map((p) => join(dir, 'out', p));
    for (const path of files) writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const edited = files.map((path) => readFileSync(path, 'utf8'));
    rmSync(join(dir, 'raw/b.txt'));
    const s = await run({ cacheFile: null });
    expect(problems(s)).toEqual(files.map((path) => `${relativeOut(path)}: InvalidFrontmatter`).sort());
    for (const m of s.messages) expect(m.message).toMatch(reason);
    expect(files.map((path) => readFileSync(path, 'utf8'))).toEqual(edited);
  });

  test('without the cache, unchanged generated files are left as they are and counted unchanged', async () => {
    write('a.txt', ARTICLE);
    write('b.txt', OTHER);
    await run();
    const first = outputs();
    const mtimes = Object.keys(first).map((p) => statSync(join(dir, 'out', p)).mtimeMs);
    expect(await run({ cacheFile: null })).toMatchObject({ written: 0, unchanged: 2, cached: 0, messages: [] });
    expect(outputs()).toEqual(first);
    expect(Object.keys(first).map((p) => statSync(join(dir, 'out', p)).mtimeMs)).toEqual(mtimes);
  });
});

function relativeOut(path: string): string {
  return path.slice(dir.length + 1);
}

describe('ingestSource', () => {
  test('gives the same id to the same body whatever its whitespace or file name', () => {
    const a = ingestSource('a.txt', new TextEncoder().encode(ARTICLE), { today: '2026-01-01' });
    const b = ingestSource('z/b.txt', new TextEncoder().encode(ARTICLE.replace(/ /g, '  ')), { today: '2026-01-01' });
    expect(a.articles[0]?.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.articles[0]?.article.id).toBe(b.articles[0]?.article.id);
    expect(a.articles[0]?.article.stories.map((s) => [s.district, s.anchor, s.id.endsWith('-gangseo-gu')])).toEqual([
      ['강서구', 'gangseo-gu', true],
    ]);
  });
});

describe('the ingest command', () => {
  const cli = (args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'scripts/ingest.ts'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, stdout };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, stdout: err.stdout };
    }
  };

  test('prints the summary and each problem as path:line, exits 0 unless nothing was ingested or --strict', () => {
    write('a.txt', ARTICLE);
    write('bad.txt', ARTICLE.replace('2023-03-10', '2022-13-40'));
    const normal = cli(['raw', '--out', 'out']);
    expect(normal.code).toBe(0);
    expect(normal.stdout).toMatch(/^ingest: 2 files → 1 articles/);
    expect(normal.stdout).toContain('bad.txt:1  error  "2022-13-40" is not a real date. (ImpossibleDate)');
    expect(cli(['raw', '--out', 'out', '--strict']).code).toBe(1);
    rmSync(join(dir, 'raw/a.txt'));
    expect(cli(['raw', '--out', 'out', '--no-cache']).code).toBe(1);
  });
});

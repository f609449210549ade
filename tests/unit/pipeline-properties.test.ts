/**
 * Property-based tests (fast-check) over the pipeline (issue 5): for any bytes or text the
 * pipeline returns a result or reported messages and never throws; what it returns validates;
 * every input file of an ingest is accounted for (ingested or reported); ingesting twice changes
 * nothing. Runs are bounded (numRuns) so the suite stays fast; a failure prints the seed and the
 * shrunk input, which `fc.assert(…, { seed, path })` replays.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { ingestSource } from '../../src/pipeline/ingest-source.ts';
import { parseSeedText } from '../../src/pipeline/parse.ts';
import { splitParagraphs } from '../../src/pipeline/paragraphs.ts';
import { ArticleSchema } from '../../src/pipeline/schema.ts';
import { runIngest } from '../../scripts/lib/ingest-fs.ts';

const TODAY = '2025-06-01';

// Pieces of Korean news text and of what scrapers and hostile users leave in it; random articles
// are made by stringing them together, so the extractors meet their triggers in every order.
const PIECES = [
  '서초구', '서초구는', '마포구가', '강동, ', '중구', '부산 중구', '인천 서구', '(구청장 김하나)', '박도윤 성동구청장은', '구는 ',
  '구청장 권한대행', '‘', '’', '“', '”', '"', "'", '「', '」', '(', ')', '[', ']', '▲', '△', '◇', '※', '·', 'ㆍ', '?', '…',
  '사업', '센터', '축제', '조례', '플랫폼', '스마트쉼터', '우수기관', '최우수상', '4년 연속', '대통령상', '행정안전부',
  '2021년도 지방자치단체 혁신평가', '정부혁신평가', '2022년 3월 5일', '지난 9일', '오는 3월11일까지', '3월부터 11월까지',
  '’21.5월', '내년 1월', '다음 달 말까지', '5월 7일(화)~9일(목)', '2월 중', '17.4%', '2022.3.5.', '밝혔다.', '했다.', '이다',
  '[하늘일보 박보검 기자]', '(서울=연합뉴스) 윤하나 기자 =', 'hana@news.example', '입력2025.10.31 06:59', '본문 바로가기',
  '<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '# 제목', '<!-- 주석 -->',
  '| 표 |', '&lt;', '&amp;', '\u200B', '\u200F', '\u202E', '\uFEFF', '\u0001', '\u0007', '\u007F', '\u2028', '\t',
  ' ', ' ', ' ', '.', '. ', ',', '\n', '\n\n', '\n\n', '\r\n', '0', '12', '2099',
];
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) });
const noise = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(''));
// A news sentence (who, what, when, a final ending) with noise between its parts.
const sentence = fc.tuple(
  fc.constantFrom('서울 서초구(구청장 김하나)는 ', '마포구가 ', '구는 ', '박도윤 성동구청장은 ', '강동, ', '부산 중구는 ', '양천구와 구로구는 ', ''),
  noise,
  fc.constantFrom('‘스마트 쉼터’를', '▲행복 나눔 센터 ▲청년 축제를', '“마을 돌봄 사업”을', '주민 참여 조례를', '2021년도 지방자치단체 혁신평가에서 ‘우수기관’에 선정돼 대통령상을', ''),
  noise,
  fc.constantFrom(' 오는 3월11일까지', ' 지난 9일', ' 3월부터 11월까지', ' 내년 1월', ' 4년 연속', ''),
  fc.constantFrom(' 연다고 밝혔다.', ' 받았다.', ' 운영한다.', '했다', ' …', ''),
).map((parts) => parts.join(''));
const paragraph = fc.array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));
const koreanish = (maxLength: number) => fc.oneof(
  fc.array(paragraph, { maxLength: Math.ceil(maxLength / 8) }).map((ps) => ps.join('\n\n')),
  fc.array(piece, { maxLength }).map((parts) => parts.join('')),
);
const day = fc.record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const date = fc.oneof(day, day.map((s) => s.slice(0, 7)), fc.constantFrom('2022-13-40', '2022-02-30', 'date', ''));

/** A `.txt` article in the seed format, often well formed, sometimes not. */
const seedText = fc.record({ date, title: koreanish(6), body: koreanish(60), space: fc.constantFrom('', ' ') })
  .map(({ date: d, title, body, space }) => `${space}date ${d} ${title}\n\n${body}\n`);
/** A `.md` article with frontmatter of random values. */
const mdText = fc.record({ date, title: koreanish(4), extra: fc.constantFrom('', 'url: javascript:alert(1)\n', 'outlet: [a, b]\n', 'date: 2022-02-30\n', 'title: !!js/function "x"\n'), body: koreanish(40) })
  .map(({ date: d, title, extra, body }) => `---\ndate: "${d}"\ntitle: ${JSON.stringify(title)}\n${extra}---\n${body}\n`);
/** A `.jsonl` file: article objects, broken lines, other JSON values. */
const jsonlText = fc.array(
  fc.oneof(
    fc.record({ date, title: koreanish(4), body: koreanish(40) }).map((o) => JSON.stringify(o)),
    fc.record({ date, title: koreanish(4), body: koreanish(20) }).map((o) => JSON.stringify(o).slice(0, -3)),
    fc.jsonValue().map((v) => JSON.stringify(v) ?? 'undefined'),
  ),
  { maxLength: 5 },
).map((lines) => lines.join('\n'));

const encode = (text: string) => new TextEncoder().encode(text);

/** Checks what `ingestSource` returned: valid articles, and a message whenever nothing came out. */
function checkResult(source: string, bytes: Uint8Array): void {
  const result = ingestSource(source, bytes, { today: TODAY });
  for (const { article, body } of result.articles) {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    const paragraphs = splitParagraphs(body);
    for (const story of article.stories) {
      for (const i of story.paragraphs) expect(i).toBeLessThan(paragraphs.length);
      for (const e of [...story.programs, ...story.awards, ...story.dates].map((x) => x.evidence)) {
        expect(paragraphs[e.paragraph]?.text ?? '').toContain(e.sentence);
      }
    }
  }
  if (result.articles.length === 0) expect(result.messages.length).toBeGreaterThan(0);
  for (const m of result.messages) expect(m.file).toBe(source.replace(/#L\d+$/, ''));
}

describe('the pure pipeline never throws', () => {
  test('decodeBytes: any bytes decode to text or to a reason, and UTF-8 / UTF-16 text round-trips', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const decoded = decodeBytes(bytes);
      expect('text' in decoded || 'error' in decoded).toBe(true);
      if ('text' in decoded) expect(decoded.text).not.toContain('\r');
    }), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\0')), (text) => {
      const lf = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
      const utf8 = decodeBytes(encode(text));
      expect('text' in utf8 && utf8.text).toBe(lf);
      const utf16 = decodeBytes(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]));
      expect('text' in utf16 && utf16.text).toBe(text.replace(/\r\n?/g, '\n'));
    }), { numRuns: 300 });
  });

  test('parseSeedText: any text gives an article or a message at a line of the file', () => {
    fc.assert(fc.property(fc.oneof(seedText, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
      const result = parseSeedText(text, 'x.txt');
      if (result.value === null) expect(result.messages.length).toBeGreaterThan(0);
      for (const m of result.messages) expect(m.line === null || (m.line >= 1 && m.line <= text.split('\n').length + 1)).toBe(true);
    }), { numRuns: 300 });
  });

  test.each([
    ['.txt', seedText],
    ['.md', mdText],
    ['.jsonl', jsonlText],
  ])('ingestSource on random %s articles returns valid articles (evidence inside its paragraph) or messages', (ext, text) => {
    fc.assert(fc.property(text, (t) => checkResult(`a/b${ext}`, encode(t))), { numRuns: 150 });
  });

  test('ingestSource on random bytes under any supported name returns articles or messages', () => {
    const name = fc.constantFrom('x.txt', 'x.md', 'x.jsonl', 'x.TXT', 'x', 'x.png');
    fc.assert(fc.property(name, fc.uint8Array({ maxLength: 600 }), (source, bytes) => checkResult(source, bytes)), { numRuns: 300 });
  });

  test('ingestSource is deterministic: the same bytes give the same result', () => {
    fc.assert(fc.property(seedText, (t) => {
      expect(ingestSource('a.txt', encode(t), { today: TODAY })).toEqual(ingestSource('a.txt', encode(t), { today: TODAY }));
    }), { numRuns: 60 });
  });
});

describe('the ingest over a folder', () => {
  const file = fc.record({
    dir: fc.constantFrom('', 'a/', 'a/b/', '가나/'),
    stem: fc.stringMatching(/^[a-z0-9가-힣 _-]{1,12}$/),
    ext: fc.constantFrom('.txt', '.txt', '.md', '.jsonl', '.csv'),
    text: fc.oneof(seedText, mdText, jsonlText),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-16le', 'bytes'),
    noise: fc.uint8Array({ maxLength: 40 }),
  });
  const bytesOf = (f: { text: string; encoding: string; noise: Uint8Array }) =>
    f.encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(f.text, 'utf16le')])
      : f.encoding === 'bytes' ? Buffer.concat([Buffer.from(f.text), f.noise]) : Buffer.from(f.text);

  function listing(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    if (!existsSync(dir)) return out;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), 'utf8');
    }
    return out;
  }

  test('every input file is ingested or reported, and ingesting twice changes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(file, { minLength: 1, maxLength: 6, selector: (f) => `${f.dir}${f.stem}${f.ext}`.toLowerCase() }), async (files) => {
      const work = mkdtempSync(join(tmpdir(), 'jachigu-prop-'));
      try {
        const raw = join(work, 'raw');
        const out = join(work, 'out');
        for (const f of files) {
          mkdirSync(dirname(join(raw, `${f.dir}${f.stem}${f.ext}`)), { recursive: true });
          writeFileSync(join(raw, `${f.dir}${f.stem}${f.ext}`), bytesOf(f));
        }
        const options = { paths: [raw], rawRoot: raw, outDir: out, cacheFile: null, today: TODAY, workers: 0 };
        const first = await runIngest(options);
        const written = listing(out);
        const sources = new Set(Object.values(written).map((t) => /^source: "((?:[^"\\]|\\.)*)"$/m.exec(t)?.[1]?.replace(/#L\d+$/, '')));
        const reported = new Set(first.messages.map((m) => m.file));
        for (const f of files) {
          const name = `${f.dir}${f.stem}${f.ext}`;
          expect(sources.has(name) || reported.has(name), `${name} is accounted for`).toBe(true);
        }
        expect(first.files).toBe(files.filter((f) => f.ext !== '.csv').length);
        const second = await runIngest(options);
        expect(listing(out)).toEqual(written);
        expect(second.written).toBe(0);
        expect(second.messages).toEqual(first.messages);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }), { numRuns: 25 });
  }, 120_000);
});

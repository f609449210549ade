/**
 * Hostile input end to end (issue 5): the corpus in tests/fixtures/hostile/raw (scripts, event
 * handlers, javascript:/data: links, Markdown syntax, entities, RTL and zero-width marks, control
 * characters, every kind of bad file) plus three files made here (a 2 MB article, a 10,000-character
 * line, a file name that is HTML) is ingested and built under BASE_PATH=/archive/ with its search
 * index, then served with the headers of public/_headers and walked in Chromium.
 * Payloads set `window.__pwned` and call alert(): a set flag or a dialog means script ran.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runIngest } from '../../scripts/lib/ingest-fs.ts';
import { ROOT, brokenLinks, htmlFiles, launchBrowser, noBrowserReason, type Served } from './utils.ts';
import { buildFull, searchSettled, serveWithHeaders, type FullBuild } from './hardening-utils.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/hostile');
interface Reported { file: string; line: number | null; name: string; severity: string }
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as { reported: Reported[]; ingested: string[] };

// Made at test time rather than committed (megabytes, and a file name some systems refuse).
const HOSTILE_NAME = 'gen/"><img src=x onerror=window.__pwned=1>.txt';
const LONG_LINE = ('서울 강동구(구청장 우다인)는 ‘강동 한줄 정원’을 연다. <script>window.__pwned=1</script> ').repeat(200).slice(0, 10_000);
const BIG_LAST = '마지막 문단: 서초구는 ‘서초 시간여행 사업’ 안내를 마쳤다. <img src=x onerror=window.__pwned=1>';
function writeGenerated(raw: string): void {
  mkdirSync(join(raw, 'gen'), { recursive: true });
  writeFileSync(join(raw, 'gen/long-line.txt'), `date 2024-09-10 강동구, 한 줄이 만 자인 기사\n\n${LONG_LINE}\n`);
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < 2 * 1024 * 1024; i++) {
    const p = `${i}번째 문단. 서울 서초구(구청장 변가온)는 ‘서초 시간여행 ${i % 40}호 사업’을 ${1 + (i % 12)}월까지 운영한다고 밝혔다. <b onmouseover=window.__pwned=1>굵게</b> 주민 의견은 구 누리집에서 받는다.`;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  paragraphs.push(BIG_LAST);
  writeFileSync(join(raw, 'gen/two-megabytes.txt'), `date 2024-09-09 서초구, 2메가바이트짜리 기사\n\n${paragraphs.join('\n\n')}\n`);
  writeFileSync(join(raw, HOSTILE_NAME), 'date 2024-09-11 구로구, 파일 이름이 HTML인 기사\n\n[하늘일보 공새봄 기자] 서울 구로구(구청장 백이안)는 ‘구로 빛길 사업’을 연다고 11일 밝혔다.\n');
}
const GENERATED = ['gen/long-line.txt', 'gen/two-megabytes.txt', HOSTILE_NAME];

interface ExportedArticle { source: string; url: string; title: string; outlet: string | null; reporter: string | null; sourceUrl: string | null; stories: unknown[] }

describe.skipIf(noBrowserReason !== null)(`hostile corpus built under /archive/ ${noBrowserReason ?? ''}`, () => {
  let raw = '';
  let build: FullBuild;
  let served: Served;
  let browser: Browser;
  let articles: ExportedArticle[] = [];
  const url = (path: string) => `${served.origin}${path}`;
  const bySource = (source: string) => {
    const a = articles.find((x) => x.source === source);
    if (!a) throw new Error(`${source} is not in articles.json`);
    return a;
  };

  beforeAll(async () => {
    raw = mkdtempSync(join(tmpdir(), 'jachigu-hostile-raw-'));
    cpSync(join(FIXTURE, 'raw'), raw, { recursive: true });
    writeGenerated(raw);
    build = await buildFull(raw, '/archive/');
    articles = JSON.parse(readFileSync(join(build.site.dist, 'data/articles.json'), 'utf8')) as ExportedArticle[];
    served = await serveWithHeaders(build.site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    build?.remove();
    if (raw) rmSync(raw, { recursive: true, force: true });
  });

  /** A page that records dialogs and CSP violations; payloads that run would set window.__pwned. */
  async function watchedPage(): Promise<{ page: Page; dialogs: string[]; violations: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    return { page, dialogs, violations };
  }
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  describe('the ingest report', () => {
    // `path:line  severity  message (Name)` then an indented `→ hint` line (src/pipeline/messages.ts).
    const problems = () =>
      [...build.report.matchAll(/^(.+?)(?::(\d+))?  (error|warning)  (.+) \((\w+)\)\n    → (.+)$/gm)].map((m) => ({
        file: m[1]!, line: m[2] ? Number(m[2]) : null, severity: m[3]!, message: m[4]!, name: m[5]!, hint: m[6]!,
      }));

    test.each(expected.reported)('reports $file:$line as $name with a message and a hint', (want) => {
      const got = problems().filter((p) => p.file === want.file && p.line === want.line && p.name === want.name);
      expect(got, build.report).toHaveLength(1);
      expect(got[0]!.severity).toBe(want.severity);
      expect(got[0]!.message.length).toBeGreaterThan(15);
      expect(got[0]!.hint.length).toBeGreaterThan(15);
    });

    test('reports nothing else, counts every file and exits 0 because articles were ingested', () => {
      const key = (p: { file: string; line: number | null; name: string }) => `${p.file}:${p.line ?? '-'} ${p.name}`;
      expect(problems().map(key).sort()).toEqual(expected.reported.map(key).sort());
      // 32 files read (the .png is skipped), 24 articles (the .jsonl holds 5), 1 duplicate.
      expect(build.report).toMatch(/^ingest: 32 files → 24 articles in .*1 duplicates;/m);
      expect(build.ingestExit).toBe(0);
    });

    test('every input file is ingested or reported', () => {
      const files = readdirSync(raw, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(raw, join(e.parentPath, e.name)));
      const accounted = new Set([...articles.map((a) => a.source.replace(/#L\d+$/, '')), ...problems().map((p) => p.file)]);
      expect(files.filter((f) => !accounted.has(f))).toEqual([]);
    });
  });

  test('every good article is in dist/data/articles.json, and no other', () => {
    expect(articles.map((a) => a.source).sort()).toEqual([...expected.ingested, ...GENERATED].sort());
  });

  test.each([
    ['mixed/a-utf8.txt', '중랑 장미 공유정원'],
    ['mixed/b-utf8-bom.txt', '광진 강변 책마당'],
    ['mixed/c-cp949.txt', '동작 똠방 놀이터'],
    ['mixed/d-utf16le.txt', '금천 별빛 공방'],
    ['good/utf16le-bom.txt', '은평 숲길 안내소'],
    ['good/utf16be-bom.txt', '은평 숲길 안내소'],
  ])('%s in a folder of mixed encodings is decoded (title names ‘%s’)', (source, name) => {
    expect(bySource(source).title).toContain(`‘${name}’`);
  });

  test('source URLs: kept as written when http(s), dropped when javascript: or data:', () => {
    expect(bySource('feeds/hostile.jsonl#L1').sourceUrl).toBe('https://news.example/a?q="><script>window.__pwned=1</script>&x=1');
    expect(bySource('feeds/hostile.jsonl#L2').sourceUrl).toBeNull();
    expect(bySource('feeds/hostile.jsonl#L9').sourceUrl).toBeNull();
    expect(bySource('md/hostile-frontmatter.md').sourceUrl).toBeNull();
  });

  test('CSV cells that a spreadsheet would run as a formula start with an apostrophe', () => {
    const csv = readFileSync(join(build.site.dist, 'data/articles.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""클릭"") 은평구 공지"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test('an article about no Seoul district is kept without stories; a future-dated one is kept', () => {
    expect(bySource('good/no-seoul-district.txt').stories).toEqual([]);
    expect(bySource('good/future-date.txt').stories).toHaveLength(1);
  });

  test('no page holds script, handlers or script URLs, and none runs any (dialog listener + flag)', { timeout: 600_000 }, async () => {
    const { page, dialogs } = await watchedPage();
    const found: string[] = [];
    const pages = htmlFiles(build.site.dist).map((f) => `/archive/${relative(build.site.dist, f).replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages) {
      await page.goto(url(path), { waitUntil: 'load' });
      const bad = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) out.push(`${el.tagName} ${attr.name}`);
            if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) out.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
        }
        for (const el of document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv="refresh" i]')) out.push(el.tagName);
        const scripts = [...document.scripts].filter((s) => s.type !== 'application/ld+json');
        if (!location.pathname.endsWith('/search/') && scripts.length) out.push(`${scripts.length} script(s)`);
        return out;
      });
      if (bad.length) found.push(`${path}: ${bad.join(', ')}`);
      if (await pwned(page)) found.push(`${path}: window.__pwned was set`);
    }
    expect(found).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test.each([
    ['good/script-tags.txt', [`<script>window.__pwned=1;alert('title')</script>`, `<script>window.__pwned=1;alert('script')</script>`, `<img src=x onerror="window.__pwned=1;alert('img')">`, '<svg onload="window.__pwned=1"></svg>', '<style>body{display:none}</style><a href="javascript:window.__pwned=1">여기를 누르세요</a>']],
    ['good/markdown-syntax.txt', ['# 이 줄은 제목처럼 보이지만 본문이다', '[여기를 누르면 신청 페이지로](javascript:window.__pwned=1)', '![사진](data:text/html;base64,', '<!-- 이 주석은 사라지면 안 된다 -->', '| 구분 | 설치 수 |', '**굵은 글씨**', '[1]: javascript:window.__pwned=1', '```']],
    ['good/entities.txt', ['&lt;script&gt; 표기도 그대로', '&lt;script&gt;window.__pwned=1&lt;/script&gt;', '&#60;img src=x onerror=window.__pwned=1&#62;', '&amp;amp; 와 &quot;따옴표&quot;, &nbsp; 그리고 &copy;']],
    ['good/rtl-zero-width.txt', ['\u200Fمرحبا بكم\u200F', '\u202Egnp.exe\u202C', '창구\u200B이름은 글\u200C로\u200D벌\u2060창\uFEFF구이고']],
    ['feeds/hostile.jsonl#L11', ['=HYPERLINK("https://evil.example","클릭") 은평구 공지', '‘은평 <b>마을</b> 책방 사업’과 ‘@SUM(1+1) 나눔 장터’']],
    ['feeds/hostile.jsonl#L1', [`강서구 <img src=x onerror="window.__pwned=1;alert('jsonl')"> 마곡`, '<b>하늘</b>일보', '<script>window.__pwned=1</script> 라는 낙서']],
    ['md/hostile-frontmatter.md', [`<script>window.__pwned=1;alert('md')</script> 정동길`, '"><img src=x onerror=window.__pwned=1>', '<details open ontoggle="window.__pwned=1"><summary>열기</summary></details> [링크](javascript:window.__pwned=1)']],
    ['gen/long-line.txt', [LONG_LINE.trim()]],
    ['gen/two-megabytes.txt', [BIG_LAST, '0번째 문단.']],
  ])('%s: its page shows the hostile text as written', async (source, texts) => {
    const { page, dialogs } = await watchedPage();
    await page.goto(url(bySource(source).url));
    const shown = await page.evaluate(() => `${document.title}\n${document.querySelector('main')?.textContent ?? ''}`);
    for (const t of texts) expect(shown.includes(t), `${t.slice(0, 80)}… is shown`).toBe(true);
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('an initiative named with HTML gets a page whose single h1 is the name as written', async () => {
    const programs = JSON.parse(readFileSync(join(build.site.dist, 'data/programs.json'), 'utf8')) as { name: string; url: string }[];
    const program = programs.find((p) => p.name === '은평 <b>마을</b> 책방 사업');
    expect(program?.url).toMatch(/^\/archive\/programs\/eunpyeong-gu-[a-z0-9-]+\/$/);
    const { page } = await watchedPage();
    await page.goto(url(program!.url));
    expect(await page.locator('h1').allTextContents()).toEqual(['은평 <b>마을</b> 책방 사업']);
    expect(await page.locator('h1 b').count()).toBe(0);
    await page.close();
  });

  test('the original link keeps an http(s) address as written and is absent for a javascript: one', async () => {
    const { page } = await watchedPage();
    await page.goto(url(bySource('feeds/hostile.jsonl#L1').url));
    expect(await page.getAttribute('a:text("원문 보기")', 'href')).toBe('https://news.example/a?q="><script>window.__pwned=1</script>&x=1');
    await page.goto(url(bySource('feeds/hostile.jsonl#L2').url));
    expect(await page.locator('a:text("원문 보기")').count()).toBe(0);
    await page.close();
  });

  test('control characters do not break the page text or the feeds and data (well-formed XML and JSON)', async () => {
    const { page } = await watchedPage();
    await page.goto(url(bySource('good/control-chars.txt').url));
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('가 섞인 문단이다.');
    expect(text).toContain('송파구는 오는 6월 말까지 교체를 마친다.');
    const feeds = ['rss.xml', 'districts/songpa-gu/rss.xml', 'districts/jongno-gu/rss.xml', 'sitemap-0.xml'];
    for (const feed of feeds) {
      const xml = readFileSync(join(build.site.dist, feed), 'utf8');
      const error = await page.evaluate((x) => new DOMParser().parseFromString(x, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml);
      expect(error, feed).toBeNull();
    }
    for (const file of ['articles', 'programs', 'districts', 'awards']) {
      expect(() => JSON.parse(readFileSync(join(build.site.dist, `data/${file}.json`), 'utf8'))).not.toThrow();
    }
    await page.close();
  });

  describe('search under /archive/ with the Content-Security-Policy of public/_headers', () => {
    test('a query that is HTML renders as text and runs nothing', async () => {
      const { page, dialogs, violations } = await watchedPage();
      const query = `<img src=x onerror="window.__pwned=1;alert('q')">`;
      await page.goto(url(`/archive/search/?q=${encodeURIComponent(query)}`));
      await searchSettled(page, query);
      await page.waitForTimeout(300);
      expect(await pwned(page)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.textContent('[data-search-status]')).toContain(query);
      expect(await violations()).toEqual([]);
      await page.close();
    });

    test('results over hostile articles show their text as text and run nothing', async () => {
      const { page, dialogs, violations } = await watchedPage();
      await page.goto(url(`/archive/search/?q=${encodeURIComponent('pwned')}`));
      await searchSettled(page, 'pwned');
      const results = await page.$$eval('#search-results > a', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      expect(results.length).toBeGreaterThan(3);
      expect(results.every((r) => r.href.startsWith('/archive/'))).toBe(true);
      expect(results.some((r) => r.text.includes('window.__pwned=1'))).toBe(true);
      expect(await page.locator('#search-results img, #search-results script, #search-results svg').count()).toBe(0);
      expect(await pwned(page)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await violations()).toEqual([]);
      await page.close();
    });

    test('the Pagefind bundle loads from the base and finds a program (WebAssembly allowed by the CSP)', async () => {
      const { page, violations } = await watchedPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(url(`/archive/search/?q=${encodeURIComponent('노란발자국')}`));
      await searchSettled(page, '노란발자국');
      const hrefs = await page.$$eval('#search-results > a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${bySource('good/markdown-syntax.txt').url}#seongdong-gu`);
      expect(fetched.some((p) => /^\/archive\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(p))).toBe(true);
      expect(fetched.filter((p) => !p.startsWith('/archive/'))).toEqual([]);
      expect(await violations()).toEqual([]);
      await page.close();
    });
  });

  test('responses carry the security and cache headers of public/_headers', async () => {
    const home = await fetch(url('/archive/'));
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const css = readdirSync(join(build.site.dist, '_astro')).find((f) => f.endsWith('.css'))!;
    expect((await fetch(url(`/archive/_astro/${css}`))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(url('/archive/pagefind/pagefind.js'))).headers.get('cache-control')).toContain('must-revalidate');
  });

  test('robots.txt names the sitemap under the base; unknown paths get 404.html linking home', async () => {
    const robots = await fetch(url('/archive/robots.txt'));
    expect(await robots.text()).toContain('Sitemap: https://example.org/archive/sitemap-index.xml');
    const missing = await fetch(url('/archive/no-such-page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('href="/archive/"');
  });

  test('no internal link under /archive/ is broken', () => {
    expect(brokenLinks(build.site)).toEqual([]);
  });

  test('a hand-edited output with invalid frontmatter is reported by file, field and reason, and left as it is', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jachigu-hostile-edit-'));
    cpSync(build.articles, out, { recursive: true });
    const file = readdirSync(join(out, '2023')).find((f) => f.includes('mapo-gu'))!;
    const path = join(out, '2023', file);
    const edited = readFileSync(path, 'utf8').replace(/^date: "2023-06-14"$/m, 'date: 2023-02-30').replace('district: "마포구"', 'district: "부산 중구"');
    writeFileSync(path, edited);
    const summary = await runIngest({ paths: [raw], rawRoot: raw, outDir: out, cacheFile: null });
    const reports = summary.messages.filter((m) => m.name === 'InvalidFrontmatter' && m.file.endsWith(`2023/${file}`));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain('date: must be YYYY-MM or YYYY-MM-DD and a real date');
    expect(reports[0]!.message).toContain('stories.0.district:');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    rmSync(out, { recursive: true, force: true });
  });
});

import { describe, expect, test } from 'vitest';
import { resultView } from '../../src/search/results.ts';
import { pageText } from '../../scripts/lib/search-html-text.ts';
import { withIndexTerms } from '../../scripts/lib/search-index-build.ts';

// Invented page content, shaped as Pagefind stores an article page: headline, then one h2 per story.
const data = {
  url: '/archive/articles/2023-06-01-roundup/',
  content: '6월 구정 소식. 은평구. 은평구는 어르신 스마트돌봄 사업을 넓힌다. 도봉구. 도봉구는 청년 안심주택을 짓는다.',
  meta: { title: '6월 구정 소식', date: '2023-06-01' },
  filters: { kind: ['기사'] },
  anchors: [
    { element: 'h2', id: 'eunpyeong-gu', text: '은평구', location: 3 },
    { element: 'h2', id: 'dobong-gu', text: '도봉구', location: 9 },
  ],
};
const text = (view: ReturnType<typeof resultView>) => view.excerpt.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('resultView', () => {
  test.each([
    ['돌봄', '#eunpyeong-gu', '은평구', '은평구는 어르신 스마트[돌봄] 사업을 넓힌다.'],
    ['안심주택', '#dobong-gu', '도봉구', '도봉구는 청년 [안심주택]을 짓는다.'],
  ])('links “%s” to the story that matches (%s) with its sentence marked', (term, hash, section, excerpt) => {
    const view = resultView(data, [term]);
    expect(view.href).toBe(`${data.url}${hash}`);
    expect(view.section).toBe(section);
    expect(text(view)).toBe(excerpt);
    expect(view.kind).toBe('기사');
  });
});

describe('pageText and the index-only element', () => {
  const html =
    '<html lang="ko"><head><title>t</title></head><body><header data-pagefind-ignore>메뉴</header>' +
    '<main data-pagefind-body><h1>성북 안심귀갓길</h1><nav>이동</nav><p>골목 &amp; 조명 <b>설치</b></p>' +
    '<div data-pagefind-ignore><p>관련 기사</p></div></main><footer>바닥글</footer></body></html>';

  test('reads the body text without ignored parts, navigation or entities left encoded', () => {
    const page = pageText(html);
    expect(page.body).toBe('성북 안심귀갓길\n골목 & 조명 설치');
    expect(page.h1).toBe('성북 안심귀갓길');
    expect(html.slice(page.insertAt, page.insertAt + 4)).toBe('<h1>');
    expect(html.slice(page.closeAt, page.closeAt + 7)).toBe('</main>');
  });

  test('adds name and text terms for an initiative page and keeps the visible text unchanged', () => {
    const out = withIndexTerms(html, 'programs/seongbuk-gu-ansim/', undefined);
    expect(out).toContain('<span data-pagefind-meta="kn:성북 안심귀갓길 심귀갓길 귀갓길 갓길 성북안심귀갓길 북안심귀갓길" hidden></span>');
    expect(out).toContain('<span data-pagefind-filter="kind:사업" hidden></span>');
    expect(pageText(out).body).toBe(pageText(html).body);
  });
});

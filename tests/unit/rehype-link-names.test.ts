/**
 * The article text renderer: paragraphs become text nodes (never Markdown) and rehype-link-names
 * links district and program names by splitting text nodes. Expected HTML checked by hand.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'hast';
import rehypeLinkNames from '../../src/markdown/rehype-link-names.ts';
import { renderParagraphs } from '../../src/markdown/render-text.ts';

const SEOCHO = { text: '서초구', href: '/districts/seocho-gu/', wordStart: true };
const JUNG = { text: '중구', href: '/districts/jung-gu/', wordStart: true };
const PROGRAM = { text: '서초 스마트돌봄센터', href: '/programs/seocho-gu-x/' };

describe('renderParagraphs', () => {
  test.each([
    ['links the first occurrence of each name only', ['서초구는 서초구민을 위해', '서초구가 또'], [SEOCHO],
      '<p><a href="/districts/seocho-gu/" class="name-link">서초구</a>는 서초구민을 위해</p>\n<p>서초구가 또</p>'],
    ['does not find 중구 inside another word', ['집중구역을 정한 중구는'], [JUNG],
      '<p>집중구역을 정한 <a href="/districts/jung-gu/" class="name-link">중구</a>는</p>'],
    ['prefers the longer of two names at one place', ['‘서초 스마트돌봄센터’를 연 서초구'], [{ text: '서초', href: '/x/' }, PROGRAM, SEOCHO],
      '<p>‘<a href="/programs/seocho-gu-x/" class="name-link">서초 스마트돌봄센터</a>’를 연 <a href="/districts/seocho-gu/" class="name-link">서초구</a></p>'],
    ['keeps markup and Markdown in the text as text', ['<script>alert(1)</script> # 제목 [x](javascript:alert(1)) &amp; <!-- c -->'], [],
      '<p>&#x3C;script>alert(1)&#x3C;/script> # 제목 [x](javascript:alert(1)) &#x26;amp; &#x3C;!-- c --></p>'],
    ['escapes text around a link made inside hostile text', ['<b>서초구</b>'], [SEOCHO],
      '<p>&#x3C;b><a href="/districts/seocho-gu/" class="name-link">서초구</a>&#x3C;/b></p>'],
    ['treats regex characters in names literally', ['(가)사업 + (가)사업'], [{ text: '(가)사업', href: '/p/' }],
      '<p><a href="/p/" class="name-link">(가)사업</a> + (가)사업</p>'],
  ])('%s', (_name, paragraphs, targets, html) => {
    expect(renderParagraphs(paragraphs, targets)).toBe(html);
  });
});

describe('rehypeLinkNames', () => {
  test('leaves text inside an existing link alone', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [
        { type: 'element', tagName: 'a', properties: { href: '/a/' }, children: [{ type: 'text', value: '서초구' }] },
        { type: 'text', value: ' 그리고 서초구' },
      ] }],
    };
    rehypeLinkNames({ targets: [SEOCHO], className: 'n' })(tree);
    const p = tree.children[0] as { children: unknown[] };
    expect(p.children).toEqual([
      { type: 'element', tagName: 'a', properties: { href: '/a/' }, children: [{ type: 'text', value: '서초구' }] },
      { type: 'text', value: ' 그리고 ' },
      { type: 'element', tagName: 'a', properties: { href: '/districts/seocho-gu/', className: ['n'] }, children: [{ type: 'text', value: '서초구' }] },
    ]);
  });

  test('links every occurrence when firstOnly is false', () => {
    expect(renderParagraphs(['서초구와 서초구'], [SEOCHO]).match(/<a /g)).toHaveLength(1);
    const tree: Root = { type: 'root', children: [{ type: 'text', value: '서초구와 서초구' }] };
    rehypeLinkNames({ targets: [SEOCHO], firstOnly: false })(tree);
    expect(tree.children.filter((c) => c.type === 'element')).toHaveLength(2);
  });
});

describe('rehypeLinkNames finds names as an alternation of them, longest first, would', () => {
  // The plugin looks only where a name's first character stands; a regular expression of the names
  // (longest first, leftmost match) is the reference it must agree with.
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const syllables = fc.constantFrom('가', '나', '다', ' ', '(');
  const word = fc.array(syllables, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

  test('every name linked, at the same places', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), fc.array(syllables, { maxLength: 40 }), (names, chars) => {
        const text = chars.join('');
        const targets = names.map((name, i) => ({ text: name, href: `/n${i}/` }));
        const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
        rehypeLinkNames({ targets, firstOnly: false })(tree);
        const linked = tree.children.flatMap((c) => (c.type === 'element' ? [(c.children[0] as { value: string }).value] : []));
        const sorted = [...names].sort((a, b) => b.length - a.length);
        const reference = [...text.matchAll(new RegExp(sorted.map(escape).join('|'), 'g'))].map((m) => m[0]);
        expect(linked).toEqual(reference);
      }),
    );
  });
});

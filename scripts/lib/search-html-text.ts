/**
 * Reads the text Pagefind will index from a built page: the text inside the `data-pagefind-body`
 * element, without `data-pagefind-ignore` subtrees, scripts, styles or the elements Pagefind skips.
 * Astro writes well-formed HTML, so a small tag scanner is enough; it runs at build time only.
 * Also finds where to insert the index-only meta element (right after the body's opening tag).
 */

/** Elements whose content is never page text (Pagefind skips them too). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'nav', 'footer', 'form', 'select', 'option', 'iframe', 'object']);
/** Elements that have no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that end a run of text (so their words do not glue to the next element's). */
const BLOCK = /^(p|div|h[1-6]|li|ul|ol|section|article|header|main|aside|dd|dt|dl|table|tr|td|th|figure|figcaption|blockquote|br|hr)$/u;

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gu;

/** The searchable text of a page and the parts of it worth knowing apart. */
export interface PageText {
  /** Text of the `data-pagefind-body` element (or `<body>` when none), blocks separated by newlines. */
  readonly body: string;
  /** Text of the first `h1` inside it, or '' when none. */
  readonly h1: string;
  /** Offset in the HTML right after the body element's opening tag; -1 when there is no body. */
  readonly insertAt: number;
  /** Offset of the body element's closing tag; -1 when there is no body. */
  readonly closeAt: number;
}

/**
 * Whether Pagefind indexes a page: it indexes only pages that mark their body (every page of ours
 * that is worth finding does).
 * @param html A page as Astro wrote it.
 */
export function hasPagefindBody(html: string): boolean {
  return /\sdata-pagefind-body[\s=>]/u.test(html);
}

/**
 * Extracts the searchable text of a built HTML page.
 * @param html A page as Astro wrote it.
 * @returns Its text (entities decoded) and where to insert index-only markup.
 */
export function pageText(html: string): PageText {
  const marked = hasPagefindBody(html);
  const parts: string[] = [];
  let h1 = '';
  let inH1 = false;
  let depthInBody = 0; // open elements inside the body element, the body itself counted
  let skipDepth = 0; // open elements inside a skipped subtree, the root counted
  let insertAt = -1;
  let closeAt = -1;
  let last = 0;

  for (const m of html.matchAll(TAG)) {
    const text = depthInBody > 0 && skipDepth === 0 ? decodeEntities(html.slice(last, m.index)) : '';
    if (text) {
      parts.push(text);
      if (inH1) h1 += text;
    }
    last = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    const [, closing, rawName, attrs = '', selfClosing] = m;
    const name = rawName!.toLowerCase();
    const isVoid = VOID.has(name) || selfClosing === '/';

    if (closing) {
      if (depthInBody > 0) {
        if (skipDepth > 0) skipDepth--;
        depthInBody--;
        if (name === 'h1') inH1 = false;
        if (BLOCK.test(name)) parts.push('\n');
        if (depthInBody === 0 && closeAt === -1) closeAt = m.index;
      }
      continue;
    }
    if (depthInBody === 0) {
      const isBody = marked ? /\sdata-pagefind-body(?:[\s=]|$)/u.test(attrs) : name === 'body';
      if (isBody && !isVoid && insertAt === -1) {
        depthInBody = 1;
        if (insertAt === -1) insertAt = last;
      }
      continue;
    }
    if (isVoid) {
      if (BLOCK.test(name)) parts.push('\n');
      continue;
    }
    depthInBody++;
    if (skipDepth > 0) skipDepth++;
    else if (SKIPPED.has(name) || /\sdata-pagefind-ignore(?:[\s=]|$)/u.test(attrs)) skipDepth = 1;
    if (skipDepth === 0 && name === 'h1' && !h1) inH1 = true;
    if (BLOCK.test(name)) parts.push('\n');
  }
  const body = parts.join('').replace(/[ \t\r\f\v]+/gu, ' ').replace(/ *\n[\s]*/gu, '\n').trim();
  return { body, h1: h1.replace(/\s+/gu, ' ').trim(), insertAt, closeAt };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Decodes the character references Astro and rehype write. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

/**
 * Escapes a value for a double-quoted HTML attribute.
 * @param value Any text.
 * @returns The text with `&`, `"`, `<` and `>` escaped.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

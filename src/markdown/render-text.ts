/**
 * Renders article paragraphs to HTML without ever parsing them as Markdown: each paragraph becomes
 * an mdast `paragraph` holding one `text` node, then remark-rehype → rehype-link-names →
 * rehype-stringify. `#`, `[x](javascript:…)` and `<script>` in the text therefore stay text.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeLinkNames, { type LinkTarget } from './rehype-link-names.ts';

// Made once: an archive renders tens of thousands of articles, and the names to link (the only
// part that changes) go to the plugin's transformer on each call.
const toHast = unified().use(remarkRehype).freeze();
const toHtml = unified().use(rehypeStringify).freeze();

/**
 * Builds the mdast tree for paragraphs: text nodes only.
 * @param paragraphs Paragraph texts in order.
 */
export function paragraphsToMdast(paragraphs: readonly string[]): MdastRoot {
  return {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
}

/**
 * Renders paragraphs as `<p>` elements with names linked.
 * @param paragraphs Paragraph texts in order (article text, as written).
 * @param targets Names to link (first occurrence of each in these paragraphs).
 * @returns An HTML string.
 */
export function renderParagraphs(paragraphs: readonly string[], targets: readonly LinkTarget[]): string {
  const hast = toHast.runSync(paragraphsToMdast(paragraphs)) as HastRoot;
  rehypeLinkNames({ targets })(hast);
  return toHtml.stringify(hast);
}

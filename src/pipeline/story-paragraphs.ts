/**
 * The text a story's extractors read: the story's paragraphs in order, without the byline, cut to
 * the story's part where a paragraph is shared with another story (see `StorySegment.clips`).
 */
import type { ParsedArticle, Paragraph, StorySegment } from './types.ts';

/**
 * The paragraphs a story reads; `index` stays the article paragraph index (for evidence).
 * @param article The parsed article.
 * @param segment The story's segment.
 * @returns Non-empty paragraphs, byline removed, clipped where the segment says so.
 */
export function storyParagraphs(article: ParsedArticle, segment: StorySegment): Paragraph[] {
  const out: Paragraph[] = [];
  for (const index of segment.paragraphs) {
    const p = article.paragraphs[index];
    if (!p) continue;
    // A paragraph shared with other stories is read in the story's parts, joined.
    const clips = segment.clips?.filter((c) => c.paragraph === index) ?? [];
    let text = clips.length > 0 ? clips.map((c) => p.text.slice(c.start, c.end).trim()).join(' ') : p.text;
    const b = article.byline;
    if (b && b.paragraph === index) text = text.replace(b.text, '');
    text = text.trim();
    if (text) out.push({ index, line: p.line, text });
  }
  return out;
}

/**
 * Extraction for one story: the story's paragraphs (byline removed, a shared paragraph clipped to
 * the story's part, article indices kept for evidence) go to each extractor in turn.
 */
import type { ParsedArticle, Paragraph, StoryFacts, StorySegment } from '../types.ts';
import { findHead } from './people.ts';
import { extractPrograms } from './programs.ts';
import { extractAwards } from './awards.ts';
import { extractDates } from './dates.ts';

/**
 * The paragraphs a story reads: its paragraphs in order, without the byline, clipped where the
 * story holds only part of a paragraph; `index` stays the article paragraph index.
 * @param article The parsed article.
 * @param segment The story's segment.
 */
export function storyParagraphs(article: ParsedArticle, segment: StorySegment): Paragraph[] {
  const out: Paragraph[] = [];
  for (const index of segment.paragraphs) {
    const p = article.paragraphs[index];
    if (!p) continue;
    const clip = segment.clips?.find((c) => c.paragraph === index);
    let text = clip ? p.text.slice(clip.start, clip.end) : p.text;
    const b = article.byline;
    if (b && b.paragraph === index) text = text.replace(b.text, '');
    text = text.trim();
    if (text) out.push({ index, line: p.line, text });
  }
  return out;
}

/**
 * Extracts a story's facts: its head, programs, awards and dates, each with evidence.
 * @param article The parsed article (its date resolves relative dates).
 * @param segment The story's district and paragraphs.
 * @returns The story's facts.
 */
export function extractStoryFacts(article: ParsedArticle, segment: StorySegment): StoryFacts {
  const paragraphs = storyParagraphs(article, segment);
  const head = findHead(paragraphs, segment.district);
  return {
    head: head?.name ?? null,
    headEvidence: head?.evidence ?? null,
    programs: extractPrograms(paragraphs, segment.district),
    awards: extractAwards(paragraphs),
    dates: extractDates(paragraphs, article.date),
  };
}

/**
 * The reading order of an article page: the paragraphs in order, grouped into blocks that belong
 * to no story (article level) or to one story (its section, placed where its first paragraph is).
 * Residue (menus, captions, sidebars) is left out. In `excerpt` mode only the lead and the
 * sentences that facts were found in are kept.
 */
import { splitParagraphs } from '../pipeline/paragraphs.ts';
import type { Article, Story } from '../pipeline/schema.ts';
import type { ArticleText } from '../site.config.ts';

/** A run of text on the page. */
export type Block =
  | { readonly kind: 'text'; readonly paragraphs: readonly string[] }
  | { readonly kind: 'story'; readonly story: Story; readonly paragraphs: readonly string[] };

/** The sentences a story's facts came from, in paragraph order, each once. */
function evidenceSentences(story: Story): string[] {
  const all = [
    ...(story.headEvidence ? [story.headEvidence] : []),
    ...story.programs.map((p) => p.evidence),
    ...story.awards.map((a) => a.evidence),
    ...story.dates.map((d) => d.evidence),
  ].sort((a, b) => a.paragraph - b.paragraph);
  return [...new Set(all.map((e) => e.sentence))];
}

/**
 * Splits an article into page blocks.
 * @param article The validated frontmatter.
 * @param body The original text.
 * @param mode `full` or `excerpt` (see site.config.ts).
 * @returns Blocks in reading order.
 */
export function articleBlocks(article: Article, body: string, mode: ArticleText): Block[] {
  const paragraphs = splitParagraphs(body);
  const residue = new Set(article.residue);
  const owner = new Map<number, Story>();
  for (const story of article.stories) for (const p of story.paragraphs) if (!owner.has(p)) owner.set(p, story);

  const blocks: Block[] = [];
  const placed = new Set<Story>();
  let leadDone = false;
  for (const p of paragraphs) {
    if (residue.has(p.index)) continue;
    const story = owner.get(p.index);
    if (!story) {
      if (mode === 'excerpt' && leadDone) continue;
      leadDone = true;
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'text') (last.paragraphs as string[]).push(p.text);
      else blocks.push({ kind: 'text', paragraphs: [p.text] });
      continue;
    }
    if (placed.has(story)) continue;
    placed.add(story);
    leadDone = true;
    const texts =
      mode === 'excerpt'
        ? evidenceSentences(story)
        : story.paragraphs.filter((i) => !residue.has(i)).map((i) => paragraphs[i]?.text).filter((t): t is string => t !== undefined);
    blocks.push({ kind: 'story', story, paragraphs: texts });
  }
  // Stories whose paragraphs were all residue or out of range still get their section (facts).
  for (const story of article.stories) if (!placed.has(story)) blocks.push({ kind: 'story', story, paragraphs: mode === 'excerpt' ? evidenceSentences(story) : [] });
  return blocks;
}

/**
 * The paragraphs left out of the reading order as web residue (menus, captions, sidebars), in
 * order. The article page still shows them, apart and muted: residue is a guess, and text a
 * person wrote is never dropped from view (PRODUCT.md → "Bad input").
 * @param article The validated frontmatter.
 * @param body The original text.
 * @returns The residue paragraphs' text.
 */
export function residueParagraphs(article: Article, body: string): string[] {
  const residue = new Set(article.residue);
  return splitParagraphs(body).filter((p) => residue.has(p.index)).map((p) => p.text);
}

/**
 * From a Pagefind result's data to what a result shows: the link (to the district story whose
 * section matches best, through its heading anchor), the title and the excerpt segments.
 * Pure, so it is tested without a browser.
 */
import { buildExcerpt, findMatches, type ExcerptSegment } from './excerpt.ts';

/** The parts of Pagefind's fragment data this page reads. */
export interface ResultData {
  readonly url: string;
  /** The page's indexed text, as plain text. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly anchors?: ReadonlyArray<{ readonly element: string; readonly id: string; readonly text?: string; readonly location: number }>;
}

/** One result as the page shows it. */
export interface ResultView {
  readonly href: string;
  readonly title: string;
  /** The story's heading (a district) when the link goes to a story, else null. */
  readonly section: string | null;
  readonly kind: string | null;
  readonly date: string | null;
  readonly excerpt: ExcerptSegment[];
}

/**
 * Chooses the section of the page that matches the query best (most distinct terms, then most
 * matches; sections are split at `h2` anchors) and builds its link and excerpt.
 * @param data The result's fragment data.
 * @param terms Normalised query terms.
 * @param excerptLength Characters of excerpt. Default 140.
 * @returns What to render.
 */
export function resultView(data: ResultData, terms: readonly string[], excerptLength = 140): ResultView {
  const content = data.content.normalize('NFC');
  const words = content.split(/\s+/u);
  const anchors = (data.anchors ?? []).filter((a) => /^h2$/iu.test(a.element) && a.id).sort((a, b) => a.location - b.location);

  const sections = [{ anchor: null as (typeof anchors)[number] | null, from: 0 }, ...anchors.map((a) => ({ anchor: a, from: a.location }))];
  let best = { index: 0, score: -1 };
  sections.forEach((section, i) => {
    const to = sections[i + 1]?.from ?? words.length;
    const text = words.slice(section.from, to).join(' ').toLowerCase();
    const distinct = terms.filter((t) => text.includes(t)).length;
    // On a tie, a story (an anchored section) beats the headline and lead before the first one.
    const score = distinct * 10_000 + Math.min(findMatches(text, terms).length, 9_999) * 2 + (section.anchor ? 1 : 0);
    if (distinct > 0 && score > best.score) best = { index: i, score };
  });
  // Without a match in the text (a match in the name only), show the page's opening.
  const chosen = sections[best.index]!;
  const to = sections[best.index + 1]?.from ?? words.length;
  const sectionText = words.slice(chosen.from, to).join(' ');
  const anchor = chosen.anchor;
  const title = (data.meta['title'] ?? '').normalize('NFC') || data.url;
  const sectionTitle = anchor ? (anchor.text ?? '').normalize('NFC').trim() || null : null;
  return {
    href: anchor ? `${data.url.replace(/#.*$/u, '')}#${anchor.id}` : data.url,
    title,
    section: sectionTitle,
    kind: data.filters?.['kind']?.[0] ?? null,
    date: data.meta['date'] ?? null,
    excerpt: buildExcerpt(stripHeading(sectionText, sectionTitle ?? (chosen.from === 0 ? title : null)), terms, { length: excerptLength }),
  };
}

/** Pagefind's content starts a section with its heading text (then `.`); the link shows it already. */
function stripHeading(text: string, heading: string | null): string {
  if (!heading || !text.startsWith(heading)) return text;
  return text.slice(heading.length).replace(/^[.\s]+/u, '');
}

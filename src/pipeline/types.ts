/**
 * Contracts between the pure pipeline stages (decode → parse → segment → extract). These are
 * in-memory shapes only; what is written to disk is `ArticleSchema` in schema.ts.
 */
import type { DateMention, Award, ProgramMention, Evidence, IngestMessage } from './schema.ts';

/** One paragraph of an article body: a non-blank line (see paragraphs.ts). */
export interface Paragraph {
  /** 0-based index among the body's paragraphs; what `Evidence.paragraph` points at. */
  readonly index: number;
  /** 1-based line of this paragraph in the body text. */
  readonly line: number;
  /** The paragraph text, trimmed. */
  readonly text: string;
}

/** An article after parsing, before segmentation. */
export interface ParsedArticle {
  /** `YYYY-MM` or `YYYY-MM-DD`, exactly as precise as the source wrote it. */
  readonly date: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly reporter: string | null;
  readonly sourceUrl: string | null;
  /** The article text as written (decoded, CRLF → LF), without the header line or frontmatter. */
  readonly body: string;
  /** 1-based line in the source file where `body` starts (to report positions). */
  readonly bodyLine: number;
  readonly paragraphs: readonly Paragraph[];
  /** Paragraph indices recognised as web residue, never part of a story. */
  readonly residue: ReadonlySet<number>;
  /**
   * Text that only locates the byline inside a paragraph: the paragraph index and the byline's
   * text, so later stages read `서초구는 …` rather than `[샘플일보 한가람 기자] 서초구는 …`.
   */
  readonly byline: { readonly paragraph: number; readonly text: string } | null;
}

/** A district's part of an article, as found by the segmenter. */
export interface StorySegment {
  readonly district: string;
  /** Paragraph indices of the story, ascending. */
  readonly paragraphs: readonly number[];
  /** 0..1: how clearly the district is the subject. */
  readonly confidence: number;
  /**
   * Where the story holds only part of a paragraph (a scraper glued two districts' sentences into
   * one line): `[start, end)` character offsets in that paragraph's text, one clip per run of the
   * story's text (two when another district's passage stands between). Absent when the story holds
   * all its paragraphs whole.
   */
  readonly clips?: readonly TextClip[];
}

/** A part of one paragraph: `[start, end)` character offsets in its text. */
export interface TextClip {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** What the extractors find in one story. */
export interface StoryFacts {
  readonly head: string | null;
  readonly headEvidence: Evidence | null;
  readonly programs: readonly ProgramMention[];
  readonly awards: readonly Award[];
  readonly dates: readonly DateMention[];
}

/** A pipeline result: the value and the problems found on the way. */
export interface Result<T> {
  readonly value: T | null;
  readonly messages: readonly IngestMessage[];
}

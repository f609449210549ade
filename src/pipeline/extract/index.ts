/**
 * Extraction for one story: the story's paragraphs (byline removed, a shared paragraph clipped to
 * the story's part, article indices kept for evidence) go to each extractor in turn.
 */
import type { ParsedArticle, StoryFacts, StorySegment } from '../types.ts';
import type { ProgramMention } from '../schema.ts';
import { storyParagraphs } from '../story-paragraphs.ts';
import { findHead } from './people.ts';
import { extractPrograms } from './programs.ts';
import { extractAwards, namedByHeadline, namedElsewhere } from './awards.ts';
import { extractDates } from './dates.ts';
import { programKey } from '../program-key.ts';

/**
 * Extracts a story's facts: its head, programs, awards and dates, each with evidence.
 * @param article The parsed article (its date resolves relative dates).
 * @param segment The story's district and paragraphs.
 * @returns The story's facts.
 */
export function extractStoryFacts(article: ParsedArticle, segment: StorySegment): StoryFacts {
  const paragraphs = storyParagraphs(article, segment);
  const head = findHead(paragraphs, segment.district) ?? findHead(signatureLines(article, segment), segment.district);
  const own = extractAwards(paragraphs, segment.district);
  const open = own.length === 0 ? [] : article.paragraphs.filter((p) => !article.residue.has(p.index));
  // The body's naming first (it writes the evaluation in full, `‘2025년 자치구 기후·환경 종합평가’`), then the
  // headline's (often shortened).
  const awards = namedByHeadline(namedElsewhere(own, open, segment.district, article.title), article.title, segment.district);
  // An evaluation's own name (`‘2025 …경진대회’에서 대상`) is what the district took part in, not
  // one of its initiatives.
  const evaluations = new Set(awards.map((a) => programKey(a.name, segment.district)));
  return {
    head: head?.name ?? null,
    headEvidence: head?.evidence ?? null,
    programs: withoutEvaluations(extractPrograms(paragraphs, segment.district), evaluations, segment.district),
    awards,
    dates: extractDates(paragraphs, article.date),
  };
}

function withoutEvaluations(programs: ProgramMention[], evaluations: ReadonlySet<string>, district: string): ProgramMention[] {
  // Most stories report no award: their programs need no key.
  if (evaluations.size === 0) return programs;
  return programs.filter((p) => !evaluations.has(programKey(p.name, district)));
}

// A line this short is a signature or caption (`이윤재 서울 서대문구청장` over a column), not prose.
const SIGNATURE_MAX = 40;

/**
 * Short lines outside the story (`[기고] …` then `이윤재 서울 서대문구청장`): a column or interview
 * names its author or guest on a line of its own, before any story starts.
 */
function signatureLines(article: ParsedArticle, segment: StorySegment): ParsedArticle['paragraphs'] {
  const own = new Set(segment.paragraphs);
  return article.paragraphs.filter((p) => !own.has(p.index) && !article.residue.has(p.index) && p.text.trim().length <= SIGNATURE_MAX);
}

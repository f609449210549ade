/**
 * Shapes of the derived indexes (computed once in build-archive.ts). They point at the validated
 * `Article`/`Story` values rather than copying them, so the whole archive is held once in memory.
 */
import type { Article, Award, ProgramMention, Story } from '../pipeline/schema.ts';
import type { DistrictInfo } from '../pipeline/korean/districts.ts';

/**
 * One article as the content collection gives it: validated frontmatter and where its file is (the
 * original text is read from there by the article's page: article-text-fs.ts).
 */
export interface ArticleEntry {
  readonly data: Article;
  /** Path of the generated file, relative to the project (shown on /review/). */
  readonly filePath: string;
}

/** A story together with the article it belongs to. */
export interface StoryRef {
  readonly article: Article;
  readonly story: Story;
  /** Root-absolute address of the story's section (`…/articles/<slug>/#<anchor>`). */
  readonly url: string;
}

/** One mention of a program in one story. */
export interface ProgramRef extends StoryRef {
  readonly mention: ProgramMention;
}

/** An initiative: every mention, in one district, of names that share a `programKey`. */
export interface ProgramGroup {
  readonly key: string;
  /** ASCII slug, unique across the site (see program-slug.ts). */
  readonly slug: string;
  readonly url: string;
  readonly district: DistrictInfo;
  /** The name shown in the page's h1: the most written variant (ties: the earliest). */
  readonly name: string;
  /** Every other variant as written. */
  readonly aliases: readonly string[];
  /** Mentions, oldest first. */
  readonly mentions: readonly ProgramRef[];
  /** Topic labels from topics.ts (`청년`, `돌봄` …). */
  readonly topics: readonly string[];
}

/** One award in one story. */
export interface AwardRef extends StoryRef {
  readonly award: Award;
}

/** One district receiving one evaluation result (merged over the articles that report it). */
export interface AwardRow {
  readonly district: DistrictInfo;
  readonly grade: string | null;
  /** The longest streak written (`4년 연속` → 4), null when none. */
  readonly streak: number | null;
  readonly prize: string | null;
  readonly organizer: string | null;
  readonly refs: readonly AwardRef[];
}

/** An evaluation (canonical name) in one year (null: the text gave no year). */
export interface AwardGroup {
  readonly name: string;
  readonly year: number | null;
  /** Rows sorted by grade, then by district in Seoul's order. */
  readonly rows: readonly AwardRow[];
}

/** A person written as 구청장 (or acting head) of a district, and when. */
export interface HeadSpan {
  readonly name: string;
  readonly first: string;
  readonly last: string;
  readonly stories: number;
}

/** Everything about one district. */
export interface DistrictIndex {
  readonly info: DistrictInfo;
  readonly url: string;
  /** Newest first. */
  readonly stories: readonly StoryRef[];
  readonly programs: readonly ProgramGroup[];
  readonly awards: readonly AwardRef[];
  readonly heads: readonly HeadSpan[];
  /** `YYYY-MM` → number of stories, ascending by month. */
  readonly months: ReadonlyMap<string, number>;
}

/** An article that needs a person, and why. */
export interface ReviewItem {
  readonly entry: ArticleEntry;
  readonly noStory: boolean;
  readonly lowConfidence: readonly Story[];
}

/** The derived indexes every page reads. */
export interface Archive {
  /** Newest first. */
  readonly articles: readonly ArticleEntry[];
  readonly articleBySlug: ReadonlyMap<string, ArticleEntry>;
  /** The 25 districts in Seoul's order. */
  readonly districts: readonly DistrictIndex[];
  readonly districtBySlug: ReadonlyMap<string, DistrictIndex>;
  /** Sorted by district (Seoul's order), then name. */
  readonly programs: readonly ProgramGroup[];
  readonly programBySlug: ReadonlyMap<string, ProgramGroup>;
  /** The program a mention belongs to. */
  programOf(district: string, name: string): ProgramGroup | undefined;
  /** Newest year first, then by name. */
  readonly awards: readonly AwardGroup[];
  /**
   * `YYYY-MM` → stories of articles dated that month, newest first; months descending. Every
   * article's month is a key, even when its articles have no story (the list is then empty).
   */
  readonly months: ReadonlyMap<string, readonly StoryRef[]>;
  readonly review: readonly ReviewItem[];
  /** How many articles are the project's own samples (see samples.ts); 0 for a real archive. */
  readonly sampleCount: number;
  /** Other articles about the same thing (see related.ts), best first. */
  related(articleId: string): readonly ArticleEntry[];
  /** Initiatives in other districts with the same or shared words in their names. */
  relatedPrograms(program: ProgramGroup): readonly ProgramGroup[];
}

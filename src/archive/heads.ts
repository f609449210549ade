/**
 * Heads over time: who the stories of a district name as 구청장 (or acting head), and from when to
 * when. Only names written in the stories are used, never a list of office holders.
 */
import type { HeadSpan, StoryRef } from './model.ts';

/**
 * Collects the heads named in a district's stories.
 * @param stories The district's stories, in any order.
 * @returns One span per name, earliest first: first and last article date and how many stories.
 */
export function headsOverTime(stories: readonly StoryRef[]): HeadSpan[] {
  const spans = new Map<string, { first: string; last: string; stories: number }>();
  for (const { story, article } of stories) {
    if (!story.head) continue;
    const s = spans.get(story.head);
    if (!s) spans.set(story.head, { first: article.date, last: article.date, stories: 1 });
    else {
      if (article.date < s.first) s.first = article.date;
      if (article.date > s.last) s.last = article.date;
      s.stories += 1;
    }
  }
  return [...spans].map(([name, s]) => ({ name, ...s })).sort((a, b) => a.first.localeCompare(b.first, 'ko') || a.name.localeCompare(b.name, 'ko'));
}

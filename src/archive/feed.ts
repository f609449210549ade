/**
 * RSS items for stories: the article title with the district, the article's link, its date and a
 * short description (its initiatives), as @astrojs/rss takes them.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { StoryRef } from './model.ts';
import { href, paths } from './urls.ts';

/**
 * Maps stories to feed items.
 * @param stories Stories, newest first.
 * @returns Items with root-absolute links (@astrojs/rss joins them with the site).
 */
export function storyFeedItems(stories: readonly StoryRef[]): RSSFeedItem[] {
  return stories.map((ref) => ({
    title: `[${ref.story.district}] ${ref.article.title}`,
    // The article's address: @astrojs/rss would put its trailing slash after a `#anchor`.
    link: href(paths.article(ref.article.slug)),
    customData: `<guid isPermaLink="false">${ref.story.id}</guid>`,
    pubDate: new Date(`${ref.article.date.length === 7 ? `${ref.article.date}-01` : ref.article.date}T00:00:00+09:00`),
    description: ref.story.programs.length ? `사업: ${ref.story.programs.map((p) => p.name).join(', ')}` : ref.story.district,
    categories: [ref.story.district],
  }));
}

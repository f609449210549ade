/** The site-wide RSS feed: the newest stories of every district. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../archive/get-archive.ts';
import { storyFeedItems } from '../archive/feed.ts';
import { siteConfig } from '../site.config.ts';
import { BASE } from '../archive/urls.ts';

/** Renders the feed. */
export async function GET(context: APIContext) {
  const archive = await getArchive();
  const latest = [...archive.months.values()].flat().slice(0, siteConfig.feedItems);
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: new URL(BASE, context.site).href,
    items: storyFeedItems(latest),
    customData: '<language>ko</language>',
  });
}

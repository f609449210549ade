/** A district's own RSS feed: its newest stories. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../archive/get-archive.ts';
import { storyFeedItems } from '../../../archive/feed.ts';
import { DISTRICTS } from '../../../pipeline/korean/districts.ts';
import { siteConfig } from '../../../site.config.ts';
import { href, paths } from '../../../archive/urls.ts';

/** One feed per district. */
export function getStaticPaths() {
  return DISTRICTS.map((d) => ({ params: { slug: d.slug } }));
}

/** Renders the feed. */
export async function GET(context: APIContext) {
  const archive = await getArchive();
  const d = archive.districtBySlug.get(context.params.slug!)!;
  return rss({
    title: `${d.info.name} 소식 · ${siteConfig.title}`,
    description: `${d.info.name}의 혁신 사업·정책·수상 소식`,
    site: new URL(href(paths.district(d.info.slug)), context.site).href,
    items: storyFeedItems(d.stories.slice(0, siteConfig.feedItems)),
    customData: '<language>ko</language>',
  });
}

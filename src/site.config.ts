/**
 * Site settings a publisher may change. Each can also be set from the environment at build time.
 */

/** How much of an article's text the article page shows. */
export type ArticleText = 'full' | 'excerpt';

function articleTextFromEnv(value: string | undefined): ArticleText {
  return value === 'excerpt' ? 'excerpt' : 'full';
}

/** The site's settings. */
export const siteConfig = {
  /** The site's name, in the header, titles and feeds. */
  title: '자치구 뉴스 아카이브',
  /** One line about the site, for the home page, feeds and OpenGraph. */
  description: '서울 25개 자치구의 혁신 사업·정책·수상 소식을 구별·사업별·날짜별로 모아 보는 뉴스 아카이브',
  /**
   * `full` (default) shows each article's whole text. `excerpt` shows only the lead paragraph and
   * the sentences that programs, awards and dates were found in, with a link to the original, for
   * text a publisher may not republish. Env: `ARTICLE_TEXT=excerpt`.
   */
  articleText: articleTextFromEnv(process.env.ARTICLE_TEXT),
  /** Stories on the home page. Default 12. */
  homeStories: 12,
  /** Items in each RSS feed. Default 50. */
  feedItems: 50,
} as const;

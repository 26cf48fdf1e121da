/** RSS feed of 工作动态 (@astrojs/rss): the latest RSS_ITEMS posts, never the whole archive (see RSS_ITEMS). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '../../content/pages.ts';
import { RSS_ITEMS } from '../../lib/archive.ts';
import { getSite } from '../../content/site.ts';
import { absoluteUrl, newsUrl } from '../../lib/urls.ts';
import { instantFromWallText } from '../../lib/time.ts';

export async function GET(_context: APIContext) {
  const site = await getSite();
  const news = (await getNews()).slice(0, RSS_ITEMS);
  return rss({
    title: `${site.name} · 工作动态`,
    description: site.tagline,
    site: absoluteUrl('/'),
    customData: '<language>zh-cn</language>',
    items: news.map((post) => ({
      title: post.data.title,
      description: post.data.summary,
      // Midnight in Asia/Shanghai of the day the editor wrote, whatever the build machine's zone.
      pubDate: instantFromWallText(post.data.date),
      link: absoluteUrl(newsUrl(post.id)),
      author: post.data.publisher,
    })),
  });
}

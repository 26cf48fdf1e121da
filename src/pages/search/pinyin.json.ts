/**
 * /search/pinyin.json: the site's vocabulary with its pinyin and the characters that sound like it
 * (src/search/pinyin-table.ts). The search page loads it only when part of a query finds nothing, to
 * offer "您是不是要找" with the word the reader meant.
 */
import { getDirectory } from '../../content/directory.ts';
import { getHandouts, getNews, getPages } from '../../content/pages.ts';
import { buildPinyinTable, siteVocabulary } from '../../search/pinyin-table.ts';

export async function GET() {
  const { towns, homes } = await getDirectory();
  const entries = [...(await getPages()), ...(await getHandouts()), ...(await getNews())];
  const vocabulary = siteVocabulary({
    entries: entries.map((e) => e.data),
    towns: towns.map((town) => town.name),
    communities: homes.map((home) => home.community),
  });
  return new Response(JSON.stringify(buildPinyinTable(vocabulary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

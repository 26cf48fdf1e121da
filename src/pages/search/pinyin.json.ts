/**
 * /search/pinyin.json: the site's vocabulary with its pinyin and the characters that sound like it
 * (src/search/pinyin-table.ts). The search page loads it only when part of a query finds nothing, to
 * offer "您是不是要找" with the word the reader meant.
 */
import { getDirectory } from '../../content/directory.ts';
import { getHandouts, getNews, getPages } from '../../content/pages.ts';
import { t, type UiKey } from '../../lib/i18n.ts';
import { HUB_WORDS, HOTLINE_WORDS, LECTURE_WORDS, TIME_WORDS } from '../../search/intents.ts';
import { NAV, MORE } from '../../lib/navigation.ts';
import { buildPinyinTable } from '../../search/pinyin-table.ts';
import { SYNONYM_GROUPS } from '../../search/synonyms.ts';
import { shortTownName } from '../../search/terms.ts';

export async function GET() {
  const { towns, homes } = await getDirectory();
  const entries = [...(await getPages()), ...(await getHandouts()), ...(await getNews())];
  const vocabulary = [
    ...entries.flatMap((e) => [...e.data.keywords, ...e.data.title.split(/[：:，,、（）()“”\s]+/)]),
    ...towns.flatMap((town) => [town.name, shortTownName(town.name)]),
    ...homes.map((home) => home.community),
    ...SYNONYM_GROUPS.flat(),
    ...[...NAV, ...MORE].map((item) => t(item.key as UiKey)),
    ...Object.values(HUB_WORDS).flat(),
    ...HOTLINE_WORDS,
    ...TIME_WORDS,
    ...LECTURE_WORDS,
  ];
  return new Response(JSON.stringify(buildPinyinTable(vocabulary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

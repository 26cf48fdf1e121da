/**
 * The search page's small table, written at build time to /search/terms.json
 * (src/pages/search/terms.json.ts) and loaded with the first search, before and often instead of the
 * full-text index (src/search/table-rank.ts ranks it): every page editors wrote (sections and handouts)
 * with its title, summary and keywords; each street, town and township with its villages and
 * communities; the hotline page and the hotline numbers. Its size grows with editor-written pages and
 * with the villages of the district, not with homes, lectures or news.
 */
import { t } from '../lib/i18n.ts';

export interface TermsTown {
  name: string;
  /** The name without 街道 / 镇 / 乡, as people say it (河湾镇 → 河湾). */
  short: string;
  url: string;
  title: string;
  summary: string;
  villages: string[];
}

export interface TermsPage {
  url: string;
  title: string;
  summary: string;
  keywords: string[];
  /** The kind's label, as search results show it. */
  kind: string;
}

export interface SearchTerms {
  pages: TermsPage[];
  towns: TermsTown[];
  /** The address of the page that lists the hotlines, for queries about a number to call. */
  hotline: string | null;
  hotlines: string[];
}

/** The longest name a title may give; longer titles are sentences, not names. */
export const MAX_NAME_CHARS = 10;

/**
 * The name a title gives its subject (福彩圆梦, 家庭保护, 困境儿童分类保障): the part before "：", or
 * the whole title when it is short enough. A query holding it asks for that page.
 */
export function titleName(title: string): string | null {
  const name = title.split(/[：:]/)[0]!.trim();
  return [...name].length >= 2 && [...name].length <= MAX_NAME_CHARS ? name : null;
}

/** A town's name as people say it, without its 街道 / 镇 / 乡. */
export const shortTownName = (name: string) => name.replace(/(街道|镇|乡)$/, '');

/** What the table is made from: the pages editors wrote (sections and handouts), the towns and the hotlines. */
export interface TermsSource {
  pages: TermsPage[];
  /** Each town with its address's id and the villages and communities of its homes. */
  towns: { id: string; name: string; villages: string[] }[];
  hotlines: string[];
}

/** The table (/search/terms.json) of a site: its pages, its towns, and the help page that lists the hotlines. */
export function searchTerms({ pages, towns, hotlines }: TermsSource): SearchTerms {
  const hotlinePage = pages.find((p) => p.url.startsWith('/help/') && p.keywords.some((k) => k.includes('热线')));
  return {
    pages,
    towns: towns.map(({ id, name, villages }) => ({
      name,
      short: shortTownName(name),
      url: `/towns/${id}/`,
      title: t('town.title', { town: name }),
      summary: t('town.description', { town: name }),
      villages: [...new Set(villages)],
    })),
    hotline: hotlinePage?.url ?? null,
    hotlines,
  };
}

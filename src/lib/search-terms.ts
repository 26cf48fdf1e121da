/**
 * The search page's small table, written at build time to /search/terms.json
 * (src/pages/search/terms.json.ts) and loaded with the first search, before and often instead of the
 * full-text index (src/lib/search-rank.ts ranks it): every page editors wrote (sections and handouts)
 * with its title, summary and keywords; each street, town and township with its villages and
 * communities; the hotline page and the hotline numbers. Its size grows with editor-written pages and
 * with the villages of the district, not with homes, lectures or news.
 */

export interface TermsTown {
  name: string;
  /** The name without 街道 / 镇 / 乡, as people say it: 城关, 城南. */
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

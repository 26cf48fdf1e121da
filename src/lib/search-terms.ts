/**
 * The search page's small table of things it answers directly, written at build time to
 * /search/terms.json (src/pages/search/terms.json.ts) and loaded with the first search: each street,
 * town and township with its villages and communities (a place name leads to its town page), the
 * content pages whose title names a policy, a protection or a service (that name leads to the page),
 * and the hotline page with the hotline numbers. Its size grows with towns, villages and
 * editor-written pages, not with homes, lectures or news.
 */

export interface TermsTown {
  name: string;
  /** The name without 街道 / 镇 / 乡, as people say it: 掌政, 月牙湖. */
  short: string;
  url: string;
  title: string;
  summary: string;
  villages: string[];
}

export interface TermsAnswer {
  /** The name the page's title gives its subject: 福彩圆梦, 家庭保护, 困境儿童分类保障. */
  name: string;
  url: string;
  title: string;
  summary: string;
  kind: string;
}

export interface SearchTerms {
  towns: TermsTown[];
  answers: TermsAnswer[];
  /** The page that lists the hotlines, for queries about a number to call. */
  hotline: TermsAnswer | null;
  hotlines: string[];
}

/** The longest name a title may give; longer titles are sentences, not names. */
export const MAX_NAME_CHARS = 10;

/** The name in a title: the part before "：", or the whole title when it is short enough. */
export function titleName(title: string): string | null {
  const name = title.split(/[：:]/)[0]!.trim();
  return [...name].length >= 2 && [...name].length <= MAX_NAME_CHARS ? name : null;
}

/** A town's name as people say it, without its 街道 / 镇 / 乡. */
export const shortTownName = (name: string) => name.replace(/(街道|镇|乡)$/, '');

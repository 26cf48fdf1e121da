/**
 * How the first answer from the postings (engine.ts) and the full answer from Pagefind (full-text.ts)
 * weigh a page beyond how much of the query it covers: its kind, the town the query names, and for a
 * page known only by its card, that it is one of many.
 */
import { shortTownName } from './terms.ts';

/**
 * How a page's kind weighs among the pages the text finds: what editors wrote to explain (law,
 * guides, policies, help) before handouts and town pages, those before news, and single homes and
 * lectures last (there are many, and each repeats the same few words). Keyed by the first segment of
 * the page's address.
 */
export const SECTION_PRIOR: Record<string, number> = {
  law: 0.12,
  guide: 0.12,
  policy: 0.12,
  help: 0.12,
  about: 0.08,
  handouts: 0.08,
  towns: 0.06,
  news: 0,
  homes: -0.04,
  lectures: -0.04,
};

/** Weights of a page's score: the share of the query it covers counts most, then its rank by where the words stand. */
export const RELEVANCE_WEIGHT = 0.5;

/** Homes, lectures and town pages of a town the query names come before those of other towns. */
export const IN_TOWN_BOOST = 0.2;

/**
 * A first answer's page known only by its card (a home, a lecture, a news post) ranks below the pages
 * editors wrote that cover the query about as well: there are many of them, each repeating the same
 * few words, and the postings cannot tell their kind before the card is fetched.
 */
export const CARD_PRIOR = -0.15;

/** The prior of a page by its address ("/law/overview/" → law's). */
export const sectionPrior = (url: string): number => SECTION_PRIOR[url.split('/')[1] ?? ''] ?? 0;

/** Whether one of the query's chunks names the town (its full name, or the name as people say it). */
export const namesTown = (town: string, chunks: readonly string[]): boolean =>
  chunks.some((p) => town.startsWith(p) || p.includes(shortTownName(town)));

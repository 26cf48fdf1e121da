/**
 * The search page's first full-text answer, small enough for a phone on a weak connection: the
 * bigrams of every indexed page (the same tokens the Pagefind index holds, src/search/grams.ts),
 * written by the build (src/integrations/search-shards.ts) as many small files the page fetches a few
 * of, instead of Pagefind's runtime, WebAssembly and index chunks.
 *
 * - Postings: /search/grams/<n>.json maps each bigram to the pages holding it and where (title,
 *   keywords, summary, text). A bigram's file is chosen by its first character, so the bigrams that
 *   start with one character share a file and a one-character query piece finds them all.
 * - Pages: a page the search page's table lists (src/search/terms.ts) is numbered by its place in
 *   the table, which the page already holds; every other page (homes, lectures, news) has a card
 *   (address, title, kind, town, date, summary) in /search/cards/<n>.json, so many to a file that the
 *   first screen's results usually need one.
 * - The plan (how many postings files, how many cards to a file) is written on the search page itself
 *   (data-shards, data-block on <site-search>), so nothing more is fetched to know where to look.
 *
 * Index size and time are linear in the pages: each page adds its postings and one card.
 */
import type { SearchTerms } from './terms.ts';

/**
 * Where in a page a bigram stands, as one small number: a bit for each of the summary, the keywords
 * and the title, and above them how often it stands in the text, as a step of TEXT_STEPS (see
 * textStep: 0 when it is not in the text).
 */
export const IN = { summary: 1, keywords: 2, title: 4 } as const;
const TEXT_SHIFT = 3;
export const TEXT_STEPS = 7;
const FLAG_BITS = 6;

/**
 * How often a bigram stands in a page's text, as search engines weigh it (BM25, k1 = 1.2, b = 0.75):
 * more often counts more, less and less, and a long page needs more to count as much. 0–2.2, kept as
 * a step of 1/3.
 */
export function textStep(count: number, pageLength: number, averageLength: number): number {
  if (count === 0) return 0;
  const k1 = 1.2;
  const b = 0.75;
  const weight = (count * (k1 + 1)) / (count + k1 * (1 - b + (b * pageLength) / averageLength));
  return Math.max(1, Math.min(TEXT_STEPS, Math.round(weight * 3)));
}

/** A posting's flags: its places and its text step. */
export const placeFlags = (places: number, step: number) => (step << TEXT_SHIFT) | places;

/** How much a bigram counts by where it stands: title, keywords and summary as the full-text index weighs them (src/search/fields.ts), else how often it stands in the text. */
export function placeWeight(flags: number): number {
  return flags & IN.title ? 8 : flags & IN.keywords ? 6 : flags & IN.summary ? 3 : (flags >> TEXT_SHIFT) / 3;
}

/** Postings per file the build aims at: some 6 KB gzip, so two or three files stay well inside the first-search budget. */
export const POSTINGS_PER_SHARD = 3000;
/** Cards per file. */
export const CARDS_PER_BLOCK = 64;

/** The postings file of a bigram: by its first character (a multiplicative hash, to spread neighbours). */
export function shardOf(gram: string, shards: number): number {
  return (Math.imul(gram.codePointAt(0)!, 2654435761) >>> 0) % shards;
}

/** A page's card: what a result shows without fetching the page. */
export type Card = [url: string, title: string, kind: string, town: string, date: string, summary: string];

/** The addresses of the table's pages in the order they are numbered: its pages, then its towns. */
export function tableUrls(terms: SearchTerms): string[] {
  return [...terms.pages.map((p) => p.url), ...terms.towns.map((t) => t.url)];
}

/** One bigram's postings, ascending page numbers: each as the gap from the last, times 16, plus its flags. */
export function encodePostings(postings: readonly (readonly [page: number, flags: number])[]): number[] {
  let last = 0;
  return postings.map(([page, flags]) => {
    const gap = page - last;
    last = page;
    return gap * (1 << FLAG_BITS) + flags;
  });
}

export function decodePostings(encoded: readonly number[]): [page: number, flags: number][] {
  let page = 0;
  return encoded.map((n) => {
    page += Math.floor(n / (1 << FLAG_BITS));
    return [page, n % (1 << FLAG_BITS)];
  });
}

/** The plan as the search page carries it. */
export interface ShardPlan {
  shards: number;
  block: number;
  /** How many pages the table numbers: cards start after them. */
  tablePages: number;
  /** How many pages the postings cover (for how telling a bigram is: the fewer pages hold it, the more). */
  pages: number;
  /** The bigrams most pages hold (COMMON_SHARE or more), most common first: they tell pages apart little and are taken as held. */
  common: string[];
  /** How many parts Pagefind's index is written in (src/integrations/pagefind.ts): the full answer merges them. */
  indexParts: number;
}

/** Pagefind's folder below the site's base: its files are the full-text index, not pages of the site. */
export const PAGEFIND_DIR = 'pagefind';

/** The folder below the site's base that part `n` (from 1) of Pagefind's index is in. */
export const indexPartFolder = (n: number): string => (n === 1 ? `${PAGEFIND_DIR}/` : `${PAGEFIND_DIR}/part-${n}/`);

/** The folders of the parts merged into the first, for an index written in `indexParts` parts. */
export const laterIndexParts = (indexParts: number): string[] =>
  Array.from({ length: indexParts - 1 }, (_, i) => indexPartFolder(i + 2));

/** The plan as the build writes it on the search page's <site-search>: attribute name → value. */
export function planAttributes(plan: ShardPlan): Record<string, string> {
  return {
    'data-shards': String(plan.shards),
    'data-block': String(plan.block),
    'data-table-pages': String(plan.tablePages),
    'data-pages': String(plan.pages),
    'data-common': plan.common.join(' '),
    'data-index-parts': String(plan.indexParts),
  };
}

/** The plan read back from those attributes; null when they are missing (a page not built, as in `astro dev`). */
export function readPlan(attribute: (name: string) => string | null | undefined): ShardPlan | null {
  const [shards, block, tablePages, pages, indexParts] = [
    'data-shards',
    'data-block',
    'data-table-pages',
    'data-pages',
    'data-index-parts',
  ].map((name) => attribute(name));
  if (!shards || !block || !tablePages || !pages || !indexParts) return null;
  return {
    shards: Number(shards),
    block: Number(block),
    tablePages: Number(tablePages),
    pages: Number(pages),
    common: (attribute('data-common') ?? '').split(' ').filter(Boolean),
    indexParts: Number(indexParts),
  };
}

/** The share of pages a bigram must stand in to be common. */
export const COMMON_SHARE = 0.25;
/** The most common bigrams the plan lists, at most: it is written on the search page. */
export const MAX_COMMON = 200;

/** The card file holding page `page`, and its place there. */
export function cardPlace(page: number, plan: ShardPlan): [block: number, at: number] {
  const n = page - plan.tablePages;
  return [Math.floor(n / plan.block), n % plan.block];
}

/**
 * What the search engine (engine.ts) answers: results, each with the data the search page shows for it
 * (loaded when shown), and what the page says about the answer (counts per filter, a partial match, a
 * corrected typo, whether more may come).
 */
import { escapeHtml } from './excerpt.ts';
import type { TableHit } from './table-rank.ts';

/** Results loaded at once: what a phone's first screen shows. The rest load when scrolled to. */
export const FIRST_SCREEN = 3;

/** What a result shows, in the shape of Pagefind's result data (its excerpt is HTML). */
export interface ResultData {
  /** The page's address, under the base path. */
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** On a first answer from the postings: the reader's words the page's text holds, shown when its summary does not. */
  inText?: string[];
}

/** One result: a page the index found, or a page the search answers directly (a section, the hotlines). */
export interface Hit {
  id: string;
  score: number;
  /** Set on pages the table lists: their address under the base path, known without loading anything. */
  url?: string;
  data: () => Promise<ResultData>;
}

/** Filter key → the value chosen (kind, town). */
export type Filters = Record<string, string>;

export interface Found {
  results: Hit[];
  /** Per filter (kind, town), how many results each value has, before filtering. */
  counts: Record<string, Record<string, number>>;
  /** The reader's words found nowhere, and those found: set when no page covers them all. */
  partial: { missing: string[]; found: string[] } | null;
  /** The query as corrected for homophone typos, when its results are the ones shown. */
  corrected: string | null;
  /** False when this is the first answer (from the table, or the table and the text's postings): the full-text index may add more pages. */
  complete: boolean;
  /** Set on a first answer that searched the text's postings as well as the table. */
  fromText?: boolean;
  /** The words a result's text is marked at, longest first: the query's runs, chunks, synonyms and words, as searched. */
  words: string[];
}

/** A result's data, loaded once however often it is asked for (ranking, then rendering). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/** A page of the table as a result: everything it shows is in the table, nothing to fetch. */
export function tableHit(
  siteUrl: (path: string) => string,
  hit: Pick<TableHit, 'url' | 'title' | 'summary' | 'kind' | 'town' | 'score'>,
  score = hit.score,
  id = `table:${hit.url}`,
  inText: string[] = [],
): Hit {
  // The excerpt is HTML (Pagefind's is): the summary is text, so it is escaped.
  const data: ResultData = {
    url: siteUrl(hit.url),
    content: hit.summary,
    excerpt: escapeHtml(hit.summary),
    meta: { title: hit.title, kind: hit.kind, town: hit.town },
    inText,
  };
  return { id, url: data.url, score, data: async () => data };
}

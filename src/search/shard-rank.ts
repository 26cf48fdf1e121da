/**
 * Ranks pages on the search page's first full-text answer (src/search/shards.ts): which pages
 * hold the query's chunks, those the table could not name first, and how well. A chunk is held when every
 * bigram of it (or of one of its synonyms) stands in the page, or each of its words does; a page is
 * scored by how much of the query it holds, weighted by where it holds them (title, keywords,
 * summary, text), as the full-text answer scores pages (full-text.ts). Only a few postings files are
 * fetched for a first answer, so when a query's bigrams fall in more files than that, what is searched
 * is chosen (shardsToFetch) and the rest waits for the full answer. What the pages hold (holdShards) is
 * looked up once and serves twice: to tell which chunks the text holds nowhere, then to score the pages.
 */
import { queryGrams } from './grams.ts';
import type { ParsedQuery } from './query.ts';
import { decodePostings, placeWeight, shardOf, type ShardPlan } from './shards.ts';
import { expandQuery } from './synonyms.ts';

/**
 * The files a first answer may fetch besides the search code and the table, postings and result cards
 * together: the first search then stays within 6 requests (README "性能预算").
 */
export const FIRST_FILES = 4;
/** Of those, postings files at most: at least one card file stays. */
export const FIRST_SHARDS = 3;

export interface Unit {
  /** Index of the query chunk this unit belongs to. */
  chunk: number;
  /** The chunk as a whole (with its synonyms), or one of its words. */
  whole: boolean;
  weight: number;
  /** Each way of writing it, as its bigrams. */
  variants: string[][];
  /** Whether it belongs to a chunk the table could not name: those are searched first. */
  first: boolean;
}

const length = (text: string) => [...text].length;
/** The least share of a long unit's bigrams a page must hold to count for it at all. */
const MIN_SHARE = 0.25;
// Every chunk, word and synonym holds letters or digits: it has bigrams.
const gramsOf = (text: string) => queryGrams(text).split(' ');

/** Every chunk's units, the chunks the table could not name (`first`) before the others. */
export function shardUnits(parsed: ParsedQuery, first: readonly string[]): Unit[] {
  return parsed.chunks.flatMap((chunk, index) => {
    const isFirst = first.includes(chunk.text);
    return [
      {
        chunk: index,
        whole: true,
        weight: 2 * length(chunk.text),
        variants: chunk.variants.map(gramsOf),
        first: isFirst,
      },
      ...chunk.words.map((word) => ({
        chunk: index,
        whole: false,
        weight: length(word),
        variants: expandQuery(word).map(gramsOf),
        first: isFirst,
      })),
    ];
  });
}

/** A unit's bigrams, most telling first: the first and the last, then those between. */
const byPriority = (grams: string[]) => (grams.length <= 2 ? grams : [grams[0]!, grams.at(-1)!, ...grams.slice(1, -1)]);

/**
 * The postings files to fetch, at most `max`, a unit at a time: the chunks the table could not name
 * first, each chunk as typed before its words; synonyms after. First every way of writing a unit
 * whose bigrams' files all still fit, then, with what room is left, the most telling bigrams of the
 * rest (see holdShards for how part of a unit counts).
 */
export function shardsToFetch(
  units: readonly Unit[],
  shards: number,
  common: ReadonlySet<string> = new Set(),
  max = FIRST_SHARDS,
): number[] {
  const chosen = new Set<number>();
  // Bigrams on most pages tell little and are taken as held (see holdShards): their files are not needed.
  const telling = (grams: string[]) => grams.filter((g) => !common.has(g));
  const ordered = [...units].sort((a, b) => Number(b.first) - Number(a.first) || Number(b.whole) - Number(a.whole));
  const tries = [...ordered.flatMap((u) => u.variants.slice(0, 1)), ...ordered.flatMap((u) => u.variants.slice(1))].map(
    telling,
  );
  for (const grams of tries) {
    const needed = new Set([...chosen, ...grams.map((g) => shardOf(g, shards))]);
    if (needed.size <= max) for (const n of needed) chosen.add(n);
  }
  for (const grams of tries) {
    for (const gram of byPriority(grams)) {
      if (chosen.size >= max) return [...chosen];
      chosen.add(shardOf(gram, shards));
    }
  }
  return [...chosen];
}

/** Postings of a bigram: page number → where it stands (flags); undefined when its file was not fetched. */
export type Lookup = (gram: string) => Map<number, number> | undefined;

export interface ShardHit {
  page: number;
  /** The share of the searched units' weight the page holds, 0–1. */
  cover: number;
  /** The same, each unit weighted by where the page holds it, relative to the best page for that unit. */
  relevance: number;
  /** The chunks (by index) the page holds, whole or word by word (a common bigram not looked up taken as held). */
  held: Set<number>;
  /** The chunks (by index) the page's postings show it holds whole, every bigram looked up: what the page may say its text holds. */
  shown: Set<number>;
}

/** How a page holds one searched unit. */
interface Holding {
  /** The share of the unit's bigrams the page is known to hold, squared: part of a long chunk counts a little. */
  share: number;
  /** The mean weight of where those bigrams stand (title, keywords, summary, text). */
  weight: number;
  /** Whether it holds every bigram (a common bigram not looked up taken as held). */
  holds: boolean;
  /** Whether every bigram was looked up and found. */
  shown: boolean;
}

/**
 * What the fetched postings say the pages hold of a query, before any page is scored: enough to tell
 * which of the query's chunks the site's text holds (a chunk found nowhere may be a typo) and, the
 * same lookups, what rankShards scores the pages by.
 */
export interface Holdings {
  /** Each unit that could be searched, with the pages holding it. */
  units: { unit: Unit; pages: Map<number, Holding> }[];
  /** The chunks (by index) searched in full: every bigram of some way of writing them, or of each of their words, was looked up. */
  searched: Set<number>;
  /** Per page, the chunks (by index) it holds, whole or word by word, and those it is shown to hold whole (see ShardHit). */
  pages: Map<number, { held: Set<number>; shown: Set<number> }>;
}

/**
 * The pages holding any unit that could be searched (see shardsToFetch), with what they hold. A
 * `common` bigram (one most pages hold) whose file was not fetched is taken as held by every page
 * that holds the unit's other bigrams.
 */
export function holdShards(units: readonly Unit[], lookup: Lookup, common: ReadonlySet<string> = new Set()): Holdings {
  const wordsPerChunk = new Map<number, number>();
  for (const unit of units) if (!unit.whole) wordsPerChunk.set(unit.chunk, (wordsPerChunk.get(unit.chunk) ?? 0) + 1);
  const searchedWords = new Map<number, number>();
  const searched = new Set<number>();
  const found: Holdings['units'] = [];
  const perPage = new Map<number, { whole: Set<number>; words: Map<number, number>; shown: Set<number> }>();
  for (const unit of units) {
    const best = new Map<number, Holding>();
    let any = false;
    let complete = false;
    for (const variant of unit.variants) {
      // A way of writing the unit is searched when at least half its bigrams could be looked up (their
      // files fetched, or common). A page counts for it by the share of all its bigrams it is known to
      // hold, squared: holding part of a long chunk counts a little, holding all of it counts in full.
      const looked = variant.map((gram) => ({ gram, list: lookup(gram) }));
      const lists = looked.flatMap(({ list }) => (list ? [list] : []));
      const assumed = looked.filter(({ gram, list }) => !list && common.has(gram)).length;
      const seen = lists.length + assumed;
      if (lists.length === 0 || seen * 2 < variant.length) continue;
      any = true;
      complete ||= seen === variant.length;
      const holding = new Map<number, [count: number, weight: number]>();
      for (const list of lists) {
        for (const [page, flags] of list) {
          const [count, weight] = holding.get(page) ?? [assumed, assumed];
          holding.set(page, [count + 1, weight + placeWeight(flags)]);
        }
      }
      for (const [page, [count, weight]] of holding) {
        const share = count / variant.length;
        if (share < MIN_SHARE) continue;
        const known = best.get(page);
        const score = {
          share: share * share,
          weight: weight / count,
          holds: count === variant.length,
          shown: count === variant.length && assumed === 0,
        };
        const better = !known || known.share * known.weight < score.share * score.weight ? score : known;
        best.set(page, {
          ...better,
          holds: score.holds || (known?.holds ?? false),
          shown: score.shown || (known?.shown ?? false),
        });
      }
    }
    if (!any) continue;
    // Whether the query's chunk could be told missing: only when a way of writing it was looked up whole.
    if (complete) {
      if (unit.whole) searched.add(unit.chunk);
      else searchedWords.set(unit.chunk, (searchedWords.get(unit.chunk) ?? 0) + 1);
    }
    found.push({ unit, pages: best });
    for (const [page, { holds, shown }] of best) {
      let entry = perPage.get(page);
      if (!entry) perPage.set(page, (entry = { whole: new Set(), words: new Map(), shown: new Set() }));
      if (shown && unit.whole) entry.shown.add(unit.chunk);
      if (!holds) continue;
      if (unit.whole) entry.whole.add(unit.chunk);
      else entry.words.set(unit.chunk, (entry.words.get(unit.chunk) ?? 0) + 1);
    }
  }
  for (const [chunk, n] of searchedWords) if (n === wordsPerChunk.get(chunk)) searched.add(chunk);
  const pages: Holdings['pages'] = new Map();
  for (const [page, e] of perPage) {
    const byWords = [...e.words].filter(([chunk, n]) => n === wordsPerChunk.get(chunk)).map(([chunk]) => chunk);
    pages.set(page, { held: new Set([...e.whole, ...byWords]), shown: e.shown });
  }
  return { units: found, searched, pages };
}

/** The chunks (by index) among `chunks` that were searched in full and that no page holds. */
export function unheldChunks(holdings: Holdings, chunks: readonly number[]): number[] {
  const held = new Set([...holdings.pages.values()].flatMap((p) => [...p.held]));
  return chunks.filter((chunk) => holdings.searched.has(chunk) && !held.has(chunk));
}

/** Scores the pages of `holdings` by how much of the query each holds and where; `pageCount` pages in all. */
export function rankShards(holdings: Holdings, pageCount: number): ShardHit[] {
  const scores = new Map<number, { cover: number; relevance: number }>();
  let total = 0;
  for (const { unit, pages } of holdings.units) {
    // A unit few pages hold tells more than one most pages hold (inverse document frequency, as BM25).
    const telling = unit.weight * Math.log(1 + (pageCount - pages.size + 0.5) / (pages.size + 0.5));
    total += telling;
    const top = Math.max(...[...pages.values()].map((b) => b.share * b.weight), 1e-9);
    for (const [page, { share, weight }] of pages) {
      let entry = scores.get(page);
      if (!entry) scores.set(page, (entry = { cover: 0, relevance: 0 }));
      entry.cover += telling * share;
      entry.relevance += (telling * share * weight) / top;
    }
  }
  return [...scores].map(([page, e]) => ({
    page,
    cover: e.cover / (total || 1),
    relevance: e.relevance / (total || 1),
    held: holdings.pages.get(page)!.held,
    shown: holdings.pages.get(page)!.shown,
  }));
}

/** What the fetched postings files hold of a query's chunks the table does not name. */
export interface Postings {
  holdings: Holdings;
  /** How many postings files were fetched for it. */
  files: number;
  /** Those chunks, searched in full, that no page's text holds. */
  unheld: string[];
}

/**
 * Fetches the postings files a first answer may (shardsToFetch), the chunks the table does not name
 * (`absent`) first, and looks up what the pages hold of the query (holdShards).
 */
export async function lookUpPostings(
  plan: ShardPlan,
  parsed: ParsedQuery,
  absent: readonly string[],
  fetchFile: (n: number) => Promise<Record<string, number[]>>,
): Promise<Postings> {
  const units = shardUnits(parsed, absent);
  const common = new Set(plan.common);
  const files = new Map(
    await Promise.all(shardsToFetch(units, plan.shards, common).map(async (n) => [n, await fetchFile(n)] as const)),
  );
  const lookup = (gram: string) => {
    const file = files.get(shardOf(gram, plan.shards));
    return file ? lookupIn(file, gram) : undefined;
  };
  const holdings = holdShards(units, lookup, common);
  const indices = absent.map((text) => parsed.chunks.findIndex((c) => c.text === text));
  const unheld = unheldChunks(holdings, indices).map((i) => parsed.chunks[i]!.text);
  return { holdings, files: files.size, unheld };
}

/** A bigram's postings from one fetched file: the bigram itself, or for one character every bigram it starts. */
export function lookupIn(file: Record<string, number[]>, gram: string): Map<number, number> {
  const found = new Map<number, number>();
  const add = (encoded: number[] | undefined) => {
    for (const [page, flags] of decodePostings(encoded ?? [])) found.set(page, (found.get(page) ?? 0) | flags);
  };
  if ([...gram].length > 1) add(file[gram]);
  else for (const key of Object.keys(file)) if (key.startsWith(gram)) add(file[key]);
  return found;
}

/**
 * The results in their order, except that the first screen (`screen` results) shows cards from at
 * most `files` card files: a card from one more file moves to just below the first screen, where it
 * loads when the reader scrolls to it, so the first search keeps its request budget.
 */
export function firstScreenWithin<T extends { cardFile: number | undefined }>(
  ordered: readonly T[],
  screen: number,
  files: number,
): T[] {
  const first: T[] = [];
  const waiting: T[] = [];
  const used = new Set<number>();
  let at = 0;
  for (; at < ordered.length && first.length < screen; at++) {
    const result = ordered[at]!;
    const file = result.cardFile;
    if (file === undefined || used.has(file) || used.size < files) {
      if (file !== undefined) used.add(file);
      first.push(result);
    } else waiting.push(result);
  }
  return [...first, ...waiting, ...ordered.slice(at)];
}

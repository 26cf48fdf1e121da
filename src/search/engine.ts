/**
 * The search: answers a reader's query from the files the build wrote, however they are fetched (the
 * search page fetches them from the site; tests read a built folder in Node). A query is read once
 * (query.ts), homophone typos corrected in that reading, then ranked once, by the first of these that
 * can answer it:
 *
 * 1. the search page's own table (/search/terms.json, table-rank.ts): when its pages name every chunk
 *    of the query, and the reader has not asked for more nor filtered, they are the first answer and
 *    nothing else loads;
 * 2. a few postings files of the pages' text (/search/grams/, shards.ts, shard-rank.ts) with result
 *    cards (/search/cards/): the first answer when part of the query names nothing in the table;
 * 3. Pagefind's full-text index (full-text.ts): when the reader asks for more, filters, or the
 *    postings found nothing. The table's whole matches stay first.
 *
 * Typos: when part of the query is found nowhere (neither in the table nor, for a first answer, in the
 * text searched), the pinyin table (/search/pinyin.json) is fetched and that part corrected to the
 * site's own word, if the table knows the corrected word.
 */
import { escapeHtml } from './excerpt.ts';
import { ADDRESS_FILTER } from './fields.ts';
import { openFullText, absentFromFirstScreen, rankFullText, type FullText, type Pagefind } from './full-text.ts';
import { textRuns } from './grams.ts';
import {
  correctChunks,
  parseQuery,
  typoIndex,
  type ParsedQuery,
  type PinyinTable,
  type Reading,
  type TypoIndex,
} from './query.ts';
import { FIRST_SCREEN, once, tableHit, type Filters, type Found, type Hit } from './results.ts';
import { FIRST_FILES, firstScreenWithin, lookUpPostings, rankShards, type Postings } from './shard-rank.ts';
import { cardPlace, laterIndexParts, tableUrls, type Card, type ShardPlan } from './shards.ts';
import {
  absentFromTable,
  rankTable,
  tableEntries,
  type TableEntry,
  type TableHit,
  type TableRanking,
} from './table-rank.ts';
import type { SearchTerms } from './terms.ts';
import { CARD_PRIOR, IN_TOWN_BOOST, RELEVANCE_WEIGHT, namesTown, sectionPrior } from './weights.ts';

/** Where the search reads the built site's files from. */
export interface SearchSource {
  /** The site's base path, with its slashes ("/", "/zt/wcnrbh/"): results link under it. */
  base: string;
  /** Where the first answer's postings and cards are (written on the search page); null without them. */
  plan: ShardPlan | null;
  /** A JSON file of the site, by its path below the base ("search/terms.json"). */
  json: (path: string) => Promise<unknown>;
  /** Pagefind's runtime, the site's pagefind/pagefind.js. */
  pagefind: () => Promise<Pagefind>;
  /** The address a folder of the site is fetched from, by its path below the base ("pagefind/part-2/"). */
  address: (path: string) => string;
}

interface Table {
  terms: SearchTerms;
  entries: ReturnType<typeof tableEntries>;
}

const FACETS = ['kind', 'town'] as const;
const lower = (text: string) => text.normalize('NFKC').toLowerCase();
const facetOf = (hit: TableHit, key: string) => (key === 'kind' ? hit.kind : key === 'town' ? hit.town : undefined);

/** Per filter, how many of `items` have each value. */
function countFacets<T>(items: readonly T[], value: (item: T, key: string) => string | undefined): Found['counts'] {
  const counts: Found['counts'] = {};
  for (const item of items)
    for (const key of FACETS) {
      const v = value(item, key);
      if (v) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
    }
  return counts;
}

/** The partial-match note: set when some of the query's chunks are missing. */
const partialOf = (parsed: ParsedQuery, missing: readonly string[]): Found['partial'] =>
  missing.length > 0
    ? { missing: [...missing], found: parsed.chunks.map((c) => c.text).filter((c) => !missing.includes(c)) }
    : null;

/** The words a result is marked at: the query's runs, and each chunk with its synonyms and words, longest first. */
const wordsOf = ({ text, parsed }: Reading) =>
  [...new Set([...textRuns(text), ...parsed.chunks.flatMap((c) => [...c.variants, ...c.words])])].sort(
    (a, b) => b.length - a.length,
  );

export class SearchEngine {
  readonly #source: SearchSource;
  readonly #files = new Map<string, Promise<unknown>>();
  #table: Promise<Table> | undefined;
  #typos: Promise<TypoIndex> | undefined;
  #fullText: Promise<FullText> | undefined;

  constructor(source: SearchSource) {
    this.#source = source;
  }

  /** Loads the table ahead of the first query (the search page does when the reader focuses the box). */
  async prepare(): Promise<void> {
    await this.#loadTable();
  }

  /**
   * Every page related to the query, best first. `full: false` asks for a first answer (see the module
   * comment), which `complete: false` marks; the full answer continues it.
   */
  async find(query: string, filters: Filters = {}, { full = true }: { full?: boolean } = {}): Promise<Found> {
    const table = await this.#loadTable();
    const active = Object.entries(filters);
    // A first answer (no filter chosen, the reader has not asked for more) may come from the table, or
    // from the table and a few postings files of the text; the full-text index waits.
    const plan = !full && active.length === 0 ? this.#source.plan : null;
    let reading: Reading = { text: lower(query), parsed: parseQuery(query) };
    let corrected: string | null = null;
    // Which chunks the site holds: the table's words, then (for a first answer) the text's postings.
    const notInTable = absentFromTable(table.entries, reading.parsed);
    let postings = plan && notInTable.length > 0 ? await this.#lookUp(plan, reading.parsed, notInTable) : null;
    const unknown = postings && postings.holdings.pages.size > 0 ? postings.unheld : notInTable;
    const typos = unknown.length > 0;
    if (typos) {
      const knownToTable = (chunk: ParsedQuery['chunks'][number]) =>
        absentFromTable(table.entries, { chunks: [chunk], cleaned: chunk.text }).length === 0;
      const fixed = correctChunks(reading, unknown, await this.#loadTypos(), knownToTable);
      if (fixed) {
        [reading, corrected, postings] = [fixed, fixed.text, null];
      }
    }
    const { parsed } = reading;
    const words = wordsOf(reading);
    const ranking = rankTable(table.terms, reading.text, parsed, table.entries);
    const tableShown = ranking.hits.filter((hit) => active.every(([key, value]) => facetOf(hit, key) === value));
    // Every chunk of the query is named by some page of the table: its pages are the first answer,
    // whole matches first, as in the full answer, which continues after them.
    if (!full && ranking.absent.length === 0 && tableShown.length > 0) {
      const ordered = [...tableShown.filter((hit) => hit.full), ...tableShown.filter((hit) => !hit.full)];
      return {
        results: ordered.map((hit) => tableHit(this.#siteUrl, hit)),
        counts: countFacets(ranking.hits, facetOf),
        partial: null,
        corrected,
        complete: false,
        words,
      };
    }
    // A first answer the table could not give: part of the query names nothing in it (or the query
    // has no words, which the postings answer with nothing).
    if (plan) {
      postings ??= await this.#lookUp(plan, parsed, ranking.absent);
      // The pinyin table, when fetched, is one file fewer for the first screen's cards.
      const answer = this.#fromPostings(plan, table, parsed, ranking, postings, typos ? 1 : 0);
      if (answer) return { ...answer, corrected, words };
    }
    return { ...(await this.#fromFullText(parsed, ranking, active)), corrected, words };
  }

  // Stryker disable next-line Regex: every address the build writes starts with "/", so its first slash is the leading one
  readonly #siteUrl = (path: string) => this.#source.base + path.replace(/^\//, '');

  /** A JSON file of the site, fetched once however often it is asked for. */
  #json<T>(path: string): Promise<T> {
    let file = this.#files.get(path);
    if (!file) this.#files.set(path, (file = this.#source.json(path)));
    return file as Promise<T>;
  }

  /** The search page's own table: the first search loads only this. */
  #loadTable(): Promise<Table> {
    this.#table ??= this.#json<SearchTerms>('search/terms.json').then((terms) => ({
      terms,
      entries: tableEntries(terms),
    }));
    return this.#table;
  }

  /** The pinyin table for typos: loaded only when part of a query names nothing the site has. */
  #loadTypos(): Promise<TypoIndex> {
    this.#typos ??= this.#json<PinyinTable>('search/pinyin.json').then(typoIndex);
    return this.#typos;
  }

  /** What the postings files hold of the query's chunks, those the table does not name (`absent`) first. */
  #lookUp(plan: ShardPlan, parsed: ParsedQuery, absent: readonly string[]): Promise<Postings> {
    return lookUpPostings(plan, parsed, absent, (n) => this.#json(`search/grams/${n}.json`));
  }

  /** Pagefind's runtime and index: loaded when the first answer cannot answer, or the reader wants more. */
  #loadFullText(): Promise<FullText> {
    const { base, plan, address } = this.#source;
    // With the index's later parts (none in `astro dev`, which writes no plan).
    this.#fullText ??= this.#source
      .pagefind()
      .then((pagefind) => openFullText(pagefind, base, laterIndexParts(plan?.indexParts ?? 1).map(address)));
    return this.#fullText;
  }

  /**
   * The first answer when part of the query names nothing in the table: the pages whose text holds the
   * query, scored and merged with the table's pages as the full answer does. The pages the table does
   * not list are shown from their cards, fetched when shown. Null when the text finds nothing, so the
   * full-text index is asked before the reader is told there is no answer.
   */
  #fromPostings(
    plan: ShardPlan,
    { terms, entries }: Table,
    parsed: ParsedQuery,
    ranking: TableRanking,
    postings: Postings,
    otherFiles: number,
  ): Omit<Found, 'corrected' | 'words'> | null {
    const hits = rankShards(postings.holdings, plan.pages);
    if (hits.length === 0) return null;
    const urls = tableUrls(terms);
    const entryByUrl = new Map<string | undefined, TableEntry>(entries.map((e) => [e.url, e]));
    const rowByUrl = new Map(ranking.hits.map((row) => [row.url, row]));
    const places = parsed.chunks.map((c) => c.text);
    // Each page, with the card file it is shown from (none for the table's pages).
    const fromText: { hit: Hit; cardFile: number | undefined }[] = [];
    for (const hit of hits) {
      const score = hit.cover + RELEVANCE_WEIGHT * hit.relevance;
      const inText = [...hit.shown].map((chunk) => parsed.chunks[chunk]!.text);
      if (hit.page < plan.tablePages) {
        // A number the table does not hold (a search page and a table of two builds) has nothing to show.
        const entry = entryByUrl.get(urls[hit.page]);
        if (!entry) continue;
        const { url } = entry;
        const row = rowByUrl.get(url);
        rowByUrl.delete(url);
        const own = score + sectionPrior(url) + (entry.town && namesTown(entry.town, places) ? IN_TOWN_BOOST : 0);
        const merged = tableHit(
          this.#siteUrl,
          row ?? { ...entry, score: 0 },
          row?.full ? row.score : Math.max(row?.score ?? 0, own),
          undefined,
          inText,
        );
        fromText.push({ hit: merged, cardFile: undefined });
        continue;
      }
      const [block, at] = cardPlace(hit.page, plan);
      const card: Hit = {
        id: `card:${hit.page}`,
        score: score + CARD_PRIOR,
        data: once(async () => {
          const [url, title, kind, town, date, summary] = (await this.#json<Card[]>(`search/cards/${block}.json`))[at]!;
          return {
            url: this.#siteUrl(url),
            content: summary,
            excerpt: escapeHtml(summary),
            meta: { title, kind, town: town || undefined, date: date || undefined },
            inText,
          };
        }),
      };
      fromText.push({ hit: card, cardFile: block });
    }
    // The table's pages the text did not add to (their words were not among the files fetched).
    for (const row of rowByUrl.values()) fromText.push({ hit: tableHit(this.#siteUrl, row), cardFile: undefined });
    // By score: the table's answers to an intent first (their boost), then how much of the query
    // each page covers, the pages editors wrote before homes, lectures and news (CARD_PRIOR).
    fromText.sort((a, b) => b.hit.score - a.hit.score);
    const results = firstScreenWithin(fromText, FIRST_SCREEN, FIRST_FILES - postings.files - otherFiles).map(
      (r) => r.hit,
    );
    return {
      results,
      counts: { kind: countFacets(ranking.hits, facetOf)['kind'] ?? {} },
      // A chunk is missing when it was searched and no page holds it; one not searched yet is not.
      partial: partialOf(parsed, postings.unheld),
      complete: false,
      fromText: true,
    };
  }

  /** The full answer: the table's whole matches first, then every page the full-text index relates, by score. */
  async #fromFullText(
    parsed: ParsedQuery,
    ranking: TableRanking,
    active: [string, string][],
  ): Promise<Omit<Found, 'corrected' | 'words'>> {
    const fullText = await this.#loadFullText();
    const ranked = await rankFullText(fullText, parsed);
    const address = fullText.facets[ADDRESS_FILTER] ?? new Map<string, string>();
    // A page the table holds is shown from the table (nothing to fetch), with the better of its two
    // scores and the index's id for it.
    const tableByUrl = new Map(ranking.hits.map((hit) => [hit.url, hit]));
    const fromIndex = new Map<string, Hit>();
    const indexHits = ranked.filter((hit) => {
      const url = address.get(hit.id);
      if (url && tableByUrl.has(url)) {
        fromIndex.set(url, hit);
        return false;
      }
      return true;
    });
    const merged = (hit: TableHit) => {
      const twin = fromIndex.get(hit.url);
      return tableHit(this.#siteUrl, hit, hit.full ? hit.score : Math.max(hit.score, twin?.score ?? 0), twin?.id);
    };
    // What neither the table nor the text of the first pages the index found holds.
    const absentFromIndex = ranking.absent.length === 0 ? [] : await absentFromFirstScreen(indexHits, parsed);
    const absent = ranking.absent.filter((chunk) => absentFromIndex.includes(chunk));
    const rest = [...ranking.hits.filter((hit) => !hit.full).map(merged), ...indexHits].sort(
      (a, b) => b.score - a.score,
    );
    const all = [...ranking.hits.filter((hit) => hit.full).map(merged), ...rest];
    const base = this.#source.base;
    const facetOfHit = (hit: Hit, key: string) => {
      const row = hit.url !== undefined ? tableByUrl.get(hit.url.slice(base.length - 1)) : undefined;
      return row ? facetOf(row, key) : fullText.facets[key]?.get(hit.id);
    };
    return {
      results: all.filter((hit) => active.every(([key, value]) => facetOfHit(hit, key) === value)),
      counts: countFacets(all, facetOfHit),
      partial: all.length > 0 ? partialOf(parsed, absent) : null,
      complete: true,
    };
  }
}

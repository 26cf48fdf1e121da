/**
 * The full answer's pages, from Pagefind's full-text index: every page whose text relates to the query,
 * ranked by how much of the query it covers, Pagefind's rank (title, keywords and summary weigh most,
 * src/search/fields.ts) and its kind (weights.ts). Pagefind matches a query's pieces as word prefixes
 * of the bigrams it indexed (src/search/grams.ts), so every run of a page's text finds the page.
 */
import { META_WEIGHTS, PART_FILTER, SECTION_FILTER } from './fields.ts';
import { queryGrams } from './grams.ts';
import type { ParsedQuery } from './query.ts';
import { FIRST_SCREEN, once, type Hit, type ResultData } from './results.ts';
import { expandQuery } from './synonyms.ts';
import { IN_TOWN_BOOST, RELEVANCE_WEIGHT, SECTION_PRIOR, namesTown } from './weights.ts';

/** The part of Pagefind's runtime API (pagefind/pagefind.js, which ships no types) the search uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

export interface FullText {
  pagefind: Pagefind;
  /** The parts the index was written in ("1", "2"…), as their filter values. */
  parts: string[];
  /** Filter → page id → its value: each page's section, kind, town (and, for pages the table lists, address). */
  facets: Record<string, Map<string, string>>;
}

/**
 * Pagefind set up for this site under `base`, with the index's later parts (`laterParts`, their
 * addresses) merged into the first, and every page's facets read from its filter index.
 */
export async function openFullText(
  pagefind: Pagefind,
  base: string,
  laterParts: readonly string[] = [],
): Promise<FullText> {
  const options = { baseUrl: base, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } };
  // noWorker: search on the page's own thread. This index is small enough that a query takes a few
  // milliseconds there, and the web worker would cost a phone on a weak connection one more request
  // and about 12 KB (gzip) of script.
  await pagefind.options({ ...options, noWorker: true });
  await pagefind.init();
  // A large site's index comes in parts (src/integrations/pagefind.ts); Pagefind searches them as one.
  for (const part of laterParts) await pagefind.mergeIndex(part, options);
  // Which page is of which section, kind and town: one filter-only search per value, answered from
  // the filter index alone.
  const values = await pagefind.filters();
  const facets: FullText['facets'] = {};
  for (const [key, counts] of Object.entries(values)) {
    const map = (facets[key] = new Map());
    for (const value of Object.keys(counts)) {
      const response = await pagefind.search(null, { filters: { [key]: value } });
      for (const result of response?.results ?? []) map.set(result.id, value);
    }
  }
  const parts = [...new Set(facets[PART_FILTER]?.values() ?? [])];
  return { pagefind, facets, parts };
}

/**
 * Pagefind's results for a query's bigrams (`grams`), all of which a page must hold. Pagefind leaves
 * out a bigram its index holds nowhere and answers the others; an index written in parts would so
 * answer from a part that lacks a bigram other parts hold, with pages that do not hold the query. A
 * part's results count only when it holds every bigram some part holds: the answer of the index
 * written whole.
 */
async function searchGrams({ pagefind, facets, parts }: FullText, grams: string): Promise<PagefindResult[]> {
  const results = (await pagefind.search(grams))?.results ?? [];
  if (parts.length < 2) return results;
  const holding = new Map<string, Set<string>>();
  for (const gram of grams.split(' '))
    for (const part of parts)
      if ((await pagefind.search(gram, { filters: { [PART_FILTER]: part } }))?.results.length)
        holding.set(gram, (holding.get(gram) ?? new Set()).add(part));
  const answering = parts.filter((part) => [...holding.values()].every((holders) => holders.has(part)));
  const partOf = facets[PART_FILTER]!;
  return results.filter((result) => answering.includes(partOf.get(result.id) ?? ''));
}

const length = (text: string) => [...text].length;

/** The full-text index's pages for a parsed query, best first: by coverage, Pagefind's rank and kind. */
export async function rankFullText(fullText: FullText, parsed: ParsedQuery): Promise<Hit[]> {
  const { facets } = fullText;
  const units: { variants: string[]; weight: number }[] = [];
  for (const chunk of parsed.chunks) {
    units.push({ variants: chunk.variants, weight: 2 * length(chunk.text) });
    for (const word of chunk.words) units.push({ variants: expandQuery(word), weight: length(word) });
  }
  const total = units.reduce((sum, u) => sum + u.weight, 0) || 1;
  const pages = new Map<string, { result: PagefindResult; cover: number; relevance: number }>();
  for (const unit of units) {
    const best = new Map<string, PagefindResult>();
    for (const variant of unit.variants) {
      // Every variant holds letters or digits (the query's runs and their synonyms): it has bigrams.
      for (const result of await searchGrams(fullText, queryGrams(variant))) {
        const known = best.get(result.id);
        if (!known || known.score < result.score) best.set(result.id, result);
      }
    }
    const top = Math.max(...[...best.values()].map((r) => r.score), 1e-9);
    for (const [id, result] of best) {
      const page = pages.get(id) ?? { result, cover: 0, relevance: 0 };
      page.cover += unit.weight;
      page.relevance += (unit.weight * result.score) / top;
      pages.set(id, page);
    }
  }
  const section = facets[SECTION_FILTER] ?? new Map<string, string>();
  const townOf = facets['town'] ?? new Map<string, string>();
  const places = parsed.chunks.map((c) => c.text);
  const hits = [...pages].map(([id, page]): Hit => {
    let score =
      page.cover / total + (RELEVANCE_WEIGHT * page.relevance) / total + (SECTION_PRIOR[section.get(id) ?? ''] ?? 0);
    const town = townOf.get(id);
    if (town && namesTown(town, places)) score += IN_TOWN_BOOST;
    return { id, score, data: once(page.result.data) };
  });
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * The query's chunks that none of the first screen's results holds as typed (nor as a synonym, nor
 * word by word). Pagefind matches a query's pieces as word prefixes, which finds a page holding
 * each character somewhere; reading the first results' text tells a real match from a loose one.
 * Those results are the ones the page shows first, so this loads nothing the reader would not.
 */
export async function absentFromFirstScreen(hits: readonly Hit[], parsed: ParsedQuery): Promise<string[]> {
  const top = await Promise.all(hits.slice(0, FIRST_SCREEN).map((hit) => hit.data()));
  const texts = top.map((d) =>
    [d.meta['title'], d.meta['keywords'], d.content]
      .join(' ')
      .replace(/\u200B/g, '')
      .toLowerCase(),
  );
  const holds = (text: string, phrase: string) => expandQuery(phrase).some((v) => text.includes(v));
  return parsed.chunks
    .filter(
      (chunk) =>
        !texts.some(
          (text) =>
            chunk.variants.some((v) => text.includes(v)) ||
            (chunk.words.length > 0 && chunk.words.every((w) => holds(text, w))),
        ),
    )
    .map((chunk) => chunk.text);
}

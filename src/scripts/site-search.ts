/**
 * The search page's <site-search> element: runs the reader's query through Pagefind and renders the
 * results. Loaded on demand by SearchPanel.astro; Pagefind itself is fetched from the built site's
 * pagefind/ folder under the base path at the moment this element first searches.
 */
import { t } from '../lib/i18n.ts';
import { queryGrams, textRuns } from '../lib/search-grams.ts';
import { expandQuery } from '../lib/search-synonyms.ts';
import { escapeHtml, literalExcerpt, safeExcerpt } from '../lib/search-excerpt.ts';
import { SEARCH_KINDS, kindLabel } from '../lib/search-kinds.ts';
import { ADDRESS_FILTER, META_WEIGHTS, SECTION_FILTER } from '../lib/search-fields.ts';
import {
  correctTypos,
  parseQuery,
  typoIndex,
  type ParsedQuery,
  type PinyinTable,
  type TypoIndex,
} from '../lib/search-query.ts';
import { rankTable, tableEntries, type TableHit } from '../lib/search-rank.ts';
import {
  FIRST_FILES,
  firstScreenWithin,
  lookupIn,
  rankShards,
  shardUnits,
  shardsToFetch,
} from '../lib/search-shard-rank.ts';
import { cardPlace, shardOf, tableUrls, type Card, type ShardPlan } from '../lib/search-shards.ts';
import { shortTownName, type SearchTerms } from '../lib/search-terms.ts';

/** The part of Pagefind's browser API this page uses (pagefind.js ships no types). */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** On a first answer from the postings: the reader's words the page's text holds, shown when its summary does not. */
  inText?: string[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
type Filters = Record<string, string>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindResponse | null>;
}

/** One result: a page the index found, or a page the search answers directly (a section, the hotlines). */
export interface Hit {
  id: string;
  score: number;
  /** Set on direct answers: their address under the base path, known without loading anything. */
  url?: string;
  data: () => Promise<PagefindResultData>;
}

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
}

/** Results loaded at once: what a phone's first screen shows. The rest load when scrolled to. */
const FIRST_SCREEN = 3;
const PAGE_SIZE = 6;
const KIND_ORDER = SEARCH_KINDS.map(kindLabel);
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const siteUrl = (path: string) => BASE + path.replace(/^\//, '');

/**
 * How a page's kind weighs among the pages the full-text index finds: what editors wrote to explain
 * (law, guides, policies, help) before handouts and town pages, those before news, and single homes
 * and lectures last (there are many, and each repeats the same few words).
 */
const SECTION_PRIOR: Record<string, number> = {
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

/** Weights of a page's score: the share of the query it covers counts most, then Pagefind's rank. */
const RELEVANCE_WEIGHT = 0.5;
const IN_TOWN_BOOST = 0.2;
/**
 * A first answer's page known only by its card (a home, a lecture, a news post) ranks below the pages
 * editors wrote that cover the query about as well: there are many of them, each repeating the same
 * few words, and the postings cannot tell their kind before the card is fetched.
 */
const CARD_PRIOR = -0.15;

/** Whether one of the query's chunks names the town (its full name, or the name as people say it). */
const namesTown = (town: string, chunks: readonly string[]) =>
  chunks.some((p) => town.startsWith(p) || p.includes(shortTownName(town)));

interface Table {
  terms: SearchTerms;
  entries: ReturnType<typeof tableEntries>;
}

interface FullText {
  pagefind: Pagefind;
  /** Page id → its section, kind, town (and, for pages the table lists, address), from Pagefind's filter index. */
  facets: Record<string, Map<string, string>>;
}

let tablePromise: Promise<Table> | undefined;
let fullTextPromise: Promise<FullText> | undefined;
let typoPromise: Promise<TypoIndex> | undefined;

/** The search page's own small table (src/lib/search-terms.ts): the first search loads only this. */
function loadTable(): Promise<Table> {
  tablePromise ??= fetch(`${BASE}search/terms.json`)
    .then((r) => r.json() as Promise<SearchTerms>)
    .then((terms) => ({ terms, entries: tableEntries(terms) }));
  return tablePromise;
}

/** Pagefind's runtime and index: loaded when the table cannot answer, or when the reader wants more. */
function loadFullText(): Promise<FullText> {
  fullTextPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: search on the page's own thread. This index is small enough that a query takes a few
    // milliseconds there, and the web worker would cost a phone on a weak connection one more request
    // and about 12 KB (gzip) of script.
    await pagefind.options({
      baseUrl: BASE,
      excerptLength: 24,
      noWorker: true,
      ranking: { metaWeights: META_WEIGHTS },
    });
    await pagefind.init();
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
    return { pagefind, facets };
  })();
  return fullTextPromise;
}

const fetched = new Map<string, Promise<unknown>>();

/** A JSON file of the site, fetched once however often it is asked for. */
function fetchOnce<T>(path: string): Promise<T> {
  let file = fetched.get(path);
  if (!file) fetched.set(path, (file = fetch(`${BASE}${path}`).then((r) => r.json())));
  return file as Promise<T>;
}

/** One postings file of the first full-text answer (src/lib/search-shards.ts). */
const loadShard = (n: number) => fetchOnce<Record<string, number[]>>(`search/grams/${n}.json`);

/** One file of result cards, fetched when a result it holds is shown. */
const loadCards = (n: number) => fetchOnce<Card[]>(`search/cards/${n}.json`);

/** The pinyin table for typos: loaded only when part of a query names nothing the site has. */
function loadTypos(): Promise<TypoIndex> {
  typoPromise ??= fetch(`${BASE}search/pinyin.json`)
    .then((r) => r.json() as Promise<PinyinTable>)
    .then(typoIndex);
  return typoPromise;
}

const length = (text: string) => [...text].length;
const lower = (text: string) => text.normalize('NFKC').toLowerCase();

/** A result's data, fetched once however often it is asked for (ranking, then rendering). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/** A page of the table as a result: everything it shows is in the table, nothing to fetch. */
function tableHit(hit: TableHit, score = hit.score, id = `table:${hit.url}`, inText: string[] = []): Hit {
  // The excerpt is HTML (Pagefind's is): the summary is text, so it is escaped.
  const data: PagefindResultData = {
    url: siteUrl(hit.url),
    content: hit.summary,
    excerpt: escapeHtml(hit.summary),
    meta: { title: hit.title, kind: hit.kind, town: hit.town },
    inText,
  };
  return { id, url: data.url, score, data: async () => data };
}

interface Ranked {
  hits: Hit[];
}

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #suggest!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #filterBox!: HTMLDetailsElement;
  #filters: Filters = {};
  #shown: Hit[] = [];
  #queries: string[] = [];
  #urls = new Set<string>();
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observer: IntersectionObserver | undefined;
  /** Whether the reader has scrolled since the results were shown. */
  #scrolled = false;
  /** Where the first full-text answer's files are (written on the element by the build); null before a build, in `astro dev`. */
  #plan: ShardPlan | null = null;

  connectedCallback() {
    const { shards, block, tablePages, pages, common } = this.dataset;
    if (shards && block && tablePages && pages) {
      this.#plan = {
        shards: Number(shards),
        block: Number(block),
        tablePages: Number(tablePages),
        pages: Number(pages),
        common: (common ?? '').split(' ').filter(Boolean),
      };
    }
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = $('input');
    this.#status = $('[data-status]');
    this.#suggest = $('[data-suggest]');
    this.#results = $('[data-results]');
    this.#more = $('[data-more]');
    this.#empty = $('[data-empty]');
    this.#filterBox = $<HTMLDetailsElement>('[data-filters]');

    $<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(0);
    });
    this.#input.addEventListener('input', () => this.#update(250));
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.#focusResult(0, event);
      if (event.key === 'Escape' && this.#input.value) {
        this.#input.value = '';
        this.#update(0);
      }
    });
    this.#results.addEventListener('keydown', (event) => {
      const links = [...this.#results.querySelectorAll('a')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'ArrowDown') this.#focusResult(at + 1, event);
      if (event.key === 'ArrowUp') {
        if (at <= 0) {
          event.preventDefault();
          this.#input.focus();
        } else this.#focusResult(at - 1, event);
      }
    });
    this.#more.addEventListener('click', () => void this.#renderMore(PAGE_SIZE));
    // Results past the first screen load when the reader scrolls to them. Only a scroll counts: a first
    // answer short enough to leave the button in view waits for a tap, so a first search never loads
    // more than its answer.
    if ('IntersectionObserver' in window) {
      addEventListener('scroll', () => (this.#scrolled = true), { passive: true });
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.#more.hidden && this.#scrolled)
          void this.#renderMore(PAGE_SIZE);
      });
      this.#observer.observe(this.#more);
    }
    this.#filterBox.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-value]');
      if (!chip) return;
      const key = chip.closest<HTMLElement>('[data-filter]')!.dataset['filter']!;
      const value = chip.dataset['value']!;
      if (value && this.#filters[key] !== value) this.#filters[key] = value;
      else delete this.#filters[key];
      this.#update(0);
    });
    this.#suggest.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!link) return;
      event.preventDefault();
      this.#input.value = link.dataset['query']!;
      this.#update(0);
    });

    const fromUrl = new URLSearchParams(location.search).get('q') ?? '';
    if (fromUrl && !this.#input.value) this.#input.value = fromUrl;
    if (this.#input.value.trim()) this.#update(0);
    else void loadTable().catch(() => this.#fail());
  }

  /**
   * Every page related to the query, best first (see src/lib/search-query.ts for how a query is read).
   * First the search page's table (src/lib/search-rank.ts): when its pages name every chunk of the
   * query, and `full` is false, those are the first answer and nothing else loads. When they do not,
   * the first answer adds the pages whose text holds the query, from a few small postings files
   * (#fromPostings). When the reader asks for more, or filters, Pagefind's full-text index adds every
   * page whose text relates, ranked by how much of the query it covers, Pagefind's rank (title,
   * keywords and summary weigh most) and its kind; the table's whole matches stay first. When part of
   * the query is found nowhere, homophone typos are corrected and the corrected query is used if the
   * table names more of it.
   */
  async find(query: string, filters: Filters = {}, { full = true }: { full?: boolean } = {}): Promise<Found> {
    const { terms, entries } = await loadTable();
    let parsed = parseQuery(query);
    let table = rankTable(terms, query, parsed, entries);
    let corrected: string | null = null;
    const active = Object.entries(filters);
    // A first answer (no filter chosen, the reader has not asked for more) may come from the table, or
    // from the table and a few postings files of the text; the full-text index waits.
    const plan = !full && active.length === 0 ? this.#plan : null;
    // `typos`: whether the pinyin table was fetched, one file fewer for the first screen's cards.
    const fromPostings = (typos: boolean) =>
      this.#fromPostings(plan!, terms, entries, parsed, table.hits, table.absent, corrected, typos ? 1 : 0);
    let first = plan && table.absent.length > 0 ? await fromPostings(false) : null;
    // Typos: when part of the query is found nowhere, neither in the table nor in the text searched.
    const unanswered = first ? (first.partial?.missing ?? []) : table.absent;
    const typos = unanswered.length > 0;
    if (typos) {
      const fixed = correctTypos(lower(query), await loadTypos());
      if (fixed) {
        const parsedFixed = parseQuery(fixed);
        const tableFixed = rankTable(terms, fixed, parsedFixed, entries);
        if (tableFixed.absent.length < table.absent.length) {
          [parsed, table, corrected] = [parsedFixed, tableFixed, fixed];
        }
      }
      first = null;
    }
    const facetOf = (hit: TableHit, key: string) => (key === 'kind' ? hit.kind : key === 'town' ? hit.town : undefined);
    const tableShown = table.hits.filter((hit) => active.every(([key, value]) => facetOf(hit, key) === value));
    const whole = tableShown.filter((hit) => hit.full);
    // Every chunk of the query is named by some page of the table: its pages are the first answer.
    if (!full && table.absent.length === 0 && tableShown.length > 0) {
      const counts: Found['counts'] = {};
      for (const hit of table.hits)
        for (const key of ['kind', 'town']) {
          const value = facetOf(hit, key);
          if (value) (counts[key] ??= {})[value] = ((counts[key] ??= {})[value] ?? 0) + 1;
        }
      // Whole matches first, as in the full answer, which continues after them.
      const ordered = [...whole, ...tableShown.filter((hit) => !hit.full)];
      return { results: ordered.map((hit) => tableHit(hit)), counts, partial: null, corrected, complete: false };
    }
    if (plan && table.absent.length > 0) {
      first ??= await fromPostings(typos);
      if (first) return first;
    }

    const fullText = await loadFullText();
    const ranked = await this.#rank(fullText, parsed);
    const address = fullText.facets[ADDRESS_FILTER] ?? new Map<string, string>();
    // A page the table holds is shown from the table (nothing to fetch), with the better of its two
    // scores and the index's id for it.
    const tableByUrl = new Map(table.hits.map((hit) => [hit.url, hit]));
    const fromIndex = new Map<string, Hit>();
    const indexHits = ranked.hits.filter((hit) => {
      const url = address.get(hit.id);
      if (url && tableByUrl.has(url)) {
        fromIndex.set(url, hit);
        return false;
      }
      return true;
    });
    const merged = (hit: TableHit) => {
      const twin = fromIndex.get(hit.url);
      return tableHit(hit, hit.full ? hit.score : Math.max(hit.score, twin?.score ?? 0), twin?.id);
    };
    // What neither the table nor the text of the first pages the index found holds.
    const absentFromIndex = table.absent.length === 0 ? [] : await this.#absent({ hits: indexHits }, parsed);
    const absent = table.absent.filter((chunk) => absentFromIndex.includes(chunk));
    const rest = [...table.hits.filter((hit) => !hit.full).map(merged), ...indexHits].sort((a, b) => b.score - a.score);
    const all = [...table.hits.filter((hit) => hit.full).map(merged), ...rest];

    const counts: Found['counts'] = {};
    const count = (key: string, value: string | undefined) => {
      if (value) (counts[key] ??= {})[value] = ((counts[key] ??= {})[value] ?? 0) + 1;
    };
    const facetOfHit = (hit: Hit, key: string) => {
      const row = hit.url !== undefined ? tableByUrl.get(hit.url.slice(BASE.length - 1)) : undefined;
      return row ? facetOf(row, key) : fullText.facets[key]?.get(hit.id);
    };
    for (const hit of all) for (const key of ['kind', 'town']) count(key, facetOfHit(hit, key));
    return {
      results: active.length
        ? all.filter((hit) => active.every(([key, value]) => facetOfHit(hit, key) === value))
        : all,
      counts,
      partial:
        all.length > 0 && absent.length > 0
          ? { missing: absent, found: parsed.chunks.map((c) => c.text).filter((c) => !absent.includes(c)) }
          : null,
      corrected,
      complete: true,
    };
  }

  /**
   * The first answer when part of the query names nothing in the table: the pages whose text holds
   * the query (src/lib/search-shard-rank.ts), from a few postings files, scored and merged with the
   * table's pages as the full answer does (#rank, find()). The pages the table does not list are shown
   * from their cards, fetched when shown. Null when the text finds nothing, so the full-text index is
   * asked before the reader is told there is no answer.
   */
  async #fromPostings(
    plan: ShardPlan,
    terms: SearchTerms,
    entries: Table['entries'],
    parsed: ParsedQuery,
    rows: TableHit[],
    absentChunks: string[],
    corrected: string | null,
    otherFiles: number,
  ): Promise<Found | null> {
    const units = shardUnits(parsed, absentChunks);
    const common = new Set(plan.common);
    const files = new Map(
      await Promise.all(shardsToFetch(units, plan.shards, common).map(async (n) => [n, await loadShard(n)] as const)),
    );
    const lookup = (gram: string) => {
      const file = files.get(shardOf(gram, plan.shards));
      return file ? lookupIn(file, gram) : undefined;
    };
    const { hits, searched } = rankShards(units, lookup, plan.pages, common);
    if (hits.length === 0) return null;
    const urls = tableUrls(terms);
    const entryByUrl = new Map(entries.map((e) => [e.url, e]));
    const rowByUrl = new Map(rows.map((row) => [row.url, row]));
    const places = parsed.chunks.map((c) => c.text);
    const held = new Set<number>();
    // Each page, with the card file it is shown from (none for the table's pages).
    const fromText: { hit: Hit; cardFile: number | undefined }[] = [];
    for (const hit of hits) {
      for (const chunk of hit.held) held.add(chunk);
      const score = hit.cover + RELEVANCE_WEIGHT * hit.relevance;
      const inText = [...hit.shown].map((chunk) => parsed.chunks[chunk]!.text);
      if (hit.page < plan.tablePages) {
        const url = urls[hit.page];
        const entry = url === undefined ? undefined : entryByUrl.get(url);
        if (!url || !entry) continue;
        const row = rowByUrl.get(url);
        rowByUrl.delete(url);
        const own =
          score +
          (SECTION_PRIOR[url.split('/')[1] ?? ''] ?? 0) +
          (entry.town && namesTown(entry.town, places) ? IN_TOWN_BOOST : 0);
        const merged = tableHit(
          row ?? { ...entry, score: 0, cover: 0, full: false },
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
          const [url, title, kind, town, date, summary] = (await loadCards(block))[at]!;
          return {
            url: siteUrl(url),
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
    for (const row of rowByUrl.values()) fromText.push({ hit: tableHit(row), cardFile: undefined });
    // By score: the table's answers to an intent first (their boost), then how much of the query
    // each page covers, the pages editors wrote before homes, lectures and news (CARD_PRIOR).
    fromText.sort((a, b) => b.hit.score - a.hit.score);
    const results = firstScreenWithin(fromText, FIRST_SCREEN, FIRST_FILES - files.size - otherFiles).map((r) => r.hit);
    const kinds: Record<string, number> = {};
    for (const row of rows) kinds[row.kind] = (kinds[row.kind] ?? 0) + 1;
    // A chunk is missing when it was searched and no page holds it; one not searched yet is not.
    const missing = absentChunks.filter((text) => {
      const index = parsed.chunks.findIndex((c) => c.text === text);
      return searched.has(index) && !held.has(index);
    });
    return {
      results,
      counts: { kind: kinds },
      partial:
        missing.length > 0
          ? { missing, found: parsed.chunks.map((c) => c.text).filter((c) => !missing.includes(c)) }
          : null,
      corrected,
      complete: false,
      fromText: true,
    };
  }

  /**
   * The query's chunks that none of the first screen's results holds as typed (nor as a synonym, nor
   * word by word). Pagefind matches a query's pieces as word prefixes, which finds a page holding
   * each character somewhere; reading the first results' text tells a real match from a loose one.
   * Those results are the ones the page shows first, so this loads nothing the reader would not.
   */
  async #absent(ranked: Ranked, parsed: ParsedQuery): Promise<string[]> {
    const texts = await this.#firstTexts(ranked);
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

  /** The searchable text of the first screen's results: title, keywords and body, lowercased. */
  async #firstTexts(ranked: Ranked): Promise<string[]> {
    const top = await Promise.all(ranked.hits.slice(0, FIRST_SCREEN).map((hit) => hit.data()));
    return top.map((d) =>
      [d.meta['title'], d.meta['keywords'], d.content]
        .join(' ')
        .replace(/\u200B/g, '')
        .toLowerCase(),
    );
  }

  /** The full-text index's pages for a parsed query, ranked by coverage, Pagefind's rank and kind. */
  async #rank({ pagefind, facets }: FullText, parsed: ParsedQuery): Promise<Ranked> {
    interface Unit {
      variants: string[];
      weight: number;
    }
    const units: Unit[] = [];
    for (const chunk of parsed.chunks) {
      units.push({ variants: chunk.variants, weight: 2 * length(chunk.text) });
      for (const word of chunk.words) units.push({ variants: expandQuery(word), weight: length(word) });
    }
    const total = units.reduce((sum, u) => sum + u.weight, 0) || 1;
    const pages = new Map<string, { result: PagefindResult; cover: number; relevance: number }>();
    for (const unit of units) {
      const best = new Map<string, PagefindResult>();
      for (const variant of unit.variants) {
        const grams = queryGrams(variant);
        if (!grams) continue;
        for (const result of (await pagefind.search(grams))?.results ?? []) {
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
    const places = new Set(parsed.chunks.map((c) => c.text));
    const hits = [...pages].map(([id, page]) => {
      let score =
        page.cover / total + (RELEVANCE_WEIGHT * page.relevance) / total + (SECTION_PRIOR[section.get(id) ?? ''] ?? 0);
      // Homes and lectures of a town the query names come before others.
      const town = townOf.get(id);
      if (town && namesTown(town, [...places])) score += IN_TOWN_BOOST;
      return { id, score, data: once(page.result.data) } as Hit;
    });
    return { hits: hits.sort((a, b) => b.score - a.score) };
  }

  #focusResult(index: number, event: KeyboardEvent) {
    const link = this.#results.querySelectorAll('a')[index];
    if (link) {
      event.preventDefault();
      link.focus();
    }
  }

  #update(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search() {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!textRuns(query).length) {
      this.#show(null, '');
      return;
    }
    this.#status.textContent = t('search.loading');
    try {
      // With no filter chosen, the first answer may come from the table alone (see find()).
      const found = await this.find(query, this.#filters, { full: Object.keys(this.#filters).length > 0 });
      if (run !== this.#run) return;
      this.#found = found;
      this.#query = query;
      const shownQuery = found.corrected ?? query;
      this.#queries = [
        ...new Set([
          ...textRuns(shownQuery),
          ...parseQuery(shownQuery).chunks.flatMap((c) => [...c.variants, ...c.words]),
        ]),
      ].sort((a, b) => b.length - a.length);
      this.#show(found, query);
      await this.#renderMore(FIRST_SCREEN);
    } catch {
      if (run === this.#run) this.#fail();
    }
  }

  #fail() {
    this.#status.textContent = t('search.failed');
    this.#empty.hidden = false;
  }

  #found: Found | null = null;
  #query = '';

  #show(found: Found | null, query: string) {
    if (!found) this.#found = null;
    this.#scrolled = false;
    const results = found?.results ?? [];
    this.#shown = results;
    this.#urls.clear();
    this.#rendered = 0;
    this.#rendering = undefined;
    this.#results.replaceChildren();
    this.#renderFilters(found?.counts ?? {}, query !== '');
    this.#empty.hidden = !query || results.length > 0;
    this.#more.hidden = true;
    this.#suggest.replaceChildren();
    this.#suggest.hidden = !found?.corrected;
    if (found?.corrected) {
      const link = document.createElement('a');
      const corrected = found.corrected;
      link.href = `?q=${encodeURIComponent(corrected)}`;
      link.dataset['query'] = corrected;
      link.textContent = corrected;
      this.#suggest.append(t('search.didYouMean'), link, ' ', t('search.didYouMeanShown', { q: corrected }));
    }
    const active = Object.values(this.#filters).join('、');
    const count = !query
      ? ''
      : results.length === 0
        ? t('search.none', { q: query })
        : active
          ? t('search.countFiltered', { n: results.length, filter: active })
          : found?.complete === false
            ? t(found.fromText ? 'search.countFirstText' : 'search.countFirst', { n: results.length })
            : t('search.count', { n: results.length });
    const partial = found?.partial;
    const note =
      !partial || results.length === 0
        ? ''
        : partial.found.length === 0
          ? t('search.partialChars', { missing: partial.missing.join('、') })
          : t('search.partialMissing', { missing: partial.missing.join('、'), found: partial.found.join('、') });
    this.#status.textContent = [count, note].filter(Boolean).join('\n');
  }

  #renderFilters(counts: Found['counts'], visible: boolean) {
    let any = false;
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter]')) {
      const key = group.dataset['filter']!;
      // Kinds in the site's section order; towns with the most results first.
      const values = Object.entries(counts[key] ?? {})
        .filter(([, n]) => n > 0)
        .sort(([a, m], [b, n]) =>
          key === 'kind' ? KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b) : n - m || a.localeCompare(b, 'zh'),
        );
      // A filter helps only when the results span more than one value.
      const useful = values.length > 1 || (values.length === 1 && key in this.#filters);
      group.hidden = !useful;
      group.querySelectorAll('button').forEach((chip) => chip.remove());
      if (!useful) continue;
      any = true;
      const chips = [['', t('search.filterAll')] as const, ...values.map(([value]) => [value, value] as const)];
      for (const [value, label] of chips) {
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'chip';
        chip.dataset['value'] = value;
        chip.textContent = label;
        chip.setAttribute('aria-pressed', String(value ? this.#filters[key] === value : !(key in this.#filters)));
        group.append(chip);
      }
    }
    this.#filterBox.hidden = !visible || !any;
    // A chosen filter stays in view, so the reader can see and undo it.
    if (Object.keys(this.#filters).length > 0) this.#filterBox.open = true;
  }

  #rendered = 0;
  #rendering: Promise<void> | undefined;

  /**
   * Renders the next `count` results, loading each one's excerpt; a page already shown is not repeated.
   * Past the table's answer, this is when the full-text index loads: the reader has scrolled to or
   * asked for more.
   */
  async #renderMore(count: number) {
    if (this.#rendering) return this.#rendering;
    const run = this.#run;
    this.#rendering = (async () => {
      if (this.#rendered >= this.#shown.length && this.#found && !this.#found.complete) {
        this.#more.disabled = true;
        const found = await this.find(this.#query, this.#filters);
        this.#more.disabled = false;
        if (run !== this.#run) return;
        this.#found = found;
        // What is shown stays; the full answer continues after it.
        const shownUrls = new Set(this.#urls);
        const next: Hit[] = [];
        for (const hit of found.results) if (!hit.url || !shownUrls.has(hit.url)) next.push(hit);
        this.#shown = [...this.#shown.slice(0, this.#rendered), ...next];
        this.#renderFilters(found.counts, true);
        this.#status.textContent = t('search.count', { n: Math.max(found.results.length, this.#rendered) });
      }
      const start = this.#rendered;
      const batch = this.#shown.slice(start, start + count);
      const items = await Promise.all(batch.map((hit) => hit.data()));
      if (run !== this.#run) return;
      this.#rendered = start + batch.length;
      for (const data of items) {
        if (this.#urls.has(data.url)) continue;
        this.#urls.add(data.url);
        this.#results.append(this.#item(data));
      }
      this.#more.hidden = this.#rendered >= this.#shown.length && this.#found?.complete !== false;
    })().finally(() => (this.#rendering = undefined));
    return this.#rendering;
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'search-facts';
    facts.textContent = [data.meta['kind'], data.meta['town'], data.meta['date']].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    const literal = literalExcerpt(data.content, this.#queries);
    excerpt.innerHTML = literal ?? safeExcerpt(data.excerpt);
    item.append(heading, facts, excerpt);
    // The summary does not hold the reader's words, the page's text does: say so, so the reader sees why it is here.
    if (!literal && data.inText?.length) {
      const where = document.createElement('p');
      where.className = 'search-facts';
      where.append(t('search.inText'));
      data.inText.forEach((word, i) => {
        const mark = document.createElement('mark');
        mark.textContent = word;
        where.append(...(i > 0 ? ['、'] : []), mark);
      });
      item.append(where);
    }
    return item;
  }
}

customElements.define('site-search', SiteSearch);

/**
 * The search page's <site-search> element: runs the reader's query through Pagefind and renders the
 * results. Loaded on demand by SearchPanel.astro; Pagefind itself is fetched from the built site's
 * pagefind/ folder under the base path at the moment this element first searches.
 */
import { t, type UiKey } from '../lib/i18n.ts';
import { queryGrams, textRuns } from '../lib/search-grams.ts';
import { expandQuery } from '../lib/search-synonyms.ts';
import { literalExcerpt, safeExcerpt } from '../lib/search-excerpt.ts';
import { SEARCH_KINDS, kindLabel } from '../lib/search-kinds.ts';
import { META_WEIGHTS, SECTION_FILTER } from '../lib/search-fields.ts';
import { containsAny, correctTypos, parseQuery, typoIndex, type ParsedQuery, type PinyinTable, type TypoIndex } from '../lib/search-query.ts';
import { HOTLINE_WORDS, HUB_WORDS, LECTURE_WORDS, TIME_WORDS } from '../lib/search-intents.ts';
import { MORE, NAV } from '../lib/navigation.ts';
import type { SearchTerms, TermsAnswer } from '../lib/search-terms.ts';

/** The part of Pagefind's browser API this page uses (pagefind.js ships no types). */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
}

/** Results loaded at once: what a phone's first screen shows. The rest load when scrolled to. */
const FIRST_SCREEN = 3;
const PAGE_SIZE = 6;
const KIND_ORDER = SEARCH_KINDS.map(kindLabel);
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const siteUrl = (path: string) => BASE + path.replace(/^\//, '');

/**
 * How a page's kind weighs when several cover the query as well: what editors wrote to explain
 * (law, guides, policies, help) before handouts and town pages, those before news, and single homes
 * and lectures last (there are many, and each repeats the same few words).
 */
const SECTION_PRIOR: Record<string, number> = { law: 0.12, guide: 0.12, policy: 0.12, help: 0.12, about: 0.08, handouts: 0.08, towns: 0.06, news: 0, homes: -0.04, lectures: -0.04 };

/** Weights of a page's score: the share of the query it covers counts most, then Pagefind's rank. */
const RELEVANCE_WEIGHT = 0.5;
const TOWN_PAGE_BOOST = 1.5;
const IN_TOWN_BOOST = 0.2;
const MAX_DIRECT = 3;

interface Loaded {
  pagefind: Pagefind;
  terms: SearchTerms;
  /** Page id → its section, kind and town, from Pagefind's filter index (no page is fetched for it). */
  section: Map<string, string>;
  facets: Record<string, Map<string, string>>;
}

let loadedPromise: Promise<Loaded> | undefined;
let typoPromise: Promise<TypoIndex> | undefined;

/** Pagefind's runtime and the search page's table of direct answers, loaded once. */
function load(): Promise<Loaded> {
  loadedPromise ??= (async () => {
    const [pagefind, terms] = await Promise.all([
      import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${BASE}search/terms.json`).then((r) => r.json() as Promise<SearchTerms>),
    ]);
    // noWorker: search on the page's own thread. This index is small enough that a query takes a few
    // milliseconds there, and the web worker would cost a phone on a weak connection one more request
    // and about 12 KB (gzip) of script before the first result.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
    await pagefind.init();
    // Which page is of which section, kind and town: one filter-only search per value, answered from
    // the filter index alone.
    const values = await pagefind.filters();
    const facets: Loaded['facets'] = {};
    for (const [key, counts] of Object.entries(values)) {
      const map = (facets[key] = new Map());
      for (const value of Object.keys(counts)) {
        const response = await pagefind.search(null, { filters: { [key]: value } });
        for (const result of response?.results ?? []) map.set(result.id, value);
      }
    }
    return { pagefind, terms, section: facets[SECTION_FILTER] ?? new Map(), facets };
  })();
  return loadedPromise;
}

/** The pinyin table for typos: loaded only when part of a query finds nothing. */
function loadTypos(): Promise<TypoIndex> {
  typoPromise ??= fetch(`${BASE}search/pinyin.json`)
    .then((r) => r.json() as Promise<PinyinTable>)
    .then(typoIndex);
  return typoPromise;
}

const length = (text: string) => [...text].length;

/** A result's data, fetched once however often it is asked for (ranking, then rendering). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

function directHit(id: string, url: string, title: string, summary: string, kind: string): Hit {
  const data: PagefindResultData = { url: siteUrl(url), content: summary, excerpt: summary, meta: { title, kind } };
  return { id, url: data.url, score: Infinity, data: async () => data };
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
  #filterBox!: HTMLElement;
  #filters: Filters = {};
  #shown: Hit[] = [];
  #queries: string[] = [];
  #urls = new Set<string>();
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = $('input');
    this.#status = $('[data-status]');
    this.#suggest = $('[data-suggest]');
    this.#results = $('[data-results]');
    this.#more = $('[data-more]');
    this.#empty = $('[data-empty]');
    this.#filterBox = $('[data-filters]');

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
    // Results past the first screen load when the reader scrolls to them.
    if ('IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.#more.hidden) void this.#renderMore(PAGE_SIZE);
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
    else void load().catch(() => this.#fail());
  }

  /**
   * Every page related to the query, best first (see src/lib/search-query.ts for how a query is read):
   * direct answers (a section, a town, a policy, the hotlines), then the pages the index finds, ranked
   * by how much of the query they cover, Pagefind's rank (title, keywords and summary weigh most) and
   * their kind. When part of the query finds nothing, homophone typos are corrected and the corrected
   * query is used if it finds more.
   */
  async find(query: string, filters: Filters = {}): Promise<Found> {
    const loaded = await load();
    let parsed = parseQuery(query);
    let ranked = await this.#rank(loaded, query, parsed, filters);
    let absent = await this.#absent(ranked, parsed);
    let corrected: string | null = null;
    // Part of the query stands in none of the first results as typed: perhaps a homophone typo.
    if (absent.length > 0) {
      const fixed = correctTypos(query.normalize('NFKC').toLowerCase(), await loadTypos());
      if (fixed) {
        const parsedFixed = parseQuery(fixed);
        const rankedFixed = await this.#rank(loaded, fixed, parsedFixed, filters);
        const absentFixed = await this.#absent(rankedFixed, parsedFixed);
        if (absentFixed.length < absent.length) [parsed, ranked, absent, corrected] = [parsedFixed, rankedFixed, absentFixed, fixed];
      }
    }
    // Nothing of the query stands in the best results, not even one of its words: what Pagefind found
    // are pages that merely hold its characters here and there. Better to say nothing was found.
    if (absent.length === parsed.chunks.length && !(await this.#related(ranked, parsed))) ranked = { hits: [] };
    const counts: Found['counts'] = {};
    for (const hit of ranked.hits) {
      for (const [key, map] of Object.entries(loaded.facets)) {
        const value = map.get(hit.id);
        if (value) (counts[key] ??= {})[value] = ((counts[key] ??= {})[value] ?? 0) + 1;
      }
    }
    const active = Object.entries(filters);
    return {
      results: active.length ? ranked.hits.filter((hit) => active.every(([key, value]) => loaded.facets[key]?.get(hit.id) === value)) : ranked.hits,
      counts,
      partial: ranked.hits.length > 0 && absent.length > 0 ? { missing: absent, found: parsed.chunks.map((c) => c.text).filter((c) => !absent.includes(c)) } : null,
      corrected,
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
      .filter((chunk) => !texts.some((text) => chunk.variants.some((v) => text.includes(v)) || (chunk.words.length > 0 && chunk.words.every((w) => holds(text, w)))))
      .map((chunk) => chunk.text);
  }

  /** Whether the first results hold at least one word of the query, or answer it directly. */
  async #related(ranked: Ranked, parsed: ParsedQuery): Promise<boolean> {
    if (ranked.hits.some((hit) => hit.url !== undefined)) return true;
    const texts = await this.#firstTexts(ranked);
    // A chunk the segmenter kept whole ("人身保护令") is related by its first or last two characters.
    const pieces = (text: string) => (length(text) >= 4 ? [[...text].slice(0, 2).join(''), [...text].slice(-2).join('')] : [text]);
    const words = parsed.chunks.flatMap((c) => (c.words.length ? c.words : pieces(c.text)).flatMap((w) => expandQuery(w)));
    return texts.some((text) => words.some((w) => text.includes(w)));
  }

  /** The searchable text of the first screen's results: title, keywords and body, lowercased. */
  async #firstTexts(ranked: Ranked): Promise<string[]> {
    const top = await Promise.all(ranked.hits.slice(0, FIRST_SCREEN).map((hit) => hit.data()));
    return top.map((d) => [d.meta['title'], d.meta['keywords'], d.content].join(' ').replace(/\u200B/g, '').toLowerCase());
  }

  /** Direct answers and the index's pages for a parsed query, ranked. */
  async #rank(loaded: Loaded, raw: string, parsed: ParsedQuery, filters: Filters): Promise<Ranked> {
    const { pagefind, terms, section, facets } = loaded;
    interface Unit {
      variants: string[];
      weight: number;
    }
    const units: Unit[] = [];
    for (const chunk of parsed.chunks) {
      units.push({ variants: chunk.variants, weight: 2 * length(chunk.text) });
      for (const word of chunk.words) units.push({ variants: expandQuery(word), weight: length(word) });
    }
    const total = units.reduce((sum, u) => sum + u.weight, 0);
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

    // Intents, read from the query as typed (its question words included) and from its chunks.
    const text = raw.normalize('NFKC').toLowerCase();
    const words = parsed.cleaned;
    const townNames = terms.towns.filter((town) => [town.name, town.short, ...town.villages, ...town.villages.map((v) => v.replace(/(村|社区)$/, ''))].some((name) => length(name) >= 2 && text.includes(name)));
    const direct: Hit[] = [];
    const addDirect = (id: string, url: string, title: string, summary: string, kind: string) => {
      if (!direct.some((d) => d.url === siteUrl(url))) direct.push(directHit(id, url, title, summary, kind));
    };
    const answer = (a: TermsAnswer) => addDirect(`answer:${a.url}`, a.url, a.title, a.summary, a.kind);
    for (const a of [...terms.answers].sort((x, y) => length(y.name) - length(x.name))) if (text.includes(a.name)) answer(a);
    if (terms.hotline && (containsAny(text, HOTLINE_WORDS) || terms.hotlines.some((n) => textRuns(text).includes(n)))) answer(terms.hotline);
    const hubs = [...NAV, ...MORE];
    const hub = (path: string) => {
      const item = hubs.find((h) => h.path === path);
      if (item) addDirect(`hub:${path}`, path, t(item.key as UiKey), t(item.summary as UiKey), t('search.hubKind'));
    };
    if (containsAny(text, LECTURE_WORDS) && containsAny(text, TIME_WORDS)) hub('/lectures/');
    for (const item of hubs) {
      // A place's own page, not the directory's front page, answers a place name.
      if (item.path === '/homes/' && townNames.length > 0) continue;
      const label = t(item.key as UiKey);
      const aliases = [label, ...(HUB_WORDS[item.path] ?? [])];
      if (containsAny(text, aliases) || (length(words) >= 2 && !words.includes(' ') && label.includes(words))) hub(item.path);
    }

    const townOf = facets['town'] ?? new Map<string, string>();
    const scored = [...pages].map(([id, page]) => {
      const where = section.get(id) ?? '';
      let score = page.cover / total + (RELEVANCE_WEIGHT * page.relevance) / total + (SECTION_PRIOR[where] ?? 0);
      const town = townOf.get(id);
      if (town && townNames.some((n) => n.name === town)) score += where === 'towns' ? TOWN_PAGE_BOOST : IN_TOWN_BOOST;
      return { id, score, data: once(page.result.data) } as Hit;
    });
    scored.sort((a, b) => b.score - a.score);
    const directHits = Object.keys(filters).length ? [] : direct.slice(0, MAX_DIRECT);
    return { hits: [...directHits, ...scored] };
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
      const found = await this.find(query, this.#filters);
      if (run !== this.#run) return;
      const shownQuery = found.corrected ?? query;
      this.#queries = [...new Set([...textRuns(shownQuery), ...parseQuery(shownQuery).chunks.flatMap((c) => [...c.variants, ...c.words])])].sort((a, b) => b.length - a.length);
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

  #show(found: Found | null, query: string) {
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
          : t('search.count', { n: results.length });
    const partial = found?.partial;
    const note = !partial || results.length === 0
      ? ''
      : partial.missing.length > 0 && partial.found.length > 0
        ? t('search.partialMissing', { missing: partial.missing.join('、'), found: partial.found.join('、') })
        : t('search.partialSpread', { words: [...partial.missing, ...partial.found].join('、') });
    this.#status.textContent = [count, note].filter(Boolean).join(' ');
  }

  #renderFilters(counts: Found['counts'], visible: boolean) {
    let any = false;
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter]')) {
      const key = group.dataset['filter']!;
      // Kinds in the site's section order; towns with the most results first.
      const values = Object.entries(counts[key] ?? {})
        .filter(([, n]) => n > 0)
        .sort(([a, m], [b, n]) => (key === 'kind' ? KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b) : n - m || a.localeCompare(b, 'zh')));
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
  }

  #rendered = 0;
  #rendering: Promise<void> | undefined;

  /** Renders the next `count` results, loading each one's excerpt; a direct answer's page is not repeated. */
  async #renderMore(count: number) {
    if (this.#rendering) return this.#rendering;
    const run = this.#run;
    this.#rendering = (async () => {
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
      this.#more.hidden = this.#rendered >= this.#shown.length;
    })().finally(() => (this.#rendering = undefined));
    return this.#rendering;
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'search-facts';
    facts.textContent = [data.meta['kind'], data.meta['town'], data.meta['date']].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = literalExcerpt(data.content, this.#queries) ?? safeExcerpt(data.excerpt);
    item.append(heading, facts, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);

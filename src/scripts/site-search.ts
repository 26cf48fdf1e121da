/**
 * The search page's <site-search> element: runs the reader's query through Pagefind and renders the
 * results. Loaded on demand by SearchPanel.astro; Pagefind itself is fetched from the built site's
 * pagefind/ folder under the base path at the moment this element first searches.
 */
import { t } from '../lib/i18n.ts';
import { queryGrams, textRuns } from '../lib/search-grams.ts';
import { expandQuery } from '../lib/search-synonyms.ts';
import { literalExcerpt, safeExcerpt } from '../lib/search-excerpt.ts';
import { SEARCH_KINDS, kindLabel } from '../lib/search-kinds.ts';

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
  totalFilters: Record<string, Record<string, number>>;
}
type Filters = Record<string, string>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string, options?: { filters?: Filters }) => Promise<PagefindResponse | null>;
}

export interface Found {
  results: PagefindResult[];
  /** Per filter (kind, town), how many results each value has, before filtering. */
  counts: Record<string, Record<string, number>>;
}

const PAGE_SIZE = 10;
const KIND_ORDER = SEARCH_KINDS.map(kindLabel);
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefindPromise: Promise<Pagefind> | undefined;

/** Pagefind's runtime, loaded once. It is a file of the built site, not a module Vite can bundle. */
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: search on the page's own thread. This index is small enough that a query takes a few
    // milliseconds there, and the web worker would cost a phone on a weak connection one more request
    // and about 12 KB (gzip) of script before the first result.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    await pagefind.init();
    // Search responses count results per filter value only once the filter index is loaded.
    await pagefind.filters();
    return pagefind;
  })();
  return pagefindPromise;
}

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #filterBox!: HTMLElement;
  #filters: Filters = {};
  #shown: PagefindResult[] = [];
  #queries: string[] = [];
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = $('input');
    this.#status = $('[data-status]');
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
    this.#more.addEventListener('click', () => void this.#renderMore());
    this.#filterBox.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-value]');
      if (!chip) return;
      const key = chip.closest<HTMLElement>('[data-filter]')!.dataset['filter']!;
      const value = chip.dataset['value']!;
      if (value && this.#filters[key] !== value) this.#filters[key] = value;
      else delete this.#filters[key];
      this.#update(0);
    });

    const fromUrl = new URLSearchParams(location.search).get('q') ?? '';
    if (fromUrl && !this.#input.value) this.#input.value = fromUrl;
    if (this.#input.value.trim()) this.#update(0);
    else void loadPagefind().catch(() => this.#fail());
  }

  /**
   * Every page matching the query or one of its synonym variants, best first. Each variant runs as
   * character bigrams (see src/lib/search-grams.ts); results are merged, keeping each page's best score.
   */
  async find(query: string, filters: Filters = {}): Promise<Found> {
    const pagefind = await loadPagefind();
    const variants = expandQuery(query);
    const best = new Map<string, PagefindResult>();
    const counts: Found['counts'] = {};
    for (const variant of variants) {
      const terms = queryGrams(variant);
      if (!terms) continue;
      const response = await pagefind.search(terms, { filters });
      for (const result of response?.results ?? []) {
        const known = best.get(result.id);
        if (!known || known.score < result.score) best.set(result.id, result);
      }
      for (const [key, values] of Object.entries(response?.totalFilters ?? {})) {
        const into = (counts[key] ??= {});
        for (const [value, n] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, n);
      }
    }
    return { results: [...best.values()].sort((a, b) => b.score - a.score), counts };
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
      this.#show([], {}, '');
      return;
    }
    this.#status.textContent = t('search.loading');
    try {
      const found = await this.find(query, this.#filters);
      if (run !== this.#run) return;
      this.#queries = expandQuery(query);
      this.#show(found.results, found.counts, query);
      await this.#renderMore();
    } catch {
      if (run === this.#run) this.#fail();
    }
  }

  #fail() {
    this.#status.textContent = t('search.failed');
    this.#empty.hidden = false;
  }

  #show(results: PagefindResult[], counts: Found['counts'], query: string) {
    this.#shown = results;
    this.#results.replaceChildren();
    this.#renderFilters(counts, query !== '');
    this.#empty.hidden = !query || results.length > 0;
    this.#more.hidden = true;
    const active = Object.values(this.#filters).join('、');
    this.#status.textContent = !query
      ? ''
      : results.length === 0
        ? t('search.none', { q: query })
        : active
          ? t('search.countFiltered', { n: results.length, filter: active })
          : t('search.count', { n: results.length });
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

  async #renderMore() {
    const start = this.#results.children.length;
    const batch = this.#shown.slice(start, start + PAGE_SIZE);
    const run = this.#run;
    const items = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.#run) return;
    for (const data of items) this.#results.append(this.#item(data));
    this.#more.hidden = this.#results.children.length >= this.#shown.length;
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

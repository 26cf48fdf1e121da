/**
 * The search page's <site-search> element: asks the search engine (src/search/engine.ts) for the
 * reader's query and draws its answer. Loaded on demand by SearchPanel.astro; the engine fetches the
 * site's search files under the base path, and Pagefind from its pagefind/ folder, when it needs them.
 */
import { t } from '../lib/i18n.ts';
import { SearchEngine } from '../search/engine.ts';
import { literalExcerpt, safeExcerpt } from '../search/excerpt.ts';
import { textRuns } from '../search/grams.ts';
import { SEARCH_KINDS, kindLabel } from '../search/kinds.ts';
import type { Pagefind } from '../search/full-text.ts';
import { FIRST_SCREEN, type Filters, type Found, type Hit, type ResultData } from '../search/results.ts';
import { indexPartFolder, readPlan } from '../search/shards.ts';

/** Results added by each tap on "more" or scroll to it. */
const PAGE_SIZE = 6;
const KIND_ORDER = SEARCH_KINDS.map(kindLabel);
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

class SiteSearch extends HTMLElement {
  #engine!: SearchEngine;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #suggest!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #filterBox!: HTMLDetailsElement;
  #filters: Filters = {};
  #found: Found | null = null;
  #query = '';
  /** The results in the order shown: the first answer's, then the full answer's after them. */
  #shown: Hit[] = [];
  #rendered = 0;
  #rendering: Promise<void> | undefined;
  #urls = new Set<string>();
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the reader has scrolled since the results were shown. */
  #scrolled = false;

  connectedCallback() {
    this.#engine = new SearchEngine({
      base: BASE,
      // Where the first answer's files are, written on this element by the build (none in `astro dev`).
      plan: readPlan((name) => this.getAttribute(name)),
      json: (path) => fetch(BASE + path).then((r) => r.json()),
      pagefind: () => import(/* @vite-ignore */ `${BASE}${indexPartFolder(1)}pagefind.js`) as Promise<Pagefind>,
      address: (path) => BASE + path,
    });
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
      new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.#more.hidden && this.#scrolled)
          void this.#renderMore(PAGE_SIZE);
      }).observe(this.#more);
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
    else void this.#engine.prepare().catch(() => this.#fail());
  }

  #focusResult(index: number, event: KeyboardEvent) {
    const link = this.#results.querySelectorAll('a')[index];
    if (link) {
      event.preventDefault();
      link.focus();
    }
  }

  #update(delay: number) {
    // At once, with the reader's input: the answer's place is kept before the results arrive (SearchPanel.astro).
    this.toggleAttribute('data-searching', this.#input.value.trim() !== '');
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
      // With no filter chosen, the first answer may come from the table alone (see the engine).
      const found = await this.#engine.find(query, this.#filters, { full: Object.keys(this.#filters).length > 0 });
      if (run !== this.#run) return;
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
    this.#found = found;
    this.#query = query;
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
      for (const [value, label] of [['', t('search.filterAll')], ...values.map(([v]) => [v, v])] as const) {
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

  /**
   * Renders the next `count` results, loading each one's excerpt; a page already shown is not repeated.
   * Past the first answer, this is when the full answer is asked for: the reader has scrolled to or
   * asked for more.
   */
  async #renderMore(count: number) {
    if (this.#rendering) return this.#rendering;
    const run = this.#run;
    this.#rendering = (async () => {
      if (this.#rendered >= this.#shown.length && this.#found && !this.#found.complete) {
        this.#more.disabled = true;
        const found = await this.#engine.find(this.#query, this.#filters);
        this.#more.disabled = false;
        if (run !== this.#run) return;
        this.#found = found;
        // What is shown stays; the full answer continues after it.
        const next = found.results.filter((hit) => !hit.url || !this.#urls.has(hit.url));
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

  #item(data: ResultData): HTMLLIElement {
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
    const literal = literalExcerpt(data.content, this.#found?.words ?? []);
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

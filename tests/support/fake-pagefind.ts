/**
 * A stand-in for Pagefind's runtime (the part src/search/full-text.ts uses): a few pages in memory,
 * each with its text and facets, answering searches the way the runtime does (a page is found when
 * its text holds every bigram of the search, with a score; a filter-only search finds the pages with
 * that facet). For unit tests of the search's ranking without an index or WebAssembly.
 */
import type { Pagefind } from '../../src/search/full-text.ts';

export interface FakePage {
  id: string;
  /** Its text: the page is found by a search whose bigrams all stand in it. */
  text: string;
  /** Its score for a search that finds it (Pagefind's rank), by the search's terms or for every search; 1 unless given. */
  score?: number | ((term: string) => number);
  /** Filter → value: section, kind, town, address. */
  facets?: Record<string, string>;
  title?: string;
  /** Its address as results show it; "/<id>/" unless given. */
  url?: string;
}

/**
 * Pagefind's runtime over `pages`, recording how it was set up, what it was asked and which results'
 * data was loaded (the runtime fetches a fragment file for each). `dropped` says
 * which searches it answers with null, as the runtime does with a search a newer one replaced.
 */
export function fakePagefind(pages: FakePage[], dropped: (term: string | null) => boolean = () => false) {
  const calls: { options: Record<string, unknown>[]; init: number; searches: (string | null)[]; loaded: string[] } = {
    options: [],
    init: 0,
    searches: [],
    loaded: [],
  };
  const pagefind: Pagefind = {
    options: async (options) => void calls.options.push(options),
    init: async () => void calls.init++,
    // One index: nothing to merge (an index in parts is tested over Pagefind's own runtime).
    mergeIndex: async () => {
      throw new Error('the stand-in holds one index: nothing to merge');
    },
    filters: async () => {
      const values: Record<string, Record<string, number>> = {};
      for (const page of pages)
        for (const [key, value] of Object.entries(page.facets ?? {})) {
          values[key] ??= {};
          values[key][value] = (values[key][value] ?? 0) + 1;
        }
      return values;
    },
    search: async (term, options) => {
      calls.searches.push(term);
      if (dropped(term)) return null;
      const found = pages.filter((page) =>
        term === null
          ? Object.entries(options?.filters ?? {}).every(([key, value]) => page.facets?.[key] === value)
          : term.split(' ').every((gram) => page.text.includes(gram)),
      );
      return {
        results: found.map((page) => ({
          id: page.id,
          score: typeof page.score === 'function' ? page.score(term ?? '') : (page.score ?? 1),
          data: async () => (
            calls.loaded.push(page.id),
            {
              url: page.url ?? `/${page.id}/`,
              content: page.text,
              excerpt: page.text,
              meta: { title: page.title ?? page.id, kind: page.facets?.['kind'], town: page.facets?.['town'] },
            }
          ),
        })),
      };
    },
  };
  return { pagefind, calls };
}

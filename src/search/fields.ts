/**
 * The extra fields the search index holds for each page (written by src/integrations/pagefind.ts)
 * and how much the search page weights a match in each. Pagefind splits metadata only at spaces, so
 * each field holds bigrams (src/search/grams.ts) to be found by the bigrams of a query.
 */

/** The bigrams of a page's whole indexed text: what makes every run of its text findable. */
export const GRAMS_FIELD = 'grams';

/** The bigrams of the fields a reader's words matter most in. */
export const FIELD_GRAMS = { title: 'tg', keywords: 'kg', summary: 'sg' } as const;

/**
 * Pagefind's metaWeights (https://pagefind.app/docs/ranking/#configuring-metadata-weights): a query
 * whose bigrams all stand in a page's title counts most, then its keywords, then its summary. The
 * whole-text field finds pages and ranks them as plain text would. Pagefind's own "title" field is a
 * whole Chinese title as one word, which a query almost never matches, so it is left out.
 */
export const META_WEIGHTS: Record<string, number> = {
  [FIELD_GRAMS.title]: 8,
  [FIELD_GRAMS.keywords]: 6,
  [FIELD_GRAMS.summary]: 3,
  [GRAMS_FIELD]: 1,
  title: 0,
};

/** A filter holding the first segment of the page's address: towns, homes, lectures, law… */
export const SECTION_FILTER = 'section';

/**
 * A filter holding the address of the pages the search page's own table also lists (src/search/terms.ts:
 * editor-written pages and town pages, not homes, lectures or news), so a page found in both is shown once.
 */
export const ADDRESS_FILTER = 'address';

/**
 * A filter holding the part of the index a page is in ("1", "2"…; a large site's index is written in
 * parts, src/integrations/pagefind.ts), so the search can ask one part which of a query's bigrams it holds.
 */
export const PART_FILTER = 'part';

/** Whether a page's address is one the search page's table lists. */
export const inTable = (url: string) => /^\/(?:law|guide|policy|help|about|handouts|towns)\/[^/]+\/$/.test(url);

/**
 * The kinds of page search tells apart, and what a page tells the search about itself. Each indexed
 * page declares its kind (SearchFacets.astro writes the tags below into its <head>); the kind's label
 * becomes the page's "kind" filter and result metadata, so the search page's filter chips read exactly
 * as the index does.
 */
import { t, type UiKey } from '../lib/i18n.ts';

export const SEARCH_KINDS = [
  'law',
  'guide',
  'policy',
  'homes',
  'lectures',
  'news',
  'handouts',
  'help',
  'about',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const kindLabel = (kind: SearchKind): string => t(`kind.${kind}` as UiKey);

/** What a page tells the search about itself. */
export interface PageFacets {
  kind: SearchKind;
  /** The town's name, for pages that belong to one street, town or township. */
  town?: string | undefined;
  /** YYYY-MM-DD: a news post's date, a lecture's day, a page's last update. */
  date?: string | undefined;
  keywords?: readonly string[] | undefined;
}

/**
 * The page's facets as named <meta> tags, each as its attributes (Pagefind reads filters and metadata
 * anywhere in the document; nothing shows on the page): its kind and town as filters and result
 * metadata, its date for the result list, and its keywords as searchable metadata (Pagefind searches
 * metadata fields, splitting them only at spaces, so each keyword stays whole). The build's own steps
 * read them back by name (src/integrations/indexed-text.ts).
 */
export function facetTags({ kind, town, date, keywords = [] }: PageFacets): Record<string, string>[] {
  const filter = (name: string) => ({
    'data-pagefind-filter': `${name}[content]`,
    'data-pagefind-meta': `${name}[content]`,
  });
  return [
    { name: 'search-kind', ...filter('kind'), content: kindLabel(kind) },
    ...(town ? [{ name: 'search-town', ...filter('town'), content: town }] : []),
    ...(date ? [{ name: 'search-date', 'data-pagefind-meta': 'date[content]', content: date }] : []),
    ...(keywords.length > 0
      ? [{ name: 'keywords', 'data-pagefind-meta': 'keywords[content]', content: keywords.join(' ') }]
      : []),
  ];
}

/**
 * The kinds of page search tells apart. Each indexed page declares one (see SearchFacets.astro); its
 * label becomes the page's "kind" filter and result metadata, so the search page's filter chips read
 * exactly as the index does.
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

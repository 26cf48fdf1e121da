/**
 * The text of a built page that Pagefind indexes: everything inside data-pagefind-body elements,
 * minus data-pagefind-ignore regions, plus the page's keywords. Used to derive the page's bigrams,
 * where taking slightly too much text costs nothing and taking too little loses search results, so
 * text nodes are joined without separators (an inline link inside a sentence must not break it).
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';
import type { BuiltPage } from './built-site.ts';

interface Node {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: Node[];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** What search ranks a page by, besides its text: the fields a reader's words matter most in. */
export interface IndexedPage {
  /** Everything Pagefind indexes: the body text and the keywords. */
  text: string;
  /** The page's first heading inside its body (what Pagefind takes as its title). */
  title: string;
  /** The page's meta description: a content page's summary. */
  summary: string;
  keywords: string;
  /** What the page's SearchFacets meta tags say: its kind's label, its town and its date ("" when none). */
  kind: string;
  town: string;
  date: string;
}

/** The SearchFacets meta tags (src/components/SearchFacets.astro) and the field each fills. */
const FACET_META: Record<string, 'kind' | 'town' | 'date'> = {
  'search-kind': 'kind',
  'search-town': 'town',
  'search-date': 'date',
};

/**
 * A copy of `text` that owns its characters. What the parser reads (an attribute's value, a text node)
 * is a slice of the page's HTML, and so is a join of one piece or a trim; V8 keeps the whole page alive
 * for as long as a slice of it lives. The pipeline keeps these fields for every page until the postings
 * are written (post-build.ts): at the benchmark's 50× scale the titles alone held over 500 MB of pages.
 */
const detached = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** The indexed text of a page, or null when the page has no data-pagefind-body (it is not indexed). */
export function indexedText(html: string): string | null {
  return indexedPage(html)?.text ?? null;
}

/** The indexed text and the ranking fields of a page, or null when it has no data-pagefind-body. */
export function indexedPage(html: string): IndexedPage | null {
  const root = parse(html) as Node;
  const parts: string[] = [];
  let hasBody = false;
  // Fields set from inside visit(); an object, so TypeScript does not narrow them to their initial values.
  const found = {
    title: null as string[] | null,
    titleDone: false,
    summary: '',
    keywords: '',
    kind: '',
    town: '',
    date: '',
  };

  const visit = (node: Node, inBody: boolean) => {
    if (node.type === TEXT_NODE) {
      if (inBody) {
        const text = decodeHTML(node.value ?? '');
        parts.push(text);
        if (found.title && !found.titleDone) found.title.push(text);
      }
      return;
    }
    let body = inBody;
    if (node.type === ELEMENT_NODE) {
      const attrs = node.attributes ?? {};
      if (node.name === 'meta' && attrs['name'] === 'keywords') {
        found.keywords = decodeHTML(attrs['content'] ?? '');
        parts.push(' ', found.keywords, ' ');
      }
      if (node.name === 'meta' && attrs['name'] === 'description') found.summary = decodeHTML(attrs['content'] ?? '');
      const facet = node.name === 'meta' ? FACET_META[attrs['name'] ?? ''] : undefined;
      if (facet) found[facet] = decodeHTML(attrs['content'] ?? '');
      if (SKIPPED.has(node.name ?? '') || 'data-pagefind-ignore' in attrs) return;
      if ('data-pagefind-body' in attrs) body = hasBody = true;
      if (body && node.name === 'h1' && !found.title) {
        found.title = [];
        for (const child of node.children ?? []) visit(child, body);
        found.titleDone = true;
        return;
      }
    }
    for (const child of node.children ?? []) visit(child, body);
  };
  visit(root, false);
  if (!hasBody) return null;
  const { summary, keywords, kind, town, date } = found;
  return {
    text: detached(parts.join('')),
    title: detached((found.title ?? []).join('').trim()),
    summary: detached(summary),
    keywords: detached(keywords),
    kind: detached(kind),
    town: detached(town),
    date: detached(date),
  };
}

/** A page search indexes, with its indexed text and fields. */
export interface IndexedEntry {
  page: BuiltPage;
  fields: IndexedPage;
}

/**
 * The text of a built page that Pagefind indexes: everything inside data-pagefind-body elements,
 * minus data-pagefind-ignore regions, plus the page's keywords. Used to derive the page's bigrams,
 * where taking slightly too much text costs nothing and taking too little loses search results, so
 * text nodes are joined without separators (an inline link inside a sentence must not break it).
 */
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

interface Node {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: Node[];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** What search ranks a page by, besides its text: the fields a reader's words matter most in. */
export interface IndexedPage {
  /** Everything Pagefind indexes: the body text and the keywords. */
  text: string;
  /** The page's first heading inside its body (what Pagefind takes as its title). */
  title: string;
  /** The page's meta description: a content page's summary. */
  summary: string;
  keywords: string;
}

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
  const found = { title: null as string[] | null, titleDone: false, summary: '', keywords: '' };

  const visit = (node: Node, inBody: boolean) => {
    if (node.type === TEXT_NODE) {
      if (inBody) {
        const text = decodeEntities(node.value ?? '');
        parts.push(text);
        if (found.title && !found.titleDone) found.title.push(text);
      }
      return;
    }
    let body = inBody;
    if (node.type === ELEMENT_NODE) {
      const attrs = node.attributes ?? {};
      if (node.name === 'meta' && attrs['name'] === 'keywords') {
        found.keywords = decodeEntities(attrs['content'] ?? '');
        parts.push(' ', found.keywords, ' ');
      }
      if (node.name === 'meta' && attrs['name'] === 'description') found.summary = decodeEntities(attrs['content'] ?? '');
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
  return { text: parts.join(''), title: (found.title ?? []).join('').trim(), summary: found.summary, keywords: found.keywords };
}

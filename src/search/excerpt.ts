/** Excerpts for search results: safe HTML with <mark> around what the reader typed. */

const EXCERPT_CHARS = 70;

import { escapeUTF8 as escapeHtml } from 'entities/escape';

export { escapeHtml };

/** Pagefind's excerpt is its escaped text with <mark> around matches; keep only those marks. */
export const safeExcerpt = (excerpt: string): string => excerpt.replace(/<(?!\/?mark>)/g, '&lt;');

/**
 * An excerpt around the first place the page's text contains one of the queries (what the reader
 * typed, then its synonyms), with that text marked; null when the text holds none of them. Pagefind
 * marks whole indexed words, which for Chinese may be more or less than what was typed; when the
 * text holds the query itself, this shows exactly that.
 */
export function literalExcerpt(content: string, queries: readonly string[]): string | null {
  // Pagefind separates the words it segmented with zero-width spaces in the content it returns.
  const text = content.replace(/\u200B/g, '');
  const lower = text.toLowerCase();
  for (const query of queries) {
    const needle = query.trim().toLowerCase();
    const at = needle ? lower.indexOf(needle) : -1;
    if (at < 0) continue;
    const start = Math.max(0, at - Math.floor(Math.max(0, EXCERPT_CHARS - needle.length) / 2));
    const end = Math.min(text.length, start + Math.max(EXCERPT_CHARS, needle.length));
    return [
      start > 0 ? '…' : '',
      escapeHtml(text.slice(start, at)),
      `<mark>${escapeHtml(text.slice(at, at + needle.length))}</mark>`,
      escapeHtml(text.slice(at + needle.length, end)),
      end < text.length ? '…' : '',
    ].join('');
  }
  return null;
}

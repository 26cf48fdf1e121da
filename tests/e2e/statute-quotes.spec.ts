/**
 * Every statute quote on the built site is byte-identical to the statute file: the opening paragraph
 * and the chosen items for a subset, the whole article otherwise. Reads dist/ from disk: this checks
 * what was built, so it needs no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseLaw, type Law } from '../../src/lib/law.ts';
import { builtPages, decodeEntities } from '../support/dist.ts';

const laws = new Map<string, Law>(
  readdirSync('content/law')
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseLaw(readFileSync(`content/law/${f}`, 'utf8')))
    .map((law) => [law.name, law]),
);

const QUOTE = /<blockquote\b([^>]*\bdata-law="[^"]*"[^>]*)>([\s\S]*?)<\/blockquote>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

test('every statute quote matches the statute text exactly', () => {
  let quotes = 0;
  const pagesWithQuotes = new Set<string>();
  for (const [file, html] of builtPages()) {
    for (const match of html.matchAll(QUOTE)) {
      const [, attrs = '', inner = ''] = match;
      const law = laws.get(attr(attrs, 'data-law') ?? '');
      expect(law, `${file}: unknown law ${attr(attrs, 'data-law')}`).toBeDefined();
      const article = law!.articles.find((a) => a.number === Number(attr(attrs, 'data-article')));
      expect(article, `${file}: article ${attr(attrs, 'data-article')}`).toBeDefined();
      const items = attr(attrs, 'data-items')?.split(',').map(Number);
      const expected = items ? [article!.paragraphs[0], ...items.map((n) => article!.paragraphs[article!.items[n]!])] : article!.paragraphs;
      const shown = [...inner.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decodeEntities(m[1] ?? ''));
      expect(shown, `${file}: ${law!.name} article ${article!.number}`).toEqual(expected);
      quotes++;
      pagesWithQuotes.add(file);
    }
  }
  // The law and guide pages quote dozens of articles; a build that lost them must not pass quietly.
  expect(quotes).toBeGreaterThan(40);
  expect(pagesWithQuotes.size).toBeGreaterThan(15);
});

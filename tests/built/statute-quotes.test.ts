/**
 * Every statute quote on the built site is byte-identical to the statute file, and every excerpt keeps
 * its meaning: each picked item stands under the paragraph that leads into it ("具有下列情形之一的……："),
 * a left-out paragraph between shown ones is marked, and the footer cites the law's full title and the
 * article and says the quote is an excerpt. The
 * expected text is worked out here from the statute file alone, not with the site's own excerpt code.
 * Reads dist/ from disk: this checks what was built, so it needs no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it as test } from 'vitest';
import { chineseNumber, parseLaw, type Law } from '../../src/lib/law.ts';
import { builtPages, decodeEntities } from '../support/dist.ts';
import { SITE_CONTENT } from '../support/site-content.ts';

const lawFiles = readdirSync(path.join(SITE_CONTENT, 'law'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(SITE_CONTENT, 'law', f), 'utf8'));
const laws = new Map<string, Law>(lawFiles.map((text) => parseLaw(text)).map((law) => [law.name, law]));
/** Each law's article headings as its file writes them ("第七十一条"), by article number. */
const headings = new Map<string, Map<number, string>>(
  lawFiles.map((text) => [
    parseLaw(text).name,
    new Map(
      [...text.matchAll(/^(第([一二三四五六七八九十百零]+)条)\s/gm)].map((m) => [chineseNumber(m[2]!), m[1]!] as const),
    ),
  ]),
);

const QUOTE = /<blockquote\b([^>]*\bdata-law="[^"]*"[^>]*)>([\s\S]*?)<\/blockquote>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
const numbers = (attrs: string, name: string) => attr(attrs, name)?.split(',').map(Number) ?? [];
const isItem = (paragraph: string) => /^（[一二三四五六七八九十]+）/.test(paragraph);
const GAP = '……';

test('every statute quote matches the statute text, and every excerpt keeps each item under its lead-in', () => {
  let quotes = 0;
  let excerpts = 0;
  const pagesWithQuotes = new Set<string>();
  for (const [file, html] of builtPages()) {
    for (const match of html.matchAll(QUOTE)) {
      const [, attrs = '', inner = ''] = match;
      const law = laws.get(attr(attrs, 'data-law') ?? '');
      expect(law, `${file}: unknown law ${attr(attrs, 'data-law')}`).toBeDefined();
      const article = law!.articles.find((a) => a.number === Number(attr(attrs, 'data-article')));
      expect(article, `${file}: article ${attr(attrs, 'data-article')}`).toBeDefined();
      const where = `${file}: ${law!.name} article ${article!.number}`;
      const all = article!.paragraphs;
      const shown = [...inner.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)].map((m) =>
        /law-gap/.test(m[1] ?? '') ? GAP : decodeEntities(m[2] ?? ''),
      );
      const footer = /<footer>([\s\S]*?)<\/footer>/.exec(inner)?.[1] ?? '';
      const items = numbers(attrs, 'data-items');
      const paragraphs = numbers(attrs, 'data-paragraphs');
      // The citation line names the law by its full title and the article as the statute heads it.
      const citation = `出自《${law!.title}》${headings.get(law!.name)!.get(article!.number)}`;
      expect(decodeEntities(footer), where).toMatch(new RegExp(`^${citation}(（节选[^）]+）)?$`));
      quotes++;
      pagesWithQuotes.add(file);
      if (items.length === 0 && paragraphs.length === 0) {
        expect(shown, where).toEqual(all);
        expect(footer, where).not.toContain('节选');
        continue;
      }
      excerpts++;
      expect(footer, `${where}: an excerpt says it is one`).toContain('节选');
      // Each shown line is a paragraph of the article, in the statute's order.
      const at = shown.map((line) => (line === GAP ? -1 : all.indexOf(line)));
      for (const [k, line] of shown.entries())
        if (line !== GAP) expect(at[k], `${where}: not in the statute: ${line}`).toBeGreaterThanOrEqual(0);
      const indices = at.filter((i) => i >= 0);
      expect(indices, `${where}: in the statute's order`).toEqual([...indices].sort((a, b) => a - b));
      // Each picked item is shown, and the nearest running-text line above it is the item's own lead-in.
      for (const n of items) {
        const itemIndex = all.findIndex(
          (p) => chineseNumber(/^（([一二三四五六七八九十]+)）/.exec(p)?.[1] ?? '') === n,
        );
        let leadIn = itemIndex - 1;
        while (leadIn >= 0 && isItem(all[leadIn]!)) leadIn--;
        const row = at.indexOf(itemIndex);
        expect(row, `${where}: item ${n} is shown`).toBeGreaterThan(0);
        const above = shown
          .slice(0, row)
          .filter((line) => line !== GAP && !isItem(line))
          .at(-1);
        expect(above, `${where}: item ${n} stands under its lead-in`).toBe(all[leadIn]);
      }
      // A paragraph of running text left out between two shown lines is marked with a gap.
      for (let k = 1; k < shown.length; k++) {
        const [before, after] = [at[k - 1]!, at[k]!];
        if (before < 0 || after < 0) continue;
        const skipped = all.slice(before + 1, after).some((p) => !isItem(p));
        expect(skipped, `${where}: running text left out between lines ${k} and ${k + 1} without a gap`).toBe(false);
      }
    }
  }
  // The law and guide pages quote dozens of articles; a build that lost them must not pass quietly.
  expect(quotes).toBeGreaterThan(40);
  expect(excerpts).toBeGreaterThan(3);
  expect(pagesWithQuotes.size).toBeGreaterThan(15);
});

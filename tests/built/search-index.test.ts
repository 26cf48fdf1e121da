/** The search index as published: what the site's own search loads, and nothing it never loads. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind.ts';
import type { PinyinTable } from '../../src/search/query.ts';
import type { ResultData } from '../../src/search/results.ts';
import type { SearchTerms } from '../../src/search/terms.ts';
import { homes } from '../support/site-content.ts';
import { BASE, DIST } from '../support/built-site.ts';
import { searchBuiltSite, type BuiltSearch } from '../support/search-engine.ts';

const dir = path.join(DIST, 'pagefind');

describe('search index', () => {
  it('holds the runtime, the WebAssembly, the language metadata and the index, filter and fragment chunks', () => {
    const names = readdirSync(dir);
    expect(names).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']),
    );
    expect(names.some((n) => n.endsWith('.pagefind'))).toBe(true);
    expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
    for (const sub of ['index', 'fragment', 'filter'])
      expect(readdirSync(path.join(dir, sub)).length, sub).toBeGreaterThan(0);
  });

  it('is written in parts of at most SEARCH_PART_PAGES pages (1,000 unless set), all full but the last, and the search page says how many', () => {
    const perPart = Number(process.env['SEARCH_PART_PAGES'] || 1000);
    const parts = readdirSync(dir)
      .filter((name) => /^part-\d+$/.test(name))
      .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
    const folders = [dir, ...parts.map((name) => path.join(dir, name))];
    // Parts are numbered from 2 with no gap: the search page fetches them by number.
    expect(parts).toEqual(parts.map((_, i) => `part-${i + 2}`));
    const counts = folders.map((folder) => {
      const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8'));
      return Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
    });
    for (const [i, count] of counts.entries()) {
      expect(count, `第 ${i + 1} 部分`).toBeGreaterThan(0);
      if (i < counts.length - 1) expect(count, `第 ${i + 1} 部分`).toBe(perPart);
      else expect(count).toBeLessThanOrEqual(perPart);
    }
    const page = readFileSync(path.join(DIST, 'search', 'index.html'), 'utf8');
    expect(page).toContain(`data-index-parts="${folders.length}"`);
    // Only the first part carries the runtime: the later ones are index files alone.
    for (const folder of folders.slice(1))
      expect(readdirSync(folder).filter((name) => name === 'pagefind.js' || name.startsWith('wasm.'))).toEqual([]);
  });

  it('carries none of the interfaces, highlighter or worker that the site never loads', () => {
    for (const name of UNUSED_PAGEFIND_FILES) expect(existsSync(path.join(dir, name)), name).toBe(false);
  });
});

describe("the search page's own table and pinyin table", () => {
  const read = (name: string) => JSON.parse(readFileSync(path.join(DIST, 'search', name), 'utf8'));

  it('lists editor pages and towns that exist in the built site, and the hotline page', () => {
    const terms = read('terms.json') as SearchTerms;
    expect(terms.pages.length).toBeGreaterThan(10);
    // Every town that has a page, whatever the directory holds.
    const townPages = readdirSync(path.join(DIST, 'towns'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(terms.towns.length).toBe(townPages.length);
    for (const { url } of [...terms.pages, ...terms.towns])
      expect(existsSync(path.join(DIST, url, 'index.html')), url).toBe(true);
    // Each with the villages of its homes, as the directory files give them (none for a town without homes yet).
    const directory = homes();
    for (const town of terms.towns) {
      const id = /\/towns\/([^/]+)\/$/.exec(town.url)![1];
      expect([...town.villages].sort(), town.name).toEqual(
        [...new Set(directory.filter((h) => h.town === id).map((h) => h.community))].sort(),
      );
    }
    expect(terms.hotline).not.toBeNull();
    expect(existsSync(path.join(DIST, terms.hotline!, 'index.html'))).toBe(true);
    // Only what the search matches on and shows: no phone numbers or names of the directory.
    const published = JSON.stringify(terms);
    expect(published).not.toMatch(/0\d{2,3}-\d{7,8}/);
    for (const { director } of directory) expect(published).not.toContain(director.name);
  });

  it('holds the vocabulary with its pinyin, every keyword of the pages among it', () => {
    const table = read('pinyin.json') as PinyinTable;
    const terms = read('terms.json') as SearchTerms;
    const words = new Set(table.words.map(([w]) => w));
    for (const page of terms.pages)
      for (const k of page.keywords.filter((k) => /^\p{Script=Han}{2,}$/u.test(k))) expect(words, k).toContain(k);
    for (const [word, pinyin] of table.words) expect(pinyin.split(' ').length, word).toBe([...word].length);
  });
});

describe('what the index tells the search about each page', () => {
  let search: BuiltSearch;
  beforeAll(async () => {
    search = await searchBuiltSite(DIST, BASE);
  });
  afterAll(() => search.close());

  it('files every page under its section, and gives the pages the table also lists their address, so each shows once', async () => {
    const { pagefind } = await search.fullText();
    const all = (await pagefind.search(null))?.results ?? [];
    const terms = JSON.parse(readFileSync(path.join(DIST, 'search', 'terms.json'), 'utf8')) as SearchTerms;
    const tableUrls = new Set([...terms.pages, ...terms.towns].map((p) => p.url));
    const seen = new Set<string>();
    for (const result of all) {
      const { url, filters } = (await result.data()) as ResultData & { filters: Record<string, string[]> };
      // "/zt/wcnrbh/homes/a/" → "/homes/a/", whose section is "homes".
      const address = `/${url.slice(BASE.length)}`;
      expect(filters['section'], address).toEqual([address.split('/')[1]]);
      expect(filters['address'], address).toEqual(tableUrls.has(address) ? [address] : undefined);
      if (filters['section']![0] !== undefined) seen.add(filters['section']![0]);
    }
    // The fixture has pages of every kind: the sections are many, not one.
    expect(seen.size).toBeGreaterThan(3);
  });
});

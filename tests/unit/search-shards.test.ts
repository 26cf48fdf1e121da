/**
 * The search page's first full-text answer: the postings and cards the build writes
 * (src/integrations/search-shards.ts, src/search/shards.ts) and how the page ranks from them
 * (src/search/shard-rank.ts). Built over a small site written here, no build, no browser.
 */
import { mkdtempSync, readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltSite } from '../../src/integrations/built-site.ts';
import { indexedPage } from '../../src/integrations/indexed-text.ts';
import { markSearchPage, writeSearchShards } from '../../src/integrations/search-shards.ts';
import { parseQuery } from '../../src/search/query.ts';
import {
  firstScreenWithin,
  holdShards,
  lookupIn,
  rankShards,
  shardUnits,
  shardsToFetch,
  unheldChunks,
  type Lookup,
  type Unit,
} from '../../src/search/shard-rank.ts';
import {
  IN,
  cardPlace,
  decodePostings,
  encodePostings,
  placeFlags,
  placeWeight,
  planAttributes,
  readPlan,
  shardOf,
  tableUrls,
  textStep,
  type Card,
} from '../../src/search/shards.ts';
import type { SearchTerms } from '../../src/search/terms.ts';

describe('postings', () => {
  it('round-trips pages and flags through the gap encoding', () => {
    const postings: [number, number][] = [
      [0, 9],
      [3, 1],
      [4, 63],
      [200, placeFlags(IN.title, 7)],
    ];
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });

  it('weighs a title above keywords above a summary above the text, and more of the text above less', () => {
    const text = (n: number) => placeFlags(0, textStep(n, 100, 100));
    expect(placeWeight(placeFlags(IN.title, 0))).toBeGreaterThan(placeWeight(placeFlags(IN.keywords, 0)));
    expect(placeWeight(placeFlags(IN.keywords, 0))).toBeGreaterThan(placeWeight(placeFlags(IN.summary, 0)));
    expect(placeWeight(placeFlags(IN.summary, 0))).toBeGreaterThan(placeWeight(text(50)));
    expect(placeWeight(text(5))).toBeGreaterThan(placeWeight(text(1)));
    expect(textStep(0, 100, 100)).toBe(0);
    // The same count in a page ten times as long counts less.
    expect(textStep(3, 1000, 100)).toBeLessThan(textStep(3, 100, 100));
  });

  it('counts text as search engines do (BM25), in steps of a third, from one step up to seven', () => {
    // A page of average length: once is one full weight, more counts less and less.
    expect(textStep(1, 100, 100)).toBe(3);
    expect(textStep(3, 100, 100)).toBe(5);
    expect(textStep(100, 100, 100)).toBe(7);
    // Once in a page ten times as long still counts a step.
    expect(textStep(1, 1000, 100)).toBe(1);
  });

  it('weighs the title, keywords and summary as the full-text index does (8, 6, 3), else the text step', () => {
    expect(placeWeight(placeFlags(IN.title | IN.keywords | IN.summary, 7))).toBe(8);
    expect(placeWeight(placeFlags(IN.keywords | IN.summary, 7))).toBe(6);
    expect(placeWeight(placeFlags(IN.summary, 7))).toBe(3);
    expect(placeWeight(placeFlags(0, 6))).toBe(2);
    expect(placeWeight(placeFlags(0, 0))).toBe(0);
  });

  it('finds a card by its number: 64 to a file, numbered after the table’s pages', () => {
    const plan = { shards: 1, block: 64, tablePages: 10, pages: 200, common: [], indexParts: 1 };
    expect(cardPlace(10, plan)).toEqual([0, 0]);
    expect(cardPlace(10 + 63, plan)).toEqual([0, 63]);
    expect(cardPlace(10 + 64, plan)).toEqual([1, 0]);
    expect(cardPlace(10 + 130, plan)).toEqual([2, 2]);
  });

  it('puts every bigram starting with one character in one file', () => {
    for (const shards of [1, 7, 22, 220]) {
      const files = new Set(['儿童', '儿子', '儿'].map((g) => shardOf(g, shards)));
      expect(files.size).toBe(1);
      for (const char of '儿童之家电子烟防溺水孩子家暴校园欺凌abc0123鿿𠀀') {
        expect(shardOf(char, shards)).toBeGreaterThanOrEqual(0);
        expect(shardOf(char, shards)).toBeLessThan(shards);
        expect(Number.isInteger(shardOf(char, shards))).toBe(true);
      }
    }
  });
});

describe('the plan on the search page', () => {
  const plan = { shards: 3, block: 64, tablePages: 12, pages: 40, common: ['儿童', '孩子'], indexParts: 2 };

  it('is written as attributes and read back the same', () => {
    const attributes = planAttributes(plan);
    expect(attributes).toEqual({
      'data-shards': '3',
      'data-block': '64',
      'data-table-pages': '12',
      'data-pages': '40',
      'data-common': '儿童 孩子',
      'data-index-parts': '2',
    });
    expect(readPlan((name) => attributes[name])).toEqual(plan);
  });

  it('reads no common bigrams when there are none', () => {
    const attributes = planAttributes({ ...plan, common: [] });
    expect(readPlan((name) => attributes[name])?.common).toEqual([]);
    const { 'data-common': _, ...without } = attributes;
    expect(readPlan((name) => without[name])?.common).toEqual([]);
  });

  it('is missing on a page not built (astro dev): any of the numbers absent', () => {
    for (const name of ['data-shards', 'data-block', 'data-table-pages', 'data-pages', 'data-index-parts']) {
      const attributes: Record<string, string> = { ...planAttributes(plan) };
      delete attributes[name];
      expect(
        readPlan((n) => attributes[n]),
        name,
      ).toBeNull();
    }
  });
});

describe('ranking from postings', () => {
  // Pages 0–3. "电子烟" stands whole in 0 (title) and 1 (text); page 2 holds only "电子"; "孩子" is everywhere.
  const file: Record<string, number[]> = {
    电子: encodePostings([
      [0, placeFlags(IN.title, 1)],
      [1, placeFlags(0, 2)],
      [2, placeFlags(0, 3)],
    ]),
    子烟: encodePostings([
      [0, placeFlags(IN.title, 1)],
      [1, placeFlags(0, 2)],
    ]),
    孩子: encodePostings([
      [0, placeFlags(0, 1)],
      [1, placeFlags(0, 1)],
      [2, placeFlags(0, 1)],
      [3, placeFlags(0, 1)],
    ]),
  };
  const everything: Lookup = (gram) => lookupIn(file, gram);

  it('ranks a page holding the whole chunk, in its title, first; a page holding part of it after', () => {
    const parsed = parseQuery('电子烟');
    const holdings = holdShards(shardUnits(parsed, ['电子烟']), everything);
    const hits = rankShards(holdings, 4);
    const score = (page: number) => hits.find((h) => h.page === page)!;
    expect(score(0).cover).toBeGreaterThan(score(2).cover);
    expect(score(0).relevance).toBeGreaterThan(score(1).relevance);
    expect(score(0).held.has(0)).toBe(true);
    expect(score(0).shown.has(0)).toBe(true);
    expect(score(2).held.has(0)).toBe(false);
    expect(holdings.searched.has(0)).toBe(true);
    expect(unheldChunks(holdings, [0])).toEqual([]);
  });

  it('finds every bigram a one-character piece starts', () => {
    expect([...lookupIn(file, '电').keys()].sort()).toEqual([0, 1, 2]);
    expect([...lookupIn(file, '子').keys()].sort()).toEqual([0, 1]);
  });

  it('counts a word most pages hold for less than a word few pages hold', () => {
    const parsed = {
      chunks: [
        { text: '孩子', variants: ['孩子'], words: [] },
        { text: '子烟', variants: ['子烟'], words: [] },
      ],
      cleaned: '孩子 子烟',
    };
    const hits = rankShards(holdShards(shardUnits(parsed, []), everything), 4);
    const onlyCommon = hits.find((h) => h.page === 3)!;
    const both = hits.find((h) => h.page === 1)!;
    expect(onlyCommon.cover).toBeLessThan(0.2);
    expect(both.cover).toBeCloseTo(1);
  });

  it('does not call a chunk missing when its bigrams were not all looked up', () => {
    const parsed = parseQuery('电子烟');
    const partly: Lookup = (gram) => (gram === '电子' ? lookupIn(file, gram) : undefined);
    const holdings = holdShards(shardUnits(parsed, ['电子烟']), partly);
    const hits = rankShards(holdings, 4);
    expect(hits.length).toBeGreaterThan(0);
    expect(holdings.searched.has(0)).toBe(false);
    expect(unheldChunks(holdings, [0])).toEqual([]);
    // Half of it looked up is not holding it, and a page must not say its text holds it.
    expect(hits.every((h) => !h.held.has(0) && !h.shown.has(0))).toBe(true);
    // A common bigram not fetched is taken as held: the chunk is searched in full, but not shown as held.
    const withCommon = holdShards(shardUnits(parsed, ['电子烟']), partly, new Set(['子烟']));
    expect(withCommon.searched.has(0)).toBe(true);
    const page0 = rankShards(withCommon, 4).find((h) => h.page === 0)!;
    expect(page0.held.has(0)).toBe(true);
    expect(page0.shown.has(0)).toBe(false);
  });

  it('fetches at most the allowed files, the chunk the table could not name first, and no file for common bigrams', () => {
    const shards = 50;
    const parsed = parseQuery('小卖部卖烟给小孩');
    const units = shardUnits(parsed, [parsed.chunks[0]!.text]);
    for (const max of [1, 2, 3]) expect(shardsToFetch(units, shards, new Set(), max).length).toBeLessThanOrEqual(max);
    const first = shardsToFetch(units, shards, new Set(), 1);
    expect(first).toEqual([shardOf('小卖', shards)]);
    const grams = units.flatMap((u) => u.variants.flat());
    expect(shardsToFetch(units, shards, new Set(grams), 3)).toEqual([]);
  });
});

describe('what a first answer fetches and counts', () => {
  it('a one-character piece gathers where every bigram it starts stands', () => {
    const file = {
      电子: encodePostings([[0, placeFlags(IN.title, 0)]]),
      电视: encodePostings([
        [0, placeFlags(0, 2)],
        [1, placeFlags(IN.summary, 1)],
      ]),
      子女: encodePostings([[2, placeFlags(0, 1)]]),
    };
    expect([...lookupIn(file, '电')]).toEqual([
      [0, placeFlags(IN.title, 2)],
      [1, placeFlags(IN.summary, 1)],
    ]);
    expect(lookupIn(file, '电脑')).toEqual(new Map());
  });

  it('when a chunk’s files do not all fit, fetches those of its first and last bigrams first', () => {
    const shards = 1000;
    const parsed = { chunks: [{ text: '一二三四五', variants: ['一二三四五'], words: [] }], cleaned: '一二三四五' };
    const files = ['一', '二', '三', '四'].map((c) => shardOf(c, shards));
    expect(new Set(files).size).toBe(4);
    expect(shardsToFetch(shardUnits(parsed, []), shards, new Set(), 2).sort()).toEqual(
      [shardOf('一二', shards), shardOf('四五', shards)].sort(),
    );
    expect(shardsToFetch(shardUnits(parsed, []), shards, new Set(), 3).sort()).toEqual(
      [shardOf('一二', shards), shardOf('四五', shards), shardOf('二三', shards)].sort(),
    );
    // All of them when they fit.
    expect(shardsToFetch(shardUnits(parsed, []), shards, new Set(), 4).sort()).toEqual([...files].sort());
  });

  it('fetches every file of a chunk that fits exactly, and a short chunk whole before part of a long one', () => {
    const shards = 1000;
    const two = (a: string, b: string) => ({
      chunks: [
        { text: a, variants: [a], words: [] },
        { text: b, variants: [b], words: [] },
      ],
      cleaned: `${a} ${b}`,
    });
    const file = (gram: string) => shardOf(gram, shards);
    // 一二三四: three files, exactly the limit; 六七 would make four.
    expect(shardsToFetch(shardUnits(two('一二三四', '六七'), []), shards, new Set(), 3).sort()).toEqual(
      ['一二', '二三', '三四'].map(file).sort(),
    );
    // 一二三四五: four files, over the limit; 六七 fits whole, then the long chunk's first and last bigrams.
    expect(shardsToFetch(shardUnits(two('一二三四五', '六七'), []), shards, new Set(), 3).sort()).toEqual(
      ['六七', '一二', '四五'].map(file).sort(),
    );
    // The chunk the table could not name comes first.
    expect(shardsToFetch(shardUnits(two('甲乙', '丙丁'), ['丙丁']), shards, new Set(), 1)).toEqual([file('丙丁')]);
  });

  it('fetches every chunk as typed before any synonym, and a chunk whole before its words', () => {
    const shards = 1000;
    const file = (gram: string) => shardOf(gram, shards);
    expect(new Set(['甲乙', '乙丙', '丙丁', '戊己', '庚辛'].map(file)).size).toBe(5);
    const unit = (whole: boolean, variants: string[][]): Unit => ({
      chunk: 0,
      whole,
      weight: 2,
      variants,
      first: false,
    });
    // 甲乙 has the synonym 丙丁; 戊己 has none: room for two files holds both as typed.
    expect(
      shardsToFetch([unit(true, [['甲乙'], ['丙丁']]), unit(true, [['戊己']])], shards, new Set(), 2).sort(),
    ).toEqual(['甲乙', '戊己'].map(file).sort());
    // A word (written here as a synonym of its own, 庚辛) comes after the chunk it is part of, whatever order they come in.
    expect(
      shardsToFetch([unit(false, [['庚辛']]), unit(true, [['甲乙', '乙丙', '丙丁']])], shards, new Set(), 3).sort(),
    ).toEqual(['甲乙', '乙丙', '丙丁'].map(file).sort());
  });

  it('a page holding under a quarter of a long chunk’s bigrams does not count for it; more counts by the share squared', () => {
    // 一二三四五六七八九: eight bigrams. Page 0 holds one (1/8), page 1 three (3/8), page 2 all.
    const grams = ['一二', '二三', '三四', '四五', '五六', '六七', '七八', '八九'];
    const file: Record<string, number[]> = {};
    grams.forEach((gram, i) => {
      const pages: [number, number][] = [];
      if (i === 0) pages.push([0, placeFlags(0, 3)]);
      if (i < 3) pages.push([1, placeFlags(0, 3)]);
      pages.push([2, placeFlags(0, 3)]);
      file[gram] = encodePostings(pages);
    });
    const parsed = {
      chunks: [{ text: '一二三四五六七八九', variants: ['一二三四五六七八九'], words: [] }],
      cleaned: '一二三四五六七八九',
    };
    const holdings = holdShards(shardUnits(parsed, []), (gram) => lookupIn(file, gram));
    const hits = rankShards(holdings, 3);
    expect(hits.map((h) => h.page).sort()).toEqual([1, 2]);
    const cover = (page: number) => hits.find((h) => h.page === page)!.cover;
    expect(cover(1) / cover(2)).toBeCloseTo((3 / 8) ** 2);
    expect(hits.find((h) => h.page === 2)!.held.has(0)).toBe(true);
    expect(hits.find((h) => h.page === 1)!.held.has(0)).toBe(false);
  });
});

describe('what the pages hold when only some postings were fetched', () => {
  const chunk = (text: string, variants = [text], words: string[] = []) => ({
    chunks: [{ text, variants, words }],
    cleaned: text,
  });
  const file: Record<string, number[]> = {
    一二: encodePostings([[0, placeFlags(0, 3)]]),
    二三: encodePostings([[0, placeFlags(0, 3)]]),
    孤儿: encodePostings([[1, placeFlags(0, 3)]]),
    大学: encodePostings([[1, placeFlags(0, 3)]]),
  };
  const only =
    (...grams: string[]): Lookup =>
    (gram) =>
      grams.includes(gram) ? lookupIn(file, gram) : undefined;

  it('counts a way of writing a chunk when at least half its bigrams were looked up, not when fewer were', () => {
    const units = shardUnits(chunk('一二三四五'), []);
    const half = holdShards(units, only('一二', '二三'));
    expect([...half.pages.keys()]).toEqual([0]);
    // Half is not all: the chunk is neither held nor known to be missing.
    expect(half.pages.get(0)!.held.has(0)).toBe(false);
    expect(half.searched.has(0)).toBe(false);
    expect(holdShards(units, only('一二')).pages.size).toBe(0);
  });

  it('counts a page holding exactly a quarter of a long chunk’s bigrams', () => {
    const quarter: Record<string, number[]> = {
      一二: encodePostings([[0, placeFlags(0, 3)]]),
      二三: encodePostings([[0, placeFlags(0, 3)]]),
      三四: encodePostings([]),
      四五: encodePostings([]),
      五六: encodePostings([]),
      六七: encodePostings([]),
      七八: encodePostings([]),
      八九: encodePostings([]),
    };
    const holdings = holdShards(shardUnits(chunk('一二三四五六七八九'), []), (gram) => lookupIn(quarter, gram));
    expect([...holdings.pages.keys()]).toEqual([0]);
  });

  it('a chunk held whole in one way of writing it stays held when another way is held in part', () => {
    const mixed: Record<string, number[]> = {
      一二: encodePostings([[0, placeFlags(0, 3)]]),
      二三: encodePostings([[0, placeFlags(0, 3)]]),
      孤儿: encodePostings([[0, placeFlags(0, 3)]]),
      儿大: encodePostings([]),
      大学: encodePostings([]),
    };
    const holdings = holdShards(shardUnits(chunk('一二三', ['一二三', '孤儿大学']), []), (gram) =>
      lookupIn(mixed, gram),
    );
    expect(holdings.pages.get(0)!.held.has(0)).toBe(true);
    expect(holdings.pages.get(0)!.shown.has(0)).toBe(true);
  });

  it('a chunk none of whose bigrams was looked up does not lower the cover of a page holding the rest', () => {
    const parsed = {
      chunks: [
        { text: '一二三', variants: ['一二三'], words: [] },
        { text: '五六', variants: ['五六'], words: [] },
      ],
      cleaned: '一二三 五六',
    };
    const hits = rankShards(holdShards(shardUnits(parsed, []), only('一二', '二三')), 2);
    expect(hits.map((h) => [h.page, h.cover])).toEqual([[0, 1]]);
  });

  it('scores a page by its best way of writing a chunk, whichever comes first', () => {
    // Page 0 holds 一二三 in its text and 孤儿 in its title; page 1 holds 孤儿 in its title.
    const places: Record<string, number[]> = {
      一二: encodePostings([[0, placeFlags(0, 3)]]),
      二三: encodePostings([[0, placeFlags(0, 3)]]),
      孤儿: encodePostings([
        [0, placeFlags(IN.title, 0)],
        [1, placeFlags(IN.title, 0)],
      ]),
    };
    for (const variants of [
      ['一二三', '孤儿'],
      ['孤儿', '一二三'],
    ]) {
      const hits = rankShards(
        holdShards(shardUnits(chunk(variants[0]!, variants), []), (gram) => lookupIn(places, gram)),
        2,
      );
      const relevance = (page: number) => hits.find((h) => h.page === page)!.relevance;
      expect(relevance(0), variants.join()).toBeCloseTo(relevance(1));
    }
  });

  it('weighs a page by where its bigrams stand on average, and by the share it holds, squared', () => {
    const grams = ['一二', '二三', '三四', '四五'];
    const places: Record<string, number[]> = Object.fromEntries(
      grams.map((gram, i) => [
        gram,
        encodePostings(
          i < 2
            ? [
                [0, placeFlags(IN.title, 0)],
                [1, placeFlags(IN.title, 0)],
              ]
            : [[0, placeFlags(IN.title, 0)]],
        ),
      ]),
    );
    const hits = rankShards(
      holdShards(shardUnits(chunk('一二三四五'), []), (gram) => lookupIn(places, gram)),
      2,
    );
    const relevance = (page: number) => hits.find((h) => h.page === page)!.relevance;
    // Page 1 holds half the bigrams, in the title as page 0 does: a quarter of its relevance.
    expect(relevance(1) / relevance(0)).toBeCloseTo(0.25);
  });

  it('counts a chunk found whole for twice its length, each of its words for its length', () => {
    const places: Record<string, number[]> = {
      孤儿: encodePostings([
        [0, placeFlags(0, 3)],
        [1, placeFlags(0, 3)],
      ]),
      儿上: encodePostings([[0, placeFlags(0, 3)]]),
      上大: encodePostings([[0, placeFlags(0, 3)]]),
      大学: encodePostings([
        [0, placeFlags(0, 3)],
        [1, placeFlags(0, 3)],
      ]),
    };
    const hits = rankShards(
      holdShards(shardUnits(chunk('孤儿上大学', ['孤儿上大学'], ['孤儿', '大学']), []), (gram) =>
        lookupIn(places, gram),
      ),
      10,
    );
    const cover = (page: number) => hits.find((h) => h.page === page)!.cover;
    expect(cover(0)).toBeCloseTo(1);
    // The words alone, and the words most pages hold: well under half.
    expect(cover(1)).toBeLessThan(0.5);
  });

  it('does not call a chunk of common bigrams alone searched, with no file of it fetched', () => {
    const holdings = holdShards(shardUnits(chunk('一二三'), []), () => undefined, new Set(['一二', '二三']));
    expect(holdings.searched.has(0)).toBe(false);
    expect(unheldChunks(holdings, [0])).toEqual([]);
  });

  it('holds a chunk by the best of its ways of writing it', () => {
    // 一二三 is not held whole; its synonym 孤儿 is, by page 1.
    const units = shardUnits(chunk('一二三', ['一二三', '孤儿']), []);
    const holdings = holdShards(units, only('一二', '二三', '孤儿'));
    expect(holdings.pages.get(1)!.held.has(0)).toBe(true);
    expect(holdings.pages.get(1)!.shown.has(0)).toBe(true);
    expect(holdings.pages.get(0)!.held.has(0)).toBe(true);
  });

  it('a chunk searched word by word is missing when no page holds every word, held when one does', () => {
    const units = shardUnits(chunk('孤儿上大学', ['孤儿上大学'], ['孤儿', '大学']), []);
    // The whole chunk's bigrams were not looked up, each word's were.
    const holdings = holdShards(units, only('孤儿', '大学'));
    expect(holdings.searched.has(0)).toBe(true);
    expect(holdings.pages.get(1)!.held.has(0)).toBe(true);
    expect(holdings.pages.get(1)!.shown.has(0)).toBe(false);
    expect(unheldChunks(holdings, [0])).toEqual([]);
    const one = holdShards(units, only('孤儿'));
    expect(one.searched.has(0)).toBe(false);
    expect(one.pages.get(1)!.held.has(0)).toBe(false);
  });
});

describe('the first screen', () => {
  it('shows cards from at most the allowed card files, moving the others just below it', () => {
    const r = (name: string, cardFile?: number) => ({ name, cardFile });
    const ordered = [r('a', 0), r('b', 5), r('c'), r('d', 0), r('e', 5)];
    expect(firstScreenWithin(ordered, 3, 1).map((x) => x.name)).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(firstScreenWithin(ordered, 3, 2).map((x) => x.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(firstScreenWithin([r('x', 1), r('y', 2)], 3, 1).map((x) => x.name)).toEqual(['x', 'y']);
    // Nothing moves up from below the first screen.
    expect(firstScreenWithin([r('a', 0), r('b', 5), r('c'), r('d'), r('e')], 2, 1).map((x) => x.name)).toEqual([
      'a',
      'c',
      'b',
      'd',
      'e',
    ]);
    // Pages shown from the table use no card file.
    expect(firstScreenWithin([r('t'), r('a', 0), r('c')], 3, 1).map((x) => x.name)).toEqual(['t', 'a', 'c']);
  });
});

describe('the build step', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'search-shards-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const page = (title: string, body: string, facets = '') =>
    `<html><head><meta name="description" content="${title}的要点">${facets}</head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main><site-search></site-search></body></html>`;
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  };
  const terms: SearchTerms = {
    pages: [{ url: '/guide/online/', title: '上网', summary: '', keywords: [], kind: '监护指南' }],
    towns: [{ name: '甲镇', short: '甲', url: '/towns/jia/', title: '甲镇', summary: '', villages: [] }],
    hotline: null,
    hotlines: [],
  };
  write('guide/online/index.html', page('孩子上网', '电子烟和网络游戏'));
  write('towns/jia/index.html', page('甲镇的儿童之家', '甲村儿童之家'));
  write(
    'lectures/a/index.html',
    page(
      '讲座甲',
      '电子烟的危害',
      '<meta name="search-kind" content="讲座"><meta name="search-town" content="甲镇"><meta name="search-date" content="2026-12-05">',
    ),
  );
  write('homes/b/index.html', page('乙村儿童之家', '开放时间'));
  write('homes/index.html', '<html><body><main>列表</main></body></html>');

  it('numbers the table pages in its order, gives every other indexed page a card, and writes the plan on the search element', async () => {
    const site = listBuiltSite(root);
    const read = await Promise.all(site.pages.map(async (page) => ({ page, html: await site.read(page) })));
    const entries = read.flatMap(({ page, html }) => {
      const fields = indexedPage(html);
      return fields ? [{ page, fields }] : [];
    });
    const plan = await writeSearchShards(root, entries, terms, 3);
    expect(plan.tablePages).toBe(tableUrls(terms).length);
    expect(plan.pages).toBe(4);
    const cards = readdirSync(path.join(root, 'search', 'cards')).flatMap(
      (f) => JSON.parse(readFileSync(path.join(root, 'search', 'cards', f), 'utf8')) as Card[],
    );
    expect(cards.map((c) => c[0])).toEqual(['/homes/b/', '/lectures/a/']);
    expect(cards[1]).toEqual(['/lectures/a/', '讲座甲', '讲座', '甲镇', '2026-12-05', '讲座甲的要点']);
    expect(cardPlace(plan.tablePages + 1, plan)).toEqual([0, 1]);

    // "电子" stands in the guide (page 0) and the lecture (page 3), nowhere else.
    const postings = readdirSync(path.join(root, 'search', 'grams')).map(
      (f) => JSON.parse(readFileSync(path.join(root, 'search', 'grams', f), 'utf8')) as Record<string, number[]>,
    );
    const file = postings[shardOf('电子', plan.shards)]!;
    expect([...lookupIn(file, '电子').keys()]).toEqual([0, 3]);
    // The title's bigrams are marked as the title's.
    expect(lookupIn(postings[shardOf('孩子', plan.shards)]!, '孩子').get(0)! & IN.title).toBeTruthy();

    const search = markSearchPage(read.find((p) => p.page.url === '/guide/online/')!.html, plan);
    expect(search).toContain(
      `<site-search data-shards="${plan.shards}" data-block="${plan.block}" data-table-pages="${plan.tablePages}" data-pages="4"`,
    );
    // The search page learns how many parts Pagefind's index came in, and reads it back.
    expect(search).toContain('data-index-parts="3"');
    const attributes = new Map(
      [...search.matchAll(/(data-[\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]),
    );
    expect(readPlan((name) => attributes.get(name))).toEqual(plan);
  });
});

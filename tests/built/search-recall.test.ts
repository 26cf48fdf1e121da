/**
 * Chinese recall: a reader who types any word that appears on a page, or any run of three to six
 * characters copied from its text, finds that page. Samples (with a fixed seed) words and runs from
 * the text Pagefind indexed for every kind of page, runs each through the site's own search engine
 * (src/search/engine.ts) over the built dist/, in Node, and requires the page among the results for at
 * least 99% of each.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MORE, NAV } from '../../src/lib/navigation.ts';
import { kindsOf, listBuiltPages } from '../../tools/measure/page-kinds.ts';
import type { ResultData } from '../../src/search/results.ts';
import { BASE, DIST } from '../support/built-site.ts';
import { searchBuiltSite, type BuiltSearch } from '../support/search-engine.ts';

interface IndexedPage {
  id: string;
  url: string;
  kind: string;
  text: string;
}
interface Sample {
  query: string;
  id: string;
  url: string;
}

// The yearly archives of lectures and news are list pages too (as many as the content has records for).
const yearPages = [...kindsOf(listBuiltPages(DIST).map((p) => p.path))]
  .filter(([, kind]) => kind.endsWith('/YYYY/'))
  .map(([p]) => p.slice(1));

const WORDS = 300;
const RUNS = 300;
const TARGET = 0.99;

/** mulberry32: a small seeded PRNG, so every run samples the same queries. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTER = /[\p{L}\p{N}]/u;

/** Equal shares of samples for every kind of page, drawn by `draw` from a random page of that kind. */
function sample(
  pages: IndexedPage[],
  total: number,
  random: () => number,
  draw: (text: string) => string | null,
): Sample[] {
  const kinds = [...new Set(pages.map((p) => p.kind))].sort();
  const samples: Sample[] = [];
  for (const [k, kind] of kinds.entries()) {
    const ofKind = pages.filter((p) => p.kind === kind);
    const share = Math.floor(total / kinds.length) + (k < total % kinds.length ? 1 : 0);
    for (
      let tries = 0;
      samples.filter((s) => ofKind.some((p) => p.id === s.id)).length < share && tries < share * 20;
      tries++
    ) {
      const page = ofKind[Math.floor(random() * ofKind.length)]!;
      const query = draw(page.text);
      if (query) samples.push({ query, id: page.id, url: page.url });
    }
  }
  return samples;
}

let search: BuiltSearch;
beforeAll(async () => {
  search = await searchBuiltSite(DIST, BASE);
});
afterAll(() => search.close());

test('words and 3–6 character runs from every kind of page find that page (recall ≥ 99%)', async () => {
  // Every page in the index (all its parts), with its text and kind, as Pagefind returns them.
  const { pagefind } = await search.fullText();
  const all = (await pagefind.search(null))?.results ?? [];
  const pages: IndexedPage[] = await Promise.all(
    all.map(async (r) => {
      const data = (await r.data()) as ResultData & { filters: { kind?: string[] } };
      return { id: r.id, url: data.url, kind: data.filters.kind?.[0] ?? '', text: data.content.replace(/\u200B/g, '') };
    }),
  );
  // List pages, the search page and the 404 page stay out of the index; content pages are all in it.
  const urls = new Set(pages.map((p) => p.url));
  const sections = [...NAV, ...MORE].map((item) => item.path.slice(1));
  for (const list of ['', 'search/', '404/', ...sections, ...yearPages])
    expect(urls, `${BASE}${list} 不应当进入搜索索引`).not.toContain(`${BASE}${list}`);
  // Every kind of page the site has is in the index: the editors' sections always, and a record kind
  // (homes, lectures, news) once it has a record: a district's first day may have none yet.
  const kinds = new Set(pages.map((p) => p.kind));
  const hasRecords = (section: string) =>
    existsSync(path.join(DIST, section)) &&
    readdirSync(path.join(DIST, section), { withFileTypes: true }).some(
      (d) =>
        d.isDirectory() && !/^\d{4}$|^town$/.test(d.name) && existsSync(path.join(DIST, section, d.name, 'index.html')),
    );
  const recordKinds = [
    ['儿童之家', 'homes'],
    ['讲座', 'lectures'],
    ['动态', 'news'],
  ].filter(([, section]) => hasRecords(section!));
  for (const kind of [
    '法律知识',
    '监护指南',
    '关爱政策',
    '宣传资料',
    '求助热线',
    '关于我们',
    ...recordKinds.map(([k]) => k!),
  ])
    expect(kinds, `索引里应当有“${kind}”页面`).toContain(kind);

  const random = prng(20241120);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = sample(pages, WORDS, random, (text) => {
    const all = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    return all.length ? all[Math.floor(random() * all.length)]! : null;
  });
  const runs = sample(pages, RUNS, random, (text) => {
    const chars = [...text];
    const length = 3 + Math.floor(random() * 4);
    const start = Math.floor(random() * Math.max(1, chars.length - length));
    const run = chars.slice(start, start + length).join('');
    // A run copied from the page starts and ends on a character, not on a space or a comma.
    return run.length >= 3 && LETTER.test(chars[start]!) && LETTER.test(chars[start + length - 1] ?? '') ? run : null;
  });
  expect(words.length).toBe(WORDS);
  expect(runs.length).toBe(RUNS);

  for (const [label, samples] of [
    ['words', words],
    ['runs', runs],
  ] as const) {
    const misses: Sample[] = [];
    for (const s of samples) {
      const { results } = await search.engine.find(s.query);
      if (!results.some((r) => r.id === s.id)) misses.push(s);
    }
    const recall = 1 - misses.length / samples.length;
    console.log(`search recall (${label}): ${(recall * 100).toFixed(1)}% of ${samples.length}`);
    expect(recall, `${label} missed:\n${misses.map((m) => `${m.query} → ${m.url}`).join('\n')}`).toBeGreaterThanOrEqual(
      TARGET,
    );
  }
}, 300_000);

/**
 * The full answer's ranking (src/search/full-text.ts) over a stand-in for Pagefind's runtime
 * (tests/support/fake-pagefind.ts): a few pages in memory. No index, no WebAssembly.
 */
import { describe, expect, it } from 'vitest';
import { openFullText, absentFromFirstScreen, rankFullText } from '../../src/search/full-text.ts';
import { parseQuery } from '../../src/search/query.ts';
import type { Hit } from '../../src/search/results.ts';
import { fakePagefind, type FakePage } from '../support/fake-pagefind.ts';

const ids = (hits: Hit[]) => hits.map((h) => h.id);

describe('opening the full-text index', () => {
  it('sets Pagefind up for the base path, on the page’s own thread, with the fields’ weights, then starts it', async () => {
    const { pagefind, calls } = fakePagefind([]);
    await openFullText(pagefind, '/zt/wcnrbh/');
    expect(calls.options).toHaveLength(1);
    expect(calls.options[0]).toMatchObject({ baseUrl: '/zt/wcnrbh/', excerptLength: 24, noWorker: true });
    expect(calls.options[0]!['ranking']).toMatchObject({ metaWeights: { tg: 8, kg: 6, sg: 3, grams: 1, title: 0 } });
    expect(calls.init).toBe(1);
  });

  it('knows each page’s section, kind and town from the filter index', async () => {
    const { pagefind } = fakePagefind([
      { id: 'a', text: '', facets: { section: 'law', kind: '法律知识' } },
      { id: 'b', text: '', facets: { section: 'homes', kind: '儿童之家', town: '河湾镇' } },
      { id: 'c', text: '', facets: { section: 'homes', kind: '儿童之家', town: '青石街道' } },
    ]);
    const { facets } = await openFullText(pagefind, '/');
    expect(Object.keys(facets).sort()).toEqual(['kind', 'section', 'town']);
    expect([...facets['section']!]).toEqual([
      ['a', 'law'],
      ['b', 'homes'],
      ['c', 'homes'],
    ]);
    expect([...facets['town']!]).toEqual([
      ['b', '河湾镇'],
      ['c', '青石街道'],
    ]);
  });
});

describe('ranking the full answer', () => {
  const rank = async (pages: FakePage[], query: string) => {
    const { pagefind } = fakePagefind(pages);
    return rankFullText(await openFullText(pagefind, '/'), parseQuery(query));
  };

  it('puts a page holding the whole query before a page holding part of it', async () => {
    const hits = await rank(
      [
        { id: 'part', text: '孩子要戴头盔', facets: { section: 'guide' } },
        { id: 'whole', text: '骑电动车带孩子要戴头盔', facets: { section: 'guide' } },
      ],
      '电动车 头盔',
    );
    expect(ids(hits)).toEqual(['whole', 'part']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('leaves out pages holding nothing of the query', async () => {
    const hits = await rank(
      [
        { id: 'yes', text: '防溺水', facets: { section: 'guide' } },
        { id: 'no', text: '电子烟', facets: { section: 'guide' } },
      ],
      '防溺水',
    );
    expect(ids(hits)).toEqual(['yes']);
  });

  it('among pages holding as much, puts the one Pagefind ranks higher first', async () => {
    const hits = await rank(
      [
        { id: 'low', text: '防溺水', score: 1, facets: { section: 'guide' } },
        { id: 'high', text: '防溺水', score: 5, facets: { section: 'guide' } },
      ],
      '防溺水',
    );
    expect(ids(hits)).toEqual(['high', 'low']);
  });

  it('among pages holding as much, puts what editors wrote before news, and news before homes and lectures', async () => {
    const hits = await rank(
      [
        { id: 'lecture', text: '电子烟', facets: { section: 'lectures' } },
        { id: 'news', text: '电子烟', facets: { section: 'news' } },
        { id: 'guide', text: '电子烟', facets: { section: 'guide' } },
      ],
      '电子烟',
    );
    expect(ids(hits)).toEqual(['guide', 'news', 'lecture']);
  });

  it('puts a page of the town the query names before the same page of another town', async () => {
    const pages = (first: string): FakePage[] => [
      { id: `${first}-lecture`, text: '电子烟讲座', facets: { section: 'lectures', town: `${first}镇` } },
      { id: 'other-lecture', text: '电子烟讲座', facets: { section: 'lectures', town: '其他镇' } },
    ];
    expect(ids(await rank(pages('河湾'), '河湾 电子烟'))).toEqual(['河湾-lecture', 'other-lecture']);
    expect(ids(await rank(pages('河湾'), '电子烟'))).toHaveLength(2);
  });

  it('finds a page by a synonym of the query, and loads a page’s data once however often it is asked for', async () => {
    const hits = await rank([{ id: 'violence', text: '家庭暴力不是家务事', facets: { section: 'law' } }], '家暴');
    expect(ids(hits)).toEqual(['violence']);
    const [hit] = hits;
    expect(await hit!.data()).toBe(await hit!.data());
  });

  it('answers nothing for a query of punctuation', async () => {
    expect(await rank([{ id: 'a', text: '孩子' }], '，。')).toEqual([]);
  });
});

describe('words the first screen does not hold', () => {
  const hit = (id: string, title: string, content: string, keywords = ''): Hit => ({
    id,
    score: 1,
    data: async () => ({ url: `/${id}/`, content, excerpt: '', meta: { title, keywords } }),
  });

  it('names the chunks none of the first three results holds, in title, keywords or text', async () => {
    const hits = [hit('a', '防溺水', '夏天'), hit('b', '安全', '头盔', '电动车'), hit('c', '安全', '孩子')];
    expect(await absentFromFirstScreen(hits, parseQuery('防溺水 电动车 头盔 罚款'))).toEqual(['罚款']);
  });

  it('reads only the first screen: a fourth result holding a chunk does not count', async () => {
    const hits = [hit('a', '一', '一'), hit('b', '二', '二'), hit('c', '三', '三'), hit('d', '罚款', '罚款')];
    expect(await absentFromFirstScreen(hits, parseQuery('罚款'))).toEqual(['罚款']);
  });

  it('holds a chunk written as a synonym, word by word, split by Pagefind’s zero-width spaces, or in capitals', async () => {
    const hits = [hit('a', '家庭暴力', ''), hit('b', '', '孤儿\u200B补助'), hit('c', '', '孤儿的生活补助 APP')];
    expect(await absentFromFirstScreen(hits, parseQuery('家暴'))).toEqual([]);
    expect(await absentFromFirstScreen(hits, parseQuery('孤儿补助'))).toEqual([]);
    expect(await absentFromFirstScreen(hits, parseQuery('app'))).toEqual([]);
  });

  it('does not take one of a chunk’s words for the chunk', async () => {
    const hits = [hit('a', '孤儿', '孤儿基本生活保障')];
    expect(await absentFromFirstScreen(hits, parseQuery('孤儿上大学'))).toEqual(['孤儿上大学']);
  });
});

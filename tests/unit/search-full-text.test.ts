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
    const pages: FakePage[] = [
      { id: 'other-lecture', text: '电子烟讲座', facets: { section: 'lectures', town: '青石街道' } },
      { id: 'hewan-lecture', text: '电子烟讲座', facets: { section: 'lectures', town: '河湾镇' } },
    ];
    expect(ids(await rank(pages, '河湾 电子烟'))).toEqual(['hewan-lecture', 'other-lecture']);
    // A page of no town, and a query naming none: no town comes first.
    expect(ids(await rank(pages, '电子烟'))).toEqual(['other-lecture', 'hewan-lecture']);
  });

  it('finds a page by a synonym of the query, and loads a page’s data once however often it is asked for', async () => {
    const hits = await rank([{ id: 'violence', text: '家庭暴力不是家务事', facets: { section: 'law' } }], '家暴');
    expect(ids(hits)).toEqual(['violence']);
    const [hit] = hits;
    expect(await hit!.data()).toBe(await hit!.data());
  });

  it('counts a page by the best of its scores over a chunk’s synonyms', async () => {
    // 家暴 is searched as 家暴, 家庭暴力 and 打孩子; Pagefind ranks the first page highest for 家庭暴力.
    const scores: Record<string, number> = { 家暴: 1, '家庭 庭暴 暴力': 5, '打孩 孩子': 2 };
    const hits = await rank(
      [
        { id: 'best', text: '家暴 家庭暴力 打孩子', score: (term) => scores[term]!, facets: { section: 'law' } },
        { id: 'one', text: '家庭暴力', score: 3, facets: { section: 'law' } },
      ],
      '家暴',
    );
    expect(ids(hits)).toEqual(['best', 'one']);
  });

  it('puts what editors wrote before a lecture that holds a little more of a long query', async () => {
    // Missing one character of 21: the guide's prior outweighs it.
    const pages: FakePage[] = [
      { id: 'lecture', text: 'abcdefghij z', facets: { section: 'lectures' } },
      { id: 'guide', text: 'abcdefghij', facets: { section: 'guide' } },
    ];
    expect(ids(await rank(pages, 'abcdefghij z'))).toEqual(['guide', 'lecture']);
  });

  it('puts a page Pagefind ranks far higher for most of the query before one holding all of it loosely', async () => {
    const pages: FakePage[] = [
      { id: 'loose', text: 'abcde xy', score: 0.01, facets: { section: 'guide' } },
      { id: 'strong', text: 'abcde', score: 10, facets: { section: 'guide' } },
      { id: 'other', text: 'xy', score: 10, facets: { section: 'guide' } },
    ];
    expect(ids(await rank(pages, 'abcde xy')).slice(0, 2)).toEqual(['strong', 'loose']);
  });

  it('finds nothing in a search Pagefind drops (null), nor facets from a filter search it drops', async () => {
    const { pagefind } = fakePagefind([{ id: 'a', text: '防溺水', facets: { section: 'guide' } }], () => true);
    const fullText = await openFullText(pagefind, '/');
    expect([...fullText.facets['section']!]).toEqual([]);
    expect(await rankFullText(fullText, parseQuery('防溺水'))).toEqual([]);
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

  it('holds a chunk written as a synonym, word by word (each word or its synonym), or in capitals', async () => {
    const held = async (h: Hit, query: string) => (await absentFromFirstScreen([h], parseQuery(query))).length === 0;
    expect(await held(hit('a', '家庭暴力', ''), '家暴')).toBe(true);
    expect(await held(hit('b', '', '孤儿的生活补助'), '孤儿补助')).toBe(true);
    expect(await held(hit('c', '', '家庭暴力伤害小孩'), '家暴孩子')).toBe(true);
    expect(await held(hit('d', '', '下载 APP'), 'app')).toBe(true);
  });

  it('reads the text as Pagefind returns it, without its zero-width spaces, and not across fields', async () => {
    const held = async (h: Hit, query: string) => (await absentFromFirstScreen([h], parseQuery(query))).length === 0;
    expect(await held(hit('a', '', 'ab\u200Bcd'), 'abcd')).toBe(true);
    expect(await held(hit('b', 'ab', 'cd'), 'abcd')).toBe(false);
  });

  it('does not take one of a chunk’s words for the chunk', async () => {
    const hits = [hit('a', '孤儿', '孤儿基本生活保障')];
    expect(await absentFromFirstScreen(hits, parseQuery('孤儿上大学'))).toEqual(['孤儿上大学']);
  });
});

/** The search page's first answer from its own table: coverage, fields, kinds and intents. */
import { describe, expect, it } from 'vitest';
import { intents, rankTable } from '../../src/search/table-rank.ts';
import { parseQuery } from '../../src/search/query.ts';
import type { SearchTerms } from '../../src/search/terms.ts';

// A small table of its own: nothing here comes from content/.
const terms: SearchTerms = {
  pages: [
    {
      url: '/policy/dream/',
      title: '圆梦助学：孤儿上大学的助学金',
      summary: '考上大学的孤儿可以申请助学金。',
      keywords: ['孤儿上大学', '助学金'],
      kind: '关爱政策',
    },
    {
      url: '/policy/orphans/',
      title: '孤儿基本生活保障',
      summary: '父母双方都去世的孩子可以领取基本生活费。',
      keywords: ['孤儿补助'],
      kind: '关爱政策',
    },
    {
      url: '/help/phones/',
      title: '求助热线',
      summary: '遇到事情打哪个电话。',
      keywords: ['热线', '12355'],
      kind: '求助热线',
    },
    {
      url: '/guide/alone/',
      title: '不能让小孩子没人看着',
      summary: '不满八岁的孩子不能没人看护。',
      keywords: ['孩子一个人在家'],
      kind: '监护指南',
    },
    { url: '/handouts/water/', title: '防溺水', summary: '夏天防溺水的六不。', keywords: ['防溺水'], kind: '宣传资料' },
  ],
  towns: [
    {
      name: '河东镇',
      short: '河东',
      url: '/towns/hedong/',
      title: '河东镇儿童之家',
      summary: '河东镇的儿童之家',
      villages: ['柳树村', '新风社区'],
    },
  ],
  hotline: '/help/phones/',
  hotlines: ['12355'],
};

const rank = (query: string) => rankTable(terms, query, parseQuery(query));
const urls = (query: string) => rank(query).hits.map((h) => h.url);

describe('ranking the table', () => {
  it('puts the page whose title and keywords hold the whole question first', () => {
    expect(urls('孤儿上大学有补助吗')[0]).toBe('/policy/dream/');
  });

  it('finds a page holding each word of a chunk, even apart', () => {
    const hit = rank('孩子一个人在家').hits.find((h) => h.url === '/guide/alone/')!;
    expect(hit.full).toBe(true);
  });

  it('names the chunks no page holds', () => {
    expect(rank('孩子在家会被罚款吗').absent).toContain('罚款');
    expect(rank('防溺水').absent).toEqual([]);
  });

  it('leaves out pages that hold nothing of the query', () => {
    expect(urls('防溺水')).not.toContain('/policy/orphans/');
  });
});

describe('intents', () => {
  const wanted = (query: string) => [...intents(terms, query, parseQuery(query))];

  it('a number to call leads to the hotline page, by word or by number', () => {
    expect(wanted('儿童保护打哪个电话')).toContain('/help/phones/');
    expect(wanted('12355是干啥的')).toContain('/help/phones/');
  });

  it('a town, its short name or one of its villages leads to the town page, not the directory', () => {
    for (const q of ['河东镇', '河东的儿童之家', '柳树村儿童之家在哪', '新风社区']) {
      expect(wanted(q), q).toContain('/towns/hedong/');
      expect(wanted(q), q).not.toContain('/homes/');
    }
  });

  it('lectures with a time word lead to the schedule; a section’s name to its front page', () => {
    expect(wanted('讲座什么时候开')).toContain('/lectures/');
    expect(wanted('附近的儿童之家')).toContain('/homes/');
    expect(wanted('宣传单')).toContain('/handouts/');
  });

  it('the name a title gives leads to that page', () => {
    expect(wanted('圆梦助学怎么申请')).toContain('/policy/dream/');
    expect(urls('圆梦助学怎么申请')[0]).toBe('/policy/dream/');
  });
});

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

describe('what a page of the table shows and how it counts', () => {
  // Three pages holding 溺水 each in one field only, and a handout titled like a page.
  const fields: SearchTerms = {
    pages: [
      { url: '/guide/summary/', title: '夏天', summary: '防溺水', keywords: [], kind: '监护指南' },
      { url: '/guide/keywords/', title: '夏天', summary: '', keywords: ['防溺水'], kind: '监护指南' },
      { url: '/handouts/title/', title: '防溺水', summary: '', keywords: [], kind: '宣传资料' },
      { url: '/guide/title/', title: '防溺水', summary: '', keywords: [], kind: '监护指南' },
    ],
    towns: [],
    hotline: null,
    hotlines: [],
  };
  const ranked = (query: string) => rankTable(fields, query, parseQuery(query)).hits;

  it('counts a match in the title most, then the keywords, then the summary; a page before a handout', () => {
    expect(ranked('防溺水').map((h) => h.url)).toEqual([
      '/guide/title/',
      '/handouts/title/',
      '/guide/keywords/',
      '/guide/summary/',
    ]);
  });

  it('shows a page with its own title, summary and kind, covering all of a query it holds', () => {
    const [first] = ranked('防溺水');
    expect(first).toMatchObject({
      url: '/guide/title/',
      title: '防溺水',
      summary: '',
      kind: '监护指南',
      cover: 1,
      full: true,
    });
    expect(first!.town).toBeUndefined();
  });

  it('covers part of a query it holds part of, each chunk counting by its length, and is not a whole match', () => {
    const hit = ranked('防溺水 电动车').find((h) => h.url === '/guide/title/')!;
    expect(hit.cover).toBe(0.5);
    expect(hit.full).toBe(false);
    expect(ranked('防溺水 头盔').find((h) => h.url === '/guide/title/')!.cover).toBe(0.6);
  });

  it('matches whatever the case or width of letters, in the table and in the query', () => {
    const apps: SearchTerms = {
      ...fields,
      pages: [{ url: '/guide/app/', title: '青少年模式APP', summary: '', keywords: ['ｂｂｓ'], kind: '监护指南' }],
    };
    for (const query of ['app', 'ＡＰＰ', 'BBS']) {
      expect(
        rankTable(apps, query, parseQuery(query)).hits.map((h) => h.url),
        query,
      ).toEqual(['/guide/app/']);
    }
  });

  it('matches a keyword or a village whole, not across two of them', () => {
    const apart: SearchTerms = {
      ...fields,
      pages: [{ url: '/policy/a/', title: '政策', summary: '', keywords: ['孤儿', '补助'], kind: '关爱政策' }],
      towns: [{ ...terms.towns[0]!, villages: ['柳树村', '新风社区'] }],
    };
    expect(rankTable(apart, '儿补', parseQuery('儿补')).hits).toEqual([]);
    expect(rankTable(apart, '村新', parseQuery('村新')).hits).toEqual([]);
  });

  it('shows a section’s front page with the section’s own summary', () => {
    const hub = rankTable(terms, '宣传资料', parseQuery('宣传资料')).hits.find((h) => h.url === '/handouts/')!;
    expect(hub.summary).toBe('可以打印张贴、发放的宣传单');
  });

  it('lists a section’s front page as 栏目 and a town page as 儿童之家, with the town’s name', () => {
    const hub = rankTable(terms, '宣传资料', parseQuery('宣传资料')).hits.find((h) => h.url === '/handouts/')!;
    expect(hub).toMatchObject({ title: '宣传资料', kind: '栏目', full: true });
    const town = rankTable(terms, '柳树村', parseQuery('柳树村')).hits.find((h) => h.url === '/towns/hedong/')!;
    expect(town).toMatchObject({ title: '河东镇儿童之家', kind: '儿童之家', town: '河东镇', full: true });
  });

  it('puts a page the query asks for by intent before pages that only hold its words', () => {
    // 求助热线 is asked for by 电话; the orphans' page holds 孤儿 but nobody asked for it by name.
    expect(urls('孤儿 电话')[0]).toBe('/help/phones/');
  });
});

describe('intents, where they stop', () => {
  const wanted = (query: string, table: SearchTerms = terms) => [...intents(table, query, parseQuery(query))];

  it('a name two pages share names neither', () => {
    const shared: SearchTerms = {
      ...terms,
      pages: [
        { url: '/policy/step-1/', title: '申请步骤：第一步', summary: '', keywords: [], kind: '关爱政策' },
        { url: '/policy/step-2/', title: '申请步骤：第二步', summary: '', keywords: [], kind: '关爱政策' },
      ],
    };
    expect(wanted('申请步骤', shared)).toEqual([]);
  });

  it('a village named without 村 or 社区 still names its town; one character names nothing', () => {
    expect(wanted('柳树')).toContain('/towns/hedong/');
    expect(wanted('新风')).toContain('/towns/hedong/');
    const oneCharacter: SearchTerms = {
      ...terms,
      towns: [{ ...terms.towns[0]!, name: '河东镇', short: '河东', villages: ['甲村'] }],
    };
    expect(wanted('甲的孩子', oneCharacter)).not.toContain('/towns/hedong/');
  });

  it('a hotline number leads to the hotline page, a longer number does not; no hotline page, no such answer', () => {
    const ownNumber: SearchTerms = { ...terms, hotlines: ['96111'] };
    expect(wanted('96111', ownNumber)).toContain('/help/phones/');
    expect(wanted('孩子走失了 96111', ownNumber)).toContain('/help/phones/');
    expect(wanted('961115', ownNumber)).not.toContain('/help/phones/');
    expect(wanted('96222', { ...terms, hotlines: ['96111', '96222'] })).toContain('/help/phones/');
    const noHotlinePage: SearchTerms = { ...terms, hotline: null };
    expect(wanted('报警电话', noHotlinePage)).not.toContain(null);
    expect(wanted('报警电话', noHotlinePage)).not.toContain('/help/phones/');
  });

  it('a lecture word leads to the schedule only with a time word', () => {
    expect(wanted('培训什么时候')).toContain('/lectures/');
    expect(wanted('下个月的活动')).toContain('/lectures/');
    expect(wanted('培训')).not.toContain('/lectures/');
    expect(wanted('下个月')).not.toContain('/lectures/');
  });

  it('part of a section’s name, typed alone, leads to its front page', () => {
    expect(wanted('关于')).toContain('/about/');
    expect(wanted('动态')).toContain('/news/');
    // Two chunks are not a name; one character is not either.
    expect(wanted('关于 动态')).not.toContain('/about/');
    expect(wanted('于')).not.toContain('/about/');
  });

  it('a village whose name holds 村 inside is named without its ending too; a place and a section both lead on', () => {
    const inner: SearchTerms = { ...terms, towns: [{ ...terms.towns[0]!, villages: ['新村社区'] }] };
    expect(wanted('新村', inner)).toContain('/towns/hedong/');
    expect(wanted('河东镇的讲座')).toEqual(expect.arrayContaining(['/towns/hedong/', '/lectures/']));
  });

  it('a place leads to its town page, and the directory’s front page only without one', () => {
    expect(wanted('附近的儿童之家')).toContain('/homes/');
    expect(wanted('河东镇附近的儿童之家')).not.toContain('/homes/');
  });
});

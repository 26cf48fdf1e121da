/**
 * What the search engine (src/search/engine.ts) answers, and from which files: a small invented site
 * whose table, postings and cards are written here by the build's own step (writeSearchShards), read
 * from that folder, with an in-memory stand-in for Pagefind (tests/support/fake-pagefind.ts). Fast
 * enough to ask many questions; tests/unit/search-engine.test.ts asks the same engine over a real index.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedEntry } from '../../src/integrations/indexed-text.ts';
import { writeSearchShards } from '../../src/integrations/search-shards.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { buildPinyinTable } from '../../src/search/pinyin-table.ts';
import type { Filters, Found } from '../../src/search/results.ts';
import type { ShardPlan } from '../../src/search/shards.ts';
import { searchTerms } from '../../src/search/terms.ts';
import { fakePagefind, type FakePage } from '../support/fake-pagefind.ts';

const BASE = '/zt/';

interface Page {
  url: string;
  title: string;
  summary: string;
  body: string;
  kind: string;
  keywords?: string[];
  town?: string;
  date?: string;
}

/** Pages editors wrote: the table lists them. */
const EDITOR_PAGES: Page[] = [
  {
    url: '/guide/safety/',
    title: '夏天防溺水',
    summary: '夏天带孩子要防溺水，也要防烫伤。',
    keywords: ['防溺水'],
    kind: '监护指南',
    body: '不要让孩子私自下水。开水放在孩子够不着的地方。',
  },
  {
    url: '/guide/helmet/',
    title: '电动车头盔怎么戴才安全，家长要知道的几件事',
    summary: '骑车要戴好。',
    kind: '监护指南',
    body: '头盔要戴好，系紧带子。',
  },
  {
    url: '/law/school/',
    title: '学校保护',
    summary: '学校的防溺水和电动车头盔安全教育。',
    keywords: ['校园欺凌', '未成年人保护法'],
    kind: '法律知识',
    body: '学校应当建立学生欺凌防控制度。',
  },
  {
    url: '/help/hotlines/',
    title: '求助热线',
    summary: '遇到事情打哪个电话。',
    keywords: ['热线'],
    kind: '求助热线',
    body: '12355 青少年服务台。志愿服务。',
  },
];
const TOWNS = [
  { id: 'hewan', name: '河湾镇', villages: ['柳树村'] },
  { id: 'qingshi', name: '青石街道', villages: ['石桥社区'] },
];
/** Homes, lectures and news: shown from their cards. */
const CARD_PAGES: Page[] = [
  {
    url: '/homes/hewan-liushu/',
    title: '柳树村儿童之家',
    summary: '河湾镇柳树村儿童之家',
    kind: '儿童之家',
    town: '河湾镇',
    body: '开放时间：周六上午。',
  },
  {
    url: '/lectures/2026-11-20-qingshi/',
    title: '远离电子烟',
    summary: '青石街道石桥社区儿童之家',
    kind: '讲座',
    town: '青石街道',
    date: '2026-11-20',
    body: '讲电子烟对孩子身体的危害。',
  },
  {
    url: '/lectures/2026-12-05-hewan/',
    title: '远离电子烟',
    summary: '河湾镇柳树村儿童之家',
    kind: '讲座',
    town: '河湾镇',
    date: '2026-12-05',
    body: '讲电子烟对孩子身体的危害。',
  },
  {
    url: '/news/2026-11-01-helmets/',
    title: '交通安全宣传',
    summary: '给家长讲交通安全。',
    kind: '动态',
    body: '骑电动车带孩子要戴头盔，遵守交通规则。',
  },
  {
    url: '/news/2026-12-01-rules/',
    title: '交通规则进校园',
    summary: '民警到学校讲课。',
    kind: '动态',
    body: '讲了过马路的要点。',
  },
  ...['a', 'b', 'c'].map((id, i) => ({
    url: `/news/2026-12-1${i}-${id}/`,
    title: `志愿者进社区（${i + 1}）`,
    summary: '',
    kind: '动态',
    body: '',
  })),
];

const terms = searchTerms({
  pages: EDITOR_PAGES.map(({ url, title, summary, keywords = [], kind }) => ({ url, title, summary, keywords, kind })),
  towns: TOWNS,
  hotlines: ['12355'],
});
const townPages: Page[] = terms.towns.map((town) => ({
  url: town.url,
  title: town.title,
  summary: town.summary,
  kind: '儿童之家',
  town: town.name,
  body: town.villages.join('，'),
}));
const ALL_PAGES = [...EDITOR_PAGES, ...townPages, ...CARD_PAGES];

/** The stand-in index: every page, with the facets the build gives it (address only for the table's pages). */
const INDEX: FakePage[] = ALL_PAGES.map((page) => ({
  id: `pf:${page.url}`,
  url: BASE + page.url.slice(1),
  title: page.title,
  text: `${page.title} ${page.summary} ${(page.keywords ?? []).join(' ')} ${page.body}`,
  facets: {
    section: page.url.split('/')[1]!,
    kind: page.kind,
    ...(page.town ? { town: page.town } : {}),
    ...(CARD_PAGES.includes(page) ? {} : { address: page.url }),
  },
}));

const root = mkdtempSync(path.join(tmpdir(), 'search-answers-'));
let plan: ShardPlan;
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => {
  const entries: IndexedEntry[] = ALL_PAGES.map((page) => ({
    page: { file: `${page.url.slice(1)}index.html`, url: page.url },
    fields: {
      text: `${page.title} ${page.summary} ${page.body} ${(page.keywords ?? []).join(' ')}`,
      title: page.title,
      summary: page.summary,
      keywords: (page.keywords ?? []).join(' '),
      kind: page.kind,
      town: page.town ?? '',
      date: page.date ?? '',
    },
  }));
  plan = await writeSearchShards(root, entries, terms, 1);
});

/** The pinyin table for typos, over some of the site's words. */
const pinyin = buildPinyinTable([
  '防溺水',
  '电子烟',
  '电动车',
  '头盔',
  '河湾镇',
  '柳树村',
  '学校保护',
  '未成年人保护法',
]);

/** A search as a freshly opened search page has it: nothing loaded yet. */
function fresh(options: { plan?: false | Partial<ShardPlan>; index?: FakePage[] } = {}) {
  const requests: string[] = [];
  const { pagefind, calls } = fakePagefind(options.index ?? INDEX);
  const engine = new SearchEngine({
    base: BASE,
    plan: options.plan === false ? null : { ...plan, ...options.plan },
    json: async (file) => {
      requests.push(file);
      if (file === 'search/terms.json') return structuredClone(terms);
      if (file === 'search/pinyin.json') return pinyin;
      // Fewer cards to a file than were written: the same cards, cut to that size.
      const cardFile = /^search\/cards\/(\d+)\.json$/.exec(file);
      const block = options.plan === false ? undefined : options.plan?.block;
      if (cardFile && block !== undefined) {
        const cards = JSON.parse(readFileSync(path.join(root, 'search/cards/0.json'), 'utf8')) as unknown[];
        return cards.slice(Number(cardFile[1]) * block, (Number(cardFile[1]) + 1) * block);
      }
      // A plan of more files than were written (a larger site's): those files hold nothing here.
      if (!existsSync(path.join(root, file))) return {};
      return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
    },
    pagefind: async () => {
      requests.push('pagefind');
      return pagefind;
    },
    address: (folder) => folder,
  });
  return { engine, requests, pagefind: calls };
}

/** The site-root paths of the results, in order. */
const paths = async (found: Found) =>
  Promise.all(found.results.map(async (hit) => `/${(await hit.data()).url.slice(BASE.length)}`));
const first = (engine: SearchEngine, query: string, filters: Filters = {}) =>
  engine.find(query, filters, { full: false });

describe('loading', () => {
  it('loads only the table ahead of the first query, once', async () => {
    const { engine, requests } = fresh();
    await engine.prepare();
    expect(requests).toEqual(['search/terms.json']);
    await engine.prepare();
    await first(engine, '防溺水');
    expect(requests).toEqual(['search/terms.json']);
  });
});

describe('the first answer from the table', () => {
  it('shows the pages holding every chunk first, then those holding part, each once', async () => {
    const { engine } = fresh();
    const found = await first(engine, '防溺水 电动车头盔');
    expect(found.complete).toBe(false);
    // 学校保护 holds both in its summary; 电动车头盔's title holds more of the query, but not 防溺水.
    expect(await paths(found)).toEqual(['/law/school/', '/guide/helmet/', '/guide/safety/']);
  });

  it('marks the results at the query’s words and their synonyms, longest first', async () => {
    const { engine } = fresh();
    const found = await first(engine, '家暴');
    expect(found.words).toEqual(['家庭暴力', '打孩子', '家暴']);
    const runs = await first(engine, '孤儿补助 怎么申请');
    expect(runs.words[0]!.length).toBeGreaterThanOrEqual(runs.words.at(-1)!.length);
    expect(runs.words).toEqual(expect.arrayContaining(['孤儿补助', '申请']));
  });

  it('narrows the table’s answer by kind or town, counting every kind and town before narrowing', async () => {
    const { engine, requests } = fresh();
    const found = await first(engine, '防溺水', { kind: '法律知识' });
    expect(await paths(found)).toEqual(['/law/school/']);
    expect(found.counts['kind']).toEqual({ 监护指南: 1, 法律知识: 1 });
    // Pages of no town are not counted under a town.
    expect(found.counts['town']).toBeUndefined();
    expect(requests).not.toContain('pagefind');
    const town = await first(engine, '柳树村', { town: '河湾镇' });
    expect(await paths(town)).toEqual(['/towns/hewan/']);
    expect(town.counts['town']).toEqual({ 河湾镇: 1 });
  });

  it('asks the full-text index when the chosen kind leaves none of the table’s pages', async () => {
    const { engine, requests } = fresh();
    const found = await first(engine, '防溺水', { kind: '讲座' });
    expect(requests).toContain('pagefind');
    expect(found.complete).toBe(true);
    expect(found.results).toEqual([]);
  });
});

describe('the first answer from the postings', () => {
  it('answers a word only the text holds from the postings, a page of the table from the table', async () => {
    const { engine, requests } = fresh();
    const found = await first(engine, '电子烟');
    expect(found).toMatchObject({ complete: false, fromText: true, partial: null, corrected: null });
    expect((await paths(found)).sort()).toEqual(['/lectures/2026-11-20-qingshi/', '/lectures/2026-12-05-hewan/']);
    expect(requests).not.toContain('pagefind');
  });

  it('shows the first card as well as the rest', async () => {
    const { engine } = fresh();
    expect(await paths(await first(engine, '周六上午'))).toEqual(['/homes/hewan-liushu/']);
  });

  it('shows a card with its title, kind, town and date, escaping its summary', async () => {
    const { engine } = fresh();
    const found = await first(engine, '电子烟 青石');
    const lecture = await found.results.find((hit) => hit.id === `card:${plan.tablePages + 1}`)!.data();
    expect(lecture).toMatchObject({
      url: '/zt/lectures/2026-11-20-qingshi/',
      content: '青石街道石桥社区儿童之家',
      excerpt: '青石街道石桥社区儿童之家',
      meta: { title: '远离电子烟', kind: '讲座', town: '青石街道', date: '2026-11-20' },
    });
    const news = await (
      await first(engine, '骑电动车带孩子')
    ).results
      .find((hit) => hit.id === `card:${plan.tablePages + 3}`)!
      .data();
    expect(news.meta).toEqual({ title: '交通安全宣传', kind: '动态', town: undefined, date: undefined });
  });

  it('shows a page of the table the text finds, though the table itself does not, from the table', async () => {
    const { engine } = fresh();
    const found = await first(engine, '私自下水');
    expect(await paths(found)).toEqual(['/guide/safety/']);
    expect(await found.results[0]!.data()).toMatchObject({
      meta: { title: '夏天防溺水', kind: '监护指南' },
      content: '夏天带孩子要防溺水，也要防烫伤。',
      inText: ['私自下水'],
    });
  });

  it('counts the table’s kinds, not towns, on a first answer from the postings', async () => {
    const { engine } = fresh();
    expect((await first(engine, '电子烟')).counts).toEqual({ kind: {} });
    expect((await first(engine, '私自下水 防溺水')).counts).toEqual({ kind: { 监护指南: 1, 法律知识: 1 } });
  });

  it('merges a page of the table the text also finds into one result', async () => {
    const { engine } = fresh();
    const found = await first(engine, '私自下水 防溺水');
    const shown = await paths(found);
    expect(shown).toContain('/guide/safety/');
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('ranks a page holding more of the query in its title and summary above one holding it in its text only', async () => {
    const { engine } = fresh();
    expect(await paths(await first(engine, '交通规则'))).toEqual([
      '/news/2026-12-01-rules/',
      '/news/2026-11-01-helmets/',
    ]);
    const order = await paths(await first(engine, '远离电子烟 危害'));
    expect(order.slice(0, 2).sort()).toEqual(['/lectures/2026-11-20-qingshi/', '/lectures/2026-12-05-hewan/']);
  });

  it('shows cards from at most the files the first search may still fetch, the pinyin table counting as one', async () => {
    // One card to a file. The postings file and the pinyin table (比特币 is found nowhere) leave two.
    const { engine, requests } = fresh({ plan: { block: 1 } });
    const found = await first(engine, '志愿者 比特币');
    expect(requests).toContain('search/pinyin.json');
    expect(await paths(found)).toEqual([
      '/news/2026-12-10-a/',
      '/news/2026-12-11-b/',
      '/help/hotlines/',
      '/news/2026-12-12-c/',
    ]);
  });

  it('leaves out a page the table numbers but does not hold (a search page and a table of two builds)', async () => {
    const { engine } = fresh({ plan: { tablePages: terms.pages.length + terms.towns.length + 1 } });
    const found = await first(engine, '周六上午');
    expect(found.results).toEqual([]);
  });

  it('asks the full-text index before saying the postings hold nothing', async () => {
    const { engine, requests } = fresh();
    const found = await first(engine, '比特币');
    expect(requests).toContain('pagefind');
    expect(found).toMatchObject({ complete: true, results: [], partial: null });
  });
});

describe('typos', () => {
  it('keeps a correction only when the table knows the corrected word', async () => {
    const { engine, requests } = fresh();
    expect((await first(engine, '防泥水')).corrected).toBe('防溺水');
    expect(requests).toContain('search/pinyin.json');
    // 电子烟 stands only in the text of lectures: the table does not know it.
    expect((await first(engine, '电子眼')).corrected).toBeNull();
  });

  it('corrects a chunk the postings could not search in full when they find nothing at all', async () => {
    // Fifty postings files: the seven-character chunk's bigrams fall in more files than a first answer fetches.
    const { engine } = fresh({ plan: { shards: 50 } });
    const found = await first(engine, '未成年人保户法');
    expect(found.corrected).toBe('未成年人保护法');
    expect(await paths(found)).toEqual(['/law/school/']);
  });

  it('shows the correction as the search read the query: lowercase, full-width letters as ordinary ones', async () => {
    const { engine } = fresh();
    expect((await first(engine, 'ＡＰＰ 防泥水')).corrected).toBe('app 防溺水');
  });

  it('searches the postings again for the corrected query when part of it is still not in the table', async () => {
    const { engine } = fresh();
    const found = await first(engine, '防泥水 电子烟');
    expect(found.corrected).toBe('防溺水 电子烟');
    expect(found.fromText).toBe(true);
    expect(await paths(found)).toEqual(
      expect.arrayContaining(['/guide/safety/', '/lectures/2026-11-20-qingshi/', '/lectures/2026-12-05-hewan/']),
    );
  });
});

describe('the full answer', () => {
  it('comes from the full-text index, not the postings, whatever the query', async () => {
    const { engine, requests } = fresh();
    const found = await engine.find('电子烟');
    expect(found.complete).toBe(true);
    expect(requests).toContain('pagefind');
    expect(requests.filter((r) => r.startsWith('search/grams/'))).toEqual([]);
  });

  it('shows a page of the table once, from the table, with the index’s id and the better of its two scores', async () => {
    const { engine } = fresh({ plan: false });
    const found = await engine.find('防溺水 电动车头盔');
    const shown = await paths(found);
    // The whole match first; then by the better of each page's two scores: 夏天防溺水 holds 防溺水 in its
    // title, which the index ranks above the news post's scattered words, though the table does not.
    expect(shown).toEqual(['/law/school/', '/guide/helmet/', '/guide/safety/', '/news/2026-11-01-helmets/']);
    const helmet = found.results.find((hit) => hit.url === '/zt/guide/helmet/')!;
    expect(helmet.id).toBe('pf:/guide/helmet/');
  });

  it('ranks the pages the index finds among the table’s partial matches by score', async () => {
    const { engine } = fresh({ plan: false });
    // Both news posts hold 交通规则, more of the query than the guide and the law page hold of it.
    const order = await paths(await engine.find('交通规则 防溺水'));
    expect(order.slice(2).sort()).toEqual(['/guide/safety/', '/law/school/']);
  });

  it('names the words neither the table nor the first results hold; reads no result when the table holds them all', async () => {
    const { engine, pagefind } = fresh({ plan: false });
    expect((await engine.find('防溺水 比特币')).partial).toEqual({ missing: ['比特币'], found: ['防溺水'] });
    expect((await engine.find('电子烟')).partial).toBeNull();
    pagefind.loaded.length = 0;
    // The table holds 头盔 (and so does a news post only the index finds).
    const whole = await engine.find('头盔');
    expect(whole.partial).toBeNull();
    expect(pagefind.loaded).toEqual([]);
  });

  it('narrows the table’s own pages by the table’s kinds (a section’s front page is not in the index)', async () => {
    const { engine } = fresh({ plan: false });
    const found = await engine.find('宣传资料', { kind: '栏目' });
    expect(await paths(found)).toEqual(['/handouts/']);
    expect(found.counts['kind']).toMatchObject({ 栏目: 1 });
  });

  it('answers from an index with no town at all (a site before its homes are entered)', async () => {
    const withoutTowns = INDEX.map(({ facets = {}, ...page }) => {
      const { town: _, ...others } = facets;
      return { ...page, facets: others };
    });
    const { engine } = fresh({ plan: false, index: withoutTowns });
    const found = await engine.find('电子烟');
    expect(found.results.length).toBeGreaterThan(0);
    expect(found.counts['town']).toBeUndefined();
  });

  it('narrows by kind and town, counting before narrowing', async () => {
    const { engine } = fresh({ plan: false });
    const found = await engine.find('电子烟', { town: '河湾镇' });
    expect(await paths(found)).toEqual(['/lectures/2026-12-05-hewan/']);
    expect(found.counts['town']).toEqual({ 河湾镇: 1, 青石街道: 1 });
    const kinds = await engine.find('头盔', { kind: '监护指南' });
    expect(await paths(kinds)).toEqual(['/guide/helmet/']);
    expect(kinds.counts['kind']).toMatchObject({ 监护指南: 1, 法律知识: 1, 动态: 1 });
  });
});

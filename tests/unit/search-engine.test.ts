/**
 * The search engine (src/search/engine.ts) as the README's 站内搜索 section describes it, without a
 * browser: a small site is written here with the build's own steps (tests/support/search-site.ts), and
 * each query runs through the engine in Node over those files, served under a base path.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseQuery } from '../../src/search/query.ts';
import type { Found } from '../../src/search/results.ts';
import { rankShards } from '../../src/search/shard-rank.ts';
import { rankTable } from '../../src/search/table-rank.ts';
import { searchBuiltSite, type BuiltSearch } from '../support/search-engine.ts';
import { writeSearchSite, type SmallSite } from '../support/search-site.ts';

// Spies that call through, to count how often a query is read and ranked.
vi.mock('../../src/search/query.ts', { spy: true });
vi.mock('../../src/search/table-rank.ts', { spy: true });
vi.mock('../../src/search/shard-rank.ts', { spy: true });

const BASE = '/zt/wcnrbh/';
/** Each test starts a server, and some load Pagefind's WebAssembly: more than Vitest's five seconds on a busy machine. */
const SLOW = { timeout: 30_000 };

// An invented district: two towns, the pages editors write, homes, lectures and news.
const SITE: SmallSite = {
  towns: [
    { id: 'hewan', name: '河湾镇', villages: ['柳树村', '新风社区'] },
    { id: 'qingshi', name: '青石街道', villages: ['石桥社区'] },
  ],
  hotlines: ['110', '12355'],
  pages: [
    {
      url: '/law/school/',
      kind: 'law',
      title: '学校保护：学校要做什么',
      summary: '学校要防止校园欺凌，保护学生的安全。',
      keywords: ['校园欺凌'],
      body: '学校应当建立学生欺凌防控制度，教职员工不得体罚学生。',
    },
    {
      url: '/guide/safety/',
      kind: 'guide',
      title: '夏天防溺水：孩子的安全要点',
      summary: '夏天带孩子要防溺水、防触电、防烫伤。',
      keywords: ['防溺水'],
      body: '不要让孩子私自下水。骑电动车带孩子要戴头盔。开水放在孩子够不着的地方。',
    },
    {
      url: '/guide/online/',
      kind: 'guide',
      title: '孩子上网怎么管',
      summary: '孩子离不开手机、打游戏停不下来，大人该怎么办。',
      keywords: ['网瘾', '玩手机'],
      body: '打开青少年模式，和孩子约定时间。不要给孩子买电子烟，也不要让孩子进网吧。',
    },
    {
      url: '/guide/when-harmed/',
      kind: 'guide',
      title: '孩子受到伤害怎么办',
      summary: '孩子被打、被虐待时，家人和邻居能做什么。',
      keywords: ['后妈打孩子', '家暴'],
      body: '继父母和亲生父母一样不得虐待孩子。发现孩子受到伤害，立即报警。',
    },
    {
      url: '/policy/orphans/',
      kind: 'policy',
      title: '孤儿基本生活保障',
      summary: '父母双方都去世的孩子，每月可以领基本生活费。',
      keywords: ['孤儿补助'],
      body: '孤儿基本生活费按月发放，到乡镇民政办申请。',
    },
    {
      url: '/help/hotlines/',
      kind: 'help',
      title: '求助热线',
      summary: '遇到事情打哪个电话。',
      keywords: ['热线', '报警'],
      body: '12355 青少年服务台。110 报警电话。',
    },
    {
      url: '/handouts/water-safety/',
      kind: 'handouts',
      title: '防溺水宣传单',
      summary: '夏天防溺水的六不。',
      keywords: ['防溺水'],
      body: '不私自下水游泳，不到无人看管的河边玩耍。',
    },
    {
      url: '/homes/hewan-liushu/',
      kind: 'homes',
      title: '柳树村儿童之家',
      summary: '河湾镇柳树村儿童之家：地址、开放时间和儿童主任电话',
      town: '河湾镇',
      body: '开放时间：周六 9:00–11:30。',
    },
    {
      url: '/homes/qingshi-shiqiao/',
      kind: 'homes',
      title: '石桥社区儿童之家',
      summary: '青石街道石桥社区儿童之家：地址、开放时间和儿童主任电话',
      town: '青石街道',
      body: '开放时间：周日 15:00–17:00。',
    },
    {
      url: '/lectures/2026-12-05-hewan/',
      kind: 'lectures',
      title: '远离电子烟：青少年健康讲座',
      summary: '2026年12月5日 · 河湾镇柳树村儿童之家',
      town: '河湾镇',
      date: '2026-12-05',
      body: '讲电子烟对孩子身体的危害。',
    },
    {
      url: '/lectures/2026-11-20-qingshi/',
      kind: 'lectures',
      title: '电子烟的危害：家长课堂',
      summary: '2026年11月20日 · 青石街道石桥社区儿童之家',
      town: '青石街道',
      date: '2026-11-20',
      body: '讲电子烟对孩子身体的危害。',
    },
    {
      url: '/news/2026-11-01-helmets/',
      kind: 'news',
      title: '河湾镇开展交通安全宣传',
      summary: '给接送孩子的家长讲交通安全。',
      date: '2026-11-01',
      body: '骑电动车带孩子要戴头盔。',
    },
  ],
};

const root = mkdtempSync(path.join(tmpdir(), 'search-engine-'));
const opened: BuiltSearch[] = [];

beforeAll(() => writeSearchSite(root, SITE), 60_000);
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
});

/** A fresh search (nothing loaded yet), as on a page just opened. */
async function fresh(): Promise<BuiltSearch> {
  const search = await searchBuiltSite(root, BASE);
  opened.push(search);
  return search;
}

/** The site-root paths of the results, in order. */
async function paths(found: Found): Promise<string[]> {
  return Promise.all(found.results.map(async (hit) => `/${(await hit.data()).url.slice(BASE.length)}`));
}
/** The first answer a query gets, as the search page asks for it. */
const first = (s: BuiltSearch, query: string) => s.engine.find(query, {}, { full: false });

describe('the first answer from the table', SLOW, () => {
  it('answers a question the table names whole from the table alone: one file, no Pagefind', async () => {
    const s = await fresh();
    const found = await first(s, '孤儿补助有吗');
    expect((await paths(found))[0]).toBe('/policy/orphans/');
    expect(found.complete).toBe(false);
    expect(s.requests).toEqual(['search/terms.json']);
  });

  it('drops question words and ranks the page whose title holds the words first', async () => {
    const s = await fresh();
    expect((await paths(await first(s, '孩子受到伤害怎么办呢')))[0]).toBe('/guide/when-harmed/');
  });

  it('reads what people say as what the pages call it (synonyms)', async () => {
    const s = await fresh();
    expect((await paths(await first(s, '继母打孩子')))[0]).toBe('/guide/when-harmed/');
    expect((await paths(await first(s, '霸凌')))[0]).toBe('/law/school/');
  });

  it('answers a place with its town page, a number to call with the hotlines, a time with the lectures, a section’s name with its front page', async () => {
    const s = await fresh();
    expect((await paths(await first(s, '柳树村的儿童之家在哪')))[0]).toBe('/towns/hewan/');
    expect((await paths(await first(s, '青石有儿童之家吗')))[0]).toBe('/towns/qingshi/');
    expect((await paths(await first(s, '报警电话')))[0]).toBe('/help/hotlines/');
    expect((await paths(await first(s, '12355')))[0]).toBe('/help/hotlines/');
    expect((await paths(await first(s, '下个月有讲座吗')))[0]).toBe('/lectures/');
    expect((await paths(await first(s, '宣传单')))[0]).toBe('/handouts/');
    expect((await paths(await first(s, '孤儿基本生活保障')))[0]).toBe('/policy/orphans/');
  });
});

describe('typos', SLOW, () => {
  it('corrects a homophone typo to the site’s own word, loading the pinyin table for it', async () => {
    const s = await fresh();
    const found = await first(s, '防泥水');
    expect(found.corrected).toBe('防溺水');
    expect((await paths(found)).slice(0, 2).sort()).toEqual(['/guide/safety/', '/handouts/water-safety/']);
    expect(s.requests.filter((r) => r === 'search/pinyin.json')).toHaveLength(1);
  });

  it('corrects to a word the site knows through its synonyms', async () => {
    const s = await fresh();
    const found = await first(s, '校园霸零');
    expect(found.corrected).toBe('校园霸凌');
    expect((await paths(found))[0]).toBe('/law/school/');
  });

  it('reads and ranks a query once, typo correction included', async () => {
    const s = await fresh();
    for (const query of ['防泥水', '孩子玩手机会不会被罚款']) {
      vi.clearAllMocks();
      await first(s, query);
      expect(vi.mocked(parseQuery), query).toHaveBeenCalledTimes(1);
      expect(vi.mocked(rankTable), query).toHaveBeenCalledTimes(1);
      expect(vi.mocked(rankShards).mock.calls.length, query).toBeLessThanOrEqual(1);
    }
    expect(s.requests.filter((r) => r === 'search/pinyin.json')).toHaveLength(1);
  });

  it('leaves a word the pages’ text holds as it is, without loading the pinyin table', async () => {
    const s = await fresh();
    const found = await first(s, '电子烟');
    expect(found.corrected).toBeNull();
    expect(s.requests).not.toContain('search/pinyin.json');
  });
});

describe('the first answer from the postings', SLOW, () => {
  it('answers a word only the text holds from at most three postings files, without Pagefind', async () => {
    const s = await fresh();
    const found = await first(s, '电子烟');
    expect(found).toMatchObject({ complete: false, fromText: true, partial: null });
    expect(s.requests.filter((r) => r.startsWith('search/grams/')).length).toBeGreaterThan(0);
    expect(s.requests.filter((r) => r.startsWith('search/grams/')).length).toBeLessThanOrEqual(3);
    expect(s.requests).not.toContain('pagefind/pagefind.js');
    // The cards of homes, lectures and news load when shown, not before.
    expect(s.requests.filter((r) => r.startsWith('search/cards/'))).toEqual([]);
    expect((await paths(found)).sort()).toEqual(
      ['/guide/online/', '/lectures/2026-11-20-qingshi/', '/lectures/2026-12-05-hewan/'].sort(),
    );
    expect(s.requests.filter((r) => r.startsWith('search/cards/'))).toHaveLength(1);
  });

  it('says a page’s text holds the word when its summary does not', async () => {
    const s = await fresh();
    const found = await first(s, '电子烟');
    const guide = await Promise.all(found.results.map((hit) => hit.data()));
    expect(guide.find((d) => d.url === `${BASE}guide/online/`)!.inText).toEqual(['电子烟']);
  });

  it('puts a page editors wrote before a news post that holds the words as well', async () => {
    const s = await fresh();
    const order = await paths(await first(s, '电动车头盔'));
    expect(order.indexOf('/guide/safety/')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('/guide/safety/')).toBeLessThan(order.indexOf('/news/2026-11-01-helmets/'));
  });

  it('names the words no page holds (partial match), and finds pages for the rest', async () => {
    const s = await fresh();
    const found = await first(s, '孩子玩手机会不会被罚款');
    expect(found.partial).toEqual({ missing: ['罚款'], found: ['孩子玩手机'] });
    expect((await paths(found))[0]).toBe('/guide/online/');
  });
});

describe('the full answer', SLOW, () => {
  // One search for these, as one page asks for more: Pagefind loads once.
  let s: BuiltSearch;
  beforeAll(async () => {
    s = await fresh();
  });

  it('loads Pagefind, keeps the table’s whole matches first and shows each page once', async () => {
    const found = await s.engine.find('防溺水');
    expect(found.complete).toBe(true);
    expect(s.requests).toContain('pagefind/pagefind.js');
    const order = await paths(found);
    expect(order.slice(0, 2).sort()).toEqual(['/guide/safety/', '/handouts/water-safety/']);
    expect(new Set(order).size).toBe(order.length);
  });

  it('finds a page by any run of its text, even one starting inside a word', async () => {
    expect(await paths(await s.engine.find('子私自下'))).toContain('/guide/safety/');
    expect(await paths(await s.engine.find('童服务台'))).toContain('/help/hotlines/');
  });

  it('puts the lecture of the town the query names before the other town’s', async () => {
    const order = await paths(await s.engine.find('青石 电子烟'));
    expect(order.indexOf('/lectures/2026-11-20-qingshi/')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('/lectures/2026-11-20-qingshi/')).toBeLessThan(order.indexOf('/lectures/2026-12-05-hewan/'));
  });

  it('narrows the results by kind, counting every kind before filtering', async () => {
    const found = await s.engine.find('电子烟', { kind: '讲座' });
    expect(found.counts['kind']).toMatchObject({ 讲座: 2, 监护指南: 1 });
    const kinds = await Promise.all(found.results.map(async (hit) => (await hit.data()).meta['kind']));
    expect(kinds).toEqual(['讲座', '讲座']);
  });

  it('answers nothing when no page holds any of the words', async () => {
    const found = await s.engine.find('比特币挖矿');
    expect(found.results).toEqual([]);
    expect(found.partial).toBeNull();
  });
});

describe('an index written in parts', SLOW, () => {
  // The same site, its index written three pages to a part, as a large site's is.
  const partsRoot = mkdtempSync(path.join(tmpdir(), 'search-parts-'));
  let whole: BuiltSearch;
  let parted: BuiltSearch;
  beforeAll(async () => {
    await writeSearchSite(partsRoot, SITE, 3);
    whole = await fresh();
    parted = await searchBuiltSite(partsRoot, BASE);
    opened.push(parted);
  }, 60_000);
  afterAll(() => rmSync(partsRoot, { recursive: true, force: true }));

  it('writes later parts with their index files only: the runtime and WebAssembly come from the first', () => {
    const parts = readdirSync(path.join(partsRoot, 'pagefind')).filter((name) => name.startsWith('part-'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(path.join(partsRoot, 'pagefind'))).toContain('pagefind.js');
    for (const part of parts) {
      const files = readdirSync(path.join(partsRoot, 'pagefind', part));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => f === 'pagefind.js' || f.endsWith('.pagefind'))).toEqual([]);
    }
  });

  it('finds, filters and counts across every part as the index written whole does', async () => {
    for (const query of ['电子烟', '子私自下', '防溺水', '青石 电子烟', '比特币挖矿']) {
      const inParts = await paths(await parted.engine.find(query));
      expect(inParts.sort(), query).toEqual((await paths(await whole.engine.find(query))).sort());
    }
    const filtered = await parted.engine.find('电子烟', { kind: '讲座' });
    expect(filtered.counts['kind']).toMatchObject({ 讲座: 2, 监护指南: 1 });
    expect((await paths(filtered)).sort()).toEqual(['/lectures/2026-11-20-qingshi/', '/lectures/2026-12-05-hewan/']);
  });
});

/** Search helpers: bigrams on both sides, synonym expansion, excerpts, and the indexed-text reader. */
import { describe, expect, it } from 'vitest';
import { gramCounts, indexGrams, queryGrams, textRuns } from '../../src/search/grams.ts';
import { once, tableHit } from '../../src/search/results.ts';
import { MAX_VARIANTS, SYNONYM_GROUPS, expandQuery } from '../../src/search/synonyms.ts';
import { literalExcerpt, safeExcerpt } from '../../src/search/excerpt.ts';
import { indexedPage, indexedText } from '../../src/integrations/indexed-text.ts';
import { inTable } from '../../src/search/fields.ts';
import { facetTags, kindLabel } from '../../src/search/kinds.ts';
import { namesTown, sectionPrior } from '../../src/search/weights.ts';

describe('character bigrams', () => {
  it('splits text into runs of letters and digits, lowercased, at punctuation and spaces', () => {
    expect(textRuns('儿童之家，0386-1234567 ABC')).toEqual(['儿童之家', '0386', '1234567', 'abc']);
  });

  it('indexes every bigram and the last character of each run', () => {
    expect([...indexGrams('儿童之家。爱')]).toEqual(['儿童', '童之', '之家', '家', '爱']);
  });

  it('counts how often each token stands in a text, and how many stand there in all', () => {
    const { grams, length } = gramCounts('儿童儿童。家');
    expect(Object.fromEntries(grams)).toEqual({ 儿童: 2, 童儿: 1, 童: 1, 家: 1 });
    expect(length).toBe(5);
    expect(gramCounts('，。').length).toBe(0);
  });

  it('turns a query into overlapping bigrams, a lone character staying itself', () => {
    expect(queryGrams('儿童儿童')).toBe('儿童 童儿');
    expect(queryGrams('家 童之家')).toBe('家 童之 之家');
    expect(queryGrams('童之家')).toBe('童之 之家');
    expect(queryGrams('家 ')).toBe('家');
    expect(queryGrams('，。')).toBe('');
  });

  it('every character of a text starts an indexed token, so any piece of a query bigram matches', () => {
    const text = '父母外出务工，要把孩子托付给有能力的亲属照顾';
    const grams = [...indexGrams(text)];
    for (const run of textRuns(text)) {
      for (const char of run) expect(grams.some((g) => g.startsWith(char))).toBe(true);
    }
    for (const term of queryGrams('务工，要把孩子托').split(' ')) expect(grams).toContain(term);
  });
});

describe('synonyms', () => {
  it('runs the query and each synonym of a phrase it contains', () => {
    expect(expandQuery('家暴')).toEqual(['家暴', '家庭暴力', '打孩子']);
    expect(expandQuery('爷爷奶奶带的孩子怎么办')).toContain('留守儿童怎么办');
    expect(expandQuery('低保')).toContain('最低生活保障');
    expect(expandQuery('最低生活保障')).toContain('低保');
    expect(expandQuery('网瘾')).toContain('沉迷网络');
  });

  it('prefers the longest phrase and never exceeds the variant limit', () => {
    expect(expandQuery('家庭暴力')).toEqual(['家庭暴力', '家暴', '打孩子']);
    for (const group of SYNONYM_GROUPS)
      for (const phrase of group) expect(expandQuery(phrase).length).toBeLessThanOrEqual(MAX_VARIANTS);
  });

  it('replaces each phrase of a query in turn, and stops at six variants', () => {
    expect(expandQuery('爸妈不在了')).toEqual([
      '爸妈不在了',
      '爸妈去世',
      '爸妈双亡',
      '父母不在了',
      '爹妈不在了',
      '爸爸妈妈不在了',
    ]);
    const many = expandQuery('爸妈不在了孩子');
    expect(many).toHaveLength(6);
    expect(many[0]).toBe('爸妈不在了孩子');
  });

  it('replaces phrases apart or side by side, each in turn', () => {
    expect(expandQuery('家暴和低保')).toContain('家暴和最低生活保障');
    expect(expandQuery('家暴低保')).toContain('家暴最低生活保障');
  });

  it('does not read a phrase inside a longer one it overlaps', () => {
    // 小孩子 holds 小孩 and 孩子: only 小孩子's group is used.
    expect(expandQuery('小孩子')).toEqual(['小孩子', '小孩', '孩子', '娃娃']);
  });

  it('leaves other queries alone and ignores empty ones', () => {
    expect(expandQuery(' 儿童之家 ')).toEqual(['儿童之家']);
    expect(expandQuery('  ')).toEqual([]);
  });

  it('has no phrase in two groups', () => {
    const phrases = SYNONYM_GROUPS.flat();
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('excerpts', () => {
  it('marks the first place the text holds the query, escaping the rest', () => {
    const excerpt = literalExcerpt('监护人\u200B应当<b>照顾</b>好孩子', ['照顾']);
    expect(excerpt).toBe('监护人应当&lt;b&gt;<mark>照顾</mark>&lt;/b&gt;好孩子');
  });

  it('falls back to a synonym, and returns null when the text holds none', () => {
    expect(literalExcerpt('最低生活保障怎么申请', ['低保', '最低生活保障'])).toContain('<mark>最低生活保障</mark>');
    expect(literalExcerpt('没有这个词', ['低保'])).toBeNull();
  });

  it('shows 70 characters around the match, with … where the text goes on', () => {
    const text = `${'甲'.repeat(100)}照顾${'乙'.repeat(100)}`;
    expect(literalExcerpt(text, ['照顾'])).toBe(`…${'甲'.repeat(34)}<mark>照顾</mark>${'乙'.repeat(34)}…`);
    // Near the start: the window starts at the text's first character, no … before it.
    expect(literalExcerpt(`开头照顾${'乙'.repeat(100)}`, ['照顾'])).toBe(`开头<mark>照顾</mark>${'乙'.repeat(66)}…`);
    // Near the end: no … after it.
    expect(literalExcerpt(`${'甲'.repeat(10)}照顾`, ['照顾'])).toBe(`${'甲'.repeat(10)}<mark>照顾</mark>`);
  });

  it('marks a match longer than the window whole, and nothing around it', () => {
    const long = '孩'.repeat(80);
    expect(literalExcerpt(`前${long}后`, [long])).toBe(`…<mark>${long}</mark>…`);
  });

  it('matches whatever the case and spaces of the query, marking the text as written, and skips empty queries', () => {
    expect(literalExcerpt('打开 APP 的青少年模式', ['  ', ' app '])).toBe('打开 <mark>APP</mark> 的青少年模式');
  });

  it('keeps only the marks of a Pagefind excerpt', () => {
    expect(safeExcerpt('<mark>儿童</mark><img src=x>')).toBe('<mark>儿童</mark>&lt;img src=x>');
  });
});

describe('indexed text of a built page', () => {
  it('reads the data-pagefind-body region without ignored parts, joining inline text, plus keywords', () => {
    const html = `<html><head><meta name="keywords" content="留守儿童 家暴"></head><body>
      <header data-pagefind-ignore="all">导航</header>
      <article data-pagefind-body><h1>标题</h1><p>儿<a href="/">童之</a>家 &amp; 更多</p><nav data-pagefind-ignore>面包屑</nav></article>
      <footer>页脚</footer></body></html>`;
    const text = indexedText(html)!;
    expect(text).toContain('儿童之家 & 更多');
    expect(text).toContain('留守儿童 家暴');
    for (const absent of ['导航', '面包屑', '页脚']) expect(text).not.toContain(absent);
  });

  it('reads the fields search ranks by: the first heading of the body, the description and the keywords', () => {
    const html = `<html><head><meta name="description" content="一句话简介"><meta name="keywords" content="福彩圆梦 助学金"></head><body>
      <header data-pagefind-ignore="all"><h1>网站名</h1></header>
      <main data-pagefind-body><h1>福彩圆梦：<span>孤儿上大学</span></h1><p>正文</p><h1>第二个</h1></main></body></html>`;
    expect(indexedPage(html)).toMatchObject({
      title: '福彩圆梦：孤儿上大学',
      summary: '一句话简介',
      keywords: '福彩圆梦 助学金',
    });
  });

  it('is null for pages without data-pagefind-body, which are not indexed', () => {
    expect(indexedText('<html><body><main>列表</main></body></html>')).toBeNull();
  });
});

describe('what a page tells the search about itself', () => {
  it('writes its kind and town as filters, its date and keywords as metadata', () => {
    expect(
      facetTags({ kind: 'lectures', town: '河湾镇', date: '2026-12-05', keywords: ['电子烟', '健康讲座'] }),
    ).toEqual([
      {
        name: 'search-kind',
        'data-pagefind-filter': 'kind[content]',
        'data-pagefind-meta': 'kind[content]',
        content: '讲座',
      },
      {
        name: 'search-town',
        'data-pagefind-filter': 'town[content]',
        'data-pagefind-meta': 'town[content]',
        content: '河湾镇',
      },
      { name: 'search-date', 'data-pagefind-meta': 'date[content]', content: '2026-12-05' },
      { name: 'keywords', 'data-pagefind-meta': 'keywords[content]', content: '电子烟 健康讲座' },
    ]);
  });

  it('writes its kind alone when it has no town, date or keywords', () => {
    for (const facets of [{ kind: 'law' as const }, { kind: 'law' as const, keywords: [] }]) {
      expect(facetTags(facets).map((tag) => tag['name'])).toEqual(['search-kind']);
    }
  });

  it('labels each kind as the filter chips read it', () => {
    const labels = {
      law: '法律知识',
      guide: '监护指南',
      policy: '关爱政策',
      homes: '儿童之家',
      lectures: '讲座',
      news: '动态',
      handouts: '宣传资料',
      help: '求助热线',
      about: '关于我们',
    } as const;
    for (const [kind, label] of Object.entries(labels)) expect(kindLabel(kind as keyof typeof labels)).toBe(label);
  });
});

describe('the pages the search page’s own table lists', () => {
  it('lists the pages editors wrote and the town pages, not homes, lectures, news or front pages', () => {
    const table: [string, boolean][] = [
      ['/law/overview/', true],
      ['/guide/safety/', true],
      ['/policy/orphans/', true],
      ['/help/hotlines/', true],
      ['/about/site/', true],
      ['/handouts/water-safety/', true],
      ['/towns/hewan/', true],
      ['/homes/hewan-liushu/', false],
      ['/lectures/2026-12-05-hewan/', false],
      ['/news/2026-11-01-helmets/', false],
      ['/law/', false],
      ['/law/overview/part/', false],
      ['/zt/law/overview/', false],
      ['/law/overview', false],
    ];
    for (const [url, listed] of table) expect(inTable(url), url).toBe(listed);
  });
});

describe('how a page’s kind and town weigh', () => {
  it('ranks what editors wrote first, then handouts, town pages, news, and single homes and lectures last', () => {
    const order = ['/law/a/', '/handouts/a/', '/towns/a/', '/news/a/', '/homes/a/'].map(sectionPrior);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    for (const same of ['/guide/a/', '/policy/a/', '/help/a/'])
      expect(sectionPrior(same)).toBe(sectionPrior('/law/a/'));
    expect(sectionPrior('/about/a/')).toBe(sectionPrior('/handouts/a/'));
    expect(sectionPrior('/lectures/a/')).toBe(sectionPrior('/homes/a/'));
  });

  it('weighs an address of no known section as news', () => {
    expect(sectionPrior('/search/')).toBe(sectionPrior('/news/a/'));
    expect(sectionPrior('')).toBe(sectionPrior('/news/a/'));
  });

  it('a chunk names a town by its full name, the start of it, or the name as people say it', () => {
    expect(namesTown('河湾镇', ['河湾镇'])).toBe(true);
    expect(namesTown('河湾镇', ['河湾'])).toBe(true);
    expect(namesTown('河湾镇', ['电子烟', '河湾的讲座'])).toBe(true);
    expect(namesTown('河湾镇', ['镇'])).toBe(false);
    expect(namesTown('河湾镇', ['青石街道', '电子烟'])).toBe(false);
    expect(namesTown('河湾镇', [])).toBe(false);
  });
});

describe('a result from the table', () => {
  const hit = {
    url: '/law/school/',
    title: '学校保护',
    summary: '学校 <b>要</b> 防止欺凌',
    kind: '法律知识',
    town: undefined,
    score: 1.5,
    cover: 1,
    full: true,
  };

  it('shows the table’s own title, kind and summary (escaped), under the base path, with nothing to fetch', async () => {
    const result = tableHit((p) => `/zt${p}`, hit);
    expect(result).toMatchObject({ id: 'table:/law/school/', url: '/zt/law/school/', score: 1.5 });
    expect(await result.data()).toEqual({
      url: '/zt/law/school/',
      content: '学校 <b>要</b> 防止欺凌',
      excerpt: '学校 &lt;b&gt;要&lt;/b&gt; 防止欺凌',
      meta: { title: '学校保护', kind: '法律知识', town: undefined },
      inText: [],
    });
  });

  it('takes another score and id when merged with the index’s twin', () => {
    const result = tableHit((p) => p, hit, 2, 'pf:7', ['防止欺凌']);
    expect(result).toMatchObject({ id: 'pf:7', score: 2 });
  });

  it('loads a result’s data once however often it is asked for', async () => {
    let loads = 0;
    const data = once(async () => ++loads);
    expect([await data(), await data()]).toEqual([1, 1]);
  });
});

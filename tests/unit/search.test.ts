/** Search helpers: bigrams on both sides, synonym expansion, excerpts, and the indexed-text reader. */
import { describe, expect, it } from 'vitest';
import { indexGrams, queryGrams, textRuns } from '../../src/search/grams.ts';
import { MAX_VARIANTS, SYNONYM_GROUPS, expandQuery } from '../../src/search/synonyms.ts';
import { literalExcerpt, safeExcerpt } from '../../src/search/excerpt.ts';
import { indexedPage, indexedText } from '../../src/integrations/indexed-text.ts';

describe('character bigrams', () => {
  it('splits text into runs of letters and digits, lowercased, at punctuation and spaces', () => {
    expect(textRuns('儿童之家，0386-1234567 ABC')).toEqual(['儿童之家', '0386', '1234567', 'abc']);
  });

  it('indexes every bigram and the last character of each run', () => {
    expect([...indexGrams('儿童之家。爱')]).toEqual(['儿童', '童之', '之家', '家', '爱']);
  });

  it('turns a query into overlapping bigrams, a lone character staying itself', () => {
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

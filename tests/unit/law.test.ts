import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  articleStructure,
  chineseNumber,
  chineseNumeral,
  parseLaw,
  quoteExcerpt,
  type Excerpt,
  type LawArticle,
} from '../../src/lib/law.ts';
import { FIXTURE_SITE } from '../support/site-content.ts';

const minorProtection = parseLaw(readFileSync(path.join(FIXTURE_SITE, 'law/minor-protection-law-2024.md'), 'utf8'));
const familyEducation = parseLaw(
  readFileSync(path.join(FIXTURE_SITE, 'law/family-education-promotion-law-2021.md'), 'utf8'),
);

describe('statute parsing', () => {
  it('reads every article of both laws, numbered in order', () => {
    expect(minorProtection.name).toBe('未成年人保护法');
    expect(minorProtection.articles.map((a) => a.number)).toEqual(Array.from({ length: 132 }, (_, i) => i + 1));
    expect(familyEducation.name).toBe('家庭教育促进法');
    expect(familyEducation.articles).toHaveLength(55);
  });

  it('keeps chapters and items', () => {
    const a16 = minorProtection.articles[15]!;
    expect(a16.chapter).toBe('第二章 家庭保护');
    expect(Object.keys(a16.items)).toHaveLength(10);
    expect(Object.keys(minorProtection.articles[16]!.items)).toHaveLength(11);
  });

  it('converts Chinese numerals both ways', () => {
    expect([1, 4, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '四', '十', '十一', '二十', '二十三']);
  });
});

/** A made-up article shaped like Article 22: a 款, a second 款, a lead-in 款 with four items. */
const shaped: LawArticle = parseLaw(
  [
    '# 测试法',
    '## 第一章 总则',
    '第一条 第一款的话。',
    '第二款的话。',
    '具有下列情形之一的，不得如此：',
    '（一）甲；',
    '（二）乙；',
    '（三）丙；',
    '（四）丁。',
    '第二条 只有一款的条文。',
  ].join('\n'),
).articles[0]!;

const texts = (excerpt: Excerpt) => excerpt.lines.map((line) => ('gap' in line ? '……' : line.text));

describe('statute excerpts', () => {
  it('knows which 款 each item belongs to', () => {
    expect(articleStructure(shaped).paragraphs).toEqual([
      { index: 0, items: [] },
      { index: 1, items: [] },
      { index: 2, items: [1, 2, 3, 4] },
    ]);
  });

  it('quotes the whole article when nothing is picked, and says nothing about an excerpt', () => {
    const excerpt = quoteExcerpt(shaped);
    expect(texts(excerpt)).toEqual(shaped.paragraphs);
    expect(excerpt.label).toBeUndefined();
  });

  it('puts the lead-in of picked items right before them, whichever 款 it is', () => {
    const excerpt = quoteExcerpt(shaped, { items: [1, 3] });
    expect(texts(excerpt)).toEqual(['具有下列情形之一的，不得如此：', '（一）甲；', '（三）丙；']);
    expect(excerpt.label).toBe('节选第三款第一、三项');
  });

  it('marks the 款 left out between the shown ones, and names each shown part', () => {
    const excerpt = quoteExcerpt(shaped, { paragraphs: [1], items: [1, 2, 3, 4] });
    expect(texts(excerpt)).toEqual([
      '第一条 第一款的话。',
      '……',
      '具有下列情形之一的，不得如此：',
      '（一）甲；',
      '（二）乙；',
      '（三）丙；',
      '（四）丁。',
    ]);
    expect(excerpt.label).toBe('节选第一款，第三款第一、二、三、四项');
  });

  it('quotes a 款 with all of its items', () => {
    const excerpt = quoteExcerpt(shaped, { paragraphs: [3] });
    expect(texts(excerpt)).toEqual(shaped.paragraphs.slice(2));
    expect(excerpt.label).toBe('节选第三款');
  });

  it('names whole 款 next to each other together, and leaves no gap between them', () => {
    const excerpt = quoteExcerpt(shaped, { paragraphs: [1, 2] });
    expect(texts(excerpt)).toEqual(shaped.paragraphs.slice(0, 2));
    expect(excerpt.label).toBe('节选第一、二款');
  });

  it('names items alone when the article has one 款, as in 第十六条', () => {
    const a16 = minorProtection.articles[15]!;
    const excerpt = quoteExcerpt(a16, { items: [1, 2, 5] });
    expect(texts(excerpt)[0]).toBe('第十六条 未成年人的父母或者其他监护人应当履行下列监护职责：');
    expect(
      texts(excerpt)
        .slice(1)
        .map((p) => p.slice(0, 3)),
    ).toEqual(['（一）', '（二）', '（五）']);
    expect(excerpt.label).toBe('节选第一、二、五项');
  });

  it('keeps Article 22’s list of people who must not be entrusted under its own lead-in', () => {
    const a22 = minorProtection.articles[21]!;
    const lines = texts(quoteExcerpt(a22, { items: [1, 2] }));
    expect(lines[0]).toBe('具有下列情形之一的，不得作为被委托人：');
    expect(lines).not.toContain(a22.paragraphs[0]);
  });

  it('refuses items and 款 the article does not have', () => {
    expect(() => quoteExcerpt(minorProtection.articles[15]!, { items: [11] })).toThrow(/没有第 11 项/);
    expect(() => quoteExcerpt(shaped, { paragraphs: [4] })).toThrow(/只有 3 款，没有第 4 款/);
  });
});

describe('numerals', () => {
  it('converts Chinese numerals both ways', () => {
    expect(chineseNumber('一百三十二')).toBe(132);
    expect(chineseNumber('十六')).toBe(16);
    expect(articleLabel(101)).toBe('第一百零一条');
    expect(articleLabel(110)).toBe('第一百一十条');
    expect(articleLabel(20)).toBe('第二十条');
  });
});

describe('numerals the statutes write', () => {
  it.each([
    ['两百零五', 205],
    ['十', 10],
    ['百', 100],
    ['零', 0],
    ['一百一十', 110],
    ['九百九十九', 999],
    ['三十x', Number.NaN],
  ])('%s is %d', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it.each([
    [1, '第一条'],
    [10, '第十条'],
    [11, '第十一条'],
    [100, '第一百条'],
    [105, '第一百零五条'],
    [120, '第一百二十条'],
    [132, '第一百三十二条'],
    [36, '第三十六条'],
    [67, '第六十七条'],
    [78, '第七十八条'],
    [89, '第八十九条'],
    [200, '第二百条'],
  ])('article %d is %s', (n, label) => {
    expect(articleLabel(n)).toBe(label);
  });

  it.each([
    [6, '六'],
    [7, '七'],
    [9, '九'],
    [12, '十二'],
    [18, '十八'],
    [99, '九十九'],
  ])('款 or 项 %d is %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
});

describe('reading a statute file', () => {
  // Read inside each test, so that the test is what covers the reading.
  const law = () =>
    parseLaw(
      [
        '说明：以下为法律全文',
        '# 中华人民共和国测试法\r',
        '\u200b',
        '## 第一章 总则  ',
        '\u3000',
        '第一条\u3000第一款。',
        '  第二款。  ',
        '\u3000\u200b',
        '（一）甲；',
        '（十二）乙。',
        '## 第二章 附则',
        '章下的说明',
        '第二条 只有一款。',
      ].join('\r\n'),
    );

  it('takes the title from the heading and the short name without the country', () => {
    expect([law().title, law().name]).toEqual(['中华人民共和国测试法', '测试法']);
    expect(parseLaw('没有标题\n第一条 甲').title).toBe('');
  });

  it('keeps each article’s text trimmed, skips blank and zero-width lines, and numbers its items', () => {
    expect(law().articles).toEqual([
      {
        number: 1,
        chapter: '第一章 总则',
        paragraphs: ['第一条\u3000第一款。', '第二款。', '（一）甲；', '（十二）乙。'],
        items: { 1: 2, 12: 3 },
      },
      { number: 2, chapter: '第二章 附则', paragraphs: ['第二条 只有一款。'], items: {} },
    ]);
  });

  it('says which 款 a quote asks for that the article lacks, listing all of them', () => {
    const first = law().articles[0]!;
    expect(() => quoteExcerpt(first, { paragraphs: [0, 4] })).toThrow('第1条只有 2 款，没有第 0、4 款');
    expect(() => quoteExcerpt(first, { paragraphs: [1.5] })).toThrow('第1条只有 2 款，没有第 1.5 款');
    expect(() => quoteExcerpt(first, { items: [2, 3] })).toThrow('第1条没有第 2、3 项');
  });

  it('names the 款 of picked items when the article has more than one', () => {
    expect(quoteExcerpt(law().articles[0]!, { items: [12] })).toEqual({
      lines: [{ text: '第二款。' }, { text: '（十二）乙。' }],
      label: '节选第二款第十二项',
    });
  });

  it('leaves a gap between whole 款 that are not next to each other, and names them together', () => {
    const three = parseLaw('# 法\n第一条 甲。\n乙。\n丙。').articles[0]!;
    expect(quoteExcerpt(three, { paragraphs: [1, 3] })).toEqual({
      lines: [{ text: '第一条 甲。' }, { gap: true }, { text: '丙。' }],
      label: '节选第一、三款',
    });
  });
});

describe('the chapter before the first heading, and where a quote starts', () => {
  it('leaves the chapter empty before any chapter heading, and the name whole when the country is not its start', () => {
    const law = parseLaw('# 澄岭区实施中华人民共和国未成年人保护法办法\n第一条 甲');
    expect(law.name).toBe('澄岭区实施中华人民共和国未成年人保护法办法');
    expect(law.articles[0]!.chapter).toBe('');
  });

  it('names a chapter without the spaces after its “##”, and skips lines of spaces alone', () => {
    const law = parseLaw('# 法\n##   第二章　家庭保护\n第一条 甲。\n\u3000\u200b \n乙。');
    expect(law.articles[0]).toMatchObject({ chapter: '第二章　家庭保护', paragraphs: ['第一条 甲。', '乙。'] });
  });

  it('starts a quote with what it shows, never with a gap', () => {
    const four = parseLaw('# 法\n第一条 甲。\n乙。\n丙。\n丁。').articles[0]!;
    expect(quoteExcerpt(four, { paragraphs: [4] })).toEqual({ lines: [{ text: '丁。' }], label: '节选第四款' });
  });
});

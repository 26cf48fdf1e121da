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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleLabel, chineseNumber, parseLaw, quoteParagraphs } from '../../src/lib/law.ts';

const minorProtection = parseLaw(readFileSync('content/law/minor-protection-law-2024.md', 'utf8'));
const familyEducation = parseLaw(readFileSync('content/law/family-education-promotion-law-2021.md', 'utf8'));

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

  it('quotes a subset of items after the article opening', () => {
    const quote = quoteParagraphs(minorProtection.articles[15]!, [1, 2]);
    expect(quote[0]).toBe('第十六条 未成年人的父母或者其他监护人应当履行下列监护职责：');
    expect(quote[1]?.startsWith('（一）')).toBe(true);
    expect(quote).toHaveLength(3);
    expect(() => quoteParagraphs(minorProtection.articles[15]!, [11])).toThrow(/没有第 11 项/);
  });

  it('converts Chinese numerals both ways', () => {
    expect(chineseNumber('一百三十二')).toBe(132);
    expect(chineseNumber('十六')).toBe(16);
    expect(articleLabel(101)).toBe('第一百零一条');
    expect(articleLabel(110)).toBe('第一百一十条');
    expect(articleLabel(20)).toBe('第二十条');
  });
});

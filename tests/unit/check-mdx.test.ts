/**
 * The MDX body checks (src/check/check-mdx.ts) read the body as MDX reads it: a tag inside code is not
 * a tag, and every syntax error that would stop the build is reported in one run, each at its line.
 */
import { describe, expect, it } from 'vitest';
import { checkMdxBody, checkQuotesHaveProse } from '../../src/check/check-mdx.ts';
import { readMdxBody } from '../../src/check/mdx-body.ts';

const known = { laws: new Map(), figureIds: ['lecturesHeld'], hotlines: ['12338'] };
// The body starts on line 8 of its file, after the frontmatter.
const check = (body: string, file = 'content/pages/guide/x.mdx') => checkMdxBody(readMdxBody(file, body, 8), known);
const where = (body: string, file?: string) => check(body, file).map((p) => `${p.line} ${p.field}`);

describe('reading MDX as MDX does', () => {
  it('leaves tags written inside code blocks and code spans alone', () => {
    expect(check('```\n<Hotlin number="1" />\n```\n\n写成 `<Stat id="某个编号" />` 即可。\n')).toEqual([]);
  });

  it('reads attributes in quotes and in braces', () => {
    expect(check('<Hotline number="12338" /> 和 <Stat id={"lecturesHeld"} />\n')).toEqual([]);
    expect(where('<Hotline number={"12345"} />\n')).toEqual(['8 <Hotline> number']);
  });

  it('reports every error that would stop the build in one run, each at its own line', () => {
    const body = [
      '<Callout>', // 8
      '',
      '文字',
      '',
      '</Steps>', // 12: closes nothing
      '',
      '年龄<十四岁。', // 14: "<" before Chinese
      '',
      '<Hotlin />', // 16: no such component
      '',
      '</Callout>',
      '',
      '<Steps>', // 20: never closed
      '',
      '3<5', // 22: "<" before a digit
    ].join('\n');
    expect(where(body).sort()).toEqual(['12 </Steps>', '14 <', '16 <Hotlin>', '20 <Steps>', '22 <'].sort());
    expect(check(body).find((p) => p.line === 12)?.message).toBe(
      '这里的 </Steps> 前面没有对应的 <Steps>，应当删除它，或在前面补上 <Steps>',
    );
    expect(check(body).find((p) => p.line === 22)?.message).toContain('应当写成全角的“＜”或“小于”');
  });

  it('accepts a less-than sign followed by a space, which MDX prints as it is', () => {
    expect(check('a < b，年龄 < 14 岁\n')).toEqual([]);
  });

  it('tells an editor that a component in a .md file is printed as it is', () => {
    expect(check('文字 <Stat id="lecturesHeld" /> 文字\n', 'content/lectures/x.md')).toEqual([
      {
        file: 'content/lectures/x.md',
        line: 8,
        field: '<Stat>',
        message: '组件只能用在 .mdx 文件里，.md 文件会把 <Stat> 原样留在页面上；应当把文件扩展名改为 .mdx，或删除它',
      },
    ]);
  });

  it('counts the own words of a section from its text, not from attributes or code', () => {
    const quote = '<LawArticle article={16} />';
    const body = (prose: string) => `## 一节\n\n${prose}\n\n${quote}\n`;
    const read = (text: string) => checkQuotesHaveProse(readMdxBody('content/pages/law/x.mdx', text, 1));
    expect(read(body('父母要照顾好孩子的生活和学习。'))).toEqual([]);
    expect(read(body('<Callout title="这里的属性文字不是自己的话">短</Callout>'))).toHaveLength(1);
    expect(read(body('`代码里的字不算是自己写的话啊`'))).toHaveLength(1);
  });
});

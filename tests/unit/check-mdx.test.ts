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

describe('what each syntax error says, at its line', () => {
  const BRACES =
    'MDX 把花括号“{…}”当成代码，这里的写法无法构建。正文里的花括号应当写成全角的“｛”“｝”；组件的属性应当写成 article={16}、items={[1, 2]} 这样';
  const said = (body: string) => check(body).map((p) => `${p.line} ${p.field} — ${p.message}`);

  it('names a stray brace once, at its line, and reads nothing after it', () => {
    expect(said('文字\n\n全角写成 {a 这样')).toEqual([`10 { — ${BRACES}`]);
    expect(readMdxBody('content/pages/guide/x.mdx', '{', 8).tree).toBeNull();
  });

  it('names a closing tag that closes nothing, written with or without spaces', () => {
    expect(said('文字\n\n</Callout>')).toEqual([
      '10 </Callout> — 这里的 </Callout> 前面没有对应的 <Callout>，应当删除它，或在前面补上 <Callout>',
    ]);
    expect(said('</ Steps >')).toEqual([
      '8 </Steps> — 这里的 </Steps> 前面没有对应的 <Steps>，应当删除它，或在前面补上 <Steps>',
    ]);
  });

  it('names an opening tag never closed by its name alone, attributes left out', () => {
    expect(said('文字\n\n<Callout title="注意">\n\n内容')).toEqual([
      '10 <Callout> — <Callout> 没有结束，应当在这段内容后面另起一行写 </Callout>；不包内容时写成 <Callout … />',
    ]);
  });

  it('names a component written in Chinese by the component meant, however the tag goes on', () => {
    const BACK = (name: string) => `没有名为“${name}”的组件（组件名要用英文字母写），应当写 <BackSide />`;
    expect(said('<背面>\n\n背面的内容\n\n<Hotlin />')).toEqual([
      `8 <背面> — ${BACK('背面')}`,
      expect.stringMatching(/^12 <Hotlin> — 没有名为“Hotlin”的组件/),
    ]);
    expect(said('文字\n\n<反面。')).toEqual([`10 <反面> — ${BACK('反面')}`]);
    expect(said('<背页 />')).toEqual([`8 <背页> — ${BACK('背页')}`]);
  });

  it('tells a comment, a component written wrongly and a less-than sign apart', () => {
    expect(said('<!-- 注释 -->')).toEqual(['8 <!-- — MDX 里不能用 <!-- --> 写注释，会无法构建，应当删除这段注释']);
    expect(said('<Hotline number=12338 />')).toEqual([
      '8 <Hotline> — <Hotline> 的写法无法构建，应当写成 <Hotline 属性="文字" /> 或 <Hotline 属性={数字} /> 这样：属性的值用引号或花括号包起来，标签以 > 或 /> 结束',
    ]);
    expect(said('n<2n')).toEqual(['8 < — “<”在 MDX 里是组件的开头，这里的写法无法构建，应当写成全角的“＜”或“小于”']);
  });

  it('reads an attribute written as code by its source, and one written bare as empty', () => {
    expect(said('<Stat id={lecturesHeld} />')).toEqual([]);
    expect(said('<Hotline number />')).toEqual([
      '8 <Hotline> number — 热线“”不在 site.yaml 的 hotlines 里，应当写 12338 之一',
    ]);
  });
});

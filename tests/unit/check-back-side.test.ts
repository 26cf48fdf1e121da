/** The back-side marker rule (src/check/check-mdx.ts): once on a two-sided handout, nowhere else. */
import { describe, expect, it } from 'vitest';
import { checkBackSide, checkMdxBody } from '../../src/check/check-mdx.ts';
import { readMdxBody } from '../../src/check/mdx-body.ts';

const FILE = 'content/handouts/x.mdx';
// The body starts on line 8 of its file, after the frontmatter; sheets: is on line 4.
const check = (body: string, sheets?: number) =>
  checkBackSide(readMdxBody(FILE, body, 8), sheets === undefined ? undefined : { sheets, line: 4 });
const lines = (...rows: string[]) => rows.join('\n');
const twoSided = lines('## 正面', '', '正面。', '', '<BackSide />', '', '## 背面', '', '背面。');

describe('checkBackSide', () => {
  it('accepts one marker with both sides filled on a two-sided handout, and none elsewhere', () => {
    expect(check(twoSided, 2)).toEqual([]);
    expect(check(twoSided.replace('<BackSide />', '<BackSide/>'), 2)).toEqual([]);
    expect(check('## 正面\n\n正面。', 1)).toEqual([]);
    expect(check('正文。')).toEqual([]);
  });

  it('asks a two-sided handout without a marker for one, at its sheets line', () => {
    expect(check('## 正面\n\n## 背面', 2)).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'sheets',
        message:
          '正反两面的宣传单（sheets: 2）要标出背面从哪里开始，应当在正文里背面第一个小标题的上一行单独写一行 <BackSide />；只印一面时把 sheets 改为 1',
      },
    ]);
  });

  it('reports a second marker at its own line, naming the first', () => {
    const problems = check(`${twoSided}\n\n<BackSide />\n\n更多。`, 2);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 18,
        field: '<BackSide>',
        message: '一张纸只有一个背面，<BackSide /> 只能写一次（第 12 行已经写了），应当删除这一处',
      },
    ]);
  });

  it('reports a marker that leaves a side blank', () => {
    expect(check('<BackSide />\n\n## 背面', 2)).toEqual([
      {
        file: FILE,
        line: 8,
        field: '<BackSide>',
        message: '<BackSide /> 前面没有内容，正面会是空白，应当把它移到背面第一个小标题的上一行',
      },
    ]);
    expect(check('## 正面\n\n<BackSide />\n', 2)).toEqual([
      {
        file: FILE,
        line: 10,
        field: '<BackSide>',
        message:
          '<BackSide /> 后面没有内容，背面会是空白，应当把它移到背面第一个小标题的上一行；只印一面时删除它并把 sheets 改为 1',
      },
    ]);
  });

  it('rejects the marker on a one-sided handout and on a web page, at the marker', () => {
    expect(check(twoSided, 1)).toEqual([
      {
        file: FILE,
        line: 12,
        field: '<BackSide>',
        message: '这张宣传单是单面的（sheets: 1），没有背面，应当删除 <BackSide />；要印正反两面时把 sheets 改为 2',
      },
    ]);
    expect(check(twoSided)).toEqual([
      {
        file: FILE,
        line: 12,
        field: '<BackSide>',
        message:
          '网页不分正反面，<BackSide /> 只用在正反两面的宣传单（content/handouts/ 里写 sheets: 2 的文件）里，应当删除它',
      },
    ]);
  });
});

describe('a less-than sign before Chinese, which MDX cannot build', () => {
  const known = { laws: new Map(), figureIds: [], hotlines: [] };
  it('points <背面 /> and <反面 /> to BackSide', () => {
    for (const name of ['背面', '反面']) {
      const [problem] = checkMdxBody(readMdxBody(FILE, `正面。\n\n<${name} />\n`, 8), known);
      expect(problem).toEqual({
        file: FILE,
        line: 10,
        field: `<${name}>`,
        message: `没有名为“${name}”的组件（组件名要用英文字母写），应当写 <BackSide />`,
      });
    }
  });
  it('reports a less-than sign in prose followed by Chinese, and leaves others alone', () => {
    expect(checkMdxBody(readMdxBody(FILE, '正文。\n\n年龄<十四周岁的孩子。\n', 8), known)).toEqual([
      { file: FILE, line: 10, field: '<', message: expect.stringContaining('应当写成全角的“＜”或“小于”') },
    ]);
    expect(checkMdxBody(readMdxBody(FILE, '年龄＜十四周岁，年龄小于十四周岁。\n', 8), known)).toEqual([]);
    // Plain Markdown prints it as it is.
    expect(checkMdxBody(readMdxBody('content/lectures/x.md', '年龄<十四周岁的孩子。\n', 8), known)).toEqual([]);
  });
});

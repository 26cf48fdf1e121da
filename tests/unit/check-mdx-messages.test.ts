/**
 * What the content check says about an MDX body, message by message: the statute articles, items and
 * paragraphs it quotes, the figures and hotlines it cites, and a quoted article with none of the site's
 * own words beside it. On a small statute of its own, so each count in a message is known. (How the
 * body is read, and the syntax errors that would stop the build: check-mdx.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { checkBackSide, checkMdxBody, checkQuotesHaveProse, figureCitations } from '../../src/check/check-mdx.ts';
import { readMdxBody } from '../../src/check/mdx-body.ts';
import { formatProblem } from '../../src/check/cross-check.ts';
import { parseLaw } from '../../src/lib/law.ts';

// Article 1: one paragraph. Article 2: two paragraphs, the first leading into three items. Article 3:
// three paragraphs, no items.
const LAW = parseLaw(
  [
    '# 中华人民共和国测试法',
    '## 第一章 总则',
    '第一条 为了测试，制定本法。',
    '第二条 监护人应当履行下列职责：',
    '（一）照看；',
    '（二）教育；',
    '（三）保护。',
    '监护人不得放任不管。',
    '第三条 第一款。',
    '第二款。',
    '第三款。',
  ].join('\n'),
);
const KNOWN = {
  laws: new Map([[LAW.name, LAW]]),
  figureIds: ['homes', 'childrenInDifficulty'],
  hotlines: ['12345', '12355'],
};
const check = (body: string, file = 'content/pages/guide/x.mdx') =>
  checkMdxBody(readMdxBody(file, body, 5), KNOWN).map(formatProblem);

describe('statute quotes', () => {
  it('passes articles, items and paragraphs the statute has', () => {
    expect(
      check(
        [
          '<LawArticle law="测试法" article={1} />',
          '<LawArticle law="测试法" article={2} items={[1, 3]} />',
          '<LawArticle law="测试法" article="3" paragraphs={[1, 3]} />',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names a law that is not in content/law, with the laws that are', () => {
    expect(check('<LawArticle law="测式法" article={1} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> law — 没有名为“测式法”的法律，应当写 测试法 之一；您是不是想写“测试法”？',
    ]);
    expect(check('\n<LawArticle law="刑法" article={1} />')).toEqual([
      'content/pages/guide/x.mdx:6 <LawArticle> law — 没有名为“刑法”的法律，应当写 测试法 之一',
    ]);
  });

  it('lists every law there is when the one named is not among them', () => {
    const other = parseLaw('# 中华人民共和国另一法\n## 第一章 总则\n第一条 另一条。');
    const laws = new Map([
      [LAW.name, LAW],
      [other.name, other],
    ]);
    const body = readMdxBody('content/pages/guide/x.mdx', '<LawArticle law="刑法" article={1} />', 5);
    expect(checkMdxBody(body, { ...KNOWN, laws }).map(formatProblem)).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> law — 没有名为“刑法”的法律，应当写 测试法、另一法 之一',
    ]);
  });

  it('names an article the statute does not have, with the range it has', () => {
    expect(check('<LawArticle law="测试法" article={4} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> article — 《测试法》没有第 4 条，应当写 1 到 3 之间的条号，例如 article={16}',
    ]);
    expect(check('<LawArticle law="测试法" />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> article — 《测试法》没有第 ? 条，应当写 1 到 3 之间的条号，例如 article={16}',
    ]);
  });

  it('names items the article lacks, and says when it has none', () => {
    expect(check('<LawArticle law="测试法" article={2} items={[ 2, 4,5 ]} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> items — 《测试法》第 2 条只有 3 项，没有第 4、5 项，应当写 items={[1, 2]} 这样的已有项号',
    ]);
    expect(check('<LawArticle law="测试法" article={1} items={[1]} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> items — 《测试法》第 1 条没有分项，没有第 1 项，应当写 items={[1, 2]} 这样的已有项号，或去掉 items',
    ]);
  });

  it('names paragraphs the article lacks: under 1, past the last, or not whole numbers', () => {
    expect(check('<LawArticle law="测试法" article={3} paragraphs={[0, 3, 4, 1.5]} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> paragraphs — 《测试法》第 3 条只有 3 款，没有第 0、4、1.5 款，应当写 paragraphs={[1]} 这样 1 到 3 之间的款号',
    ]);
    expect(check('<LawArticle law="测试法" article={2} items={[]} paragraphs={[ ]} />')).toEqual([]);
    // Article 2's items belong to its first paragraph: it has two.
    expect(check('<LawArticle law="测试法" article={2} paragraphs={[2]} />')).toEqual([]);
    expect(check('<LawArticle law="测试法" article={1} paragraphs={[2]} />')).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> paragraphs — 《测试法》第 1 条只有 1 款，没有第 2 款，应当写 paragraphs={[1]} 这样 1 到 1 之间的款号，或去掉 paragraphs',
    ]);
  });
});

describe('figures and hotlines', () => {
  it('leaves fragments and HTML tags alone', () => {
    expect(check('<>文字</>\n\n<div>文字</div>')).toEqual([]);
  });

  it('passes the figures and hotlines the site has', () => {
    expect(check('<Stat id="homes" /> <KeyFigure id=" childrenInDifficulty " /> <Hotline number="12355" />')).toEqual(
      [],
    );
  });

  it('names an unknown figure: the close one alone, or all of them', () => {
    expect(check('<Stat id="hmoes" />')).toEqual([
      'content/pages/guide/x.mdx:5 <Stat> id — 没有编号为“hmoes”的统计数字，应当改成“homes”（您是不是想写“homes”？）',
    ]);
    expect(check('<KeyFigure id="leaflets" />')).toEqual([
      'content/pages/guide/x.mdx:5 <KeyFigure> id — 没有编号为“leaflets”的统计数字，应当写 homes、childrenInDifficulty 之一，或先在 stats.yaml 里添加',
    ]);
    expect(check('<Stat />')).toEqual([
      'content/pages/guide/x.mdx:5 <Stat> id — 没有编号为“”的统计数字，应当写 homes、childrenInDifficulty 之一，或先在 stats.yaml 里添加',
    ]);
  });

  it('names a hotline that site.yaml does not list', () => {
    expect(check('<Hotline number="12356" />')).toEqual([
      'content/pages/guide/x.mdx:5 <Hotline> number — 热线“12356”不在 site.yaml 的 hotlines 里，应当写 12345、12355 之一；您是不是想写“12355”？',
    ]);
    expect(check('<Hotline number="110" />')).toEqual([
      'content/pages/guide/x.mdx:5 <Hotline> number — 热线“110”不在 site.yaml 的 hotlines 里，应当写 12345、12355 之一',
    ]);
  });

  it('names a <Hotline> without its number', () => {
    expect(check('<Hotline />')).toEqual([
      'content/pages/guide/x.mdx:5 <Hotline> number — 热线“”不在 site.yaml 的 hotlines 里，应当写 12345、12355 之一',
    ]);
  });

  it('lists a figure without its id as an empty id, and nothing from a body MDX cannot read', () => {
    expect(figureCitations(readMdxBody('content/news/a.mdx', '<Stat />', 9))).toEqual([
      { tag: 'Stat', id: '', line: 9 },
    ]);
    expect(figureCitations(readMdxBody('content/news/a.mdx', '<Stat id="homes" /> {', 9))).toEqual([]);
  });

  it('lists the figures a body shows, each with its tag and line', () => {
    expect(
      figureCitations(
        readMdxBody(
          'content/news/a.mdx',
          '文字\n\n<Stat id="homes" />，<LawArticle article={1} />\n\n<KeyFigure id="childrenInDifficulty" />',
          9,
        ),
      ),
    ).toEqual([
      { tag: 'Stat', id: 'homes', line: 11 },
      { tag: 'KeyFigure', id: 'childrenInDifficulty', line: 13 },
    ]);
  });
});

describe('a quoted article needs the site’s own words beside it', () => {
  const quote = '<LawArticle law="测试法" article={1} />';
  const prose = (body: string) =>
    checkQuotesHaveProse(readMdxBody('content/pages/guide/x.mdx', body, 5)).map(formatProblem);

  it('counts twelve Chinese characters of the section as enough, eleven as too few', () => {
    expect(prose(`${quote}\n一二三四五六七八九十一二`)).toEqual([]);
    expect(prose(`${quote}\n一二三四五六七八九十一`)).toEqual([
      'content/pages/guide/x.mdx:5 <LawArticle> — 开头这一节（第一个小标题之前）只有法律原文，没有自己的话，读者不一定看得懂。应当在原文前面或后面用大白话写一两句（至少 12 个字），说明这一条对家长意味着什么、要做什么',
    ]);
  });

  it('does not count the heading, tags, their attributes or link targets as own words', () => {
    const body = [
      '## 监护人的职责有哪些呢请看',
      '',
      '<LawArticle law="测试法" article={1} summary="这是一段很长的属性文字不算数" />',
      '[看看](/guide/监护人的职责很多很多很多/) <Callout title="标题里的字也不算自己的话">',
      '</Callout>',
    ].join('\n');
    expect(prose(body)).toEqual([
      'content/pages/guide/x.mdx:7 <LawArticle> — “## 监护人的职责有哪些呢请看”这一节只有法律原文，没有自己的话，读者不一定看得懂。应当在原文前面或后面用大白话写一两句（至少 12 个字），说明这一条对家长意味着什么、要做什么',
    ]);
  });

  it('judges each section from one heading to the next on its own, and only sections that quote', () => {
    const body = [
      '开头的这一段说明写得很长很长，足够十二个字了。',
      '',
      '### 第二节',
      quote,
      '',
      '#### 第三节没有引用',
      '这里没有原文。',
      '#第四节',
      quote,
      '原文后面写够十二个字的大白话说明就可以了。',
    ].join('\n');
    expect(prose(body).map((p) => p.split(' — ')[0])).toEqual(['content/pages/guide/x.mdx:8 <LawArticle>']);
  });
});

describe('a body MDX cannot read', () => {
  it('is reported once, by its syntax error, and by no other check', () => {
    const body = readMdxBody('content/handouts/x.mdx', '<LawArticle law="测试法" article={1} />\n\n{', 5);
    expect(check('<LawArticle law="测试法" article={1} />\n\n{').map((p) => p.split(' — ')[0])).toEqual([
      'content/pages/guide/x.mdx:7 {',
    ]);
    expect(checkQuotesHaveProse(body)).toEqual([]);
    expect(checkBackSide(body, { sheets: 2, line: 4 })).toEqual([]);
  });
});

describe('components in a plain Markdown file', () => {
  it('names each at its own line, inside a block of HTML too', () => {
    const body = '文字\n\n<div>\n说明\n<Stat id="homes" /> 和 <Hotline number="12355" />\n</div>';
    expect(check(body, 'content/lectures/x.md').map((p) => p.split(' — ')[0])).toEqual([
      'content/lectures/x.md:9 <Stat>',
      'content/lectures/x.md:9 <Hotline>',
    ]);
  });
});

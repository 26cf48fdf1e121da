/**
 * A page or handout not marked `local: true` stays when another district adopts the site, so the content
 * check refuses, line by line, what would be untrue there: the district's or city's name (in the
 * frontmatter, field by field, or in the body), a figure the district reported, a link to a marked page;
 * and a <District part="…" /> that would print nothing. On the invented district 溪桐市澄岭区.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/cross-check.ts';
import { checkDistrictParts, checkUnmarkedPage, districtWords } from '../../src/check/district-pages.ts';
import { readMdxBody } from '../../src/check/mdx-body.ts';

describe('the words that name the district', () => {
  it('are its name and city, each also without 区/市 when two characters are left, longest first', () => {
    expect(districtWords({ name: '澄岭区', city: '溪桐市' })).toEqual(['澄岭区', '溪桐市', '澄岭', '溪桐']);
  });

  it('ignore the spaces around a name, and a city left empty', () => {
    expect(districtWords({ name: ' 澄岭区 ', city: '  ' })).toEqual(['澄岭区', '澄岭']);
    expect(districtWords({ name: '', city: '' })).toEqual([]);
  });

  it('are none when site.yaml has no district, or no text for it', () => {
    expect(districtWords({})).toEqual([]);
    expect(districtWords({ name: 110, city: ['溪桐市'] })).toEqual([]);
  });

  it('shorten only names ending in 区, 县, 市, 旗, 州 or 盟, and never to a single character', () => {
    expect(districtWords({ name: '澄岭新城', city: '' })).toEqual(['澄岭新城']);
    expect(districtWords({ name: '澄县', city: '溪桐州' })).toEqual(['溪桐州', '澄县', '溪桐']);
    expect(districtWords({ name: '澄岭旗', city: '溪桐盟' })).toEqual(['澄岭旗', '溪桐盟', '澄岭', '溪桐']);
    expect(districtWords({ name: '澄岭镇', city: '' })).toEqual(['澄岭镇']);
  });
});

const FACTS = {
  words: ['澄岭区', '溪桐市', '澄岭', '溪桐'],
  reportedFigures: ['directorsReported', 'childrenInDifficulty'],
  localPaths: ['/policy/health-checks/', '/handouts/local-card/'],
};
const NAMED_FRONT = (word: string, what = '这一页') =>
  `${what}没有标成本区自己的内容，却写了“${word}”：讲法律、全国政策和热线的内容换个区也要用，不写区名。应当去掉“${word}”，或改成“本区”“当地”；${what}讲的是本区自己的工作、数字或本地服务时，应当在文件头加一行 local: true`;
const NAMED_BODY = (word: string, what = '这一页') =>
  `${what}没有标成本区自己的内容，却写了“${word}”：讲法律、全国政策和热线的内容换个区也要用，不写区名。要说本区的机构时写 <District />（显示 site.yaml 里的区名），例如“<District />民政局”；${what}讲的是本区自己的工作、数字或本地服务时，应当在文件头加一行 local: true`;
const FIGURE = (id: string) =>
  `“${id}”是本区报道的工作数字（stats.yaml），换个区就不对了。应当把这段写到本区自己的页面里（例如“关于我们”），或在文件头加一行 local: true`;
const LINK = (target: string, what = '这一页') =>
  `${what}各区通用，却链接到本区自己的页面 ${target}（那一页标了 local: true，换成别的区时会删掉，链接就断了）。应当去掉这个链接，或在文件头加一行 local: true`;

/** The check on a whole .mdx file, its body read as the content check reads it. */
function check(text: string, what: '这一页' | '这张宣传单' = '这一页'): string[] {
  const file = 'content/pages/guide/x.mdx';
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const body = readMdxBody(file, lines.slice(end + 1).join('\n'), end + 2);
  return checkUnmarkedPage(file, text, body, FACTS, what).map(formatProblem);
}

describe('an unmarked page that names the district', () => {
  it('names each frontmatter field that does, lines under a field included, but not the publisher', () => {
    const text = [
      '---', // 1
      'title: 澄岭区的暑假', // 2
      'publisher: 澄岭区民政局', // 3
      'keywords:', // 4
      '  - 暑假', // 5
      '  - 溪桐', // 6
      'summary: 讲给家长', // 7
      '---', // 8
      '',
      '正文。',
    ].join('\n');
    expect(check(text)).toEqual([
      `content/pages/guide/x.mdx:2 title — ${NAMED_FRONT('澄岭区')}`,
      `content/pages/guide/x.mdx:6 keywords — ${NAMED_FRONT('溪桐')}`,
    ]);
  });

  it('leaves every line under publisher alone, and names the next field again', () => {
    const text = ['---', 'publisher:', '  name: 澄岭区民政局', 'summary: 溪桐市的家长', '---', '', '正文。'].join('\n');
    expect(check(text)).toEqual([`content/pages/guide/x.mdx:4 summary — ${NAMED_FRONT('溪桐市')}`]);
  });

  it('names each body line that does, once, by the longest word on it, in the handout’s own words', () => {
    const text = ['---', 'title: 暑假', '---', '', '澄岭区和澄岭的孩子。', '', '溪桐的家长。'].join('\n');
    expect(check(text, '这张宣传单')).toEqual([
      `content/pages/guide/x.mdx:5 （正文） — ${NAMED_BODY('澄岭区', '这张宣传单')}`,
      `content/pages/guide/x.mdx:7 （正文） — ${NAMED_BODY('溪桐', '这张宣传单')}`,
    ]);
  });

  it('reads a file without frontmatter as body from its first line', () => {
    const messages = checkUnmarkedPage(
      'content/pages/guide/x.mdx',
      '澄岭的孩子。\ntitle: 溪桐',
      undefined,
      FACTS,
      '这一页',
    );
    expect(messages.map(formatProblem)).toEqual([
      `content/pages/guide/x.mdx:1 （正文） — ${NAMED_BODY('澄岭')}`,
      `content/pages/guide/x.mdx:2 （正文） — ${NAMED_BODY('溪桐')}`,
    ]);
  });

  it('reads a body line shaped like a field, and a "---" rule in the body, as body', () => {
    const noFrontmatter = checkUnmarkedPage(
      'content/pages/guide/x.mdx',
      '澄岭的孩子。\npublisher: 溪桐\n---\n正文',
      undefined,
      FACTS,
      '这一页',
    );
    expect(noFrontmatter.map(formatProblem)).toEqual([
      `content/pages/guide/x.mdx:1 （正文） — ${NAMED_BODY('澄岭')}`,
      `content/pages/guide/x.mdx:2 （正文） — ${NAMED_BODY('溪桐')}`,
    ]);
    expect(check(['---', 'title: 暑假', '---', '', 'publisher: 溪桐市的家长'].join('\n'))).toEqual([
      `content/pages/guide/x.mdx:5 （正文） — ${NAMED_BODY('溪桐市')}`,
    ]);
  });

  it('passes a page that names neither', () => {
    expect(check(['---', 'title: 暑假', '---', '', '本区的孩子。'].join('\n'))).toEqual([]);
  });
});

describe('an unmarked page that cites a reported figure', () => {
  it('names each <Stat>, <KeyFigure> and <FigureSource> id the district reported, and no counted figure', () => {
    const text = [
      '---',
      'title: 数字',
      '---',
      '', // 4
      '有<Stat id="directorsReported" />名，<Stat id="homes" />个。', // 5
      '',
      '<KeyFigure id="childrenInDifficulty" />', // 7
      '',
      '<FigureSource ids={["homes", "directorsReported", "childrenInDifficulty"]} />', // 9
      '',
      '<Callout id="directorsReported">说明</Callout>', // 11
    ].join('\n');
    expect(check(text)).toEqual([
      `content/pages/guide/x.mdx:5 <Stat> — ${FIGURE('directorsReported')}`,
      `content/pages/guide/x.mdx:7 <KeyFigure> — ${FIGURE('childrenInDifficulty')}`,
      `content/pages/guide/x.mdx:9 <FigureSource> — ${FIGURE('directorsReported')}`,
      `content/pages/guide/x.mdx:9 <FigureSource> — ${FIGURE('childrenInDifficulty')}`,
    ]);
  });

  it('says nothing of a <Stat> or <FigureSource> that names no id', () => {
    expect(check(['---', 'title: 数字', '---', '', '<Stat />', '', '<FigureSource />'].join('\n'))).toEqual([]);
  });
});

describe('an unmarked page that links to a marked page', () => {
  it('names a Markdown link or an href to it, written with or without the last slash, a query or an anchor', () => {
    const text = [
      '---',
      'title: 链接',
      '---',
      '', // 4
      '见[体检](/policy/health-checks/)。', // 5
      '',
      '见[体检](/policy/health-checks)。', // 7
      '',
      '见[体检](/policy/health-checks/?from=guide#when)。', // 9
      '',
      '<a href="/handouts/local-card">卡片</a>', // 11
      '',
      '见[别的](/policy/other/)和[办理](/policy/health-checks/apply/)。', // 13
    ].join('\n');
    expect(check(text)).toEqual([
      `content/pages/guide/x.mdx:5 （链接） — ${LINK('/policy/health-checks/')}`,
      `content/pages/guide/x.mdx:7 （链接） — ${LINK('/policy/health-checks/')}`,
      `content/pages/guide/x.mdx:9 （链接） — ${LINK('/policy/health-checks/')}`,
      `content/pages/guide/x.mdx:11 （链接） — ${LINK('/handouts/local-card/')}`,
    ]);
  });
});

describe('<District part>', () => {
  const parts = (body: string) =>
    checkDistrictParts(readMdxBody('content/pages/guide/x.mdx', body, 6)).map(formatProblem);

  it('accepts name, city, province or no part at all', () => {
    expect(
      parts('<District /> <District part="name" /> <District part="city" /> <District part="province" />'),
    ).toEqual([]);
  });

  it('names a part site.yaml does not have, on a <District> only', () => {
    expect(parts('文字\n\n<District part="county" /> <Stat part="county" />')).toEqual([
      'content/pages/guide/x.mdx:8 <District> part — part 写成了“county”，应当写 name（区名，可以不写）、city（所在城市）或 province（所在省份）',
    ]);
  });

  it('says nothing of a body MDX cannot read', () => {
    expect(parts('{')).toEqual([]);
  });
});

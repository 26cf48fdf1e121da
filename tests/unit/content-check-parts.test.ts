/**
 * Small parts of the content check, each on its own input: placeholders left by `npm run new`, a
 * lecture's topic against the chapter of the articles it says it explained, and a news post older than
 * every report of a figure it shows.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/cross-check.ts';
import { checkLectureTopic, citedArticles } from '../../src/check/lecture-topic.ts';
import { checkNewsFigures } from '../../src/check/news-figures.ts';
import { bodyPlaceholders, placeholderPaths } from '../../src/check/placeholders.ts';
import { parseLaw } from '../../src/lib/law.ts';

describe('placeholders', () => {
  it('finds every string still holding 待填写, at any depth, with its path', () => {
    expect(
      placeholderPaths({
        title: '待填写',
        count: 3,
        empty: null,
        done: true,
        speaker: { name: '某某', org: '待填写：单位' },
        hours: [{ open: '09:00' }, { open: '待填写' }],
        tags: ['甲', '待填写'],
      }),
    ).toEqual([['title'], ['speaker', 'org'], ['hours', 1, 'open'], ['tags', 1]]);
    expect(placeholderPaths('待填写')).toEqual([[]]);
    expect(placeholderPaths(7)).toEqual([]);
  });

  it('names each body line still holding it', () => {
    expect(bodyPlaceholders('content/news/a.mdx', '第一段。\n\n待填写\n待填写第二段', 8).map(formatProblem)).toEqual([
      'content/news/a.mdx:10 （正文） — 正文里还有占位文字“待填写”，应当换成要发布的内容',
      'content/news/a.mdx:11 （正文） — 正文里还有占位文字“待填写”，应当换成要发布的内容',
    ]);
  });
});

describe('a lecture’s topic and the articles it explained', () => {
  const LAW = parseLaw(
    [
      '# 中华人民共和国未成年人保护法',
      '## 第一章 总则',
      '第一条 总则。',
      '## 第二章　家庭保护',
      '第二条 家庭。',
      '第三条 家庭。',
      '## 第三章 学校保护',
      '第四条 学校。',
      '第五条 学校。',
    ].join('\n'),
  );
  const topic = (t: string, body: string) =>
    checkLectureTopic('content/lectures/a.md', 4, t, body, LAW).map(formatProblem);

  it('reads the articles cited after the law’s name, up to the end of the sentence', () => {
    expect(citedArticles('讲解《未成年人保护法》第二条、第十六条和第一百零二条。还讲了第五条。')).toEqual([2, 16, 102]);
    expect(citedArticles('《家庭教育促进法》第二条')).toEqual([]);
  });

  it('accepts a topic whose chapter holds one of the cited articles, and 监护职责 for the family chapter', () => {
    expect(topic('学校保护', '讲解《未成年人保护法》第二条、第四条。')).toEqual([]);
    expect(topic('监护职责', '讲解《未成年人保护法》第三条。')).toEqual([]);
    expect(topic('学校保护', '没有引用条文。')).toEqual([]);
    // 总则 is no chapter of protection, and an article the law lacks has no chapter: neither decides.
    expect(topic('学校保护', '讲解《未成年人保护法》第一条、第九十九条。')).toEqual([]);
  });

  it('names the chapter the cited articles are in, and only its articles', () => {
    expect(topic('家庭保护', '讲解《未成年人保护法》第四条、第五条、第一条。')).toEqual([
      'content/lectures/a.md:4 topic — 主题写的是“家庭保护”，但正文讲的《未成年人保护法》第四条、第五条在“学校保护”一章，应当把 topic 改成“学校保护”，或在正文里写清讲的是哪一条',
    ]);
  });

  it('names the chapter of the first cited article, listing only the articles in that chapter', () => {
    expect(topic('社会保护', '讲解《未成年人保护法》第四条、第二条、第五条。')).toEqual([
      'content/lectures/a.md:4 topic — 主题写的是“社会保护”，但正文讲的《未成年人保护法》第四条、第五条在“学校保护”一章，应当把 topic 改成“学校保护”，或在正文里写清讲的是哪一条',
    ]);
  });

  it('reads a chapter’s name after 第…章 however many characters its number has, with or without a space', () => {
    const law = parseLaw(
      [
        '# 中华人民共和国未成年人保护法',
        '## 第十二章 司法保护',
        '第一条 司法。',
        '## 第十三章网络保护',
        '第二条 网络。',
      ].join('\n'),
    );
    const check = (t: string, body: string) =>
      checkLectureTopic('content/lectures/a.md', 4, t, body, law).map((p) => p.message);
    expect(check('司法保护', '讲解《未成年人保护法》第一条。')).toEqual([]);
    expect(check('网络保护', '讲解《未成年人保护法》第二条。')).toEqual([]);
    expect(check('家庭保护', '讲解《未成年人保护法》第二条。')).toEqual([
      '主题写的是“家庭保护”，但正文讲的《未成年人保护法》第二条在“网络保护”一章，应当把 topic 改成“网络保护”，或在正文里写清讲的是哪一条',
    ]);
  });

  it('says nothing without the law to look in', () => {
    expect(checkLectureTopic('content/lectures/a.md', 4, '家庭保护', '《未成年人保护法》第四条', undefined)).toEqual(
      [],
    );
  });
});

describe('a news post and the reports of its figures', () => {
  const reports = [
    { id: 'childrenInDifficulty', asOf: '2025-11-15', earlier: [{ asOf: '2024-11-15' }] },
    { id: 'purchasedServices', asOf: '2024-11-15', earlier: [] },
  ];
  const cite = (id: string) => [{ tag: 'Stat', id, line: 9 }];

  it('accepts a post dated on or after a figure’s earliest report, and figures counted from the site', () => {
    expect(checkNewsFigures('content/news/a.mdx', '2024-11-15', cite('childrenInDifficulty'), reports)).toEqual([]);
    expect(checkNewsFigures('content/news/a.mdx', '2020-01-01', cite('lecturesHeld'), reports)).toEqual([]);
  });

  it('names a post older than every report of the figure it shows, with that figure’s earliest date', () => {
    expect(
      checkNewsFigures(
        'content/news/a.mdx',
        '2024-11-14',
        [...cite('childrenInDifficulty'), { tag: 'KeyFigure', id: 'purchasedServices', line: 12 }],
        reports,
      ).map(formatProblem),
    ).toEqual([
      'content/news/a.mdx:9 <Stat> id — 统计数字“childrenInDifficulty”最早的截至日期是 2024-11-15，晚于这篇动态的发布日期 2024-11-14，动态没有发布那天的数字：应当在 stats.yaml 里这一项的 earlier 下补上当时的数值、截至日期和来源，或者改用别的数字',
      'content/news/a.mdx:12 <KeyFigure> id — 统计数字“purchasedServices”最早的截至日期是 2024-11-15，晚于这篇动态的发布日期 2024-11-14，动态没有发布那天的数字：应当在 stats.yaml 里这一项的 earlier 下补上当时的数值、截至日期和来源，或者改用别的数字',
    ]);
  });
});

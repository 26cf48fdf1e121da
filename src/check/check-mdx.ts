/**
 * What an MDX body cites: statute articles and items (<LawArticle>), figures (<Stat>, <KeyFigure>) and
 * hotlines (<Hotline>). An unknown one fails the check, naming the file and line. Also where a two-sided
 * handout's back begins (<BackSide />): exactly once on a `sheets: 2` handout, nowhere else.
 */
import { articleStructure, type Law } from '../lib/law.ts';
import type { ContentProblem } from './cross-check.ts';
import { suggest } from './suggest.ts';

interface Known {
  laws: Map<string, Law>;
  figureIds: string[];
  hotlines: string[];
}

const TAG = /<(LawArticle|Stat|KeyFigure|Hotline)\b([^>]*)>/g;

/** The components MDX files may use without importing them (src/components/mdx/index.ts). */
export const MDX_COMPONENTS = [
  'BackSide',
  'Callout',
  'Hotline',
  'KeyFigure',
  'LawArticle',
  'ServiceCard',
  'Stat',
  'Steps',
];
/** The marker before the first line of a two-sided handout's back (src/components/mdx/BackSide.astro). */
export const BACK_SIDE = 'BackSide';
// A capitalised tag at the start of a JSX element; HTML tags are lowercase.
const COMPONENT = /<([A-Z][A-Za-z0-9]*)\b/g;
// MDX cannot start a tag with a Chinese character and stops the build with an English message: either a
// component named in Chinese (<背面 />) or a less-than sign in prose (年龄<十四岁).
const HAN_AFTER_LT = /<(\p{Script=Han}[\p{L}\p{N}]*)/gu;
/** Names an editor may reach for in Chinese, and the component meant. */
const CHINESE_NAMES: Record<string, string> = { 背面: BACK_SIDE, 反面: BACK_SIDE, 背页: BACK_SIDE };

const didYouMean = (word: string, known: readonly string[]) => {
  const hint = suggest(word, known);
  return hint ? `；您是不是想写“${hint}”？` : '';
};

function prop(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|\\{([^}]*)\\})`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? '').trim() : undefined;
}

/** The file line of an index into a body that starts at bodyLine. */
const lineFinder = (body: string, bodyLine: number) => (index: number | undefined) =>
  bodyLine + body.slice(0, index).split('\n').length - 1;

export function checkMdxBody(file: string, body: string, bodyLine: number, known: Known): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineAt = lineFinder(body, bodyLine);
  for (const match of body.matchAll(COMPONENT)) {
    const name = match[1] ?? '';
    if (!MDX_COMPONENTS.includes(name)) {
      problems.push({
        file,
        line: lineAt(match.index),
        field: `<${name}>`,
        message: `没有名为“${name}”的组件，应当写 ${MDX_COMPONENTS.join('、')} 之一${didYouMean(name, MDX_COMPONENTS)}`,
      });
    }
  }
  // Plain Markdown (.md) prints a "<" as it is; only MDX reads it as a tag.
  for (const match of file.endsWith('.mdx') ? body.matchAll(HAN_AFTER_LT) : []) {
    const name = match[1] ?? '';
    const meant = CHINESE_NAMES[name];
    problems.push(
      meant
        ? {
            file,
            line: lineAt(match.index),
            field: `<${name}>`,
            message: `没有名为“${name}”的组件（组件名要用英文字母写），应当写 <${meant} />`,
          }
        : {
            file,
            line: lineAt(match.index),
            field: '<',
            message: '“<”后面紧跟着汉字，会被当成组件的开头而无法构建，应当写成全角的“＜”或“小于”',
          },
    );
  }
  // An element left open swallows the rest of the page: the build fails with an English message.
  const open = new Map<string, number[]>();
  for (const match of body.matchAll(/<(\/?)([A-Z][A-Za-z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    const stack = open.get(name) ?? [];
    open.set(name, stack);
    if (selfClosing) continue;
    if (!closing) stack.push(lineAt(match.index));
    else if (stack.pop() === undefined) {
      problems.push({
        file,
        line: lineAt(match.index),
        field: `</${name}>`,
        message: `这里的 </${name}> 前面没有对应的 <${name}>，应当删除它，或在前面补上 <${name}>`,
      });
    }
  }
  for (const [name, lines] of open) {
    for (const line of lines) {
      problems.push({
        file,
        line,
        field: `<${name}>`,
        message: `<${name}> 没有结束，应当在这段内容后面另起一行写 </${name}>；不包内容时写成 <${name} … />`,
      });
    }
  }
  for (const match of body.matchAll(TAG)) {
    const [, tag = '', attrs = ''] = match;
    const line = lineAt(match.index);
    const report = (field: string, message: string) =>
      problems.push({ file, line, field: `<${tag}> ${field}`, message });
    if (tag === 'LawArticle') {
      const lawName = prop(attrs, 'law') ?? '未成年人保护法';
      const law = known.laws.get(lawName);
      if (!law) {
        report(
          'law',
          `没有名为“${lawName}”的法律，应当写 ${[...known.laws.keys()].join('、')} 之一${didYouMean(lawName, [...known.laws.keys()])}`,
        );
        continue;
      }
      const number = Number(prop(attrs, 'article'));
      const article = law.articles.find((a) => a.number === number);
      if (!article) {
        report(
          'article',
          `《${lawName}》没有第 ${prop(attrs, 'article') ?? '?'} 条，应当写 1 到 ${law.articles.length} 之间的条号，例如 article={16}`,
        );
        continue;
      }
      const numbers = (name: string) =>
        prop(attrs, name)
          ?.replace(/[[\]\s]/g, '')
          .split(',')
          .filter(Boolean)
          .map(Number);
      const items = numbers('items');
      if (items !== undefined) {
        const missing = items.filter((n) => article.items[n] === undefined);
        const count = Object.keys(article.items).length;
        if (missing.length > 0)
          report(
            'items',
            `《${lawName}》第 ${number} 条${count ? `只有 ${count} 项` : '没有分项'}，没有第 ${missing.join('、')} 项，应当写 items={[1, 2]} 这样的已有项号${count ? '' : '，或去掉 items'}`,
          );
      }
      const paragraphs = numbers('paragraphs');
      if (paragraphs !== undefined) {
        const count = articleStructure(article).paragraphs.length;
        const missing = paragraphs.filter((k) => !Number.isInteger(k) || k < 1 || k > count);
        if (missing.length > 0)
          report(
            'paragraphs',
            `《${lawName}》第 ${number} 条只有 ${count} 款，没有第 ${missing.join('、')} 款，应当写 paragraphs={[1]} 这样 1 到 ${count} 之间的款号${count > 1 ? '' : '，或去掉 paragraphs'}`,
          );
      }
    } else if (tag === 'Stat' || tag === 'KeyFigure') {
      const id = prop(attrs, 'id') ?? '';
      if (!known.figureIds.includes(id)) {
        const hint = suggest(id, known.figureIds);
        // With a close match, name it alone: the full list grows with stats.yaml and would bury it.
        report(
          'id',
          hint
            ? `没有编号为“${id}”的统计数字，应当改成“${hint}”（您是不是想写“${hint}”？）`
            : `没有编号为“${id}”的统计数字，应当写 ${known.figureIds.join('、')} 之一，或先在 stats.yaml 里添加`,
        );
      }
    } else if (tag === 'Hotline') {
      const number = prop(attrs, 'number') ?? '';
      if (!known.hotlines.includes(number))
        report(
          'number',
          `热线“${number}”不在 site.yaml 的 hotlines 里，应当写 ${known.hotlines.join('、')} 之一${didYouMean(number, known.hotlines)}`,
        );
    }
  }
  return problems;
}

/** The figures a body shows (<Stat id="…" />, <KeyFigure id="…" />), each with its file line. */
export function figureCitations(body: string, bodyLine: number): { tag: string; id: string; line: number }[] {
  const lineAt = lineFinder(body, bodyLine);
  return [...body.matchAll(TAG)]
    .filter(([, tag]) => tag === 'Stat' || tag === 'KeyFigure')
    .map((match) => ({ tag: match[1]!, id: prop(match[2] ?? '', 'id') ?? '', line: lineAt(match.index) }));
}

/** Where a handout file is and what it promises; absent for every other page. */
export interface HandoutSheets {
  sheets: number;
  /** The line of `sheets:` in the frontmatter, where a missing marker is reported. */
  line: number;
}

/**
 * The back-side marker: a `sheets: 2` handout marks where its back begins exactly once, with something
 * printed on both sides of it; a one-sided handout or a web page has no back. Without the marker the
 * front runs on into the back and staff printing double-sided get the wrong halves on each side.
 */
export function checkBackSide(file: string, body: string, bodyLine: number, handout?: HandoutSheets): ContentProblem[] {
  const lineAt = lineFinder(body, bodyLine);
  const tag = `<${BACK_SIDE} />`;
  const markers = [...body.matchAll(new RegExp(`<${BACK_SIDE}\\b[^>]*>`, 'g'))].map((m) => ({
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const at = (index: number, message: string): ContentProblem => ({
    file,
    line: lineAt(index),
    field: `<${BACK_SIDE}>`,
    message,
  });
  if (!handout)
    return markers.map((m) =>
      at(
        m.index,
        `网页不分正反面，${tag} 只用在正反两面的宣传单（content/handouts/ 里写 sheets: 2 的文件）里，应当删除它`,
      ),
    );
  if (handout.sheets !== 2)
    return markers.map((m) =>
      at(
        m.index,
        `这张宣传单是单面的（sheets: ${handout.sheets}），没有背面，应当删除 ${tag}；要印正反两面时把 sheets 改为 2`,
      ),
    );
  const [first, ...extra] = markers;
  if (!first) {
    return [
      {
        file,
        line: handout.line,
        field: 'sheets',
        message: `正反两面的宣传单（sheets: 2）要标出背面从哪里开始，应当在正文里背面第一个小标题的上一行单独写一行 ${tag}；只印一面时把 sheets 改为 1`,
      },
    ];
  }
  const problems = extra.map((m) =>
    at(m.index, `一张纸只有一个背面，${tag} 只能写一次（第 ${lineAt(first.index)} 行已经写了），应当删除这一处`),
  );
  if (body.slice(0, first.index).trim() === '')
    problems.push(at(first.index, `${tag} 前面没有内容，正面会是空白，应当把它移到背面第一个小标题的上一行`));
  if (body.slice(first.end).trim() === '')
    problems.push(
      at(
        first.index,
        `${tag} 后面没有内容，背面会是空白，应当把它移到背面第一个小标题的上一行；只印一面时删除它并把 sheets 改为 1`,
      ),
    );
  return problems;
}

/** How many Chinese characters of the site's own words a section with a quoted article needs at least. */
export const PROSE_MIN_HAN = 12;

/**
 * A quoted article never stands alone: statute language is hard going for the grandparents this site is
 * for, so the section (from one heading to the next) that quotes an article also says in the site's own
 * words what it means. Own words are the text outside components, their attributes and link targets;
 * text inside a <Callout> or <Steps> counts.
 */
export function checkQuotesHaveProse(file: string, body: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = body.split('\n');
  let start = 0;
  const sections: { heading: string | undefined; from: number; to: number }[] = [];
  let heading: string | undefined;
  lines.forEach((line, i) => {
    if (/^#{1,6}\s/.test(line)) {
      sections.push({ heading, from: start, to: i });
      heading = line.trim();
      start = i;
    }
  });
  sections.push({ heading, from: start, to: lines.length });
  for (const section of sections) {
    const text = lines.slice(section.from, section.to).join('\n');
    const quotes = [...text.matchAll(/<LawArticle\b/g)];
    if (quotes.length === 0) continue;
    const own = text
      .replace(/^#{1,6}\s.*$/m, '')
      .replace(/<[A-Za-z/][^>]*>/g, '')
      .replace(/\]\([^)]*\)/g, ']');
    const han = own.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han >= PROSE_MIN_HAN) continue;
    const where = section.heading ? `“${section.heading}”这一节` : '开头这一节（第一个小标题之前）';
    for (const quote of quotes) {
      const line = bodyLine + section.from + text.slice(0, quote.index).split('\n').length - 1;
      problems.push({
        file,
        line,
        field: '<LawArticle>',
        message: `${where}只有法律原文，没有自己的话，读者不一定看得懂。应当在原文前面或后面用大白话写一两句（至少 ${PROSE_MIN_HAN} 个字），说明这一条对家长意味着什么、要做什么`,
      });
    }
  }
  return problems;
}

/**
 * What an MDX body cites: statute articles and items (<LawArticle>), figures (<Stat>, <KeyFigure>) and
 * hotlines (<Hotline>), and which components it uses at all. An unknown one fails the check, naming the
 * file and line. Also where a two-sided handout's back begins (<BackSide />): exactly once on a
 * `sheets: 2` handout, nowhere else. Each check reads the body's syntax tree (mdx-body.ts), so a tag
 * written inside code is not a tag.
 */
import { BACK_SIDE, MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { articleStructure, type Law } from '../lib/law.ts';
import type { ContentProblem } from './cross-check.ts';
import { attribute, hanTagProblem, jsxElements, lineOf, startsWithHan, walk, type MdxBody } from './mdx-body.ts';
import { suggest } from './suggest.ts';

interface Known {
  laws: Map<string, Law>;
  figureIds: string[];
  hotlines: string[];
}

const COMPONENTS: readonly string[] = MDX_COMPONENT_NAMES;

const didYouMean = (word: string, known: readonly string[]) => {
  const hint = suggest(word, known);
  return hint ? `；您是不是想写“${hint}”？` : '';
};

/** A capitalised tag in plain Markdown (.md), where it is HTML: printed as it is, never a component. */
function componentsInMarkdown(body: MdxBody): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!body.tree) return problems;
  walk(body.tree, (node) => {
    if (node.type !== 'html') return;
    for (const match of node.value.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      const name = match[1]!;
      problems.push({
        file: body.file,
        line: lineOf(body, node) + node.value.slice(0, match.index).split('\n').length - 1,
        field: `<${name}>`,
        message: `组件只能用在 .mdx 文件里，.md 文件会把 <${name}> 原样留在页面上；应当把文件扩展名改为 .mdx，或删除它`,
      });
    }
  });
  return problems;
}

export function checkMdxBody(body: MdxBody, known: Known): ContentProblem[] {
  const { file, tree } = body;
  const problems = [...body.problems];
  if (!tree) return problems;
  if (!file.endsWith('.mdx')) return [...problems, ...componentsInMarkdown(body)];
  for (const element of jsxElements(tree)) {
    const tag = element.name;
    // Fragments (<>…</>) and HTML tags, which are lowercase, are not components.
    if (!tag || /^[a-z]/.test(tag)) continue;
    const line = lineOf(body, element);
    if (startsWithHan(tag)) {
      problems.push(hanTagProblem(file, line, tag));
      continue;
    }
    if (!COMPONENTS.includes(tag)) {
      problems.push({
        file,
        line,
        field: `<${tag}>`,
        message: `没有名为“${tag}”的组件，应当写 ${COMPONENTS.join('、')} 之一${didYouMean(tag, COMPONENTS)}`,
      });
      continue;
    }
    const prop = (name: string) => attribute(element, name);
    const report = (field: string, message: string) =>
      problems.push({ file, line, field: `<${tag}> ${field}`, message });
    if (tag === 'LawArticle') {
      const lawName = prop('law') ?? '未成年人保护法';
      const law = known.laws.get(lawName);
      if (!law) {
        report(
          'law',
          `没有名为“${lawName}”的法律，应当写 ${[...known.laws.keys()].join('、')} 之一${didYouMean(lawName, [...known.laws.keys()])}`,
        );
        continue;
      }
      const number = Number(prop('article'));
      const article = law.articles.find((a) => a.number === number);
      if (!article) {
        report(
          'article',
          `《${lawName}》没有第 ${prop('article') ?? '?'} 条，应当写 1 到 ${law.articles.length} 之间的条号，例如 article={16}`,
        );
        continue;
      }
      const numbers = (name: string) =>
        prop(name)
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
      const id = prop('id') ?? '';
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
      const number = prop('number') ?? '';
      // No hotline read from site.yaml: that file's own problem says so, once, not at every page.
      if (known.hotlines.length > 0 && !known.hotlines.includes(number))
        report(
          'number',
          `热线“${number}”不在 site.yaml 的 hotlines 里，应当写 ${known.hotlines.join('、')} 之一${didYouMean(number, known.hotlines)}`,
        );
    }
  }
  return problems;
}

/** The figures a body shows (<Stat id="…" />, <KeyFigure id="…" />), each with its file line. */
export function figureCitations(body: MdxBody): { tag: string; id: string; line: number }[] {
  if (!body.tree) return [];
  return jsxElements(body.tree)
    .filter((element) => element.name === 'Stat' || element.name === 'KeyFigure')
    .map((element) => ({ tag: element.name!, id: attribute(element, 'id') ?? '', line: lineOf(body, element) }));
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
export function checkBackSide(body: MdxBody, handout?: HandoutSheets): ContentProblem[] {
  const { file, tree } = body;
  if (!tree) return [];
  const tag = `<${BACK_SIDE} />`;
  const markers = jsxElements(tree)
    .filter((e) => e.name === BACK_SIDE)
    .map((e) => ({ line: lineOf(body, e), index: e.position?.start.offset ?? 0, end: e.position?.end.offset ?? 0 }));
  const at = (marker: { line: number }, message: string): ContentProblem => ({
    file,
    line: marker.line,
    field: `<${BACK_SIDE}>`,
    message,
  });
  if (!handout)
    return markers.map((m) =>
      at(m, `网页不分正反面，${tag} 只用在正反两面的宣传单（content/handouts/ 里写 sheets: 2 的文件）里，应当删除它`),
    );
  if (handout.sheets !== 2)
    return markers.map((m) =>
      at(
        m,
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
    at(m, `一张纸只有一个背面，${tag} 只能写一次（第 ${first.line} 行已经写了），应当删除这一处`),
  );
  if (body.text.slice(0, first.index).trim() === '')
    problems.push(at(first, `${tag} 前面没有内容，正面会是空白，应当把它移到背面第一个小标题的上一行`));
  if (body.text.slice(first.end).trim() === '')
    problems.push(
      at(
        first,
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
export function checkQuotesHaveProse(body: MdxBody): ContentProblem[] {
  const { file, tree } = body;
  if (!tree) return [];
  const lines = body.text.split('\n');
  const sections: { heading: string | undefined; han: number; quotes: number[] }[] = [
    { heading: undefined, han: 0, quotes: [] },
  ];
  walk(tree, (node, ancestors) => {
    const section = sections.at(-1)!;
    if (node.type === 'heading')
      sections.push({ heading: lines[(node.position?.start.line ?? 1) - 1]?.trim(), han: 0, quotes: [] });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'LawArticle') section.quotes.push(lineOf(body, node));
    } else if (node.type === 'text' && !ancestors.some((a) => a.type === 'heading'))
      section.han += node.value.match(/\p{Script=Han}/gu)?.length ?? 0;
  });
  const problems: ContentProblem[] = [];
  for (const section of sections) {
    if (section.quotes.length === 0 || section.han >= PROSE_MIN_HAN) continue;
    const where = section.heading ? `“${section.heading}”这一节` : '开头这一节（第一个小标题之前）';
    for (const line of section.quotes) {
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

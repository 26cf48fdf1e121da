/**
 * What an MDX body cites: statute articles and items (<LawArticle>), figures (<Stat>, <KeyFigure>) and
 * hotlines (<Hotline>). An unknown one fails the check, naming the file and line.
 */
import type { Law } from '../lib/law.ts';
import type { ContentProblem } from './cross-check.ts';
import { suggest } from './suggest.ts';

interface Known {
  laws: Map<string, Law>;
  figureIds: string[];
  hotlines: string[];
}

const TAG = /<(LawArticle|Stat|KeyFigure|Hotline)\b([^>]*)>/g;

/** The components MDX files may use without importing them (src/components/mdx/index.ts). */
export const MDX_COMPONENTS = ['Callout', 'Hotline', 'KeyFigure', 'LawArticle', 'ServiceCard', 'Stat', 'Steps'];
// A capitalised tag at the start of a JSX element; HTML tags are lowercase.
const COMPONENT = /<([A-Z][A-Za-z0-9]*)\b/g;

const didYouMean = (word: string, known: readonly string[]) => {
  const hint = suggest(word, known);
  return hint ? `；您是不是想写“${hint}”？` : '';
};

function prop(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|\\{([^}]*)\\})`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? '').trim() : undefined;
}

export function checkMdxBody(file: string, body: string, bodyLine: number, known: Known): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineAt = (index: number | undefined) => bodyLine + body.slice(0, index).split('\n').length - 1;
  for (const match of body.matchAll(COMPONENT)) {
    const name = match[1] ?? '';
    if (!MDX_COMPONENTS.includes(name)) {
      problems.push({ file, line: lineAt(match.index), field: `<${name}>`, message: `没有名为“${name}”的组件，应当写 ${MDX_COMPONENTS.join('、')} 之一${didYouMean(name, MDX_COMPONENTS)}` });
    }
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
      problems.push({ file, line: lineAt(match.index), field: `</${name}>`, message: `这里的 </${name}> 前面没有对应的 <${name}>，应当删除它，或在前面补上 <${name}>` });
    }
  }
  for (const [name, lines] of open) {
    for (const line of lines) {
      problems.push({ file, line, field: `<${name}>`, message: `<${name}> 没有结束，应当在这段内容后面另起一行写 </${name}>；不包内容时写成 <${name} … />` });
    }
  }
  for (const match of body.matchAll(TAG)) {
    const [, tag = '', attrs = ''] = match;
    const line = lineAt(match.index);
    const report = (field: string, message: string) => problems.push({ file, line, field: `<${tag}> ${field}`, message });
    if (tag === 'LawArticle') {
      const lawName = prop(attrs, 'law') ?? '未成年人保护法';
      const law = known.laws.get(lawName);
      if (!law) {
        report('law', `没有名为“${lawName}”的法律，应当写 ${[...known.laws.keys()].join('、')} 之一${didYouMean(lawName, [...known.laws.keys()])}`);
        continue;
      }
      const number = Number(prop(attrs, 'article'));
      const article = law.articles.find((a) => a.number === number);
      if (!article) {
        report('article', `《${lawName}》没有第 ${prop(attrs, 'article') ?? '?'} 条，应当写 1 到 ${law.articles.length} 之间的条号，例如 article={16}`);
        continue;
      }
      const items = prop(attrs, 'items');
      if (items !== undefined) {
        const numbers = items.replace(/[[\]\s]/g, '').split(',').filter(Boolean).map(Number);
        const missing = numbers.filter((n) => article.items[n] === undefined);
        const count = Object.keys(article.items).length;
        if (missing.length > 0) report('items', `《${lawName}》第 ${number} 条${count ? `只有 ${count} 项` : '没有分项'}，没有第 ${missing.join('、')} 项，应当写 items={[1, 2]} 这样的已有项号${count ? '' : '，或去掉 items'}`);
      }
    } else if (tag === 'Stat' || tag === 'KeyFigure') {
      const id = prop(attrs, 'id') ?? '';
      if (!known.figureIds.includes(id)) {
        const hint = suggest(id, known.figureIds);
        // With a close match, name it alone: the full list grows with stats.yaml and would bury it.
        report('id', hint ? `没有编号为“${id}”的统计数字，应当改成“${hint}”（您是不是想写“${hint}”？）` : `没有编号为“${id}”的统计数字，应当写 ${known.figureIds.join('、')} 之一，或先在 stats.yaml 里添加`);
      }
    } else if (tag === 'Hotline') {
      const number = prop(attrs, 'number') ?? '';
      if (!known.hotlines.includes(number)) report('number', `热线“${number}”不在 site.yaml 的 hotlines 里，应当写 ${known.hotlines.join('、')} 之一${didYouMean(number, known.hotlines)}`);
    }
  }
  return problems;
}

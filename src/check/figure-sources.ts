/**
 * Every figure shows where it comes from, in text a reader can see: a <Stat> in a sentence (its title
 * reaches mouse users only), or a <KeyFigure note={false}> card, needs its source on the same page —
 * a <FigureSource ids={[…]} /> that names it, or a <KeyFigure> card of it that shows its own note.
 * Phones, print and read-aloud then carry the source too.
 */
import type { ContentProblem } from './cross-check.ts';
import { attribute, attributeList, jsxElements, lineOf, type MdxBody } from './mdx-body.ts';
import { suggest } from './suggest.ts';

export function checkFigureSources(body: MdxBody, figureIds: string[]): ContentProblem[] {
  const { file, tree } = body;
  if (!tree) return [];
  const problems: ContentProblem[] = [];
  const sourced = new Set<string>();
  const needing: { tag: string; id: string; line: number }[] = [];
  for (const element of jsxElements(tree)) {
    const tag = element.name;
    const line = lineOf(body, element);
    if (tag === 'FigureSource') {
      const ids = attributeList(element, 'ids');
      if (ids.length === 0)
        problems.push({
          file,
          line,
          field: '<FigureSource> ids',
          message:
            '没有写要说明来源的数字，应当写成 <FigureSource ids={["编号"]} />，编号和这一段里 <Stat id="…" /> 的相同',
        });
      for (const id of ids) {
        sourced.add(id);
        if (figureIds.includes(id)) continue;
        const hint = suggest(id, figureIds);
        problems.push({
          file,
          line,
          field: '<FigureSource> ids',
          message: hint
            ? `没有编号为“${id}”的统计数字，应当改成“${hint}”（您是不是想写“${hint}”？）`
            : `没有编号为“${id}”的统计数字，应当写 ${figureIds.join('、')} 之一`,
        });
      }
    } else if (tag === 'Stat' || tag === 'KeyFigure') {
      const id = attribute(element, 'id') ?? '';
      if (tag === 'KeyFigure' && attribute(element, 'note') !== 'false') sourced.add(id);
      else needing.push({ tag, id, line });
    }
  }
  // An unknown id is reported once, by the check of the ids themselves (check-mdx.ts).
  for (const { tag, id, line } of needing) {
    if (sourced.has(id) || !figureIds.includes(id)) continue;
    problems.push({
      file,
      line,
      field: `<${tag}> id`,
      message: `数字“${id}”没有写出来源：手机、打印和朗读都看不到鼠标提示。应当在这一段下面另起一行写 <FigureSource ids={["${id}"]} />（显示“以上数字”从哪里来），一段里有几个数字就把编号都写上`,
    });
  }
  return problems;
}

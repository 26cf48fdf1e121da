/**
 * Every figure on a page shows its source in text a reader can see: a <Stat>, or a <KeyFigure
 * note={false}>, needs a <FigureSource ids={[…]} /> naming it somewhere on the page, or a <KeyFigure>
 * card of it that shows its own note. A <FigureSource> names known figures, at least one.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/cross-check.ts';
import { checkFigureSources } from '../../src/check/figure-sources.ts';
import { readMdxBody } from '../../src/check/mdx-body.ts';

const FIGURES = ['homes', 'lecturesHeld', 'childrenInDifficulty'];
/** The check's messages for a body starting on line 6 of its file. */
const check = (body: string) =>
  checkFigureSources(readMdxBody('content/pages/about/x.mdx', body, 6), FIGURES).map(formatProblem);
const UNSOURCED = (id: string) =>
  `数字“${id}”没有写出来源：手机、打印和朗读都看不到鼠标提示。应当在这一段下面另起一行写 <FigureSource ids={["${id}"]} />（显示“以上数字”从哪里来），一段里有几个数字就把编号都写上`;

describe('a figure and its source', () => {
  it('passes a <Stat> named by a <FigureSource> after it or before it', () => {
    expect(check('全区有<Stat id="homes" />个。\n\n<FigureSource ids={["homes"]} />')).toEqual([]);
    expect(check('<FigureSource ids={["homes"]} />\n\n全区有<Stat id="homes" />个。')).toEqual([]);
  });

  it('passes a <Stat> of a figure a <KeyFigure> card on the page shows with its note', () => {
    expect(check('<KeyFigure id="homes" />\n\n全区有<Stat id="homes" />个。')).toEqual([]);
    expect(check('<KeyFigure id="homes" note={true} />\n\n<Stat id="homes" />')).toEqual([]);
  });

  it('names a <Stat> and a <KeyFigure note={false}> whose source nothing shows, at their lines', () => {
    expect(
      check(
        [
          '全区有<Stat id="lecturesHeld" />场。', // 6
          '',
          '<KeyFigure id="homes" note={false} />', // 8
          '',
          '<FigureSource ids={["childrenInDifficulty"]} />', // 10
        ].join('\n'),
      ),
    ).toEqual([
      `content/pages/about/x.mdx:6 <Stat> id — ${UNSOURCED('lecturesHeld')}`,
      `content/pages/about/x.mdx:8 <KeyFigure> id — ${UNSOURCED('homes')}`,
    ]);
  });

  it('does not count a card without its note as a source, nor another element’s ids', () => {
    expect(
      check('<KeyFigure id="homes" note={false} />\n\n<Stat id="homes" /><Callout ids={["homes"]}>说明</Callout>'),
    ).toEqual([
      `content/pages/about/x.mdx:6 <KeyFigure> id — ${UNSOURCED('homes')}`,
      `content/pages/about/x.mdx:8 <Stat> id — ${UNSOURCED('homes')}`,
    ]);
  });

  it('leaves an unknown id to the check of the ids themselves', () => {
    expect(check('<Stat id="nothing" />')).toEqual([]);
  });
});

describe('<FigureSource> ids', () => {
  it('names a <FigureSource> that names no figure', () => {
    const empty =
      'content/pages/about/x.mdx:6 <FigureSource> ids — 没有写要说明来源的数字，应当写成 <FigureSource ids={["编号"]} />，编号和这一段里 <Stat id="…" /> 的相同';
    expect(check('<FigureSource />')).toEqual([empty]);
    expect(check('<FigureSource ids={[]} />')).toEqual([empty]);
  });

  it('names each unknown id: the close one alone, or every figure there is', () => {
    expect(check('<Stat id="homes" />\n\n<FigureSource ids={["hmoes", "homes", "people"]} />')).toEqual([
      'content/pages/about/x.mdx:8 <FigureSource> ids — 没有编号为“hmoes”的统计数字，应当改成“homes”（您是不是想写“homes”？）',
      'content/pages/about/x.mdx:8 <FigureSource> ids — 没有编号为“people”的统计数字，应当写 homes、lecturesHeld、childrenInDifficulty 之一',
    ]);
  });

  it('says nothing of a body MDX cannot read', () => {
    expect(check('{')).toEqual([]);
  });
});

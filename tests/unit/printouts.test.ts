/**
 * A printout is data from the content: a handout is printed from its page on the sheets it promises, an
 * upcoming lecture's notice from its notice page on one sheet, each PDF beside the page it is printed
 * from. The printed pages hand their printouts to the post-build pipeline in memory: each PDF once, in a
 * stable order, and the next build starts with none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handoutPrintout, noticePrintout } from '../../src/content/printouts.ts';
import { printThisPage, sortedPrintouts, takeHandoff } from '../../src/integrations/handoff.ts';
import { handoutPdfUrl, handoutUrl, lectureNoticePdfUrl, lectureNoticeUrl } from '../../src/lib/urls.ts';

const handout = (id: string, sheets: 1 | 2) => ({ id, filePath: `content/handouts/${id}.mdx`, data: { sheets } });
const lecture = (id: string) => ({ id, entry: { filePath: `content/lectures/${id}.md` } });

describe('printouts', () => {
  afterEach(() => void takeHandoff());

  it('prints a handout from its page on the sheets it promises', () => {
    expect(handoutPrintout(handout('b-two-sided', 2))).toEqual({
      kind: 'handout',
      pdf: handoutPdfUrl('b-two-sided'),
      page: handoutUrl('b-two-sided'),
      pages: 2,
      source: 'content/handouts/b-two-sided.mdx',
    });
  });

  it("prints a lecture's notice from its notice page on one sheet", () => {
    expect(noticePrintout(lecture('soon'))).toEqual({
      kind: 'notice',
      pdf: lectureNoticePdfUrl('soon'),
      page: lectureNoticeUrl('soon'),
      pages: 1,
      source: 'content/lectures/soon.md',
    });
  });

  it('keeps each PDF beside the page it is printed from', () => {
    for (const p of [handoutPrintout(handout('a', 1)), noticePrintout(lecture('b'))])
      expect(`${p.page.slice(0, -1)}.pdf`).toBe(p.pdf);
  });

  it('hands the printed pages over once each, in a stable order, and starts the next build empty', () => {
    const printouts = [noticePrintout(lecture('soon')), handoutPrintout(handout('a-one-side', 1))];
    for (const p of [...printouts, ...printouts]) printThisPage(p);
    const handed = sortedPrintouts(takeHandoff());
    expect(handed).toHaveLength(2);
    expect(handed.map((p) => p.pdf)).toEqual(printouts.map((p) => p.pdf).sort((a, b) => a.localeCompare(b)));
    expect(sortedPrintouts(takeHandoff())).toEqual([]);
  });
});

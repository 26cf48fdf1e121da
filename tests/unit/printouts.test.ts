/**
 * The list of printouts is data from the content: every published handout and every upcoming lecture
 * of a small made-up site has one, each pointing at the page it is printed from, and nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { printoutsOf, type HandoutFields } from '../../src/content/printouts.ts';
import type { UpcomingFields } from '../../src/content/lectures.ts';
import type { LectureStatus } from '../../src/lib/lecture-status.ts';
import { handoutPdfUrl, handoutUrl, lectureNoticePdfUrl, lectureNoticeUrl } from '../../src/lib/urls.ts';

const now = new Date('2026-12-01T08:00:00+08:00');
const handout = (id: string, sheets: 1 | 2): HandoutFields => ({
  id,
  filePath: `content/handouts/${id}.mdx`,
  data: { sheets },
});
const lecture = (
  id: string,
  end: string,
  status: LectureStatus,
): { id: string; entry: { filePath: string } } & UpcomingFields => ({
  id,
  end: new Date(end),
  data: { status },
  entry: { filePath: `content/lectures/${id}.md` },
});

describe('printouts', () => {
  const handouts = [handout('b-two-sided', 2), handout('a-one-side', 1)];
  const lectures = [
    lecture('soon', '2026-12-05T11:00:00+08:00', '待举办'),
    lecture('moved', '2027-01-10T11:00:00+08:00', '改期'),
    lecture('called-off', '2026-12-20T11:00:00+08:00', '取消'),
    lecture('ended', '2026-11-20T11:00:00+08:00', '待举办'),
    lecture('reported-early', '2026-12-02T11:00:00+08:00', '已举办'),
  ];
  const printouts = printoutsOf(handouts, lectures, now);

  it('gives every handout its PDF, printed from its page on the sheets it promises', () => {
    for (const h of handouts) {
      expect(printouts).toContainEqual({
        kind: 'handout',
        pdf: handoutPdfUrl(h.id),
        page: handoutUrl(h.id),
        pages: h.data.sheets,
        source: h.filePath,
      });
    }
  });

  it('gives every upcoming lecture, cancelled ones too, a one-page notice, and past lectures none', () => {
    const notices = printouts.filter((p) => p.kind === 'notice');
    expect(notices.map((p) => p.pdf).sort()).toEqual(['called-off', 'moved', 'soon'].map(lectureNoticePdfUrl).sort());
    for (const id of ['soon', 'moved', 'called-off']) {
      expect(notices).toContainEqual({
        kind: 'notice',
        pdf: lectureNoticePdfUrl(id),
        page: lectureNoticeUrl(id),
        pages: 1,
        source: `content/lectures/${id}.md`,
      });
    }
  });

  it('lists each PDF once, in a stable order, and the PDF beside the page it is printed from', () => {
    expect(printouts.length).toBe(handouts.length + 3);
    expect(printouts.map((p) => p.pdf)).toEqual(printouts.map((p) => p.pdf).sort((a, b) => a.localeCompare(b)));
    expect(new Set(printouts.map((p) => p.pdf)).size).toBe(printouts.length);
    for (const p of printouts) expect(`${p.page.slice(0, -1)}.pdf`).toBe(p.pdf);
  });
});

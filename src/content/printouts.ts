/**
 * The printout of a handout and of an upcoming lecture's notice, as data: every published handout's
 * page and every upcoming lecture's notice page is printed. The pages that offer a download take their
 * printout from here, and the pages that are printed hand theirs to the post-build pipeline as they
 * render (src/integrations/handoff.ts), so what is printed and what is offered come from the same
 * queries that make the pages.
 */
import type { PdfTarget } from '../lib/print.ts';
import { handoutPdfUrl, handoutUrl, lectureNoticePdfUrl, lectureNoticeUrl } from '../lib/urls.ts';
import type { Lecture } from './lectures.ts';
import type { HandoutEntry } from './pages.ts';

/** What a handout's printout reads of the handout. */
export type HandoutFields = Pick<HandoutEntry, 'id' | 'filePath'> & { data: Pick<HandoutEntry['data'], 'sheets'> };
/** What a notice's printout reads of the lecture. */
export type NoticeFields = Pick<Lecture, 'id'> & { entry: Pick<Lecture['entry'], 'filePath'> };

/** A handout's PDF: its own page, printed on the sheets it promises. */
export function handoutPrintout(handout: HandoutFields): PdfTarget {
  return {
    kind: 'handout',
    pdf: handoutPdfUrl(handout.id),
    page: handoutUrl(handout.id),
    pages: handout.data.sheets,
    source: handout.filePath ?? `handouts/${handout.id}.mdx`,
  };
}

/** An upcoming lecture's notice: its notice page, on one A4 sheet. */
export function noticePrintout(lecture: NoticeFields): PdfTarget {
  return {
    kind: 'notice',
    pdf: lectureNoticePdfUrl(lecture.id),
    page: lectureNoticeUrl(lecture.id),
    pages: 1,
    source: lecture.entry.filePath ?? `lectures/${lecture.id}.md`,
  };
}

/**
 * The printouts the build makes, as data: every published handout, and the A4 notice of every upcoming
 * lecture. The pages that offer a download take their printout from here, and the post-build pipeline
 * gets the whole list from getPrintouts() (through src/integrations/printouts-route.ts), so what is
 * printed and what is offered come from the same queries that make the pages.
 */
import type { PdfTarget } from '../lib/print.ts';
import { handoutPdfUrl, handoutUrl, lectureNoticePdfUrl, lectureNoticeUrl } from '../lib/urls.ts';
import { buildNow, getLectures, upcoming, type Lecture, type UpcomingFields } from './lectures.ts';
import { getHandouts, type HandoutEntry } from './pages.ts';

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

/** Every printout of these handouts and lectures at `now`, by PDF path. */
export function printoutsOf(handouts: readonly HandoutFields[], lectures: readonly (NoticeFields & UpcomingFields)[], now: Date): PdfTarget[] {
  return [...handouts.map(handoutPrintout), ...upcoming([...lectures], now).map(noticePrintout)].sort((a, b) => a.pdf.localeCompare(b.pdf));
}

/** Every printout of the site being built. */
export async function getPrintouts(): Promise<PdfTarget[]> {
  return printoutsOf(await getHandouts(), await getLectures(), buildNow());
}

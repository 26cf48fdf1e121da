/**
 * What the calendar feeds, the schema.org data and the printed notice need to know about one lecture,
 * as plain values: no content collections here, so the builders stay pure and unit-testable.
 */
import type { LngLat } from './geo.ts';
import { t } from './i18n.ts';
import type { LectureStatus } from './lecture-status.ts';
import { formatClock, formatDate, formatRange, formatWeekday } from './time.ts';

export interface LectureEvent {
  id: string;
  title: string;
  topic: string;
  start: Date;
  end: Date;
  status: LectureStatus;
  /** The start first announced, for a postponed lecture. */
  originalStart?: Date | undefined;
  cancelReason?: string | undefined;
  /** Absolute URL of the lecture's page. */
  url: string;
  venue: {
    name: string;
    address: string;
    /** Town, street or township the venue is in. */
    town: string;
    /** GCJ-02, as every coordinate in content/ is. */
    location?: LngLat | undefined;
  };
  audience: string;
  speaker: { name: string; org: string };
  contact?: string | undefined;
}

/** "2026年12月5日（周六）09:30" */
export function formatStart(date: Date): string {
  return `${formatDate(date)}（${formatWeekday(date)}）${formatClock(date)}`;
}

/**
 * The sentence that tells a reader a lecture is not as first announced, or null when it is: shown on
 * the page and the notice, and written into the calendar event's description.
 */
export function statusNotice(
  event: Pick<LectureEvent, 'status' | 'start' | 'end' | 'originalStart' | 'cancelReason'>,
): string | null {
  if (event.status === '取消') return t('lecture.noticeCancelled', { reason: event.cancelReason ?? '' });
  if (event.status === '改期') {
    return t('lecture.noticePostponed', {
      original: event.originalStart ? formatStart(event.originalStart) : '',
      range: formatRange(event.start, event.end),
    });
  }
  return null;
}

/** Where, in one line: "东关村儿童之家，某某区城关镇东关村…" (addresses already name the district and town). */
export function placeLine(event: Pick<LectureEvent, 'venue'>): string {
  const { name, address } = event.venue;
  return name === address ? address : `${name}，${address}`;
}

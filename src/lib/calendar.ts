/**
 * iCalendar (RFC 5545) for the lectures, made with the `ics` library: one file per lecture and one feed
 * of them all. Output depends on nothing but its arguments, so every build of the same content gives
 * the same bytes:
 * - times go in as instants and come out in UTC ("…Z"); `ics` reads date arrays in the machine's zone,
 *   so arrays are never passed;
 * - DTSTAMP is the build's now (SITE_NOW), not the clock, and UIDs are "<lecture id>@<site host>";
 * - long lines are folded at 75 octets, as RFC 5545 §3.1 asks: `ics` counts characters, and a line of
 *   Chinese (three octets a character) would come out three times too long.
 */
import { createEvents, type EventAttributes } from 'ics';
import { gcj02ToWgs84 } from './geo.ts';
import { t } from './i18n.ts';
import { formatRange } from './time.ts';
import { placeLine, statusNotice, type LectureEvent } from './lecture-event.ts';

export interface CalendarOptions {
  /** Host of SITE_URL: the domain half of every UID. */
  host: string;
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** DTSTAMP of every event: the build's now. */
  stamp: Date;
}

/** Stable across builds and unique to the site: the calendar app updates the event instead of adding one. */
export function lectureUid(id: string, host: string): string {
  return `${id}@${host}`;
}

/**
 * Revision of the event as first published: each change of plan (postponed, cancelled) counts one, so
 * a subscribed calendar replaces the old version instead of ignoring it.
 */
export function lectureSequence(event: Pick<LectureEvent, 'status' | 'originalStart'>): number {
  return (event.originalStart ? 1 : 0) + (event.status === '取消' ? 1 : 0);
}

function summary(event: LectureEvent): string {
  if (event.status === '取消') return t('lecture.calendarSummaryCancelled', { title: event.title });
  if (event.status === '改期') return t('lecture.calendarSummaryPostponed', { title: event.title });
  return event.title;
}

function description(event: LectureEvent): string {
  return [
    statusNotice(event),
    `${t('lecture.when')}：${formatRange(event.start, event.end)}`,
    `${t('lecture.where')}：${placeLine(event)}`,
    `${t('lecture.audience')}：${event.audience}`,
    `${t('lecture.speaker')}：${event.speaker.name}（${event.speaker.org}）`,
    event.contact ? `${t('lecture.contact')}：${event.contact}` : null,
    event.url,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

type Attributes = EventAttributes & { timestamp: number };

function toAttributes(event: LectureEvent, options: CalendarOptions): Attributes {
  // Calendar apps hand GEO to map services that expect WGS-84; content coordinates are GCJ-02.
  const wgs = event.venue.location ? gcj02ToWgs84(event.venue.location.lng, event.venue.location.lat) : undefined;
  return {
    uid: lectureUid(event.id, options.host),
    sequence: lectureSequence(event),
    timestamp: options.stamp.getTime(),
    start: event.start.getTime(),
    end: event.end.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    title: summary(event),
    description: description(event),
    location: placeLine(event),
    ...(wgs ? { geo: { lat: Number(wgs.lat.toFixed(6)), lon: Number(wgs.lng.toFixed(6)) } } : {}),
    url: event.url,
    status: event.status === '取消' ? 'CANCELLED' : 'CONFIRMED',
    categories: [event.topic],
  };
}

/** RFC 5545 §3.1: a content line longer than this many octets is folded. */
const FOLD_OCTETS = 75;

/**
 * Folds every content line at 75 octets without splitting a character: a continuation line starts
 * with one space, which counts towards its 75. Lines already folded are unfolded first.
 */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > FOLD_OCTETS) {
          parts.push(current);
          current = ' ';
          octets = 1;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n');
    })
    .join('\r\n');
}

/** A VCALENDAR holding the given lectures (one for a lecture's own file, all of them for the feed). */
export function buildCalendar(events: LectureEvent[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, options)),
    { productId: `-//${options.host}//lectures//ZH`, method: 'PUBLISH', calName: options.name },
  );
  if (error || value === null) throw new Error(`讲座日历生成失败：${error?.message ?? '没有输出'}`);
  return foldLines(value);
}

/**
 * /lectures.ics: one subscribable calendar of every upcoming lecture (postponed and cancelled ones
 * included, so calendars update) and those of the last CALENDAR_FEED_MONTHS months — not every lecture
 * ever held, so the feed stays the same size as the years go by (see calendarFeedLectures).
 */
import { buildCalendar } from '../lib/calendar.ts';
import { buildNow, calendarFeedLectures, calendarOptions, getLectures, toLectureEvent } from '../content/lectures.ts';

export async function GET() {
  const lectures = calendarFeedLectures(await getLectures(), buildNow());
  const body = buildCalendar(lectures.map(toLectureEvent), await calendarOptions());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** /lectures.ics: every lecture, past, upcoming, postponed and cancelled, as one subscribable calendar. */
import { buildCalendar } from '../lib/calendar.ts';
import { calendarOptions, getLectures, toLectureEvent } from '../content/lectures.ts';

export async function GET() {
  const body = buildCalendar((await getLectures()).map(toLectureEvent), await calendarOptions());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

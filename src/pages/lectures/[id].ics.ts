/** /lectures/<id>.ics: one lecture, for the "添加到日历" link; same UID as in the feed. */
import type { APIContext } from 'astro';
import { buildCalendar } from '../../lib/calendar.ts';
import { calendarOptions, getLectures, toLectureEvent, type Lecture } from '../../content/lectures.ts';

export async function getStaticPaths() {
  return (await getLectures()).map((lecture) => ({ params: { id: lecture.id }, props: { lecture } }));
}

export async function GET({ props }: APIContext<{ lecture: Lecture }>) {
  const body = buildCalendar([toLectureEvent(props.lecture)], await calendarOptions());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/**
 * Lectures with their times resolved to instants and their venue resolved to a home or an address.
 * "Upcoming" is decided against the build's now (SITE_NOW); a small script corrects it in the browser.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBuildEnv } from '../lib/env.ts';
import type { CalendarOptions } from '../lib/calendar.ts';
import { t } from '../lib/i18n.ts';
import type { LectureEvent } from '../lib/lecture-event.ts';
import { byYear, CALENDAR_FEED_MONTHS } from '../lib/archive.ts';
import { formatMonth, instantFromWallText, monthsEarlier, toZonedIso, zonedParts } from '../lib/time.ts';
import { absoluteUrl, lectureUrl } from '../lib/urls.ts';
import type { Home } from '../schemas/home.ts';
import type { Town } from '../schemas/town.ts';
import { getDirectory } from './directory.ts';
import { published } from './kinds.ts';
import { getSite } from './site.ts';

export interface Lecture {
  entry: CollectionEntry<'lectures'>;
  id: string;
  data: CollectionEntry<'lectures'>['data'];
  start: Date;
  end: Date;
  /** The start first announced, when the lecture was postponed. */
  originalStart: Date | undefined;
  /** ISO 8601 with +08:00, as written into data-lecture-start/end. */
  startIso: string;
  endIso: string;
  town: Town;
  home: Home | undefined;
  venueName: string;
  address: string;
  /** Number to call about the lecture: the lecture's own, else the home's child director's. */
  contact: string | undefined;
}

let cache: Promise<Lecture[]> | undefined;

async function load(): Promise<Lecture[]> {
  const { townById, homeById } = await getDirectory();
  const entries = published(await getCollection('lectures'));
  return entries
    .flatMap((entry) => {
      const { data } = entry;
      const home = 'home' in data.venue ? homeById.get(data.venue.home) : undefined;
      const town = townById.get(home?.town ?? ('town' in data.venue ? data.venue.town : ''));
      // A venue that names no published home or town is reported by the content check, which stops
      // every build; only `astro dev` gets here with one, and leaves the lecture out.
      if (!town) return [];
      const start = instantFromWallText(data.start);
      const end = instantFromWallText(data.end);
      return [{
        entry,
        id: entry.id,
        data,
        start,
        end,
        originalStart: data.originalStart ? instantFromWallText(data.originalStart) : undefined,
        startIso: toZonedIso(start),
        endIso: toZonedIso(end),
        town,
        home,
        venueName: home?.name ?? ('name' in data.venue && data.venue.name ? data.venue.name : ('address' in data.venue ? data.venue.address : '')),
        address: home?.address ?? ('address' in data.venue ? data.venue.address : ''),
        contact: data.contact ?? home?.director.phone,
      }];
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

export function getLectures(): Promise<Lecture[]> {
  cache ??= load();
  return cache;
}

/** The build's "now": SITE_NOW or the real clock. */
export function buildNow(): Date {
  return new Date(readBuildEnv(process.env).now);
}

/** What deciding "upcoming" reads of a lecture. */
export type UpcomingFields = Pick<Lecture, 'end'> & { data: Pick<Lecture['data'], 'status'> };

/** Not yet ended and not yet reported as held. Such a lecture has a printable notice. */
export function isUpcoming(lecture: UpcomingFields, now: Date): boolean {
  return lecture.end.getTime() > now.getTime() && lecture.data.status !== '已举办';
}

/** Upcoming lectures, earliest first. Cancelled ones stay, marked, so nobody travels. */
export function upcoming<L extends UpcomingFields>(lectures: L[], now: Date): L[] {
  return lectures.filter((l) => isUpcoming(l, now));
}

/** Ended or held: latest first. */
export function past(lectures: Lecture[], now: Date): Lecture[] {
  return lectures.filter((l) => !isUpcoming(l, now)).reverse();
}

/** Past lectures grouped by the Shanghai month they started in, in the order given. */
export function byMonth(lectures: Lecture[]): [string, Lecture[]][] {
  const months = new Map<string, Lecture[]>();
  for (const lecture of lectures) {
    const month = formatMonth(lecture.start);
    months.set(month, [...(months.get(month) ?? []), lecture]);
  }
  return [...months];
}

/** Past lectures by the Shanghai year they started in, latest year first, each year latest first. */
export function pastByYear(lectures: Lecture[], now: Date): [number, Lecture[]][] {
  return byYear(past(lectures, now), (l) => zonedParts(l.start).year);
}

/** The lectures in the calendar feed: every upcoming one, and those started in the last CALENDAR_FEED_MONTHS months. */
export function calendarFeedLectures(lectures: Lecture[], now: Date): Lecture[] {
  const since = monthsEarlier(now, CALENDAR_FEED_MONTHS).getTime();
  return lectures.filter((l) => isUpcoming(l, now) || l.start.getTime() >= since);
}

/** The facts the calendar, the schema.org data and the notice are made from. */
export function toLectureEvent(lecture: Lecture): LectureEvent {
  const { data } = lecture;
  return {
    id: lecture.id,
    title: data.title,
    topic: data.topic,
    start: lecture.start,
    end: lecture.end,
    status: data.status,
    originalStart: lecture.originalStart,
    cancelReason: data.cancelReason,
    url: absoluteUrl(lectureUrl(lecture.id)),
    venue: { name: lecture.venueName, address: lecture.address, town: lecture.town.name, location: lecture.home?.location },
    audience: data.audience,
    speaker: data.speaker,
    contact: lecture.contact,
  };
}

/** UIDs on the SITE_URL host, DTSTAMP at the build's now: the same content always gives the same file. */
export async function calendarOptions(): Promise<CalendarOptions> {
  const site = await getSite();
  return { host: new URL(absoluteUrl('/')).host, name: t('lecture.calendarName', { site: site.name }), stamp: buildNow() };
}

export interface LectureTotals {
  held: number;
  attendance: number;
  leaflets: number;
}

export function totals(lectures: Lecture[]): LectureTotals {
  const held = lectures.filter((l) => l.data.status === '已举办');
  return {
    held: held.length,
    attendance: held.reduce((sum, l) => sum + (l.data.attendance ?? 0), 0),
    leaflets: held.reduce((sum, l) => sum + (l.data.leaflets ?? 0), 0),
  };
}

/** Totals for every town in towns.yaml order, including towns with none held yet. */
export function totalsByTown(lectures: Lecture[], towns: Town[]): { town: Town; totals: LectureTotals }[] {
  return towns.map((town) => ({ town, totals: totals(lectures.filter((l) => l.town.id === town.id)) }));
}
